/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'announcing';

/**
 * 结果通报 clicked by 泰宁市's organisation department: the 2025 results
 * (decided by hand: the city's team EXCELLENT, 东江区 AVERAGE, 临山县 POOR;
 * two of the city's cadres EXCELLENT, the rest COMPETENT) by region and by
 * category, the print sheet, the commendation list issued with its number,
 * and the payroll sheet downloaded and read back.
 */
describe.runIf(browserCheck.run)('announcing results in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;
  let excellent: string[];

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN', 2025);
    const org = Object.fromEntries(((await t.dataSource.query(`SELECT id, code FROM organisation WHERE code LIKE 'QH-TN%'`)) as Array<{ id: string; code: string }>).map((r) => [r.code, r.id]));
    await t.dataSource.query(`UPDATE assessment SET final_grade = 'COMPETENT' WHERE cycle_id = $1 AND kind = 'CADRE_ANNUAL'`, [cycleId]);
    for (const [code, grade] of [['QH-TN', 'EXCELLENT'], ['QH-TN-DJ', 'AVERAGE'], ['QH-TN-LS', 'POOR']] as const)
      await t.dataSource.query(`UPDATE assessment SET final_grade = $3 WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL' AND organisation_id = $2`, [cycleId, org[code], grade]);
    const first = (await t.dataSource.query(
      `SELECT a.id, c.name FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND a.organisation_id = $2 ORDER BY c.person_no LIMIT 2`,
      [cycleId, org['QH-TN']],
    )) as Array<{ id: string; name: string }>;
    excellent = first.map((r) => r.name);
    await t.dataSource.query(`UPDATE assessment SET final_grade = 'EXCELLENT' WHERE id = ANY($1::uuid[])`, [first.map((r) => r.id)]);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900, acceptDownloads: true });

  it('the city’s organisation department reads the report, filters it, prints it, issues a list and exports the bonus sheet', async () => {
    const page = await as('orgadmin.taining');
    await page.getByRole('menuitem').filter({ hasText: '结果通报' }).click();
    await page.waitForURL(/\/announcing/);
    const summary = page.getByTestId('report-summary');
    await summary.filter({ hasText: '共3个领导班子' }).waitFor();
    expect(await summary.textContent()).toContain('优秀1个、良好0个、一般1个、较差1个；共53名干部，优秀2名');
    const regions = page.getByTestId('report-byRegion');
    expect(await regions.textContent()).toContain('泰宁市（本级）');
    expect(await regions.locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('report-rectificationTeams').textContent()).toMatch(/东江区.*一般.*临山县.*较差/s);
    expect(await page.getByTestId('report-outstandingRegions').textContent()).toContain('泰宁市');
    expect(await page.getByTestId('announcing-bonus').textContent()).toBe('优秀：1.2良好：1一般：0.9较差：0.8');
    await settle(page);
    await page.screenshot({ path: screenshotPath(SUITE, '01-report'), fullPage: true });
    await expectWordsOnly(page, { where: 'announcing' });
    await expectAccessible(page, 'announcing');

    // Only the county-district category: 东江区 and 临山县.
    await page.getByTestId('announcing-category').click();
    await page.getByRole('option', { name: '城区类县（市、区）' }).click();
    await summary.filter({ hasText: '共2个领导班子' }).waitFor();
    expect(await page.getByTestId('report-excellentTeams').count()).toBe(0);
    await page.screenshot({ path: screenshotPath(SUITE, '02-county-districts'), fullPage: true });

    // The print sheet keeps the filter.
    const [sheet] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('announcing-print').click()]);
    await sheet.getByTestId('results-print-title').filter({ hasText: '泰宁市考核结果通报（城区类县（市、区））' }).waitFor();
    await sheet.getByTestId('report-summary').filter({ hasText: '共2个领导班子' }).waitFor();
    await sheet.screenshot({ path: screenshotPath(SUITE, '03-print-sheet'), fullPage: true });
    await expectWordsOnly(sheet, { where: 'announcing print' });
    await sheet.close();

    // The commendation of excellent cadres: reviewed, issued with a number, then its PDF.
    const cadres = page.getByTestId('list-COMMENDED_CADRES');
    for (const name of excellent) await cadres.getByText(name).waitFor();
    expect(await page.getByTestId('list-status-COMMENDED_CADRES').textContent()).toContain('草稿');
    // While a result is still open the issue is refused, in words.
    const [open] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'CADRE_ANNUAL' AND final_grade = 'COMPETENT' LIMIT 1`, [cycleId])) as Array<{ id: string }>;
    await t.dataSource.query(`UPDATE assessment SET final_grade = NULL WHERE id = $1`, [open!.id]);
    const issue = async () => {
      await page.getByTestId('list-issue-COMMENDED_CADRES').click();
      await page.getByRole('dialog').getByText('共2条').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: '审核并印发' }).click();
    };
    await issue();
    await page.getByTestId('announcing-error').filter({ hasText: '本周期尚有考核结果未最终确定，暂不能印发通报名单' }).waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '04-refused'), fullPage: true });
    await t.dataSource.query(`UPDATE assessment SET final_grade = 'COMPETENT' WHERE id = $1`, [open!.id]);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await issue();
    await page.getByTestId('list-status-COMMENDED_CADRES').filter({ hasText: /已印发：.*〔2026〕1号/ }).waitFor();
    await page.getByTestId('list-pdf-COMMENDED_CADRES').waitFor();
    // Merit needs three EXCELLENT years in a row: nobody yet, nothing to issue.
    expect(await page.getByTestId('list-issue-MERIT_CADRES').isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath(SUITE, '05-list-issued'), fullPage: true });
    await expectWordsOnly(page, { where: 'announcing after issue' });

    // The payroll sheet: the city's staff at 1.2, 临山县's at 0.8.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('announcing-payroll').click()]);
    expect(download.suggestedFilename()).toBe('QH-TN 2025-年度考核奖系数.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const rows = Array.from({ length: workbook.getWorksheet('年度考核奖系数')!.rowCount - 1 }, (_, i) => (workbook.getWorksheet('年度考核奖系数')!.getRow(i + 2).values as unknown[]).slice(1));
    expect(rows).toHaveLength(53);
    expect(rows.filter((r) => r[3] === '泰宁市').every((r) => r[7] === 1.2)).toBe(true);
    expect(rows.filter((r) => r[3] === '临山县').every((r) => r[7] === 0.8)).toBe(true);
    await page.context().close();
  });

  it('is not in the menu of those who do not announce', async () => {
    const page = await as('committee');
    expect(await page.getByRole('menuitem').filter({ hasText: '结果通报' }).count()).toBe(0);
    await page.context().close();
  });
});
