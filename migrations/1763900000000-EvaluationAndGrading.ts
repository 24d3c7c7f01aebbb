import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation inputs and the grading engine's results: rater invitations and
 * anonymous ballots, political-quality reviews, penalties, negative-list
 * findings, component scores (manual or imported), and versioned grading
 * results with their explanation.
 */
export class EvaluationAndGrading1763900000000 implements MigrationInterface {
  name = 'EvaluationAndGrading1763900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rater_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        rater_user_id uuid NOT NULL REFERENCES user_account(id),
        rater_group text NOT NULL CHECK (rater_group IN ('SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT')),
        invited_by uuid REFERENCES user_account(id),
        invited_at timestamptz NOT NULL,
        voted boolean NOT NULL DEFAULT false,
        CONSTRAINT rater_invitation_once UNIQUE (assessment_id, rater_user_id)
      )`);
    await q.query(`CREATE INDEX rater_invitation_rater_idx ON rater_invitation (rater_user_id, voted)`);
    await q.query(`COMMENT ON COLUMN rater_invitation.voted IS 'Whether the rater has voted; which ballot is theirs is recorded nowhere'`);

    await q.query(`
      CREATE TABLE ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        rater_group text NOT NULL,
        morality numeric(5,2) NOT NULL CHECK (morality BETWEEN 0 AND 100),
        ability numeric(5,2) NOT NULL CHECK (ability BETWEEN 0 AND 100),
        diligence numeric(5,2) NOT NULL CHECK (diligence BETWEEN 0 AND 100),
        results numeric(5,2) NOT NULL CHECK (results BETWEEN 0 AND 100),
        integrity numeric(5,2) NOT NULL CHECK (integrity BETWEEN 0 AND 100),
        overall text NOT NULL CHECK (overall IN ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')),
        cast_on date NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE ballot IS 'Anonymous: no rater, no exact time; random ids. Only the group and the day are kept'`);
    await q.query(`CREATE INDEX ballot_assessment_idx ON ballot (assessment_id, rater_group)`);

    await q.query(`
      CREATE TABLE political_review (
        assessment_id uuid PRIMARY KEY REFERENCES assessment(id),
        rating text NOT NULL CHECK (rating IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
        veto boolean NOT NULL DEFAULT false,
        note text NOT NULL DEFAULT '',
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE penalty (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        kind text NOT NULL,
        decided_on date NOT NULL,
        note text NOT NULL DEFAULT '',
        tolerated boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX penalty_cadre_idx ON penalty (cadre_id, decided_on)`);
    await q.query(`COMMENT ON COLUMN penalty.tolerated IS 'Exempted by a fault-tolerance decision: never counts against the person'`);

    await q.query(`
      CREATE TABLE negative_finding (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        code text NOT NULL,
        note text NOT NULL DEFAULT '',
        cleared boolean NOT NULL DEFAULT false,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX negative_finding_assessment_idx ON negative_finding (assessment_id)`);

    await q.query(`
      CREATE TABLE score_input (
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        component text NOT NULL CHECK (component IN ('WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS')),
        value numeric(6,2) NOT NULL CHECK (value BETWEEN 0 AND 100),
        source text NOT NULL,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, component)
      )`);
    await q.query(`COMMENT ON TABLE score_input IS 'Component scores from indicator data (imported from statistics sheets or entered by hand), 0–100'`);

    await q.query(`
      CREATE TABLE grading_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        version int NOT NULL,
        grade text NOT NULL,
        score numeric(6,2),
        components jsonb NOT NULL,
        gates jsonb NOT NULL,
        flags jsonb NOT NULL,
        quota jsonb,
        evaluation jsonb,
        computed_at timestamptz NOT NULL,
        computed_by uuid REFERENCES user_account(id),
        CONSTRAINT grading_result_version UNIQUE (assessment_id, version)
      )`);
    await q.query(`COMMENT ON TABLE grading_result IS 'Each run of the engine adds a version with its full explanation; nothing is overwritten'`);
    await q.query(`CREATE TRIGGER grading_result_immutable BEFORE UPDATE OR DELETE ON grading_result FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['grading_result', 'score_input', 'negative_finding', 'penalty', 'political_review', 'ballot', 'rater_invitation']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
