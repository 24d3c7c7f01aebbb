import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The assessment lifecycle: cycles and assessments as persisted XState
 * snapshots with a queryable state column and a hand-checked version; the
 * records the steps produce (self-reports, evaluation records, objections);
 * idempotency keys; notifications; the working-day calendar's additions;
 * and pg-boss's schema for deadline jobs.
 */
export class AssessmentLifecycle1763800000000 implements MigrationInterface {
  name = 'AssessmentLifecycle1763800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('ANNUAL', 'REGULAR', 'SPECIAL', 'TERM')),
        name text NOT NULL,
        year int NOT NULL,
        quarter int CHECK (quarter BETWEEN 1 AND 4),
        task text,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        rule_set_id uuid REFERENCES rule_set(id),
        settings jsonb NOT NULL,
        deadlines jsonb NOT NULL,
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON COLUMN assessment_cycle.settings IS 'The rule settings pinned when the cycle was planned: later rule-set versions never change a cycle in progress'`);
    await q.query(`CREATE INDEX assessment_cycle_scope_idx ON assessment_cycle (org_path text_pattern_ops, year DESC)`);

    await q.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        kind text NOT NULL CHECK (kind IN ('CADRE_ANNUAL', 'TEAM_ANNUAL', 'REGULAR', 'SPECIAL', 'TERM')),
        cadre_id uuid REFERENCES cadre(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        team_assessment_id uuid REFERENCES assessment(id),
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        input jsonb NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        overlay text NOT NULL DEFAULT 'NONE',
        proposed_grade text,
        final_grade text,
        due_at timestamptz,
        due_event text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT assessment_subject CHECK ((kind = 'TEAM_ANNUAL') = (cadre_id IS NULL))
      )`);
    await q.query(`COMMENT ON COLUMN assessment.input IS 'The machine input at enrolment; replaying the audit trail from it reproduces snapshot'`);
    await q.query(`COMMENT ON COLUMN assessment.due_at IS 'When the next deadline fires due_event (as SYSTEM); the deadline job picks rows with due_at <= now'`);
    await q.query(`CREATE UNIQUE INDEX assessment_cadre_once ON assessment (cycle_id, cadre_id) WHERE cadre_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX assessment_team_once ON assessment (cycle_id, organisation_id) WHERE kind = 'TEAM_ANNUAL'`);
    await q.query(`CREATE INDEX assessment_cycle_state_idx ON assessment (cycle_id, state, id)`);
    await q.query(`CREATE INDEX assessment_scope_idx ON assessment (org_path text_pattern_ops, state)`);
    await q.query(`CREATE INDEX assessment_cadre_idx ON assessment (cadre_id, created_at DESC)`);
    await q.query(`CREATE INDEX assessment_due_idx ON assessment (due_at) WHERE due_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE self_report (
        assessment_id uuid PRIMARY KEY REFERENCES assessment(id),
        work_summary text NOT NULL DEFAULT '',
        duties_and_targets text NOT NULL DEFAULT '',
        responsibility_statement text NOT NULL DEFAULT '',
        integrity_statement text NOT NULL DEFAULT '',
        draft_version int NOT NULL DEFAULT 0,
        draft_saved_at timestamptz,
        submitted_at timestamptz
      )`);
    await q.query(`COMMENT ON COLUMN self_report.draft_version IS 'Bumped on every draft save; a save with an older version is refused so two tabs never overwrite each other'`);

    await q.query(`
      CREATE TABLE evaluation_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        kind text NOT NULL CHECK (kind IN ('TALK', 'OPINION')),
        source text,
        summary text NOT NULL,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX evaluation_record_assessment_idx ON evaluation_record (assessment_id, recorded_at)`);

    await q.query(`
      CREATE TABLE objection (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        content text NOT NULL,
        lodger_name text,
        lodger_contact text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'INVESTIGATING', 'UPHELD', 'DISMISSED')),
        finding text,
        lodged_at timestamptz NOT NULL,
        decided_by uuid REFERENCES user_account(id),
        decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX objection_assessment_idx ON objection (assessment_id, lodged_at)`);

    await q.query(`
      CREATE TABLE idempotency_key (
        key text NOT NULL,
        actor text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor, key)
      )`);
    await q.query(`COMMENT ON TABLE idempotency_key IS 'First answer to a mutation sent with an idempotency key; a retry gets it back instead of a second transition'`);

    await q.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account(id),
        assessment_id uuid REFERENCES assessment(id),
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, id DESC)`);

    await q.query(`
      CREATE TABLE working_calendar_day (
        day date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
        name text NOT NULL,
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`COMMENT ON TABLE working_calendar_day IS 'Official holidays and make-up workdays the calendar library does not know yet (a new year); they take precedence over the library'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_calendar_day`);
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE objection`);
    await q.query(`DROP TABLE evaluation_record`);
    await q.query(`DROP TABLE self_report`);
    await q.query(`DROP TABLE assessment`);
    await q.query(`DROP TABLE assessment_cycle`);
  }
}
