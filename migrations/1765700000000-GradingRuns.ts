import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The grading run started from the browser: one row per run of the engine
 * over a cycle, written by the background job as it goes (phase, done of
 * total) so the page shows a real progress bar, and its outcome (counts by
 * grade) or the error code it failed with.
 */
export class GradingRuns1765700000000 implements MigrationInterface {
  name = 'GradingRuns1765700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE grading_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        started_by uuid NOT NULL REFERENCES user_account(id),
        started_as jsonb NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        phase text,
        done int NOT NULL DEFAULT 0 CHECK (done >= 0),
        total int NOT NULL DEFAULT 0 CHECK (total >= 0),
        graded int NOT NULL DEFAULT 0 CHECK (graded >= 0),
        by_grade jsonb NOT NULL DEFAULT '[]'::jsonb,
        error_code text,
        queued_at timestamptz NOT NULL,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX grading_run_cycle ON grading_run (cycle_id, queued_at DESC)`);
    await q.query(`CREATE UNIQUE INDEX grading_run_one_active ON grading_run (cycle_id) WHERE status IN ('QUEUED', 'RUNNING')`);
    await q.query(`COMMENT ON TABLE grading_run IS 'One run of the grading engine over a cycle, started from the browser and run in the background; at most one queued or running per cycle'`);
    await q.query(`COMMENT ON COLUMN grading_run.started_as IS 'The starting user''s grants when the run was started: the job grades inside them'`);
    await q.query(`COMMENT ON COLUMN grading_run.phase IS 'The phase the engine reports (LOAD, INDICATORS, GRADING, WRITE, DONE)'`);
    await q.query(`COMMENT ON COLUMN grading_run.done IS 'Assessments graded so far, of total'`);
    await q.query(`COMMENT ON COLUMN grading_run.by_grade IS 'The outcome: [{ grade, count }] once done'`);
    await q.query(`COMMENT ON COLUMN grading_run.error_code IS 'The error code (server/common/errors.ts) a failed run stopped with'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE grading_run`);
  }
}
