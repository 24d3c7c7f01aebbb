/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { exampleCountyScheme } from '../fixtures/example-scheme.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The assessment team's workspace in a real browser: the organisation
 * department edits an indicator scheme draft in the form, sees the server's
 * weight error on the dimension it names, fixes it and publishes; imports an
 * Excel file with one bad row (shown with its line), then a valid one; and
 * the assessor invites raters by group for a unit's assessments at once and
 * sees the turnout. Screenshots go to test-results/screenshots/team-workspace/.
 */
const browserCheck = browserAvailability();
const SUITE = 'team-workspace';

describe.runIf(browserCheck.run)('the assessment team’s workspace in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let provinceId: string;
  let cycleId: string;
  const files = path.join(PROJECT_ROOT, 'test-results', 'tmp', SUITE);

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    for (const u of ['orgadmin', 'assessor', 'sysadmin']) tokens[u] = await t.signIn(u);
    const [qh] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
    provinceId = qh!.id;
    // The department's draft for county districts, as it stands before today's edit.
    const saved = await t.gql(`mutation($input: SaveSchemeDraftInput!) { saveIndicatorSchemeDraft(input: $input) { id } }`, {
      input: { jurisdictionId: provinceId, category: 'COUNTY_DISTRICT', name: '县(市、区)高质量发展综合绩效考核指标体系', tree: exampleCountyScheme(), note: '' },
    }, { token: tokens.orgadmin });
    expect(saved.errors).toBeUndefined();
    fs.mkdirSync(files, { recursive: true });
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string, width = 1280, height = 900): Promise<Page> => signInAs(browser, t.url, username, { width, height, acceptDownloads: true });
  /** The whole page from the top (a full-page shot taken scrolled down repeats the fixed header mid-page), or just what is in view. */
  const shot = async (page: Page, name: string, whole = true) => {
    if (whole) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(SUITE, name), fullPage: whole });
  };
  const noHorizontalScroll = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  async function confirm(page: Page, id: string): Promise<void> {
    const button = page.locator(`[data-testid="${id}"]:visible`).first();
    await button.click();
    await page.locator('.el-dialog:visible').waitFor({ state: 'hidden', timeout: 10000 });
  }

  async function workbook(name: string, rows: Array<[string, string, number | string, string, string]>): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('指标数据');
    sheet.addRow(['单位代码', '指标代码', '数值', '期间', '数据来源']);
    for (const r of rows) sheet.addRow(r);
    const file = path.join(files, name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('1. the organisation department edits the draft in the form, sees the weight error on its node, fixes it and publishes', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/indicators?organisationId=${provinceId}`);
    await page.locator('[data-testid="scheme-versions"] .el-table__row').first().click();
    const green = page.locator('[data-testid="scheme-dimension"][data-key="GREEN"]');
    await green.waitFor();
    const airWeight = field(green.locator('[data-testid="scheme-indicator"][data-code="GOOD_AIR_DAYS"]'), 'indicator-weight');
    await airWeight.fill('40');
    await airWeight.press('Tab');
    // The sum is added up as it is typed; whether it is an error is the server's to say on saving.
    await green.locator('[data-testid="dimension-indicator-sum"][data-ok="false"]').waitFor();
    await page.getByTestId('scheme-save').click();
    await confirm(page, 'scheme-confirm');
    const issue = green.locator('[data-testid="dimension-issues"] [data-testid="node-issue"][data-code="WEIGHTS_NOT_100"]');
    await issue.waitFor();
    expect(await issue.textContent()).toContain('权重合计不为 100');
    await green.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await noHorizontalScroll(page);
    await shot(page, '01a-orgadmin-weight-error-on-node', false);

    await airWeight.fill('50');
    await airWeight.press('Tab');
    await green.locator('[data-testid="dimension-indicator-sum"][data-ok="true"]').waitFor();
    await page.getByTestId('scheme-save').click();
    await confirm(page, 'scheme-confirm');
    await issue.waitFor({ state: 'detached' });
    await page.getByTestId('scheme-dirty').waitFor({ state: 'detached' });
    const date = page.locator('#scheme-publish-date');
    await date.fill('2026-01-01');
    await date.press('Enter');
    await page.getByTestId('scheme-publish').click();
    await page.locator('.el-dialog:visible').waitFor();
    await page.waitForTimeout(400);
    await shot(page, '01b-orgadmin-publish-confirmation', false);
    await confirm(page, 'scheme-confirm');
    await page.locator('[data-testid="scheme-versions"] .el-tag', { hasText: '已发布' }).first().waitFor();
    await shot(page, '01c-orgadmin-published');
    await page.context().close();
  });

  it('2. an Excel file with one bad row is refused with its line; a valid one is imported', async () => {
    // The cycle planned after publication pins the new scheme.
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const page = await as('orgadmin');
    await page.goto(`${t.url}/indicators?organisationId=${provinceId}`);
    await page.getByTestId('indicator-upload').scrollIntoViewIfNeeded();
    await page.locator('[data-testid="indicator-cycle"] .el-select__selected-item:not(.is-transparent)', { hasText: 'QH-TN-DJ 2025' }).first().waitFor();
    const bad = await workbook('东江区指标数据-有误.xlsx', [
      ['QH-TN-DJ', 'RD_INTENSITY', 1.6, '2025', '县统计局'],
      ['QH-NOPE', 'GDP_GROWTH', 5.2, '2025', '县统计局'],
      ['QH-TN-DJ', 'GOOD_AIR_DAYS', 91, '2025', '市生态环境局'],
    ]);
    await page.getByTestId('indicator-file').setInputFiles(bad);
    await page.getByTestId('indicator-upload-button').click();
    await confirm(page, 'indicator-upload-confirm');
    await page.getByTestId('indicator-row-errors').waitFor();
    expect(await page.getByTestId('row-error-line').allTextContents()).toEqual(['3']);
    expect(await page.getByTestId('indicator-row-errors').textContent()).toContain('没有单位代码为 QH-NOPE 的单位');
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM indicator_value WHERE cycle_id = $1`, [cycleId]))[0].count)).toBe(0);
    await page.getByTestId('indicator-upload').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -80));
    await shot(page, '02a-orgadmin-import-bad-row-with-line', false);

    const good = await workbook('东江区指标数据.xlsx', [
      ['QH-TN-DJ', 'RD_INTENSITY', 1.6, '2025', '县统计局'],
      ['QH-TN-DJ', 'GDP_GROWTH', 5.2, '2025', '县统计局'],
      ['QH-TN-DJ', 'GOOD_AIR_DAYS', 91, '2025', '市生态环境局'],
    ]);
    await page.getByTestId('indicator-file').setInputFiles(good);
    await page.getByTestId('indicator-upload-button').click();
    await confirm(page, 'indicator-upload-confirm');
    await page.locator('.el-message--success', { hasText: '已导入 3 行' }).waitFor();
    await page.getByTestId('indicator-row-errors').waitFor({ state: 'detached' });
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM indicator_value WHERE cycle_id = $1`, [cycleId]))[0].count)).toBe(3);
    await shot(page, '02b-orgadmin-import-valid', false);

    const download = page.waitForEvent('download');
    await page.getByTestId('indicator-template').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('指标数据导入模板-2025.xlsx');
    await page.context().close();
  });

  it('3. the assessor invites raters by group for all of a unit’s assessments at once and sees the turnout', async () => {
    const [unit] = (await t.dataSource.query(`SELECT organisation_id FROM assessment WHERE cycle_id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, [cycleId])) as Array<{ organisation_id: string }>;
    const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND organisation_id = $2`, [cycleId, unit!.organisation_id])) as Array<{ id: string }>).map((r) => r.id);
    await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    const raters = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 5, 'rater.team');

    const page = await as('assessor');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=raters&unit=${unit!.organisation_id}`);
    await page.locator('[data-testid="raters-row"]').first().waitFor().catch(async (e: unknown) => {
      await shot(page, 'failed-03-raters');
      throw e;
    });
    expect(await page.locator('[data-testid="raters-row"]').count()).toBe(ids.length);
    await page.locator('[data-testid="raters-assessments"] .el-table__header .el-checkbox').first().click();
    await page.getByText(`已选 ${ids.length} 个考核对象`).waitFor();

    await field(page, 'raters-search').fill('测评人');
    await page.locator('[data-testid="raters-candidate"][data-name="测评人5"]').waitFor();
    const addAs = async (group: string, names: string[]) => {
      await page.getByTestId('raters-addas').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: group }).first().click();
      for (const n of names) await page.locator(`[data-testid="raters-candidate"][data-name="${n}"] [data-testid="raters-add"]`).click();
    };
    await addAs('上级', ['测评人1']);
    await addAs('同级', ['测评人2', '测评人3', '测评人4']);
    await addAs('下级', ['测评人5']);
    expect(await page.getByTestId('raters-chosen-item').count()).toBe(5);
    await shot(page, '03a-assessor-raters-chosen');
    await page.getByTestId('raters-invite').click();
    await page.locator('.el-dialog:visible').waitFor();
    await confirm(page, 'raters-confirm');
    await page.locator('.el-message--success', { hasText: `新增邀请 ${ids.length * 5} 条` }).waitFor();
    await page.locator('[data-testid="raters-invited"][data-total="5"]').first().waitFor();

    // Four ballots come back for the first assessment: its turnout shows, whose and what never.
    for (const r of raters.slice(0, 4)) {
      const token = await t.signIn(r.username, r.password);
      const cast = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
        input: { assessmentId: ids[0], overall: 'COMPETENT', scores: { morality: 90, ability: 91, diligence: 92, results: 90, integrity: 93 } },
      }, { token });
      expect(cast.errors, JSON.stringify(cast.errors)).toBeUndefined();
    }
    await page.reload();
    const row = page.locator('.el-table__row', { has: page.locator(`[data-testid="raters-row"][data-id="${ids[0]}"]`) });
    await row.locator('[data-testid="raters-turnout"][data-status="met"]').waitFor();
    expect(await row.textContent()).toContain('已投 4 / 5');
    await noHorizontalScroll(page);
    await shot(page, '03b-assessor-invited-and-turnout');
    await page.context().close();
  });
});
