import type { DataSource, EntityManager } from 'typeorm';
import { type DIMENSIONS, OVERALL_VOTES, type EvaluationResult, type OverallVote } from '../../workflows/grading/ballots.js';
import { cadreComponents, teamComponents } from '../../workflows/grading/components.js';
import { applyGates, proposeGrades, type Candidate, type PoliticalReview, type Proposal } from '../../workflows/grading/propose.js';
import { poolQuotaSettings } from '../../workflows/rules/quota.js';
import { oneLevelDown } from '../../workflows/rules/grades.js';
import { penaltyCategory, penaltyPeriodMonths, periodEnd } from '../../workflows/cases/correction.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { PENALTY_KINDS, RATER_GROUPS, type PenaltyKind, type RaterGroup, type RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, can, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation, type FieldError } from '../common/errors.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { rollUpCycle } from '../indicators/rollup.js';

export const SCORE_COMPONENTS = ['WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS'] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

const BALLOT_STATES = ['evaluation.ballotsPending', 'evaluation.ballotsOpen'];

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

interface GroupAggregate {
  assessment_id: string;
  rater_group: RaterGroup;
  n: number;
  /** Sum of ballot means over the counted (possibly trimmed) ballots, and their count. */
  counted_sum: number;
  counted_n: number;
  morality: number;
  ability: number;
  diligence: number;
  results: number;
  integrity: number;
  excellent: number;
  excellent_or_competent: number;
  incompetent: number;
}

/**
 * Evaluation inputs (invitations, anonymous ballots, political reviews,
 * penalties, negative-list findings, component scores) and the grading run
 * that turns them into proposals with explanations, set-based per cycle.
 */

/** Assessments graded per batch (whole pools): bounds the memory a cycle's run needs, whatever its size. */
const GRADING_BATCH = 2500;

export class GradingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async assessment(m: EntityManager, id: string): Promise<Assessment> {
    const row = await m.getRepository(Assessment).findOneBy({ id });
    if (!row) throw notFound('Assessment');
    return row;
  }

  private async audit(m: EntityManager, viewer: Viewer, permission: Parameters<typeof actingRole>[1], row: Assessment, action: string, payload: Record<string, unknown>) {
    await appendAudit(m, {
      entityType: 'assessment_evaluation',
      entityId: row.id,
      action,
      actorUserId: viewer.userId,
      actorRole: actingRole(viewer, permission, row.orgPath),
      scopePath: row.orgPath,
      payload,
      occurredAt: this.now(),
    });
  }

  /** The assessment team invites raters by group; never the assessed themself, only users holding the RATER role. */
  async inviteRaters(viewer: Viewer | null, assessmentId: string, raters: Array<{ userId: string; group: RaterGroup }>): Promise<number> {
    assertCan(viewer, 'evaluation:manage');
    return this.dataSource.transaction(async (m) => {
      const row = await this.assessment(m, assessmentId);
      assertCan(viewer, 'evaluation:manage', row.orgPath);
      if (!BALLOT_STATES.includes(row.state)) {
        throw new AppError('INVALID_TRANSITION', `Raters are invited before the ballots close (now: ${row.state})`, { state: row.state, allowedEvents: [] });
      }
      const users: Array<{ id: string; cadre_id: string | null; is_rater: boolean }> = await m.query(
        `SELECT u.id, u.cadre_id, EXISTS (SELECT 1 FROM role_assignment ra WHERE ra.user_id = u.id AND ra.role = 'RATER') AS is_rater
           FROM user_account u WHERE u.id = ANY($1::uuid[])`,
        [raters.map((r) => r.userId)],
      );
      const errors: FieldError[] = [];
      raters.forEach((r, i) => {
        const user = users.find((u) => u.id === r.userId);
        if (!user) errors.push({ field: `input.raters.${i}.userId`, messages: ['no such user'] });
        else if (!user.is_rater) errors.push({ field: `input.raters.${i}.userId`, messages: ['does not hold the RATER role'] });
        else if (row.cadreId && user.cadre_id === row.cadreId) errors.push({ field: `input.raters.${i}.userId`, messages: ['nobody rates their own assessment'] });
      });
      if (errors.length) throw validation(errors, 'Some raters cannot be invited');
      const inserted: unknown[] = await m.query(
        `INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_by, invited_at)
         SELECT $1, u, g, $4, $5 FROM unnest($2::uuid[], $3::text[]) AS x(u, g)
         ON CONFLICT (assessment_id, rater_user_id) DO NOTHING RETURNING id`,
        [row.id, raters.map((r) => r.userId), raters.map((r) => r.group), viewer.userId, this.now()],
      );
      await this.audit(m, viewer, 'evaluation:manage', row, 'RATERS_INVITED', { raters: raters.map((r) => ({ userId: r.userId, group: r.group })), added: inserted.length });
      return inserted.length;
    });
  }

  /**
   * A rater casts one ballot. The invitation is marked voted and the ballot is
   * stored with its group and day only: which ballot is whose is kept nowhere,
   * so no one, administrators included, can see how a named rater voted.
   */
  async castBallot(viewer: Viewer | null, assessmentId: string, scores: Record<(typeof DIMENSIONS)[number], number>, overall: OverallVote): Promise<boolean> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    if (!OVERALL_VOTES.includes(overall)) throw validation([{ field: 'input.overall', messages: [`must be one of ${OVERALL_VOTES.join(', ')}`] }]);
    return this.dataSource.transaction(async (m) => {
      const row = await this.assessment(m, assessmentId);
      const [invitation] = (await m.query(`SELECT id, rater_group, voted FROM rater_invitation WHERE assessment_id = $1 AND rater_user_id = $2 FOR UPDATE`, [
        assessmentId,
        viewer.userId,
      ])) as Array<{ id: string; rater_group: RaterGroup; voted: boolean }>;
      if (!invitation) throw new AppError('FORBIDDEN', 'You are not invited to rate this assessment');
      if (invitation.voted) throw new AppError('CONFLICT', 'You have already voted on this assessment');
      if (row.state !== 'evaluation.ballotsOpen') {
        throw new AppError('INVALID_TRANSITION', `Ballots are not open (now: ${row.state})`, { state: row.state, allowedEvents: [] });
      }
      await m.query(`UPDATE rater_invitation SET voted = true WHERE id = $1`, [invitation.id]);
      await m.query(
        `INSERT INTO ballot (assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [assessmentId, invitation.rater_group, scores.MORALITY, scores.ABILITY, scores.DILIGENCE, scores.RESULTS, scores.INTEGRITY, overall, this.now().toISOString().slice(0, 10)],
      );
      // The running tally, in the same transaction: grading reads it instead of every ballot.
      await m.query(
        `INSERT INTO ballot_tally AS t VALUES ($1, $2, 1, ($3::numeric + $4 + $5 + $6 + $7) / 5, $3, $4, $5, $6, $7,
                (($8 = 'EXCELLENT')::int), (($8 IN ('EXCELLENT', 'COMPETENT'))::int), (($8 = 'INCOMPETENT')::int))
         ON CONFLICT (assessment_id, rater_group) DO UPDATE SET n = t.n + 1, sum_mean = t.sum_mean + EXCLUDED.sum_mean,
                sum_morality = t.sum_morality + EXCLUDED.sum_morality, sum_ability = t.sum_ability + EXCLUDED.sum_ability,
                sum_diligence = t.sum_diligence + EXCLUDED.sum_diligence, sum_results = t.sum_results + EXCLUDED.sum_results,
                sum_integrity = t.sum_integrity + EXCLUDED.sum_integrity, excellent = t.excellent + EXCLUDED.excellent,
                excellent_or_competent = t.excellent_or_competent + EXCLUDED.excellent_or_competent, incompetent = t.incompetent + EXCLUDED.incompetent`,
        [assessmentId, invitation.rater_group, scores.MORALITY, scores.ABILITY, scores.DILIGENCE, scores.RESULTS, scores.INTEGRITY, overall],
      );
      // The trail records that the rater voted, never what.
      await appendAudit(m, {
        entityType: 'rater_invitation',
        entityId: invitation.id,
        action: 'BALLOT_CAST',
        actorUserId: viewer.userId,
        actorRole: 'RATER',
        scopePath: row.orgPath,
        payload: { assessmentId },
        occurredAt: new Date(`${this.now().toISOString().slice(0, 10)}T00:00:00Z`),
      });
      return true;
    });
  }

  /** Invitations still waiting for the viewer's vote, with whom they are about (the rater needs to know whom they rate). */
  async myInvitations(
    viewer: Viewer | null,
  ): Promise<Array<{ assessmentId: string; group: string; state: string; subject: string; post: string | null; organisationName: string; cycleName: string; kind: string }>> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const rows: Array<{ assessment_id: string; rater_group: string; state: string; cadre_name: string | null; post: string | null; org_name: string; cycle_name: string; kind: string }> =
      await this.dataSource.query(
        `SELECT i.assessment_id, i.rater_group, a.state, a.kind, c.name AS cadre_name, c.post, o.name AS org_name, cy.name AS cycle_name
           FROM rater_invitation i
           JOIN assessment a ON a.id = i.assessment_id
           JOIN organisation o ON o.id = a.organisation_id
           JOIN assessment_cycle cy ON cy.id = a.cycle_id
           LEFT JOIN cadre c ON c.id = a.cadre_id
          WHERE i.rater_user_id = $1 AND NOT i.voted ORDER BY i.invited_at, i.id`,
        [viewer.userId],
      );
    return rows.map((r) => ({
      assessmentId: r.assessment_id,
      group: r.rater_group,
      state: r.state,
      kind: r.kind,
      subject: r.cadre_name ?? `${r.org_name}领导班子`,
      post: r.post,
      organisationName: r.org_name,
      cycleName: r.cycle_name,
    }));
  }

  /** Group aggregates straight from SQL (with optional trimming by window functions): no ballot leaves the database one by one. */
  private async groupAggregates(m: EntityManager, assessmentIds: string[] | 'grading_target', trim: boolean): Promise<GroupAggregate[]> {
    const source = assessmentIds === 'grading_target' ? `assessment_id IN (SELECT id FROM grading_target)` : `assessment_id = ANY($1::uuid[])`;
    const params = assessmentIds === 'grading_target' ? [] : [assessmentIds];
    if (!trim) {
      // Without trimming the running tallies answer: a few rows per assessment, never the ballots themselves.
      return m.query(
        `SELECT assessment_id, rater_group, n, sum_mean::float8 AS counted_sum, n AS counted_n,
                (sum_morality / n)::float8 AS morality, (sum_ability / n)::float8 AS ability, (sum_diligence / n)::float8 AS diligence,
                (sum_results / n)::float8 AS results, (sum_integrity / n)::float8 AS integrity,
                excellent, excellent_or_competent, incompetent
           FROM ballot_tally WHERE ${source}`,
        params,
      );
    }
    return m.query(
      `WITH b AS (
         SELECT assessment_id, rater_group, overall, morality, ability, diligence, results, integrity,
                (morality + ability + diligence + results + integrity) / 5 AS mean,
                row_number() OVER (PARTITION BY assessment_id, rater_group ORDER BY (morality + ability + diligence + results + integrity), id) AS lo,
                row_number() OVER (PARTITION BY assessment_id, rater_group ORDER BY (morality + ability + diligence + results + integrity) DESC, id DESC) AS hi,
                count(*) OVER (PARTITION BY assessment_id, rater_group) AS n
           FROM ballot WHERE ${source}
       )
       SELECT assessment_id, rater_group, max(n)::int AS n,
              sum(mean) FILTER (WHERE n < 3 OR (lo > 1 AND hi > 1))::float8 AS counted_sum,
              count(*) FILTER (WHERE n < 3 OR (lo > 1 AND hi > 1))::int AS counted_n,
              avg(morality)::float8 AS morality, avg(ability)::float8 AS ability, avg(diligence)::float8 AS diligence,
              avg(results)::float8 AS results, avg(integrity)::float8 AS integrity,
              count(*) FILTER (WHERE overall = 'EXCELLENT')::int AS excellent,
              count(*) FILTER (WHERE overall IN ('EXCELLENT', 'COMPETENT'))::int AS excellent_or_competent,
              count(*) FILTER (WHERE overall = 'INCOMPETENT')::int AS incompetent
         FROM b GROUP BY assessment_id, rater_group`,
      params,
    );
  }

  /**
   * The evaluation of many assessments from their group aggregates and
   * invitation counts. Mirrors workflows/grading/ballots.ts#aggregateBallots,
   * which is the reference (a test checks both agree).
   */
  private evaluationsFrom(aggregates: GroupAggregate[], invited: Map<string, Partial<Record<RaterGroup, number>>>, settings: RuleSettings, ids: string[]): Map<string, EvaluationResult> {
    const de = settings.democraticEvaluation;
    const byAssessment = new Map<string, GroupAggregate[]>();
    for (const a of aggregates) byAssessment.set(a.assessment_id, [...(byAssessment.get(a.assessment_id) ?? []), a]);
    const round2 = (x: number) => Math.round(x * 100) / 100;
    const out = new Map<string, EvaluationResult>();
    for (const id of ids) {
      const groups = byAssessment.get(id) ?? [];
      const inv = invited.get(id) ?? {};
      const invitedTotal = RATER_GROUPS.reduce((s, g) => s + (inv[g] ?? 0), 0);
      const returned = groups.reduce((s, g) => s + g.n, 0);
      const turnoutPercent = invitedTotal ? round2((returned / invitedTotal) * 100) : 0;
      const valid = invitedTotal > 0 && turnoutPercent >= de.minimumTurnoutPercent;
      let weighted = 0;
      let weight = 0;
      for (const g of groups) {
        if (!g.counted_n) continue;
        weighted += (g.counted_sum / g.counted_n) * de.raterGroupWeights[g.rater_group];
        weight += de.raterGroupWeights[g.rater_group];
      }
      const sum = (k: 'excellent' | 'excellent_or_competent' | 'incompetent') => groups.reduce((s, g) => s + g[k], 0);
      out.set(id, {
        invited: invitedTotal,
        returned,
        turnoutPercent,
        valid,
        groups: RATER_GROUPS.filter((group) => (inv[group] ?? 0) > 0 || groups.some((g) => g.rater_group === group)).map((group) => {
          const g = groups.find((x) => x.rater_group === group);
          const shown = (g?.n ?? 0) >= de.anonymityMinimumRaters;
          return {
            group,
            ballots: g?.n ?? 0,
            invited: inv[group] ?? 0,
            shown,
            score: shown && g?.counted_n ? round2(g.counted_sum / g.counted_n) : null,
            dimensions:
              shown && g
                ? { MORALITY: round2(g.morality), ABILITY: round2(g.ability), DILIGENCE: round2(g.diligence), RESULTS: round2(g.results), INTEGRITY: round2(g.integrity) }
                : null,
          };
        }),
        score: valid && weight ? round2(weighted / weight) : null,
        votes:
          valid && returned
            ? {
                excellentPercent: round2((sum('excellent') / returned) * 100),
                excellentOrCompetentPercent: round2((sum('excellent_or_competent') / returned) * 100),
                incompetentPercent: round2((sum('incompetent') / returned) * 100),
              }
            : null,
      });
    }
    return out;
  }

  async evaluationOf(viewer: Viewer | null, row: Assessment, settings: RuleSettings): Promise<EvaluationResult> {
    if (!can(viewer, 'assessment:read', row.orgPath) && viewer?.cadreId !== row.cadreId) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    const aggregates = await this.groupAggregates(this.dataSource.manager, [row.id], settings.democraticEvaluation.trimExtremes);
    const invited = await this.invitedCounts(this.dataSource.manager, [row.id]);
    return this.evaluationsFrom(aggregates, invited, settings, [row.id]).get(row.id)!;
  }

  private async invitedCounts(m: EntityManager, ids: string[] | 'grading_target'): Promise<Map<string, Partial<Record<RaterGroup, number>>>> {
    const rows: Array<{ assessment_id: string; rater_group: RaterGroup; n: number }> =
      ids === 'grading_target'
        ? await m.query(`SELECT assessment_id, rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id IN (SELECT id FROM grading_target) GROUP BY 1, 2`)
        : await m.query(`SELECT assessment_id, rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id = ANY($1::uuid[]) GROUP BY 1, 2`, [ids]);
    const map = new Map<string, Partial<Record<RaterGroup, number>>>();
    for (const r of rows) map.set(r.assessment_id, { ...(map.get(r.assessment_id) ?? {}), [r.rater_group]: r.n });
    return map;
  }

  async recordPoliticalReview(viewer: Viewer | null, assessmentId: string, rating: PoliticalReview, veto: boolean, note: string): Promise<void> {
    assertCan(viewer, 'political-review:write');
    await this.dataSource.transaction(async (m) => {
      const row = await this.assessment(m, assessmentId);
      assertCan(viewer, 'political-review:write', row.orgPath);
      await m.query(
        `INSERT INTO political_review (assessment_id, rating, veto, note, recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5,$6)
         ON CONFLICT (assessment_id) DO UPDATE SET rating = $2, veto = $3, note = $4, recorded_by = $5, recorded_at = $6`,
        [assessmentId, rating, veto, note, viewer.userId, this.now()],
      );
      await this.audit(m, viewer, 'political-review:write', row, 'POLITICAL_REVIEW_RECORDED', { rating, veto, note });
    });
  }

  async recordPenalty(viewer: Viewer | null, cadreId: string, kind: PenaltyKind, decidedOn: string, note: string): Promise<string> {
    assertCan(viewer, 'penalty:write');
    if (!PENALTY_KINDS.includes(kind)) throw validation([{ field: 'input.kind', messages: ['is not a penalty kind'] }]);
    return this.dataSource.transaction(async (m) => {
      const [cadre] = (await m.query(`SELECT c.id, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{ id: string; path: string }>;
      if (!cadre) throw notFound('Cadre');
      assertCan(viewer, 'penalty:write', cadre.path);
      // Its category and sanction period (settings of the rule set in force on the day it was decided).
      const org = await m.getRepository(Organisation).findOneByOrFail({ id: ((await m.query(`SELECT organisation_id FROM cadre WHERE id = $1`, [cadreId])) as Array<{ organisation_id: string }>)[0]!.organisation_id });
      const months = penaltyPeriodMonths(kind, (await effectiveRuleSet(m, org, decidedOn)).settings.penaltyPeriods);
      const [penalty] = (await m.query(
        `INSERT INTO penalty (cadre_id, kind, started_on, decided_on, effective_until, category, note, recorded_by, recorded_at) VALUES ($1,$2,$3,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [cadreId, kind, decidedOn, months ? periodEnd(decidedOn, months) : null, penaltyCategory(kind), note, viewer.userId, this.now()],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'cadre_penalty',
        entityId: cadreId,
        action: 'PENALTY_RECORDED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'penalty:write', cadre.path),
        scopePath: cadre.path,
        payload: { penaltyId: penalty!.id, kind, decidedOn, note },
        occurredAt: this.now(),
      });
      return penalty!.id;
    });
  }

  async recordNegativeFinding(viewer: Viewer | null, assessmentId: string, code: string, note: string, settings: RuleSettings): Promise<void> {
    assertCan(viewer, 'evaluation:manage');
    if (!settings.gates.negativeList.some((n) => n.code === code)) {
      throw validation([{ field: 'input.code', messages: [`must be one of ${settings.gates.negativeList.map((n) => n.code).join(', ')}`] }]);
    }
    await this.dataSource.transaction(async (m) => {
      const row = await this.assessment(m, assessmentId);
      assertCan(viewer, 'evaluation:manage', row.orgPath);
      await m.query(`INSERT INTO negative_finding (assessment_id, code, note, recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5)`, [assessmentId, code, note, viewer.userId, this.now()]);
      await this.audit(m, viewer, 'evaluation:manage', row, 'NEGATIVE_FINDING_RECORDED', { code, note });
    });
  }

  /**
   * Component scores for many assessments at once (manual entry or an imported
   * sheet): every row is checked first and nothing is written unless all are valid.
   */
  async setScores(viewer: Viewer | null, rows: Array<{ assessmentId: string; component: string; value: number; source: string; line?: number }>): Promise<number> {
    assertCan(viewer, 'evaluation:manage');
    return this.dataSource.transaction(async (m) => {
      const found: Array<{ id: string; org_path: string }> = await m.query(`SELECT id, org_path FROM assessment WHERE id = ANY($1::uuid[])`, [
        [...new Set(rows.map((r) => r.assessmentId).filter((id) => /^[0-9a-f-]{36}$/i.test(id)))],
      ]);
      const paths = new Map(found.map((f) => [f.id, f.org_path]));
      const errors: FieldError[] = [];
      rows.forEach((r, i) => {
        const where = r.line !== undefined ? `line ${r.line}` : `input.scores.${i}`;
        const problems: string[] = [];
        const path = paths.get(r.assessmentId);
        if (!path) problems.push('no such assessment');
        else if (!can(viewer, 'evaluation:manage', path)) problems.push('outside your jurisdiction');
        if (!(SCORE_COMPONENTS as readonly string[]).includes(r.component)) problems.push(`component must be one of ${SCORE_COMPONENTS.join(', ')}`);
        if (!Number.isFinite(r.value) || r.value < 0 || r.value > 100) problems.push('value must be a number from 0 to 100');
        if (!r.source.trim()) problems.push('a data source is required');
        if (problems.length) errors.push({ field: where, messages: problems });
      });
      if (errors.length) throw validation(errors, `${errors.length} row(s) are not valid; nothing was imported`);
      await m.query(
        `INSERT INTO score_input (assessment_id, component, value, source, recorded_by, recorded_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::numeric[], $4::text[]) AS x(a, c, v, s) CROSS JOIN (SELECT $5::uuid, $6::timestamptz) meta
         ON CONFLICT (assessment_id, component) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [rows.map((r) => r.assessmentId), rows.map((r) => r.component), rows.map((r) => r.value), rows.map((r) => r.source), viewer.userId, this.now()],
      );
      await appendAudit(m, {
        entityType: 'score_import',
        entityId: viewer.userId,
        action: 'SCORES_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'evaluation:manage'),
        scopePath: null,
        payload: { rows: rows.length, assessments: paths.size },
        occurredAt: this.now(),
      });
      return rows.length;
    });
  }

  /** Parses a CSV sheet (`assessmentId,component,value,source`, header optional) into rows with their line numbers. */
  static parseScoreCsv(text: string): Array<{ assessmentId: string; component: string; value: number; source: string; line: number }> {
    return text
      .split(/\r?\n/)
      .map((line, i) => ({ cells: line.split(',').map((c) => c.trim()), line: i + 1 }))
      .filter(({ cells }) => cells.join('') !== '' && cells[0]!.toLowerCase() !== 'assessmentid')
      .map(({ cells, line }) => ({ assessmentId: cells[0] ?? '', component: cells[1] ?? '', value: cells[2] === '' || cells[2] === undefined ? Number.NaN : Number(cells[2]), source: cells[3] ?? '', line }));
  }

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
    const aggregates = await this.groupAggregates(m, ids, settings.democraticEvaluation.trimExtremes);
    const invited = await this.invitedCounts(m, ids);
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
    const evaluations = this.evaluationsFrom(aggregates, invited, settings, ids);
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
