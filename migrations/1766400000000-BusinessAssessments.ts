import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "1+N": the business assessments (业务考核) an annual cycle absorbs, and the
 * results each running department enters for the units it covers. A result
 * is never overwritten: a correction is a new version of the unit's result.
 */
export class BusinessAssessments1766400000000 implements MigrationInterface {
  name = 'BusinessAssessments1766400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        name text NOT NULL,
        department_id uuid NOT NULL REFERENCES organisation(id),
        covers_teams boolean NOT NULL,
        covers_cadres boolean NOT NULL,
        org_kinds text[] NOT NULL,
        mode text NOT NULL CHECK (mode IN ('SCORE', 'GATE')),
        weight numeric(5,2) NULL CHECK (weight IS NULL OR (weight > 0 AND weight <= 100)),
        inspections_per_unit int NOT NULL CHECK (inspections_per_unit >= 0),
        declared_by uuid NOT NULL REFERENCES user_account(id),
        declared_at timestamptz NOT NULL,
        CHECK ((mode = 'SCORE') = (weight IS NOT NULL)),
        CHECK (covers_teams OR covers_cadres),
        UNIQUE (cycle_id, name)
      )`);
    await q.query(`CREATE INDEX business_assessment_cycle_idx ON business_assessment (cycle_id)`);
    await q.query(`
      CREATE TABLE business_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        business_assessment_id uuid NOT NULL REFERENCES business_assessment(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        version int NOT NULL,
        score numeric(5,2) NULL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
        passed boolean NULL,
        note text NOT NULL DEFAULT '',
        recorded_by uuid NOT NULL REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        CHECK ((score IS NULL) <> (passed IS NULL)),
        UNIQUE (business_assessment_id, organisation_id, version)
      )`);
    await q.query(`COMMENT ON TABLE business_result IS 'Results of a business assessment per unit; corrections are new versions, the highest version is in force'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE business_result`);
    await q.query(`DROP TABLE business_assessment`);
  }
}
