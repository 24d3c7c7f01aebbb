import type { DataSource, EntityManager } from 'typeorm';
import type { AnnualContext, CollectiveDecision } from '../../../workflows/assessment/annual.machine.js';
import { MACHINES } from '../../../workflows/registry.js';
import { isWithinDays, reviewableGrades } from '../../../workflows/cases/correction.js';
import { appealAfterReviewLastDay, directAppealLastDay, reviewRequestLastDay, type CaseDecision, type ReviewContext, type ReviewRoute } from '../../../workflows/cases/review.machine.js';
import type { RuleSettings } from '../../../workflows/rules/settings.js';
import { isSubject } from '../../workflow/actors.js';
import { Assessment } from '../../assessments/assessment.entity.js';
import type { TransitionActor } from '../../workflow/transition.js';
import type { MutationOptions, WorkflowEngine } from '../../workflow/engine.js';
import type { ResultCorrections } from '../../results/correction.service.js';
import { assertSignedIn, type Viewer } from '../../auth/policy.js';
import { chinaDay } from '../../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../../common/errors.js';
import { toCaseRow } from '../shared/case-row.js';
import type { CaseRow, CaseService } from '../shared/case.service.js';

export interface ReviewWindowView {
  noticeOn: string;
  today: string;
  reviewable: boolean;
  reviewableGrades: string[];
  reviewLastDay: string;
  directAppealLastDay: string;
  reviewRequestDays: number;
  directAppealDays: number;
  openCaseId: string | null;
  availableRoutes: ReviewRoute[];
}

/**
 * Review (复核) and appeal (申诉) of an annual result: the window of the
 * written notice, the case and its decisions. A decision that corrects the
 * result does so in the same transaction, through the assessment's own
 * machine (ResultCorrections, server/results/): a new result version.
 */
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly corrections: ResultCorrections,
    private readonly cases: CaseService,
    private readonly engine: WorkflowEngine,
  ) {}

  private at(): string {
    return this.now().toISOString();
  }
  private today(): string {
    return chinaDay(this.now());
  }

  /** The users who took part in the committee decision of an assessment (its approvals and changes, from the audit trail). */
  private async originalDeciders(m: EntityManager, assessmentId: string): Promise<string[]> {
    const rows: Array<{ actor_user_id: string }> = await m.query(
      `SELECT DISTINCT actor_user_id FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1
          AND action IN ('APPROVE_GRADE', 'CHANGE_GRADE') AND actor_user_id IS NOT NULL`,
      [assessmentId],
    );
    return rows.map((r) => r.actor_user_id);
  }

  /** The cadre asks for a review (or appeals directly) of their result, within the statutory window of the written notice. */
  async openReview(viewer: Viewer | null, assessmentId: string, route: ReviewRoute, grounds: string, options: MutationOptions = {}): Promise<CaseRow> {
    assertSignedIn(viewer);
    const id = await this.engine.mutate(viewer, 'openReview', { assessmentId, route, grounds }, options.idempotencyKey, async (m) => {
      const assessment = await m.getRepository(Assessment).findOneBy({ id: assessmentId });
      if (!assessment) throw notFound('Assessment');
      // A cadre's result: the cadre; a leadership team's: a principal leader of the unit, on the team's behalf (the case is theirs to pursue).
      if (!isSubject(viewer, { orgPath: assessment.orgPath, organisationId: assessment.organisationId, cadreId: assessment.cadreId })) {
        throw new AppError('FORBIDDEN', 'Only the assessed cadre (for a leadership team, its principal leader) may ask for a review or appeal of the result');
      }
      const applicant = assessment.cadreId ?? viewer.cadreId!;
      const ctx = assessment.snapshot.context as unknown as AnnualContext;
      if (!assessment.finalGrade || !ctx.writtenNoticeAt) throw new AppError('NOT_ELIGIBLE', 'There is no result notified in writing to review yet');
      const [cycle] = (await m.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [assessment.cycleId])) as Array<{ settings: RuleSettings }>;
      const settings = cycle!.settings;
      const input = {
        route,
        scale: (ctx.scale ?? 'CADRE') as ReviewContext['scale'],
        grade: assessment.finalGrade,
        noticeOn: chinaDay(new Date(ctx.writtenNoticeAt)),
        deciders: await this.originalDeciders(m, assessment.id),
        reviewableGrades: reviewableGrades(settings, (ctx.scale ?? 'CADRE') as ReviewContext['scale']),
        windows: settings.appeals,
      };
      if (!input.reviewableGrades.includes(input.grade)) {
        throw new AppError('NOT_ELIGIBLE', `A ${input.grade} result cannot be reviewed or appealed here (only ${input.reviewableGrades.join(', ')})`, { grade: input.grade });
      }
      const today = this.today();
      const lastDay = route === 'REVIEW' ? reviewRequestLastDay(input) : directAppealLastDay(input);
      const days = route === 'REVIEW' ? settings.appeals.reviewRequestDays : settings.appeals.directAppealDays;
      if (!isWithinDays(input.noticeOn, today, days)) {
        throw new AppError('DEADLINE_PASSED', `The ${days} days to ${route === 'REVIEW' ? 'ask for a review' : 'appeal'} ran from the written notice of ${input.noticeOn} to ${lastDay}`, { lastDay, today });
      }
      const open: unknown[] = await m.query(`SELECT 1 FROM review_case WHERE assessment_id = $1 AND state NOT IN ('appealDecided', 'closed', 'withdrawn')`, [assessment.id]);
      if (open.length) throw new AppError('CONFLICT', 'A review or appeal of this result is already open');
      const actor: TransitionActor = { userId: viewer.userId, role: 'SUBJECT' };
      const row = await this.cases.createCase(m, 'review_case', MACHINES.reviewCase, input, {
        assessment_id: assessment.id,
        cadre_id: applicant,
        organisation_id: assessment.organisationId,
        org_path: assessment.orgPath,
        route,
      }, actor);
      const event = { type: route === 'REVIEW' ? 'REQUEST_REVIEW' : 'FILE_APPEAL', grounds, today, at: this.at() };
      return (await this.cases.step(m, row, event, actor)).id;
    });
    return this.cases.caseRow(this.dataSource.manager, 'review_case', id);
  }

  /**
   * Whether and until when the assessed may ask for a review or appeal
   * directly: the days run from the written notice, the figures from the
   * cycle's settings. `availableRoutes` is what `openReview` would
   * accept from this viewer today; null when there is no result notified in
   * writing (or no cadre to ask).
   */
  async reviewWindow(viewer: Viewer | null, assessment: Assessment): Promise<ReviewWindowView | null> {
    const ctx = assessment.snapshot.context as unknown as AnnualContext;
    if (!assessment.cadreId || !assessment.finalGrade || !ctx.writtenNoticeAt) return null;
    const [cycle] = (await this.dataSource.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [assessment.cycleId])) as Array<{ settings: RuleSettings }>;
    if (!cycle) return null;
    const windows = cycle.settings.appeals;
    const noticeOn = chinaDay(new Date(ctx.writtenNoticeAt));
    const grades = reviewableGrades(cycle.settings);
    const [open] = (await this.dataSource.query(
      `SELECT id FROM review_case WHERE assessment_id = $1 AND state NOT IN ('appealDecided', 'closed', 'withdrawn') ORDER BY created_at DESC LIMIT 1`,
      [assessment.id],
    )) as Array<{ id: string }>;
    const today = this.today();
    const reviewable = grades.includes(assessment.finalGrade);
    const subject = isSubject(viewer, { orgPath: assessment.orgPath, organisationId: assessment.organisationId, cadreId: assessment.cadreId });
    const availableRoutes: ReviewRoute[] = [];
    if (subject && reviewable && !open) {
      if (isWithinDays(noticeOn, today, windows.reviewRequestDays)) availableRoutes.push('REVIEW');
      if (isWithinDays(noticeOn, today, windows.directAppealDays)) availableRoutes.push('DIRECT_APPEAL');
    }
    return {
      noticeOn,
      today,
      reviewable,
      reviewableGrades: grades,
      reviewLastDay: reviewRequestLastDay({ noticeOn, windows }),
      directAppealLastDay: directAppealLastDay({ noticeOn, windows }),
      reviewRequestDays: windows.reviewRequestDays,
      directAppealDays: windows.directAppealDays,
      openCaseId: open?.id ?? null,
      availableRoutes,
    };
  }

  /** The review and appeal cases of one assessment, newest first (few: one open at a time). */
  async reviewCasesOf(viewer: Viewer | null, assessmentId: string): Promise<CaseRow[]> {
    const rows = (await this.dataSource.query(`SELECT * FROM review_case WHERE assessment_id = $1 ORDER BY created_at DESC LIMIT 20`, [assessmentId])) as Array<Record<string, unknown>>;
    return rows.map((r) => toCaseRow('review_case', r)).filter((r) => this.cases.canRead(viewer, r));
  }

  /** An appeal after the review decision, within its window (15 days by default). */
  appealAfterReview(viewer: Viewer | null, caseId: string, grounds: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'review_case', caseId, 'FILE_APPEAL', { grounds }, options, async ({ row, at, today }) => {
      const c = row.snapshot.context as unknown as ReviewContext;
      const lastDay = appealAfterReviewLastDay(c);
      if (row.state === 'reviewDecided' && lastDay && !isWithinDays(c.review!.on, today, c.windows.appealAfterReviewDays)) {
        throw new AppError('DEADLINE_PASSED', `The ${c.windows.appealAfterReviewDays} days to appeal ran from the review decision of ${c.review!.on} to ${lastDay}`, { lastDay, today });
      }
      return { event: { type: 'FILE_APPEAL', grounds, today, at } };
    });
  }

  /** The review or appeal decision: UPHELD, or CORRECTED to a better grade with its reason (a new result version). */
  decide(
    viewer: Viewer | null,
    caseId: string,
    stage: 'REVIEW' | 'APPEAL',
    decision: CaseDecision,
    grade: string | null,
    reason: string,
    options: MutationOptions = {},
    collective: CollectiveDecision | null = null,
  ): Promise<CaseRow> {
    const eventType = stage === 'REVIEW' ? 'DECIDE_REVIEW' : 'DECIDE_APPEAL';
    if (decision === 'CORRECTED' && !grade) throw validation([{ field: 'input.grade', messages: ['a correction names the new grade'] }]);
    // A correction is decided collectively by the organ, like the committee's decision it corrects.
    if (decision === 'CORRECTED' && !collective) throw validation([{ field: 'input.collective', messages: ['a correction is decided collectively: the meeting (attendance, votes, recusals) is required'] }]);
    if (decision === 'UPHELD' && grade) throw validation([{ field: 'input.grade', messages: ['an upheld result keeps its grade'] }]);
    return this.cases.run(viewer, 'review_case', caseId, eventType, { decision, grade, reason, collective }, options, async ({ row, actor, at, today }) => {
      const c = row.snapshot.context as unknown as ReviewContext;
      if (stage === 'APPEAL') actor.role = assertAppealBody(viewer!, row.orgPath, c);
      if (c.deciders.includes(viewer!.userId)) {
        throw new AppError('CONFLICT_OF_INTEREST', stage === 'REVIEW' ? 'You took part in the decision under review: another member must review it' : 'You took part in the decision or the review: the appeal goes to someone else');
      }
      return {
        event: { type: eventType, decision, grade, reason, deciderId: viewer!.userId, collective, today, at },
        after: async (m2) => {
          if (decision === 'CORRECTED') {
            await this.corrections.apply(m2, row.extra.assessment_id as string, { grade: grade!, reason, source: stage, caseId: row.id }, actor);
          }
        },
      };
    });
  }

  /** The one extension of an appeal's decision period, by the appeal body alone (a setting of the rule set). */
  extendAppeal(viewer: Viewer | null, caseId: string, days: number, reason: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'review_case', caseId, 'EXTEND_APPEAL', { days, reason }, options, async ({ row, actor, at, today }) => {
      actor.role = assertAppealBody(viewer!, row.orgPath, row.snapshot.context as unknown as ReviewContext);
      return { event: { type: 'EXTEND_APPEAL', days, reason, today, at } };
    });
  }

  withdrawReview(viewer: Viewer | null, caseId: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'review_case', caseId, 'WITHDRAW', {}, options, async ({ at, today }) => ({ event: { type: 'WITHDRAW', today, at } }));
  }
}

/** Appeals are decided, and their period extended, only by the body the case's rule set names (appeals.appealDecidedBy). */
function assertAppealBody(viewer: Viewer, orgPath: string, c: ReviewContext): string {
  const body = c.windows.appealDecidedBy;
  if (!viewer.grants.some((g) => g.role === body && orgPath.startsWith(g.organisationPath))) {
    throw new AppError('FORBIDDEN', `Appeals are decided and extended by ${body} here (a setting of the rule set)`);
  }
  return body;
}
