import type { DataSource } from 'typeorm';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { actingRole, assertCan, assertCanInside, type Viewer } from '../auth/policy.js';
import { AppError, formatError, notFound } from '../common/errors.js';
import { appendAudit } from '../audit/audit.service.js';
import type { GradingService } from './grading.service.js';
import type { GradingRunPhase, GradingRunStatus } from './grading-run.types.js';

interface GradingRunRow {
  id: string;
  cycle_id: string;
  started_by_name: string;
  status: GradingRunStatus;
  phase: GradingRunPhase | null;
  done: number;
  total: number;
  graded: number;
  by_grade: Array<{ grade: string; count: number }>;
  error_code: string | null;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const SELECT_RUN = `SELECT r.id, r.cycle_id, u.display_name AS started_by_name, r.status, r.phase, r.done, r.total, r.graded, r.by_grade, r.error_code,
                          r.queued_at, r.started_at, r.finished_at
                     FROM grading_run r JOIN user_account u ON u.id = r.started_by`;

const view = (r: GradingRunRow) => ({
  id: r.id,
  cycleId: r.cycle_id,
  startedByName: r.started_by_name,
  status: r.status,
  phase: r.phase,
  done: r.done,
  total: r.total,
  graded: r.graded,
  byGrade: r.by_grade,
  errorCode: r.error_code,
  queuedAt: r.queued_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});
export type GradingRunView = ReturnType<typeof view>;

/**
 * The lease of a running run: its process writes a heartbeat every
 * `heartbeatMs`; a RUNNING run silent for `staleAfterMs` (its process died)
 * is taken over — marked FAILED with RUN_ABANDONED — and so is a QUEUED run
 * no job has picked up within `queuedStaleAfterMs` (its queue was lost with
 * the process that ran jobs in memory).
 */
export interface GradingRunLease {
  heartbeatMs: number;
  staleAfterMs: number;
  queuedStaleAfterMs: number;
}
export const DEFAULT_GRADING_RUN_LEASE: GradingRunLease = { heartbeatMs: 10_000, staleAfterMs: 60_000, queuedStaleAfterMs: 30 * 60_000 };

/** How a started run reaches the job that runs it: pg-boss when the job runner is up (jobs.ts), otherwise in this process. */
export type GradingRunDispatch = (runId: string) => Promise<void>;

/**
 * Grading runs started from the browser: the `grading_run` record (queued,
 * running with its phase and done of total, done with counts by grade, or
 * failed with its error code), and the background execution that calls the
 * one grading run (GradingService.gradeCycle) with a progress callback.
 */
export class GradingRuns {
  private dispatch: GradingRunDispatch;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly grading: GradingService,
    private readonly log: (line: string) => void = () => undefined,
    private readonly lease: GradingRunLease = DEFAULT_GRADING_RUN_LEASE,
  ) {
    // Without a job runner (JOBS=0, tests) the run goes on in this process, after the request has answered.
    this.dispatch = async (runId) => void setImmediate(() => void this.execute(runId));
  }

  /** Hands runs to a queue instead (the job runner calls `execute`). */
  useQueue(dispatch: GradingRunDispatch): void {
    this.dispatch = dispatch;
  }

  /**
   * Starts a run over the cycle's assessments awaiting a proposal in the
   * viewer's jurisdiction: refused outside it (FORBIDDEN), unless the cycle is
   * open (INVALID_TRANSITION), and while another run of the cycle is queued or
   * running (CONFLICT).
   */
  async start(viewer: Viewer | null, cycleId: string): Promise<GradingRunView> {
    assertCan(viewer, 'evaluation:manage');
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    assertCanInside(viewer, 'evaluation:manage', cycle.orgPath);
    if (cycle.state !== 'open') {
      throw new AppError('INVALID_TRANSITION', 'Only an open cycle is graded', { state: cycle.state, event: 'START_GRADING_RUN', allowedEvents: [] });
    }
    // A run whose process died holds the cycle no longer: mark it FAILED before starting a new one.
    await this.sweepStale(cycleId);
    const { sessionId: _session, ...startedAs } = viewer;
    let id: string;
    try {
      const [row] = (await this.dataSource.query(`INSERT INTO grading_run (cycle_id, started_by, started_as, queued_at) VALUES ($1, $2, $3, $4) RETURNING id`, [
        cycleId,
        viewer.userId,
        JSON.stringify(startedAs),
        this.now(),
      ])) as Array<{ id: string }>;
      id = row!.id;
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new AppError('CONFLICT', 'A grading run of this cycle is already queued or running; wait for it to finish');
      throw error;
    }
    await this.dispatch(id);
    return (await this.find(id))!;
  }

  /**
   * Runs a queued run: marks it running, grades through gradeCycle with the
   * starter's grants as they were at the start, writes each phase and batch
   * as it goes (outside the grading transaction, so the page sees it), then
   * the outcome — or FAILED with the error's code, nothing graded.
   */
  async execute(runId: string): Promise<void> {
    const claimed = (await this.dataSource.query(
      `UPDATE grading_run SET status = 'RUNNING', started_at = $2, heartbeat_at = $2 WHERE id = $1 AND status = 'QUEUED' RETURNING cycle_id, started_as`,
      [runId, this.now()],
    )) as [Array<{ cycle_id: string; started_as: Omit<Viewer, 'sessionId'> }>, number];
    const run = claimed[0][0];
    if (!run) return;
    // The lease: a sign of life every few seconds while the engine works (the progress writes renew it too).
    const heartbeat = setInterval(() => {
      void this.dataSource
        .query(`UPDATE grading_run SET heartbeat_at = $2 WHERE id = $1 AND status = 'RUNNING'`, [runId, this.now()])
        .catch((e: unknown) => this.log(`[grading-run] ${runId}: heartbeat failed: ${e instanceof Error ? e.message : String(e)}`));
    }, this.lease.heartbeatMs);
    heartbeat.unref();
    try {
      const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: run.cycle_id });
      if (cycle?.state !== 'open') throw new AppError('INVALID_TRANSITION', 'The cycle is no longer open', { state: cycle?.state ?? null, event: 'START_GRADING_RUN' });
      const viewer: Viewer = { ...run.started_as, sessionId: `grading-run:${runId}` };
      const result = await this.grading.gradeCycle(viewer, run.cycle_id, async (phase, done, total) => {
        await this.dataSource.query(`UPDATE grading_run SET phase = $2, done = $3, total = $4, heartbeat_at = $5 WHERE id = $1`, [runId, phase, done, total, this.now()]);
      });
      await this.dataSource.query(`UPDATE grading_run SET status = 'DONE', phase = 'DONE', done = $2, total = greatest(total, $2), graded = $2, by_grade = $3, finished_at = $4 WHERE id = $1 AND status = 'RUNNING'`, [
        runId,
        result.graded,
        JSON.stringify(result.byGrade),
        this.now(),
      ]);
    } catch (error) {
      const code = formatError({ message: '' }, error, (e) => this.log(`[grading-run] ${runId}: ${e instanceof Error ? e.message : String(e)}`)).extensions?.code;
      const errorCode = typeof code === 'string' ? code : 'INTERNAL';
      // The failure and its audit row are one change: the trail shows every run that graded nothing, and why.
      await this.dataSource.transaction(async (m) => {
        const [failed] = (await m.query(
          `UPDATE grading_run r SET status = 'FAILED', error_code = $2, finished_at = $3 FROM assessment_cycle c
            WHERE r.id = $1 AND r.status = 'RUNNING' AND c.id = r.cycle_id RETURNING r.cycle_id, r.started_by, c.org_path`,
          [runId, errorCode, this.now()],
        )) as [Array<{ cycle_id: string; started_by: string; org_path: string }>, number];
        const row = failed[0];
        if (!row) return;
        await appendAudit(m, {
          entityType: 'assessment_cycle_grading',
          entityId: row.cycle_id,
          action: 'GRADING_RUN_FAILED',
          actorUserId: row.started_by,
          actorRole: Array.isArray(run.started_as.grants) ? actingRole({ ...run.started_as, sessionId: `grading-run:${runId}` }, 'evaluation:manage', row.org_path) : null,
          scopePath: row.org_path,
          payload: { runId, errorCode },
          occurredAt: this.now(),
        });
      });
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Marks FAILED (RUN_ABANDONED) the runs whose process is gone: RUNNING with
   * no heartbeat within the lease, QUEUED and never picked up within
   * `queuedStaleAfterMs` — of one cycle, or of all. Returns their ids.
   */
  async sweepStale(cycleId: string | null = null): Promise<string[]> {
    const now = this.now();
    // Each abandoned run is written to the trail with its marking, in one transaction (by nobody: the lease ran out).
    const rows = await this.dataSource.transaction(async (m) => {
      const [marked] = (await m.query(
        `UPDATE grading_run r SET status = 'FAILED', error_code = 'RUN_ABANDONED', finished_at = $1
           FROM assessment_cycle c
          WHERE c.id = r.cycle_id AND r.status IN ('QUEUED', 'RUNNING') AND ($4::uuid IS NULL OR r.cycle_id = $4)
            AND ((r.status = 'RUNNING' AND coalesce(r.heartbeat_at, r.started_at, r.queued_at) < $2) OR (r.status = 'QUEUED' AND r.queued_at < $3))
          RETURNING r.id, r.cycle_id, c.org_path, r.started_at IS NOT NULL AS started`,
        [now, new Date(now.getTime() - this.lease.staleAfterMs), new Date(now.getTime() - this.lease.queuedStaleAfterMs), cycleId],
      )) as [Array<{ id: string; cycle_id: string; org_path: string; started: boolean }>, number];
      for (const row of marked) {
        await appendAudit(m, {
          entityType: 'assessment_cycle_grading',
          entityId: row.cycle_id,
          action: 'GRADING_RUN_FAILED',
          actorUserId: null,
          actorRole: null,
          scopePath: row.org_path,
          payload: { runId: row.id, errorCode: 'RUN_ABANDONED', started: row.started },
          occurredAt: now,
        });
      }
      return marked;
    });
    for (const { id } of rows) this.log(`[grading-run] ${id}: no sign of life within the lease, marked FAILED (RUN_ABANDONED)`);
    return rows.map((r) => r.id);
  }

  /** One run, if the viewer may read its cycle. */
  async get(viewer: Viewer | null, id: string, canReadCycle: (cycleId: string) => Promise<unknown>): Promise<GradingRunView | null> {
    assertCan(viewer, 'assessment:read');
    let run = await this.find(id);
    if (!run) return null;
    if ((run.status === 'RUNNING' || run.status === 'QUEUED') && (await this.sweepStale(run.cycleId)).includes(id)) run = (await this.find(id))!;
    await canReadCycle(run.cycleId);
    return run;
  }

  /** The cycle's latest runs, newest first. */
  async forCycle(cycleId: string, first: number): Promise<GradingRunView[]> {
    await this.sweepStale(cycleId);
    const rows = (await this.dataSource.query(`${SELECT_RUN} WHERE r.cycle_id = $1 ORDER BY r.queued_at DESC, r.id LIMIT $2`, [cycleId, Math.min(Math.max(first, 1), 20)])) as GradingRunRow[];
    return rows.map(view);
  }

  private async find(id: string): Promise<GradingRunView | null> {
    const [row] = (await this.dataSource.query(`${SELECT_RUN} WHERE r.id = $1`, [id])) as GradingRunRow[];
    return row ? view(row) : null;
  }
}
