/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'mail-settings';

/**
 * My settings in a real browser: the cadre opens it from the user menu, is
 * told in Chinese that an address is not one, then keeps a good address with
 * the daily digest; the system administrator sets another user's address.
 */
describe.runIf(browserCheck.run)('notification settings in a real browser', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ config: { sessionHours: 24 * 365, mail: smtp.settings() } });
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.stop();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { width: 1280, height: 900 });

  it('the cadre reaches My settings from the user menu, sees a bad address refused in words, and keeps a good one with the daily digest', async () => {
    const page = await as('cadre');
    await page.getByTestId('header-user-menu').click();
    await page.getByTestId('header-settings').click();
    await page.waitForURL(/\/settings$/);
    await page.getByTestId('notification-settings').waitFor();
    const email = page.locator('input#settings-email');
    await email.fill('liu.dongjiang@localhost');
    await page.getByTestId('settings-save').click();
    const fieldError = page.locator('.el-form-item__error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toContain('不是有效的电子邮箱地址');
    await page.screenshot({ path: screenshotPath(SUITE, '01-cadre-invalid-address'), fullPage: true });

    await email.fill('liu.dongjiang@dongjiang.gov.cn');
    await page.getByTestId('settings-delivery-DAILY_DIGEST').click();
    await page.getByTestId('settings-save').click();
    await page.locator('.el-message--success').filter({ hasText: '通知方式已保存' }).waitFor();
    expect(await page.locator('body').textContent()).toContain('每日汇总在北京时间 8 时发送前一天的全部通知');
    await page.screenshot({ path: screenshotPath(SUITE, '02-cadre-saved-digest'), fullPage: true });
    const [row] = (await t.dataSource.query(`SELECT email, notification_delivery FROM user_account WHERE username = 'cadre'`)) as Array<{ email: string; notification_delivery: string }>;
    expect(row).toEqual({ email: 'liu.dongjiang@dongjiang.gov.cn', notification_delivery: 'DAILY_DIGEST' });
  });

  it('the system administrator sets the address of another user from the users page', async () => {
    const page = await as('sysadmin');
    await page.goto(`${t.url}/users`);
    const row = page.locator('.el-table__row').filter({ hasText: 'hr.verifier' }).first();
    await row.waitFor();
    await page.locator('.el-table__fixed-right .el-table__row, .el-table__row').filter({ hasText: 'hr.verifier' }).getByTestId('user-set-email').first().click();
    const prompt = page.locator('.el-message-box');
    await prompt.waitFor();
    await prompt.locator('input').fill('hezhao@qinghe.gov.cn');
    await page.screenshot({ path: screenshotPath(SUITE, '03-sysadmin-set-email'), fullPage: true });
    await prompt.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message--success').filter({ hasText: '邮箱已保存' }).waitFor();
    await page.getByTestId('user-email').filter({ hasText: 'hezhao@qinghe.gov.cn' }).first().waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '04-sysadmin-email-saved'), fullPage: true });
  });
});
