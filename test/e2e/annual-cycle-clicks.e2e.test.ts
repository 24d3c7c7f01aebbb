/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The grading work of issue #14, clicked in Chromium on a small unit, 省机关事务管理局
 * (eight cadres and its leadership team): the assessment team starts the
 * grading run from the cycle page, confirms what it does, watches the
 * progress bar reach done with the outcome by grade, and reads each
 * proposal's explanation (filtered by grade) before anyone proposes; then
 * proposes the engine's grade on one assessment with the explanation in
 * view (EXCELLENT, so that it goes through the public notice), and that assessment is taken to the end in the browser: the
 * committee approves it, the organisation department publishes the notice,
 * closes it after the window (the decision) and issues the written notice,
 * the cadre signs it on a phone, the assessment team gives the feedback.
 * The organisation department records an approved quota raise from
 * the quota tab (the auditor reads it), and cancels a second cycle, whose
 * confirmation names the consequence and refuses an empty reason.
 *
 * NOT CLICKED, done as set-up through the API and the test fixture (the
 * steps before the engine; each has its own page, clicked in
 * annual-cycle.e2e.test.ts and team-workspace.e2e.test.ts): planning,
 * enrolling and opening the cycle (openCycleFor), and moving the unit's
 * assessments to the proposal step (advanceAssessments: self-reports,
 * ballots opened and closed with a recorded turnout exception, evaluation
 * completed); planning and enrolling the second cycle; the cadre's account
 * (the unit's cadres have none in the demo data) and its CADRE role. Only
 * the clock is moved otherwise (past the notice window). The other eight
 * assessments stop at the proposal step.
 * Screenshots go to test-results/screenshots/annual-cycle-clicks/.
 */
const browserCheck = browserAvailability();
const SUITE = 'annual-cycle-clicks';

describe.runIf(browserCheck.run)('the grading run, the proposals, a quota raise and a cancelled cycle, clicked', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;
  let secondId: string;
  let assessmentCount: number;
  /** The assessment proposed in step 3, taken to the end in steps 6 to 10. */
  let proposedId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    const orgadmin = await t.signIn('orgadmin');
    cycleId = await openCycleFor(t, orgadmin, 'QH-D-JGJ');
    const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
    assessmentCount = ids.length;
    await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    const [unit] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-U-NKY'`)) as Array<{ id: string }>;
    const planned = await t.gql<{ planCycle: { id: string } }>(
      `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
      { input: { kind: 'ANNUAL', name: '省农业科学院2025年度考核', year: 2025, organisationId: unit!.id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } } },
      { token: orgadmin },
    );
    secondId = planned.data!.planCycle.id;
    const enrolled = await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: secondId, organisationIds: [unit!.id], includeSubtree: true, includeTeams: true } }, { token: orgadmin });
    expect(enrolled.errors).toBeUndefined();
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string, width = 1280, height = 900): Promise<Page> => signInAs(browser, t.url, username, { width, height, password: DEMO_PASSWORD });
  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(SUITE, name), fullPage: true });
  const visible = (page: Page, id: string) => page.locator(`[data-testid="${id}"]:visible`).first();
  /** No code of the API on a zh-CN page: status, phase, grade and error codes are words. */
  const noCodes = async (page: Page) => expect(await page.locator('main, .el-dialog:visible').first().innerText()).not.toMatch(/\b(QUEUED|RUNNING|DONE|FAILED|LOAD|GRADING|EXCELLENT|COMPETENT|MEMBERS|TEAM|INVALID_TRANSITION|VALIDATION)\b/);

  it('1. the assessment team starts the grading run from the cycle page and watches it reach done', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=grading`);
    await page.getByTestId('grading-run-none').waitFor();
    await page.getByTestId('start-grading-run').click();
    await visible(page, 'grading-run-confirm-text').waitFor();
    expect(await visible(page, 'grading-run-confirm-text').textContent()).toContain('新的版本');
    await shot(page, '01a-assessor-grading-confirm');
    await visible(page, 'grading-run-confirm').click();
    await page.getByTestId('grading-run-bar').waitFor();
    await page.locator('[data-testid="grading-run"][data-status="DONE"]').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('grading-run-outcome').textContent()).toContain(`共测算 ${assessmentCount} 个考核对象`);
    expect(await page.locator('[data-testid="grading-run-bar"][role="progressbar"]').getAttribute('aria-valuenow')).toBe('100');
    await noCodes(page);
    await shot(page, '01b-assessor-grading-done');
    await page.context().close();
  });

  it('2. the committee reads each proposal’s explanation before anyone proposes, filtered by grade', async () => {
    const page = await as('committee');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=grading`);
    await page.getByTestId('grading-proposal').first().waitFor();
    expect(await page.getByTestId('grading-proposal').count()).toBe(assessmentCount);
    expect(await page.getByTestId('start-grading-run').count()).toBe(0);
    await page.getByTestId('grading-proposal-toggle').first().click();
    await page.getByTestId('grading-explanation').first().waitFor();
    await noCodes(page);
    await shot(page, '02a-committee-proposals-explained');
    const grade = (await page.getByTestId('grading-proposal-grade').first().textContent())!.trim();
    await page.getByTestId('proposals-grade').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: grade }).first().click();
    await page.waitForTimeout(500);
    const shown = await page.getByTestId('grading-proposal-grade').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((g) => g.trim() === grade)).toBe(true);
    await shot(page, '02b-committee-proposals-filtered');
    await page.context().close();
  });

  it('3. the assessment team reads the engine’s proposal and proposes EXCELLENT (the pool’s one place) with its comment', async () => {
    const [row] = (await t.dataSource.query(
      `SELECT a.id, g.grade FROM assessment a JOIN grading_result g ON g.assessment_id = a.id WHERE a.cycle_id = $1 AND a.kind = 'CADRE_ANNUAL' ORDER BY a.id LIMIT 1`,
      [cycleId],
    )) as Array<{ id: string; grade: string }>;
    proposedId = row!.id;
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${row!.id}?tab=decision`);
    await page.getByTestId('grading-explanation').first().waitFor();
    expect((await page.locator('.explain__grade').first().textContent())!.trim()).not.toBe('');
    await page.getByTestId('action-PROPOSE_GRADE').first().click();
    const dialog = page.locator('.el-dialog:visible').last();
    await dialog.waitFor();
    await dialog.getByTestId('action-grade').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '优秀' }).first().click();
    await field(dialog, 'action-comment').fill('政治坚定，服务保障成效突出，群众公认，建议评为优秀。');
    await shot(page, '03a-assessor-proposing');
    await visible(page, 'action-confirm').click();
    await dialog.waitFor({ state: 'hidden', timeout: 15000 });
    await page.getByText('党委(党组)审定').first().waitFor();
    await shot(page, '03b-assessor-proposed');
    await page.context().close();
  });

  /** Clicks an action button, confirms its dialog and waits until the dialog has gone. */
  async function runAction(page: Page, event: string, fill?: (dialog: Locator) => Promise<void>, scope: Page | Locator = page): Promise<void> {
    await scope.locator(`[data-testid="action-${event}"]`).first().click();
    const dialog = page.locator('.el-dialog:visible').last();
    await dialog.waitFor();
    if (fill) await fill(dialog);
    await visible(page, 'action-confirm').click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 15000 });
    } catch {
      await shot(page, `failed-${event}`);
      throw new Error(`${event} did not go through: ${await dialog.innerText()}`);
    }
  }

  it('3b. the committee approves the proposal with the explanation in view', async () => {
    const page = await as('committee');
    await page.goto(`${t.url}/review`);
    const item = page.getByTestId('review-item').filter({ has: page.locator(`a[href="/assessments/${proposedId}"]`) });
    await item.waitFor();
    await item.getByTestId('grading-explanation').waitFor();
    for (const [f, v] of Object.entries({ membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0 })) {
      const input = page.locator(`#review-shared-${f}`);
      await input.fill(String(v));
      await input.press('Tab');
    }
    await shot(page, '03c-committee-review');
    await runAction(page, 'APPROVE_GRADE', undefined, item);
    await item.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('3c. the organisation department publishes the notice, closes it after the window, and issues the written notice', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=notices`);
    await page.getByTestId('notice-waiting').waitFor();
    await page.locator('[data-testid="notice-waiting"] .el-table__header .el-checkbox').first().click();
    const starts = page.locator('#notice-starts');
    await starts.fill('2026-01-07');
    await starts.press('Enter');
    await page.getByTestId('notice-publish').click();
    const box = page.locator('.el-message-box:visible');
    await box.waitFor();
    await box.locator('.el-button--primary').click();
    await page.getByTestId('notice-published-entry').first().waitFor();
    await shot(page, '03d-orgadmin-notice-published');
    // The notice runs its five working days: only the clock moves.
    t.clock.set(new Date('2026-02-20T09:00:00+08:00'));
    await page.goto(`${t.url}/assessments/${proposedId}`);
    await runAction(page, 'CLOSE_NOTICE');
    await runAction(page, 'ISSUE_WRITTEN_NOTICE');
    await page.getByText('已书面通知').first().waitFor();
    await shot(page, '03e-orgadmin-written-notice-issued');
    await page.context().close();
  });

  it('3d. the cadre signs the written notice; the assessment team gives the feedback', async () => {
    // Set-up, not a user step: an account for the cadre (the unit's cadres have none in the demo data).
    const sysadmin = await t.signIn('sysadmin');
    const [cadre] = (await t.dataSource.query(`SELECT c.person_no, c.organisation_id FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.id = $1`, [proposedId])) as Array<{
      person_no: string;
      organisation_id: string;
    }>;
    const created = await t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: 'cadre.jgj', displayName: '省机关事务管理局干部', password: 'Cadre#Jgj-2026', cadrePersonNo: cadre!.person_no },
    }, { token: sysadmin });
    expect(created.errors).toBeUndefined();
    const role = await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.data!.createUser.id, o: cadre!.organisation_id }, { token: sysadmin });
    expect(role.errors).toBeUndefined();

    const page = await signInAs(browser, t.url, 'cadre.jgj', { width: 390, height: 844, password: 'Cadre#Jgj-2026' });
    await page.goto(`${t.url}/my?a=${proposedId}`);
    await page.getByTestId('grading-explanation').waitFor();
    await runAction(page, 'SIGN_NOTICE', async (dialog) => {
      await field(dialog, 'action-opinion').fill('本人对考核结果无异议。');
    });
    await page.getByText('本人已签字').first().waitFor();
    await shot(page, '03f-cadre-signed-phone');
    await page.context().close();

    const assessor = await as('assessor');
    await assessor.goto(`${t.url}/assessments/${proposedId}`);
    await runAction(assessor, 'GIVE_FEEDBACK', async (dialog) => {
      await field(dialog, 'action-strengths').fill('工作扎实，服务保障有力。');
      await field(dialog, 'action-shortcomings').fill('统筹谋划有待加强。');
      await field(dialog, 'action-improvementDemands').fill('加强学习，提升统筹能力。');
    });
    await assessor.getByText('已反馈').first().waitFor();
    await shot(assessor, '03g-assessor-feedback-given');
    await assessor.context().close();
  });

  it('4. the organisation department records an approved quota raise; the auditor reads it', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=dashboard`);
    await page.getByTestId('go-quota-raise').first().click();
    await page.getByTestId('quota-raise-submit').waitFor();
    expect(await visible(page, 'quota-raise-percent').textContent()).toContain('25%');
    await visible(page, 'quota-raise-submit').click();
    expect(await visible(page, 'quota-raise-problems').textContent()).toContain('请填写');
    await page.locator('[data-testid="quota-raise-pool"] label', { hasText: '领导班子' }).click();
    await field(page, 'quota-raise-approved-by').fill('省委组织部');
    const date = page.locator('#raise-approved-on');
    await date.fill('2026-01-05');
    await date.press('Enter');
    await field(page, 'quota-raise-document').fill('青组函〔2026〕3号');
    await shot(page, '04a-orgadmin-quota-raise-form');
    await visible(page, 'quota-raise-submit').click();
    await page.locator('[data-testid="quota-raise-list"] .el-table__row').first().waitFor();
    expect(await page.getByTestId('quota-raise-list').innerText()).toContain('青组函〔2026〕3号');
    await shot(page, '04b-orgadmin-quota-raise-recorded');
    await page.context().close();

    const auditor = await as('auditor');
    await auditor.goto(`${t.url}/cycles/${cycleId}?tab=quota`);
    await auditor.locator('[data-testid="quota-raise-list"] .el-table__row').first().waitFor();
    expect(await auditor.getByTestId('record-quota-raise').count()).toBe(0);
    const text = await auditor.getByTestId('quota-raise-list').innerText();
    for (const words of ['领导班子', '省委组织部', '2026-01-05', '青组函〔2026〕3号']) expect(text).toContain(words);
    await noCodes(auditor);
    await shot(auditor, '04c-auditor-quota-raises');
    await auditor.context().close();
  });

  it('5. the organisation department cancels the second cycle: the consequence named, the reason required', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${secondId}`);
    await page.getByTestId('action-CANCEL_CYCLE').click();
    await visible(page, 'cancel-consequence').waitFor();
    expect(await visible(page, 'cancel-consequence').textContent()).toMatch(/共 \d+ 项/);
    await visible(page, 'action-confirm').click();
    await visible(page, 'cancel-reason-missing').waitFor();
    await field(page, 'cancel-reason').fill('机构职能调整，本年度考核并入省直单位统一组织。');
    await shot(page, '05a-orgadmin-cancel-confirm');
    await visible(page, 'action-confirm').click();
    await page.locator('.el-dialog:visible').waitFor({ state: 'hidden' });
    await page.getByText('已取消').first().waitFor();
    expect(await page.getByTestId('action-CANCEL_CYCLE').count()).toBe(0);
    await shot(page, '05b-orgadmin-cycle-cancelled');
    await page.context().close();
  });
});
