import type { DataSource } from 'typeorm';

/**
 * What an audit row is about, by name: the cadre (or the unit, for a team) of
 * an assessment, case or task; the cycle; the account; the organisation. One
 * statement per kind of record for a whole page of rows; a kind without a
 * name (a calendar year, the system) reads null and the page shows its id.
 */
const NAME_QUERIES: Record<string, string> = {
  assessment: `SELECT a.id::text AS id, coalesce(c.name, o.name) AS name FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id WHERE a.id = ANY($1::uuid[])`,
  assessment_cycle: `SELECT id::text AS id, name FROM assessment_cycle WHERE id = ANY($1::uuid[])`,
  user: `SELECT id::text AS id, display_name AS name FROM user_account WHERE id = ANY($1::uuid[])`,
  cadre: `SELECT id::text AS id, name FROM cadre WHERE id = ANY($1::uuid[])`,
  organisation: `SELECT id::text AS id, name FROM organisation WHERE id = ANY($1::uuid[])`,
  outcome_task: `SELECT t.id::text AS id, coalesce(c.name, o.name) AS name FROM outcome_task t JOIN organisation o ON o.id = t.organisation_id LEFT JOIN cadre c ON c.id = t.cadre_id WHERE t.id = ANY($1::uuid[])`,
  review_case: `SELECT r.id::text AS id, coalesce(c.name, o.name) AS name FROM review_case r JOIN organisation o ON o.id = r.organisation_id LEFT JOIN cadre c ON c.id = r.cadre_id WHERE r.id = ANY($1::uuid[])`,
  fault_tolerance_case: `SELECT f.id::text AS id, c.name FROM fault_tolerance_case f JOIN cadre c ON c.id = f.cadre_id WHERE f.id = ANY($1::uuid[])`,
  accusation: `SELECT x.id::text AS id, c.name FROM accusation x JOIN cadre c ON c.id = x.cadre_id WHERE x.id = ANY($1::uuid[])`,
  indicator_scheme: `SELECT id::text AS id, name FROM indicator_scheme WHERE id = ANY($1::uuid[])`,
  business_assessment: `SELECT id::text AS id, name FROM business_assessment WHERE id = ANY($1::uuid[])`,
  survey: `SELECT id::text AS id, title AS name FROM survey WHERE id = ANY($1::uuid[])`,
  candidate_list: `SELECT id::text AS id, name FROM candidate_list WHERE id = ANY($1::uuid[])`,
  cadre_promotion: `SELECT p.id::text AS id, c.name FROM cadre_promotion p JOIN cadre c ON c.id = p.cadre_id WHERE p.id = ANY($1::uuid[])`,
  announcement_list: `SELECT l.id::text AS id, y.name || ' ' || l.number AS name FROM announcement_list l JOIN assessment_cycle y ON y.id = l.cycle_id WHERE l.id = ANY($1::uuid[])`,
  corroborating_finding: `SELECT f.id::text AS id, coalesce(c.name, o.name) AS name FROM corroborating_finding f JOIN assessment a ON a.id = f.assessment_id JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id WHERE f.id = ANY($1::uuid[])`,
  veto_consultation: `SELECT v.id::text AS id, coalesce(c.name, o.name) AS name FROM veto_consultation v JOIN assessment a ON a.id = v.assessment_id JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id WHERE v.id = ANY($1::uuid[])`,
};
/** Kinds whose rows carry the id of another kind's record. */
const SAME_AS: Record<string, string> = {
  assessment_evaluation: 'assessment',
  assessment_cycle_export: 'assessment_cycle',
  assessment_cycle_grading: 'assessment_cycle',
  cadre_penalty: 'cadre',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const auditSubjectKey = (entityType: string, entityId: string) => `${entityType}|${entityId}`;

export async function auditSubjectNames(dataSource: DataSource, keys: readonly string[]): Promise<Array<string | null>> {
  const byKind = new Map<string, Set<string>>();
  for (const key of keys) {
    const [type = '', id = ''] = key.split('|');
    const kind = SAME_AS[type] ?? type;
    if (!NAME_QUERIES[kind] || !UUID.test(id)) continue;
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(id));
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const rows = (await dataSource.query(NAME_QUERIES[kind]!, [[...ids]])) as Array<{ id: string; name: string | null }>;
      for (const r of rows) if (r.name) names.set(`${kind}|${r.id}`, r.name);
    }),
  );
  return keys.map((key) => {
    const [type = '', id = ''] = key.split('|');
    return names.get(`${SAME_AS[type] ?? type}|${id}`) ?? null;
  });
}
