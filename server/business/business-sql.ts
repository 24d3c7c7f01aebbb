// The statements the business service and its workbook share.

/** The units a business assessment covers: enrolled in its cycle (not cancelled), of a kind it covers, their team or cadres as it covers them. */
export const COVERED = `
  SELECT DISTINCT ba.id AS ba_id, o.id AS organisation_id, o.code, o.name, o.path
    FROM business_assessment ba
    JOIN assessment a ON a.cycle_id = ba.cycle_id AND a.state <> 'cancelled'
    JOIN organisation o ON o.id = a.organisation_id AND o.kind = ANY(ba.org_kinds)
   WHERE ((a.kind = 'TEAM_ANNUAL' AND ba.covers_teams) OR (a.kind <> 'TEAM_ANNUAL' AND a.cadre_id IS NOT NULL AND ba.covers_cadres))`;

/** The result in force of each unit (its highest version), among the business assessments `where` picks. */
export const current = (where: string) => `
  SELECT DISTINCT ON (br.business_assessment_id, br.organisation_id) br.business_assessment_id, br.organisation_id, br.version, br.score::float8 AS score, br.passed, br.note,
         br.recorded_at, u.display_name AS recorded_by_name
    FROM business_result br LEFT JOIN user_account u ON u.id = br.recorded_by
   WHERE br.business_assessment_id ${where}
   ORDER BY br.business_assessment_id, br.organisation_id, br.version DESC`;
