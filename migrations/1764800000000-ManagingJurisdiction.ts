import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cadre management authority (干部管理权限) as a fact of each cadre, one
 * assessment per cadre (or team), kind and period, the leadership team's
 * designated report author, and team-scale votes on ballots.
 *
 * - `cadre.managing_organisation_id`: the jurisdiction whose organisation
 *   department assesses the cadre. Default (a trigger, for every insert that
 *   leaves it out, and the backfill): the nearest region above or at the
 *   cadre's unit whose level manages the rank — bureau level and above → the
 *   province, county-division level → the city (州), township-section level →
 *   the county; a level missing on the path falls back to the next region up,
 *   finally the root.
 * - `assessment_cycle.assessing_organisation_id`: the organisation department
 *   running the cycle (the planner's ORG_ADMIN jurisdiction covering its
 *   scope; backfilled from the planner's grants): it enrols a cadre only when
 *   it is the cadre's managing jurisdiction or above it.
 * - `assessment.period`: the period an assessment covers, from its cycle
 *   (`2026`, `2026-term`, `2026-Q2`, `2026:<special task>`), set by a trigger;
 *   two unique indexes over the assessments not cancelled allow one per
 *   (cadre, kind, period) and one per (team, kind, period). Duplicates
 *   enrolled before this migration keep the earliest; the later ones keep
 *   period NULL (listed by `SELECT * FROM assessment WHERE period IS NULL`) for
 *   the organisation department to cancel.
 * - `organisation.team_report_author_id`: the cadre the unit designated to
 *   write and submit its leadership team's summary.
 * - `ballot.overall` also takes the team scale (GOOD, AVERAGE, POOR).
 */
export class ManagingJurisdiction1764800000000 implements MigrationInterface {
  name = 'ManagingJurisdiction1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION default_managing_organisation(org uuid, rank text) RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT a.id
          FROM organisation u JOIN organisation a ON a.id = ANY (string_to_array(btrim(u.path, '/'), '/')::uuid[])
         WHERE u.id = org
         ORDER BY
           CASE
             WHEN rank IN ('PROVINCIAL_DEPUTY', 'BUREAU_PRINCIPAL', 'BUREAU_DEPUTY') THEN array_position(ARRAY['PROVINCE'], a.kind)
             WHEN rank IN ('DIVISION_PRINCIPAL', 'DIVISION_DEPUTY') THEN array_position(ARRAY['CITY', 'PROVINCE'], a.kind)
             ELSE array_position(ARRAY['COUNTY', 'CITY', 'PROVINCE'], a.kind)
           END NULLS LAST,
           a.depth ASC
         LIMIT 1
      $$`);
    await q.query(`COMMENT ON FUNCTION default_managing_organisation(uuid, text) IS 'The default managing jurisdiction of a cadre of this unit and rank: province for bureau level and above, city for county-division level, county for township-section level (nearest region up the path; the root when none)'`);
    await q.query(`ALTER TABLE cadre ADD COLUMN managing_organisation_id uuid REFERENCES organisation(id)`);
    await q.query(`UPDATE cadre SET managing_organisation_id = default_managing_organisation(organisation_id, rank_level)`);
    await q.query(`ALTER TABLE cadre ALTER COLUMN managing_organisation_id SET NOT NULL`);
    await q.query(`COMMENT ON COLUMN cadre.managing_organisation_id IS 'Cadre management authority (干部管理权限): the jurisdiction whose organisation department assesses this cadre; only a cycle of it or above enrols them'`);
    await q.query(`
      CREATE FUNCTION cadre_default_managing_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.managing_organisation_id IS NULL THEN
          NEW.managing_organisation_id := default_managing_organisation(NEW.organisation_id, NEW.rank_level);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER cadre_managing_organisation BEFORE INSERT ON cadre FOR EACH ROW EXECUTE FUNCTION cadre_default_managing_organisation()`);

    await q.query(`ALTER TABLE assessment_cycle ADD COLUMN assessing_organisation_id uuid REFERENCES organisation(id)`);
    await q.query(`
      UPDATE assessment_cycle y SET assessing_organisation_id = coalesce(
        (SELECT o.id FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id
          WHERE ra.user_id = y.created_by AND ra.role = 'ORG_ADMIN' AND y.org_path LIKE o.path || '%' ORDER BY o.depth LIMIT 1),
        y.organisation_id)`);
    await q.query(`ALTER TABLE assessment_cycle ALTER COLUMN assessing_organisation_id SET NOT NULL`);
    await q.query(`COMMENT ON COLUMN assessment_cycle.assessing_organisation_id IS 'The organisation department that runs the cycle (the planner''s ORG_ADMIN jurisdiction covering its scope); it enrols only cadres whose managing jurisdiction is it or below it'`);
    await q.query(`
      CREATE FUNCTION assessment_period(kind text, year int, quarter int, task text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE kind
          WHEN 'ANNUAL' THEN year::text
          WHEN 'TERM' THEN year || '-term'
          WHEN 'REGULAR' THEN year || '-Q' || coalesce(quarter, 0)
          ELSE year || ':' || lower(btrim(coalesce(task, '')))
        END
      $$`);
    await q.query(`ALTER TABLE assessment ADD COLUMN period text`);
    await q.query(`
      UPDATE assessment a SET period = p.period
        FROM (SELECT a2.id, assessment_period(c.kind, c.year, c.quarter, c.task) AS period,
                     row_number() OVER (PARTITION BY coalesce(a2.cadre_id, a2.organisation_id), a2.kind, assessment_period(c.kind, c.year, c.quarter, c.task)
                                        ORDER BY a2.created_at, a2.id) AS n
                FROM assessment a2 JOIN assessment_cycle c ON c.id = a2.cycle_id) p
       WHERE p.id = a.id AND p.n = 1`);
    await q.query(`COMMENT ON COLUMN assessment.period IS 'The period assessed, from the cycle: 2026, 2026-term, 2026-Q2, 2026:<task>; NULL only for a duplicate enrolled before one assessment per period was enforced'`);
    await q.query(`
      CREATE FUNCTION assessment_fill_period() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT assessment_period(c.kind, c.year, c.quarter, c.task) INTO NEW.period FROM assessment_cycle c WHERE c.id = NEW.cycle_id;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER assessment_period BEFORE INSERT ON assessment FOR EACH ROW EXECUTE FUNCTION assessment_fill_period()`);
    await q.query(`CREATE UNIQUE INDEX assessment_cadre_period_once ON assessment (cadre_id, kind, period) WHERE cadre_id IS NOT NULL AND state <> 'cancelled'`);
    await q.query(`CREATE UNIQUE INDEX assessment_team_period_once ON assessment (organisation_id, kind, period) WHERE kind = 'TEAM_ANNUAL' AND state <> 'cancelled'`);

    await q.query(`ALTER TABLE organisation ADD COLUMN team_report_author_id uuid REFERENCES cadre(id)`);
    await q.query(`COMMENT ON COLUMN organisation.team_report_author_id IS 'The cadre of this unit designated to write and submit its leadership team''s summary, besides its principal leaders'`);
    await q.query(`
      CREATE FUNCTION writes_team_report(cadre_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           WHERE c.id = cadre_id
             AND (o.team_report_author_id = c.id
                  OR (c.position_type = 'PRINCIPAL'
                      AND array_position(ARRAY['PROVINCIAL_DEPUTY', 'BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY'], c.rank_level)
                          = (SELECT min(array_position(ARRAY['PROVINCIAL_DEPUTY', 'BUREAU_PRINCIPAL', 'BUREAU_DEPUTY', 'DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL', 'SECTION_DEPUTY'], x.rank_level))
                               FROM cadre x WHERE x.organisation_id = c.organisation_id))))
      $$`);
    await q.query(`COMMENT ON FUNCTION writes_team_report(uuid) IS 'Does this cadre write and submit their unit''s leadership-team summary: a principal leader (a principal at the unit''s highest rank level) or the designated author'`);

    await q.query(`ALTER TABLE ballot DROP CONSTRAINT ballot_overall_check`);
    await q.query(`ALTER TABLE ballot ADD CONSTRAINT ballot_overall_check CHECK (overall IN ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'GOOD', 'AVERAGE', 'POOR'))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ballot DROP CONSTRAINT ballot_overall_check`);
    // NOT VALID: team ballots cast meanwhile stay; new rows are checked against the cadre scale again.
    await q.query(`ALTER TABLE ballot ADD CONSTRAINT ballot_overall_check CHECK (overall IN ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')) NOT VALID`);
    await q.query(`DROP FUNCTION writes_team_report(uuid)`);
    await q.query(`ALTER TABLE organisation DROP COLUMN team_report_author_id`);
    await q.query(`DROP INDEX assessment_team_period_once`);
    await q.query(`DROP INDEX assessment_cadre_period_once`);
    await q.query(`DROP TRIGGER assessment_period ON assessment`);
    await q.query(`DROP FUNCTION assessment_fill_period()`);
    await q.query(`ALTER TABLE assessment DROP COLUMN period`);
    await q.query(`DROP FUNCTION assessment_period(text, int, int, text)`);
    await q.query(`ALTER TABLE assessment_cycle DROP COLUMN assessing_organisation_id`);
    await q.query(`DROP TRIGGER cadre_managing_organisation ON cadre`);
    await q.query(`DROP FUNCTION cadre_default_managing_organisation()`);
    await q.query(`ALTER TABLE cadre DROP COLUMN managing_organisation_id`);
    await q.query(`DROP FUNCTION default_managing_organisation(uuid, text)`);
  }
}
