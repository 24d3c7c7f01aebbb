import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results application (docs/domain.md §6): every outcome of a final result is a
 * machine instance (outcomeTask, committeeOutcomeTask or remedialTraining)
 * with its snapshot, a version checked on every change, and its next
 * deadline as data for the deadline job.
 */
export class Outcomes1764200000000 implements MigrationInterface {
  name = 'Outcomes1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outcome_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        subject text NOT NULL CHECK (subject IN ('CADRE', 'TEAM')),
        cadre_id uuid REFERENCES cadre(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        year int NOT NULL,
        basis jsonb NOT NULL,
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        input jsonb NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        due_at timestamptz,
        due_event text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT outcome_task_subject CHECK ((subject = 'CADRE') = (cadre_id IS NOT NULL))
      )`);
    await q.query(`COMMENT ON COLUMN outcome_task.basis IS 'Why it was proposed: the counter, the years it counted and the one that broke it, as computed by workflows/outcomes/rules.ts'`);
    await q.query(`COMMENT ON COLUMN outcome_task.assessment_id IS 'The final result (of year) that justified it; a correction of that result or an earlier one reconciles the task'`);
    await q.query(`COMMENT ON COLUMN outcome_task.due_at IS 'When due_event (MARK_OVERDUE) fires as SYSTEM; the deadline job picks rows with due_at <= now'`);
    // One live task per result and kind: proposing twice is a no-op; a cancelled task leaves room for a new one.
    await q.query(`CREATE UNIQUE INDEX outcome_task_once ON outcome_task (assessment_id, kind) WHERE state <> 'cancelled'`);
    await q.query(`CREATE INDEX outcome_task_scope_idx ON outcome_task (org_path text_pattern_ops, state)`);
    await q.query(`CREATE INDEX outcome_task_cadre_idx ON outcome_task (cadre_id, year) WHERE cadre_id IS NOT NULL`);
    await q.query(`CREATE INDEX outcome_task_team_idx ON outcome_task (organisation_id, year) WHERE subject = 'TEAM'`);
    await q.query(`CREATE INDEX outcome_task_cycle_idx ON outcome_task (cycle_id, kind)`);
    await q.query(`CREATE INDEX outcome_task_queue_idx ON outcome_task (machine_id, state, updated_at, id)`);
    await q.query(`CREATE INDEX outcome_task_due_idx ON outcome_task (due_at) WHERE due_at IS NOT NULL`);
    await q.query(`ALTER TABLE notification ADD COLUMN outcome_task_id uuid REFERENCES outcome_task(id)`);
    await q.query(`COMMENT ON COLUMN notification.outcome_task_id IS 'Set for reminders and news about an outcome task (then assessment_id is its justifying result)'`);
    await q.query(`CREATE INDEX notification_outcome_idx ON notification (outcome_task_id, user_id, created_at) WHERE outcome_task_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN outcome_task_id`);
    await q.query(`DROP TABLE outcome_task`);
  }
}
