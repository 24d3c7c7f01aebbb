/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'kinds';

/**
 * Kinds that add up, in the browser: the organisation department sets a
 * special assessment's rule (points over the year's limit refused in words,
 * then a bonus of 2), the assessment team enters a term target, and the
 * annual's explanation names the regular result that fed it.
 */
describe.runIf(browserCheck.run)('special rules, term targets and the regular source, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let county: string;
  let specialCycle: string;
  let termAssessment: string;
  let annualAssessment: string;

  async function plan(token: string, kind: 'REGULAR' | 'SPECIAL' | 'TERM', name: string, extra: Record<string, unknown>): Promise<string> {
    const planned = await t.gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind, name, year: 2025, organisationId: county, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' }, ...extra },
    }, { token });
    const id = planned.data!.planCycle.id;
    await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: id, organisationIds: [county], includeSubtree: false, includeTeams: false } }, { token });
    await t.gql(`mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`, { input: { cycleId: id } }, { token });
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
    const orgadmin = await t.signIn('orgadmin');
    const assessor = await t.signIn('assessor');
    [{ id: county }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
    const [{ id: cadreId }] = (await t.dataSource.query(
      `SELECT c.id FROM cadre c WHERE c.organisation_id = $1 AND NOT EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = c.id) ORDER BY c.person_no LIMIT 1`,
      [county],
    )) as [{ id: string }];
    const q1 = await plan(orgadmin, 'REGULAR', '2025年第一季度平时考核', { quarter: 1 });
    const [{ id: regular }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [q1, cadreId])) as [{ id: string }];
    await advanceAssessments(t, q1, [regular], ['SUBMIT_SUMMARY']);
    await act(t, assessor, 'appraise', { assessmentId: regular, grade: 'GOOD', score: 80, comment: '本季度工作好。' });
    specialCycle = await plan(orgadmin, 'SPECIAL', '防汛救灾专项考核', { task: '2025年防汛救灾' });
    const termCycle = await plan(orgadmin, 'TERM', '2023—2025年任期考核', {});
    [{ id: termAssessment }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [termCycle, cadreId])) as [{ id: string }];
    const annual = await openCycleFor(t, orgadmin, 'QH-TN-DJ');
    [{ id: annualAssessment }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [annual, cadreId])) as [{ id: string }];
    await advanceAssessments(t, annual, [annualAssessment], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    await t.gql(`mutation($id: ID!) { gradeCycle(cycleId: $id) { graded } }`, { id: annual }, { token: assessor });
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900 });

  it('the organisation department sets a special rule: over the limit it is refused in words, a bonus of 2 is saved and said', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${specialCycle}`);
    const card = page.getByTestId('cycle-kinds');
    await card.waitFor();
    expect(await page.getByTestId('special-rule-words').textContent()).toBe('尚未设置规则，本专项考核结果暂不计入年度考核。');
    const points = page.locator('[data-testid="special-rule-points"] input');
    await points.fill('9');
    await points.blur();
    await page.getByTestId('save-special-rule').click();
    const problem = page.getByTestId('kinds-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('分值须大于 0，且不超过全年加分上限 5 分');
    await page.screenshot({ path: screenshotPath(SUITE, '01-rule-refused'), fullPage: true });
    await points.fill('2');
    await points.blur();
    await page.getByTestId('save-special-rule').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="special-rule-words"]')?.textContent?.includes('加 2 分'));
    expect(await page.getByTestId('special-rule-words').textContent()).toBe('结果为较好及以上的，年度考核综合得分加 2 分');
    await settle(page);
    await expectWordsOnly(page, { where: 'special cycle' });
    await expectAccessible(page, 'special cycle');
    await page.screenshot({ path: screenshotPath(SUITE, '02-rule-saved'), fullPage: true });
    await page.context().close();
  });

  it('the assessment team enters a term target on the term assessment', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${termAssessment}`);
    await page.locator('#tab-inputs').click();
    const card = page.getByTestId('term-targets');
    await card.waitFor();
    await page.getByTestId('add-term-target').click();
    await page.locator('input[data-testid="term-target-text"]').fill('新增城镇就业 3000 人');
    await page.locator('input[data-testid="term-target-measure"]').fill('人社部门统计');
    await page.locator('[data-testid="term-target-score"] input').fill('88');
    await page.locator('[data-testid="term-target-score"] input').blur();
    await page.getByTestId('save-term-targets').click();
    await page.waitForFunction(() => document.querySelector('.el-message--success') !== null);
    const [stored] = (await t.dataSource.query(`SELECT target, measure, score::float8 AS score FROM term_target WHERE assessment_id = $1`, [termAssessment])) as Array<Record<string, unknown>>;
    expect(stored).toEqual({ target: '新增城镇就业 3000 人', measure: '人社部门统计', score: 88 });
    expect(await page.getByTestId('term-years-empty').textContent()).toBe('任期内尚无已确定的年度考核等次。');
    await settle(page);
    await expectWordsOnly(page, { where: 'term assessment' });
    await expectAccessible(page, 'term assessment');
    await page.screenshot({ path: screenshotPath(SUITE, '03-term-targets'), fullPage: true });
    await page.context().close();
  });

  it('the annual’s explanation names the regular result that fed its regular component', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${annualAssessment}`);
    await page.locator('#tab-decision').click();
    const source = page.locator('[data-testid="explanation-component"][data-key="REGULAR"] [data-testid="explanation-source"]');
    await source.waitFor();
    expect(await source.textContent()).toBe('2025年第一季度平时考核：好 80 分；取已确定的 1 次平时考核的平均分 80');
    await settle(page);
    // The explanation shows each gate's reference code beside its words on purpose (GradingExplanation's <code>); the words are checked above.
    await expectWordsOnly(page, { where: 'annual explanation', allow: ['REGULAR_BELOW_MINIMUM'] });
    await expectAccessible(page, 'annual explanation');
    await page.screenshot({ path: screenshotPath(SUITE, '04-explanation'), fullPage: true });
    await page.context().close();
  });
});
