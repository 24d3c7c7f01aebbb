import type { MigrationInterface, QueryRunner } from 'typeorm';

const RANKS = `ARRAY['PROVINCIAL_DEPUTY', 'BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY']`;

/**
 * The session lookup every request makes asks `writes_team_report` about the
 * signed-in cadre. As a SQL function with a subquery it was never inlined and
 * was planned again on every call (PostgreSQL keeps a SQL function's plan for
 * one statement only), and the team's highest rank level was found by reading
 * every serving member of the unit. The same rule, word for word, now runs as
 * PL/pgSQL (its plan kept per connection), and the highest rank level among a
 * team's serving members is read from an index in one probe
 * (`cadre_team_rank`: organisation, rank position, serving team members only).
 */
export class SessionTeamReport1767300000000 implements MigrationInterface {
  name = 'SessionTeamReport1767300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX cadre_team_rank ON cadre (organisation_id, array_position(${RANKS}, rank_level)) WHERE team_member AND employment_status = 'SERVING'`,
    );
    await q.query(
      `COMMENT ON INDEX cadre_team_rank IS 'The highest rank level among a leadership team''s serving members in one probe (writes_team_report); the array is the one of writes_team_report'`,
    );
    await q.query(`
      CREATE OR REPLACE FUNCTION writes_team_report(cadre_id uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN EXISTS (
          SELECT 1 FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           WHERE c.id = $1
             AND (o.team_report_author_id = c.id
                  OR (c.position_type = 'PRINCIPAL' AND c.team_member AND c.employment_status = 'SERVING'
                      AND array_position(${RANKS}, c.rank_level)
                          = (SELECT min(array_position(${RANKS}, x.rank_level))
                               FROM cadre x WHERE x.organisation_id = c.organisation_id AND x.team_member AND x.employment_status = 'SERVING'))));
      END
      $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION writes_team_report(cadre_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           WHERE c.id = cadre_id
             AND (o.team_report_author_id = c.id
                  OR (c.position_type = 'PRINCIPAL' AND c.team_member AND c.employment_status = 'SERVING'
                      AND array_position(${RANKS}, c.rank_level)
                          = (SELECT min(array_position(${RANKS}, x.rank_level))
                               FROM cadre x WHERE x.organisation_id = c.organisation_id AND x.team_member AND x.employment_status = 'SERVING'))))
      $$`);
    await q.query(`DROP INDEX cadre_team_rank`);
  }
}
