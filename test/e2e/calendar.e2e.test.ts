/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'calendar';

/**
 * The working calendar page in a real browser: in November 2026 the built-in
 * calendar ends with 2026, so the organisation department is warned on its
 * home page; the provincial one enters 2027's first holiday and confirms the
 * year, and the warning is gone; a city's organisation department reads only.
 */
describe.runIf(browserCheck.run)('the working calendar in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-11-02T09:00:00+08:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900 });

  it('the provincial organisation department is warned on its home page, enters 2027 and confirms it', async () => {
    const page = await as('orgadmin');
    const warning = page.getByTestId('calendar-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('2027 年的法定节假日和调休安排尚未录入');
    expect(await warning.textContent()).toContain('2026年10月1日');
    await page.screenshot({ path: screenshotPath(SUITE, '01-orgadmin-home-warning'), fullPage: true });

    await page.getByTestId('calendar-warning-link').click();
    await page.waitForURL(/\/calendar$/);
    await page.getByTestId('calendar-year-title').filter({ hasText: '2027' }).waitFor();
    expect(await page.getByTestId('calendar-year-status').textContent()).toContain('尚未录入');
    expect(await page.getByRole('menuitem').filter({ hasText: '工作日历' }).count()).toBe(1);

    await page.locator('input#calendar-day').fill('2027-01-01');
    await page.locator('input#calendar-day').press('Enter');
    await page.locator('input#calendar-name').fill('元旦');
    await page.getByTestId('calendar-save').click();
    await page.getByTestId('calendar-done').filter({ hasText: '已录入' }).waitFor();
    await page.getByTestId('calendar-days').getByText('元旦').waitFor();
    expect(await page.getByTestId('calendar-year-status').textContent()).toContain('已录入待确认');
    await page.screenshot({ path: screenshotPath(SUITE, '02-orgadmin-2027-entered'), fullPage: true });

    await page.getByTestId('calendar-confirm').click();
    await page.getByTestId('calendar-year-status').filter({ hasText: '已录入确认' }).waitFor();
    expect(await page.getByTestId('calendar-warning').count()).toBe(0);

    // A library year lists the official days with their Chinese names.
    await page.getByTestId('calendar-year-2026').click();
    await page.getByTestId('calendar-year-title').filter({ hasText: '2026' }).waitFor();
    await page.getByTestId('calendar-days').getByText('国庆节').first().waitFor();
    expect(await page.getByTestId('calendar-year-status').textContent()).toContain('内置日历');
    await page.screenshot({ path: screenshotPath(SUITE, '03-orgadmin-2026-library'), fullPage: true });

    await page.goto(`${t.url}/`);
    await page.getByTestId('stat-queue').waitFor();
    expect(await page.getByTestId('calendar-warning').count()).toBe(0);
    await page.context().close();
  });

  it('a city organisation department reads the calendar but enters nothing', async () => {
    const page = await as('orgadmin.taining');
    await page.goto(`${t.url}/calendar`);
    await page.getByTestId('calendar-years').waitFor();
    await page.getByText('节假日安排由省级组织部门或系统管理员录入和确认').waitFor();
    expect(await page.getByTestId('calendar-save').count()).toBe(0);
    await page.screenshot({ path: screenshotPath(SUITE, '04-city-read-only'), fullPage: true });
    await page.context().close();
  });
});
