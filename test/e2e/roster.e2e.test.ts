/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'roster';

/**
 * Keeping the tree and the roster in a real browser: the city's
 * organisation department creates a township below 东江区, adds a cadre to
 * it, is refused a duplicate personnel-file number in Chinese, transfers the
 * cadre to 临山县 after confirming, and the auditor reads both changes in
 * words in the audit trail.
 */
describe.runIf(browserCheck.run)('the organisation and roster pages in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-04-14T09:00:00+08:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { width: 1366, height: 900 });

  async function pick(page: Page, select: Locator, text: string | RegExp, typed?: string): Promise<void> {
    await select.click();
    const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: text }).first();
    if (typed) {
      await select.locator('input').first().fill(typed);
      // The remote search answers after a moment: wait until its options are in and settled.
      await option.waitFor();
      await page.waitForTimeout(400);
    }
    await option.click();
  }

  it('泰宁市’s organisation department creates 青石镇 below 东江区, adds a cadre, is refused a duplicate number, and transfers the cadre to 临山县', async () => {
    const page = await as('orgadmin.taining');
    await page.goto(`${t.url}/organisations?search=${encodeURIComponent('东江')}`);
    await page.getByTestId('org-create').click();
    const orgDialog = page.getByRole('dialog', { name: '新建单位' });
    await orgDialog.waitFor();
    await pick(page, orgDialog.getByTestId('org-dialog-parent'), '东江区', '东江');
    await orgDialog.locator('#org-dialog-code').fill('DJ-QSZ');
    await orgDialog.locator('#org-dialog-name').fill('东江区青石镇');
    await pick(page, orgDialog.getByTestId('org-dialog-kind'), '乡镇');
    await page.screenshot({ path: screenshotPath(SUITE, '01-create-organisation'), fullPage: true });
    await orgDialog.getByTestId('org-dialog-submit').click();
    await orgDialog.waitFor({ state: 'hidden' });
    await page.goto(`${t.url}/organisations?search=${encodeURIComponent('青石')}`);
    await page.getByText('东江区青石镇').first().waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '02-organisation-created'), fullPage: true });

    await page.goto(`${t.url}/cadres`);
    await page.getByTestId('cadre-create').click();
    const cadreDialog = page.getByRole('dialog', { name: '新增干部' });
    await cadreDialog.waitFor();
    await pick(page, cadreDialog.getByTestId('cadre-dialog-unit'), '东江区青石镇', '青石');
    await cadreDialog.locator('#cadre-dialog-person-no').fill('DJ-2026-0731');
    await cadreDialog.locator('#cadre-dialog-name').fill('闻清和');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-gender'), /^女$/);
    await cadreDialog.locator('#cadre-dialog-post').fill('镇党委书记');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-rank'), '乡科级正职');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-position'), /^正职$/);
    await cadreDialog.getByTestId('cadre-dialog-submit').click();
    try {
      await page.waitForURL(/\/cadres\/[0-9a-f-]{36}$/);
    } catch (error) {
      await page.screenshot({ path: screenshotPath(SUITE, 'failed-create-cadre') });
      throw error;
    }
    const cadreUrl = page.url();
    await page.getByTestId('cadre-info').getByText('DJ-2026-0731').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '03-cadre-created'), fullPage: true });

    // The same personnel-file number again: refused, said in Chinese.
    await page.goto(`${t.url}/cadres`);
    await page.getByTestId('cadre-create').click();
    await cadreDialog.waitFor();
    await pick(page, cadreDialog.getByTestId('cadre-dialog-unit'), '东江区青石镇', '青石');
    await cadreDialog.locator('#cadre-dialog-person-no').fill('DJ-2026-0731');
    await cadreDialog.locator('#cadre-dialog-name').fill('闻清和');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-gender'), /^女$/);
    await cadreDialog.locator('#cadre-dialog-post').fill('镇长');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-rank'), '乡科级正职');
    await pick(page, cadreDialog.getByTestId('cadre-dialog-position'), /^正职$/);
    await cadreDialog.getByTestId('cadre-dialog-submit').click();
    const refusal = cadreDialog.getByTestId('cadre-dialog-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('干部档案号“DJ-2026-0731”已被其他干部使用');
    await page.screenshot({ path: screenshotPath(SUITE, '04-duplicate-refused') });

    await page.goto(cadreUrl);
    await page.getByTestId('cadre-move').click();
    const moveDialog = page.getByRole('dialog', { name: /调动或晋升/ });
    await moveDialog.waitFor();
    await pick(page, moveDialog.getByTestId('cadre-dialog-unit'), '临山县', '临山');
    await moveDialog.locator('#cadre-dialog-post').fill('临山县副县长');
    await pick(page, moveDialog.getByTestId('cadre-dialog-rank'), '县处级副职');
    await pick(page, moveDialog.getByTestId('cadre-dialog-position'), /^副职$/);
    await moveDialog.locator('input#cadre-dialog-took-post').fill('2026-04-13');
    await moveDialog.locator('input#cadre-dialog-took-post').press('Enter');
    await moveDialog.getByTestId('cadre-dialog-submit').click();
    const confirm = page.locator('.el-message-box');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('确定将“闻清和”调整为“临山县 临山县副县长”吗');
    await page.screenshot({ path: screenshotPath(SUITE, '05-move-confirm') });
    await confirm.getByRole('button', { name: '确定' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByTestId('cadre-info').getByText('临山县副县长').waitFor();
    expect(await page.getByTestId('cadre-info').textContent()).toContain('临山县');
    await page.screenshot({ path: screenshotPath(SUITE, '06-cadre-moved'), fullPage: true });
    await page.context().close();
  });

  it('the auditor reads the new organisation, the new cadre and the transfer in words', async () => {
    const page = await as('auditor');
    await page.goto(`${t.url}/audit`);
    const table = page.getByTestId('audit-table');
    await table.getByText('干部调动或晋升').first().waitFor();
    const text = await table.textContent();
    for (const words of ['干部调动或晋升', '新增干部', '新建单位']) expect(text).toContain(words);
    expect(text).not.toContain('CADRE_MOVED');
    await page.screenshot({ path: screenshotPath(SUITE, '07-audit-trail'), fullPage: true });
    await page.context().close();
  });
});
