import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the decision: versioned results (each correction a new immutable
 * row), review and appeal cases, fault-tolerance cases and accusations
 * (clearing names) as persisted machine instances with their deadlines;
 * penalties gain their accountability start, period, category and
 * replacement; investigations gain their conclusion.
 */
export class CasesAndCorrections1764300000000 implements MigrationInterface {
  name = 'CasesAndCorrections1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE result_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        version int NOT NULL,
        grade text NOT NULL,
        previous_grade text,
        source text NOT NULL CHECK (source IN ('DECISION', 'REVIEW', 'APPEAL', 'FAULT_TOLERANCE', 'INVESTIGATION_CLOSED')),
        reason text,
        case_id uuid,
        decided_by uuid REFERENCES user_account(id),
        decided_role text,
        decided_at timestamptz NOT NULL,
        CONSTRAINT result_version_once UNIQUE (assessment_id, version)
      )`);
    await q.query(`COMMENT ON TABLE result_version IS 'Version 1 is the decided result; each correction (review, appeal, fault tolerance, investigation closed) adds a version with its reason. Rows are never changed'`);
    await q.query(`COMMENT ON COLUMN result_version.case_id IS 'The review case, fault-tolerance case or investigation (cadre_status_period) that decided the correction'`);
    await q.query(`CREATE TRIGGER result_version_immutable BEFORE UPDATE OR DELETE ON result_version FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);
    await q.query(`
      INSERT INTO result_version (assessment_id, version, grade, source, decided_at)
      SELECT id, 1, final_grade, 'DECISION', updated_at FROM assessment WHERE final_grade IS NOT NULL`);

    const instanceColumns = `
        machine_id text NOT NULL,
        machine_version int NOT NULL,
        input jsonb NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        due_at timestamptz,
        due_event text,
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL`;

    await q.query(`
      CREATE TABLE review_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        route text NOT NULL CHECK (route IN ('REVIEW', 'DIRECT_APPEAL')),
        ${instanceColumns}
      )`);
    await q.query(`COMMENT ON TABLE review_case IS '复核 and 申诉 of an annual result: one case per request; the result stays in force meanwhile'`);
    await q.query(`CREATE UNIQUE INDEX review_case_one_open ON review_case (assessment_id) WHERE state NOT IN ('appealDecided', 'closed', 'withdrawn')`);
    await q.query(`CREATE INDEX review_case_scope_idx ON review_case (org_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX review_case_cadre_idx ON review_case (cadre_id, created_at DESC)`);
    await q.query(`CREATE INDEX review_case_due_idx ON review_case (due_at) WHERE due_at IS NOT NULL`);

    await q.query(`ALTER TABLE penalty ALTER COLUMN decided_on DROP NOT NULL`);
    await q.query(`ALTER TABLE penalty ADD COLUMN started_on date, ADD COLUMN effective_until date, ADD COLUMN category text,
                   ADD COLUMN replaced_by uuid REFERENCES penalty(id), ADD COLUMN tolerated_by_case uuid`);
    await q.query(`UPDATE penalty SET started_on = decided_on`);
    await q.query(`COMMENT ON COLUMN penalty.started_on IS 'When accountability (问责) or the sanction procedure started; decided_on is null until it is decided'`);
    await q.query(`COMMENT ON COLUMN penalty.effective_until IS 'Last day of the sanction period (warning 6, demerit 12, major demerit 18, downgrade or dismissal 24 months: settings)'`);
    await q.query(`COMMENT ON COLUMN penalty.replaced_by IS 'A fault-tolerance decision (MITIGATED) replaced this sanction by a lighter one: this row no longer counts'`);

    await q.query(`
      CREATE TABLE fault_tolerance_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        penalty_id uuid REFERENCES penalty(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        origin text NOT NULL CHECK (origin IN ('CADRE_APPLICATION', 'UNIT_APPLICATION', 'OWN_MOTION')),
        mistake_key text NOT NULL,
        outcome text CHECK (outcome IN ('EXEMPT', 'MITIGATED', 'NOT_TOLERATED')),
        ${instanceColumns}
      )`);
    await q.query(`COMMENT ON TABLE fault_tolerance_case IS '容错纠错: application or own motion → acceptance → investigation → collective decision → feedback → filing → correction verified'`);
    await q.query(`COMMENT ON COLUMN fault_tolerance_case.mistake_key IS 'The nature of the mistake: the same cadre''s same mistake, once tolerated, is not tolerated again'`);
    await q.query(`CREATE INDEX fault_tolerance_case_scope_idx ON fault_tolerance_case (org_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX fault_tolerance_case_cadre_idx ON fault_tolerance_case (cadre_id, mistake_key)`);
    await q.query(`CREATE INDEX fault_tolerance_case_due_idx ON fault_tolerance_case (due_at) WHERE due_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE accusation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        source text NOT NULL CHECK (source IN ('PETITION', 'REPORT', 'INSPECTION')),
        concerns_year int NOT NULL,
        negative_code text,
        received_on date NOT NULL,
        counts_against boolean NOT NULL DEFAULT true,
        ${instanceColumns}
      )`);
    await q.query(`COMMENT ON COLUMN accusation.counts_against IS 'False once cleared (澄清正名): a cleared accusation never blocks EXCELLENT, an outcome or a promotion'`);
    await q.query(`COMMENT ON COLUMN accusation.negative_code IS 'The negative-list situation the accusation alleges, if any (bars EXCELLENT of concerns_year until cleared)'`);
    await q.query(`CREATE INDEX accusation_scope_idx ON accusation (org_path text_pattern_ops, id)`);
    await q.query(`CREATE INDEX accusation_cadre_idx ON accusation (cadre_id, concerns_year)`);

    await q.query(`ALTER TABLE cadre_status_period ADD COLUMN conclusion text CHECK (conclusion IN ('NO_PENALTY', 'PENALTY')),
                   ADD COLUMN conclusion_penalty_id uuid REFERENCES penalty(id), ADD COLUMN conclusion_note text, ADD COLUMN concluded_by uuid REFERENCES user_account(id)`);
    await q.query(`COMMENT ON COLUMN cadre_status_period.conclusion IS 'For an INVESTIGATION: how it closed; with no penalty or a warning the UNGRADED year is graded retroactively'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cadre_status_period DROP COLUMN conclusion, DROP COLUMN conclusion_penalty_id, DROP COLUMN conclusion_note, DROP COLUMN concluded_by`);
    await q.query(`DROP TABLE accusation`);
    await q.query(`DROP TABLE fault_tolerance_case`);
    await q.query(`DELETE FROM penalty WHERE decided_on IS NULL`);
    await q.query(`ALTER TABLE penalty DROP COLUMN started_on, DROP COLUMN effective_until, DROP COLUMN category, DROP COLUMN replaced_by, DROP COLUMN tolerated_by_case`);
    await q.query(`ALTER TABLE penalty ALTER COLUMN decided_on SET NOT NULL`);
    await q.query(`DROP TABLE review_case`);
    await q.query(`DROP TABLE result_version`);
  }
}
