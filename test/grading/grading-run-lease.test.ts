import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GradingRuns } from '../../server/grading/grading-run.service.js';
import type { GradingService } from '../../server/grading/grading.service.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The lease of a grading run: a run whose process died (RUNNING, no
 * heartbeat within 60 s; or QUEUED and never picked up within 30 min) is
 * marked FAILED with RUN_ABANDONED — by the next start of its cycle, by
 * reading it, or by the job sweep — and no longer blocks a new run. A live
 * run renews its heartbeat while the engine works.
 */
let t: TestApp;
let cycleId: string;
let assessorId: string;
let token: string;
const NOW = new Date('2026-01-06T09:00:00+08:00');

const RUN = `id status errorCode finishedAt`;
const start = () => t.gql<{ startGradingRun: { id: string; status: string } }>(`mutation($c: ID!) { startGradingRun(cycleId: $c) { ${RUN} } }`, { c: cycleId }, { token });
const runOf = async (id: string) => (await t.gql<{ gradingRun: { id: string; status: string; errorCode: string | null; finishedAt: string | null } }>(`query($id: ID!) { gradingRun(id: $id) { ${RUN} } }`, { id }, { token })).data!.gradingRun;

/** What a process that died mid-run leaves behind: a row RUNNING (or QUEUED) whose last sign of life is `ago` ms before now. */
async function leftBehind(status: 'RUNNING' | 'QUEUED', agoMs: number): Promise<string> {
  const at = new Date(NOW.getTime() - agoMs);
  const [row] = (await t.dataSource.query(
    `INSERT INTO grading_run (cycle_id, started_by, started_as, status, phase, queued_at, started_at, heartbeat_at)
     VALUES ($1, $2, '{}'::jsonb, $3, $4, $5, $6, $6) RETURNING id`,
    [cycleId, assessorId, status, status === 'RUNNING' ? 'GRADING' : null, at, status === 'RUNNING' ? at : null],
  )) as Array<{ id: string }>;
  return row!.id;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(NOW);
  const orgadmin = await t.signIn('orgadmin');
  token = await t.signIn('assessor');
  cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ');
  assessorId = ((await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'assessor'`)) as Array<{ id: string }>)[0]!.id;
  // No job runner here: a started run stays queued, so that only the lease decides.
  t.app.services.gradingRuns.useQueue(async () => undefined);
});
beforeEach(async () => {
  t.clock.set(NOW);
  await t.dataSource.query(`DELETE FROM grading_run`);
});
afterAll(() => t?.close());

describe('a run whose process died', () => {
  it.each([
    ['RUNNING', 59_000, 'CONFLICT', 'RUNNING', null],
    ['RUNNING', 60_000, 'CONFLICT', 'RUNNING', null],
    ['RUNNING', 61_000, null, 'FAILED', 'RUN_ABANDONED'],
    ['RUNNING', 6 * 3_600_000, null, 'FAILED', 'RUN_ABANDONED'],
    ['QUEUED', 29 * 60_000, 'CONFLICT', 'QUEUED', null],
    ['QUEUED', 31 * 60_000, null, 'FAILED', 'RUN_ABANDONED'],
  ] as const)('left %s, silent for %i ms: a new start gets %s, the old run is %s (%s)', async (status, ago, refusal, after, errorCode) => {
    const old = await leftBehind(status, ago);
    const res = await start();
    expect(codeOf(res)).toBe(refusal ?? undefined);
    if (!refusal) expect(res.data!.startGradingRun.status).toBe('QUEUED');
    const seen = await runOf(old);
    expect(seen).toMatchObject({ status: after, errorCode });
    expect(seen.finishedAt).toBe(errorCode ? NOW.toISOString() : null);
    const active = (await t.dataSource.query(`SELECT count(*)::int AS n FROM grading_run WHERE status IN ('QUEUED', 'RUNNING')`)) as Array<{ n: number }>;
    expect(active[0]!.n).toBe(1);
  });

  it('reading the run (as the page polls it) marks it abandoned once the lease has run out, without anyone starting again', async () => {
    const old = await leftBehind('RUNNING', 0);
    expect(await runOf(old)).toMatchObject({ status: 'RUNNING', errorCode: null });
    t.clock.advance(61_000);
    expect(await runOf(old)).toMatchObject({ status: 'FAILED', errorCode: 'RUN_ABANDONED' });
    const listed = await t.gql<{ cycle: { gradingRuns: Array<{ id: string; status: string }> } }>(`query($id: ID!) { cycle(id: $id) { gradingRuns(first: 5) { id status } } }`, { id: cycleId }, { token });
    expect(listed.data!.cycle.gradingRuns).toEqual([{ id: old, status: 'FAILED' }]);
  });

  it('the job sweep marks every stale run of every cycle, and only those', async () => {
    const stale = await leftBehind('RUNNING', 120_000);
    expect(await t.app.services.gradingRuns.sweepStale()).toEqual([stale]);
    // Written to the trail by nobody (the lease ran out), once.
    const trail = (await t.dataSource.query(
      `SELECT actor_user_id, payload FROM audit_log WHERE entity_type = 'assessment_cycle_grading' AND entity_id = $1 AND action = 'GRADING_RUN_FAILED' AND payload->>'runId' = $2`,
      [cycleId, stale],
    )) as Array<{ actor_user_id: string | null; payload: Record<string, unknown> }>;
    expect(trail).toEqual([{ actor_user_id: null, payload: { runId: stale, errorCode: 'RUN_ABANDONED', started: true } }]);
    const fresh = await leftBehind('RUNNING', 1_000);
    expect(await t.app.services.gradingRuns.sweepStale()).toEqual([]);
    expect((await runOf(fresh)).status).toBe('RUNNING');
  });
});

describe('a live run keeps its lease', () => {
  it('writes a heartbeat while the engine works, so that a sweep long after its start leaves it alone; then finishes DONE', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine = {
      gradeCycle: async () => {
        await held;
        return { graded: 3, byGrade: [{ grade: 'COMPETENT', count: 3 }] };
      },
    } as unknown as GradingService;
    const runs = new GradingRuns(t.dataSource, t.clock.now, engine, () => undefined, { heartbeatMs: 20, staleAfterMs: 60_000, queuedStaleAfterMs: 1_800_000 });
    runs.useQueue(async () => undefined);
    const [row] = (await t.dataSource.query(`INSERT INTO grading_run (cycle_id, started_by, started_as, queued_at) VALUES ($1, $2, '{}'::jsonb, $3) RETURNING id`, [cycleId, assessorId, NOW])) as Array<{ id: string }>;
    const running = runs.execute(row!.id);
    // Ten minutes later (by the clock) the engine is still at work: its heartbeat follows.
    t.clock.advance(600_000);
    const later = t.clock.now();
    for (let i = 0; i < 100; i++) {
      const [hb] = (await t.dataSource.query(`SELECT heartbeat_at FROM grading_run WHERE id = $1`, [row!.id])) as Array<{ heartbeat_at: Date }>;
      if (hb!.heartbeat_at.getTime() === later.getTime()) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [hb] = (await t.dataSource.query(`SELECT heartbeat_at FROM grading_run WHERE id = $1`, [row!.id])) as Array<{ heartbeat_at: Date }>;
    expect(hb!.heartbeat_at.toISOString()).toBe(later.toISOString());
    expect(await runs.sweepStale()).toEqual([]);
    release();
    await running;
    expect(await runOf(row!.id)).toMatchObject({ status: 'DONE', errorCode: null });
  });

  it('a run marked abandoned stays FAILED even if its process comes back and finishes late', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const engine = { gradeCycle: async () => (await held, { graded: 1, byGrade: [{ grade: 'COMPETENT', count: 1 }] }) } as unknown as GradingService;
    const runs = new GradingRuns(t.dataSource, t.clock.now, engine, () => undefined, { heartbeatMs: 3_600_000, staleAfterMs: 60_000, queuedStaleAfterMs: 1_800_000 });
    const [row] = (await t.dataSource.query(`INSERT INTO grading_run (cycle_id, started_by, started_as, queued_at) VALUES ($1, $2, '{}'::jsonb, $3) RETURNING id`, [cycleId, assessorId, NOW])) as Array<{ id: string }>;
    const running = runs.execute(row!.id);
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.clock.advance(120_000);
    expect(await runs.sweepStale()).toEqual([row!.id]);
    release();
    await running;
    expect(await runOf(row!.id)).toMatchObject({ status: 'FAILED', errorCode: 'RUN_ABANDONED' });
  });
});
