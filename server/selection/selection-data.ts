import type { EntityManager } from 'typeorm';
import { promotionBlockers, type AccusationFact, type InvestigationFact, type PenaltyFact, type PromotionBlocker } from '../../workflows/cases/promotion.js';
import { excellentShare, selectionCounters, type AnnualGrade } from '../../workflows/selection/counters.js';
import type { RankLevel } from '../cadres/cadre.entity.js';
import type { PromotionKind } from './selection.types.js';

/**
 * The facts of the selection record, loaded set-based for many cadres at once
 * (a candidate list, a search, an export): a handful of statements whatever
 * the number of cadres.
 */
type Q = Pick<EntityManager, 'query'>;

export interface CadreRow {
  id: string;
  name: string;
  personNo: string;
  organisationId: string;
  organisationName: string;
  path: string;
  post: string;
  rankLevel: RankLevel;
  birthDate: string | null;
  tookPostOn: string | null;
}

export interface AnnualRow extends AnnualGrade {
  cadreId: string;
  versions: number;
  organisationName: string;
  postTitle: string | null;
  score: number | null;
}

export interface PromotionRow {
  id: string;
  cadreId: string;
  cadreName: string;
  kind: PromotionKind;
  promotedOn: string;
  organisationName: string;
  post: string | null;
  note: string | null;
  excellentBefore: boolean;
}

export const CADRE_SELECT = `SELECT c.id, c.name, c.person_no AS "personNo", c.organisation_id AS "organisationId", o.name AS "organisationName", o.path,
       c.post, c.rank_level AS "rankLevel", c.birth_date::text AS "birthDate", c.took_post_on::text AS "tookPostOn"
  FROM cadre c JOIN organisation o ON o.id = c.organisation_id`;

export async function loadCadres(m: Q, ids: readonly string[]): Promise<CadreRow[]> {
  if (!ids.length) return [];
  return m.query(`${CADRE_SELECT} WHERE c.id = ANY($1::uuid[])`, [ids]);
}

/**
 * Each cadre's annual results, one per year: the decided result of the annual
 * assessment (its final grade is the latest version after any correction),
 * the number of versions and the engine's latest composite score.
 */
export async function loadAnnual(m: Q, ids: readonly string[]): Promise<AnnualRow[]> {
  if (!ids.length) return [];
  return m.query(
    `SELECT DISTINCT ON (a.cadre_id, cy.year) a.cadre_id AS "cadreId", cy.year, a.final_grade AS grade, o.name AS "organisationName", a.post_title AS "postTitle",
            greatest(1, (SELECT max(v.version) FROM result_version v WHERE v.assessment_id = a.id))::int AS versions,
            (SELECT g.score::float8 FROM grading_result g WHERE g.assessment_id = a.id ORDER BY g.version DESC LIMIT 1) AS score
       FROM assessment a JOIN assessment_cycle cy ON cy.id = a.cycle_id JOIN organisation o ON o.id = a.organisation_id
      WHERE a.cadre_id = ANY($1::uuid[]) AND a.kind = 'CADRE_ANNUAL' AND cy.kind = 'ANNUAL' AND cy.state <> 'cancelled' AND a.final_grade IS NOT NULL
      ORDER BY a.cadre_id, cy.year DESC, a.updated_at DESC`,
    [ids],
  );
}

export interface RegularCounts {
  assessed: number;
  good: number;
  fair: number;
  average: number;
  poor: number;
}

export async function loadRegular(m: Q, ids: readonly string[], fromYear: number, toYear: number): Promise<Map<string, RegularCounts>> {
  const rows: Array<RegularCounts & { cadreId: string }> = ids.length
    ? await m.query(
        `SELECT a.cadre_id AS "cadreId", count(*)::int AS assessed,
                count(*) FILTER (WHERE a.final_grade = 'GOOD')::int AS good, count(*) FILTER (WHERE a.final_grade = 'FAIR')::int AS fair,
                count(*) FILTER (WHERE a.final_grade = 'AVERAGE')::int AS average, count(*) FILTER (WHERE a.final_grade = 'POOR')::int AS poor
           FROM assessment a JOIN assessment_cycle cy ON cy.id = a.cycle_id
          WHERE a.cadre_id = ANY($1::uuid[]) AND a.kind = 'REGULAR' AND cy.state <> 'cancelled' AND a.final_grade IS NOT NULL AND cy.year BETWEEN $2 AND $3
          GROUP BY a.cadre_id`,
        [ids, fromYear, toYear],
      )
    : [];
  return new Map(rows.map(({ cadreId, ...counts }) => [cadreId, counts]));
}

/** What blocks each cadre's promotion on `today`: the same facts and the same rule as the promotionBlockers query, three statements for all. */
export async function loadBlockers(m: Q, ids: readonly string[], today: string): Promise<Map<string, PromotionBlocker[]>> {
  const result = new Map<string, PromotionBlocker[]>();
  if (!ids.length) return result;
  const penalties: Array<PenaltyFact & { cadreId: string }> = await m.query(
    `SELECT cadre_id AS "cadreId", id, kind, decided_on::text AS "decidedOn", effective_until::text AS "effectiveUntil", tolerated, replaced_by AS "replacedBy"
       FROM penalty WHERE cadre_id = ANY($1::uuid[]) ORDER BY decided_on, id`,
    [ids],
  );
  const investigations: Array<InvestigationFact & { cadreId: string }> = await m.query(
    `SELECT cadre_id AS "cadreId", id, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM cadre_status_period WHERE cadre_id = ANY($1::uuid[]) AND kind = 'INVESTIGATION' ORDER BY starts_on`,
    [ids],
  );
  const accusations: Array<AccusationFact & { cadreId: string }> = await m.query(
    `SELECT cadre_id AS "cadreId", id, state, concerns_year AS "concernsYear" FROM accusation WHERE cadre_id = ANY($1::uuid[]) ORDER BY received_on, id`,
    [ids],
  );
  for (const id of ids) {
    const of = <T extends { cadreId: string }>(rows: T[]) => rows.filter((r) => r.cadreId === id);
    result.set(id, promotionBlockers({ penalties: of(penalties), investigations: of(investigations), accusations: of(accusations) }, today).blockers);
  }
  return result;
}

/** Whether an EXCELLENT annual result of year-3 … year-1 exists, for a promotion of `year`. */
export const EXCELLENT_BEFORE = (promotion: string, cadre: string) => `EXISTS (
  SELECT 1 FROM assessment ea JOIN assessment_cycle ec ON ec.id = ea.cycle_id
   WHERE ea.cadre_id = ${cadre} AND ea.kind = 'CADRE_ANNUAL' AND ec.kind = 'ANNUAL' AND ec.state <> 'cancelled' AND ea.final_grade = 'EXCELLENT'
     AND ec.year BETWEEN extract(year FROM ${promotion})::int - 3 AND extract(year FROM ${promotion})::int - 1)`;

export const PROMOTION_SELECT = `SELECT p.id, p.cadre_id AS "cadreId", c.name AS "cadreName", p.kind, p.promoted_on::text AS "promotedOn", o.name AS "organisationName", p.post, p.note,
       ${EXCELLENT_BEFORE('p.promoted_on', 'p.cadre_id')} AS "excellentBefore"
  FROM cadre_promotion p JOIN cadre c ON c.id = p.cadre_id JOIN organisation o ON o.id = p.organisation_id`;

export async function loadPromotions(m: Q, ids: readonly string[]): Promise<PromotionRow[]> {
  if (!ids.length) return [];
  return m.query(`${PROMOTION_SELECT} WHERE p.cadre_id = ANY($1::uuid[]) ORDER BY p.promoted_on DESC, p.id LIMIT 1000`, [ids]);
}

/** The share per year inside a jurisdiction: a cadre promoted twice in a year counts once, with an EXCELLENT before either day. */
export async function loadShares(m: Q, pattern: string, fromYear: number, toYear: number): Promise<Array<{ year: number; promoted: number; withExcellent: number; share: number | null }>> {
  const rows: Array<{ year: number; promoted: number; withExcellent: number }> = await m.query(
    `WITH per_cadre AS (
       SELECT extract(year FROM p.promoted_on)::int AS year, p.cadre_id, bool_or(${EXCELLENT_BEFORE('p.promoted_on', 'p.cadre_id')}) AS excellent
         FROM cadre_promotion p
        WHERE p.org_path LIKE $1 AND p.promoted_on BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31)
        GROUP BY 1, 2)
     SELECT y AS year, count(pc.cadre_id)::int AS promoted, count(*) FILTER (WHERE pc.excellent)::int AS "withExcellent"
       FROM generate_series($2::int, $3::int) y LEFT JOIN per_cadre pc ON pc.year = y
      GROUP BY y ORDER BY y`,
    [pattern, fromYear, toYear],
  );
  return rows.map((r) => ({ ...r, share: excellentShare(r.withExcellent, r.promoted) }));
}

export { selectionCounters };
