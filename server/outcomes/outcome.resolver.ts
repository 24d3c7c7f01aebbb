import { IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, createUnionType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { describeMachine } from '../../workflows/lifecycle.js';
import { machineSpec } from '../../workflows/registry.js';
import { OUTCOME_KINDS, OUTCOME_LABELS_ZH, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { COUNTER_KEYS } from '../../workflows/outcomes/rules.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { LifecycleView } from '../workflow/workflow.types.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { enumObject } from '../common/enum.js';
import { Connection, PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Accusation, FaultToleranceCase, PromotionBlockers, ResultVersion, ReviewCase, view } from '../cases/case.resolver.js';
import type { RecordEntries } from '../cases/case.service.js';
import { OutcomeKindEnum, OutcomeTask } from './outcome.entity.js';
import { ALERT_COUNTERS, ALERT_STAGES, type AlertCounter, type AlertStage, type CounterAlertShape, type RecordShape, type YearResultShape } from './outcome.service.js';

const AlertCounterEnum = enumObject(ALERT_COUNTERS);
registerEnumType(AlertCounterEnum, { name: 'AlertCounter', description: 'The consecutive runs that lead to an outcome: merit, organisational adjustment, dismissal' });
const AlertStageEnum = enumObject(ALERT_STAGES);
registerEnumType(AlertStageEnum, { name: 'AlertStage', description: 'REACHED: the latest result completes the run; NEXT_YEAR: one more such year would' });

export const OutcomeTaskConnection = Connection(OutcomeTask, 'OutcomeTask');

// ---------- the record ----------

@ObjectType({ description: "A grade-lowering or grade-barring gate the grading engine applied, as recorded with the result" })
class ResultGate {
  @Field(() => String)
  code: string;

  @Field(() => String)
  effect: string;

  @Field(() => String)
  detail: string;
}

@ObjectType({ description: 'One year’s final result, with how it was reached' })
export class YearResult implements YearResultShape {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  cycleId: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { description: 'The final grade, UNGRADED or COMMENT_ONLY' })
  grade: string;

  @Field(() => Date)
  decidedAt: Date;

  @Field(() => String, { nullable: true, description: 'What the assessment team proposed' })
  proposedGrade: string | null;

  @Field(() => String, { nullable: true, description: 'The comment (评语) with the proposal' })
  proposalComment: string | null;

  @Field(() => String, { description: 'APPROVED (the proposal stood), CHANGED by the committee with a reason, or OVERLAY (UNGRADED / COMMENT_ONLY from status facts)' })
  decision: string;

  @Field(() => String, { nullable: true })
  changedFrom: string | null;

  @Field(() => String, { nullable: true })
  changeReason: string | null;

  @Field(() => String)
  overlay: string;

  @Field(() => String, { nullable: true })
  overlayReason: string | null;

  @Field(() => String, { nullable: true, description: 'Public notice window of an EXCELLENT result' })
  noticeStartsOn: string | null;

  @Field(() => String, { nullable: true })
  noticeEndsOn: string | null;

  @Field(() => Number, { nullable: true, description: 'Composite score of the grading engine, when it ran' })
  score: number | null;

  @Field(() => [ResultGate])
  gates: ResultGate[];

  @Field(() => [ResultVersion], { description: 'Version 1 as decided, then one per correction (review, appeal, fault tolerance, investigation closed), oldest first' })
  versions: ResultVersion[];
}

@ObjectType({ description: 'A year that did not count toward a counter, and why' })
class NotCountedYear {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: 'Its result; null when there was none' })
  grade: string | null;

  @Field(() => String)
  why: string;
}

@ObjectType({ description: `A results-application counter: ${COUNTER_KEYS.join(', ')}` })
class OutcomeCounter {
  @Field(() => String)
  key: string;

  @Field(() => Int, { description: 'Years counted' })
  value: number;

  @Field(() => Int, { description: 'Years that trigger the outcome (a cumulative counter: at each multiple)' })
  threshold: number;

  @Field(() => Int, { description: 'The year the counter is taken at' })
  asOf: number;

  @Field(() => [Int])
  countedYears: number[];

  @Field(() => [NotCountedYear], { description: 'Consecutive counters: the year that broke the run; cumulative ones: every year not counted' })
  notCounted: NotCountedYear[];

  @Field(() => String)
  explanation: string;
}

@ObjectType({ description: 'An outcome the results justify that a status blocks (a protected status blocks dismissal)' })
class BlockedOutcomeView {
  @Field(() => OutcomeKindEnum)
  kind: OutcomeKind;

  @Field(() => Int)
  year: number;

  @Field(() => [String])
  statuses: string[];

  @Field(() => String)
  explanation: string;
}

type TimelineRecord = YearResult | OutcomeTask | ResultVersion | ReviewCase | FaultToleranceCase | Accusation;

/** What a timeline entry points at: a result, a correction of it, an outcome task, a review or appeal, a fault-tolerance case, an accusation (and its clearing). */
export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'The record a timeline entry is about',
  types: () => [YearResult, OutcomeTask, ResultVersion, ReviewCase, FaultToleranceCase, Accusation] as const,
  resolveType: (value) => {
    for (const type of [OutcomeTask, ResultVersion, ReviewCase, FaultToleranceCase, Accusation]) if (value instanceof type) return type;
    return YearResult;
  },
});

@ObjectType({ description: 'One event in a cadre’s (or team’s) record: a year’s result, a correction of it, an outcome task, a review or appeal, a fault-tolerance case, an accusation or its clearing' })
class TimelineEntry {
  @Field(() => Date)
  at: Date;

  @Field(() => Int, { description: 'The assessment year it belongs to' })
  year: number;

  @Field(() => String, { description: 'RESULT, RESULT_VERSION (a correction), REVIEW, APPEAL (a direct appeal), FAULT_TOLERANCE, ACCUSATION, CLEARING or OUTCOME' })
  kind: string;

  @Field(() => String, { description: 'The audit entity type of the record (assessment, outcome_task, review_case, fault_tolerance_case, accusation)' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String, { description: 'The grade of a result or version; the state of a task or case' })
  status: string;

  @Field(() => String, { description: 'A one-line summary in Chinese' })
  title: string;

  @Field(() => TimelineItem)
  item: TimelineRecord;
}

@ObjectType({ description: '干部考核档案: results by year, outcomes and counters of one cadre or leadership team' })
class CadreRecord {
  @Field(() => String, { description: 'CADRE or TEAM' })
  subject: string;

  @Field(() => ID, { nullable: true })
  cadreId: string | null;

  @Field(() => ID)
  organisationId: string;

  @Field(() => [TimelineEntry], { description: 'Oldest first' })
  timeline: TimelineEntry[];

  @Field(() => [YearResult])
  results: YearResult[];

  @Field(() => [OutcomeTask])
  outcomes: OutcomeTask[];

  @Field(() => [OutcomeCounter], { description: 'As of the latest year with a result' })
  counters: OutcomeCounter[];

  @Field(() => [BlockedOutcomeView], { description: 'Outcomes of the latest year blocked today' })
  blocked: BlockedOutcomeView[];

  @Field(() => PromotionBlockers, { nullable: true, description: 'A cadre’s: what blocks a promotion today (null for a team)' })
  promotionBlockers: PromotionBlockers | null;
}

const SOURCE_ZH: Record<string, string> = { DECISION: '审定', REVIEW: '复核', APPEAL: '申诉', FAULT_TOLERANCE: '容错纠错', INVESTIGATION_CLOSED: '结案补定' };
/** Same instant: the result first, then its corrections, the cases, and the outcomes they led to. */
const KIND_ORDER = ['RESULT', 'RESULT_VERSION', 'REVIEW', 'APPEAL', 'FAULT_TOLERANCE', 'ACCUSATION', 'CLEARING', 'OUTCOME'];

function caseEntries(entries: RecordEntries): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const { row, year } of entries.reviews) {
    const review = row.extra.route === 'REVIEW';
    out.push({ at: row.createdAt, year, kind: review ? 'REVIEW' : 'APPEAL', entityType: row.table, entityId: row.id, status: row.state, title: `${year}年度考核结果${review ? '复核' : '申诉'}`, item: view(row) as ReviewCase });
  }
  for (const { row, year } of entries.faultTolerance) {
    const outcome = row.extra.outcome as string | null;
    out.push({ at: row.createdAt, year, kind: 'FAULT_TOLERANCE', entityType: row.table, entityId: row.id, status: row.state, title: `容错纠错${outcome ? `: ${outcome}` : ''}`, item: view(row) as FaultToleranceCase });
  }
  for (const { row, year } of entries.accusations) {
    const item = view(row) as Accusation;
    out.push({ at: row.createdAt, year, kind: 'ACCUSATION', entityType: row.table, entityId: row.id, status: row.state, title: `${year}年度问题线索核查`, item });
    // The clearing is the accusation's last step: its time is the row's last change.
    if (row.state === 'cleared') out.push({ at: row.updatedAt, year, kind: 'CLEARING', entityType: row.table, entityId: row.id, status: row.state, title: `澄清正名`, item });
  }
  return out;
}

function toRecord(shape: RecordShape, entries: RecordEntries, promotion: PromotionBlockers | null): CadreRecord {
  const versionsOf = new Map<string, ResultVersion[]>();
  for (const v of entries.versions) versionsOf.set(v.assessmentId, [...(versionsOf.get(v.assessmentId) ?? []), Object.assign(new ResultVersion(), v)]);
  const results = shape.results.map((r) => Object.assign(new YearResult(), r, { versions: versionsOf.get(r.assessmentId) ?? [] }));
  const timeline: TimelineEntry[] = [
    ...results.map((r) => ({ at: r.decidedAt, year: r.year, kind: 'RESULT', entityType: 'assessment', entityId: r.assessmentId, status: r.grade, title: `${r.year}年度考核结果: ${r.grade}`, item: r })),
    ...results.flatMap((r) =>
      r.versions
        .filter((v) => v.version > 1)
        .map((v) => ({
          at: v.decidedAt,
          year: r.year,
          kind: 'RESULT_VERSION',
          entityType: 'assessment',
          entityId: r.assessmentId,
          status: v.grade,
          title: `${r.year}年度考核结果更正（${SOURCE_ZH[v.source] ?? v.source}）: ${v.previousGrade ?? '—'} → ${v.grade}`,
          item: v,
        })),
    ),
    ...caseEntries(entries),
    ...shape.outcomes.map((t) => ({
      at: t.createdAt,
      year: t.year,
      kind: 'OUTCOME',
      entityType: 'outcome_task',
      entityId: t.id,
      status: t.state,
      title: `${t.year}年度结果运用: ${OUTCOME_LABELS_ZH[t.kind]}`,
      item: t,
    })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime() || a.year - b.year || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  return { ...shape, results, timeline, counters: shape.counters, blocked: shape.blocked, promotionBlockers: promotion };
}

@ObjectType()
class OutcomeDeadlineRun {
  @Field(() => Int)
  fired: number;

  @Field(() => Int, { description: 'Deadlines dropped because the task had moved on' })
  skipped: number;
}

@ObjectType({ description: 'A cadre whose latest result completes (or is one year from) a run that leads to an outcome, for HR and the organisation department' })
export class CounterAlert implements CounterAlertShape {
  @Field(() => ID)
  cadreId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => AlertCounterEnum)
  counter: AlertCounter;

  @Field(() => AlertStageEnum)
  stage: AlertStage;

  @Field(() => Int, { description: 'Consecutive years up to and including latestYear' })
  value: number;

  @Field(() => Int, { description: 'The run that triggers the outcome, from the settings the latest cycle pinned' })
  threshold: number;

  @Field(() => Int)
  latestYear: number;

  @Field(() => String)
  latestGrade: string;

  @Field(() => [Int])
  countedYears: number[];
}

const CounterAlertConnection = Connection(CounterAlert, 'CounterAlert');

// ---------- inputs ----------

@InputType({ description: 'Optional on every outcome action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
class OutcomeActionInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
class ApproveOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true, description: 'For DEMOTION_OR_REMOVAL: DEMOTION or REMOVAL; otherwise leave empty' })
  @IsOptional()
  @IsIn(['DEMOTION', 'REMOVAL'])
  choice?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
class OutcomeNoteInput extends OutcomeActionInput {
  @Field(() => String, { description: 'What was done, in words (document number, date, body)' })
  @Length(2, 2000, { message: 'note must be given (2 to 2000 characters)' })
  note: string;
}

@InputType()
class VerifyOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
class CancelOutcomeInput extends OutcomeActionInput {
  @Field(() => String)
  @Length(2, 2000, { message: 'reason must be given (2 to 2000 characters)' })
  reason: string;
}

@InputType()
class EnrolTrainingInput extends OutcomeActionInput {
  @Field(() => String, { description: 'The course the person is enrolled in' })
  @Length(2, 500)
  course: string;
}

@ArgsType()
class OutcomeListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A state or a parent state (approved matches approved.*)' })
  @IsOptional()
  @MaxLength(60)
  state?: string | null;

  @Field(() => OutcomeKindEnum, { nullable: true })
  @IsOptional()
  @IsIn([...OUTCOME_KINDS])
  kind?: OutcomeKind | null;

  @Field(() => ID, { nullable: true, description: 'The cycle whose result justified the task' })
  @IsOptional()
  @IsUUID()
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organisation and its subtree' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

@ArgsType()
class CounterAlertArgs extends PageArgs {
  @Field(() => AlertCounterEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ALERT_COUNTERS])
  counter?: AlertCounter | null;

  @Field(() => AlertStageEnum, { nullable: true })
  @IsOptional()
  @IsIn([...ALERT_STAGES])
  stage?: AlertStage | null;

  @Field(() => ID, { nullable: true, description: 'This organisation and its subtree' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cadres whose latest final result is of this year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}

const opts = (input: OutcomeActionInput) => ({ expectedVersion: input.expectedVersion ?? null, idempotencyKey: input.idempotencyKey ?? null });

@Resolver(() => OutcomeTask)
export class OutcomeResolver {
  @Authorized('outcome:read')
  @Query(() => OutcomeTaskConnection, { description: 'Outcome tasks of your jurisdictions, filterable by state, kind, cycle, organisation and cadre' })
  outcomeTasks(@Args(() => OutcomeListArgs) args: OutcomeListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => OutcomeTask)
  outcomeTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.get(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => OutcomeTaskConnection, { description: 'Outcome tasks where one of your roles acts next: approval (organisation department, party committee), carrying out, verification and training (HR)' })
  outcomeWorkQueue(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.workQueue(ctx.viewer, args.first, args.after);
  }

  @Authorized('outcome:read')
  @Query(() => CounterAlertConnection, { description: 'Cadres of your jurisdictions reaching a third consecutive EXCELLENT or a second consecutive BASICALLY_COMPETENT or INCOMPETENT (configured thresholds), or one year from it' })
  outcomeCounterAlerts(@Args(() => CounterAlertArgs) args: CounterAlertArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.counterAlerts(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => CadreRecord, { description: "A cadre's record (or, with organisationId, a leadership team's): results by year, outcomes, counters" })
  async cadreRecord(
    @Ctx() ctx: GraphQLContext,
    @Arg('cadreId', () => ID, { nullable: true }) cadreId?: string | null,
    @Arg('organisationId', () => ID, { nullable: true, description: 'For a leadership team' }) organisationId?: string | null,
  ): Promise<CadreRecord> {
    // The outcomes side checks the viewer may read the record (outcome:read and case:read go to the same roles); the cases side adds a fixed number of queries.
    const shape = await ctx.services.outcomes.record(ctx.viewer, { cadreId, organisationId });
    const extras = await ctx.services.cases.recordExtras({ cadreId: shape.cadreId, assessmentIds: shape.results.map((r) => r.assessmentId) });
    const promotion = extras.promotion ? { blocked: extras.promotion.blockers.length > 0, ...extras.promotion } : null;
    return toRecord(shape, extras, promotion);
  }

  @Authorized('cycle:manage')
  @Mutation(() => OutcomeDeadlineRun, { description: 'Fires the outcome-task deadlines that are due now (the job does this every minute)' })
  runOutcomeDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.runDueDeadlines();
  }

  // ----- fields -----

  @FieldResolver(() => String, { description: 'The kind in Chinese' })
  label(@Root() row: OutcomeTask): string {
    return OUTCOME_LABELS_ZH[row.kind];
  }

  @FieldResolver(() => [String], { description: 'Actions you may take now: what the state allows ∩ what your roles allow here' })
  availableActions(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): string[] {
    return ctx.services.outcomes.availableActions(ctx.viewer, row);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Why it was proposed: the counter, the years counted, the year that broke a run' })
  basis(@Root() row: OutcomeTask): object {
    return row.basis;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The lifecycle context: approval (with the choice), carrying out, verification, cancellation with its cause, overdue steps' })
  context(@Root() row: OutcomeTask): object {
    return row.snapshot.context;
  }

  @FieldResolver(() => LifecycleView)
  lifecycle(@Root() row: OutcomeTask): LifecycleView {
    const { nodes, edges } = describeMachine(machineSpec(row.machineId).machine);
    return { machine: row.machineId, current: row.state, nodes: nodes.map((n) => ({ ...n, current: row.state === n.id || row.state.startsWith(`${n.id}.`) })), edges };
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this task, oldest first' })
  history(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.historyOf.load(`outcome_task:${row.id}`);
  }

  @FieldResolver(() => Cadre, { nullable: true })
  cadre(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext) {
    return row.cadreId ? ctx.loaders.cadre.load(row.cadreId) : null;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }

  @FieldResolver(() => Assessment, { description: 'The final result that justified it' })
  async assessment(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return (await ctx.loaders.assessment.load(row.assessmentId))!;
  }

  // ----- actions: one typed mutation each -----

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'Approves a proposed outcome (the party committee for the heavy ones, the organisation department for the others); DEMOTION_OR_REMOVAL needs the choice' })
  approveOutcome(@Arg('input', () => ApproveOutcomeInput) input: ApproveOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.approve(ctx.viewer, input.outcomeId, input.note ?? null, input.choice ?? null, opts(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR records that an approved outcome was carried out' })
  carryOutOutcome(@Arg('input', () => OutcomeNoteInput) input: OutcomeNoteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.carryOut(ctx.viewer, input.outcomeId, input.note, opts(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR verifies a carried-out outcome or a completed training' })
  verifyOutcome(@Arg('input', () => VerifyOutcomeInput) input: VerifyOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.verify(ctx.viewer, input.outcomeId, input.note ?? null, opts(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'Cancels a task before it is verified, for cause (the reason is required)' })
  cancelOutcome(@Arg('input', () => CancelOutcomeInput) input: CancelOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.cancel(ctx.viewer, input.outcomeId, input.reason, opts(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR enrols the person in remedial training' })
  enrolTraining(@Arg('input', () => EnrolTrainingInput) input: EnrolTrainingInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.enrolTraining(ctx.viewer, input.outcomeId, input.course, opts(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR records that the training was completed' })
  completeTraining(@Arg('input', () => OutcomeNoteInput) input: OutcomeNoteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.completeTraining(ctx.viewer, input.outcomeId, input.note, opts(input));
  }
}

@Resolver(() => CounterAlert)
export class CounterAlertResolver {
  @FieldResolver(() => Cadre)
  async cadre(@Root() row: CounterAlert, @Ctx() ctx: GraphQLContext): Promise<Cadre> {
    return (await ctx.loaders.cadre.load(row.cadreId))!;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() row: CounterAlert, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }
}
