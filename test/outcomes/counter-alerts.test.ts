import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * outcomeCounterAlerts: cadres whose latest final annual
 * result completes a run that leads to an outcome — a third consecutive
 * EXCELLENT (merit), a second consecutive BASICALLY_COMPETENT (organisational
 * adjustment) or INCOMPETENT (dismissal) — or would with one more such year.
 *
 * The cycles are real (planned, enrolled and opened through the API); the
 * final grades are then written straight onto the enrolled assessments, since
 * the query reads nothing but the final results and running seven people
 * through three full lifecycles would test the lifecycle, not this query.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const people = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
type Who = (typeof people)[number];
const cadreOf = {} as Record<Who, string>;

/** 临山县 cadres and their final results by year. */
const RESULTS: Record<Who, Partial<Record<2023 | 2024 | 2025, string>>> = {
  A: { 2023: 'EXCELLENT', 2024: 'EXCELLENT', 2025: 'EXCELLENT' }, // third consecutive EXCELLENT: merit reached
  B: { 2024: 'EXCELLENT', 2025: 'EXCELLENT' }, // two: one more year gives the merit
  C: { 2023: 'EXCELLENT', 2024: 'UNGRADED', 2025: 'EXCELLENT' }, // the UNGRADED year breaks the run: nothing
  D: { 2024: 'INCOMPETENT', 2025: 'INCOMPETENT' }, // second consecutive INCOMPETENT: dismissal reached
  E: { 2025: 'BASICALLY_COMPETENT' }, // one: a second would mean organisational adjustment
  F: { 2024: 'BASICALLY_COMPETENT', 2025: 'COMPETENT' }, // the run ended: nothing
  G: { 2024: 'INCOMPETENT' }, // latest result 2024: one year from dismissal
};

const beijing = (iso: string) => new Date(`${iso}+08:00`);

/** Writes a final grade onto the cadre's enrolled assessment of the cycle (see the note above). */
async function setFinalGrade(cycleId: string, cadreId: string, grade: string): Promise<void> {
  const rows = (await t.dataSource.query(`UPDATE assessment SET final_grade = $3 WHERE cycle_id = $1 AND cadre_id = $2 RETURNING id`, [cycleId, cadreId, grade])) as [unknown[], number];
  expect(rows[1]).toBe(1);
}

const QUERY = `query($first: Int, $after: String, $counter: AlertCounter, $stage: AlertStage, $year: Int, $org: ID) {
  outcomeCounterAlerts(first: $first, after: $after, counter: $counter, stage: $stage, year: $year, organisationId: $org) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { cadreId counter stage value threshold latestYear latestGrade countedYears cadre { name } organisation { code } }
  }
}`;

interface Alert {
  cadreId: string;
  counter: string;
  stage: string;
  value: number;
  threshold: number;
  latestYear: number;
  latestGrade: string;
  countedYears: number[];
  cadre: { name: string };
  organisation: { code: string };
}
type Page = { outcomeCounterAlerts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Alert[] } };

async function alerts(variables: Record<string, unknown> = {}, token = tokens.hr!): Promise<Page['outcomeCounterAlerts']> {
  const res = await t.gql<Page>(QUERY, { first: 50, ...variables }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.outcomeCounterAlerts;
}
const whoIs = (cadreId: string) => people.find((p) => cadreOf[p] === cadreId);
const summary = (nodes: Alert[]) => nodes.map((a) => `${whoIs(a.cadreId)} ${a.counter} ${a.stage} ${a.value}/${a.threshold} ${a.latestYear}`).sort();

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 * 5 } });
  t.clock.set(beijing('2024-01-02T09:00:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'hr', 'cadre']) tokens[u] = await t.signIn(u);
  const [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-LS'`)) as Array<{ id: string }>;
  const cadres = (await t.dataSource.query(`SELECT id FROM cadre WHERE organisation_id = $1 ORDER BY person_no LIMIT 7`, [county!.id])) as Array<{ id: string }>;
  people.forEach((p, i) => (cadreOf[p] = cadres[i]!.id));
  for (const year of [2023, 2024, 2025] as const) {
    t.clock.set(beijing(`${year + 1}-01-05T09:00:00`));
    const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-LS', year);
    for (const p of people) {
      const grade = RESULTS[p][year];
      if (grade) await setFinalGrade(cycleId, cadreOf[p], grade);
    }
  }
});
afterAll(() => t?.close());

describe('counter alerts for HR', () => {
  it('finds the runs that reach their threshold with the latest result, and those one year from it', async () => {
    const page = await alerts();
    expect(summary(page.nodes)).toEqual([
      'A CONSECUTIVE_EXCELLENT REACHED 3/3 2025',
      'B CONSECUTIVE_EXCELLENT NEXT_YEAR 2/3 2025',
      'D CONSECUTIVE_INCOMPETENT REACHED 2/2 2025',
      'E CONSECUTIVE_BASICALLY_COMPETENT NEXT_YEAR 1/2 2025',
      'G CONSECUTIVE_INCOMPETENT NEXT_YEAR 1/2 2024',
    ]);
    expect(page.totalCount).toBe(5);
    const a = page.nodes.find((n) => whoIs(n.cadreId) === 'A')!;
    expect(a).toMatchObject({ countedYears: [2023, 2024, 2025], latestGrade: 'EXCELLENT', organisation: { code: 'QH-TN-LS' } });
    expect(a.cadre.name.length).toBeGreaterThan(0);
  });

  it.each([
    [{ stage: 'REACHED' }, ['A CONSECUTIVE_EXCELLENT REACHED 3/3 2025', 'D CONSECUTIVE_INCOMPETENT REACHED 2/2 2025']],
    [{ counter: 'CONSECUTIVE_INCOMPETENT' }, ['D CONSECUTIVE_INCOMPETENT REACHED 2/2 2025', 'G CONSECUTIVE_INCOMPETENT NEXT_YEAR 1/2 2024']],
    [{ year: 2024 }, ['G CONSECUTIVE_INCOMPETENT NEXT_YEAR 1/2 2024']],
  ])('filters by %o', async (filter, expected) => {
    expect(summary((await alerts(filter)).nodes)).toEqual(expected);
  });

  it('pages with a cursor, without repeating or losing a row', async () => {
    const all = await alerts();
    const first = await alerts({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await alerts({ first: 2, after: first.pageInfo.endCursor });
    const third = await alerts({ first: 2, after: second.pageInfo.endCursor });
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes, ...third.nodes].map((n) => `${n.counter}:${n.cadreId}`)).toEqual(all.nodes.map((n) => `${n.counter}:${n.cadreId}`));
  });

  it('stays inside the viewer’s jurisdiction: 禾丰市’s organisation department sees none of 泰宁市’s cadres', async () => {
    expect((await alerts({}, tokens['orgadmin.hefeng'])).nodes).toEqual([]);
    expect((await alerts({ org: (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-LS'`))[0].id }, tokens.orgadmin!)).totalCount).toBe(5);
  });

  it('is refused to a cadre', async () => {
    expect(codeOf(await t.gql(QUERY, { first: 5 }, { token: tokens.cadre }))).toBe('FORBIDDEN');
  });

  it('reads the results in a fixed number of statements, whatever the number of cadres', async () => {
    t.queries.length = 0;
    await alerts();
    const alertStatements = t.queries.filter((q) => q.includes('islands'));
    expect(alertStatements.length).toBe(2); // the page and the count
  });
});
