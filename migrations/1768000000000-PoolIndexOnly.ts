import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A grade decision reads its quota pool (server/grading/grade-facts.ts
 * `loadQuotaPools`): every member's id, kind, state, cadre, rank level and
 * standing result, by the pool's key (cycle, organisation, kind). With those
 * columns carried in `assessment_pool_idx` (INCLUDE) the pool is read from
 * the index alone wherever the visibility map allows: a few index pages
 * instead of a heap page for every few members (a pool of 300 read 10 pages
 * instead of 48). The key is unchanged, so every other reader of the index
 * (the quota summary) is served as before.
 */
export class PoolIndexOnly1768000000000 implements MigrationInterface {
  name = 'PoolIndexOnly1768000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS assessment_pool_idx`);
    await q.query(`CREATE INDEX assessment_pool_idx ON assessment (cycle_id, organisation_id, kind) INCLUDE (state, standing_result, cadre_id, rank_level, id)`);
    await q.query(
      `COMMENT ON INDEX assessment_pool_idx IS 'The quota pool of an assessment: its cycle, its organisation and kind, with what the pool reads of each member (grade-facts loadQuotaPools, index-only; the pool summary)'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS assessment_pool_idx`);
    await q.query(`CREATE INDEX assessment_pool_idx ON assessment (cycle_id, organisation_id, kind)`);
    await q.query(`COMMENT ON INDEX assessment_pool_idx IS 'The quota pool of an assessment: its cycle, its organisation and kind (grade-facts loadQuotaPools, the pool summary)'`);
  }
}
