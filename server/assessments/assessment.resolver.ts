import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { HISTORY_DEPRECATION, HistoryArgs, HistoryPageArgs } from '../audit/history.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { PageArgs } from '../common/pagination.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { LifecycleView, lifecycleOf } from '../workflow/workflow.types.js';
import { Assessment, EvaluationRecord, Objection, SelfReport } from './assessment.entity.js';
import {
  ActionInput,
  AppraiseInput,
  ApproveGradeInput,
  AssessmentConnection,
  AssessmentListArgs,
  ChangeGradeInput,
  FeedbackInput,
  LodgeObjectionInput,
  ObjectionDecisionInput,
  ObjectionReceipt,
  OpenNoticeInput,
  ProposeGradeInput,
  PublicNoticeEntry,
  ReasonActionInput,
  RecordOpinionInput,
  RecordTalkInput,
  SelfReportDraftInput,
  SendBackInput,
  SetOverlayInput,
  SignNoticeInput,
} from './assessment.types.js';
import { TurnoutExceptionInput, TurnoutExceptionRecord, turnoutExceptionOf } from './turnout.types.js';
import { ASSESSED_HISTORY_ACTIONS, assessedContext, assessedSeesPayload } from '../../workflows/assessment/assessed.js';
import { readsAsAssessed } from './assessed-view.js';

/** An audit entry as the assessed reads it: the details only of the entries that are theirs to know. */
function asAssessedReads(entry: AuditEntry): AuditEntry {
  return assessedSeesPayload(entry.action) ? entry : Object.assign(new AuditEntry(), entry, { payload: {} });
}

const opts = (input: { expectedVersion?: number | null; idempotencyKey?: string | null }) => ({
  expectedVersion: input.expectedVersion ?? null,
  idempotencyKey: input.idempotencyKey ?? null,
});

@Resolver(() => Assessment)
export class AssessmentResolver {
  // ----- reading -----

  @Authorized('assessment:read')
  @Query(() => AssessmentConnection, { description: 'Assessments of your jurisdictions, filterable by cycle, organisation, state, grade and kind' })
  assessments(@Args(() => AssessmentListArgs) args: AssessmentListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => Assessment, { description: 'One assessment, if you may read it' })
  assessment(@Arg('id', () => ID, { description: 'The assessment id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.get(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => [Assessment], { description: 'Your own assessments (and, for principal leaders, your team’s)' })
  myAssessments(@Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.mine(ctx.viewer);
  }

  @Authorized()
  @Query(() => AssessmentConnection, { description: 'What waits on you: assessments where one of your roles acts next' })
  workQueue(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.workQueue(ctx.viewer, args.first, args.after);
  }

  @FieldResolver(() => [String], { description: 'Actions you may take now: what the state allows ∩ what your roles allow here' })
  availableActions(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.assessments.availableActions(ctx.viewer, row, (id) => ctx.loaders.proposalApprovable.load(id));
  }

  @FieldResolver(() => LifecycleView, { description: 'The lifecycle behind it, with the current state marked' })
  lifecycle(@Root() row: Assessment): LifecycleView {
    return lifecycleOf(row.machineId, row.state);
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this assessment, oldest first: at most `first` entries', deprecationReason: HISTORY_DEPRECATION })
  async history(@Root() row: Assessment, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: GraphQLContext) {
    if (!readsAsAssessed(ctx.viewer, row)) return ctx.loaders.history.oldest(`assessment:${row.id}`, args.first);
    return (await ctx.loaders.history.oldest(`assessment:${row.id}`, args.first, ASSESSED_HISTORY_ACTIONS)).map(asAssessedReads);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'The audit trail of this assessment, oldest first, one page at a time' })
  async historyPage(@Root() row: Assessment, @Args(() => HistoryPageArgs) args: HistoryPageArgs, @Ctx() ctx: GraphQLContext) {
    if (!readsAsAssessed(ctx.viewer, row)) return ctx.loaders.history.page(`assessment:${row.id}`, args.first, args.after);
    const page = await ctx.loaders.history.page(`assessment:${row.id}`, args.first, args.after, ASSESSED_HISTORY_ACTIONS);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: asAssessedReads(e.node) })) };
  }

  @FieldResolver(() => TurnoutExceptionRecord, { nullable: true, description: 'The recorded exception that closed the ballots below the minimum turnout, if any' })
  turnoutException(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): TurnoutExceptionRecord | null {
    return readsAsAssessed(ctx.viewer, row) ? null : turnoutExceptionOf(row.snapshot.context);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The lifecycle context: proposal, decision, notice window, overlay reason, counters (for the assessed: the decision with its comment, never the proposal, the change or the votes)' })
  context(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): object {
    return readsAsAssessed(ctx.viewer, row) ? assessedContext(row.snapshot.context) : row.snapshot.context;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The grade the assessment team proposed, if any (null for the assessed: they read the decision, not the deliberation)' })
  proposedGrade(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): string | null {
    return readsAsAssessed(ctx.viewer, row) ? null : row.proposedGrade;
  }

  @FieldResolver(() => Cadre, {  nullable: true , description: 'The cadre assessed (null for a leadership team)' })
  async cadre(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<Cadre | null> {
    return row.cadreId ? ctx.loaders.cadre.load(row.cadreId) : null;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation (for a team: the unit whose leadership team is assessed)' })
  async organisation(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }

  @FieldResolver(() => AssessmentCycle, { description: 'The cycle it belongs to' })
  async cycle(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<AssessmentCycle> {
    return (await ctx.loaders.cycle.load(row.cycleId))!;
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'For a cadre: the assessment of their leadership team in the same cycle' })
  async team(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<Assessment | null> {
    return row.teamAssessmentId ? ctx.loaders.assessment.load(row.teamAssessmentId) : null;
  }

  @FieldResolver(() => [Assessment], { description: 'For a leadership team: the assessments of its members in the same cycle' })
  members(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return row.kind === 'TEAM_ANNUAL' ? ctx.loaders.membersOf.load(row.id) : [];
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Sets the overlay by hand (UNGRADED, COMMENT_ONLY or NONE) with its reason; status facts recorded on the cadre do this automatically' })
  setOverlay(@Arg('input', () => SetOverlayInput, { description: 'What the action needs' }) input: SetOverlayInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.setOverlay(ctx.viewer, input.assessmentId, input.overlay, input.reason, opts(input));
  }

  // ----- regular and special assessments -----

  @Authorized()
  @Mutation(() => Assessment, { description: '平时考核: the cadre submits the personal summary' })
  submitSummary(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'SUBMIT_SUMMARY', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '专项考核: fact-finding is complete' })
  completeFactFinding(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'COMPLETE_FACT_FINDING', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Appraisal of a regular or special assessment: 好 GOOD / 较好 FAIR / 一般 AVERAGE / 较差 POOR, and a score if used' })
  appraise(@Arg('input', () => AppraiseInput, { description: 'What the action needs' }) input: AppraiseInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.appraise(ctx.viewer, input.assessmentId, { grade: input.grade, score: input.score ?? null, comment: input.comment }, opts(input));
  }

  @FieldResolver(() => SelfReport, {  nullable: true , description: 'The self-report (述职述责述廉), once started' })
  selfReport(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.selfReport.load(row.id);
  }

  @FieldResolver(() => [Objection], { description: 'Objections lodged against its public notice (none for the assessed: who objected, and why, stays with those who decide)' })
  objections(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return readsAsAssessed(ctx.viewer, row) ? [] : ctx.loaders.objectionsOf.load(row.id);
  }

  @FieldResolver(() => [EvaluationRecord], { description: 'Individual talks and opinions recorded (none for the assessed)' })
  evaluationRecords(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return readsAsAssessed(ctx.viewer, row) ? [] : ctx.loaders.evaluationRecordsOf.load(row.id);
  }

  // ----- self-report -----

  @Authorized()
  @Mutation(() => SelfReport, { description: 'Saves the self-report draft; a stale draftVersion gives CONFLICT instead of overwriting' })
  saveSelfReportDraft(@Arg('input', () => SelfReportDraftInput, { description: 'What the action needs' }) input: SelfReportDraftInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.saveSelfReportDraft(ctx.viewer, input.assessmentId, input.draftVersion, input);
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The cadre submits the self-report, once its three parts are written' })
  submitSelfReport(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.submitSelfReport(ctx.viewer, input.assessmentId, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Returns the self-report for revision, with the reason' })
  returnSelfReport(@Arg('input', () => ReasonActionInput, { description: 'What the action needs' }) input: ReasonActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.actWithReason(ctx.viewer, input.assessmentId, 'RETURN_SELF_REPORT', input.reason, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The assessment team accepts the self-report' })
  acceptSelfReport(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'ACCEPT_SELF_REPORT', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Records a refusal to take part after persuasion: the lowest grade is proposed' })
  recordRefusal(@Arg('input', () => ReasonActionInput, { description: 'What the action needs' }) input: ReasonActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.actWithReason(ctx.viewer, input.assessmentId, 'RECORD_REFUSAL', input.reason, opts(input));
  }

  // ----- evaluation -----

  @Authorized()
  @Mutation(() => Assessment, { description: 'Opens the democratic evaluation ballots' })
  openBallots(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'OPEN_BALLOTS', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, {
    description: 'Closes the democratic evaluation ballots: only with the minimum turnout met (nobody invited never meets it), or with a recorded exception (INVALID_TRANSITION, rule MINIMUM_TURNOUT, otherwise)',
  })
  closeBallots(
    @Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput,
    @Arg('turnoutException', () => TurnoutExceptionInput, { nullable: true, description: 'Close below the minimum turnout, recording why (ignored when the turnout is met)' })
    turnoutException: TurnoutExceptionInput | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.evaluations.closeBallots(ctx.viewer, input.assessmentId, turnoutException ?? null, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '个别谈话: records an individual talk' })
  recordTalk(@Arg('input', () => RecordTalkInput, { description: 'What the action needs' }) input: RecordTalkInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.recordEvaluation(ctx.viewer, input.assessmentId, 'TALK', null, input.summary, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Records an opinion of discipline inspection, an inspection tour, audit, petitions or supervision' })
  recordOpinion(@Arg('input', () => RecordOpinionInput, { description: 'What the action needs' }) input: RecordOpinionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.recordEvaluation(ctx.viewer, input.assessmentId, 'OPINION', input.source, input.summary, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The evaluation is complete: the assessment team may propose a grade' })
  completeEvaluation(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'COMPLETE_EVALUATION', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The assessment team proposes a grade with its comment (评语)' })
  proposeGrade(@Arg('input', () => ProposeGradeInput, { description: 'What the action needs' }) input: ProposeGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.proposeGrade(ctx.viewer, input.assessmentId, input.grade, input.comment, opts(input));
  }

  // ----- committee -----

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee approves the proposed grade (quota enforced)' })
  approveGrade(@Arg('input', () => ApproveGradeInput, { description: 'What the action needs' }) input: ApproveGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'APPROVE_GRADE' }, input.collective, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee decides another grade, with its reason (quota enforced)' })
  changeGrade(@Arg('input', () => ChangeGradeInput, { description: 'What the action needs' }) input: ChangeGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'CHANGE_GRADE', grade: input.grade, reason: input.reason }, input.collective, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee sends the proposal back to the assessment team' })
  sendBackProposal(@Arg('input', () => SendBackInput, { description: 'What the action needs' }) input: SendBackInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'SEND_BACK', reason: input.reason }, input.collective, opts(input));
  }

  // ----- public notice -----

  @Authorized()
  @Mutation(() => [Assessment], { description: 'Publishes the public notice of EXCELLENT decisions for the configured number of working days' })
  openPublicNotice(@Arg('input', () => OpenNoticeInput, { description: 'What the action needs' }) input: OpenNoticeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.openNotice(ctx.viewer, input.assessmentIds, input.startsOn, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Query(() => [PublicNoticeEntry], { description: 'The public notices now open, for anyone, without signing in' })
  publicNotices(@Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.publicNotices();
  }

  @Mutation(() => ObjectionReceipt, { description: 'Anyone may object to a public notice, without signing in; the receipt confirms it was recorded' })
  lodgeObjection(@Arg('input', () => LodgeObjectionInput, { description: 'What the action needs' }) input: LodgeObjectionInput, @Ctx() ctx: GraphQLContext): Promise<ObjectionReceipt> {
    return ctx.services.notices.lodgeObjection(ctx.viewer, input.assessmentId, input.content, input.name ?? null, input.contact ?? null, {
      idempotencyKey: input.idempotencyKey ?? null,
    });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Starts investigating an objection' })
  investigateObjection(@Arg('input', () => ObjectionDecisionInput, { description: 'What the action needs' }) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.decideObjection(ctx.viewer, input.objectionId, 'INVESTIGATE_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The objection is founded: EXCELLENT is withdrawn and the committee decides again' })
  upholdObjection(@Arg('input', () => ObjectionDecisionInput, { description: 'What the action needs' }) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.decideObjection(ctx.viewer, input.objectionId, 'UPHOLD_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The objection is unfounded: the proposal stands' })
  dismissObjection(@Arg('input', () => ObjectionDecisionInput, { description: 'What the action needs' }) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.decideObjection(ctx.viewer, input.objectionId, 'DISMISS_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Closes the notice by hand once its working days have run and no objection is open; an EXCELLENT a gate now refuses (a fact recorded during the notice) goes back to the committee' })
  closePublicNotice(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.notices.closeNotice(ctx.viewer, input.assessmentId, opts(input));
  }

  // ----- decision, signature, feedback -----

  @Authorized()
  @Mutation(() => Assessment, { description: '书面通知: sends the decided result to the person in writing' })
  issueWrittenNotice(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'ISSUE_WRITTEN_NOTICE', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The person signs the written notice, with an opinion if they wish' })
  signWrittenNotice(@Arg('input', () => SignNoticeInput, { description: 'What the action needs' }) input: SignNoticeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.signNotice(ctx.viewer, input.assessmentId, input.opinion ?? null, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '反馈: strengths, shortcomings and demands for improvement' })
  giveFeedback(@Arg('input', () => FeedbackInput, { description: 'What the action needs' }) input: FeedbackInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.giveFeedback(ctx.viewer, input.assessmentId, { strengths: input.strengths, shortcomings: input.shortcomings, improvementDemands: input.improvementDemands }, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '归档: files the result in the personnel file' })
  fileAssessment(@Arg('input', () => ActionInput, { description: 'What the action needs' }) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'FILE', {}, opts(input));
  }
}
