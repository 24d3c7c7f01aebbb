import type { DataSource, EntityManager } from 'typeorm';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { type DIMENSIONS, OVERALL_VOTES, overallVotesFor, turnoutOf, type EvaluationResult, type OverallVote } from '../../workflows/grading/ballots.js';
import type { PoliticalReview } from '../../workflows/grading/propose.js';
import { penaltyCategory, penaltyPeriodMonths, periodEnd } from '../../workflows/cases/correction.js';
import { PENALTY_KINDS, type PenaltyKind, type RaterGroup, type RuleSettings } from '../../workflows/rules/settings.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { AssessmentService } from '../assessments/assessment.service.js';
import type { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { MutationOptions } from '../workflow/engine.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-vocabulary.js';
import { actingRole, assertCan, can, type Viewer } from '../auth/policy.js';
import { AppError, conflict, notFound, validation, type FieldError } from '../common/errors.js';
import { preparedQuery } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { castIntoBox, isBoxHeadTaken, lockBox, openClosedBallotBoxes, readCastFacts, SEALED_STATES, type CastFacts } from './ballot-box.service.js';
import { evaluationsFrom, groupAggregates, invitedCounts, SCORE_COMPONENTS, turnoutOnly, votedCounts } from './evaluation-inputs.js';

const BALLOT_STATES = SEALED_STATES;

/**
 * The evaluation inputs the grading run reads: rater invitations, anonymous
 * ballots, political reviews, penalties, negative-list findings and
 * component scores (entered or imported), and the democratic evaluation so
 * far.
 */
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly assessments: AssessmentService,
  ) {}

  private async assessment(m: EntityManager, id: string): Promise<Assessment> {
    const row = await m.getRepository(Assessment).findOneBy({ id });
    if (!row) throw notFound('Assessment');
    return row;
  }

  private async audit(m: EntityManager, viewer: Viewer, permission: Parameters<typeof actingRole>[1], row: Assessment, action: AuditAction, payload: Record<string, unknown>) {
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
   * A rater casts one ballot, in one statement (its own transaction): the
   * invitation is marked voted (the turnout record) and the ballot is stored
   * sealed — encrypted under a key outside the database, with no rater, no
   * time and nothing tallied (ballot-box.service.ts). The transaction id the
   * two rows share links the voted mark to a ciphertext only; the box is
   * opened, shuffled, after the ballots close. The trail records on the ballot
   * box's stream that a ballot was cast, with no actor and the day only.
   *
   * One read (the assessment, the invitation, the box's audit head), then that
   * one statement, which writes only while the ballots are open and the vote
   * is not cast. When another ballot went into the same box in between (the
   * head moved: the stream's unique seq refuses the row, nothing is written),
   * the cast runs again in a transaction that first takes the assessment's
   * row and the box's audit lock, as every writer of the box's trail does.
   */
  async castBallot(viewer: Viewer | null, assessmentId: string, scores: Record<(typeof DIMENSIONS)[number], number>, overall: OverallVote): Promise<boolean> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    if (!OVERALL_VOTES.includes(overall)) throw validation([{ field: 'input.overall', messages: [`must be one of ${OVERALL_VOTES.join(', ')}`] }]);
    const cast = async (m: EntityManager): Promise<boolean> => {
      const facts = this.castable(await readCastFacts(m, assessmentId, viewer.userId), overall);
      if (await castIntoBox(m, assessmentId, facts, { group: facts.rater_group!, scores, overall }, chinaMidnight(chinaDay(this.now())))) return true;
      // The ballots closed or the vote was cast since the read: the same refusal the read would give now.
      this.castable(await readCastFacts(m, assessmentId, viewer.userId), overall);
      throw conflict();
    };
    const runner = this.dataSource.createQueryRunner();
    try {
      return await cast(runner.manager);
    } catch (error) {
      if (!isBoxHeadTaken(error)) throw error;
    } finally {
      await runner.release();
    }
    return this.dataSource.transaction(async (m) => {
      await lockBox(m, assessmentId);
      return cast(m);
    });
  }

  /** The refusals of a ballot, in order; the facts when it may be cast. */
  private castable(found: CastFacts | null, overall: OverallVote): CastFacts {
    if (!found) throw notFound('Assessment');
    // A leadership team is voted on the team scale, a cadre on the cadre scale (workflows/rules/grades.ts).
    const votes = overallVotesFor(found.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE');
    if (!votes.includes(overall)) {
      throw validation([{ field: 'input.overall', messages: [`${found.kind === 'TEAM_ANNUAL' ? 'a leadership team' : 'a cadre'} is voted one of ${votes.join(', ')}`] }]);
    }
    if (!found.invitation_id) throw new AppError('FORBIDDEN', 'You are not invited to rate this assessment');
    if (found.voted) throw new AppError('CONFLICT', 'You have already voted on this assessment');
    if (found.state !== 'evaluation.ballotsOpen') {
      throw new AppError('INVALID_TRANSITION', `Ballots are not open (now: ${found.state})`, { state: found.state, allowedEvents: [] });
    }
    return found;
  }

  /**
   * CLOSE_BALLOTS: the democratic evaluation closes only when the cycle's
   * minimum turnout is met (nobody invited never meets it), or with an
   * explicit exception whose reason is recorded, with who gave it, on the
   * assessment and in the audit trail. A refusal names the rule and its
   * facts: invited, returned, the turnout and the minimum. An exception
   * where the turnout is met is not needed and not recorded.
   */
  closeBallots(viewer: Viewer | null, assessmentId: string, exception: { reason: string } | null, options: MutationOptions): Promise<Assessment> {
    const reason = exception ? exception.reason.trim() : null;
    if (reason === '') throw validation([{ field: 'turnoutException.reason', messages: ['must say why the evaluation closes below the minimum turnout'] }]);
    return this.assessments.act(viewer, assessmentId, 'CLOSE_BALLOTS', { turnoutException: reason === null ? null : { reason } }, options, async ({ m, row, at, actor }) => {
      // The cycle's minimum and the invitations' turnout in one read (the box is opened after the transition, holding the row).
      const [counts] = await preparedQuery<{ minimum: number; invited: number; returned: number }>(
        m,
        `SELECT (SELECT settings->'democraticEvaluation'->'minimumTurnoutPercent' FROM assessment_cycle WHERE id = $2) AS minimum,
                count(*)::int AS invited, (count(*) FILTER (WHERE voted))::int AS returned
           FROM rater_invitation WHERE assessment_id = $1`,
        [row.id, row.cycleId],
      );
      const minimumPercent = counts!.minimum;
      const turnout = turnoutOf(counts!.invited, counts!.returned, minimumPercent);
      if (row.state === 'evaluation.ballotsOpen' && !turnout.met && reason === null) {
        throw new AppError(
          'INVALID_TRANSITION',
          turnout.invited === 0
            ? `The ballots cannot close: nobody is invited, and no turnout meets the minimum of ${minimumPercent}%; invite raters, or record an exception with its reason`
            : `The ballots cannot close: ${turnout.returned} of ${turnout.invited} invited returned a ballot (${turnout.percent}%), below the minimum turnout of ${minimumPercent}%; wait for more ballots, or record an exception with its reason`,
          {
            state: row.state,
            event: 'CLOSE_BALLOTS',
            rule: 'MINIMUM_TURNOUT',
            invited: turnout.invited,
            returned: turnout.returned,
            turnoutPercent: turnout.percent,
            minimumTurnoutPercent: minimumPercent,
            allowedEvents: [],
          },
        );
      }
      const recorded = !turnout.met && reason !== null ? { reason, by: actor.userId, byName: viewer?.displayName ?? null } : null;
      return {
        event: { type: 'CLOSE_BALLOTS', turnout: { invited: turnout.invited, returned: turnout.returned, minimumPercent }, exception: recorded, at },
        auditPayload: { turnout: { invited: turnout.invited, returned: turnout.returned, percent: turnout.percent, minimumPercent }, turnoutException: recorded ? { reason } : null },
      };
    });
  }

  /** Invitations still waiting for the viewer's vote, with whom they are about (the rater needs to know whom they rate). */
  async myInvitations(
    viewer: Viewer | null,
  ): Promise<
    Array<{ assessmentId: string; group: string; state: string; subject: string; post: string | null; organisationName: string; cycleName: string; kind: string; overallVotes: OverallVote[] }>
  > {
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
      overallVotes: [...overallVotesFor(r.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE')],
    }));
  }
  /**
   * The democratic evaluation as published: while the ballot box is sealed
   * (ballots pending or open) the turnout only; after the close the box is
   * opened (once) and the aggregates of the shown groups are given.
   */
  async evaluationOf(viewer: Viewer | null, row: Assessment, cycles: { load(id: string): Promise<AssessmentCycle | null> }): Promise<EvaluationResult & { sealed: boolean }> {
    const settings = (await cycles.load(row.cycleId))!.settings as unknown as RuleSettings;
    if (!can(viewer, 'assessment:read', row.orgPath) && viewer?.cadreId !== row.cadreId) throw new AppError('FORBIDDEN', 'Not in your jurisdiction');
    const m = this.dataSource.manager;
    const invited = await invitedCounts(m, [row.id]);
    if (SEALED_STATES.includes(row.state)) return turnoutOnly(invited.get(row.id) ?? {}, await votedCounts(m, row.id), settings);
    await openClosedBallotBoxes(m, [row.id], this.now());
    const aggregates = await groupAggregates(m, [row.id], settings.democraticEvaluation.trimExtremes);
    return { ...evaluationsFrom(aggregates, invited, settings, [row.id]).get(row.id)!, sealed: false };
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

  /** A negative-list finding against an assessment you may read, checked against the list of its cycle's settings. */
  async recordNegativeFinding(viewer: Viewer | null, assessmentId: string, code: string, note: string, cycles: { load(id: string): Promise<AssessmentCycle | null> }): Promise<void> {
    const row = await this.assessments.get(viewer, assessmentId);
    const settings = (await cycles.load(row.cycleId))!.settings as unknown as RuleSettings;
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
  /** Imports a CSV sheet (assessmentId,component,value,source); every bad row reported with its line, nothing written unless all are valid. */
  importScores(viewer: Viewer | null, csv: string): Promise<number> {
    return this.setScores(viewer, EvaluationService.parseScoreCsv(csv));
  }

  static parseScoreCsv(text: string): Array<{ assessmentId: string; component: string; value: number; source: string; line: number }> {
    return text
      .split(/\r?\n/)
      .map((line, i) => ({ cells: line.split(',').map((c) => c.trim()), line: i + 1 }))
      .filter(({ cells }) => cells.join('') !== '' && cells[0]!.toLowerCase() !== 'assessmentid')
      .map(({ cells, line }) => ({ assessmentId: cells[0] ?? '', component: cells[1] ?? '', value: cells[2] === '' || cells[2] === undefined ? Number.NaN : Number(cells[2]), source: cells[3] ?? '', line }));
  }
}
