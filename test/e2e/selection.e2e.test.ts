/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { seedSelectionDemo } from '../../server/selection/selection-seed.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

/**
 * 选任参考 clicked in a real browser on the demo's selection data (past
 * annual results of 泰宁市's cadres 2021–2025, six promotions, one candidate
 * list): the province's organisation department opens the page from the
 * menu, searches for cadres with two EXCELLENT years in the last three, adds
 * the first to the list, opens the list with each record, prints it (the
 * print audited), and reads the promoted-excellent share: 2024 3 of 3
 * (100.0%), 2025 1 of 3 (33.3%).
 */
describe.runIf(browserCheck.run)('选任参考 in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-02-10T09:30:00+08:00'));
    const [root] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
    await t.dataSource.transaction((m) => seedSelectionDemo(m, root!.id));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByTestId('signin-username').locator('input').or(page.locator('input[data-testid="signin-username"]')).first().fill(username);
    await page.getByTestId('signin-password').locator('input').or(page.locator('input[data-testid="signin-password"]')).first().fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('header-user').waitFor();
    return page;
  }

  it('searches, adds a candidate to the list, prints the list and reads the share', async () => {
    const page = await signedIn('orgadmin');
    await page.getByRole('menuitem', { name: '选任参考' }).click();
    await page.getByTestId('selection-search').waitFor();
    const min = page.getByTestId('selection-min-excellent').locator('input');
    await min.fill('2');
    await min.press('Tab');
    await page.getByTestId('selection-search').click();
    const hits = page.getByTestId('selection-hits');
    await hits.locator('tbody tr').first().waitFor();
    const rows = await hits.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.getByText(/共 \d+ 名干部符合条件/).textContent()).toContain(`共 ${rows} 名`);
    const firstName = (await hits.locator('tbody tr').first().locator('td').nth(1).textContent())!.trim();
    await settle(page);
    await page.screenshot({ path: screenshotPath('selection', '01-search'), fullPage: true });
    await expectWordsOnly(page, { where: 'selection search' });
    await expectAccessible(page, 'selection search');

    await page.getByTestId('selection-target-list').click();
    await page.getByRole('option', { name: '泰宁市副市长人选' }).click();
    await page.getByTestId('selection-add-1').click();
    await page.getByText('已加入“泰宁市副市长人选”').waitFor();

    await page.getByRole('tab', { name: '候选名单' }).click();
    await page.getByTestId('selection-lists').getByRole('link', { name: '泰宁市副市长人选' }).click();
    await page.getByTestId('candidate-list-print').waitFor();
    await page.getByText(/共 \d+ 名候选人/).waitFor();
    expect(await page.locator('.selection-record__name').allTextContents()).toContain(firstName);
    await page.getByText('近三年优秀次数').first().waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('selection', '02-candidate-list'), fullPage: true });
    await expectWordsOnly(page, { where: 'candidate list' });
    await expectAccessible(page, 'candidate list');
    await page.getByTestId('candidate-list-print').click();
    await expect.poll(async () => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'CANDIDATE_LIST_EXPORTED'`)) as Array<{ n: number }>)[0]!.n).toBe(1);

    await page.getByRole('link', { name: '返回选任参考' }).click();
    await page.getByRole('tab', { name: '提拔使用' }).click();
    const shares = page.getByTestId('selection-shares');
    await shares.getByText('33.3%').waitFor();
    expect(await shares.locator('tbody tr').filter({ hasText: '2024' }).textContent()).toContain('100.0%');
    expect(await shares.locator('tbody tr').filter({ hasText: '2025' }).textContent()).toContain('33.3%');
    await settle(page);
    await page.screenshot({ path: screenshotPath('selection', '03-shares'), fullPage: true });
    await expectWordsOnly(page, { where: 'promotions' });
    await expectAccessible(page, 'promotions');
  }, 180_000);

  it('a cadre’s record page, printable, and the menu hidden from the committee', async () => {
    const page = await signedIn('hr');
    const [cadre] = (await t.dataSource.query(`SELECT cadre_id FROM candidate_list_member ORDER BY position LIMIT 1`)) as Array<{ cadre_id: string }>;
    await page.goto(`${t.url}/selection/cadres/${cadre!.cadre_id}`);
    await page.getByTestId('selection-counters').waitFor();
    await page.getByRole('heading', { name: '历年年度考核' }).waitFor();
    await settle(page);
    await page.screenshot({ path: screenshotPath('selection', '04-record'), fullPage: true });
    await expectWordsOnly(page, { where: 'selection record' });
    await expectAccessible(page, 'selection record');
    const committee = await signedIn('committee');
    expect(await committee.getByRole('menuitem', { name: '选任参考' }).count()).toBe(0);
  }, 120_000);
});
