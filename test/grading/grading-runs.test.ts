import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The grading run started from the browser (startGradingRun, gradingRun,
 * AssessmentCycle.gradingRuns): its record through queued, running and done
 * with its counts, the refusals by role, jurisdiction and cycle state, a
 * failed run recording its error code; and the refusals of cancelCycle and
 * recordQuotaRaise, with the raises listed per cycle.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let plannedId: string;
let synthesis: string[];
let countyId: string;

const RUN = `id cycleId startedByName status phase done total graded byGrade { grade count } errorCode queuedAt startedAt finishedAt`;
interface Run {
  id: string;
  status: string;
  phase: string | null;
  done: number;
  total: number;
  graded: number;
  byGrade: Array<{ grade: string; count: number }>;
  errorCode: string | null;
  startedByName: string;
  finishedAt: string | null;
}
const start = (token: string | null, id = cycleId) => t.gql<{ startGradingRun: Run }>(`mutation($c: ID!) { startGradingRun(cycleId: $c) { ${RUN} } }`, { c: id }, { token });
const runOf = async (id: string, token = tokens.assessor!) => (await t.gql<{ gradingRun: Run | null }>(`query($id: ID!) { gradingRun(id: $id) { ${RUN} } }`, { id }, { token })).data!.gradingRun;
const runCount = async () => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM grading_run`)) as Array<{ n: number }>)[0]!.n;
const versions = async () =>
  ((await t.dataSource.query(`SELECT coalesce(max(version), 0)::int AS v FROM grading_result WHERE assessment_id = ANY($1::uuid[])`, [synthesis])) as Array<{ v: number }>)[0]!.v;

/** Polls the run as the page does until it stops moving (no timing asserted). */
async function settled(id: string): Promise<Run> {
  for (let i = 0; i < 600; i++) {
    const run = await runOf(id);
    if (run && (run.status === 'DONE' || run.status === 'FAILED')) return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the run did not finish');
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng', 'assessor', 'committee', 'auditor', 'cadre', 'rater', 'hr']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 ORDER BY id`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  synthesis = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'synthesis'`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  countyId = ((await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>)[0]!.id;
  const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-LS'`)) as Array<{ id: string }>;
  const planned = await t.gql<{ planCycle: { id: string } }>(
    `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
    { input: { kind: 'ANNUAL', name: 'QH-TN-LS 2025', year: 2025, organisationId: org!.id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } } },
    { token: tokens.orgadmin },
  );
  plannedId = planned.data!.planCycle.id;
});
afterAll(() => t?.close());

describe('starting a grading run', () => {
  it.each([
    ['committee', 'FORBIDDEN'],
    ['auditor', 'FORBIDDEN'],
    ['hr', 'FORBIDDEN'],
    ['cadre', 'FORBIDDEN'],
    ['rater', 'FORBIDDEN'],
    ['orgadmin.hefeng', 'FORBIDDEN'],
    [null, 'UNAUTHENTICATED'],
  ])('%s is refused with %s and no run is recorded', async (user, code) => {
    const res = await start(user ? tokens[user]! : null);
    expect(codeOf(res)).toBe(code);
    expect(await runCount()).toBe(0);
  });

  it.each([
    ['a planned cycle', () => plannedId, 'INVALID_TRANSITION'],
    ['an unknown cycle', () => '00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
    ['a malformed id', () => 'not-a-uuid', 'VALIDATION'],
  ])('%s is refused with %s', async (_what, id, code) => {
    expect(codeOf(await start(tokens.assessor!, id()))).toBe(code);
    expect(await runCount()).toBe(0);
  });

  it('the assessment team starts a run; it grades every assessment at the proposal step and records its progress and outcome', async () => {
    expect(synthesis.length).toBeGreaterThan(5);
    const res = await start(tokens.assessor!);
    expect(res.errors).toBeUndefined();
    const started = res.data!.startGradingRun;
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(started.status);
    expect(started.startedByName).toBe('省考核组 第一组');
    const run = await settled(started.id);
    expect(run).toMatchObject({ status: 'DONE', phase: 'DONE', done: synthesis.length, total: synthesis.length, graded: synthesis.length, errorCode: null });
    expect(run.byGrade.reduce((sum, g) => sum + g.count, 0)).toBe(synthesis.length);
    expect(run.finishedAt).not.toBeNull();
    expect(await versions()).toBe(1);
    // The run is listed on the cycle and readable by the committee; not by another city.
    const listed = await t.gql<{ cycle: { gradingRuns: Run[] } }>(`query($id: ID!) { cycle(id: $id) { gradingRuns(first: 3) { id status } } }`, { id: cycleId }, { token: tokens.committee });
    expect(listed.data!.cycle.gradingRuns).toEqual([{ id: started.id, status: 'DONE' }]);
    expect((await runOf(started.id, tokens.committee!))!.graded).toBe(synthesis.length);
    const foreign = await t.gql(`query($id: ID!) { gradingRun(id: $id) { id } }`, { id: started.id }, { token: tokens['orgadmin.hefeng'] });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
  });

  it('a run waits in the queue; a second start meanwhile is refused with CONFLICT; the job then makes version 2', async () => {
    const runs = t.app.services.gradingRuns;
    // The job runner is not started in this file: the queue is held here and the job's own entry point run by hand.
    runs.useQueue(async () => undefined);
    const queued = (await start(tokens['orgadmin.taining']!)).data!.startGradingRun;
    expect(queued).toMatchObject({ status: 'QUEUED', phase: null, done: 0, total: 0 });
    expect(codeOf(await start(tokens.assessor!))).toBe('CONFLICT');
    await runs.execute(queued.id);
    expect(await runOf(queued.id)).toMatchObject({ status: 'DONE', graded: synthesis.length, done: synthesis.length });
    expect(await versions()).toBe(2);
  });
});

describe('cancelling a cycle', () => {
  const cancel = (token: string | null, reason = '机构改革，本年度考核另行组织', id = cycleId) =>
    t.gql(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { id state } }`, { input: { cycleId: id, reason } }, { token });

  it.each([
    ['assessor', undefined, 'FORBIDDEN'],
    ['committee', undefined, 'FORBIDDEN'],
    ['auditor', undefined, 'FORBIDDEN'],
    ['orgadmin.hefeng', undefined, 'FORBIDDEN'],
    ['orgadmin', '', 'VALIDATION'],
    ['orgadmin', '无', 'VALIDATION'],
  ])('%s with reason %j is refused with %s', async (user, reason, code) => {
    const res = await cancel(tokens[user]!, reason);
    expect(codeOf(res)).toBe(code);
    const [row] = (await t.dataSource.query(`SELECT state FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ state: string }>;
    expect(row!.state).toBe('open');
  });
});

describe('recording a quota raise', () => {
  const record = (token: string | null, input: Record<string, unknown>) =>
    t.gql(`mutation($input: QuotaRaiseInput!) { recordQuotaRaise(input: $input) }`, { input: { cycleId, approvedBy: '省委组织部', documentRef: '青组函〔2026〕3号', approvedOn: '2026-01-05', ...input } }, { token });

  it.each<[string, Record<string, string>, string]>([
    ['assessor', { pool: 'TEAM' }, 'FORBIDDEN'],
    ['committee', { pool: 'TEAM' }, 'FORBIDDEN'],
    ['orgadmin.hefeng', { pool: 'MEMBERS', organisationId: 'county' }, 'FORBIDDEN'],
    ['orgadmin', { pool: 'MEMBERS' }, 'VALIDATION'],
    ['orgadmin', { pool: 'TEAM', rankLevel: 'SECTION_PRINCIPAL' }, 'VALIDATION'],
    ['orgadmin', { pool: 'TEAM', approvedOn: '2026-13-40' }, 'VALIDATION'],
    ['orgadmin', { pool: 'TEAM', documentRef: '' }, 'VALIDATION'],
    ['orgadmin', { pool: 'OTHER' }, 'VALIDATION'],
  ])('%s recording %j is refused with %s', async (user, input, code) => {
    const res = await record(tokens[user]!, { ...input, ...(input.organisationId === 'county' ? { organisationId: countyId } : {}) });
    expect(codeOf(res)).toBe(code);
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM quota_raise_approval`)) as Array<{ n: number }>)[0]!.n).toBe(0);
  });

  it('the organisation department records a raise once; the auditor sees it with the percentage it raises to', async () => {
    const res = await record(tokens['orgadmin.taining']!, { pool: 'MEMBERS', organisationId: countyId });
    expect(res.errors).toBeUndefined();
    expect(codeOf(await record(tokens.orgadmin!, { pool: 'MEMBERS', organisationId: countyId }))).toBe('CONFLICT');
    const seen = await t.gql<{ cycle: { quotaRule: { percent: number; raisedPercent: number }; quotaRaises: Array<Record<string, unknown>> } }>(
      `query($id: ID!) { cycle(id: $id) { quotaRule { percent raisedPercent } quotaRaises { pool organisationName rankLevel approvedBy documentRef approvedOn recordedByName } } }`,
      { id: cycleId },
      { token: tokens.auditor },
    );
    expect(seen.data!.cycle.quotaRule).toEqual({ percent: 20, raisedPercent: 25 });
    expect(seen.data!.cycle.quotaRaises).toEqual([
      { pool: 'MEMBERS', organisationName: '东江区', rankLevel: null, approvedBy: '省委组织部', documentRef: '青组函〔2026〕3号', approvedOn: '2026-01-05', recordedByName: '泰宁市委组织部' },
    ]);
  });
});

describe('a run that fails records its error', () => {
  it('a queued run whose cycle is cancelled before the job picks it up fails with INVALID_TRANSITION and grades nothing', async () => {
    const runs = t.app.services.gradingRuns;
    runs.useQueue(async () => undefined);
    const queued = (await start(tokens.assessor!)).data!.startGradingRun;
    const cancelled = await t.gql<{ cancelCycle: { state: string } }>(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { state } }`, {
      input: { cycleId, reason: '机构改革，本年度考核另行组织' },
    }, { token: tokens.orgadmin });
    expect(cancelled.data!.cancelCycle.state).toBe('cancelled');
    await runs.execute(queued.id);
    expect(await runOf(queued.id)).toMatchObject({ status: 'FAILED', errorCode: 'INVALID_TRANSITION', graded: 0 });
    expect(await versions()).toBe(2);
    // The trail shows the failed run, by whom it was started and why it graded nothing.
    const trail = (await t.dataSource.query(
      `SELECT a.action, a.actor_role, a.payload, u.username FROM audit_log a JOIN user_account u ON u.id = a.actor_user_id
        WHERE a.entity_type = 'assessment_cycle_grading' AND a.entity_id = $1 AND a.action = 'GRADING_RUN_FAILED'`,
      [cycleId],
    )) as Array<{ action: string; actor_role: string; payload: Record<string, unknown>; username: string }>;
    expect(trail).toEqual([{ action: 'GRADING_RUN_FAILED', actor_role: 'ASSESSOR', payload: { runId: queued.id, errorCode: 'INVALID_TRANSITION' }, username: 'assessor' }]);
    // Cancelled is final: cancelling again, or starting a run, is refused in words the page shows.
    expect(codeOf(await t.gql(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { state } }`, { input: { cycleId, reason: '再次取消' } }, { token: tokens.orgadmin }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(await start(tokens.assessor!))).toBe('INVALID_TRANSITION');
  });
});
