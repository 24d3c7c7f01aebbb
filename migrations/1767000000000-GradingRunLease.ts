import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lease on a running grading run: the process running it writes
 * `heartbeat_at` every few seconds; a RUNNING run whose heartbeat is older
 * than the lease (its process died) is marked FAILED with RUN_ABANDONED, so
 * that it no longer blocks a new run of its cycle.
 */
export class GradingRunLease1767000000000 implements MigrationInterface {
  name = 'GradingRunLease1767000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grading_run ADD COLUMN heartbeat_at timestamptz`);
    await q.query(`UPDATE grading_run SET heartbeat_at = coalesce(started_at, queued_at) WHERE status = 'RUNNING'`);
    await q.query(`CREATE INDEX grading_run_active ON grading_run (status, heartbeat_at) WHERE status IN ('QUEUED', 'RUNNING')`);
    await q.query(
      `COMMENT ON COLUMN grading_run.heartbeat_at IS 'Last sign of life of the process running it (written every few seconds while RUNNING); a run silent for longer than the lease is marked FAILED with RUN_ABANDONED'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS grading_run_active`);
    await q.query(`ALTER TABLE grading_run DROP COLUMN IF EXISTS heartbeat_at`);
  }
}
