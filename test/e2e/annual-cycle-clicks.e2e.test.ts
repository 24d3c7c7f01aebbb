/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The whole annual cycle of a small unit, 省机关事务管理局 (eight
 * cadres and its leadership team), clicked in Chromium by the roles, starting
 * from nothing but the demo data:
 * - the organisation department plans the cycle on /cycles (year, unit,
 *   name, deadlines), enrols the unit from the cycle page and opens it;
 * - the system administrator opens the unit's accounts (cadre and rater) on
 *   /users; the one-time passwords are read from the result on screen;
 * - each cadre signs in with theirs, is made to change it, and writes and
 *   submits the self-report on /my (at phone width); the principal leader
 *   also writes and submits the leadership team's;
 * - the assessment team accepts each report and opens the ballots, invites
 *   two of the unit's cadres as raters on the cycle's 评议人 tab, and both
 *   cast every ballot offered to them on their ballot page;
 * - the assessment team closes the ballots (every invited rater has cast, so
 *   the turnout is met; the recorded exception through the dialog is clicked in
 *   turnout.e2e.test.ts) and completes the evaluation;
 * - then the grading run from the cycle page with its progress bar and
 *   outcome, each proposal's explanation read (filtered by grade) before
 *   anyone proposes; the engine's grade proposed on one assessment
 *   (EXCELLENT, so that it goes through the public notice), and that one taken
 *   to the end: the committee approves it, the organisation department
 *   publishes the notice, closes it after the window (the decision) and issues
 *   the written notice, the cadre signs it on a phone with the password they
 *   set, the assessment team gives the feedback;
 * - the organisation department records an approved quota raise from the
 *   quota tab (the auditor reads it), and plans and enrols a second cycle
 *   (省农业科学院) and cancels it, the confirmation naming the consequence and
 *   refusing an empty reason.
 *
 * Besides clicking, only the clock is moved (t.clock.set: past the notice
 * window). The test reads the database only to know which assessment is whose
 * (ids for the URLs) and to check what happened; it changes nothing there.
 * Nothing is set up or acted through the API; one read through it (the
 * grade limits) picks the cadre whose quota pool has the EXCELLENT place. Not taken further: the other eight
 * assessments of the unit stop at the proposal step (the one taken to the end
 * shows every later step).
 * Screenshots go to test-results/screenshots/annual-cycle-clicks/.
 */
/** The steps that loop over every account of the unit: each click waits on the server, and the machine may be shared. */
const LOOP_TIMEOUT = 180_000;
const browserCheck = browserAvailability();
const SUITE = 'annual-cycle-clicks';

describe.runIf(browserCheck.run)('a small unit’s whole annual cycle, clicked from the demo data', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;
  let secondId: string;
  let assessmentCount: number;
  /** The assessment proposed in step 3, taken to the end in steps 3b to 3d. */
  let proposedId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
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

  /** The unit's users as the administrator's screen showed them, with the password each set at first sign-in. */
  const accounts: Array<{ name: string; username: string; password: string }> = [];
  const NEW_PASSWORD = 'Jiguan#Shiwu-2026';
  /** The unit's assessments: each cadre's by person number (their username), and the leadership team's. */
  let byUsername: Map<string, string>;
  let teamId: string;
  let principal: string;

  async function pickOrganisation(page: Page, selector: string, name: string): Promise<void> {
    await page.locator(selector).click();
    await page.keyboard.type(name);
    await page.locator('.el-select-dropdown__item:visible', { hasText: name }).first().click();
  }
  async function pickDate(page: Page, selector: string, day: string): Promise<void> {
    const input = page.locator(selector);
    await input.fill(day);
    await input.press('Enter');
  }

  /** On /cycles: plans an annual 2025 cycle for the unit, then enrols the unit from the cycle page; returns the cycle's id from the URL. */
  async function planAndEnrol(page: Page, unit: string, name: string, screenshot: string): Promise<string> {
    await page.goto(`${t.url}/cycles`);
    await page.getByTestId('plan-cycle').click();
    await page.getByTestId('plan-cycle-form').waitFor();
    const year = page.locator('#plan-year');
    await year.fill('2025');
    await year.press('Tab');
    await pickOrganisation(page, '#plan-organisation', unit);
    await field(page, 'plan-name').fill(name);
    await pickDate(page, '#plan-self-report-due', '2026-01-20');
    await pickDate(page, '#plan-finish-by', '2026-03-31');
    await shot(page, screenshot);
    await page.getByTestId('plan-cycle-submit').click();
    await page.waitForURL(/\/cycles\/[^/?]+/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('action-ENROL').click();
    await visible(page, 'enrol-submit').click();
    // With nobody left out the dialog closes; otherwise it lists who was left out, and why.
    await page.locator('[data-testid="enrol-form"]:visible').waitFor({ state: 'detached' });
    if (await visible(page, 'enrol-report-close').isVisible()) await visible(page, 'enrol-report-close').click();
    return id;
  }

  it('0a. the organisation department plans the cycle for the unit, enrols it and opens it', async () => {
    const page = await as('orgadmin');
    cycleId = await planAndEnrol(page, '省机关事务管理局', '省机关事务管理局2025年度考核', '00a-orgadmin-plan-cycle');
    await runCycleAction(page, 'OPEN_CYCLE');
    await shot(page, '00b-orgadmin-cycle-open');
    const rows = (await t.dataSource.query(
      `SELECT a.id, c.person_no, c.rank_level FROM assessment a LEFT JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no NULLS LAST`,
      [cycleId],
    )) as Array<{ id: string; person_no: string | null; rank_level: string | null }>;
    assessmentCount = rows.length;
    expect(assessmentCount).toBe(9);
    byUsername = new Map(rows.filter((r) => r.person_no).map((r) => [r.person_no!, r.id]));
    teamId = rows.find((r) => !r.person_no)!.id;
    principal = rows.find((r) => r.rank_level === 'BUREAU_PRINCIPAL')!.person_no!;
    await page.context().close();
  });

  /** Clicks a cycle action and confirms it. */
  async function runCycleAction(page: Page, event: string): Promise<void> {
    await page.getByTestId(`action-${event}`).click();
    await visible(page, 'action-confirm').click();
    await page.getByTestId(`action-${event}`).waitFor({ state: 'detached', timeout: 15000 });
  }

  it('0b. the system administrator opens the unit’s accounts (cadre and rater) and the one-time passwords are read from the screen', async () => {
    const page = await as('sysadmin');
    await page.goto(`${t.url}/users`);
    await page.getByTestId('bulk-accounts').click();
    await pickOrganisation(page, '#bulk-unit', '省机关事务管理局');
    await page.locator('.el-dialog .el-checkbox', { hasText: '测评人' }).click();
    await page.getByTestId('bulk-submit').click();
    await page.locator('.el-message-box .el-button--primary').click();
    await page.getByTestId('bulk-result').waitFor();
    expect(await page.getByTestId('bulk-result').textContent()).toContain('新开通 8 个账号');
    await shot(page, '00c-sysadmin-accounts-created');
    for (const row of await page.locator('[data-testid="bulk-created"] .el-table__body tr').all()) {
      const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
      accounts.push({ name: cells[0]!, username: cells[2]!, password: cells[3]! });
    }
    expect(accounts.map((a) => a.username).sort()).toEqual([...byUsername.keys()].sort());
    await page.context().close();
  });

  async function writeAndSubmit(page: Page, id: string): Promise<void> {
    await page.goto(`${t.url}/my?a=${id}`);
    await page.getByTestId('selfreport-editor').waitFor();
    await page.locator(`#selfreport-workSummary-${id}`).fill('一年来，认真履行岗位职责，服务保障省直机关运行，圆满完成年度目标任务。');
    await page.locator(`#selfreport-dutiesAndTargets-${id}`).fill('负责机关事务管理、服务保障工作。');
    await page.locator(`#selfreport-responsibilityStatement-${id}`).fill('严格落实全面从严治党主体责任和“一岗双责”。');
    await page.locator(`#selfreport-integrityStatement-${id}`).fill('严格遵守廉洁自律各项规定，无违规违纪问题。');
    await page.locator('[data-testid="selfreport-saved"][data-status="saved"]').waitFor({ timeout: 15000 });
    await page.getByTestId('action-SUBMIT_SELF_REPORT').click();
    await visible(page, 'action-confirm').click();
    await page.getByText('述职报告待审阅').first().waitFor();
  }

  it('0c. each cadre signs in with the one-time password, must change it, then writes and submits the self-report (the principal also the team’s)', async () => {
    for (const [i, a] of accounts.entries()) {
      const page = await signInAs(browser, t.url, null, { width: 390, height: 844 });
      await page.goto(`${t.url}/sign-in`);
      await field(page, 'signin-username').fill(a.username);
      await field(page, 'signin-password').fill(a.password);
      await page.getByTestId('signin-submit').click();
      await page.waitForURL(/\/change-password/);
      await page.locator('#current-password').fill(a.password);
      await page.locator('#new-password').fill(NEW_PASSWORD);
      await page.locator('#repeat-password').fill(NEW_PASSWORD);
      if (i === 0) await shot(page, '00d-cadre-forced-password-change');
      await page.getByTestId('change-password-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
      await writeAndSubmit(page, byUsername.get(a.username)!);
      if (i === 0) await shot(page, '00e-cadre-self-report-submitted-phone');
      if (a.username === principal) {
        await writeAndSubmit(page, teamId);
        await shot(page, '00f-principal-team-report-submitted-phone');
      }
      await page.context().close();
    }
  }, LOOP_TIMEOUT);

  it('0d. the assessment team accepts each report and opens the ballots', async () => {
    const page = await as('assessor');
    for (const id of [...byUsername.values(), teamId]) {
      await page.goto(`${t.url}/assessments/${id}`);
      await runAction(page, 'ACCEPT_SELF_REPORT');
      await runAction(page, 'OPEN_BALLOTS');
      await page.getByText('民主测评中').first().waitFor();
    }
    await shot(page, '00g-assessor-ballots-open');
    await page.context().close();
  }, LOOP_TIMEOUT);

  it('0e. the assessment team invites two of the unit’s cadres as raters on the cycle’s 评议人 tab', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/cycles/${cycleId}?tab=raters`);
    await pickOrganisation(page, '#raters-unit', '省机关事务管理局');
    await page.getByTestId('raters-row').first().waitFor();
    await page.locator('[data-testid="raters-assessments"] .el-table__header .el-checkbox').first().click();
    for (const a of accounts.slice(0, 2)) {
      await field(page, 'raters-search').fill(a.name);
      const candidate = page.locator(`[data-testid="raters-candidate"][data-name="${a.name}"]`).first();
      await candidate.waitFor();
      await candidate.getByTestId('raters-add').click();
    }
    await shot(page, '00h-assessor-raters-chosen');
    await page.getByTestId('raters-invite').click();
    await visible(page, 'raters-confirm').click();
    await page.locator('[data-testid="raters-invited"][data-total="2"]').first().waitFor();
    await shot(page, '00i-assessor-raters-invited');
    await page.context().close();
  });

  it('0f. the two raters cast their anonymous ballots on their ballot page', async () => {
    for (const a of accounts.slice(0, 2)) {
      const page = await signInAs(browser, t.url, a.username, { password: NEW_PASSWORD, height: 900 });
      await page.goto(`${t.url}/ballots`);
      await page.getByTestId('ballot-item').first().waitFor();
      const items = await page.getByTestId('ballot-item').all();
      expect(items.length).toBe(assessmentCount - 1);
      for (const item of items) {
        for (const [d, v] of Object.entries({ morality: 92, ability: 90, diligence: 93, results: 91, integrity: 94 })) await field(item, `ballot-score-${d}`).fill(String(v));
        await item.locator('[data-testid^="ballot-overall-"]').first().click();
        await item.getByTestId('ballot-submit').click();
        await visible(page, 'ballot-confirm').click();
        await item.getByTestId('ballot-cast').waitFor();
      }
      await page.locator('.el-dialog:visible').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('ballots-count').textContent()).toContain('待填写 0 张');
      await shot(page, '00j-rater-ballots-cast');
      await page.context().close();
    }
  }, LOOP_TIMEOUT);

  it('0g. the assessment team closes the ballots (the turnout met) and completes the evaluation', async () => {
    const page = await as('assessor');
    for (const id of [...byUsername.values(), teamId]) {
      await page.goto(`${t.url}/assessments/${id}`);
      // Every invited rater has cast: the turnout is met (100%), so the ballots close without an exception.
      await runAction(page, 'CLOSE_BALLOTS');
      await runAction(page, 'COMPLETE_EVALUATION');
    }
    await shot(page, '00l-assessor-evaluation-complete');
    const states = (await t.dataSource.query(`SELECT DISTINCT state FROM assessment WHERE cycle_id = $1`, [cycleId])) as Array<{ state: string }>;
    expect(states.length).toBe(1);
    await page.context().close();
  }, LOOP_TIMEOUT);

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
    // A cadre whose pool has the place: with pools per rank level, a small pool has none, and its EXCELLENT would be refused (read, not acted, through the API).
    const token = await t.signIn('assessor');
    const limits = await t.gql<{ assessments: { nodes: Array<{ id: string; kind: string; gradeLimits: { allowedGrades: string[] } | null }> } }>(
      `query($c: ID!) { assessments(first: 50, cycleId: $c) { nodes { id kind gradeLimits { allowedGrades } } } }`,
      { c: cycleId },
      { token },
    );
    expect(limits.errors).toBeUndefined();
    const row = limits.data!.assessments.nodes.filter((n) => n.kind === 'CADRE_ANNUAL').sort((x, y) => x.id.localeCompare(y.id)).find((n) => n.gradeLimits?.allowedGrades.includes('EXCELLENT'));
    expect(row, 'an assessment whose pool has a place for EXCELLENT').toBeDefined();
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
    // The cadre's own account, opened by the administrator in step 0b, with the password they set at first sign-in.
    const username = [...byUsername].find(([, id]) => id === proposedId)![0];
    const page = await signInAs(browser, t.url, username, { width: 390, height: 844, password: NEW_PASSWORD });
    await page.goto(`${t.url}/my?a=${proposedId}`);
    // The cadre reads the decision with its comment, not the engine's deliberation.
    await page.getByTestId('decision-comment').waitFor();
    expect(await page.getByTestId('grading-explanation').count()).toBe(0);
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

  it('5. the organisation department plans and enrols a second cycle, then cancels it: the consequence named, the reason required', async () => {
    const page = await as('orgadmin');
    secondId = await planAndEnrol(page, '省农业科学院', '省农业科学院2025年度考核', '05-orgadmin-plan-second-cycle');
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
