import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corroboration: findings of supervision, inspection tours,
 * audit, petitions and discipline bodies recorded as typed facts of an
 * assessment, and the consultation of the competent department on a veto
 * item (一票否决), each a step with its own state.
 */
export class Corroboration1766900000000 implements MigrationInterface {
  name = 'Corroboration1766900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE corroborating_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        source text NOT NULL CHECK (source IN ('SUPERVISION', 'INSPECTION_TOUR', 'AUDIT', 'PETITION', 'DISCIPLINE')),
        finding_type text NOT NULL CHECK (length(finding_type) BETWEEN 1 AND 60),
        document_ref text NOT NULL CHECK (length(document_ref) BETWEEN 1 AND 120),
        found_on date NOT NULL,
        summary text NOT NULL DEFAULT '',
        state text NOT NULL CHECK (state IN ('UNVERIFIED', 'VERIFIED', 'CLEARED')),
        state_note text NOT NULL DEFAULT '',
        recorded_by uuid NOT NULL REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX corroborating_finding_assessment ON corroborating_finding (assessment_id, found_on)`);
    await q.query(`COMMENT ON TABLE corroborating_finding IS 'A finding of supervision, an inspection tour, audit, petitions or discipline about one assessment (the assessed and the year); the rule set maps its type to the gate it feeds'`);
    await q.query(`COMMENT ON COLUMN corroborating_finding.finding_type IS 'A finding type of the source in the cycle''s pinned settings (corroboration.findingTypes)'`);
    await q.query(`COMMENT ON COLUMN corroborating_finding.state IS 'UNVERIFIED (feeds nothing yet), VERIFIED (feeds its gate), CLEARED (found untrue or resolved; feeds nothing)'`);
    await q.query(`
      CREATE TABLE veto_consultation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        finding_id uuid REFERENCES corroborating_finding(id),
        veto_item text NOT NULL CHECK (length(veto_item) BETWEEN 1 AND 60),
        department text NOT NULL CHECK (length(department) BETWEEN 1 AND 120),
        question text NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
        requested_on date NOT NULL,
        due_on date NOT NULL,
        state text NOT NULL CHECK (state IN ('REQUESTED', 'ANSWERED', 'WITHDRAWN')),
        applies boolean,
        answer_reason text,
        answered_by_name text,
        answered_on date,
        recorded_by uuid REFERENCES user_account(id),
        withdrawn_reason text,
        requested_by uuid NOT NULL REFERENCES user_account(id),
        requested_at timestamptz NOT NULL,
        closed_at timestamptz,
        CHECK ((state = 'ANSWERED') = (applies IS NOT NULL AND answer_reason IS NOT NULL AND answered_by_name IS NOT NULL AND answered_on IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX veto_consultation_assessment ON veto_consultation (assessment_id, requested_at)`);
    await q.query(`CREATE INDEX veto_consultation_open ON veto_consultation (due_on) WHERE state = 'REQUESTED'`);
    await q.query(`COMMENT ON TABLE veto_consultation IS 'The consultation of the competent department on a veto item of one assessment: REQUESTED until answered (applies or not, with the reason) or withdrawn; while REQUESTED no grade may be set'`);
    await q.query(`COMMENT ON COLUMN veto_consultation.due_on IS 'The last day of the answer: the configured number of working days (official calendar) after the request day'`);
    await q.query(`COMMENT ON COLUMN veto_consultation.recorded_by IS 'The account that recorded the department''s answer on its behalf'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE veto_consultation`);
    await q.query(`DROP TABLE corroborating_finding`);
  }
}
