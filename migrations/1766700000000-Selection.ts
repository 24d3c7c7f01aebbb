import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Results into selection (选任参考): promotions and further uses recorded on a
 * day (the share of promoted cadres graded EXCELLENT is counted from them),
 * and named candidate lists built by the organisation or personnel department.
 */
export class Selection1766700000000 implements MigrationInterface {
  name = 'Selection1766700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cadre_promotion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        kind text NOT NULL CHECK (kind IN ('PROMOTED', 'FURTHER_USED')),
        promoted_on date NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        post text,
        note text,
        recorded_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cadre_id, kind, promoted_on)
      )`);
    await q.query(`CREATE INDEX cadre_promotion_scope_idx ON cadre_promotion (org_path text_pattern_ops, promoted_on)`);
    await q.query(`COMMENT ON TABLE cadre_promotion IS 'A promotion (晋升) or further use (进一步使用) of a cadre on a day, with the unit the cadre served in then'`);
    await q.query(`
      CREATE TABLE candidate_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        purpose text,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        org_path text NOT NULL,
        created_by uuid REFERENCES user_account(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX candidate_list_scope_idx ON candidate_list (org_path text_pattern_ops, created_at DESC)`);
    await q.query(`
      CREATE TABLE candidate_list_member (
        list_id uuid NOT NULL REFERENCES candidate_list(id) ON DELETE CASCADE,
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        position int NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (list_id, cadre_id)
      )`);
    await q.query(`COMMENT ON TABLE candidate_list IS 'A named list of candidate cadres (e.g. for a vacancy), inside the jurisdiction of its organisation'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE candidate_list_member`);
    await q.query(`DROP TABLE candidate_list`);
    await q.query(`DROP TABLE cadre_promotion`);
  }
}
