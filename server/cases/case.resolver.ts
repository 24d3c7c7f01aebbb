import { ArrayMaxSize, ArrayNotEmpty, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, ArgsType, Authorized, type ClassType, Ctx, Field, FieldResolver, ID, InputType, Int, InterfaceType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ACCUSATION_SOURCES, CLEARING_METHODS, CLEARING_SCOPES, POINT_FINDINGS, type AccusationSource, type ClearingMethod, type ClearingScope, type PointFinding } from '../../workflows/cases/accusation.machine.js';
import { FT_ORIGINS, FT_OUTCOMES, THREE_DISTINCTIONS, type Distinction, type FtOrigin, type FtOutcome } from '../../workflows/cases/fault-tolerance.machine.js';
import { CASE_DECISIONS, type CaseDecision } from '../../workflows/cases/review.machine.js';
import { PENALTY_KINDS, type PenaltyKind } from '../../workflows/rules/settings.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { CollectiveDecisionInput } from '../assessments/assessment.types.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Connection, PageArgs, type ConnectionShape } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { describeMachine } from '../../workflows/lifecycle.js';
import { machineSpec } from '../../workflows/registry.js';
import { LifecycleView } from '../workflow/workflow.types.js';
import { Cadre } from '../cadres/cadre.entity.js';
import type { CaseRow, CaseTable, InvestigationRow, PenaltyRow, ResultVersionRow, ReviewWindowView } from './case.service.js';
import { investigationActions, penaltyActions } from './record-actions.js';

// ---------- views ----------

@ObjectType({ description: 'One version of a final result: 1 when decided, one more for each correction. Never changed' })
export class ResultVersion implements ResultVersionRow {
  @Field(() => ID) assessmentId: string;
  @Field(() => Int) version: number;
  @Field(() => String) grade: string;
  @Field(() => String, { nullable: true }) previousGrade: string | null;
  @Field(() => String, { description: 'DECISION, REVIEW, APPEAL, FAULT_TOLERANCE or INVESTIGATION_CLOSED' }) source: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID, { nullable: true, description: 'The review case, fault-tolerance case or investigation behind a correction' }) caseId: string | null;
  @Field(() => ID, { nullable: true }) decidedBy: string | null;
  @Field(() => String, { nullable: true }) decidedRole: string | null;
  @Field(() => Date) decidedAt: Date;
}

@ObjectType({ description: 'Whether and until when the assessed may ask for a review (复核) or appeal directly (申诉), from the written notice and the cycle settings' })
class ReviewWindow implements ReviewWindowView {
  @Field(() => String, { description: 'The Beijing day of the written notice (day 0)' }) noticeOn: string;
  @Field(() => String, { description: 'Today, as the server counts it' }) today: string;
  @Field(() => Boolean, { description: 'The grade may be reviewed at all here' }) reviewable: boolean;
  @Field(() => [String]) reviewableGrades: string[];
  @Field(() => String, { description: 'The last day a review may be asked' }) reviewLastDay: string;
  @Field(() => String, { description: 'The last day of a direct appeal' }) directAppealLastDay: string;
  @Field(() => Int) reviewRequestDays: number;
  @Field(() => Int) directAppealDays: number;
  @Field(() => ID, { nullable: true, description: 'A review or appeal of this result still open' }) openCaseId: string | null;
  @Field(() => [String], { description: 'What you may ask today: REVIEW and/or DIRECT_APPEAL (empty when not the assessed, out of time, not reviewable or a case is open)' }) availableRoutes: Array<'REVIEW' | 'DIRECT_APPEAL'>;
}

@ObjectType({ description: 'A party or government sanction or organisational handling, with its dates and period' })
class Penalty implements PenaltyRow {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => String) kind: string;
  @Field(() => String, { nullable: true, description: 'PARTY_DISCIPLINE, GOVERNMENT_SANCTION or ORGANISATIONAL_HANDLING' }) category: string | null;
  @Field(() => String, { nullable: true, description: 'When accountability started' }) startedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Null while undecided' }) decidedOn: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the sanction period' }) effectiveUntil: string | null;
  @Field(() => Boolean, { description: 'Exempted by a fault-tolerance decision: counts against nobody' }) tolerated: boolean;
  @Field(() => ID, { nullable: true, description: 'The lighter sanction that replaced it (fault tolerance, MITIGATED)' }) replacedBy: string | null;
  @Field(() => String) note: string;
  orgPath: string;
  organisationId: string;
}

@ObjectType({ description: '立案审查: an investigation and how it closed' })
class Investigation implements InvestigationRow {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => String) startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true, description: 'NO_PENALTY or PENALTY' }) conclusion: string | null;
  @Field(() => ID, { nullable: true }) penaltyId: string | null;
  @Field(() => String) note: string;
  orgPath: string;
}

/** The fields every case shares: review cases, fault-tolerance cases and accusations implement it. */
@InterfaceType('Case', { resolveType: (value: CaseView) => ({ review_case: 'ReviewCase', fault_tolerance_case: 'FaultToleranceCase', accusation: 'Accusation' })[value.table] })
export abstract class CaseView {
  @Field(() => ID) id: string;
  @Field(() => ID) cadreId: string;
  @Field(() => ID) organisationId: string;
  @Field(() => String) state: string;
  @Field(() => Int, { description: 'Send it back as expectedVersion' }) version: number;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => String, { nullable: true }) dueEvent: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => GraphQLJSONObject, { description: 'The machine context: windows, rulings, decisions, steps' }) context: object;
  table: CaseTable;
  row: CaseRow;
}

@ObjectType({ description: '复核 / 申诉 of an annual result', implements: CaseView })
export class ReviewCase extends CaseView {
  @Field(() => ID) assessmentId: string;
  @Field(() => String, { description: 'REVIEW or DIRECT_APPEAL' }) route: string;
}

@ObjectType({ description: '容错纠错 case', implements: CaseView })
export class FaultToleranceCase extends CaseView {
  @Field(() => ID, { nullable: true }) penaltyId: string | null;
  @Field(() => String) origin: string;
  @Field(() => String) mistakeKey: string;
  @Field(() => String, { nullable: true, description: 'EXEMPT, MITIGATED or NOT_TOLERATED once decided' }) outcome: string | null;
}

@ObjectType({ description: 'An accusation against a cadre and its verification; 澄清正名 when untrue', implements: CaseView })
export class Accusation extends CaseView {
  @Field(() => String) source: string;
  @Field(() => Int) concernsYear: number;
  @Field(() => String, { nullable: true }) negativeCode: string | null;
  @Field(() => String) receivedOn: string;
  @Field(() => Boolean, { description: 'False once cleared: never blocks EXCELLENT, an outcome or a promotion' }) countsAgainst: boolean;
}

export function view(row: CaseRow): CaseView {
  const base = {
    id: row.id,
    cadreId: row.cadreId,
    organisationId: row.organisationId,
    state: row.state,
    version: row.version,
    dueAt: row.dueAt,
    dueEvent: row.dueEvent,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    context: row.snapshot.context,
    table: row.table,
    row,
  };
  const e = row.extra;
  if (row.table === 'review_case') return Object.assign(new ReviewCase(), base, { assessmentId: e.assessment_id, route: e.route });
  if (row.table === 'fault_tolerance_case') return Object.assign(new FaultToleranceCase(), base, { penaltyId: e.penalty_id, origin: e.origin, mistakeKey: e.mistake_key, outcome: e.outcome });
  const received = e.received_on instanceof Date ? e.received_on.toISOString().slice(0, 10) : String(e.received_on);
  return Object.assign(new Accusation(), base, { source: e.source, concernsYear: e.concerns_year, negativeCode: e.negative_code, receivedOn: received, countsAgainst: e.counts_against });
}

export const ReviewCaseConnection = Connection(ReviewCase, 'ReviewCase');
export const FaultToleranceCaseConnection = Connection(FaultToleranceCase, 'FaultToleranceCase');
export const AccusationConnection = Connection(Accusation, 'Accusation');

@ObjectType({ description: 'Something that blocks a promotion today — or, among the disregarded, something that never does, and why' })
export class PromotionBlockerView {
  @Field(() => String, { description: 'PENALTY_PERIOD, OPEN_INVESTIGATION or SUBSTANTIATED_ACCUSATION' }) kind: string;
  @Field(() => ID, { description: 'The penalty, investigation or accusation' }) recordId: string;
  @Field(() => String, { nullable: true }) since: string | null;
  @Field(() => String, { nullable: true }) until: string | null;
  @Field(() => String) explanation: string;
}

@ObjectType({ description: 'What blocks a cadre’s promotion today: sanction periods in force, open investigations, substantiated accusations. Tolerated or replaced sanctions and cleared accusations never do' })
export class PromotionBlockers {
  @Field(() => Boolean, { description: 'True when anything blocks' }) blocked: boolean;
  @Field(() => [PromotionBlockerView]) blockers: PromotionBlockerView[];
  @Field(() => [PromotionBlockerView], { description: 'Records that never count: exempted or replaced sanctions, cleared accusations' }) disregarded: PromotionBlockerView[];
}

@ObjectType()
class CaseDeadlineRun {
  @Field(() => Int) fired: number;
  @Field(() => Int, { description: 'Deadlines cleared because the case had moved on' }) skipped: number;
}

/** Maps a connection of case rows to their GraphQL views. */
export function mappedCases(conn: ConnectionShape<CaseRow>) {
  return {
    edges: conn.edges.map((e) => ({ cursor: e.cursor, node: view(e.node) })),
    nodes: conn.nodes.map(view),
    pageInfo: conn.pageInfo,
    get totalCount() {
      return conn.totalCount;
    },
  };
}

// ---------- inputs ----------

@InputType({ description: 'Optional on every case action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
class CaseActionInput {
  @Field(() => ID) @IsUUID() caseId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() expectedVersion?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
class RequestReviewInput {
  @Field(() => ID) @IsUUID() assessmentId: string;
  @Field(() => String, { description: 'REVIEW (复核), or DIRECT_APPEAL (申诉 without a review)' }) @IsIn(['REVIEW', 'DIRECT_APPEAL']) route: 'REVIEW' | 'DIRECT_APPEAL';
  @Field(() => String) @Length(2, 5000) grounds: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
class AppealInput extends CaseActionInput {
  @Field(() => String) @Length(2, 5000) grounds: string;
}

@InputType()
class CaseRulingInput extends CaseActionInput {
  @Field(() => String, { description: CASE_DECISIONS.join(' or ') }) @IsIn(CASE_DECISIONS) decision: CaseDecision;
  @Field(() => String, { nullable: true, description: 'The corrected grade (CORRECTED only): never worse' }) @IsOptional() @Length(2, 40) grade?: string | null;
  @Field(() => String) @Length(2, 5000) reason: string;
}

@InputType()
class ExtendAppealInput extends CaseActionInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(366) days: number;
  @Field(() => String) @Length(2, 2000) reason: string;
}

@InputType()
class StartAccountabilityInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String, { description: PENALTY_KINDS.join(', ') }) @IsIn(PENALTY_KINDS) kind: PenaltyKind;
  @Field(() => String) @IsDateString({ strict: true }) startedOn: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) note: string;
}

@InputType()
class DecidePenaltyInput {
  @Field(() => ID) @IsUUID() penaltyId: string;
  @Field(() => String) @IsDateString({ strict: true }) decidedOn: string;
}

@InputType()
class OpenInvestigationInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String) @IsDateString({ strict: true }) startsOn: string;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) note: string;
}

@InputType()
class CloseInvestigationInput {
  @Field(() => ID) @IsUUID() investigationId: string;
  @Field(() => String) @IsDateString({ strict: true }) closedOn: string;
  @Field(() => String, { nullable: true, description: 'The penalty imposed, or null for none' }) @IsOptional() @IsIn(PENALTY_KINDS) penaltyKind?: PenaltyKind | null;
  @Field(() => String) @Length(2, 5000) note: string;
}

@InputType()
class OpenFaultToleranceInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() penaltyId?: string | null;
  @Field(() => String, { description: FT_ORIGINS.join(', ') }) @IsIn(FT_ORIGINS) origin: FtOrigin;
  @Field(() => String, { description: 'The nature of the mistake: the same mistake repeated is not tolerated' }) @Length(2, 100) mistakeKey: string;
  @Field(() => String) @Length(2, 5000) grounds: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
class FtTextInput extends CaseActionInput {
  @Field(() => String, { description: 'The reason, findings, feedback summary, filing reference or correction note the step records' }) @Length(2, 5000) text: string;
}

@InputType({ description: '动机态度、客观条件、程序方法、性质程度、后果影响、挽回损失' })
class SixFactorsInput {
  @Field(() => String) @Length(1, 2000) motive: string;
  @Field(() => String) @Length(1, 2000) objectiveConditions: string;
  @Field(() => String) @Length(1, 2000) procedure: string;
  @Field(() => String) @Length(1, 2000) natureAndDegree: string;
  @Field(() => String) @Length(1, 2000) consequences: string;
  @Field(() => String) @Length(1, 2000) remedialEffort: string;
}

@InputType()
class DecideFaultToleranceInput extends CaseActionInput {
  @Field(() => String, { description: FT_OUTCOMES.join(', ') }) @IsIn(FT_OUTCOMES) outcome: FtOutcome;
  @Field(() => String, { nullable: true, description: THREE_DISTINCTIONS.join(', ') }) @IsOptional() @IsIn(THREE_DISTINCTIONS) distinction?: Distinction | null;
  @Field(() => SixFactorsInput) @ValidateNested() factors: SixFactorsInput;
  @Field(() => CollectiveDecisionInput) @ValidateNested() collective: CollectiveDecisionInput;
  @Field(() => String, { nullable: true, description: 'MITIGATED: the lighter sanction' }) @IsOptional() @IsIn(PENALTY_KINDS) lighterKind?: PenaltyKind | null;
  @Field(() => String) @Length(2, 5000) reason: string;
}

@InputType()
class RecordAccusationInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String, { description: ACCUSATION_SOURCES.join(', ') }) @IsIn(ACCUSATION_SOURCES) source: AccusationSource;
  @Field(() => [String]) @ArrayNotEmpty() @ArrayMaxSize(50) points: string[];
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) concernsYear: number;
  @Field(() => String, { nullable: true, description: 'The negative-list situation alleged, if any' }) @IsOptional() @Length(2, 60) negativeCode?: string | null;
  @Field(() => String) @IsDateString({ strict: true }) receivedOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
class VerifyAccusationInput extends CaseActionInput {
  @Field(() => [String], { description: `One per point, in order: ${POINT_FINDINGS.join(', ')}` }) @ArrayNotEmpty() @IsIn(POINT_FINDINGS, { each: true }) findings: PointFinding[];
}

@InputType()
class ClearAccusationInput extends CaseActionInput {
  @Field(() => String, { description: CLEARING_METHODS.join(', ') }) @IsIn(CLEARING_METHODS) method: ClearingMethod;
  @Field(() => String, { description: CLEARING_SCOPES.join(', ') }) @IsIn(CLEARING_SCOPES) scope: ClearingScope;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) scopeNote: string;
  @Field(() => [Int], { description: 'The points cleared (0-based), each found untrue' }) @ArrayNotEmpty() points: number[];
}

@ArgsType()
class CaseListArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cadreId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) state?: string | null;
}

const opts = (i: { expectedVersion?: number | null; idempotencyKey?: string | null }) => ({ expectedVersion: i.expectedVersion ?? null, idempotencyKey: i.idempotencyKey ?? null });

// ---------- resolvers ----------

/** availableActions and history for a case type: one resolver class per concrete type. */
function caseFieldsResolver(type: ClassType<CaseView>) {
  @Resolver(() => type)
  class CaseFieldsResolver {
    @FieldResolver(() => [String], { description: 'Actions you may take now' })
    availableActions(@Root() c: CaseView, @Ctx() ctx: GraphQLContext): string[] {
      return ctx.services.cases.availableActions(ctx.viewer, c.row);
    }

    @FieldResolver(() => LifecycleView, { description: 'The case machine, for drawing it, with the current state marked' })
    lifecycle(@Root() c: CaseView): LifecycleView {
      const { nodes, edges } = describeMachine(machineSpec(c.row.machineId).machine);
      return { machine: c.row.machineId, current: c.state, nodes: nodes.map((n) => ({ ...n, current: c.state === n.id || c.state.startsWith(`${n.id}.`) })), edges };
    }

    @FieldResolver(() => Cadre, { nullable: true, description: 'The cadre the case concerns' })
    cadre(@Root() c: CaseView, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.cadre.load(c.cadreId);
    }

    @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this case, oldest first' })
    history(@Root() c: CaseView, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.historyOf.load(`${c.table}:${c.id}`);
    }
  }
  return CaseFieldsResolver;
}

/** What the viewer may do to a penalty now: the same rules the mutations enforce, from the row as loaded (no query per row). */
@Resolver(() => Penalty)
export class PenaltyFieldsResolver {
  @FieldResolver(() => [String], {
    description:
      'What you may do to this record now: DECIDE_PENALTY (decidePenalty), APPLY_FAULT_TOLERANCE (a written application: your own, or a unit’s recorded by discipline inspection), OPEN_FAULT_TOLERANCE_CASE (the body’s own motion) — openFaultToleranceCase',
  })
  availableActions(@Root() p: Penalty, @Ctx() ctx: GraphQLContext): string[] {
    return penaltyActions(ctx.viewer, p);
  }
}

@Resolver(() => Investigation)
export class InvestigationFieldsResolver {
  @FieldResolver(() => [String], { description: 'What you may do to this investigation now: CLOSE_INVESTIGATION (closeInvestigation)' })
  availableActions(@Root() i: Investigation, @Ctx() ctx: GraphQLContext): string[] {
    return investigationActions(ctx.viewer, i);
  }
}

export const ReviewCaseResolver = caseFieldsResolver(ReviewCase);
export const FaultToleranceCaseResolver = caseFieldsResolver(FaultToleranceCase);
export const AccusationResolver = caseFieldsResolver(Accusation);

@Resolver(() => Assessment)
export class CaseResolver {
  // ----- results -----

  @FieldResolver(() => [ResultVersion], { description: 'The versions of the final result, oldest first' })
  resultVersions(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.resultVersionsOf([row.id]);
  }

  @FieldResolver(() => ReviewWindow, { nullable: true, description: 'Review and appeal: whether and until when they may be asked (null before the written notice)' })
  reviewWindow(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.reviewWindow(ctx.viewer, row);
  }

  @FieldResolver(() => [ReviewCase], { name: 'reviewCases', description: 'The review and appeal cases of this result, newest first' })
  async reviewCasesOfResult(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.cases.reviewCasesOf(ctx.viewer, row.id)).map(view);
  }

  @Authorized()
  @Query(() => [ResultVersion], { description: 'The versions of an assessment’s final result' })
  resultVersionsOf(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.resultVersions(ctx.viewer, assessmentId);
  }

  // ----- review and appeal -----

  @Authorized()
  @Query(() => ReviewCaseConnection, { description: 'Review and appeal cases of your jurisdictions, or of one cadre (your own without a role)' })
  async reviewCases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return this.mapped(await ctx.services.cases.list(ctx.viewer, 'review_case', args, args.first, args.after));
  }

  @Authorized()
  @Query(() => ReviewCase)
  async reviewCase(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.get(ctx.viewer, 'review_case', id));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The cadre asks for a review (within 30 days of the written notice) or appeals directly (within 30)' })
  async requestReview(@Arg('input', () => RequestReviewInput) input: RequestReviewInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.openReview(ctx.viewer, input.assessmentId, input.route, input.grounds, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The organ that decided reviews: UPHELD, or CORRECTED (never worse, a new result version)' })
  async decideReview(@Arg('input', () => CaseRulingInput) input: CaseRulingInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.decide(ctx.viewer, input.caseId, 'REVIEW', input.decision, input.grade ?? null, input.reason, opts(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The cadre appeals the review decision (within 15 days)' })
  async appealReview(@Arg('input', () => AppealInput) input: AppealInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.appealAfterReview(ctx.viewer, input.caseId, input.grounds, opts(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The appeal body decides (the role is a setting): UPHELD or CORRECTED' })
  async decideAppeal(@Arg('input', () => CaseRulingInput) input: CaseRulingInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.decide(ctx.viewer, input.caseId, 'APPEAL', input.decision, input.grade ?? null, input.reason, opts(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'Extends the appeal decision deadline once, by up to 30 days, with a reason' })
  async extendAppeal(@Arg('input', () => ExtendAppealInput) input: ExtendAppealInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.extendAppeal(ctx.viewer, input.caseId, input.days, input.reason, opts(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase)
  async withdrawReview(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.withdrawReview(ctx.viewer, input.caseId, opts(input)));
  }

  // ----- penalties and investigations -----

  @Authorized()
  @Query(() => [Penalty], { description: 'A cadre’s penalties and organisational handling, with their periods' })
  penaltiesOf(@Arg('cadreId', () => ID) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.penaltiesOf(ctx.viewer, cadreId);
  }

  @Authorized()
  @Query(() => [Investigation])
  investigationsOf(@Arg('cadreId', () => ID) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.investigationsOf(ctx.viewer, cadreId);
  }

  @Authorized('penalty:write')
  @Mutation(() => Penalty, { description: 'Accountability or a sanction procedure starts (not yet decided)' })
  startAccountability(@Arg('input', () => StartAccountabilityInput) input: StartAccountabilityInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.startAccountability(ctx.viewer, input.cadreId, input.kind, input.startedOn, input.note);
  }

  @Authorized('penalty:write')
  @Mutation(() => Penalty, { description: 'The sanction is decided: its date and period' })
  decidePenalty(@Arg('input', () => DecidePenaltyInput) input: DecidePenaltyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.decidePenalty(ctx.viewer, input.penaltyId, input.decidedOn);
  }

  @Authorized('investigation:write')
  @Mutation(() => Investigation, { description: '立案审查: opens an investigation' })
  openInvestigation(@Arg('input', () => OpenInvestigationInput) input: OpenInvestigationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.openInvestigation(ctx.viewer, input.cadreId, input.startsOn, input.note);
  }

  @Authorized('investigation:write')
  @Mutation(() => Investigation, { description: 'Closes an investigation; with no penalty or a warning the UNGRADED year is graded retroactively' })
  closeInvestigation(@Arg('input', () => CloseInvestigationInput) input: CloseInvestigationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.closeInvestigation(ctx.viewer, input.investigationId, input.closedOn, input.penaltyKind ?? null, input.note);
  }

  // ----- fault tolerance -----

  @Authorized()
  @Query(() => FaultToleranceCaseConnection)
  async faultToleranceCases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return this.mapped(await ctx.services.cases.list(ctx.viewer, 'fault_tolerance_case', args, args.first, args.after));
  }

  @Authorized()
  @Query(() => FaultToleranceCase)
  async faultToleranceCase(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.get(ctx.viewer, 'fault_tolerance_case', id));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'A written application (cadre or unit, while accountability is undecided) or the body’s own motion' })
  async openFaultToleranceCase(@Arg('input', () => OpenFaultToleranceInput) input: OpenFaultToleranceInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.openFaultTolerance(ctx.viewer, { ...input, penaltyId: input.penaltyId ?? null }, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase)
  async acceptFaultToleranceCase(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'ACCEPT', {}, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Refuses the application, with the reason (text)' })
  async refuseFaultToleranceCase(@Arg('input', () => FtTextInput) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'REFUSE', { reason: input.text }, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The investigation’s findings (text)' })
  async completeFaultToleranceInvestigation(@Arg('input', () => FtTextInput) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'COMPLETE_INVESTIGATION', { findings: input.text }, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The collective decision: EXEMPT, MITIGATED or NOT_TOLERATED, with the distinction and the six factors' })
  async decideFaultToleranceCase(@Arg('input', () => DecideFaultToleranceInput) input: DecideFaultToleranceInput, @Ctx() ctx: GraphQLContext) {
    return view(
      await ctx.services.cases.decideFaultTolerance(
        ctx.viewer,
        input.caseId,
        { outcome: input.outcome, distinction: input.distinction ?? null, factors: { ...input.factors }, collective: { ...input.collective }, lighterKind: input.lighterKind ?? null, reason: input.reason },
        opts(input),
      ),
    );
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Written feedback to the applicant (text)' })
  async giveFaultToleranceFeedback(@Arg('input', () => FtTextInput) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'GIVE_FEEDBACK', { summary: input.text }, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Filed with the organisation department (the filing reference as text)' })
  async fileFaultToleranceCase(@Arg('input', () => FtTextInput) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'FILE_WITH_ORGANISATION', { reference: input.text }, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: '纠错: records progress of the correction (text)' })
  async recordFaultToleranceCorrection(@Arg('input', () => FtTextInput) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'RECORD_CORRECTION', { note: input.text }, opts(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The correction is verified: the case closes' })
  async verifyFaultToleranceCorrection(@Arg('input', () => CaseActionInput) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.ftAction(ctx.viewer, input.caseId, 'VERIFY_CORRECTION', {}, opts(input)));
  }

  // ----- clearing names -----

  @Authorized()
  @Query(() => AccusationConnection)
  async accusations(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return this.mapped(await ctx.services.cases.list(ctx.viewer, 'accusation', args, args.first, args.after));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: 'Records an accusation (petition, report, inspection) with its points' })
  async recordAccusation(@Arg('input', () => RecordAccusationInput) input: RecordAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.recordAccusation(ctx.viewer, { ...input, negativeCode: input.negativeCode ?? null }, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: 'Records the verification, point by point: UNTRUE, UNPROVEN or SUBSTANTIATED' })
  async verifyAccusation(@Arg('input', () => VerifyAccusationInput) input: VerifyAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.verifyAccusation(ctx.viewer, input.caseId, input.findings, opts(input)));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: '澄清正名: the body that checked it clears untrue points, by letter, in person or by circular, in a chosen scope' })
  async clearAccusation(@Arg('input', () => ClearAccusationInput) input: ClearAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.clearAccusation(ctx.viewer, input.caseId, { method: input.method, scope: input.scope, scopeNote: input.scopeNote, points: input.points }, opts(input)));
  }

  private mapped(conn: ConnectionShape<CaseRow>) {
    return mappedCases(conn);
  }

  // ----- deadlines -----

  @Authorized('cycle:manage')
  @Mutation(() => CaseDeadlineRun, { description: 'Fires the review, appeal and fault-tolerance deadlines that are due now (the job does this every minute)' })
  runCaseDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.cases.runDueDeadlines();
  }

  // ----- promotion -----

  @Authorized()
  @Query(() => PromotionBlockers, { description: 'What blocks the cadre’s promotion today (sanction periods in force, open investigations, substantiated accusations); cleared accusations and tolerated sanctions never do' })
  async promotionBlockers(@Arg('cadreId', () => ID) cadreId: string, @Ctx() ctx: GraphQLContext): Promise<PromotionBlockers> {
    const result = await ctx.services.cases.promotionBlockers(ctx.viewer, cadreId);
    return { blocked: result.blockers.length > 0, ...result };
  }
}
