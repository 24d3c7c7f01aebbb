import type { EntityManager } from 'typeorm';
import { gradeLevel } from '../../workflows/outcomes/rules.js';
import { REGION_KINDS, type OrganisationCategory, type OrganisationKind } from '../../workflows/org/categories.js';

/** The decided annual results of a group of organisations, counted by grade, with the shares the report prints. */
export interface Distribution {
  teams: number;
  teamsExcellent: number;
  teamsGood: number;
  teamsAverage: number;
  teamsPoor: number;
  teamsUndecided: number;
  cadres: number;
  cadresExcellent: number;
  cadresCompetent: number;
  cadresBasicallyCompetent: number;
  cadresIncompetent: number;
  cadresNotGraded: number;
  cadresUndecided: number;
  /** Percent of the graded teams, one decimal. */
  excellentTeamPercent: number | null;
  rectificationTeamPercent: number | null;
  /** Percent of the graded cadres, one decimal. */
  excellentCadrePercent: number | null;
}

export interface DistributionGroup extends Distribution {
  /** A region's organisation id, or a category. */
  key: string;
  name: string | null;
}

export interface ReportTeam {
  assessmentId: string;
  organisationId: string;
  organisationName: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  regionName: string | null;
  grade: string;
}

export const REPORT_TEAM_LIMIT = 500;

const empty = (): Distribution => ({
  teams: 0,
  teamsExcellent: 0,
  teamsGood: 0,
  teamsAverage: 0,
  teamsPoor: 0,
  teamsUndecided: 0,
  cadres: 0,
  cadresExcellent: 0,
  cadresCompetent: 0,
  cadresBasicallyCompetent: 0,
  cadresIncompetent: 0,
  cadresNotGraded: 0,
  cadresUndecided: 0,
  excellentTeamPercent: null,
  rectificationTeamPercent: null,
  excellentCadrePercent: null,
});

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

/** Adds `n` assessments of `kind` with final grade `grade` (null: not decided) to the counts. */
export function addCount(d: Distribution, kind: string, grade: string | null, n: number): void {
  const level = grade === null ? undefined : gradeLevel(grade);
  if (kind === 'TEAM_ANNUAL') {
    d.teams += n;
    if (level === undefined || level === null) d.teamsUndecided += n;
    else if (level === 0) d.teamsExcellent += n;
    else if (level === 1) d.teamsGood += n;
    else if (level === 2) d.teamsAverage += n;
    else d.teamsPoor += n;
  } else {
    d.cadres += n;
    if (level === undefined) d.cadresUndecided += n;
    else if (level === null) d.cadresNotGraded += n;
    else if (level === 0) d.cadresExcellent += n;
    else if (level === 1) d.cadresCompetent += n;
    else if (level === 2) d.cadresBasicallyCompetent += n;
    else d.cadresIncompetent += n;
  }
}

export function withShares<T extends Distribution>(d: T): T {
  const gradedTeams = d.teamsExcellent + d.teamsGood + d.teamsAverage + d.teamsPoor;
  const gradedCadres = d.cadresExcellent + d.cadresCompetent + d.cadresBasicallyCompetent + d.cadresIncompetent;
  d.excellentTeamPercent = percent(d.teamsExcellent, gradedTeams);
  d.rectificationTeamPercent = percent(d.teamsAverage + d.teamsPoor, gradedTeams);
  d.excellentCadrePercent = percent(d.cadresExcellent, gradedCadres);
  return d;
}

export interface ReportFilter {
  cycleId: string;
  /** Subtree patterns of the viewer's jurisdiction. */
  patterns: string[];
  /** The organisation reported on: its path and depth. */
  root: { id: string; path: string; depth: number };
  category: OrganisationCategory | null;
}

const likeEscape = (p: string) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE of every read: the cycle's annual assessments under the root, in the jurisdiction, of the category when given. */
const WHERE = `a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[]) AND a.org_path LIKE $3 AND ($4::text IS NULL OR o.category = $4)
  AND a.kind IN ('TEAM_ANNUAL', 'CADRE_ANNUAL') AND a.state <> 'cancelled'`;

/** Counts by region (the root's own first, then its direct children by code) and by category, in one statement each. */
export async function loadDistributions(m: Pick<EntityManager, 'query'>, f: ReportFilter): Promise<{ total: Distribution; regions: DistributionGroup[]; categories: DistributionGroup[] }> {
  const params = [f.cycleId, f.patterns, likeEscape(f.root.path), f.category];
  const segment = f.root.depth + 3;
  const rows = (await m.query(
    `SELECT coalesce(nullif(split_part(a.org_path, '/', ${segment}), ''), $5::text) AS region, o.category, a.kind, a.final_grade AS grade, count(*)::int AS n
       FROM assessment a JOIN organisation o ON o.id = a.organisation_id
      WHERE ${WHERE}
      GROUP BY 1, 2, 3, 4`,
    [...params, f.root.id],
  )) as Array<{ region: string; category: string; kind: string; grade: string | null; n: number }>;
  const total = empty();
  const regions = new Map<string, DistributionGroup>();
  const categories = new Map<string, DistributionGroup>();
  for (const r of rows) {
    addCount(total, r.kind, r.grade, r.n);
    for (const [map, key] of [
      [regions, r.region],
      [categories, r.category],
    ] as const) {
      if (!map.has(key)) map.set(key, { key, name: null, ...empty() });
      addCount(map.get(key)!, r.kind, r.grade, r.n);
    }
  }
  const names = (await m.query(`SELECT id, name, code FROM organisation WHERE id = ANY($1::uuid[])`, [[...regions.keys()]])) as Array<{ id: string; name: string; code: string }>;
  const byId = new Map(names.map((n) => [n.id, n]));
  for (const g of regions.values()) g.name = byId.get(g.key)?.name ?? null;
  return {
    total: withShares(total),
    regions: [...regions.values()].sort((a, b) => Number(b.key === f.root.id) - Number(a.key === f.root.id) || (byId.get(a.key)?.code ?? '').localeCompare(byId.get(b.key)?.code ?? '')).map(withShares),
    categories: [...categories.values()].sort((a, b) => a.key.localeCompare(b.key)).map(withShares),
  };
}

/** Leadership teams of the given grades, by organisation code, at most REPORT_TEAM_LIMIT, with how many there are. */
export async function loadTeams(m: Pick<EntityManager, 'query'>, f: ReportFilter, grades: string[], onlyRegions = false): Promise<{ nodes: ReportTeam[]; totalCount: number }> {
  const params = [f.cycleId, f.patterns, likeEscape(f.root.path), f.category, grades, onlyRegions ? [...REGION_KINDS] : null];
  const where = `${WHERE} AND a.kind = 'TEAM_ANNUAL' AND a.final_grade = ANY($5::text[]) AND ($6::text[] IS NULL OR o.kind = ANY($6::text[]))`;
  const segment = f.root.depth + 3;
  const [count] = (await m.query(`SELECT count(*)::int AS n FROM assessment a JOIN organisation o ON o.id = a.organisation_id WHERE ${where}`, params)) as Array<{ n: number }>;
  const nodes = (await m.query(
    `SELECT a.id AS "assessmentId", o.id AS "organisationId", o.name AS "organisationName", o.kind, o.category, a.final_grade AS grade, r.name AS "regionName"
       FROM assessment a JOIN organisation o ON o.id = a.organisation_id
       LEFT JOIN organisation r ON r.id::text = nullif(split_part(a.org_path, '/', ${segment}), '')
      WHERE ${where}
      ORDER BY o.code, a.id LIMIT ${REPORT_TEAM_LIMIT}`,
    params,
  )) as ReportTeam[];
  return { nodes, totalCount: count?.n ?? 0 };
}
