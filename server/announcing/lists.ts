import type { EntityManager } from 'typeorm';
import type { RuleSettings } from '../../workflows/rules/settings.js';

/**
 * The commendation and criticism lists of a cycle, from its decided annual
 * results (docs/domain.md §6a):
 * - COMMENDED_TEAMS 通报表扬: leadership teams graded EXCELLENT;
 * - COMMENDED_CADRES 嘉奖: cadres graded EXCELLENT this year (when
 *   results.excellentCommendation), except those on the merit list;
 * - MERIT_CADRES 记三等功: cadres graded EXCELLENT this year and each of the
 *   years before it, results.meritConsecutiveExcellentYears in a row;
 * - CRITICISED_TEAMS 通报批评: teams graded POOR (and AVERAGE when
 *   announcing.criticiseAverageTeams).
 */
export const ANNOUNCEMENT_LIST_KINDS = ['COMMENDED_TEAMS', 'COMMENDED_CADRES', 'MERIT_CADRES', 'CRITICISED_TEAMS'] as const;
export type AnnouncementListKind = (typeof ANNOUNCEMENT_LIST_KINDS)[number];

export const LIST_ENTRY_LIMIT = 2000;

export interface ListEntry {
  assessmentId: string;
  /** The cadre, or the organisation's name for a team. */
  name: string;
  organisationName: string;
  post: string | null;
  grade: string;
  /** The years counted (this year last): the consecutive EXCELLENT years of a merit; this year alone otherwise. */
  years: number[];
  /** The assessed organisation's path, to cut an issued list to a jurisdiction; never sent to clients. */
  orgPath?: string;
}

export const isTeamList = (kind: AnnouncementListKind) => kind === 'COMMENDED_TEAMS' || kind === 'CRITICISED_TEAMS';

interface Cycle {
  id: string;
  year: number;
}

/** The entries of a list inside the jurisdiction patterns, at most LIST_ENTRY_LIMIT, by organisation code. */
export async function listEntries(m: Pick<EntityManager, 'query'>, cycle: Cycle, patterns: string[], kind: AnnouncementListKind, settings: RuleSettings): Promise<ListEntry[]> {
  const merit = settings.results.meritConsecutiveExcellentYears;
  const base = `FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
    WHERE a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[]) AND a.state <> 'cancelled'`;
  const select = `SELECT a.id AS "assessmentId", coalesce(c.name, o.name) AS name, o.name AS "organisationName", coalesce(a.post_title, c.post) AS post, a.final_grade AS grade, a.org_path AS "orgPath"`;
  // A cadre's EXCELLENT years among the `merit` years ending with the cycle's: one final result per year (a year assessed twice: the later).
  const excellentYears = `(SELECT array_agg(y.year ORDER BY y.year) FROM (
      SELECT DISTINCT ON (hc.year) hc.year, h.final_grade
        FROM assessment h JOIN assessment_cycle hc ON hc.id = h.cycle_id
       WHERE h.cadre_id = a.cadre_id AND h.kind = 'CADRE_ANNUAL' AND hc.kind = 'ANNUAL' AND hc.state <> 'cancelled' AND h.state <> 'cancelled'
         AND h.final_grade IS NOT NULL AND hc.year BETWEEN $3::int - $4::int + 1 AND $3::int
       ORDER BY hc.year, h.updated_at DESC) y WHERE y.final_grade = 'EXCELLENT')`;
  let sql: string;
  let params: unknown[];
  switch (kind) {
    case 'COMMENDED_TEAMS':
    case 'CRITICISED_TEAMS': {
      const grades = kind === 'COMMENDED_TEAMS' ? ['EXCELLENT'] : settings.announcing.criticiseAverageTeams ? ['POOR', 'AVERAGE'] : ['POOR'];
      sql = `${select}, ARRAY[$3::int] AS years ${base} AND a.kind = 'TEAM_ANNUAL' AND a.final_grade = ANY($4::text[]) ORDER BY o.code, a.id LIMIT ${LIST_ENTRY_LIMIT}`;
      params = [cycle.id, patterns, cycle.year, grades];
      break;
    }
    case 'MERIT_CADRES':
    case 'COMMENDED_CADRES': {
      if (kind === 'COMMENDED_CADRES' && !settings.results.excellentCommendation) return [];
      const onMerit = `coalesce(cardinality(${excellentYears}), 0) = $4::int`;
      sql = `${select}, CASE WHEN ${onMerit} THEN ${excellentYears} ELSE ARRAY[$3::int] END AS years ${base}
        AND a.kind = 'CADRE_ANNUAL' AND a.final_grade = 'EXCELLENT' AND ${kind === 'MERIT_CADRES' ? '' : 'NOT '}${onMerit}
        ORDER BY o.code, c.person_no, a.id LIMIT ${LIST_ENTRY_LIMIT}`;
      params = [cycle.id, patterns, cycle.year, merit];
      break;
    }
  }
  return (await m.query(sql, params)) as ListEntry[];
}

/** Assessments a list is drawn from that have no final result yet (team lists: teams; cadre lists: cadres), in the patterns. */
export async function undecidedCount(m: Pick<EntityManager, 'query'>, cycleId: string, patterns: string[], kind: AnnouncementListKind): Promise<number> {
  const [row] = (await m.query(
    `SELECT count(*)::int AS n FROM assessment a WHERE a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[]) AND a.kind = $3 AND a.state <> 'cancelled' AND a.final_grade IS NULL`,
    [cycleId, patterns, isTeamList(kind) ? 'TEAM_ANNUAL' : 'CADRE_ANNUAL'],
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}
