/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { act, openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A whole annual cycle in a real browser, each demo role in turn on its own
 * workspace: the cadre's self-report, the assessment team, the rater's
 * anonymous ballot, the proposal with the engine's explanation, the committee
 * approving one and changing another, the public notice with an objection
 * lodged without signing in and dismissed, the decision, and the cadre signing
 * the written notice. Then the result is applied: the commendation (嘉奖)
 * the EXCELLENT result justifies is approved by the organisation department,
 * carried out and verified by HR, and the cadre sees it verified on their
 * record. The other assessments of the county are moved along through the API
 * so the pools are real. Last, the colleague whose proposal the committee
 * lowered to BASICALLY_COMPETENT (reviewable: the district's rule set says so,
 * published through the API before the cycle is planned) asks for a review at
 * phone width inside the window; the committee member who decided the grade is
 * refused as reviewer (conflict of interest), the organisation department
 * corrects the result and the colleague sees version 2. A screenshot of each
 * step goes to test-results/screenshots/annual-cycle/.
 */
const browserCheck = browserAvailability();
const SUITE = 'annual-cycle';

describe.runIf(browserCheck.run)('a full annual cycle, role by role, in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let cycleId: string;
  /** The demo cadre's own assessment. */
  let mine: string;
  /** A colleague in the same pool whose EXCELLENT proposal the committee changes (to BASICALLY_COMPETENT, which they have reviewed). */
  let changed: string;
  let changedCadre: { id: string; name: string; organisationId: string };
  let others: string[];
  /** The demo cadre's name, as the outcome pages show it. */
  let cadreName: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    for (const u of ['orgadmin', 'assessor', 'committee', 'sysadmin', 'cadre']) tokens[u] = await t.signIn(u);
    // The district lets a BASICALLY_COMPETENT result be reviewed (a local setting); the cycle pins the rule set in force when it is planned.
    const [district] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
    const published = await t.gql(`mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { id } }`, {
      input: { jurisdictionId: district!.id, effectiveFrom: '2026-01-01', settings: { appeals: { basicallyCompetentReviewable: true } }, note: '基本称职等次可申请复核' },
    }, { token: tokens.orgadmin });
    expect(published.errors).toBeUndefined();
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const [me] = (await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'cadre'`)) as Array<{ cadre_id: string }>;
    const rows = (await t.dataSource.query(
      `SELECT a.id, a.cadre_id, a.organisation_id, c.rank_level FROM assessment a LEFT JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no NULLS LAST, a.id`,
      [cycleId],
    )) as Array<{ id: string; cadre_id: string | null; organisation_id: string; rank_level: string | null }>;
    const own = rows.find((r) => r.cadre_id === me!.cadre_id)!;
    cadreName = ((await t.dataSource.query(`SELECT name FROM cadre WHERE id = $1`, [me!.cadre_id])) as Array<{ name: string }>)[0]!.name;
    mine = own.id;
    changed = rows.find((r) => r.id !== mine && r.cadre_id && r.organisation_id === own.organisation_id && r.rank_level === own.rank_level)?.id ?? rows.find((r) => r.id !== mine && r.cadre_id)!.id;
    others = rows.map((r) => r.id).filter((id) => id !== mine);
    const colleague = rows.find((r) => r.id === changed)!;
    const [colleagueName] = (await t.dataSource.query(`SELECT name FROM cadre WHERE id = $1`, [colleague.cadre_id])) as Array<{ name: string }>;
    changedCadre = { id: colleague.cadre_id!, name: colleagueName!.name, organisationId: colleague.organisation_id };
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string | null, width = 1280, height = 860, password = DEMO_PASSWORD): Promise<Page> =>
    signInAs(browser, t.url, username, { width, height, password });
  const visible = (page: Page, id: string) => page.locator(`[data-testid="${id}"]:visible`).first();
  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(SUITE, name), fullPage: true });

  /** Clicks an action button, confirms its dialog and waits until the dialog has gone. */
  async function runAction(page: Page, event: string, fill?: (dialog: Locator) => Promise<void>, scope: Page | Locator = page): Promise<void> {
    await scope.locator(`[data-testid="action-${event}"]`).first().click();
    const dialog = page.locator('.el-dialog:visible').last();
    await dialog.waitFor();
    if (fill) await fill(dialog);
    await visible(page, 'action-confirm').click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 10000 });
    } catch {
      await shot(page, `failed-${event}`);
      throw new Error(`${event} did not go through: ${await dialog.innerText()}`);
    }
  }

  async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
    await select.click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
  }

  it('1. the cadre writes and submits the self-report on their own workspace', async () => {
    const page = await as('cadre', 390, 844);
    await page.goto(`${t.url}/my?a=${mine}`);
    await page.getByTestId('selfreport-editor').waitFor();
    await field(page, 'selfreport-workSummary').fill('一年来，认真履行岗位职责，推进重点项目十二项，圆满完成年度目标任务。');
    await field(page, 'selfreport-dutiesAndTargets').fill('分管发展改革、乡村振兴工作。');
    await field(page, 'selfreport-responsibilityStatement').fill('严格落实全面从严治党主体责任和“一岗双责”。');
    await field(page, 'selfreport-integrityStatement').fill('严格遵守廉洁自律各项规定，无违规违纪问题。');
    await page.locator('[data-testid="selfreport-saved"][data-status="saved"]').waitFor({ timeout: 15000 });
    await page.getByTestId('action-SUBMIT_SELF_REPORT').click();
    await visible(page, 'action-confirm').click();
    await page.getByText('述职报告待审阅').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shot(page, '01-cadre-self-report-submitted-phone');
    await page.context().close();
  });

  it('2. the assessment team accepts the report and opens the ballots', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/queue`);
    await page.getByTestId('queue-item').first().waitFor();
    await shot(page, '02a-assessor-queue');
    await page.goto(`${t.url}/assessments/${mine}`);
    await runAction(page, 'ACCEPT_SELF_REPORT');
    await runAction(page, 'OPEN_BALLOTS');
    await page.getByText('民主测评中').first().waitFor();
    await shot(page, '02b-assessor-ballots-open');
    await page.context().close();
  });

  let raters: Array<{ id: string; username: string; password: string }>;
  it('3. the rater fills one anonymous ballot from their own list', async () => {
    raters = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 7, 'rater.dj');
    const [demoRater] = (await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'rater'`)) as Array<{ id: string }>;
    const groups = ['SUPERIOR', 'SUPERIOR', 'PEER', 'PEER', 'PEER', 'PEER', 'PEER', 'SUBORDINATE'];
    const invited = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
      input: { assessmentId: mine, raters: [demoRater!.id, ...raters.map((r) => r.id)].map((userId, i) => ({ userId, group: groups[i] })) },
    }, { token: tokens.assessor });
    expect(invited.errors).toBeUndefined();

    const page = await as('rater');
    await page.getByTestId('stat-ballots').waitFor();
    await page.getByTestId('home-ballots-link').click();
    await page.getByTestId('ballot-item').first().waitFor();
    for (const [d, v] of Object.entries({ morality: 96, ability: 94, diligence: 95, results: 97, integrity: 96 })) await field(page, `ballot-score-${d}`).fill(String(v));
    await page.getByTestId('ballot-overall-EXCELLENT').click();
    await shot(page, '03a-rater-ballot-filled');
    await page.getByTestId('ballot-submit').click();
    await visible(page, 'ballot-confirm').click();
    await page.getByTestId('ballot-cast').waitFor();
    await page.locator('.el-dialog:visible').waitFor({ state: 'hidden' }).catch(() => undefined);
    await page.waitForTimeout(400);
    expect(await page.getByTestId('ballot-cast').textContent()).toContain('匿名');
    await shot(page, '03b-rater-ballot-cast-anonymous');
    await page.context().close();

    for (const r of raters) {
      const token = await t.signIn(r.username, r.password);
      const res = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
        input: { assessmentId: mine, overall: 'EXCELLENT', scores: { morality: 93, ability: 94, diligence: 92, results: 95, integrity: 94 } },
      }, { token });
      expect(res.errors).toBeUndefined();
    }
  });

  it('4. the engine grades the cycle; the team proposes EXCELLENT with the explanation in view', async () => {
    await advanceAssessments(t, cycleId, others, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    await act(t, tokens.assessor!, 'closeBallots', { assessmentId: mine });
    await act(t, tokens.assessor!, 'completeEvaluation', { assessmentId: mine });
    const run = await t.gql(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId }, { token: tokens.assessor });
    expect(run.errors).toBeUndefined();
    for (const id of others) {
      // The team proposes what the engine suggests, except COMPETENT for one colleague (which the committee will change);
      // EXCELLENT stays within the pool's quota, counted over the standing proposals, so that this cadre's can be proposed below.
      const suggestion = (await t.gql<{ assessment: { gradingResult: { grade: string } | null } }>(`query($id: ID!) { assessment(id: $id) { gradingResult { grade } } }`, { id }, { token: tokens.assessor })).data!.assessment.gradingResult;
      const grade = id === changed ? 'COMPETENT' : suggestion?.grade === 'EXCELLENT' ? 'COMPETENT' : suggestion?.grade;
      if (grade) await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: id, grade, comment: '履职尽责，完成年度目标任务。' });
    }

    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${mine}`);
    await runAction(page, 'PROPOSE_GRADE', async (dialog) => {
      await pickOption(page, dialog.getByTestId('action-grade'), '优秀');
      await field(dialog, 'action-comment').fill('政治坚定，实绩突出，民主测评优秀票占比高，群众公认。');
    });
    await page.getByText('党委(党组)审定').first().waitFor();
    await shot(page, '04-assessor-proposed');
    await page.context().close();
  });

  it('5. the committee sees explanations and quota meters, approves one and changes another', async () => {
    const page = await as('committee');
    await page.goto(`${t.url}/review`);
    await page.getByTestId('review-item').first().waitFor();
    await page.getByTestId('quota-meter').first().waitFor();
    await page.getByTestId('grading-explanation').first().waitFor();
    for (const [f, v] of Object.entries({ membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0 })) {
      const input = page.locator(`#review-shared-${f}`);
      await input.fill(String(v));
      await input.press('Tab');
    }
    const item = (id: string) => page.getByTestId('review-item').filter({ has: page.locator(`a[href="/assessments/${id}"]`) });
    await item(mine).scrollIntoViewIfNeeded();
    await shot(page, '05a-committee-review-explanations-and-quota');
    await runAction(page, 'CHANGE_GRADE', async (dialog) => {
      await pickOption(page, dialog.getByTestId('action-grade'), '基本称职');
      await field(dialog, 'action-reason').fill('经集体研究，该同志本年度重点任务推进滞后，实绩与优秀等次差距较大，调整为基本称职。');
    }, item(changed));
    await item(changed).waitFor({ state: 'detached' });
    await runAction(page, 'APPROVE_GRADE', undefined, item(mine));
    await item(mine).waitFor({ state: 'detached' });
    await shot(page, '05b-committee-after-decisions');
    await page.context().close();
  });

  it('6. the organisation department publishes the public notice and prints it', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=notices`);
    await page.getByTestId('notice-waiting').waitFor();
    await page.locator('[data-testid="notice-waiting"] .el-table__header .el-checkbox').first().click();
    // The notice starts on the server's (test) day, not the browser's.
    const starts = page.locator('#notice-starts');
    await starts.fill('2026-01-07');
    await starts.press('Enter');
    await page.getByTestId('notice-publish').click();
    // Publishing is public and final: the page asks first, naming the count and the first day.
    const box = page.locator('.el-message-box:visible');
    await box.waitFor();
    expect(await box.textContent()).toContain('2026年1月7日');
    await shot(page, '06-orgadmin-notice-confirm');
    await box.locator('.el-button--primary').click();
    await page.getByTestId('notice-published-entry').first().waitFor();
    await shot(page, '06a-orgadmin-notice-published');
    await page.goto(`${t.url}/print/cycles/${cycleId}/notice`);
    await page.getByTestId('print-notice-row').first().waitFor();
    await shot(page, '06b-public-notice-printable');
    await page.emulateMedia({ media: 'print' });
    await shot(page, '06c-public-notice-print-media');
    await page.context().close();
  });

  it('7. anyone lodges an objection without signing in', async () => {
    const page = await as(null, 390, 844);
    await page.goto(`${t.url}/public/notices`);
    await page.getByTestId('notice-entry').first().waitFor();
    await page.getByTestId('objection-open').first().click();
    await field(page, 'objection-content').fill('反映该同志在某项目推进中存在形式主义问题，请组织核实。');
    await page.getByTestId('objection-submit').click();
    await page.getByTestId('objection-receipt').waitFor();
    await shot(page, '07-public-objection-lodged-phone');
    await page.context().close();
  });

  it('8. the objection is investigated and dismissed; the notice closes; the written notice is issued', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/assessments/${mine}`);
    await runAction(page, 'DISMISS_OBJECTION', async (dialog) => {
      await field(dialog, 'action-finding').fill('经调查核实，反映的问题不属实，项目推进符合规定。');
    });
    await page.getByText('不属实').first().waitFor().catch(() => undefined);
    await shot(page, '08a-orgadmin-objection-dismissed');
    t.clock.set(new Date('2026-02-20T09:00:00+08:00'));
    await page.reload();
    await runAction(page, 'CLOSE_NOTICE');
    await runAction(page, 'ISSUE_WRITTEN_NOTICE');
    await page.getByText('已书面通知').first().waitFor();
    await shot(page, '08b-orgadmin-written-notice-issued');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=dashboard`);
    await page.getByTestId('chart-grades').waitFor();
    await page.waitForTimeout(800);
    await shot(page, '08c-orgadmin-cycle-dashboard');
    await page.context().close();
  });

  it('9. the cadre reads the decision with its comment — not the deliberation — and signs the written notice', async () => {
    const page = await as('cadre', 390, 844);
    await page.goto(`${t.url}/my?a=${mine}`);
    await page.getByTestId('decision-comment').waitFor();
    await page.getByTestId('my-reasons').waitFor();
    expect(await page.getByTestId('decision-proposal').count()).toBe(0);
    expect(await page.getByTestId('grading-explanation').count()).toBe(0);
    await runAction(page, 'SIGN_NOTICE', async (dialog) => {
      await field(dialog, 'action-opinion').fill('本人对考核结果无异议，将继续努力。');
    });
    await page.getByText('本人已签字').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shot(page, '09a-cadre-signed-decision-phone');
    await page.goto(`${t.url}/print/assessments/${mine}/written-notice`);
    await page.getByTestId('print-written-body').waitFor();
    expect(await page.getByTestId('print-written-body').textContent()).toContain('优秀');
    await page.setViewportSize({ width: 1000, height: 1300 });
    await shot(page, '09b-written-notice-printable');
    await page.context().close();
  });

  it('10. the auditor finds the cycle’s trail by organisation and verifies the chain', async () => {
    const page = await as('auditor');
    await page.goto(`${t.url}/audit`);
    await field(page, 'audit-actor').fill('committee');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.locator('[data-testid="audit-table"] .el-table__row').first().waitFor();
    await page.getByTestId('audit-verify').click();
    await page.locator('[data-testid="audit-verify-result"][data-ok="true"]').waitFor();
    await shot(page, '10-auditor-filtered-and-verified');
    await page.context().close();
  });

  it('nobody reaches another role’s workspace or another jurisdiction’s records by typing the URL', async () => {
    const rater = await as('rater');
    for (const url of ['/review', '/cycles', '/audit', `/cycles/${cycleId}`]) {
      await rater.goto(`${t.url}${url}`);
      await rater.getByText('403').first().waitFor();
    }
    await rater.context().close();
    const cadre = await as('cadre');
    await cadre.goto(`${t.url}/ballots`);
    await cadre.getByText('403').first().waitFor();
    await cadre.goto(`${t.url}/assessments/${changed}`);
    await cadre.getByRole('alert').first().waitFor();
    expect(await cadre.getByRole('alert').first().textContent()).toMatch(/权限|无权/);
    await cadre.context().close();
    const hefeng = await as('orgadmin.hefeng');
    await hefeng.goto(`${t.url}/cycles/${cycleId}`);
    await hefeng.getByRole('alert').first().waitFor();
    expect(await hefeng.getByRole('alert').first().textContent()).toMatch(/权限|无权|管辖/);
    await shot(hefeng, '11-other-jurisdiction-refused');
    await hefeng.goto(`${t.url}/print/assessments/${mine}/written-notice`);
    await hefeng.getByRole('alert').first().waitFor();
    await hefeng.context().close();
  });

  /** The outcome action dialog (approve, carry out, verify) as the outcome pages open it. */
  const outcomeDialog = (page: Page) => page.locator('.el-dialog').filter({ has: page.getByTestId('outcome-action-form') });

  it('12. the organisation department approves the commendation the EXCELLENT result justifies', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/review/outcomes`);
    const items = page.getByTestId('approval-item').filter({ hasText: cadreName });
    const commendation = items.filter({ hasText: '嘉奖' });
    await commendation.waitFor();
    // EXCELLENT, first year on record: a commendation and a shorter time to the next rank; neither is the committee's.
    expect(await items.count()).toBe(2);
    expect(await items.filter({ hasText: '晋升职务职级年限缩短' }).count()).toBe(1);
    expect(await commendation.textContent()).toContain('2025 优秀');
    expect(await commendation.locator('.el-tag').filter({ hasText: '待审批' }).count()).toBe(1);
    expect(await commendation.getByText('组织处理').count()).toBe(0);
    await shot(page, '12a-orgadmin-outcome-approvals');

    await commendation.getByTestId('outcome-action-APPROVE').click();
    const d = outcomeDialog(page);
    await d.waitFor();
    expect(await d.getByTestId('outcome-action-description').textContent()).toContain('交由人事部门');
    await field(d, 'outcome-action-text').fill('同意给予嘉奖，由人事部门办理。');
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath(SUITE, '12b-orgadmin-approve-commendation-dialog') });
    await d.getByTestId('outcome-action-confirm').click();
    await d.waitFor({ state: 'hidden' });
    await commendation.waitFor({ state: 'detached' });
    expect(await items.count()).toBe(1);
    await page.locator('.el-message', { hasText: '已批准' }).waitFor();
    await page.waitForTimeout(400);
    await shot(page, '12c-orgadmin-commendation-approved');
    await page.context().close();
  });

  it('13. HR carries out the commendation from the queue; another HR user verifies it on the task page (four eyes)', async () => {
    let page = await as('hr');
    await page.goto(`${t.url}/outcomes`);
    const rows = page.locator('[data-testid="outcome-table"] .el-table__row');
    const row = rows.filter({ hasText: cadreName }).filter({ hasText: '嘉奖' });
    await row.waitFor();
    expect(await row.getByText('待落实').count()).toBe(1);
    // The rank-tenure reduction still awaits the organisation department: not HR's yet.
    expect(await rows.filter({ hasText: '晋升职务职级年限缩短' }).count()).toBe(0);
    await shot(page, '13a-hr-queue-commendation');

    await row.getByTestId('outcome-action-CARRY_OUT').click();
    const d = outcomeDialog(page);
    await d.waitFor();
    // Carrying out needs a note: the dialog says so and sends nothing without one.
    await d.getByTestId('outcome-action-confirm').click();
    await d.getByText('请填写此项').waitFor();
    await field(d, 'outcome-action-text').fill('泰宁市委 泰委〔2026〕15号，2026年2月20日给予嘉奖，已存入本人档案。');
    await d.getByTestId('outcome-action-confirm').click();
    await d.waitFor({ state: 'hidden' });
    // Four eyes: the task stays in HR's queue, waiting to be verified, but not by whoever carried it out.
    await row.getByText('已落实待核实').waitFor();
    expect(await row.getByTestId('outcome-action-VERIFY').count()).toBe(0);
    await page.locator('[data-testid="outcome-table"] .el-loading-mask').waitFor({ state: 'hidden' });
    await page.locator('.el-message', { hasText: '已登记落实情况' }).waitFor();
    await shot(page, '13b-hr-commendation-carried-out');
    await page.locator('.el-message').first().waitFor({ state: 'hidden' });

    await row.getByTestId('outcome-row-link').click();
    await page.getByTestId('lifecycle-diagram').waitFor();
    const taskUrl = page.url();
    await page.context().close();
    // Another HR user of the province verifies it.
    page = await as('hr.verifier');
    await page.goto(taskUrl);
    await page.getByTestId('lifecycle-diagram').waitFor();
    expect(await page.getByTestId('lifecycle-current').textContent()).toContain('已落实待核实');
    expect(await page.getByTestId('task-basis').textContent()).toContain('优秀');
    await page.getByTestId('outcome-action-VERIFY').click();
    const v = outcomeDialog(page);
    await v.waitFor();
    await field(v, 'outcome-action-text').fill('已核对嘉奖文件及档案材料，落实到位。');
    await v.getByTestId('outcome-action-confirm').click();
    await v.waitFor({ state: 'hidden' });
    await page.getByTestId('lifecycle-current').filter({ hasText: '已核实' }).waitFor();
    expect(await page.getByTestId('outcome-actions').first().locator('button').count()).toBe(0);
    const facts = (await page.getByTestId('task-facts').textContent()) ?? '';
    expect(facts).toContain('同意给予嘉奖');
    expect(facts).toContain('泰委〔2026〕15号');
    expect(facts).toContain('落实到位');
    expect(await page.getByTestId('history-entry').count()).toBe(4); // proposed, approved, carried out, verified
    const history = (await page.getByTestId('history-entry').allTextContents()).join('\n');
    expect(history).toMatch(/审批意见.*同意给予嘉奖/);
    expect(history).toMatch(/核实意见.*落实到位/);
    await page.waitForTimeout(400);
    await shot(page, '13c-hr-commendation-verified');
    await page.context().close();
  });

  it('14. the cadre sees the commendation verified on their record at phone width', async () => {
    const page = await as('cadre', 390, 844);
    await page.goto(`${t.url}/my/record`);
    const commendation = page.locator('[data-testid=record-outcome][data-kind=COMMENDATION]');
    await commendation.waitFor();
    expect(await commendation.getAttribute('data-state')).toBe('verified');
    expect(await commendation.textContent()).toContain('已核实');
    const tenure = page.locator('[data-testid=record-outcome][data-kind=RANK_TENURE_REDUCTION]');
    expect(await tenure.getAttribute('data-state')).toMatch(/^proposed/);
    expect(await page.getByTestId('record-result').count()).toBe(1);
    expect(await page.getByTestId('record-result').textContent()).toContain('优秀');
    expect(await page.getByTestId('timeline-entry').filter({ hasText: '嘉奖（已核实）' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await page.getByTestId('grade-trend').locator('svg').first().waitFor();
    await shot(page, '14a-cadre-record-commendation-verified-phone');
    await commendation.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '14b-cadre-record-outcomes-phone') });
    await page.context().close();
  });

  /** The colleague's own sign-in: the demo data gives no account to any cadre but the demo one. */
  const colleague = { username: 'cadre.colleague', password: 'colleague-password-2026' };
  const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('15. the colleague, notified in writing of BASICALLY_COMPETENT, asks for a review at phone width inside the window', async () => {
    // The organisation department issues the written notice: day 0 of the 30 days to ask for a review.
    t.clock.set(new Date('2026-02-24T09:00:00+08:00'));
    const org = await as('orgadmin');
    await org.goto(`${t.url}/assessments/${changed}`);
    await org.getByText('基本称职').first().waitFor();
    await runAction(org, 'ISSUE_WRITTEN_NOTICE');
    await org.getByText('已书面通知').first().waitFor();
    await shot(org, '15a-orgadmin-written-notice-basically-competent');
    await org.context().close();

    const created = await t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { ...colleague, displayName: changedCadre.name, cadreId: changedCadre.id },
    }, { token: tokens.sysadmin });
    expect(created.errors).toBeUndefined();
    const assigned = await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.data!.createUser.id, o: changedCadre.organisationId }, { token: tokens.sysadmin });
    expect(assigned.errors).toBeUndefined();

    t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
    const page = await as(colleague.username, 390, 844, colleague.password);
    await page.goto(`${t.url}/my?a=${changed}`);
    const decision = page.getByTestId('decision-decision');
    await decision.waitFor();
    expect(await decision.innerText()).toContain('基本称职');
    expect(await decision.innerText()).not.toContain('优秀'); // the team's EXCELLENT and the committee's change are the deliberation, not theirs to read
    const box = page.getByTestId('review-window');
    await box.waitFor();
    expect(await box.innerText()).toContain('可申请复核，截至 2026年3月26日（还有 24 天）');
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await page.getByTestId('my-review').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '15b-colleague-review-window-phone') });
    await page.getByTestId('request-review').click();
    const d = page.locator('.el-dialog:visible').last();
    await d.waitFor();
    await field(page, 'review-grounds').fill('本人全年完成重点任务十项，滞后的两项系上级政策调整所致，评为基本称职与事实不符，请求复核。');
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath(SUITE, '15c-colleague-review-request-phone') });
    await page.getByTestId('review-confirm').click();
    await d.waitFor({ state: 'hidden' });
    const asked = page.getByTestId('my-review-case');
    await asked.waitFor();
    expect(await asked.innerText()).toContain('复核中');
    expect(await asked.innerText()).toContain('上级政策调整');
    expect(await page.getByTestId('review-window').innerText()).not.toContain('可申请复核');
    expect(await page.getByTestId('request-review').count()).toBe(0);
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await page.locator('.el-message').first().waitFor({ state: 'hidden' }).catch(() => undefined);
    await asked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '15d-colleague-review-requested-phone') });
    await page.context().close();
  });

  /** Clicks a case action, lets `fill` complete its dialog and confirms; returns the dialog. */
  async function caseAction(page: Page, event: string, fill: (d: Locator) => Promise<void>, name?: string): Promise<Locator> {
    await page.getByTestId(`case-action-${event}`).click();
    const d = page.locator('.el-dialog:visible').last();
    await d.waitFor();
    await fill(d);
    if (name) await page.screenshot({ path: screenshotPath(SUITE, name) });
    await d.getByTestId('case-confirm').click();
    return d;
  }
  const correctToCompetent = (page: Page, reason: string) => async (d: Locator) => {
    await d.getByTestId('case-decision-CORRECTED').click();
    await d.getByTestId('case-grade').click();
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: /^称职$/ }).first().click();
    // A correction is decided collectively: the organ's meeting.
    for (const [k, v] of Object.entries({ membersTotal: 9, attendance: 8, votesFor: 8 })) {
      const input = field(d, `collective-${k}`);
      await input.fill(String(v));
      await input.blur();
    }
    await field(d, 'case-text').fill(reason);
  };

  it('16. the committee member who decided the grade may not review it; the organisation department corrects it to COMPETENT', async () => {
    t.clock.set(new Date('2026-03-16T09:00:00+08:00'));
    const committee = await as('committee');
    await committee.goto(`${t.url}/reviews`);
    await committee.getByTestId('review-case-link').filter({ hasText: changedCadre.name }).click();
    await committee.getByTestId('lifecycle-diagram').waitFor();
    const refused = await caseAction(committee, 'DECIDE_REVIEW', correctToCompetent(committee, '复核认为应调整为称职。'));
    await refused.getByTestId('case-error').waitFor();
    expect(await refused.getByTestId('case-error').innerText()).toContain('您参与了原决定，应当回避');
    await committee.screenshot({ path: screenshotPath(SUITE, '16a-committee-member-refused-conflict-of-interest') });
    await committee.context().close();

    const page = await as('orgadmin');
    await page.goto(`${t.url}/reviews`);
    const link = page.getByTestId('review-case-link').filter({ hasText: changedCadre.name });
    await link.waitFor();
    const row = page.locator('[data-testid="review-cases"] .el-table__row').filter({ has: link });
    expect(await row.innerText()).toContain('基本称职');
    expect(await row.innerText()).toContain('复核中');
    await shot(page, '16b-orgadmin-review-cases');
    await link.click();
    await page.getByTestId('lifecycle-diagram').waitFor();
    expect(await page.getByTestId('review-facts').innerText()).toContain('上级政策调整');
    const d = await caseAction(
      page,
      'DECIDE_REVIEW',
      correctToCompetent(page, '经复核，滞后的两项任务系上级政策调整所致，不应归责于本人，原定基本称职依据不足，更正为称职。'),
      '16c-orgadmin-review-decision-form',
    );
    try {
      await d.waitFor({ state: 'hidden', timeout: 10000 });
    } catch {
      await shot(page, 'failed-DECIDE_REVIEW');
      throw new Error(`DECIDE_REVIEW did not go through: ${await d.innerText()}`);
    }
    await page.getByTestId('review-ruling').waitFor();
    expect(await page.getByTestId('review-ruling').innerText()).toBe('予以更正 → 称职');
    expect(await page.getByTestId('case-action-DECIDE_REVIEW').count()).toBe(0);
    await page.locator('.el-message').first().waitFor({ state: 'hidden' }).catch(() => undefined);
    await page.evaluate(() => window.scrollTo(0, 0)); // a full-page shot of a scrolled page draws the fixed header mid-page
    await shot(page, '16d-orgadmin-review-corrected');
    await page.getByTestId('review-assessment-link').click();
    await page.getByTestId('result-versions').waitFor();
    const versions = await page.getByTestId('result-versions').innerText();
    expect(versions).toContain('v2');
    expect(versions).toContain('复核更正');
    expect(versions).toContain('更正为称职');
    await shot(page, '16e-orgadmin-result-versions');
    await page.context().close();
  });

  it('17. the colleague sees the review decision and the corrected result, version 2, at phone width', async () => {
    const page = await as(colleague.username, 390, 844, colleague.password);
    await page.goto(`${t.url}/my?a=${changed}`);
    const asked = page.getByTestId('my-review-case');
    await asked.waitFor();
    expect(await asked.getByTestId('review-ruling').innerText()).toBe('予以更正 → 称职');
    expect(await asked.innerText()).toContain('更正为称职');
    // Decided, no longer "in progress": an appeal against the review decision is still open to them.
    expect(await page.getByTestId('review-window').innerText()).toContain('复核已作出决定。如对复核决定不服，可在 15 日内提出申诉。');
    expect(await asked.getByTestId('case-action-FILE_APPEAL').count()).toBe(1);
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await asked.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '17a-colleague-review-decided-phone') });
    await page.goto(`${t.url}/assessments/${changed}?tab=versions`);
    const versions = page.getByTestId('result-versions');
    await versions.waitFor();
    const text = await versions.innerText();
    expect(text).toMatch(/v1\s*基本称职/);
    expect(text).toMatch(/v2\s*称职/);
    expect(text).toContain('复核更正');
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await versions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '17b-colleague-result-versions-phone') });
    await page.context().close();
  });
});
