/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, launchBrowser } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it.each(['/', '/sign-in', '/graphql?query=%7B__typename%7D', '/healthz'])('%s carries a strict CSP, no framing, no sniffing and a same-origin referrer', async (path) => {
    const response = await fetch(`${t.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('behind a TLS-terminating proxy that is trusted, the session cookie is Secure', async () => {
    const secure = await startTestApp({ config: { trustProxy: 'loopback' } });
    try {
      const response = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ query: `mutation { signIn(input: { username: "hr", password: "${DEMO_PASSWORD}" }) { expiresAt } }` }),
      });
      expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      await secure.close();
    }
  });

  describe.runIf(browserCheck.run)('the built app under its own policy, in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('every page a few roles open runs with no Content-Security-Policy violation', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
      await context.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      const console: string[] = [];
      page.on('console', (m) => m.text().includes('Content Security Policy') && console.push(m.text()));
      const violations: string[] = [];
      const visit = async (path: string) => {
        await page.goto(`${t.url}${path}`);
        await page.waitForLoadState('networkidle');
        violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).map((v) => `${path}: ${v}`));
      };
      await visit('/public/notices');
      await visit('/sign-in');
      await page.getByTestId('signin-username').locator('input').or(page.locator('input[data-testid="signin-username"]')).first().fill('orgadmin');
      await page.getByTestId('signin-password').locator('input').or(page.locator('input[data-testid="signin-password"]')).first().fill(DEMO_PASSWORD);
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('header-user').waitFor();
      for (const path of ['/', '/cycles', '/cadres', '/organisations', '/indicators', '/rule-sets', '/audit', '/outcomes', '/review', '/notices']) await visit(path);
      expect([...violations, ...console]).toEqual([]);
      // The detector itself: an injected inline script is blocked and reported.
      const injected = await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.appendChild(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { ran: (window as unknown as { __ran?: boolean }).__ran ?? false, seen: (window as unknown as { __csp: string[] }).__csp };
      });
      await context.close();
      expect(injected.ran).toBe(false);
      expect(injected.seen.some((v) => v.startsWith('script-src'))).toBe(true);
    });
  });
});
