import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'committee', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN');
});
afterAll(() => t?.close());

const QUEUE = `{ workQueue(first: 200) { totalCount nodes { id state availableActions } } }`;
type Queue = { workQueue: { totalCount: number; nodes: Array<{ id: string; state: string; availableActions: string[] }> } };

describe('work queues, lists and notifications', () => {
  it('an annual cycle must finish by the end of March of the next year (a setting)', async () => {
    const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`)) as Array<{ id: string }>;
    const res = await t.gql(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'ANNUAL', name: '迟了', year: 2025, organisationId: org!.id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-04-15T18:00:00+08:00' } },
    }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([{ field: 'input.deadlines.finishBy', messages: ['an annual cycle must finish by 2026-03-31'] }]);
  });

  it('the cadre’s queue holds their own self-report; the assessor’s is empty until reports arrive', async () => {
    const cadre = await t.gql<Queue>(QUEUE, {}, { token: tokens.cadre });
    expect(cadre.data!.workQueue.nodes).toHaveLength(1);
    expect(cadre.data!.workQueue.nodes[0]!.availableActions).toEqual(['SUBMIT_SELF_REPORT']);
    expect((await t.gql<Queue>(QUEUE, {}, { token: tokens.assessor })).data!.workQueue.totalCount).toBe(0);

    const id = cadre.data!.workQueue.nodes[0]!.id;
    await writeSelfReport(t, tokens.cadre!, id);
    await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: id });
    const assessor = await t.gql<Queue>(QUEUE, {}, { token: tokens.assessor });
    expect(assessor.data!.workQueue.nodes.map((n) => [n.id, n.availableActions])).toEqual([[id, ['ACCEPT_SELF_REPORT', 'RETURN_SELF_REPORT']]]);
    expect((await t.gql<Queue>(QUEUE, {}, { token: tokens.cadre })).data!.workQueue.totalCount).toBe(0);
  });

  it('the assessed are told what they must do — write the report — and not of their own submission, and can mark it read', async () => {
    const res = await t.gql<{ myNotifications: { unread: number; nodes: Array<{ kind: string }> } }>(`{ myNotifications(first: 10) { unread nodes { kind } } }`, {}, { token: tokens.cadre });
    expect(res.data!.myNotifications.nodes.map((n) => n.kind)).toEqual(['START_SELF_REPORT']);
    expect(res.data!.myNotifications.unread).toBe(1);
    const read = await t.gql<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`, {}, { token: tokens.cadre });
    expect(read.data!.markNotificationsRead).toBe(1);
  });

  it('lists filter by cycle, organisation, state and kind, page by cursor, and never query per row', async () => {
    t.queries.length = 0;
    const res = await t.gql<{ assessments: { totalCount: number; nodes: Array<{ id: string; cadre: { name: string } | null; organisation: { name: string }; cycle: { name: string }; availableActions: string[]; history: unknown[] }> } }>(
      `query($c: ID!) { assessments(first: 50, cycleId: $c, state: "selfReport") { totalCount nodes { id cadre { name } organisation { name } cycle { name } availableActions history { action } } } }`,
      { c: cycleId },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assessments.nodes).toHaveLength(50);
    // viewer, list, count, cadres, organisations, cycle, history: a fixed number whatever the page size.
    expect(t.queries.length).toBeLessThanOrEqual(9);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND state LIKE 'selfReport.%'`, [cycleId])) as [{ n: number }];
    expect(res.data!.assessments.totalCount).toBe(n);
    const teams = await t.gql<{ assessments: { totalCount: number } }>(`query($c: ID!) { assessments(first: 1, cycleId: $c, kind: TEAM_ANNUAL) { totalCount } }`, { c: cycleId }, { token: tokens.orgadmin });
    expect(teams.data!.assessments.totalCount).toBe(3);
  });

  it('another city’s organisation department sees none of this cycle', async () => {
    const res = await t.gql<{ assessments: { totalCount: number } }>(`query($c: ID!) { assessments(first: 5, cycleId: $c) { totalCount } }`, { c: cycleId }, { token: tokens['orgadmin.hefeng'] });
    expect(res.data!.assessments.totalCount).toBe(0);
    const [one] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 LIMIT 1`, [cycleId])) as Array<{ id: string }>;
    expect(codeOf(await t.gql(`query($id: ID!) { assessment(id: $id) { id } }`, { id: one!.id }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
  });
});
