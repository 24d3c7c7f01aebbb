import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { describeMachine } from '../../workflows/assessment/lifecycle.js';
import { machineSpec } from '../../workflows/assessment/registry.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Assessment, AssessmentCycle, AssessmentKindEnum, EvaluationRecord, Objection, SelfReport, type AssessmentKind } from './assessment.entity.js';
import {
  ActionInput,
  AppraiseInput,
  CancelCycleInput,
  SetOverlayInput,
  ApproveGradeInput,
  ChangeGradeInput,
  CycleActionInput,
  DeadlineRun,
  EnrolInput,
  FeedbackInput,
  LifecycleView,
  LodgeObjectionInput,
  ObjectionDecisionInput,
  OpenNoticeInput,
  PlanCycleInput,
  ProposeGradeInput,
  ReasonActionInput,
  RecordOpinionInput,
  RecordTalkInput,
  SelfReportDraftInput,
  SendBackInput,
  ObjectionReceipt,
  PublicNoticeEntry,
  SignNoticeInput,
  StateCount,
} from './assessment.types.js';

export const AssessmentConnection = Connection(Assessment, 'Assessment');

@ArgsType()
class AssessmentListArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organisation and its subtree' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'A state or a parent state (selfReport matches selfReport.*)' })
  @IsOptional()
  @MaxLength(60)
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Final grade, or the proposed one before a decision' })
  @IsOptional()
  @MaxLength(40)
  grade?: string | null;

  @Field(() => AssessmentKindEnum, { nullable: true })
  kind?: AssessmentKind | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

function lifecycleOf(machineId: string, state: string): LifecycleView {
  const { nodes, edges } = describeMachine(machineSpec(machineId).machine);
  return {
    machine: machineId,
    current: state,
    nodes: nodes.map((n) => ({ ...n, current: state === n.id || state.startsWith(`${n.id}.`) })),
    edges,
  };
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
  @Query(() => Assessment)
  assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
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
  availableActions(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): string[] {
    return ctx.services.assessments.availableActions(ctx.viewer, row);
  }

  @FieldResolver(() => LifecycleView)
  lifecycle(@Root() row: Assessment): LifecycleView {
    return lifecycleOf(row.machineId, row.state);
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this assessment, oldest first' })
  history(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.historyOf.load(`assessment:${row.id}`);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The lifecycle context: proposal, decision, notice window, overlay reason, counters' })
  context(@Root() row: Assessment): object {
    return row.snapshot.context;
  }

  @FieldResolver(() => Cadre, { nullable: true })
  async cadre(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<Cadre | null> {
    return row.cadreId ? ctx.loaders.cadre.load(row.cadreId) : null;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }

  @FieldResolver(() => AssessmentCycle)
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
  setOverlay(@Arg('input', () => SetOverlayInput) input: SetOverlayInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'SET_OVERLAY', { overlay: input.overlay, reason: input.reason }, opts(input), async ({ at }) => ({
      event: { type: 'SET_OVERLAY', overlay: input.overlay, reason: input.reason, at },
    }));
  }

  // ----- regular and special assessments -----

  @Authorized()
  @Mutation(() => Assessment, { description: '平时考核: the cadre submits the personal summary' })
  submitSummary(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'SUBMIT_SUMMARY', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '专项考核: fact-finding is complete' })
  completeFactFinding(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'COMPLETE_FACT_FINDING', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Appraisal of a regular or special assessment: 好 GOOD / 较好 FAIR / 一般 AVERAGE / 较差 POOR, and a score if used' })
  appraise(@Arg('input', () => AppraiseInput) input: AppraiseInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'APPRAISE', { grade: input.grade, score: input.score ?? null }, opts(input), async ({ at }) => ({
      event: { type: 'APPRAISE', grade: input.grade, score: input.score ?? null, at },
      auditPayload: { comment: input.comment },
    }));
  }

  @FieldResolver(() => SelfReport, { nullable: true })
  selfReport(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.selfReport.load(row.id);
  }

  @FieldResolver(() => [Objection])
  objections(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.objectionsOf.load(row.id);
  }

  @FieldResolver(() => [EvaluationRecord])
  evaluationRecords(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.evaluationRecordsOf.load(row.id);
  }

  // ----- self-report -----

  @Authorized()
  @Mutation(() => SelfReport, { description: 'Saves the self-report draft; a stale draftVersion gives CONFLICT instead of overwriting' })
  saveSelfReportDraft(@Arg('input', () => SelfReportDraftInput) input: SelfReportDraftInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.saveSelfReportDraft(ctx.viewer, input.assessmentId, input.draftVersion, input);
  }

  @Authorized()
  @Mutation(() => Assessment)
  submitSelfReport(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.submitSelfReport(ctx.viewer, input.assessmentId, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Returns the self-report for revision, with the reason' })
  returnSelfReport(@Arg('input', () => ReasonActionInput) input: ReasonActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'RETURN_SELF_REPORT', { reason: input.reason }, opts(input), async ({ at }) => ({
      event: { type: 'RETURN_SELF_REPORT', reason: input.reason, at },
    }));
  }

  @Authorized()
  @Mutation(() => Assessment)
  acceptSelfReport(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'ACCEPT_SELF_REPORT', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Records a refusal to take part after persuasion: the lowest grade is proposed' })
  recordRefusal(@Arg('input', () => ReasonActionInput) input: ReasonActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'RECORD_REFUSAL', { reason: input.reason }, opts(input), async ({ at }) => ({
      event: { type: 'RECORD_REFUSAL', reason: input.reason, at },
    }));
  }

  // ----- evaluation -----

  @Authorized()
  @Mutation(() => Assessment)
  openBallots(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'OPEN_BALLOTS', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment)
  closeBallots(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'CLOSE_BALLOTS', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '个别谈话: records an individual talk' })
  recordTalk(@Arg('input', () => RecordTalkInput) input: RecordTalkInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.recordEvaluation(ctx.viewer, input.assessmentId, 'TALK', null, input.summary, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Records an opinion of discipline inspection, an inspection tour, audit, petitions or supervision' })
  recordOpinion(@Arg('input', () => RecordOpinionInput) input: RecordOpinionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.recordEvaluation(ctx.viewer, input.assessmentId, 'OPINION', input.source, input.summary, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment)
  completeEvaluation(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'COMPLETE_EVALUATION', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The assessment team proposes a grade with its comment (评语)' })
  proposeGrade(@Arg('input', () => ProposeGradeInput) input: ProposeGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'PROPOSE_GRADE', { grade: input.grade, comment: input.comment }, opts(input), async ({ at }) => ({
      event: { type: 'PROPOSE_GRADE', grade: input.grade, comment: input.comment, at },
    }));
  }

  // ----- committee -----

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee approves the proposed grade (quota enforced)' })
  approveGrade(@Arg('input', () => ApproveGradeInput) input: ApproveGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'APPROVE_GRADE' }, input.collective, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee decides another grade, with its reason (quota enforced)' })
  changeGrade(@Arg('input', () => ChangeGradeInput) input: ChangeGradeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'CHANGE_GRADE', grade: input.grade, reason: input.reason }, input.collective, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The committee sends the proposal back to the assessment team' })
  sendBackProposal(@Arg('input', () => SendBackInput) input: SendBackInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideGrade(ctx.viewer, input.assessmentId, { type: 'SEND_BACK', reason: input.reason }, input.collective, opts(input));
  }

  // ----- public notice -----

  @Authorized()
  @Mutation(() => [Assessment], { description: 'Publishes the public notice of EXCELLENT decisions for the configured number of working days' })
  openPublicNotice(@Arg('input', () => OpenNoticeInput) input: OpenNoticeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.openNotice(ctx.viewer, input.assessmentIds, input.startsOn, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Query(() => [PublicNoticeEntry], { description: 'The public notices now open, for anyone, without signing in' })
  publicNotices(@Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.publicNotices();
  }

  @Mutation(() => ObjectionReceipt, { description: 'Anyone may object to a public notice, without signing in; the receipt confirms it was recorded' })
  async lodgeObjection(@Arg('input', () => LodgeObjectionInput) input: LodgeObjectionInput, @Ctx() ctx: GraphQLContext): Promise<ObjectionReceipt> {
    const row = await ctx.services.assessments.lodgeObjection(ctx.viewer, input.assessmentId, input.content, input.name ?? null, input.contact ?? null, {
      idempotencyKey: input.idempotencyKey ?? null,
    });
    return { assessmentId: row.id, receivedAt: row.updatedAt };
  }

  @Authorized()
  @Mutation(() => Assessment)
  investigateObjection(@Arg('input', () => ObjectionDecisionInput) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideObjection(ctx.viewer, input.objectionId, 'INVESTIGATE_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The objection is founded: EXCELLENT is withdrawn and the committee decides again' })
  upholdObjection(@Arg('input', () => ObjectionDecisionInput) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideObjection(ctx.viewer, input.objectionId, 'UPHOLD_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The objection is unfounded: the proposal stands' })
  dismissObjection(@Arg('input', () => ObjectionDecisionInput) input: ObjectionDecisionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.decideObjection(ctx.viewer, input.objectionId, 'DISMISS_OBJECTION', input.finding, { idempotencyKey: input.idempotencyKey ?? null });
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'Closes the notice by hand once its working days have run and no objection is open' })
  closePublicNotice(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.closeNotice(ctx.viewer, input.assessmentId, opts(input));
  }

  // ----- decision, signature, feedback -----

  @Authorized()
  @Mutation(() => Assessment, { description: '书面通知: sends the decided result to the person in writing' })
  issueWrittenNotice(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'ISSUE_WRITTEN_NOTICE', {}, opts(input));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: 'The person signs the written notice, with an opinion if they wish' })
  signWrittenNotice(@Arg('input', () => SignNoticeInput) input: SignNoticeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'SIGN_NOTICE', { opinion: input.opinion ?? null }, opts(input), async ({ at }) => ({
      event: { type: 'SIGN_NOTICE', opinion: input.opinion ?? null, at },
    }));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '反馈: strengths, shortcomings and demands for improvement' })
  giveFeedback(@Arg('input', () => FeedbackInput) input: FeedbackInput, @Ctx() ctx: GraphQLContext) {
    const feedback = { strengths: input.strengths, shortcomings: input.shortcomings, improvementDemands: input.improvementDemands };
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'GIVE_FEEDBACK', feedback, opts(input), async ({ at }) => ({
      event: { type: 'GIVE_FEEDBACK', at },
      auditPayload: { feedback },
    }));
  }

  @Authorized()
  @Mutation(() => Assessment, { description: '归档: files the result in the personnel file' })
  fileAssessment(@Arg('input', () => ActionInput) input: ActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.act(ctx.viewer, input.assessmentId, 'FILE', {}, opts(input));
  }
}

@Resolver(() => AssessmentCycle)
export class CycleResolver {
  @Authorized('assessment:read')
  @Query(() => [AssessmentCycle], { description: 'Cycles whose scope lies in your jurisdictions, newest first' })
  cycles(@Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.list(ctx.viewer);
  }

  @Authorized('assessment:read')
  @Query(() => AssessmentCycle)
  cycle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.get(ctx.viewer, id);
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Plans a cycle: kind, scope, deadlines; pins the rule set in force' })
  planCycle(@Arg('input', () => PlanCycleInput) input: PlanCycleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.planCycle(
      ctx.viewer,
      {
        ...input,
        deadlines: {
          selfReportDue: input.deadlines.selfReportDue.toISOString(),
          evaluationDue: input.deadlines.evaluationDue?.toISOString() ?? null,
          reviewDue: input.deadlines.reviewDue?.toISOString() ?? null,
          finishBy: input.deadlines.finishBy.toISOString(),
        },
      },
      { idempotencyKey: input.idempotencyKey ?? null },
    );
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Enrols the cadres (and teams) of organisations in bulk' })
  enrolInCycle(@Arg('input', () => EnrolInput) input: EnrolInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.enrol(ctx.viewer, input.cycleId, input, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Opens the cycle: every enrolled assessment starts its self-report' })
  openCycle(@Arg('input', () => CycleActionInput) input: CycleActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.openCycle(ctx.viewer, input.cycleId, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Closes the cycle once every assessment in it is filed' })
  closeCycle(@Arg('input', () => CycleActionInput) input: CycleActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.closeCycle(ctx.viewer, input.cycleId, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Cancels a cycle still being planned, with the reason' })
  cancelCycle(@Arg('input', () => CancelCycleInput) input: CancelCycleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.cancelCycle(ctx.viewer, input.cycleId, input.reason, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => DeadlineRun, { description: 'Fires the deadlines that are due now (the job does this every minute)' })
  runDueDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.runDueDeadlines();
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cycle.organisationId))!;
  }

  @FieldResolver(() => [String])
  availableActions(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext): string[] {
    return ctx.services.cycles.availableActions(ctx.viewer, cycle);
  }

  @FieldResolver(() => LifecycleView)
  lifecycle(@Root() cycle: AssessmentCycle): LifecycleView {
    return lifecycleOf(cycle.machineId, cycle.state);
  }

  @FieldResolver(() => [AuditEntry])
  history(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.historyOf.load(`assessment_cycle:${cycle.id}`);
  }

  @FieldResolver(() => [StateCount], { description: 'How many assessments are in each state: the progress board' })
  progress(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.progress(ctx.viewer, cycle);
  }
}
