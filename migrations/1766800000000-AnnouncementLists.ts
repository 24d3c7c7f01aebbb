import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Announcing a cycle's results: the commendation and criticism lists
 * (通报表扬, 嘉奖, 记三等功, 通报批评) as issued by the organisation
 * department, each once per cycle, with its 发文字号 and the entries frozen
 * as they were issued.
 */
export class AnnouncementLists1766800000000 implements MigrationInterface {
  name = 'AnnouncementLists1766800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE announcement_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        kind text NOT NULL CHECK (kind IN ('COMMENDED_TEAMS', 'COMMENDED_CADRES', 'MERIT_CADRES', 'CRITICISED_TEAMS')),
        number text NOT NULL,
        issued_on date NOT NULL,
        issued_at timestamptz NOT NULL,
        issued_by uuid NOT NULL REFERENCES user_account(id),
        entries jsonb NOT NULL,
        UNIQUE (cycle_id, kind)
      )`);
    await q.query(`COMMENT ON TABLE announcement_list IS 'A commendation or criticism list of a cycle as issued: its number and its entries frozen'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE announcement_list`);
  }
}
