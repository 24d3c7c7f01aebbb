import type { EntityManager } from 'typeorm';
import { DIMENSION_COMPONENT, indicatorsOf, type SchemeTree, type Weighting } from '../../workflows/indicators/scheme.js';
import { scoreSubjects, type Subject } from '../../workflows/indicators/scoring.js';

export interface PinnedScheme {
  id: string;
  category: string;
  jurisdictionPath: string;
  tree: SchemeTree;
}

/**
 * The published scheme versions in force on `day` that may apply inside the
 * subtree at `orgPath`: for every scheme of a jurisdiction above or inside it,
 * the newest version effective on that day. A cycle pins these when planned.
 */
export async function schemeVersionsInForce(m: EntityManager, orgPath: string, day: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await m.query(
    `SELECT DISTINCT ON (s.id) v.id
       FROM indicator_scheme s
       JOIN indicator_scheme_version v ON v.scheme_id = s.id
       JOIN organisation j ON j.id = s.jurisdiction_id
      WHERE v.status = 'PUBLISHED' AND v.effective_from <= $2 AND (j.path LIKE $1 || '%' OR $1 LIKE j.path || '%')
      ORDER BY s.id, v.effective_from DESC`,
    [orgPath, day],
  );
  return rows.map((r) => r.id);
}

export async function pinnedSchemes(m: EntityManager, versionIds: string[]): Promise<PinnedScheme[]> {
  if (!versionIds.length) return [];
  return m.query(
    `SELECT v.id, s.category, j.path AS "jurisdictionPath", v.tree
       FROM indicator_scheme_version v JOIN indicator_scheme s ON s.id = v.scheme_id JOIN organisation j ON j.id = s.jurisdiction_id
      WHERE v.id = ANY($1::uuid[])`,
    [versionIds],
  );
}

/** The pinned scheme for an organisation: its category's, from the nearest jurisdiction above it. */
export function schemeFor(schemes: readonly PinnedScheme[], org: { category: string; path: string }): PinnedScheme | null {
  let best: PinnedScheme | null = null;
  for (const s of schemes) {
    if (s.category === org.category && org.path.startsWith(s.jurisdictionPath) && (!best || s.jurisdictionPath.length > best.jurisdictionPath.length)) best = s;
  }
  return best;
}

/**
 * Scores a cycle's indicator data with its pinned schemes and rolls them up,
 * set-based: the pure scoring per method over every subject at once (rank
 * scores need their whole peer group), one bulk load of the scored rows into a
 * temporary table, then one SQL statement that rolls them up by the weights
 * into dimension scores and components for every assessment of the cycle:
 * teams get DEVELOPMENT and OTHER_INDICATORS with the TEAM weights; members
 * get WORK_RESULTS from the indicators they answer for (their own figure where
 * one was entered, else the team's) with the PRINCIPAL or DEPUTY weights.
 * Returns how many assessments got a scheme-computed score.
 */
export async function rollUpCycle(m: EntityManager, cycleId: string, at: Date): Promise<number> {
  const [cycle] = (await m.query(`SELECT indicator_scheme_versions AS versions FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ versions: string[] }>;
  await m.query(`DELETE FROM indicator_rollup WHERE assessment_id IN (SELECT id FROM assessment WHERE cycle_id = $1)`, [cycleId]);
  const schemes = await pinnedSchemes(m, cycle?.versions ?? []);
  if (!schemes.length) return 0;
  const values: Array<{ subject_type: 'ORGANISATION' | 'CADRE'; subject_id: string; indicator_code: string; value: number; category: string; path: string }> = await m.query(
    `SELECT v.subject_type, v.subject_id, v.indicator_code, v.value::float8 AS value, o.category, o.path
       FROM indicator_value v
       LEFT JOIN cadre c ON v.subject_type = 'CADRE' AND c.id = v.subject_id
       JOIN organisation o ON o.id = CASE WHEN v.subject_type = 'CADRE' THEN c.organisation_id ELSE v.subject_id END
      WHERE v.cycle_id = $1`,
    [cycleId],
  );
  if (!values.length) return 0;

  // Subjects per scheme; peers are the same kind of subject of the same category under the same scheme.
  const bySubject = new Map<string, { scheme: PinnedScheme; subject: Subject & { values: Record<string, number> } }>();
  for (const v of values) {
    const scheme = schemeFor(schemes, v);
    if (!scheme) continue;
    const key = `${v.subject_type}:${v.subject_id}`;
    if (!bySubject.has(key)) bySubject.set(key, { scheme, subject: { id: key, peerGroup: `${v.subject_type}|${v.category}`, values: {} } });
    bySubject.get(key)!.subject.values[v.indicator_code] = v.value;
  }
  const scored = new Map<string, Record<string, number>>();
  for (const scheme of schemes) {
    const subjects = [...bySubject.values()].filter((s) => s.scheme === scheme).map((s) => s.subject);
    for (const [id, scores] of scoreSubjects(indicatorsOf(scheme.tree), subjects)) scored.set(id, scores);
  }

  const assessments: Array<{ id: string; kind: string; cadre_id: string | null; organisation_id: string; category: string; path: string; position_type: string | null; codes: string[] | null }> = await m.query(
    `SELECT a.id, a.kind, a.cadre_id, a.organisation_id, o.category, o.path, c.position_type,
            (SELECT array_agg(r.indicator_code) FROM indicator_responsibility r WHERE r.cycle_id = a.cycle_id AND r.cadre_id = a.cadre_id) AS codes
       FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
      WHERE a.cycle_id = $1 AND (a.kind = 'TEAM_ANNUAL' OR a.cadre_id IN (SELECT cadre_id FROM indicator_responsibility WHERE cycle_id = $1)
             OR a.cadre_id IN (SELECT subject_id FROM indicator_value WHERE cycle_id = $1 AND subject_type = 'CADRE'))`,
    [cycleId],
  );
  const rows = { assessment: [] as string[], component: [] as string[], dimension: [] as string[], indWeight: [] as number[], dimWeight: [] as number[], score: [] as number[] };
  for (const a of assessments) {
    const scheme = schemeFor(schemes, a);
    if (!scheme) continue;
    const team = a.kind === 'TEAM_ANNUAL';
    const orgScores = scored.get(`ORGANISATION:${a.organisation_id}`) ?? {};
    const own = team ? {} : scored.get(`CADRE:${a.cadre_id}`) ?? {};
    const include = team ? null : new Set([...(a.codes ?? []), ...Object.keys(own)]);
    const weighting: Weighting = team ? 'TEAM' : a.position_type === 'PRINCIPAL' ? 'PRINCIPAL' : 'DEPUTY';
    for (const d of scheme.tree.dimensions) {
      for (const ind of d.indicators) {
        if (include && !include.has(ind.code)) continue;
        const score = own[ind.code] ?? orgScores[ind.code];
        if (score === undefined) continue;
        rows.assessment.push(a.id);
        rows.component.push(team ? DIMENSION_COMPONENT[d.key] : 'WORK_RESULTS');
        rows.dimension.push(d.key);
        rows.indWeight.push(ind.weight);
        rows.dimWeight.push(d.weights[weighting]);
        rows.score.push(score);
      }
    }
  }
  if (!rows.assessment.length) return 0;
  await m.query(`CREATE TEMP TABLE indicator_scored (assessment_id uuid, component text, dimension text, ind_weight numeric, dim_weight numeric, score numeric) ON COMMIT DROP`);
  await m.query(`INSERT INTO indicator_scored SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[])`, [
    rows.assessment,
    rows.component,
    rows.dimension,
    rows.indWeight,
    rows.dimWeight,
    rows.score,
  ]);
  // The weighted roll-up (workflows/indicators/scoring.ts#rollUp is the reference): indicators → dimensions → components.
  const [{ n }] = (await m.query(
    `WITH dim AS (
       SELECT assessment_id, component, dimension, max(dim_weight) AS weight, round(sum(score * ind_weight) / sum(ind_weight), 2) AS score
         FROM indicator_scored WHERE ind_weight > 0 GROUP BY 1, 2, 3 HAVING max(dim_weight) > 0
     ), comp AS (
       SELECT assessment_id, component, sum(weight) AS weight, round(sum(score * weight) / sum(weight), 2) AS score FROM dim GROUP BY 1, 2
     ), ins AS (
       INSERT INTO indicator_rollup (assessment_id, level, key, score, weight, computed_at)
       SELECT assessment_id, 'DIMENSION', dimension, score, weight, $1::timestamptz FROM dim
       UNION ALL SELECT assessment_id, 'COMPONENT', component, score, weight, $1::timestamptz FROM comp
       RETURNING assessment_id
     )
     SELECT count(DISTINCT assessment_id)::int AS n FROM ins`,
    [at],
  )) as [{ n: number }];
  await m.query(`DROP TABLE indicator_scored`);
  return n;
}
