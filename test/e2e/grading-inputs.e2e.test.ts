/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'grading-inputs';

/**
 * Issue 14 in the browser: the pages of the grading inputs, each as the demo
 * role that may use it — component scores with the survey and their import
 * (assessor), the assessment's 考核依据 (political review, negative list,
 * single invitations; the overlay by the organisation department), promotion
 * blockers on the cadre page, single enrolment with its refusal in words,
 * indicator figures and responsibilities. Every page speaks zh-CN words.
 */
describe.runIf(browserCheck.run)('the grading inputs, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;
  let assessmentId: string;
  let cadreId: string;
  let cadreName: string;
  let secondCycleId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
    cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
    const [row] = (await t.dataSource.query(
      `SELECT a.id, a.cadre_id, c.name FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND a.overlay = 'NONE' ORDER BY c.name, a.id LIMIT 1`,
      [cycleId],
    )) as Array<{ id: string; cadre_id: string; name: string }>;
    assessmentId = row!.id;
    cadreId = row!.cadre_id;
    cadreName = row!.name;
    // A second cycle of the same year and scope, still in planning: the cadre is already assessed for the period in the first.
    const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
    const planned = await t.gql<{ planCycle: { id: string } }>(
      `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
      { input: { kind: 'ANNUAL', name: '东江区2025年度补充考核', year: 2025, organisationId: org!.id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } } },
      { token: await t.signIn('orgadmin') },
    );
    secondCycleId = planned.data!.planCycle.id;
    await advanceAssessments(t, cycleId, [assessmentId], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900 });
  const noCodes = async (page: Page) => {
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/\b(WORK_RESULTS|PUBLIC_SURVEY|OTHER_INDICATORS|FORMALISM|PENALTY_PERIOD|COMMENT_ONLY|UNGRADED|ALREADY_ENROLLED)\b/);
  };

  it('scores: out of range refused in words, a valid survey score saved, a bad sheet refused line by line', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=scores`);
    const cell = field(page, `score-${assessmentId}-PUBLIC_SURVEY`);
    await cell.waitFor();
    await cell.fill('120');
    await page.getByTestId('scores-save').click();
    await page.getByText('分数应在 0 到 100 之间，不会自动调整').first().waitFor();
    await page.getByText('请填写该项分数的数据来源').first().waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '01-scores-refused') });

    await cell.fill('86.5');
    await field(page, 'scores-source-PUBLIC_SURVEY').fill('2025年度民意调查');
    await page.getByTestId('scores-save').click();
    await page.getByText('已保存 1 项分数').waitFor();
    const [saved] = (await t.dataSource.query(`SELECT value::float8 AS value, source FROM score_input WHERE assessment_id = $1 AND component = 'PUBLIC_SURVEY'`, [assessmentId])) as Array<{ value: number; source: string }>;
    expect(saved).toEqual({ value: 86.5, source: '2025年度民意调查' });

    const sheet = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scores-')), 'scores.csv');
    fs.writeFileSync(sheet, `\ufeffassessmentId,component,value,source\n${assessmentId},PUBLIC_SURVEY,101,民意调查\n${assessmentId},WORK_RESULTS,90,\n`);
    await page.getByTestId('scores-file').setInputFiles(sheet);
    await page.locator('.el-message-box .el-button--primary').click();
    const errors = page.getByTestId('scores-import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('分数应为 0 到 100 之间的数字');
    expect(text).toContain('缺少数据来源');
    await noCodes(page);
    await page.screenshot({ path: screenshotPath(SUITE, '02-scores-import-refused'), fullPage: true });
    await page.context().close();
  });

  it('考核依据: political review and a negative-list finding recorded by the assessment team; raters may be invited', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${assessmentId}?tab=inputs`);
    await page.getByTestId('political-review-edit').click();
    await page.getByTestId('rating-GOOD').click();
    await page.getByTestId('political-review-save').click();
    await page.getByTestId('political-review-rating').waitFor();
    expect(await page.getByTestId('political-review-rating').textContent()).toBe('好');

    await page.getByTestId('negative-finding-add').click();
    await page.getByTestId('negative-finding-save').click();
    await page.getByText('请写明具体情况').waitFor();
    await page.getByTestId('negative-finding-code').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '形式主义、官僚主义问题突出' }).click();
    await field(page, 'negative-finding-note').fill('督查检查过多过频，基层负担重');
    await page.getByTestId('negative-finding-save').click();
    await page.locator('.el-message-box .el-button--primary').click();
    await page.getByTestId('negative-findings-table').getByText('督查检查过多过频').waitFor();
    await page.getByTestId('invite-raters').waitFor();
    await noCodes(page);
    await page.screenshot({ path: screenshotPath(SUITE, '03-assessment-inputs'), fullPage: true });
    await page.context().close();
  });

  it('overlay set by the organisation department with its reason', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/assessments/${assessmentId}?tab=inputs`);
    await page.getByTestId('overlay-edit').click();
    await page.getByTestId('overlay-COMMENT_ONLY').click();
    await page.getByTestId('overlay-save').click();
    await page.getByText('请写明理由（至少 2 个字）').waitFor();
    await field(page, 'overlay-reason').fill('新提任干部，试用期未满');
    await page.getByTestId('overlay-save').click();
    await page.locator('.el-message-box .el-button--primary').click();
    await page.getByText('已设置特殊情形').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="overlay-current"]')?.textContent === '只写评语');
    await noCodes(page);
    await page.screenshot({ path: screenshotPath(SUITE, '04-overlay'), fullPage: true });
    await page.context().close();
  });

  it('promotion blockers on the cadre page, and a single enrolment refused in words', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cadres/${cadreId}`);
    await page.getByTestId('promotion-blockers').getByText('目前没有影响提拔使用的情形').waitFor();
    await noCodes(page);
    await page.screenshot({ path: screenshotPath(SUITE, '05-promotion-blockers'), fullPage: true });

    await page.goto(`${t.url}/cycles/${secondCycleId}`);
    await page.getByTestId('enrol-one').click();
    const dialog = page.locator('.el-dialog:visible').last();
    await dialog.getByTestId('enrol-one-confirm').click();
    await dialog.getByText('请选择干部').waitFor();
    await dialog.locator('input').first().fill(cadreName);
    await page.locator('.el-select-dropdown__item:visible', { hasText: cadreName }).first().click();
    await dialog.getByTestId('enrol-one-confirm').click();
    try {
      await dialog.getByText('本考核期已纳入').waitFor({ timeout: 15000 });
    } finally {
      await page.screenshot({ path: screenshotPath(SUITE, '06-enrol-one-refused') });
    }
    expect(await dialog.textContent()).toContain('本考核期已纳入“QH-TN-DJ 2025”');
    await noCodes(page);
    await page.context().close();
  });

  it('indicator figures and responsibilities on the indicators page', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/indicators`);
    await page.getByTestId('indicator-data').waitFor();
    await page.getByTestId('indicator-value-save').click();
    await page.getByTestId('indicator-value-form').getByText('请输入数值').waitFor();
    await noCodes(page);
    await page.getByTestId('indicator-data').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '07-indicator-data'), fullPage: true });
    await page.context().close();
  });
});
