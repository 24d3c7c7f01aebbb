import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The result an assessment stands at in its quota pool, as a column kept by
 * PostgreSQL on every write (a STORED generated column): the final result,
 * else the committee's decision, else the standing proposal (an EXCELLENT
 * withdrawn by an upheld objection holds no place), else UNGRADED or
 * COMMENT_ONLY under an overlay, else NULL. The quota pool
 * (server/grading/grade-facts.ts `loadQuotaPools`) reads it through
 * `assessment_pool_idx` instead of detoasting every member's snapshot.
 */
export class StandingResult1767100000000 implements MigrationInterface {
  name = 'StandingResult1767100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE assessment ADD COLUMN standing_result text GENERATED ALWAYS AS (
         coalesce(final_grade,
                  snapshot->'context'->'decision'->>'grade',
                  CASE WHEN snapshot->'context'->'excellentWithdrawn' = 'true'::jsonb AND proposed_grade = 'EXCELLENT' THEN NULL ELSE proposed_grade END,
                  CASE WHEN overlay <> 'NONE' THEN overlay END)) STORED`,
    );
    await q.query(
      `COMMENT ON COLUMN assessment.standing_result IS 'The result the assessment stands at in its quota pool (generated): final_grade, else the committee''s decision in the snapshot, else proposed_grade unless an EXCELLENT was withdrawn, else the overlay when not NONE, else NULL (not yet proposed)'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment DROP COLUMN IF EXISTS standing_result`);
  }
}
