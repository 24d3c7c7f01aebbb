import type { DataSource } from 'typeorm';
import { excellentQuota } from '../../workflows/rules/quota.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { AppError } from '../common/errors.js';
import type { ConnectionShape } from '../common/pagination.js';
import { decodeCursor, toConnection } from '../common/pagination.js';
import type { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { QuotaPool } from './report.service.js';

/**
 * The excellent-quota pools of a province-sized cycle, readable: a summary
 * (how many pools are over their quota, full, tight), the same figures per
 * region (the direct children of an organisation) to drill down region →
 * unit → pool, pools a page at a time (the fullest first), and the pools of
 * a few units only (the committee's cards). Counted in SQL like
 * `cycleReport.quotaPools`, with what a pool allows from the quota rule.
 */

/** How a pool stands: OVER (more decided than allowed), FULL (none left), TIGHT (waiting proposals exceed what is left), OPEN, NONE (too small for any). */
export type PoolStanding = 'OVER' | 'FULL' | 'TIGHT' | 'OPEN' | 'NONE';
const SEVERITY: Record<PoolStanding, number> = { OVER: 0, FULL: 1, TIGHT: 2, OPEN: 3, NONE: 4 };

export interface StandingPool extends QuotaPool {
  standing: PoolStanding;
  /** The direct child of the organisation reported on that the pool's unit lies under; the organisation itself for its own pools and the teams' pool. */
  regionId: string;
}

export interface QuotaFiguresSum {
  pools: number;
  over: number;
  full: number;
  tight: number;
  open: number;
  none: number;
  graded: number;
  allowed: number;
  used: number;
  proposed: number;
}

export interface QuotaRegion extends QuotaFiguresSum {
  organisationId: string;
  organisationName: string;
}

export interface QuotaSummary extends QuotaFiguresSum {
  cycleId: string;
  organisationId: string;
  organisationName: string;
  regions: QuotaRegion[];
}

export function standingOf(p: Pick<QuotaPool, 'allowed' | 'used' | 'proposed'>): PoolStanding {
  const remaining = Math.max(0, p.allowed - p.used);
  return p.used > p.allowed ? 'OVER' : p.allowed === 0 ? 'NONE' : remaining === 0 ? 'FULL' : p.proposed > remaining ? 'TIGHT' : 'OPEN';
}

/**
 * The grade decided for an assessment `a` when it stands at EXCELLENT (its final result, else the committee's decision), else NULL:
 * what counts as a place used. Read from the stored generated column `assessment.standing_result` (migration StandingResult), so
 * only the few members standing at EXCELLENT have their snapshot read — not every assessment of a province (the CASE is evaluated
 * in order). A member only proposed for EXCELLENT stands there too but has no decision yet: NULL, as before.
 */
export const DECIDED_SQL = `CASE WHEN a.standing_result = 'EXCELLENT' THEN coalesce(a.final_grade, a.snapshot->'context'->'decision'->>'grade') END`;

const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The pools under `root` that have an assessment in the viewer's part
 * (`patterns`), or only those of `units` (and the teams' pool when `teams`).
 */
export async function standingPools(
  ds: DataSource,
  cycle: AssessmentCycle,
  patterns: string[],
  root: Pick<Organisation, 'id' | 'path' | 'depth'>,
  only: { units: string[]; teams: boolean } | null = null,
): Promise<StandingPool[]> {
  const settings = cycle.settings as unknown as RuleSettings;
  const rows: Array<Omit<QuotaPool, 'allowed'> & { regionId: string | null }> = await ds.query(
    // Each assessment becomes a narrow row of flags (MATERIALIZED): grouped inline, PostgreSQL misjudged the number of pools (the keys
    // are expressions), sorted the whole rows — snapshots included — on disk, and took seconds for a province; so it hashes ~500 pools
    // of a few bytes, and names them after counting.
    `WITH pool AS MATERIALIZED (
       SELECT CASE WHEN a.kind = 'TEAM_ANNUAL' THEN NULL ELSE a.organisation_id END AS organisation_id,
              a.kind = 'TEAM_ANNUAL' AS team,
              CASE WHEN $2::boolean AND a.kind <> 'TEAM_ANNUAL' THEN coalesce(a.rank_level, (SELECT c.rank_level FROM cadre c WHERE c.id = a.cadre_id)) END AS rank_level,
              CASE WHEN a.kind <> 'TEAM_ANNUAL' THEN nullif(split_part(a.org_path, '/', $5::int), '') END AS region_id,
              a.overlay = 'NONE' AS graded, coalesce(${DECIDED_SQL} = 'EXCELLENT', false) AS used, a.state = 'committeeReview' AND a.proposed_grade IS NOT DISTINCT FROM 'EXCELLENT' AS proposed,
              a.org_path LIKE ANY($3::text[]) AND a.org_path LIKE $4 AS visible
         FROM assessment a
        WHERE a.cycle_id = $1 AND a.kind IN ('CADRE_ANNUAL', 'TEAM_ANNUAL', 'TERM')
          AND ${
            only
              ? // The units' assessments by the pool's key (index assessment_pool_idx), and the teams' pool apart (assessment_team_once): not a scan of the cycle.
                `a.organisation_id = ANY($6::uuid[]) AND (a.kind <> 'TEAM_ANNUAL' OR $7::boolean)
       UNION ALL
       SELECT NULL, true, NULL, NULL, a.overlay = 'NONE', coalesce(${DECIDED_SQL} = 'EXCELLENT', false), a.state = 'committeeReview' AND a.proposed_grade IS NOT DISTINCT FROM 'EXCELLENT',
              a.org_path LIKE ANY($3::text[]) AND a.org_path LIKE $4
         FROM assessment a
        WHERE $7::boolean AND a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND NOT (a.organisation_id = ANY($6::uuid[]))`
              : `(a.kind = 'TEAM_ANNUAL' OR a.org_path LIKE $4)`
          }
     ), counted AS (
       SELECT p.organisation_id, p.team, p.rank_level, min(p.region_id) AS region_id,
              count(*) FILTER (WHERE p.graded)::int AS graded, count(*) FILTER (WHERE p.used)::int AS used, count(*) FILTER (WHERE p.proposed)::int AS proposed
         FROM pool p
        GROUP BY 1, 2, 3
       HAVING bool_or(p.visible)
     )
     SELECT c.organisation_id AS "organisationId", o.name AS "organisationName", CASE WHEN c.team THEN 'TEAM' ELSE 'CADRE' END AS subject, c.rank_level AS "rankLevel",
            c.region_id AS "regionId", c.graded, c.used, c.proposed
       FROM counted c LEFT JOIN organisation o ON o.id = c.organisation_id`,
    [cycle.id, settings.gates.quotaPerRankLevel, patterns, likePrefix(root.path), root.depth + 3, ...(only ? [only.units, only.teams] : [])],
  );
  const quotaSettings = { excellentQuotaPercent: settings.gates.excellentQuotaPercent, excellentQuotaRaisedPercent: settings.gates.excellentQuotaRaisedPercent };
  return rows
    .map(({ regionId, ...p }) => {
      const pool = { ...p, allowed: excellentQuota(p.graded, quotaSettings) };
      return { ...pool, standing: standingOf(pool), regionId: regionId ?? root.id };
    })
    .sort(byStanding);
}

/** The fullest first (over, full, tight, open, none), the teams' pool before units, then by unit name and rank level. */
export function byStanding(a: StandingPool, b: StandingPool): number {
  return (
    SEVERITY[a.standing] - SEVERITY[b.standing] ||
    (a.subject === b.subject ? 0 : a.subject === 'TEAM' ? -1 : 1) ||
    (a.organisationName ?? '').localeCompare(b.organisationName ?? '', 'zh-CN') ||
    (a.rankLevel ?? '').localeCompare(b.rankLevel ?? '') ||
    (a.organisationId ?? '').localeCompare(b.organisationId ?? '')
  );
}

const empty = (): QuotaFiguresSum => ({ pools: 0, over: 0, full: 0, tight: 0, open: 0, none: 0, graded: 0, allowed: 0, used: 0, proposed: 0 });
function add(sum: QuotaFiguresSum, p: StandingPool): void {
  sum.pools++;
  if (p.standing === 'OVER') sum.over++;
  if (p.standing === 'FULL') sum.full++;
  if (p.standing === 'TIGHT') sum.tight++;
  if (p.standing === 'OPEN') sum.open++;
  if (p.standing === 'NONE') sum.none++;
  sum.graded += p.graded;
  sum.allowed += p.allowed;
  sum.used += p.used;
  sum.proposed += p.proposed;
}

/** The summary of `pools` under `root`, and per region (the regions with most pools over quota first). */
export function summarise(cycleId: string, root: Pick<Organisation, 'id' | 'name'>, pools: StandingPool[], names: Map<string, string>): QuotaSummary {
  const total = empty();
  const regions = new Map<string, QuotaRegion>();
  for (const p of pools) {
    add(total, p);
    let region = regions.get(p.regionId);
    if (!region) regions.set(p.regionId, (region = { organisationId: p.regionId, organisationName: p.regionId === root.id ? root.name : names.get(p.regionId) ?? p.regionId, ...empty() }));
    add(region, p);
  }
  const list = [...regions.values()].sort((a, b) => b.over - a.over || b.full - a.full || b.tight - a.tight || a.organisationName.localeCompare(b.organisationName, 'zh-CN'));
  return { cycleId, organisationId: root.id, organisationName: root.name, ...total, regions: list };
}

/** One page of pools in standing order; the cursor is the position after the last pool given. */
export function poolPage(pools: StandingPool[], first: number, after: string | null | undefined, standing: PoolStanding | null): ConnectionShape<StandingPool> {
  const list = standing ? pools.filter((p) => p.standing === standing) : pools;
  const [offset] = (decodeCursor(after, 1) ?? [0]) as [number];
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('VALIDATION', 'The cursor is not valid', { fields: [{ field: 'after', messages: ['is not a cursor this list gave out'] }] });
  const rows = list.slice(offset, offset + first + 1).map((p, i) => ({ ...p, position: offset + i + 1 }));
  return toConnection(rows, first, (p) => [(p as StandingPool & { position: number }).position], () => Promise.resolve(list.length));
}
