/// <reference lib="dom" />
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.js';
import { DEMO_ACCOUNTS } from '../../server/seed/demo.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Words, not codes, and no serious accessibility fault, on every page every
 * role may open. A crawler, not a list: the pages are the web
 * router's routes, kept for each demo account by the same guard the web app
 * runs (its permissions and roles from `me`), with the ids of a rich database
 * put into the parameters — or, for a page added later, the first link to it
 * found on the pages already visited. Each page is checked at desktop
 * (1280×860) and phone (390×844) width with `expectWordsOnly` and
 * `expectAccessible` (test/support/page-audit.ts), and so are the action
 * dialogs it offers; a server validation message must show in Chinese.
 * Screenshots: test-results/screenshots/words/.
 */
const browserCheck = browserAvailability();
const SUITE = 'words';
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
const at = (iso: string) => new Date(`${iso}+08:00`);
/** The pages photographed for each account (at both widths): a few, so that the crawl stays quick. */
const SCREENSHOTS = new Set(['home', 'my', 'queue', 'cycle', 'assessment', 'outcome', 'audit', 'rule-sets', 'ft-case', 'users', 'ballots']);

/** What the crawl reads of the web app's routes (web/src/router.ts) and its guard (web/src/auth/guard.ts). */
interface RouteMeta {
  public?: boolean;
  permission?: string;
  role?: string;
}
interface WebRoute {
  path: string;
  name?: string | symbol;
  meta?: RouteMeta;
  children?: WebRoute[];
}
interface FlatRoute {
  path: string;
  name: string;
  meta: RouteMeta;
}
type Guard = (to: { path: string; fullPath: string; meta: RouteMeta; query: Record<string, string> }, viewer: unknown) => unknown;

/**
 * The web router's routes and guard, loaded as the web app has them. Through a computed path: the server's
 * TypeScript project does not compile the web's modules (they import .vue files), vitest runs them as they are.
 */
async function loadWebRouting(): Promise<{ routes: FlatRoute[]; resolveNavigation: Guard }> {
  const web = (file: string) => path.join(PROJECT_ROOT, 'web', 'src', file);
  const { routes } = (await import(web('router.ts'))) as { routes: WebRoute[] };
  const { resolveNavigation } = (await import(web('auth/guard.ts'))) as { resolveNavigation: Guard };
  return { routes: flatten(routes), resolveNavigation };
}

/** A flat list of the routes with their full paths and meta. */
function flatten(records: WebRoute[], parent = ''): FlatRoute[] {
  return records.flatMap((r) => {
    const full = r.path.startsWith('/') ? r.path : `${parent.replace(/\/$/, '')}/${r.path}`;
    const own = r.name ? [{ path: full || '/', name: String(r.name), meta: r.meta ?? {} }] : [];
    return [...own, ...(r.children ? flatten(r.children, full) : [])];
  });
}

/** The path a route pattern matches (`/cycles/:id` → /^\/cycles\/[^/]+$/), to recognise links found on pages. */
const patternOf = (path: string) => new RegExp(`^${path.replace(/:[\w]+(\([^)]*\))?[*+?]?/g, '[^/?#]+')}(?:[?#].*)?$`);

/** How long one page's check (opening, words and axe at two widths, its dialogs) may take: a few seconds as a rule. */
const PAGE_BUDGET_MS = 120_000;

/** A page's check that passed its budget, or whose browser page crashed: the page and the step it was at. */
class Stalled extends Error {}

/**
 * Runs one page's check within PAGE_BUDGET_MS, and fails at once when the browser page crashes: a crashed page
 * answers no `evaluate`, and a check waiting on one would only end with the test's own timeout, saying nothing of where.
 */
async function withinBudget<T>(page: Page, work: (step: { now: string }) => Promise<T>, where: string): Promise<T> {
  const step = { now: 'starting' };
  let timer: NodeJS.Timeout | undefined;
  let onCrash: (() => void) | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stalled(`${where}: no end after ${PAGE_BUDGET_MS / 1000} s, while ${step.now}`)), PAGE_BUDGET_MS);
    onCrash = () => reject(new Stalled(`${where}: the browser page crashed while ${step.now}`));
    page.once('crash', onCrash);
  });
  try {
    return await Promise.race([work(step), stalled]);
  } finally {
    clearTimeout(timer);
    if (onCrash) page.off('crash', onCrash);
  }
}

describe.runIf(browserCheck.run)('every page in words and accessible, for every role, desktop and phone', () => {
  let t: TestApp;
  let browser: Browser;
  let ROUTES: FlatRoute[];
  let resolveNavigation: Guard;
  const tokens: Record<string, string> = {};
  /** Route name → the path with ids of the database put in. */
  const concrete: Record<string, string> = {};
  /** Strings shown on purpose as they are (usernames, personnel numbers, organisation codes). */
  const allow = new Set<string>();

  beforeAll(async () => {
    ({ routes: ROUTES, resolveNavigation } = await loadWebRouting());
    t = await startTestApp({ config: { sessionHours: 24 * 365 * 5 } });
    t.clock.set(at('2025-01-05T09:00:00'));
    for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'cadre']) tokens[u] = await t.signIn(u);
    const idOf = async (sql: string, params: unknown[] = []) => ((await t.dataSource.query(sql, params)) as Array<{ id: string }>)[0]!.id;
    const myCadre = await idOf(`SELECT cadre_id AS id FROM user_account WHERE username = 'cadre'`);
    const unit = await idOf(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`);
    const colleagues = (await t.dataSource.query(
      `SELECT c.id FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = 'QH-TN-DJ' AND c.id <> $1 ORDER BY c.person_no LIMIT 2`,
      [myCadre],
    )) as Array<{ id: string }>;

    // 2024: decided. The demo cadre INCOMPETENT (reviewable), a colleague COMPETENT, another BASICALLY_COMPETENT; outcome tasks follow.
    const cycle2024 = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2024);
    const assessmentOf = (cycle: string, cadre: string) => idOf(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycle, cadre]);
    const mine = await assessmentOf(cycle2024, myCadre);
    const competent = await assessmentOf(cycle2024, colleagues[0]!.id);
    const basically = await assessmentOf(cycle2024, colleagues[1]!.id);
    t.clock.set(at('2025-02-20T10:00:00'));
    const roles = tokens as { assessor: string; committee: string; orgadmin: string };
    await decideAndNotify(t, roles, cycle2024, [mine], 'INCOMPETENT');
    await decideAndNotify(t, roles, cycle2024, [basically], 'BASICALLY_COMPETENT');
    await decideAndNotify(t, roles, cycle2024, [competent], 'COMPETENT');
    // After the decision: a review asked for, accountability with a fault-tolerance case, an accusation.
    t.clock.set(at('2025-02-24T10:00:00'));
    const review = await t.gql<{ requestReview: { id: string } }>(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, {
      input: { assessmentId: mine, route: 'REVIEW', grounds: '不称职认定与事实不符，请求复核。' },
    }, { token: tokens.cadre });
    if (review.errors) throw new Error(`requestReview: ${JSON.stringify(review.errors)}`);
    const started = await t.gql(`mutation($input: StartAccountabilityInput!) { startAccountability(input: $input) { id } }`, {
      input: { cadreId: myCadre, kind: 'DEMERIT', startedOn: '2025-02-24', note: '土地试点审批程序问题问责' },
    }, { token: tokens.discipline });
    if (started.errors) throw new Error(`startAccountability: ${JSON.stringify(started.errors)}`);
    const ft = await t.gql<{ openFaultToleranceCase: { id: string } }>(`mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
      input: { cadreId: myCadre, origin: 'OWN_MOTION', mistakeKey: '土地政策改革试点审批程序', grounds: '依职权启动容错纠错程序' },
    }, { token: tokens.discipline });
    if (ft.errors) throw new Error(`openFaultToleranceCase: ${JSON.stringify(ft.errors)}`);
    const accusation = await t.gql(`mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
      input: { cadreId: colleagues[1]!.id, source: 'PETITION', points: ['违规使用公车'], concernsYear: 2024, negativeCode: 'INTEGRITY', receivedOn: '2025-02-24' },
    }, { token: tokens.discipline });
    if (accusation.errors) throw new Error(`recordAccusation: ${JSON.stringify(accusation.errors)}`);

    // 2025: open, the demo cadre's self-report in draft (the form on /my).
    t.clock.set(at('2026-01-06T09:00:00'));
    const cycle2025 = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2025);
    const current = await assessmentOf(cycle2025, myCadre);
    await writeSelfReport(t, tokens.cadre!, current);
    await act(t, tokens.assessor!, 'recordRefusal', { assessmentId: await assessmentOf(cycle2025, colleagues[1]!.id), reason: '经组织劝说仍拒不参加年度考核。' }).catch(() => undefined);

    // A survey of the open cycle, and a candidate list with the demo cadre on it (their pages take an id).
    const survey = await t.gql<{ planSurvey: { id: string } }>(`mutation($input: PlanSurveyInput!) { planSurvey(input: $input) { id } }`, {
      input: {
        cycleId: cycle2025, kind: 'PUBLIC_OPINION', title: '2025年度东江区民意调查', firm: '青禾民意调查中心', fieldworkFrom: '2026-01-10', fieldworkTo: '2026-01-25',
        sample: [{ organisationId: unit, target: 400 }],
        questions: [{ code: 'Q1', text: '对本地区领导班子工作的总体评价', weight: 100 }],
      },
    }, { token: tokens.orgadmin });
    if (survey.errors) throw new Error(`planSurvey: ${JSON.stringify(survey.errors)}`);
    const list = await t.gql<{ createCandidateList: { id: string; version: number } }>(`mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id version } }`, {
      i: { name: '东江区副区长人选', purpose: '职位空缺', organisationId: unit },
    }, { token: tokens.orgadmin });
    if (list.errors) throw new Error(`createCandidateList: ${JSON.stringify(list.errors)}`);
    const task = await idOf(`SELECT id FROM outcome_task ORDER BY (cadre_id = $1) DESC, created_at LIMIT 1`, [myCadre]);
    Object.assign(concrete, {
      survey: `/surveys/${survey.data!.planSurvey.id}`,
      'candidate-list': `/selection/lists/${list.data!.createCandidateList.id}`,
      'selection-record': `/selection/cadres/${myCadre}`,
      'team-profile': `/organisations/${unit}/profile`,
      cadre: `/cadres/${myCadre}`,
      'cadre-record': `/cadres/${myCadre}/record`,
      outcome: `/outcomes/${task}`,
      assessment: `/assessments/${mine}`,
      'ft-case': `/discipline/ft/${ft.data!.openFaultToleranceCase.id}`,
      'review-case': `/reviews/${review.data!.requestReview.id}`,
      cycle: `/cycles/${cycle2024}`,
      'print-notice': `/print/cycles/${cycle2024}/notice`,
      'print-results-report': `/print/cycles/${cycle2024}/results-report`,
      'print-written-notice': `/print/assessments/${mine}/written-notice`,
      public: '/public/no-such-page',
      'not-found': '/no-such-page',
    });
    // Shown as they are on purpose: sign-in names (the users page, the header), personnel numbers and organisation codes (rosters, imports).
    for (const r of (await t.dataSource.query(`SELECT username AS v FROM user_account UNION SELECT code FROM organisation UNION SELECT person_no FROM cadre`)) as Array<{ v: string }>) allow.add(r.v);
    t.clock.set(at('2025-02-26T10:00:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(SUITE, name), fullPage: true });

  /** Words and axe at both widths on the page as it is; problems go to `problems`. */
  async function audit(page: Page, where: string, problems: string[], screenshot?: string): Promise<void> {
    for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      await page.setViewportSize(size);
      await settle(page);
      for (const check of [() => expectWordsOnly(page, { allow, where: `${where} (${label})` }), () => expectAccessible(page, `${where} (${label})`)]) {
        try {
          await check();
        } catch (e) {
          problems.push((e as Error).message);
        }
      }
      if (screenshot) await shot(page, `${screenshot}-${label}`);
    }
    await page.setViewportSize(DESKTOP);
  }

  /** The action dialogs a page offers (every action bar's buttons): opened, checked, cancelled — never confirmed. */
  async function auditDialogs(page: Page, where: string, problems: string[], screenshot: string): Promise<void> {
    const buttons = page.locator('.action-shell > button:not([disabled])');
    const count = Math.min(await buttons.count(), 4);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const name = (await button.getAttribute('data-testid')) ?? `button-${i}`;
      await button.click();
      const dialog = page.locator('.el-dialog:visible').last();
      if (!(await dialog.waitFor({ timeout: 3000 }).then(() => true, () => false))) continue;
      await audit(page, `${where} dialog ${name}`, problems, i === 0 && SCREENSHOTS.has(screenshot.split('-').slice(1).join('-')) ? `${screenshot}-dialog-${name}` : undefined);
      await dialog.locator('[data-testid$="-cancel"]').first().click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }

  async function viewerOf(page: Page): Promise<unknown> {
    return page.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { userId username displayName cadreId permissions passwordChangeRequired grants { role organisation { id name } } } }' }),
      });
      return ((await res.json()) as { data: { me: unknown } }).data.me;
    });
  }

  /** The accounts checked: every demo account but the two city organisation departments, whose pages are the province's over less data. */
  const ACCOUNTS = DEMO_ACCOUNTS.map((a) => a.username).filter((u) => !u.startsWith('orgadmin.'));

  it.each(ACCOUNTS)('%s: every page it may open, and its dialogs', async (username) => {
    let page = await signInAs(browser, t.url, username, DESKTOP);
    const viewer = await viewerOf(page);
    const open = ROUTES.filter((r) => !r.meta.public && r.name !== 'change-password' && r.name !== 'print-account-slips')
      .filter((r) => resolveNavigation({ path: r.path, fullPath: r.path, meta: r.meta, query: {} }, viewer) === true);
    const found = new Set<string>();
    const problems: string[] = [];
    const visited: string[] = [];
    // Pages without parameters first: their links give the ids of pages added later.
    const ordered = [...open.filter((r) => !r.path.includes(':')), ...open.filter((r) => r.path.includes(':'))];
    for (const route of ordered) {
      const target = concrete[route.name] ?? (route.path.includes(':') ? [...found].find((href) => patternOf(route.path).test(href)) : route.path);
      if (!target) {
        problems.push(`${route.path}: no id for its parameters in the fixture and no link to it on the pages visited — add it to \`concrete\``);
        continue;
      }
      const name = `${username}-${route.name}`;
      /** One page's whole check; its problems are kept only once it has finished. */
      const check = (on: Page) => async (step: { now: string }) => {
        const own: string[] = [];
        step.now = 'opening it';
        await on.goto(`${t.url}${target}`);
        await settle(on);
        if (new URL(on.url()).pathname === '/sign-in') throw new Error(`${username} was signed out on ${target}`);
        step.now = 'reading its links';
        const hrefs = await on.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
        step.now = 'checking its words and accessibility';
        await audit(on, `${username} ${target}`, own, SCREENSHOTS.has(route.name) ? name : undefined);
        step.now = 'checking its dialogs';
        await auditDialogs(on, `${username} ${target}`, own, name);
        return { hrefs, own };
      };
      let outcome: { hrefs: string[]; own: string[] };
      try {
        outcome = await withinBudget(page, check(page), `${username} ${target}`);
      } catch (e) {
        if (!(e instanceof Stalled)) throw e;
        // A stalled or crashed browser page (a machine busy with other suites) is tried once more on a fresh sign-in; a second stall fails.
        console.warn(`${e.message}; trying the page once more`);
        await page.context().close().catch(() => undefined);
        page = await signInAs(browser, t.url, username, DESKTOP);
        outcome = await withinBudget(page, check(page), `${username} ${target} (second try)`);
      }
      visited.push(target);
      for (const href of outcome.hrefs) found.add(href);
      problems.push(...outcome.own);
    }
    await page.context().close();
    expect(visited.length).toBeGreaterThan(3);
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 900_000);

  it('signed out: the sign-in page, the public notices, an unknown public page', async () => {
    const page = await signInAs(browser, t.url, null, DESKTOP);
    const problems: string[] = [];
    for (const route of ROUTES.filter((r) => r.meta.public)) {
      const target = concrete[route.name] ?? route.path;
      await page.goto(`${t.url}${target}`);
      await audit(page, `signed out ${target}`, problems, `public-${route.name}`);
    }
    await page.context().close();
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 300_000);

  it('a server validation message shows in Chinese, in words', async () => {
    const page = await signInAs(browser, t.url, 'cadre', PHONE);
    await page.goto(`${t.url}/settings`);
    await field(page, 'settings-email').fill('not-an-address');
    await page.getByTestId('settings-save').click();
    const message = page.locator('[data-testid="settings-error"], .el-form-item__error').first();
    await message.waitFor();
    const text = await message.innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/must|should|valid/i);
    const problems: string[] = [];
    await audit(page, 'cadre /settings with a refused address', problems, 'validation-settings');
    await page.context().close();
    expect(problems, problems.join('\n\n')).toEqual([]);
  });
});
