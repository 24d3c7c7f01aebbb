import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kinds that add up: the rule a special assessment (专项考核) carries into
 * the annual of its year (a bonus, a deduction or a gate), and a term
 * assessment's (任期考核) term dates and term targets.
 */
export class AssessmentKinds1766500000000 implements MigrationInterface {
  name = 'AssessmentKinds1766500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE special_rule (
        cycle_id uuid PRIMARY KEY REFERENCES assessment_cycle(id) ON DELETE CASCADE,
        mode text NOT NULL CHECK (mode IN ('BONUS', 'DEDUCTION', 'GATE')),
        threshold text NOT NULL CHECK (threshold IN ('GOOD', 'FAIR', 'AVERAGE', 'POOR')),
        points numeric(5,2),
        gate_effect text CHECK (gate_effect IN ('NO_EXCELLENT', 'ONE_LEVEL_DOWN')),
        set_by uuid,
        set_at timestamptz NOT NULL,
        CHECK ((mode = 'GATE') = (gate_effect IS NOT NULL) AND (mode = 'GATE') = (points IS NULL))
      )`);
    await q.query(`COMMENT ON TABLE special_rule IS 'How a special assessment counts in the annual of its year: BONUS (points added at or above the threshold grade), DEDUCTION (points subtracted at or below it) or GATE (at or below it: no EXCELLENT, or one level down)'`);
    await q.query(`
      CREATE TABLE term_period (
        cycle_id uuid PRIMARY KEY REFERENCES assessment_cycle(id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on),
        set_by uuid,
        set_at timestamptz NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE term_period IS 'The term a term assessment covers: its first and last day (Beijing days)'`);
    await q.query(`
      CREATE TABLE term_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        position int NOT NULL,
        target text NOT NULL,
        measure text NOT NULL,
        achieved boolean,
        score numeric(5,2) CHECK (score IS NULL OR score BETWEEN 0 AND 100),
        UNIQUE (assessment_id, position)
      )`);
    await q.query(`COMMENT ON TABLE term_target IS 'A term target (任期目标) of a term assessment: the target, how it is measured, whether it was achieved and its score'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE term_target`);
    await q.query(`DROP TABLE term_period`);
    await q.query(`DROP TABLE special_rule`);
  }
}
