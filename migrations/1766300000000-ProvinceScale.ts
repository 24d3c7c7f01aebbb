import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A province of 100,000 cadres: the quota pool of one assessment is read by
 * its key (the cycle and the organisation), never by scanning the cycle, so
 * the committee's approval of one grade reads a few hundred rows.
 */
export class ProvinceScale1766300000000 implements MigrationInterface {
  name = 'ProvinceScale1766300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX assessment_pool_idx ON assessment (cycle_id, organisation_id, kind)`);
    await q.query(`COMMENT ON INDEX assessment_pool_idx IS 'The quota pool of an assessment: its cycle, its organisation and kind (grade-facts loadQuotaPools, the pool summary)'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assessment_pool_idx`);
  }
}
