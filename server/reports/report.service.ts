import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { excellentQuota } from '../../workflows/rules/quota.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { readFromReplica } from '../db/replica.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { DECIDED_SQL, poolPage, standingPools, summarise, type PoolStanding, type QuotaSummary, type StandingPool } from './quota-summary.js';
import { countResults, writeResultsWorkbook } from './results-export.js';

/** One excellent-quota pool: a unit's cadres (per rank level when so configured), or the cycle's leadership teams. */
export interface QuotaPool {
  /** The unit; null for the pool of leadership teams. */
  organisationId: string | null;
  organisationName: string | null;
  /** CADRE or TEAM. */
  subject: 'CADRE' | 'TEAM';
  rankLevel: string | null;
  /** Assessed who receive a grade (UNGRADED and COMMENT_ONLY do not count). */
  graded: number;
  allowed: number;
  /** EXCELLENT decided by the committee. */
  used: number;
  /** EXCELLENT proposed and waiting for the committee. */
  proposed: number;
}

export interface CountRow {
  organisationId: string;
  organisationName: string;
  key: string;
  count: number;
}

export interface CycleReport {
  cycleId: string;
  /** The organisation whose direct children the figures are grouped by. */
  organisationId: string;
  /** Read when first asked for. */
  readonly quotaPools: Promise<QuotaPool[]>;
  /** Final grade (or the proposal before a decision; NONE before either) per direct child of the organisation. */
  gradeDistribution: CountRow[];
  /** Assessments per lifecycle state per direct child of the organisation. */
  progress: CountRow[];
}

/** A leadership team's scheme-computed scores in a cycle: the dimension scores and the DEVELOPMENT and OTHER_INDICATORS components. */
export interface TeamIndicatorRow {
  organisationId: string;
  organisationName: string;
  assessmentId: string;
  dimensions: Array<{ key: string; score: number; weight: number | null }>;
  components: Array<{ key: string; score: number; weight: number | null }>;
}

export interface CycleIndicators {
  cycleId: string;
  /** The organisation whose own team and whose direct children's teams are listed. */
  organisationId: string;
  teams: TeamIndicatorRow[];
}

/**
 * Figures for dashboards and the committee's quota meters, and the cycle's
 * results as a spreadsheet. Everything is counted in SQL (GROUP BY), inside
 * the viewer's jurisdiction: a dashboard reads a few dozen rows, never the
 * assessments themselves. The figures are read on a replica when there is
 * one (db/replica.ts): a dashboard may be a moment behind the primary.
 */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async cycleFor(viewer: Viewer | null, cycleId: string): Promise<{ cycle: AssessmentCycle; scope: string[] }> {
    assertCan(viewer, 'assessment:read');
    if (!UUID.test(cycleId)) throw notFound('Cycle');
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    const scope = scopeOf(viewer, 'assessment:read');
    // The cycle lies in the jurisdiction, or the jurisdiction lies inside the cycle's scope (a city in a province cycle).
    if (!scope.some((p) => cycle.orgPath.startsWith(p) || p.startsWith(cycle.orgPath))) assertCan(viewer, 'assessment:read', cycle.orgPath);
    return { cycle, scope };
  }

  async cycleReport(viewer: Viewer | null, cycleId: string, organisationId?: string | null): Promise<CycleReport> {
    const { cycle, scope } = await this.cycleFor(viewer, cycleId);
    const patterns = subtreePatterns(scope);
    if (organisationId && !UUID.test(organisationId)) throw notFound('Organisation');
    const root = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId ?? cycle.organisationId });
    if (!root) throw notFound('Organisation');
    if (organisationId) assertCanSee(viewer!, root.path, scope);
    const settings = cycle.settings as unknown as RuleSettings;
    const perLevel = settings.gates.quotaPerRankLevel;
    // The child of `root` each assessment lies under: the path segment after the root's (the root itself when none).
    const segment = root.depth + 3;
    const rootPattern = `${root.path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // One pass over the assessments counts both: per child, state and grade, summed into the two lists below.
    const counted = (await this.replicaQuery(
      `SELECT coalesce(nullif(split_part(a.org_path, '/', ${segment}), ''), $3::text) AS "organisationId", a.state, coalesce(a.final_grade, a.proposed_grade, 'NONE') AS grade, count(*)::int AS count
         FROM assessment a
        WHERE a.cycle_id = $1 AND a.org_path LIKE ANY($2::text[]) AND a.org_path LIKE $4
        GROUP BY 1, 2, 3`,
      [cycle.id, patterns, root.id, rootPattern],
    )) as Array<{ organisationId: string; state: string; grade: string; count: number }>;
    const sum = (key: (r: (typeof counted)[number]) => string) => {
      const totals = new Map<string, Omit<CountRow, 'organisationName'>>();
      for (const r of counted) {
        const k = `${r.organisationId}|${key(r)}`;
        const row = totals.get(k);
        if (row) row.count += r.count;
        else totals.set(k, { organisationId: r.organisationId, key: key(r), count: r.count });
      }
      return [...totals.values()];
    };
    const grades = sum((r) => r.grade);
    const progress = sum((r) => r.state);
    // Pools as the committee's quota check draws them (AssessmentService.quotaFacts): every pool that has an assessment in the viewer's part.
    // Read only when the query asks for them (a getter the field's resolver reads): the dashboard asks for the counts alone, and the
    // pools scan every assessment of the cycle (a decision is read from the snapshot only for those standing at EXCELLENT: DECIDED_SQL).
    const readPools = () =>
      this.replicaQuery(
        `WITH pool AS (
           SELECT CASE WHEN a.kind = 'TEAM_ANNUAL' THEN NULL ELSE a.organisation_id END AS organisation_id,
                  CASE WHEN a.kind = 'TEAM_ANNUAL' THEN 'TEAM' ELSE 'CADRE' END AS subject,
                  CASE WHEN $2::boolean AND a.kind <> 'TEAM_ANNUAL' THEN coalesce(a.rank_level, (SELECT c.rank_level FROM cadre c WHERE c.id = a.cadre_id)) END AS rank_level,
                  a.overlay, a.state, a.proposed_grade, ${DECIDED_SQL} AS decided,
                  a.org_path LIKE ANY($3::text[]) AND a.org_path LIKE $4 AS visible
             FROM assessment a
            WHERE a.cycle_id = $1 AND a.kind IN ('CADRE_ANNUAL', 'TEAM_ANNUAL', 'TERM')
         )
         SELECT p.organisation_id AS "organisationId", o.name AS "organisationName", p.subject, p.rank_level AS "rankLevel",
                count(*) FILTER (WHERE p.overlay = 'NONE')::int AS graded,
                count(*) FILTER (WHERE p.decided = 'EXCELLENT')::int AS used,
                count(*) FILTER (WHERE p.state = 'committeeReview' AND p.proposed_grade = 'EXCELLENT')::int AS proposed
           FROM pool p LEFT JOIN organisation o ON o.id = p.organisation_id
          GROUP BY 1, 2, 3, 4
         HAVING bool_or(p.visible)
          ORDER BY p.subject DESC, o.name, p.rank_level`,
        [cycle.id, perLevel, patterns, rootPattern],
      ) as Promise<Array<Omit<QuotaPool, 'allowed'>>>;
    const names = await this.names([...new Set([...grades, ...progress].map((r) => r.organisationId))]);
    const named = (rows: Array<Omit<CountRow, 'organisationName'>>) =>
      rows.map((r) => ({ ...r, organisationName: names.get(r.organisationId) ?? r.organisationId })).sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'zh-CN') || a.key.localeCompare(b.key));
    const quotaSettings = { excellentQuotaPercent: settings.gates.excellentQuotaPercent, excellentQuotaRaisedPercent: settings.gates.excellentQuotaRaisedPercent };
    let pools: Promise<QuotaPool[]> | null = null;
    return {
      cycleId: cycle.id,
      organisationId: root.id,
      get quotaPools() {
        pools ??= readPools().then((rows) => rows.map((p) => ({ ...p, allowed: excellentQuota(p.graded, quotaSettings) })));
        return pools;
      },
      gradeDistribution: named(grades),
      progress: named(progress),
    };
  }

  /**
   * Indicator results by organisation for a dashboard: the leadership teams of
   * `organisationId` (default: the cycle's scope) and of its direct children,
   * each with its dimension scores and components from the last roll-up. One
   * aggregate statement (GROUP BY with json_agg), inside the jurisdiction.
   */
  async cycleIndicators(viewer: Viewer | null, cycleId: string, organisationId?: string | null): Promise<CycleIndicators> {
    const { cycle, scope } = await this.cycleFor(viewer, cycleId);
    if (organisationId && !UUID.test(organisationId)) throw notFound('Organisation');
    const root = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId ?? cycle.organisationId });
    if (!root) throw notFound('Organisation');
    if (organisationId) assertCanSee(viewer!, root.path, scope);
    const rootPattern = `${root.path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const teams: TeamIndicatorRow[] = await this.replicaQuery(
      `SELECT a.organisation_id AS "organisationId", o.name AS "organisationName", a.id AS "assessmentId",
              coalesce(json_agg(json_build_object('key', r.key, 'score', r.score::float8, 'weight', r.weight::float8) ORDER BY r.key) FILTER (WHERE r.level = 'DIMENSION'), '[]') AS dimensions,
              coalesce(json_agg(json_build_object('key', r.key, 'score', r.score::float8, 'weight', r.weight::float8) ORDER BY r.key) FILTER (WHERE r.level = 'COMPONENT'), '[]') AS components
         FROM assessment a
         JOIN organisation o ON o.id = a.organisation_id
         JOIN indicator_rollup r ON r.assessment_id = a.id
        WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND a.org_path LIKE ANY($2::text[]) AND a.org_path LIKE $3 AND o.depth <= $4
        GROUP BY a.organisation_id, o.name, o.path, a.id
        ORDER BY o.path`,
      [cycle.id, subtreePatterns(scope), rootPattern, root.depth + 1],
    );
    return { cycleId: cycle.id, organisationId: root.id, teams };
  }

  /** A read for a report: on a replica when there is one. */
  private replicaQuery<T>(sql: string, params: unknown[]): Promise<T> {
    return readFromReplica(this.dataSource, (m) => m.query(sql, params) as Promise<T>);
  }

  /** The organisation reported on (the cycle's scope when omitted), inside the jurisdiction. */
  private async reportRoot(viewer: Viewer | null, cycleId: string, organisationId?: string | null) {
    const { cycle, scope } = await this.cycleFor(viewer, cycleId);
    if (organisationId && !UUID.test(organisationId)) throw notFound('Organisation');
    const root = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId ?? cycle.organisationId });
    if (!root) throw notFound('Organisation');
    if (organisationId) assertCanSee(viewer!, root.path, scope);
    return { cycle, scope, root };
  }

  /** The quota pools under an organisation summed, and per region to drill down (quota-summary.ts). */
  async quotaSummary(viewer: Viewer | null, cycleId: string, organisationId?: string | null): Promise<QuotaSummary> {
    const { cycle, scope, root } = await this.reportRoot(viewer, cycleId, organisationId);
    const pools = await this.poolsUnder(cycle, subtreePatterns(scope), root);
    return summarise(cycle.id, root, pools, await this.names([...new Set(pools.map((p) => p.regionId))]));
  }

  /** The quota pools under an organisation a page at a time, the fullest first, optionally of one standing. */
  async quotaPoolPage(viewer: Viewer | null, cycleId: string, organisationId: string | null | undefined, standing: PoolStanding | null, first: number, after?: string | null) {
    const { cycle, scope, root } = await this.reportRoot(viewer, cycleId, organisationId);
    return poolPage(await this.poolsUnder(cycle, subtreePatterns(scope), root), first, after, standing);
  }

  /** Reads of the pools under way, by cycle, part and organisation. */
  private readonly poolReads = new Map<string, Promise<StandingPool[]>>();

  /**
   * The pools under `root` in the viewer's part. A page asks for the summary and the first page of pools at once: both wait on the
   * same read while it is under way (one scan of the cycle, not two); a read that has answered is never reused. The list is shared,
   * so its pools are read-only to callers (poolPage gives out copies).
   */
  private poolsUnder(cycle: AssessmentCycle, patterns: string[], root: Organisation): Promise<StandingPool[]> {
    const key = JSON.stringify([cycle.id, cycle.settings, patterns, root.id]);
    let read = this.poolReads.get(key);
    if (!read) {
      read = standingPools(this.dataSource, cycle, patterns, root).finally(() => this.poolReads.delete(key));
      this.poolReads.set(key, read);
    }
    return read;
  }

  /** The pools of a few units of the cycle (and the teams' pool when asked): the committee's quota cards, read by the pool's key. */
  async quotaPoolsOf(viewer: Viewer | null, cycleId: string, organisationIds: string[], teams: boolean): Promise<StandingPool[]> {
    const { cycle, scope } = await this.cycleFor(viewer, cycleId);
    const units = organisationIds.filter((id) => UUID.test(id));
    const root = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: cycle.organisationId });
    return standingPools(this.dataSource, cycle, subtreePatterns(scope), root, { units, teams });
  }

  private async names(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.replicaQuery(`SELECT id, name FROM organisation WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /**
   * The results export, checked and recorded before a byte is sent: who took
   * which cycle's results and how many rows (the audit trail), then the
   * workbook streamed to `out` (see results-export.ts). Returns the file name
   * through `ready` before streaming, so the caller can set its headers.
   */
  async exportResults(viewer: Viewer | null, cycleId: string, ready: (fileName: string) => Writable): Promise<number> {
    const { cycle, scope } = await this.cycleFor(viewer, cycleId);
    const count = await readFromReplica(this.dataSource, (m) => countResults(m, cycle, scope));
    await this.dataSource.transaction((m) =>
      appendAudit(m, {
        entityType: 'assessment_cycle_export',
        entityId: cycle.id,
        action: 'RESULTS_EXPORTED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'assessment:read', cycle.orgPath) ?? actingRole(viewer!, 'assessment:read'),
        scopePath: cycle.orgPath,
        payload: { rows: count },
        occurredAt: this.now(),
      }),
    );
    return writeResultsWorkbook(this.dataSource, cycle, scope, ready(`${cycle.name}-考核结果.xlsx`), this.now());
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertCanSee(viewer: Viewer, path: string, scope: string[]): void {
  // Drilling down is allowed inside the jurisdiction, or above it when the viewer's part lies below (a province cycle seen by a city).
  if (!scope.some((p) => path.startsWith(p) || p.startsWith(path))) assertCan(viewer, 'assessment:read', path);
}
