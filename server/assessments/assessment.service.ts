import { createHash, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CollectiveDecision } from '../../workflows/assessment/annual.machine.js';
import { OPINION_SOURCES, type OpinionSource } from '../../workflows/assessment/annual.machine.js';
import { MACHINES, machineSpec } from '../../workflows/registry.js';
import type { DecisionPath } from '../../workflows/decide/decide.js';
// The entities first: their module loads typeorm, and with it the metadata every decorator below needs.
import { Assessment, SelfReport, type AssessmentKind } from './assessment.entity.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { verdictFor } from '../grading/grade-decision.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { Params, preparedQuery, subtreePatterns } from '../common/sql.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { ResultEvents } from '../results/result-events.js';
import { actingCapacity, assertActor } from '../workflow/actors.js';
import { availableActions } from '../workflow/available-actions.js';
import { WorkflowEngine, type MutationOptions, type StepContext, type StepPlan } from '../workflow/engine.js';
import { invalidTransition, restore, type MachineEvent } from '../workflow/transition.js';
import { awaitingConditions } from '../workflow/work-queue.js';
import { AssessmentInstances, assertEventPossible, assessmentTarget } from './assessment.workflow.js';

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from './assessment.workflow.js';
export type { MutationOptions } from '../workflow/engine.js';

export interface AssessmentFilter {
  cycleId?: string | null;
  organisationId?: string | null;
  state?: string | null;
  grade?: string | null;
  kind?: AssessmentKind | null;
  cadreId?: string | null;
  /** Only those the engine has proposed for. */
  graded?: boolean | null;
  /** Only those whose latest engine proposal is this grade. */
  engineGrade?: string | null;
}

/** What an assessment action's `build` is handed: the step's context and the cycle, read only when asked for. */
export type ActContext = StepContext<Assessment> & { cycle: () => Promise<AssessmentCycle> };

/**
 * The assessments: their domain facts (the quota pool, evaluation records,
 * corrections) and reading them. Every change of state runs through the
 * workflow engine with the assessment kind (see assessment.workflow.ts).
 */
/**
 * Steps whose only write is the transition's own statement (the state, the
 * audit row, the assessed's notification): their `build` reads nothing that
 * must stay locked and no result hook follows (the final result never
 * changes), so they run without BEGIN and COMMIT — the read, then one
 * version-checked statement (bench:transitions --mix lifecycle: two round
 * trips fewer on a quarter of a lifecycle's requests).
 */
export const SINGLE_STATEMENT_EVENTS: ReadonlySet<string> = new Set(['ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'COMPLETE_EVALUATION', 'ISSUE_WRITTEN_NOTICE', 'SIGN_NOTICE', 'GIVE_FEEDBACK', 'FILE']);

export class AssessmentService {
  readonly instances: AssessmentInstances;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    results: ResultEvents = new ResultEvents(),
    readonly engine: WorkflowEngine = new WorkflowEngine(dataSource, now),
  ) {
    this.instances = new AssessmentInstances(results);
  }

  async cycleRow(m: EntityManager, cycleId: string): Promise<AssessmentCycle> {
    const cycle = await m.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    return cycle;
  }

  /**
   * The common path of every assessment action, run by the engine: load,
   * check the actor, let `build` compute the event (with its facts) and any
   * records the step writes, transition, notify the assessed, and hand a
   * changed final result to its listeners. Returns the updated assessment.
   * `singleStatement`: see WorkflowEngine.step; by default, the events of
   * SINGLE_STATEMENT_EVENTS.
   */
  act(
    viewer: Viewer | null,
    assessmentId: string,
    eventType: string,
    request: Record<string, unknown>,
    options: MutationOptions,
    build: (ctx: ActContext) => Promise<StepPlan> = async ({ at }) => ({ event: { type: eventType, at } }),
    singleStatement = SINGLE_STATEMENT_EVENTS.has(eventType),
  ): Promise<Assessment> {
    return this.engine.step(this.instances.kind, viewer, assessmentId, eventType, request, options, (ctx) => build({ ...ctx, cycle: () => this.cycleRow(ctx.m, ctx.row.cycleId) }), singleStatement);
  }

  /** SET_OVERLAY by hand (UNGRADED, COMMENT_ONLY or NONE), with its reason. */
  setOverlay(viewer: Viewer | null, assessmentId: string, overlay: 'NONE' | 'UNGRADED' | 'COMMENT_ONLY', reason: string, options: MutationOptions): Promise<Assessment> {
    return this.act(viewer, assessmentId, 'SET_OVERLAY', { overlay, reason }, options, async ({ at }) => ({
      event: { type: 'SET_OVERLAY', overlay, reason, at },
    }));
  }

  /** APPRAISE a regular or special assessment: the grade, a score if used, the comment in the audit trail. */
  appraise(viewer: Viewer | null, assessmentId: string, appraisal: { grade: string; score: number | null; comment: string }, options: MutationOptions): Promise<Assessment> {
    const { grade, score, comment } = appraisal;
    return this.act(viewer, assessmentId, 'APPRAISE', { grade, score }, options, async ({ at }) => ({
      event: { type: 'APPRAISE', grade, score, at },
      auditPayload: { comment },
    }));
  }

  /** An action whose only content is its reason: RETURN_SELF_REPORT, RECORD_REFUSAL. */
  actWithReason(viewer: Viewer | null, assessmentId: string, eventType: 'RETURN_SELF_REPORT' | 'RECORD_REFUSAL', reason: string, options: MutationOptions): Promise<Assessment> {
    return this.act(viewer, assessmentId, eventType, { reason }, options, async ({ at }) => ({
      event: { type: eventType, reason, at },
    }));
  }

  /** PROPOSE_GRADE: the assessment team's grade with its comment (评语). */
  proposeGrade(viewer: Viewer | null, assessmentId: string, grade: string, comment: string, options: MutationOptions): Promise<Assessment> {
    return this.act(viewer, assessmentId, 'PROPOSE_GRADE', { grade, comment }, options, async ({ m, row, at }) => {
      // Every binding gate and the quota, on the one decision path; the comment is the reason of a grade below the engine's advice.
      assertEventPossible(row, 'PROPOSE_GRADE');
      const verdict = await verdictFor(m, row.id, { grade, path: 'PROPOSAL', reason: comment }, chinaDay(new Date(at)), {}, { state: row.state, event: 'PROPOSE_GRADE' });
      return { event: { type: 'PROPOSE_GRADE', grade, comment, verdict, at } };
    });
  }

  /** SIGN_NOTICE: the person signs the written notice, with an opinion if they wish. */
  signNotice(viewer: Viewer | null, assessmentId: string, opinion: string | null, options: MutationOptions): Promise<Assessment> {
    return this.act(viewer, assessmentId, 'SIGN_NOTICE', { opinion }, options, async ({ at }) => ({
      event: { type: 'SIGN_NOTICE', opinion, at },
    }));
  }

  /** GIVE_FEEDBACK (反馈): strengths, shortcomings and demands for improvement, kept in the audit trail. */
  giveFeedback(viewer: Viewer | null, assessmentId: string, feedback: { strengths: string; shortcomings: string; improvementDemands: string }, options: MutationOptions): Promise<Assessment> {
    return this.act(viewer, assessmentId, 'GIVE_FEEDBACK', feedback, options, async ({ at }) => ({
      event: { type: 'GIVE_FEEDBACK', at },
      auditPayload: { feedback },
    }));
  }

  // ---------- self-report ----------

  async saveSelfReportDraft(
    viewer: Viewer | null,
    assessmentId: string,
    draftVersion: number,
    fields: Pick<SelfReport, 'workSummary' | 'dutiesAndTargets' | 'responsibilityStatement' | 'integrityStatement'>,
  ): Promise<SelfReport> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.instances.load(m, assessmentId);
      assertActor(viewer, machineSpec(row.machineId), 'SUBMIT_SELF_REPORT', assessmentTarget(row));
      if (!['selfReport.drafting', 'selfReport.returned', 'selfReport.overdue'].includes(row.state)) {
        throw new AppError('INVALID_TRANSITION', `The self-report can only be edited while it is being written (now: ${row.state})`, { state: row.state, allowedEvents: [] });
      }
      const saved: Array<{ draft_version: number }> = await m.query(
        `INSERT INTO self_report AS s (assessment_id, work_summary, duties_and_targets, responsibility_statement, integrity_statement, draft_version, draft_saved_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6)
         ON CONFLICT (assessment_id) DO UPDATE SET work_summary = $2, duties_and_targets = $3, responsibility_statement = $4, integrity_statement = $5,
                draft_version = s.draft_version + 1, draft_saved_at = $6
          WHERE s.draft_version = $7
         RETURNING draft_version`,
        [assessmentId, fields.workSummary, fields.dutiesAndTargets, fields.responsibilityStatement, fields.integrityStatement, this.now(), draftVersion],
      );
      if (saved.length === 0) throw new AppError('CONFLICT', 'This draft was saved elsewhere in the meantime (another tab?): reload it before saving again');
      return m.getRepository(SelfReport).findOneByOrFail({ assessmentId });
    });
  }

  /**
   * SUBMIT_SELF_REPORT: the self-report must be complete; it is stamped
   * submitted in the transition's own statement (only if the version-checked
   * update happened), so the step runs as the read of the row, the read of the
   * report and one statement, without BEGIN and COMMIT (see
   * SINGLE_STATEMENT_EVENTS). The audit row keeps the hash of the text read:
   * that statement locks the report and needs the draft version read, so a
   * save in between makes the submission a CONFLICT, and the stamp raises the
   * draft version, so a save that read the drafting state before is refused.
   */
  submitSelfReport(viewer: Viewer | null, id: string, options: MutationOptions) {
    return this.act(
      viewer,
      id,
      'SUBMIT_SELF_REPORT',
      {},
      options,
      async ({ m, row, at }) => {
        const [report] = await preparedQuery<{ work_summary: string; responsibility_statement: string; integrity_statement: string; draft_version: number }>(
          m,
          `SELECT work_summary, responsibility_statement, integrity_statement, draft_version FROM self_report WHERE assessment_id = $1`,
          [row.id],
        );
        const missing = [
          ['workSummary', report?.work_summary],
          ['responsibilityStatement', report?.responsibility_statement],
          ['integrityStatement', report?.integrity_statement],
        ].filter(([, v]) => !v || !String(v).trim());
        if (missing.length) throw validation(missing.map(([f]) => ({ field: String(f), messages: ['must be written before submitting'] })), 'The self-report is not complete');
        const { draft_version: draftVersion, ...text } = report!;
        return {
          event: { type: 'SUBMIT_SELF_REPORT', at },
          auditPayload: { selfReportHash: sha(text) },
          // The text hashed is the text submitted: the draft read is locked and must still be that version, and the
          // submission is a version of its own, so a save that read the drafting state before it is refused.
          requires: {
            sql: `SELECT FROM self_report WHERE assessment_id = $1::uuid AND draft_version = $2::int FOR UPDATE`,
            params: [row.id, draftVersion],
            conflict: 'The self-report was saved elsewhere while it was being submitted (another tab?): reload it and submit again',
          },
          writes: [
            {
              sql: `UPDATE self_report SET submitted_at = $2::timestamptz, draft_version = draft_version + 1 WHERE assessment_id = $1::uuid AND EXISTS (SELECT FROM upd)`,
              params: [row.id, at],
            },
          ],
        };
      },
      true,
    );
  }

  // ---------- evaluation, decision ----------

  recordEvaluation(viewer: Viewer | null, id: string, kind: 'TALK' | 'OPINION', source: OpinionSource | null, summary: string, options: MutationOptions) {
    const eventType = kind === 'TALK' ? 'RECORD_TALK' : 'RECORD_OPINION';
    if (kind === 'OPINION' && (!source || !OPINION_SOURCES.includes(source))) throw validation([{ field: 'input.source', messages: [`must be one of ${OPINION_SOURCES.join(', ')}`] }]);
    return this.act(
      viewer,
      id,
      eventType,
      { kind, source, summary },
      options,
      async ({ row, at, actor }) => {
        // The record is written in the transition's own statement, so its id is chosen here.
        const recordId = randomUUID();
        return {
          event: kind === 'TALK' ? { type: eventType, at } : { type: eventType, source, at },
          auditPayload: { recordId },
          writes: [
            {
              sql: `INSERT INTO evaluation_record (id, assessment_id, kind, source, summary, recorded_by, recorded_at) SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::uuid, $7::timestamptz FROM upd`,
              params: [recordId, row.id, kind, source, summary, actor.userId, at],
            },
          ],
        };
      },
      true,
    );
  }

  decideGrade(
    viewer: Viewer | null,
    id: string,
    decision: { type: 'APPROVE_GRADE' } | { type: 'CHANGE_GRADE'; grade: string; reason: string } | { type: 'SEND_BACK'; reason: string },
    collective: CollectiveDecision,
    options: MutationOptions,
  ) {
    return this.act(viewer, id, decision.type, { decision, collective }, options, async ({ m, row, at }) => {
      if (decision.type === 'SEND_BACK') return { event: { type: 'SEND_BACK', reason: decision.reason, collective, at } };
      // Four eyes: whoever proposed the grade does not decide it.
      const [proposer] = (await m.query(
        `SELECT actor_user_id FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1 AND action = 'PROPOSE_GRADE' ORDER BY seq DESC LIMIT 1`,
        [row.id],
      )) as Array<{ actor_user_id: string | null }>;
      if (viewer && proposer?.actor_user_id === viewer.userId) {
        throw new AppError('CONFLICT_OF_INTEREST', 'You proposed this grade: another member of the committee must decide it');
      }
      const grade = decision.type === 'APPROVE_GRADE' ? row.proposedGrade : decision.grade;
      // A state that cannot take the decision (or a committee with no proposal before it) is refused as the lifecycle refuses it, naming what may happen instead.
      assertEventPossible(row, decision.type);
      if (grade === null) throw invalidTransition(row.state, decision.type, restore(machineSpec(row.machineId), row.snapshot));
      const path: DecisionPath = decision.type === 'APPROVE_GRADE' ? 'COMMITTEE_APPROVAL' : 'COMMITTEE_CHANGE';
      const verdict = await verdictFor(m, row.id, { grade, path, reason: decision.type === 'CHANGE_GRADE' ? decision.reason : null }, chinaDay(new Date(at)), {}, { state: row.state, event: decision.type });
      const event: MachineEvent =
        decision.type === 'APPROVE_GRADE'
          ? { type: 'APPROVE_GRADE', collective, verdict, at }
          : { type: 'CHANGE_GRADE', grade: decision.grade, reason: decision.reason, collective, verdict, at };
      return { event };
    });
  }

  // ---------- reading ----------

  async get(viewer: Viewer | null, id: string): Promise<Assessment> {
    const row = await this.instances.load(this.dataSource.manager, id);
    this.assertCanRead(viewer, row);
    return row;
  }

  assertCanRead(viewer: Viewer | null, row: Assessment): void {
    if (actingCapacity(viewer, machineSpec(row.machineId), 'SUBMIT_SELF_REPORT', assessmentTarget(row)) === 'SUBJECT') return;
    if (viewer?.cadreId && row.cadreId === viewer.cadreId) return;
    // The public sees assessments on public notice only, through the public notice query.
    assertCan(viewer, 'assessment:read', row.orgPath);
  }

  /**
   * Events the viewer may send now: what the snapshot can take ∩ what the
   * viewer may do there, with the guards that can be asked now: the notice
   * closes only after its last day with no objection open, and the committee
   * is offered APPROVE_GRADE only where the standing proposal passes every
   * gate and the quota today (`approvable`, set-based over a list).
   */
  async availableActions(viewer: Viewer | null, row: Assessment, approvable?: (id: string) => Promise<boolean>): Promise<string[]> {
    let actions = availableActions(viewer, row, assessmentTarget(row));
    if (actions.includes('CLOSE_NOTICE')) {
      const snapshot = restore(machineSpec(row.machineId), row.snapshot);
      if (!snapshot.can({ type: 'CLOSE_NOTICE', today: chinaDay(this.now()), at: this.now().toISOString() })) actions = actions.filter((a) => a !== 'CLOSE_NOTICE');
    }
    if (actions.includes('APPROVE_GRADE') && approvable && !(await approvable(row.id))) actions = actions.filter((a) => a !== 'APPROVE_GRADE');
    return actions;
  }

  async list(viewer: Viewer | null, filter: AssessmentFilter, first: number, after?: string | null): Promise<ConnectionShape<Assessment>> {
    assertCan(viewer, 'assessment:read');
    const p = new Params();
    const qb = this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where(`a.org_path LIKE ANY(${p.add(subtreePatterns(scopeOf(viewer, 'assessment:read')))}::text[])`);
    if (filter.cycleId) qb.andWhere(`a.cycle_id = ${p.add(filter.cycleId)}`);
    if (filter.organisationId) qb.andWhere(`a.org_path LIKE (SELECT path || '%' FROM organisation WHERE id = ${p.add(filter.organisationId)})`);
    if (filter.state) qb.andWhere(`(a.state = ${p.add(filter.state)} OR a.state LIKE ${p.add(`${filter.state}.%`)})`);
    if (filter.grade) qb.andWhere(`coalesce(a.final_grade, a.proposed_grade) = ${p.add(filter.grade)}`);
    if (filter.kind) qb.andWhere(`a.kind = ${p.add(filter.kind)}`);
    if (filter.cadreId) qb.andWhere(`a.cadre_id = ${p.add(filter.cadreId)}`);
    if (filter.graded) qb.andWhere(`EXISTS (SELECT 1 FROM grading_result g WHERE g.assessment_id = a.id)`);
    if (filter.engineGrade) qb.andWhere(`(SELECT g.grade FROM grading_result g WHERE g.assessment_id = a.id ORDER BY g.version DESC LIMIT 1) = ${p.add(filter.engineGrade)}`);
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 1);
    if (cursor) qb.andWhere(`a.id > ${p.add(cursor[0])}::uuid`, p.values);
    const rows = await qb.orderBy('a.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (a) => [a.id], () => counter.getCount());
  }

  /** The viewer's own assessments (as the assessed), newest first. */
  async mine(viewer: Viewer | null): Promise<Assessment[]> {
    if (!viewer?.cadreId) return [];
    return this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where('a.cadre_id = :cadre', { cadre: viewer.cadreId })
      .orWhere(viewer.teamReportOrganisationId ? `a.kind = 'TEAM_ANNUAL' AND a.organisation_id = :org` : 'false', { org: viewer.teamReportOrganisationId })
      .orderBy('a.updated_at', 'DESC')
      .limit(50)
      .getMany();
  }

  /** What waits on the viewer: assessments in their jurisdictions in a state where one of their roles acts next. */
  async workQueue(viewer: Viewer | null, first: number, after?: string | null): Promise<ConnectionShape<Assessment>> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const p = new Params();
    const conditions = awaitingConditions(viewer, [MACHINES.annualAssessment, MACHINES.regularAssessment], p, 'a');
    if (conditions.length === 0) return toConnection([], first, () => [], async () => 0);
    const qb = this.dataSource.getRepository(Assessment).createQueryBuilder('a').where(`(${conditions.join(' OR ')})`).setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(a.updated_at, a.id) > (${p.add(cursor[0])}::timestamptz, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('a.updated_at', 'ASC').addOrderBy('a.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (a) => [a.updatedAt.toISOString(), a.id], () => counter.getCount());
  }
}
