/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { act, openCycleFor, TURNOUT_EXCEPTION, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

/**
 * Results application in a real browser. Two annual cycles of 东江区 run
 * through the GraphQL API: the demo cadre is BASICALLY_COMPETENT in 2024
 * (admonishment, self-examination, improvement, remedial training) and
 * INCOMPETENT in 2025 (demotion or removal, for the party committee); a
 * colleague is INCOMPETENT both years (dismissal). In the browser the
 * committee approves the demotion, HR carries it out and verifies it, and
 * the cadre sees it on their record at phone width.
 */
describe.runIf(browserCheck.run)('results application in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let me: { id: string; name: string };
  let colleague: { id: string; name: string };

  const beijing = (iso: string) => new Date(`${iso}+08:00`);

  /** One annual cycle of 东江区 for `year`: the demo cadre by the full path (or by refusal), the colleague by refusal. */
  async function runYear(year: number, mine: 'BASICALLY_COMPETENT' | 'REFUSAL'): Promise<void> {
    t.clock.set(beijing(`${year + 1}-01-05T09:00:00`));
    const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', year);
    const idOf = async (cadreId: string) =>
      ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, cadreId])) as Array<{ id: string }>)[0]!.id;
    const mineId = await idOf(me.id);
    const theirs = await idOf(colleague.id);
    t.clock.set(beijing(`${year + 1}-01-10T10:00:00`));
    if (mine === 'BASICALLY_COMPETENT') {
      await writeSelfReport(t, tokens.cadre!, mineId);
      await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: mineId });
    }
    // The self-report deadline passes: the deadline job marks the reports nobody wrote overdue, and a refusal can be recorded.
    t.clock.set(beijing(`${year + 1}-01-22T10:00:00`));
    const fired = await t.gql(`mutation { runDueDeadlines { fired } }`, {}, { token: tokens.orgadmin });
    expect(fired.errors).toBeUndefined();
    if (mine === 'BASICALLY_COMPETENT') {
      // The ballots are not this test's subject: they close by a recorded exception (nobody invited).
      for (const step of ['acceptSelfReport', 'openBallots', 'closeBallots', 'completeEvaluation']) await act(t, tokens.assessor!, step, { assessmentId: mineId }, step === 'closeBallots' ? TURNOUT_EXCEPTION : {});
      await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: mineId, grade: 'BASICALLY_COMPETENT', comment: '工作作风不够扎实，部分重点任务推进滞后。' });
    } else {
      await act(t, tokens.assessor!, 'recordRefusal', { assessmentId: mineId, reason: '经组织劝说仍拒不参加年度考核。' });
    }
    await act(t, tokens.assessor!, 'recordRefusal', { assessmentId: theirs, reason: '经组织劝说仍拒不参加年度考核。' });
    t.clock.set(beijing(`${year + 1}-02-20T15:00:00`));
    for (const id of [mineId, theirs]) await act(t, tokens.committee!, 'approveGrade', { assessmentId: id, collective: unanimous });
  }

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 * 5 } });
    t.clock.set(beijing('2025-01-02T09:00:00'));
    for (const u of ['orgadmin', 'assessor', 'committee', 'cadre']) tokens[u] = await t.signIn(u);
    const [mine] = (await t.dataSource.query(`SELECT c.id, c.name FROM user_account u JOIN cadre c ON c.id = u.cadre_id WHERE u.username = 'cadre'`)) as Array<{ id: string; name: string }>;
    me = mine!;
    const [other] = (await t.dataSource.query(
      `SELECT c.id, c.name FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'QH-TN-DJ' AND c.id <> $1 ORDER BY c.person_no LIMIT 1`,
      [me.id],
    )) as Array<{ id: string; name: string }>;
    colleague = other!;
    await runYear(2024, 'BASICALLY_COMPETENT');
    await runYear(2025, 'REFUSAL');
    t.clock.set(beijing('2026-03-02T09:30:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, width = 1280, height = 900): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByTestId('signin-username').locator('input').or(page.locator('input[data-testid="signin-username"]')).first().fill(username);
    await page.getByTestId('signin-password').locator('input').or(page.locator('input[data-testid="signin-password"]')).first().fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('header-user').waitFor();
    return page;
  }

  const dialog = (page: Page) => page.locator('.el-dialog').filter({ has: page.getByTestId('outcome-action-form') });

  it('the committee approves the demotion, choosing between demotion and removal', async () => {
    const page = await signedIn('committee');
    await page.goto(`${t.url}/review/outcomes`);
    const item = page.getByTestId('approval-item').filter({ hasText: me.name }).filter({ hasText: '降职或免职' });
    await item.waitFor();
    expect(await page.getByTestId('approval-item').count()).toBe(4); // 2 demotions of the colleague and one of mine, the colleague's dismissal
    expect(await item.getByTestId('approval-choice-needed').textContent()).toContain('降职 / 免职');
    await page.screenshot({ path: screenshotPath('outcomes', '01-committee-approvals'), fullPage: true });

    await item.getByTestId('outcome-action-APPROVE').click();
    const d = dialog(page);
    await d.waitFor();
    expect(await d.getByTestId('outcome-action-description').textContent()).toContain('须从降职、免职中选定一项');
    // Without a choice the dialog says what is missing and sends nothing.
    await d.getByTestId('outcome-action-confirm').click();
    await d.getByText('请选择处理方式').waitFor();
    await d.getByTestId('outcome-choice-DEMOTION').click();
    await d.getByTestId('outcome-action-text').fill('经党委常委会集体研究，降低一个职务层次任职。');
    await page.screenshot({ path: screenshotPath('outcomes', '02-committee-approve-dialog') });
    await d.getByTestId('outcome-action-confirm').click();
    await d.waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=approval-item]').length === 3);
    await page.context().close();
  });

  it('HR carries out the approved demotion from the queue; another HR user verifies it on the task page (four eyes)', async () => {
    let page = await signedIn('hr');
    await page.goto(`${t.url}/outcomes`);
    const row = page.locator('.el-table__row').filter({ hasText: me.name }).filter({ hasText: '降职或免职' });
    await row.waitFor();
    // The training of 2024 waits on HR too; ordinary 2024 outcomes await the organisation department, not HR.
    await page.locator('.el-table__row').filter({ hasText: '培训' }).first().waitFor();
    expect(await row.getByTestId('outcome-state').textContent()).toContain('待落实');
    await page.screenshot({ path: screenshotPath('outcomes', '03-hr-queue'), fullPage: true });

    await row.getByTestId('outcome-action-CARRY_OUT').click();
    const d = dialog(page);
    await d.waitFor();
    await d.getByTestId('outcome-action-text').fill('县委组织部 东组干〔2026〕12号，2026年3月2日降职任用。');
    await d.getByTestId('outcome-action-confirm').click();
    await d.waitFor({ state: 'hidden' });

    await page.goto(`${t.url}/outcomes?view=all&kind=DEMOTION_OR_REMOVAL`);
    const done = page.locator('.el-table__row').filter({ hasText: me.name });
    await done.getByTestId('outcome-state').filter({ hasText: '已落实待核实' }).waitFor();
    await done.getByTestId('outcome-row-link').click();
    await page.getByTestId('lifecycle-diagram').waitFor();
    expect(await page.getByTestId('lifecycle-current').textContent()).toContain('已落实待核实');
    // Four eyes: whoever carried it out is not offered the verification.
    expect(await page.getByTestId('outcome-action-VERIFY').count()).toBe(0);
    const taskUrl = page.url();
    await page.context().close();
    const verifier = await signedIn('hr.verifier');
    await verifier.goto(taskUrl);
    await verifier.getByTestId('lifecycle-diagram').waitFor();
    await verifier.getByTestId('outcome-action-VERIFY').click();
    const v = dialog(verifier);
    await v.waitFor();
    await v.getByTestId('outcome-action-confirm').click();
    await v.waitFor({ state: 'hidden' });
    await verifier.getByTestId('lifecycle-current').filter({ hasText: '已核实' }).waitFor();
    expect(await verifier.getByTestId('outcome-actions').locator('button').count()).toBe(0);
    expect(await verifier.getByTestId('history-entry').count()).toBe(4); // proposed, approved, carried out, verified
    await verifier.screenshot({ path: screenshotPath('outcomes', '04-hr-task-verified'), fullPage: true });
    await verifier.context().close();

    page = await signedIn('hr');
    await page.goto(`${t.url}/outcomes?view=training`);
    await page.locator('.el-table__row').filter({ hasText: me.name }).waitFor();
    await page.screenshot({ path: screenshotPath('outcomes', '05-hr-training'), fullPage: true });

    await page.goto(`${t.url}/outcomes?view=alerts`);
    await page.getByTestId('alert-stage').first().waitFor();
    expect(await page.locator('.el-table__row').filter({ hasText: colleague.name }).getByTestId('alert-stage').textContent()).toContain('已达到');
    expect(await page.locator('.el-table__row').filter({ hasText: me.name }).getByTestId('alert-stage').textContent()).toContain('再有一年达到');
    await page.screenshot({ path: screenshotPath('outcomes', '06-hr-alerts'), fullPage: true });

    await page.goto(`${t.url}/cadres/${me.id}/record`);
    await page.getByTestId('record-timeline').waitFor();
    await page.getByTestId('grade-trend').locator('svg').first().waitFor();
    await page.screenshot({ path: screenshotPath('outcomes', '07-hr-cadre-record'), fullPage: true });
    await page.context().close();
  });

  it('the cadre sees the verified demotion, the results and the counters on their record at phone width', async () => {
    const page = await signedIn('cadre', 375, 812);
    await page.goto(`${t.url}/my/record`);
    const outcome = page.locator('[data-testid=record-outcome][data-kind=DEMOTION_OR_REMOVAL]');
    await outcome.waitFor();
    expect(await outcome.getAttribute('data-state')).toBe('verified');
    expect(await outcome.textContent()).toContain('已核实');
    expect(await page.getByTestId('record-result').count()).toBe(2);
    expect(await page.getByTestId('counter-CONSECUTIVE_INCOMPETENT').textContent()).toContain('再有1年不称职将辞退');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('outcomes', '08-cadre-record-phone'), fullPage: true });
    await page.getByTestId('counter-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('outcomes', '09-cadre-record-phone-counters') });
    await page.context().close();
  });
});
