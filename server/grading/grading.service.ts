import type { DataSource, EntityManager } from 'typeorm';
import { cadreComponents, teamComponents } from '../../workflows/grading/components.js';
import { applyGates, proposeGrades, type Candidate, type PoliticalReview, type Proposal } from '../../workflows/grading/propose.js';
import { poolQuotaSettings } from '../../workflows/rules/quota.js';
import { oneLevelDown } from '../../workflows/rules/grades.js';
import type { PenaltyKind, RuleSettings } from '../../workflows/rules/settings.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertCanInside, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import { rollUpCycle } from '../indicators/rollup.js';
import { openClosedBallotBoxes } from './ballot-box.service.js';
import { evaluationsFrom, groupAggregates, invitedCounts, type ScoreComponent } from './evaluation-inputs.js';

export { SCORE_COMPONENTS, type ScoreComponent } from './evaluation-inputs.js';

interface GradingRow {
  id: string;
  kind: string;
  cadre_id: string | null;
  organisation_id: string;
  rank_level: string | null;
  org_kind: string;
  overlay: string;
  regular: number | null;
  poor_quarters: number;
  rating: PoliticalReview | null;
  veto: boolean | null;
}

/** Assessments graded per batch (whole pools): bounds the memory a cycle's run needs, whatever its size. */
const GRADING_BATCH = 2500;

/**
 * The grading run: turns a cycle's evaluation inputs into proposals with
 * explanations, set-based per cycle and pool; and the re-run of one decided
 * assessment when a case changes its facts.
 */
export class GradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** The rows the engine grades: a cycle's assessments awaiting a proposal in a scope, or given assessments. */
  private async gradingRows(m: EntityManager, cycleId: string, year: number, where: { scope: string[] } | { ids: string[] }): Promise<GradingRow[]> {
    return m.query(
      `SELECT a.id, a.kind, a.cadre_id, a.organisation_id, c.rank_level, o.kind AS org_kind, a.overlay,
              r.regular, coalesce(r.poor_quarters, 0)::int AS poor_quarters, pr.rating, pr.veto
         FROM assessment a
         JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN cadre c ON c.id = a.cadre_id
         LEFT JOIN political_review pr ON pr.assessment_id = a.id
         LEFT JOIN LATERAL (
           SELECT avg((ra.snapshot->'context'->>'score')::numeric)::float8 AS regular,
                  count(*) FILTER (WHERE ra.final_grade IN ('AVERAGE', 'POOR')) AS poor_quarters
             FROM assessment ra JOIN assessment_cycle rc ON rc.id = ra.cycle_id
            WHERE ra.cadre_id = a.cadre_id AND ra.kind = 'REGULAR' AND rc.year = $2 AND ra.final_grade IS NOT NULL
         ) r ON a.cadre_id IS NOT NULL
        WHERE a.cycle_id = $1 AND ${'scope' in where ? `a.state = 'synthesis' AND a.org_path LIKE ANY($3::text[])` : `a.id = ANY($3::uuid[])`}`,
      [cycleId, year, 'scope' in where ? where.scope : where.ids],
    );
  }

  /**
   * The engine's candidates for rows whose ids are in grading_target: ballots,
   * scores, penalties (neither tolerated nor replaced by a lighter one),
   * negative-list findings and the accusations of the year that still count
   * (a cleared accusation never does).
   */
  private async candidatesFor(m: EntityManager, settings: RuleSettings, year: number, rows: GradingRow[], ids: string[]) {
    // Boxes closed but not opened yet are opened first (in this transaction): the run reads opened ballots only.
    await openClosedBallotBoxes(m, ids, this.now());
    const aggregates = await groupAggregates(m, ids, settings.democraticEvaluation.trimExtremes);
    const invited = await invitedCounts(m, ids);
    const scores: Array<{ assessment_id: string; component: ScoreComponent; value: number }> = await m.query(
      `SELECT assessment_id, component, value::float8 AS value FROM score_input WHERE assessment_id IN (SELECT id FROM grading_target)`,
    );
    // Scheme-computed components, laid over the entered ones: they win where indicator data exist.
    const schemeScores: Array<{ assessment_id: string; component: ScoreComponent; value: number }> = await m.query(
      `SELECT assessment_id, key AS component, score::float8 AS value FROM indicator_rollup WHERE level = 'COMPONENT' AND assessment_id IN (SELECT id FROM grading_target)`,
    );
    const penalties: Array<{ cadre_id: string; kind: PenaltyKind; year: number; tolerated: boolean }> = await m.query(
      `SELECT p.cadre_id, p.kind, extract(year FROM p.decided_on)::int AS year, p.tolerated FROM penalty p
        WHERE p.cadre_id IN (SELECT a.cadre_id FROM assessment a JOIN grading_target t ON t.id = a.id) AND p.decided_on >= make_date($1 - 1, 1, 1)
          AND p.replaced_by IS NULL`,
      [year],
    );
    const negatives: Array<{ assessment_id: string; code: string; cleared: boolean }> = await m.query(
      `SELECT assessment_id, code, cleared FROM negative_finding WHERE assessment_id IN (SELECT id FROM grading_target)
       UNION ALL
       SELECT a.id, coalesce(ac.negative_code, 'ACCUSATION'), NOT ac.counts_against
         FROM accusation ac JOIN assessment a ON a.cadre_id = ac.cadre_id
        WHERE a.id IN (SELECT id FROM grading_target) AND ac.concerns_year = $1`,
      [year],
    );
    const versions = new Map(
      ((await m.query(`SELECT assessment_id, max(version)::int AS v FROM grading_result WHERE assessment_id IN (SELECT id FROM grading_target) GROUP BY 1`)) as Array<{
        assessment_id: string;
        v: number;
      }>).map((r) => [r.assessment_id, r.v]),
    );
    const evaluations = evaluationsFrom(aggregates, invited, settings, ids);
    const scoreOf = new Map<string, Partial<Record<ScoreComponent, number>>>();
    for (const s of [...scores, ...schemeScores]) scoreOf.set(s.assessment_id, { ...(scoreOf.get(s.assessment_id) ?? {}), [s.component]: s.value });
    const penaltiesOf = new Map<string, Candidate['penalties']>();
    for (const p of penalties) penaltiesOf.set(p.cadre_id, [...(penaltiesOf.get(p.cadre_id) ?? []), { kind: p.kind, year: p.year, tolerated: p.tolerated }]);
    const negativesOf = new Map<string, Candidate['negativeList']>();
    for (const n of negatives) negativesOf.set(n.assessment_id, [...(negativesOf.get(n.assessment_id) ?? []), { code: n.code, cleared: n.cleared }]);
    const candidates = new Map<string, Candidate>();
    for (const r of rows) {
      candidates.set(r.id, ((): Candidate => {
        const ev = evaluations.get(r.id)!;
        const s = scoreOf.get(r.id) ?? {};
        const team = r.kind === 'TEAM_ANNUAL';
        return {
          id: r.id,
          subject: team ? 'TEAM' : 'CADRE',
          components: team
            ? teamComponents(
                r.org_kind === 'CITY' ? 'CITY' : r.org_kind === 'COUNTY' ? 'COUNTY' : 'OTHER',
                { regular: null, development: s.DEVELOPMENT ?? null, survey: s.PUBLIC_SURVEY ?? null, other: s.OTHER_INDICATORS ?? null },
                settings,
              )
            : cadreComponents({ regular: r.regular, workResults: s.WORK_RESULTS ?? null, abilities: ev.score }, settings),
          politicalReview: r.rating,
          politicalVeto: r.veto ?? false,
          penalties: r.cadre_id ? penaltiesOf.get(r.cadre_id) ?? [] : [],
          negativeList: negativesOf.get(r.id) ?? [],
          investigationOpen: r.overlay === 'UNGRADED',
          longLeave: false,
          probation: r.overlay === 'COMMENT_ONLY',
          regularScore: r.regular,
          poorQuarters: r.poor_quarters,
          votes: ev.votes,
          developmentScore: s.DEVELOPMENT ?? null,
        };
      
      })());
    }
    return { candidates, evaluations, versions };
  }

  /**
   * Runs the engine again for one decided assessment (an investigation closed,
   * a sanction exempted or mitigated): its inputs as they are now, the facts
   * of the re-decision laid over them, the quota of its pool checked against
   * the results in force. Stores the run as a new grading-result version with
   * its explanation and returns the proposal.
   */
  async regradeOne(
    m: EntityManager,
    assessmentId: string,
    facts: { investigationOpen: boolean; longLeave: boolean; extraPenalties?: Candidate['penalties'] },
    quota: (grade: string) => Promise<boolean>,
    computedBy: string | null,
  ): Promise<Proposal> {
    const [row] = (await m.query(`SELECT a.cycle_id, c.year, c.settings FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1`, [assessmentId])) as Array<{
      cycle_id: string;
      year: number;
      settings: RuleSettings;
    }>;
    if (!row) throw notFound('Assessment');
    await m.query(`CREATE TEMP TABLE IF NOT EXISTS grading_target (id uuid PRIMARY KEY) ON COMMIT DROP`);
    await m.query(`TRUNCATE grading_target`);
    await m.query(`INSERT INTO grading_target VALUES ($1)`, [assessmentId]);
    const rows = await this.gradingRows(m, row.cycle_id, row.year, { ids: [assessmentId] });
    const { candidates, evaluations, versions } = await this.candidatesFor(m, row.settings, row.year, rows, [assessmentId]);
    const base = candidates.get(assessmentId)!;
    const candidate: Candidate = {
      ...base,
      investigationOpen: facts.investigationOpen,
      longLeave: facts.longLeave,
      penalties: [...base.penalties, ...(facts.extraPenalties ?? [])],
    };
    const gated = applyGates(candidate, row.year, row.settings);
    const scale = candidate.subject === 'TEAM' ? 'TEAM' : 'CADRE';
    const gates = [...gated.gates];
    let grade = gated.grade;
    if (grade === 'EXCELLENT' && !(await quota(grade))) {
      grade = oneLevelDown(scale, grade);
      gates.push({ code: 'QUOTA', effect: 'NO_EXCELLENT', detail: 'the excellent quota of the pool is used up by the results in force' });
    }
    const proposal: Proposal = { id: assessmentId, grade, score: gated.score, components: gated.parts, gates, quotaRank: null, quota: null, flags: gated.flags };
    const ev = evaluations.get(assessmentId)!;
    await m.query(
      `INSERT INTO grading_result (assessment_id, version, grade, score, components, gates, flags, quota, evaluation, computed_at, computed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9, $10)`,
      [
        assessmentId,
        (versions.get(assessmentId) ?? 0) + 1,
        grade,
        gated.score,
        JSON.stringify(gated.parts),
        JSON.stringify(gates),
        JSON.stringify(gated.flags),
        JSON.stringify({ valid: ev.valid, invited: ev.invited, returned: ev.returned, turnoutPercent: ev.turnoutPercent, score: ev.score, votes: ev.votes }),
        this.now(),
        computedBy,
      ],
    );
    return proposal;
  }

  /**
   * Grades every assessment of a cycle that waits for a proposal (synthesis),
   * in the viewer's jurisdiction: a few set-based reads, the pure engine per
   * pool, one insert of versioned results. Returns the count per grade.
   */
  async gradeCycle(viewer: Viewer | null, cycleId: string): Promise<{ graded: number; byGrade: Array<{ grade: string; count: number }>; millis: Record<string, number> }> {
    assertCan(viewer, 'evaluation:manage');
    const t0 = performance.now();
    const millis: Record<string, number> = {};
    return this.dataSource.transaction(async (m) => {
      const cycle = await m.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
      if (!cycle) throw notFound('Cycle');
      assertCanInside(viewer, 'evaluation:manage', cycle.orgPath);
      const settings = cycle.settings as unknown as RuleSettings;
      const scope = viewer.grants.filter((g) => g.role === 'ASSESSOR' || g.role === 'ORG_ADMIN').map((g) => `${g.organisationPath}%`);
      const rows = await this.gradingRows(m, cycleId, cycle.year, { scope });
      millis.load = performance.now() - t0;
      if (rows.length === 0) return { graded: 0, byGrade: [], millis };
      // Indicator data scored with the cycle's pinned schemes and rolled up, set-based, before the engine reads the components.
      let t1 = performance.now();
      await rollUpCycle(m, cycleId, this.now());
      millis.indicators = performance.now() - t1;
      const perLevel = settings.gates.quotaPerRankLevel;
      const poolKey = (r: (typeof rows)[number]) => (r.kind === 'TEAM_ANNUAL' ? 'TEAM' : `${r.organisation_id}|${perLevel ? r.rank_level : ''}`);
      // The teams' pool first: its proposals tilt the members' quotas of each unit.
      const pools = new Map<string, typeof rows>([['TEAM', []]]);
      for (const r of rows) pools.set(poolKey(r), [...(pools.get(poolKey(r)) ?? []), r]);
      if (!pools.get('TEAM')!.length) pools.delete('TEAM');
      t1 = performance.now();
      const raises: Array<{ pool: 'TEAM' | 'MEMBERS'; organisation_id: string | null; rank_level: string | null }> = await m.query(
        `SELECT pool, organisation_id, rank_level FROM quota_raise_approval WHERE cycle_id = $1`,
        [cycleId],
      );
      const raiseApproved = (key: string) => {
        if (key === 'TEAM') return raises.some((r) => r.pool === 'TEAM');
        const [org, level] = key.split('|');
        return raises.some((r) => r.pool === 'MEMBERS' && r.organisation_id === org && (r.rank_level === null || r.rank_level === level));
      };
      // A team's grade: decided, else proposed by the assessment team, else this run's proposal (set below).
      const teamGrade = new Map(
        ((await m.query(
          `SELECT organisation_id, coalesce(final_grade, proposed_grade) AS grade FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL' AND coalesce(final_grade, proposed_grade) IS NOT NULL`,
          [cycleId],
        )) as Array<{ organisation_id: string; grade: string }>).map((r) => [r.organisation_id, r.grade]),
      );
      millis.load += performance.now() - t1;
      const decided: Array<{ organisation_id: string; rank_level: string | null; kind: string; n: number }> = await m.query(
        `SELECT a.organisation_id, c.rank_level, a.kind, count(*)::int AS n FROM assessment a LEFT JOIN cadre c ON c.id = a.cadre_id
          WHERE a.cycle_id = $1 AND a.snapshot->'context'->'decision'->>'grade' = 'EXCELLENT' GROUP BY 1, 2, 3`,
        [cycleId],
      );
      await m.query(`CREATE TEMP TABLE IF NOT EXISTS grading_target (id uuid PRIMARY KEY) ON COMMIT DROP`);
      // Pools are graded in batches of whole pools (about GRADING_BATCH assessments): memory stays bounded whatever the cycle's size.
      const batches: Array<Array<[string, typeof rows]>> = [[]];
      let size = 0;
      for (const entry of pools) {
        if (size + entry[1].length > GRADING_BATCH && batches.at(-1)!.length) {
          batches.push([]);
          size = 0;
        }
        batches.at(-1)!.push(entry);
        size += entry[1].length;
      }
      millis.inputs = 0;
      millis.engine = 0;
      millis.write = 0;
      const counts = new Map<string, number>();
      let graded = 0;
      for (const batch of batches) {
        let t = performance.now();
        const ids = batch.flatMap(([, pool]) => pool.map((r) => r.id));
        await m.query(`TRUNCATE grading_target`);
        await m.query(`INSERT INTO grading_target SELECT unnest($1::uuid[])`, [ids]);
        await m.query(`ANALYZE grading_target`);
        // The batch's ids as an array: index scans on (assessment_id, rater_group), never a pass over every ballot of the cycle.
        const built = await this.candidatesFor(m, settings, cycle.year, batch.flatMap(([, pool]) => pool), ids);
        const { evaluations, versions } = built;
        millis.inputs += performance.now() - t;
        t = performance.now();
        const proposals: Proposal[] = [];
        for (const [key, pool] of batch) {
          const candidates: Candidate[] = pool.map((r) => built.candidates.get(r.id)!);
          const [org, level] = key.split('|');
          const already = decided
            .filter((d) => (key === 'TEAM' ? d.kind === 'TEAM_ANNUAL' : d.organisation_id === org && d.kind !== 'TEAM_ANNUAL' && (!perLevel || d.rank_level === level)))
            .reduce((sum, d) => sum + d.n, 0);
          const team = key === 'TEAM';
          const proposed = proposeGrades(candidates, cycle.year, settings, {
            alreadyExcellent: already,
            raiseApproved: raiseApproved(key),
            quota: poolQuotaSettings({ subject: team ? 'TEAM' : 'MEMBERS', teamGrade: team ? null : teamGrade.get(org!) ?? null }, settings.gates),
          });
          if (team) {
            const orgOf = new Map(pool.map((r) => [r.id, r.organisation_id]));
            for (const p of proposed) if (!teamGrade.has(orgOf.get(p.id)!)) teamGrade.set(orgOf.get(p.id)!, p.grade);
          }
          proposals.push(...proposed);
        }
        millis.engine += performance.now() - t;
        t = performance.now();
        // The stored evaluation is the summary; the per-group view is computed live (groups below the anonymity minimum stay hidden).
        const summary = (id: string) => {
          const ev = evaluations.get(id)!;
          return JSON.stringify({ valid: ev.valid, invited: ev.invited, returned: ev.returned, turnoutPercent: ev.turnoutPercent, score: ev.score, votes: ev.votes });
        };
        await m.query(
          `INSERT INTO grading_result (assessment_id, version, grade, score, components, gates, flags, quota, evaluation, computed_at, computed_by)
           SELECT x.a, x.v, x.grade, x.score, x.components, x.gates, x.flags, x.quota, x.evaluation, $10, $11
             FROM unnest($1::uuid[], $2::int[], $3::text[], $4::numeric[], $5::jsonb[], $6::jsonb[], $7::jsonb[], $8::jsonb[], $9::jsonb[])
               AS x(a, v, grade, score, components, gates, flags, quota, evaluation)`,
          [
            proposals.map((p) => p.id),
            proposals.map((p) => (versions.get(p.id) ?? 0) + 1),
            proposals.map((p) => p.grade),
            proposals.map((p) => p.score),
            proposals.map((p) => JSON.stringify(p.components)),
            proposals.map((p) => JSON.stringify(p.gates)),
            proposals.map((p) => JSON.stringify(p.flags)),
            proposals.map((p) => (p.quota ? JSON.stringify({ ...p.quota, rank: p.quotaRank }) : null)),
            proposals.map((p) => summary(p.id)),
            this.now(),
            viewer.userId,
          ],
        );
        millis.write += performance.now() - t;
        graded += proposals.length;
        for (const p of proposals) counts.set(p.grade, (counts.get(p.grade) ?? 0) + 1);
      }
      await appendAudit(m, {
        entityType: 'assessment_cycle_grading',
        entityId: cycleId,
        action: 'CYCLE_GRADED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'evaluation:manage', cycle.orgPath),
        scopePath: cycle.orgPath,
        payload: { graded, batches: batches.length },
        occurredAt: this.now(),
      });
      return { graded, byGrade: [...counts].map(([grade, count]) => ({ grade, count })).sort((a, b) => a.grade.localeCompare(b.grade)), millis };
    });
  }
}
