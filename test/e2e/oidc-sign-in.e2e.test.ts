/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { startOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../support/oidc-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

describe.runIf(browserCheck.run)('sign-in through the identity provider in a real browser', () => {
  let t: TestApp;
  let idp: TestOidcProvider;
  let browser: Browser;

  beforeAll(async () => {
    idp = await startOidcProvider();
    t = await startTestApp({
      config: {
        oidc: {
          issuer: idp.issuer,
          clientId: TEST_CLIENT.clientId,
          clientSecret: TEST_CLIENT.clientSecret,
          redirectUri: '',
          scopes: 'openid profile',
          displayName: '统一身份认证',
          matchClaim: null,
          matchField: 'username',
          passwordForLinkedAccounts: true,
        },
      },
    });
    idp.register(`${t.url}/auth/oidc/callback`);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await idp?.close();
  });

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    return context.newPage();
  }

  /** Clicks the sign-in page's button and signs in at the provider's own page as `login`. */
  async function signInAtProvider(page: Page, login: string) {
    await page.goto(`${t.url}/sign-in`);
    const button = page.getByTestId('signin-oidc');
    await button.waitFor();
    await page.screenshot({ path: screenshotPath('oidc', '01-sign-in-page-with-button') });
    expect((await button.textContent())?.trim()).toBe('通过统一身份认证登录');
    await button.click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.screenshot({ path: screenshotPath('oidc', `02-provider-login-${login}`) });
    await page.locator('button[type="submit"]').click();
  }

  it('the administrator links a subject on the users page; that person then signs in through the provider and lands signed in', async () => {
    const admin = await freshPage();
    await admin.goto(`${t.url}/sign-in`);
    await admin.locator('input[data-testid="signin-username"], [data-testid="signin-username"] input').first().fill('sysadmin');
    await admin.locator('input[data-testid="signin-password"], [data-testid="signin-password"] input').first().fill(DEMO_PASSWORD);
    await admin.getByTestId('signin-submit').click();
    await admin.getByTestId('header-user').waitFor();
    await admin.goto(`${t.url}/users`);
    await admin.locator('#user-search').fill('committee');
    await admin.locator('#user-search').press('Enter');
    const row = admin.locator('[data-testid="user-table"] tr', { hasText: 'committee' }).first();
    await row.getByTestId('user-identities').first().click();
    await admin.locator('#identity-subject').fill('idp-e2e-chen-8812');
    await admin.getByTestId('identity-link').click();
    await admin.getByTestId('identity-table').getByText('idp-e2e-chen-8812').waitFor();
    await admin.getByText('管理员绑定').waitFor();
    await admin.screenshot({ path: screenshotPath('oidc', '03-users-page-identity-linked') });
    await admin.context().close();

    const page = await freshPage();
    await signInAtProvider(page, 'idp-e2e-chen-8812');
    await page.getByTestId('header-user').waitFor();
    const committee = DEMO_ACCOUNTS.find((a) => a.username === 'committee')!;
    expect(await page.getByTestId('header-user').textContent()).toContain(committee.displayName);
    expect(new URL(page.url()).origin).toBe(t.url);
    await page.screenshot({ path: screenshotPath('oidc', '04-signed-in-through-provider') });

    // Signing out here signs out at the provider too: its page asks to confirm, then sends the browser back to the sign-in page.
    await page.getByTestId('signout').click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.screenshot({ path: screenshotPath('oidc', '04b-provider-sign-out-confirm') });
    await page.locator('button[name="logout"][value="yes"]').click();
    await page.waitForURL((url) => url.origin === t.url && url.pathname === '/sign-in');
    await page.getByTestId('signin-oidc').waitFor();
    // The provider's session is gone too: its login page again, not a signed-in return.
    await page.getByTestId('signin-oidc').click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.locator('input[name="login"]').waitFor();
    await page.context().close();
  });

  it('a subject linked to no account comes back to the sign-in page with the reason in Chinese', async () => {
    const page = await freshPage();
    await signInAtProvider(page, 'idp-e2e-stranger-0042');
    const alert = page.getByTestId('signin-oidc-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('尚未绑定本系统账号');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.screenshot({ path: screenshotPath('oidc', '05-unknown-subject-refused') });
    await page.context().close();
  });
});
