import type { MigrationInterface, QueryRunner } from 'typeorm';

const RANKS = `ARRAY['PROVINCIAL_DEPUTY', 'BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY']`;

/**
 * Team membership as data: the principal leader who writes a
 * unit's leadership-team summary is a serving member of that team
 * (`cadre.team_member`), a principal at the highest rank level among the
 * team's serving members — a cadre of the unit who is not on its team, or
 * who retired or left, no longer counts. The designated author stays as
 * designated. Also an index for the roster search by unit and status.
 */
export class TeamMembership1765100000000 implements MigrationInterface {
  name = 'TeamMembership1765100000000';

  public async up(q: QueryRunner): Promise<void> {
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
    await q.query(`COMMENT ON FUNCTION writes_team_report(uuid) IS 'Does this cadre write and submit their unit''s leadership-team summary: a serving team member who is a principal at the highest rank level among the team''s serving members, or the designated author'`);
    await q.query(`CREATE INDEX cadre_employment_status ON cadre (employment_status, organisation_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cadre_employment_status`);
    await q.query(`
      CREATE OR REPLACE FUNCTION writes_team_report(cadre_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           WHERE c.id = cadre_id
             AND (o.team_report_author_id = c.id
                  OR (c.position_type = 'PRINCIPAL'
                      AND array_position(${RANKS}, c.rank_level)
                          = (SELECT min(array_position(${RANKS}, x.rank_level))
                               FROM cadre x WHERE x.organisation_id = c.organisation_id))))
      $$`);
  }
}
