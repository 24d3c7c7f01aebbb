/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { exampleCountyScheme } from '../fixtures/example-scheme.js';
import { browserAvailability, launchBrowser, screenshotPath } from '../support/browser.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();

/** 东江区's and 临山县's figures, one per indicator of the example scheme (scaled per year so the years differ). */
const VALUES: Record<string, number> = {
  RD_INTENSITY: 1.8,
  HIGH_TECH_FIRMS: 30,
  GDP_GROWTH: 5.5,
  URBAN_RURAL_INCOME_RATIO: 2.1,
  GOOD_AIR_DAYS: 92,
  ENERGY_PER_GDP: 3.3,
  FOREIGN_TRADE_GROWTH: 6,
  RESIDENT_INCOME_GROWTH: 6.1,
  NEW_URBAN_JOBS: 2800,
  PUBLIC_SATISFACTION: 92,
  PARTY_BUILDING_REVIEW: 88,
  PRODUCTION_ACCIDENT_DEATHS: 1,
};
const MINE = ['RD_INTENSITY', 'GOOD_AIR_DAYS', 'NEW_URBAN_JOBS', 'PARTY_BUILDING_REVIEW'];

/**
 * Profiles (画像) and indicator results in a real browser. Two annual cycles
 * of 泰宁市 (2024 and 2025) run through the GraphQL API with the example
 * county scheme: both counties' figures, the demo cadre answering for four
 * team indicators, five raters in 2024 and only three (below the anonymity
 * minimum) in 2025, then the engine grades. The browser shows the cadre's
 * profile at 1280 px and at phone width, 东江区's team profile, and the
 * indicator results by organisation on the cycle dashboard.
 */
describe.runIf(browserCheck.run)('profiles and indicator results in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let me: { id: string; name: string };
  let dj: string;
  const cycles: Record<number, string> = {};
  const beijing = (iso: string) => new Date(`${iso}+08:00`);

  async function ok<T>(res: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
    const r = await res;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  }

  async function runYear(year: number, raters: Array<{ id: string; username: string; password: string }>): Promise<void> {
    t.clock.set(beijing(`${year + 1}-01-05T09:00:00`));
    const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN', year);
    cycles[year] = cycleId;
    const factor = year === 2024 ? 0.9 : 1;
    for (const [code, org] of [['QH-TN-DJ', 1], ['QH-TN-LS', 0.85]] as const) {
      for (const [indicatorCode, value] of Object.entries(VALUES)) {
        await ok(t.gql(`mutation($input: IndicatorValueInput!) { setIndicatorValue(input: $input) }`, {
          input: { cycleId, organisationCode: code, indicatorCode, value: Math.round(value * factor * org * 100) / 100, period: String(year), source: '市统计局统计公报' },
        }, { token: tokens.assessor }));
      }
    }
    await ok(t.gql(`mutation($input: AssignResponsibilitiesInput!) { assignIndicatorResponsibilities(input: $input) }`, { input: { cycleId, cadreId: me.id, indicatorCodes: MINE } }, { token: tokens.assessor }));
    const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND overlay = 'NONE'`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
    await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    const [{ id: mine }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, me.id])) as [{ id: string }];
    for (const [i, rater] of raters.entries()) {
      await ok(t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, { input: { assessmentId: mine, raters: [{ userId: rater.id, group: 'PEER' }] } }, { token: tokens.assessor }));
      const token = await t.signIn(rater.username, rater.password);
      const base = year === 2024 ? 84 : 90;
      await ok(t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
        input: { assessmentId: mine, overall: 'EXCELLENT', scores: { morality: base + i, ability: base - 4, diligence: base + 2, results: base - 6 + i, integrity: base + 5 } },
      }, { token }));
    }
    await advanceAssessments(t, cycleId, ids, ['CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    await ok(t.gql(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId }, { token: tokens.assessor }));
  }

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 * 5 } });
    t.clock.set(beijing('2024-12-20T09:00:00'));
    for (const u of ['orgadmin', 'assessor', 'sysadmin']) tokens[u] = await t.signIn(u);
    [me] = (await t.dataSource.query(`SELECT c.id, c.name FROM user_account u JOIN cadre c ON c.id = u.cadre_id WHERE u.username = 'cadre'`)) as [{ id: string; name: string }];
    [{ id: dj }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
    const [{ id: qh }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as [{ id: string }];
    const draft = await ok(t.gql<{ saveIndicatorSchemeDraft: { id: string } }>(`mutation($input: SaveSchemeDraftInput!) { saveIndicatorSchemeDraft(input: $input) { id } }`, {
      input: { jurisdictionId: qh, category: 'COUNTY_DISTRICT', name: '县(市、区)高质量发展综合绩效考核指标体系', tree: exampleCountyScheme() },
    }, { token: tokens.orgadmin }));
    await ok(t.gql(`mutation($input: PublishSchemeInput!) { publishIndicatorScheme(input: $input) { id } }`, { input: { versionId: draft.saveIndicatorSchemeDraft.id, effectiveFrom: '2024-01-01' } }, { token: tokens.orgadmin }));
    const raters = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 5, 'rater.profile');
    await runYear(2024, raters);
    await runYear(2025, raters.slice(0, 3));
    t.clock.set(beijing('2026-02-10T09:30:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, width = 1280, height = 900, locale = 'zh-CN'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale });
    const page = await context.newPage();
    await page.goto(`${t.url}/sign-in`);
    await page.getByTestId('signin-username').locator('input').or(page.locator('input[data-testid="signin-username"]')).first().fill(username);
    await page.getByTestId('signin-password').locator('input').or(page.locator('input[data-testid="signin-password"]')).first().fill(DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('header-user').waitFor();
    return page;
  }

  it("the cadre's profile on the detail page: 2025 hidden below the anonymity minimum, 2024 on the radar, trends and dimension scores", async () => {
    const page = await signedIn('committee');
    await page.goto(`${t.url}/cadres/${me.id}`);
    const profile = page.getByTestId('cadre-profile');
    await profile.getByTestId('profile-ballot-table').waitFor();
    // 2025: three ballots, below the minimum of five: hidden, never zero; 2024 shown with its five ballots.
    expect(await profile.locator('tr[data-year="2025"]').getByTestId('profile-hidden').textContent()).toContain('参评人数不足');
    expect(await profile.locator('tr[data-year="2024"]').textContent()).toContain('5 票');
    expect(await profile.getByTestId('profile-ballot-radar').getAttribute('aria-label')).toContain('2025 年度参评人数不足');
    await profile.getByTestId('profile-ballot-radar').locator('svg').first().waitFor();
    await profile.getByTestId('score-trend').locator('svg').first().waitFor();
    await profile.getByTestId('grade-trend').locator('svg').first().waitFor();
    expect(await profile.getByTestId('profile-dimensions').textContent()).toContain('绿色发展');
    expect(await profile.getByTestId('profile-record-link').getAttribute('href')).toBe(`/cadres/${me.id}/record`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('profiles', '01-cadre-profile-1280'), fullPage: true });
    // The year before: 2024 against 2023 (not assessed).
    await profile.getByTestId('profile-year').click();
    await page.locator('.el-select-dropdown__item').filter({ hasText: '2024 年度' }).click();
    await profile.getByTestId('profile-not-assessed').waitFor();
    await page.context().close();
  });

  it('the cadre reads their own profile at phone width without sideways scrolling', async () => {
    const page = await signedIn('cadre', 375, 812);
    await page.goto(`${t.url}/my/profile`);
    await page.getByTestId('profile-ballot-radar').locator('svg').first().waitFor();
    await page.getByTestId('score-trend').locator('svg').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: screenshotPath('profiles', '02-my-profile-375'), fullPage: true });
    await page.context().close();
  });

  it("东江区's team profile: grades, composite trend and the eight dimensions against the year before", async () => {
    const page = await signedIn('committee');
    await page.goto(`${t.url}/organisations?parentId=${(await t.dataSource.query(`SELECT parent_id FROM organisation WHERE id = $1`, [dj]))[0].parent_id}`);
    await page.locator('.el-table__row').filter({ hasText: '东江区' }).getByTestId('team-profile-link').click();
    await page.getByTestId('profile-team-radar').locator('svg').first().waitFor();
    const table = page.getByTestId('profile-team-dimensions').locator('table');
    expect(await table.locator('tbody tr').count()).toBe(8);
    expect(await table.locator('thead').textContent()).toContain('2024');
    await page.getByTestId('score-trend').locator('svg').first().waitFor();
    await page.screenshot({ path: screenshotPath('profiles', '03-team-profile-1280'), fullPage: true });
    await page.context().close();
  });

  it('in English (switched in the header) the profiles, the dashboard and the main pages read in English', async () => {
    const page = await signedIn('committee');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en').click();
    await page.getByTestId('lang-switch').filter({ hasText: 'English' }).waitFor();
    await page.goto(`${t.url}/cadres/${me.id}`);
    await page.getByTestId('profile-ballot-radar').locator('svg').first().waitFor();
    expect(await page.getByTestId('profile-hidden').textContent()).toContain('Not enough raters');
    await page.screenshot({ path: screenshotPath('profiles', '10-en-cadre-profile'), fullPage: true });
    await page.goto(`${t.url}/organisations/${dj}/profile`);
    await page.getByTestId('profile-team-radar').locator('svg').first().waitFor();
    await page.screenshot({ path: screenshotPath('profiles', '11-en-team-profile'), fullPage: true });
    await page.goto(`${t.url}/cycles/${cycles[2025]}?tab=dashboard`);
    await page.getByTestId('indicator-table').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('profiles', '12-en-dashboard'), fullPage: true });
    for (const [name, url] of [['13-en-home', '/'], ['14-en-cycles', '/cycles'], ['15-en-review', '/review'], ['16-en-organisations', '/organisations'], ['17-en-cadres', '/cadres'], ['18-en-record', `/cadres/${me.id}/record`], ['19-en-indicators', '/indicators']] as const) {
      await page.goto(`${t.url}${url}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: screenshotPath('profiles', name), fullPage: true });
    }
    await page.context().close();
  });

  it('the cycle dashboard shows indicator results by organisation, with the dimension table as its text alternative', async () => {
    const page = await signedIn('committee');
    await page.goto(`${t.url}/cycles/${cycles[2025]}?tab=dashboard`);
    const results = page.getByTestId('indicator-results');
    await results.getByTestId('indicator-table').waitFor();
    const rows = results.getByTestId('indicator-table').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    // Sibling organisations come in path order (their ids), not a fixed name order.
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-organisation')))).sort()).toEqual(['东江区', '临山县'].sort());
    await results.getByTestId('chart-indicators').locator('canvas').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath('profiles', '04-dashboard-indicators-1280'), fullPage: true });
    await results.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('profiles', '05-dashboard-indicators-panel') });
    await page.context().close();
  });
});
