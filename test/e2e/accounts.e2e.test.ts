/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { createRosterUnit } from '../accounts/fixtures.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

/**
 * The administrator opens accounts for a unit, downloads the sheet and prints
 * the slips; a new user signs in with the one-time password from the sheet,
 * is made to change it first, and then reaches their own account page.
 */
describe.runIf(browserCheck.run)('accounts for a unit in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let sheet: string[][] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await createRosterUnit(t, 'QE', [
      { personNo: 'QE-3301', name: '陆青禾' },
      { personNo: 'QE-3302', name: '沈映雪' },
      { personNo: 'QE-3303', name: '吴守拙', status: 'LEFT' },
    ]);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', acceptDownloads: true });
    return context.newPage();
  }

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(`${t.url}/sign-in`);
    await page.locator('input[data-testid="signin-username"], [data-testid="signin-username"] input').first().fill(username);
    await page.locator('input[data-testid="signin-password"], [data-testid="signin-password"] input').first().fill(password);
    await page.getByTestId('signin-submit').click();
  }

  it('the administrator creates the accounts of a unit and downloads the sheet of one-time passwords', async () => {
    const page = await freshPage();
    await signIn(page, 'sysadmin', DEMO_PASSWORD);
    await page.getByTestId('header-user').waitFor();
    await page.goto(`${t.url}/users`);
    await page.getByTestId('bulk-accounts').click();
    await page.locator('#bulk-unit').click();
    await page.keyboard.type('QE镇');
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'QE镇' }).first().click();
    await page.getByTestId('bulk-rule').getByText('前缀 + 干部编号').click();
    await page.locator('#bulk-prefix').fill('qe.');
    await page.locator('.el-dialog .el-checkbox', { hasText: '测评人' }).click();
    await page.screenshot({ path: screenshotPath('accounts', '01-bulk-form') });
    await page.getByTestId('bulk-submit').click();
    await page.locator('.el-message-box .el-button--primary').click();
    await page.getByTestId('bulk-result').waitFor();
    const resultText = await page.getByTestId('bulk-result').textContent();
    expect(resultText).toContain('新开通 2 个账号，未开通 1 人');
    expect(resultText).toContain('已退休或离职');
    await page.screenshot({ path: screenshotPath('accounts', '02-bulk-result') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulk-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^账号开通单-QE镇-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows[0]).toEqual(['姓名', '单位', '干部编号', '用户名', '一次性密码', '登录地址']);
    expect(rows.slice(1, 3).map((r) => [r[0], r[1], r[2], r[3], r[5]])).toEqual([
      ['陆青禾', 'QE镇', 'QE-3301', 'qe.QE-3301', `${t.url}/`],
      ['沈映雪', 'QE镇', 'QE-3302', 'qe.QE-3302', `${t.url}/`],
    ]);
    for (const row of rows.slice(1, 3)) expect(row[4]).toMatch(/^\S{12,}$/);
    sheet = rows;

    await page.getByTestId('bulk-print').click();
    await page.waitForURL(/\/print\/account-slips/);
    await expect(page.getByTestId('account-slip').count()).resolves.toBe(2);
    expect(await page.getByTestId('slip-password').first().textContent()).toBe(rows[1]![4]);
    await page.screenshot({ path: screenshotPath('accounts', '03-print-slips'), fullPage: true });
    await page.context().close();
  });

  it('the new user signs in with the one-time password, must change it first, then reaches their account page', async () => {
    const [, , , username, oneTime] = sheet[1]!;
    const page = await freshPage();
    await signIn(page, username!, oneTime!);
    await page.waitForURL(/\/change-password/);
    expect(await page.getByTestId('forced-reason').textContent()).toContain('一次性密码');
    await page.goto(`${t.url}/cycles`);
    await page.waitForURL(/\/change-password\?redirect=(%2F|\/)cycles/);
    await page.locator('#current-password').fill(oneTime!);
    await page.locator('#new-password').fill('short');
    await page.locator('#repeat-password').fill('short');
    await page.getByTestId('change-password-submit').click();
    await page.getByText('密码太短，至少需要 10 位').waitFor();
    await page.screenshot({ path: screenshotPath('accounts', '04-forced-change-refused') });
    await page.locator('#new-password').fill('Qinghe#River-2027');
    await page.locator('#repeat-password').fill('Qinghe#River-2027');
    await page.getByTestId('change-password-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
    // My account is in the menu under one's name.
    await page.getByTestId('header-user-menu').click();
    await page.getByTestId('header-account').click();
    await page.waitForURL(/\/account$/);
    await page.getByTestId('sign-in-history').getByText('修改密码').first().waitFor();
    const history = await page.getByTestId('sign-in-history').textContent();
    expect(history).toContain('登录成功');
    expect(history).toContain('账号创建');
    await page.screenshot({ path: screenshotPath('accounts', '05-my-account'), fullPage: true });
    await page.context().close();
  });

  it('linking a new account to an unknown personnel number is refused in Chinese, next to the field; the search marks a cadre who has an account', async () => {
    const page = await freshPage();
    await signIn(page, 'sysadmin', DEMO_PASSWORD);
    await page.getByTestId('header-user').waitFor();
    await page.goto(`${t.url}/users`);
    await page.getByTestId('user-create').click();
    await page.locator('#new-username').fill('qe.nobody');
    await page.locator('#new-password').fill('Qinghe#Nobody-2027');
    await page.locator('#new-cadre').click();
    await page.keyboard.type('沈映');
    await page.locator('.el-select-dropdown__item:visible', { hasText: 'QE-3302' }).first().waitFor();
    expect(await page.locator('.el-select-dropdown__item:visible', { hasText: 'QE-3302' }).first().textContent()).toContain('已有账号 qe.QE-3302');
    await page.keyboard.press('Escape');
    await page.locator('#new-cadre').click();
    await page.keyboard.type('QE-9999');
    await page.keyboard.press('Enter');
    await page.locator('#new-display-name').fill('无此人');
    await page.locator('#create-user-form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.getByText('没有找到干部编号为“QE-9999”的干部，请核对后重新输入').waitFor();
    await page.screenshot({ path: screenshotPath('accounts', '06-unknown-person-no') });
    await page.context().close();
  });
});
