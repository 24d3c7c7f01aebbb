/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
/** The text box of an input component, wherever its test id landed (the wrapper or the input itself). */
const inputOf = (scope: Page | Locator, id: string): Locator => scope.locator(`[data-testid="${id}"] input, input[data-testid="${id}"]`).first();
const SUITE = 'business-assessments';

/**
 * "1+N" in the browser: the organisation department declares a business
 * assessment on the cycle's 1+N tab; the running department (省生态环境厅)
 * enters one unit's score and corrects it on its own page; the cycle's tab
 * shows the progress and the inspections the cycle replaced.
 */
describe.runIf(browserCheck.run)('"1+N" business assessments, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
    cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN');
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900, acceptDownloads: true });

  it('declare on the cycle page, enter and correct on the department page, the overview counts the inspections replaced', async () => {
    const admin = await as('orgadmin');
    await admin.goto(`${t.url}/cycles/${cycleId}?tab=business`);
    const panel = admin.getByTestId('business-panel');
    await panel.waitFor();
    await panel.getByTestId('business-declare').click();
    const dialog = admin.locator('.el-dialog:visible').last();
    await dialog.waitFor();
    // Submitting empty says what is missing, in words.
    await dialog.getByTestId('business-submit').click();
    expect(await dialog.getByTestId('business-missing').textContent()).toContain('考核名称');
    await inputOf(dialog, 'business-name').fill('生态环境保护');
    const select = dialog.locator('.el-select').first();
    await select.click();
    await admin.keyboard.type('生态环境厅');
    await admin.locator('.el-select-dropdown__item:visible', { hasText: '省生态环境厅' }).first().click();
    await inputOf(dialog, 'business-weight').fill('30');
    await inputOf(dialog, 'business-inspections-per-unit').fill('2');
    await dialog.getByTestId('business-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByTestId('business-report').waitFor();
    // 泰宁市, 东江区 and 临山县: 3 units × 2 inspections.
    expect(await panel.getByTestId('business-inspections').textContent()).toContain('6 次');
    await settle(admin);
    await expectWordsOnly(admin, { where: 'cycle 1+N tab' });
    await expectAccessible(admin, 'cycle 1+N tab');
    await admin.screenshot({ path: screenshotPath(SUITE, '01-declared'), fullPage: true });

    const dept = await as('dept.eco');
    await dept.goto(`${t.url}/business`);
    const units = dept.getByTestId('dept-business-units');
    await units.waitFor();
    await dept.getByTestId('dept-business-edit-QH-TN-DJ').click();
    await inputOf(dept, 'dept-business-score').fill('88');
    await inputOf(dept, 'dept-business-score').press('Tab');
    await dept.getByTestId('dept-business-save').click();
    await dept.locator('[data-testid="dept-business-result"]:visible', { hasText: '88' }).first().waitFor();
    expect(await units.textContent()).toContain('88');
    // A correction is a new version.
    await dept.getByTestId('dept-business-edit-QH-TN-DJ').click();
    await inputOf(dept, 'dept-business-score').fill('91');
    await inputOf(dept, 'dept-business-score').press('Tab');
    await dept.getByTestId('dept-business-save').click();
    await dept.locator('[data-testid="dept-business-result"]:visible', { hasText: '第 2 版' }).first().waitFor();
    expect(await units.textContent()).toContain('91');
    await settle(dept);
    await expectWordsOnly(dept, { where: 'department business page' });
    await expectAccessible(dept, 'department business page');
    await dept.screenshot({ path: screenshotPath(SUITE, '02-department-entered'), fullPage: true });

    await admin.reload();
    await panel.getByTestId('business-list').waitFor();
    expect(await panel.getByTestId('business-list').textContent()).toContain('1 / 3');
    await admin.screenshot({ path: screenshotPath(SUITE, '03-progress'), fullPage: true });

    // The report as a workbook: its totals, then every covered unit, the one entered and the two still missing.
    const [download] = await Promise.all([admin.waitForEvent('download'), panel.getByTestId('business-export').click()]);
    expect(download.suggestedFilename()).toMatch(/业务考核结果（1\+N）\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('各单位结果')!;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r[7] === '未录入')).toHaveLength(2);
    await admin.context().close();
    await dept.context().close();
  });
});
