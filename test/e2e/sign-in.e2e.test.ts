/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

describe.runIf(browserCheck.run)('sign-in in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function freshPage(width = 1280, height = 800): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    return context.newPage();
  }

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(`${t.url}/sign-in`);
    await page.getByTestId('signin-username').locator('input').or(page.locator('input[data-testid="signin-username"]')).first().fill(username);
    await page.getByTestId('signin-password').locator('input').or(page.locator('input[data-testid="signin-password"]')).first().fill(password);
    await page.getByTestId('signin-submit').click();
  }

  it('an anonymous visitor is sent to the sign-in page', async () => {
    const page = await freshPage();
    await page.goto(`${t.url}/cadres`);
    await page.waitForURL(/\/sign-in/);
    await expect(page.getByTestId('signin-submit').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('sign-in', '01-sign-in-page') });
    await page.context().close();
  });

  it('a wrong password shows a clear message and stays on the page', async () => {
    const page = await freshPage();
    await signIn(page, 'orgadmin', 'wrong-password');
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('用户名或密码错误');
    expect(page.url()).toMatch(/\/sign-in/);
    await page.screenshot({ path: screenshotPath('sign-in', '02-wrong-password') });
    await page.context().close();
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))('%s (%s) signs in and lands on a home for that role', async (username, role) => {
    const page = await freshPage();
    await signIn(page, username, DEMO_PASSWORD);
    await page.getByTestId('header-user').waitFor();
    const account = DEMO_ACCOUNTS.find((a) => a.username === username)!;
    expect(await page.getByTestId('header-user').textContent()).toContain(account.displayName);
    await page.getByTestId(`role-card-${role}`).waitFor();
    await page.screenshot({ path: screenshotPath('sign-in', `home-${username}`), fullPage: true });
    // Signing out returns to the sign-in page and the session is gone.
    await page.getByTestId('signout').click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${t.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.context().close();
  });

  it('a cadre’s home works at phone width', async () => {
    const page = await freshPage(375, 812);
    await signIn(page, 'cadre', DEMO_PASSWORD);
    await page.getByTestId('role-card-CADRE').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('sign-in', 'home-cadre-phone'), fullPage: true });
    await page.context().close();
  });

  it('a user cannot reach another role’s page by typing its URL', async () => {
    const page = await freshPage();
    await signIn(page, 'cadre', DEMO_PASSWORD);
    await page.getByTestId('header-user').waitFor();
    for (const url of ['/users', '/audit', '/cadres']) {
      await page.goto(`${t.url}${url}`);
      await page.getByText('403').first().waitFor();
    }
    await page.screenshot({ path: screenshotPath('sign-in', 'forbidden') });
    await page.context().close();
  });

  it('the auditor verifies the hash chain on screen', async () => {
    const page = await freshPage();
    await signIn(page, 'auditor', DEMO_PASSWORD);
    await page.getByTestId('header-user').waitFor();
    await page.goto(`${t.url}/audit`);
    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    await page.screenshot({ path: screenshotPath('sign-in', 'audit-verified'), fullPage: true });
    expect(await result.getAttribute('data-ok')).toBe('true');
    await page.context().close();
  });
});
