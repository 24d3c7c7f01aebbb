import { IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested, ArrayNotEmpty, ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OPINION_SOURCES, type OpinionSource } from '../../workflows/assessment/annual.machine.js';
import { CYCLE_KINDS, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { AssessmentKindEnum, CycleKindEnum, type AssessmentKind } from './assessment.entity.js';

@InputType({ description: 'Optional on every action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class ActionInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

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
export class ReasonActionInput extends ActionInput {
  @Field(() => String)
  @Length(2, 2000, { message: 'reason must be given (2 to 2000 characters)' })
  reason: string;
}

@InputType()
export class RecordTalkInput extends ActionInput {
  @Field(() => String)
  @Length(2, 5000)
  summary: string;
}

@InputType()
export class RecordOpinionInput extends RecordTalkInput {
  @Field(() => String, { description: `One of ${OPINION_SOURCES.join(', ')}` })
  @IsIn(OPINION_SOURCES)
  source: OpinionSource;
}

@InputType()
export class ProposeGradeInput extends ActionInput {
  @Field(() => String)
  @Length(2, 40)
  grade: string;

  @Field(() => String, { description: '评语' })
  @Length(2, 5000, { message: 'the comment (评语) must be written' })
  comment: string;
}

@InputType()
export class AppraiseInput extends ActionInput {
  @Field(() => String, { description: 'GOOD, FAIR, AVERAGE or POOR' })
  @IsIn(['GOOD', 'FAIR', 'AVERAGE', 'POOR'])
  grade: string;

  @Field(() => Int, { nullable: true, description: '0–100, where a score is used' })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => String)
  @Length(2, 5000)
  comment: string;
}

@InputType({ description: 'The collective decision of the committee: attendance, votes and recusals' })
export class CollectiveDecisionInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  membersTotal: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  attendance: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  votesFor: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  votesAgainst: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  abstentions: number;

  @Field(() => [ID], { defaultValue: [], description: 'Members who recused themselves' })
  @IsArray()
  recusals: string[];
}

@InputType()
export class ApproveGradeInput extends ActionInput {
  @Field(() => CollectiveDecisionInput)
  @ValidateNested()
  collective: CollectiveDecisionInput;
}

@InputType()
export class ChangeGradeInput extends ApproveGradeInput {
  @Field(() => String)
  @Length(2, 40)
  grade: string;

  @Field(() => String)
  @Length(2, 2000, { message: 'a changed grade needs its reason' })
  reason: string;
}

@InputType()
export class SendBackInput extends ApproveGradeInput {
  @Field(() => String)
  @Length(2, 2000)
  reason: string;
}

@InputType()
export class OpenNoticeInput {
  @Field(() => [ID])
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  assessmentIds: string[];

  @Field(() => String, { description: 'First day of the notice, YYYY-MM-DD' })
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class LodgeObjectionInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => String)
  @Length(5, 5000, { message: 'please describe the objection (at least 5 characters)' })
  content: string;

  @Field(() => String, { nullable: true, description: 'Optional: objections may be anonymous' })
  @IsOptional()
  @MaxLength(64)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  contact?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class ObjectionDecisionInput {
  @Field(() => ID)
  @IsUUID()
  objectionId: string;

  @Field(() => String, { description: 'What the investigation found' })
  @Length(2, 5000)
  finding: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class SignNoticeInput extends ActionInput {
  @Field(() => String, { nullable: true, description: 'The person’s own opinion on the result, if any' })
  @IsOptional()
  @MaxLength(2000)
  opinion?: string | null;
}

@InputType()
export class FeedbackInput extends ActionInput {
  @Field(() => String)
  @Length(2, 5000)
  strengths: string;

  @Field(() => String)
  @Length(2, 5000)
  shortcomings: string;

  @Field(() => String)
  @Length(2, 5000)
  improvementDemands: string;
}

@InputType()
export class SelfReportDraftInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => Int, { description: 'The draftVersion you loaded (0 for a first save)' })
  @IsInt()
  @Min(0)
  draftVersion: number;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(50_000)
  workSummary: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(20_000)
  dutiesAndTargets: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(20_000)
  responsibilityStatement: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(20_000)
  integrityStatement: string;
}

@InputType()
export class CycleDeadlinesInput {
  @Field(() => Date)
  selfReportDue: Date;

  @Field(() => Date, { nullable: true })
  evaluationDue?: Date | null;

  @Field(() => Date, { nullable: true })
  reviewDue?: Date | null;

  @Field(() => Date)
  finishBy: Date;
}

@InputType()
export class PlanCycleInput {
  @Field(() => CycleKindEnum)
  @IsIn(CYCLE_KINDS)
  kind: CycleKind;

  @Field(() => String)
  @Length(2, 200)
  name: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(4)
  quarter?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  task?: string | null;

  @Field(() => ID, { description: 'The scope: this organisation and its subtree' })
  @IsUUID()
  organisationId: string;

  @Field(() => CycleDeadlinesInput)
  @ValidateNested()
  deadlines: CycleDeadlinesInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class EnrolInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => [ID])
  @ArrayNotEmpty()
  @IsUUID('all', { each: true })
  organisationIds: string[];

  @Field(() => Boolean, { defaultValue: true })
  includeSubtree: boolean;

  @Field(() => Boolean, { defaultValue: true, description: 'Annual and term cycles: enrol each unit’s leadership team too' })
  includeTeams: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class CycleActionInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'A state of a lifecycle, for drawing it' })
export class LifecycleNodeView {
  @Field(() => String)
  id: string;

  @Field(() => String, { nullable: true })
  parent: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Boolean)
  final: boolean;

  @Field(() => Boolean, { description: 'The instance is in this state (or inside it)' })
  current: boolean;
}

@ObjectType()
export class LifecycleEdgeView {
  @Field(() => String)
  from: string;

  @Field(() => String)
  to: string;

  @Field(() => String)
  event: string;

  @Field(() => String, { nullable: true })
  guard: string | null;
}

@ObjectType({ description: 'The machine behind an instance, with the current state marked' })
export class LifecycleView {
  @Field(() => String)
  machine: string;

  @Field(() => String)
  current: string;

  @Field(() => [LifecycleNodeView])
  nodes: LifecycleNodeView[];

  @Field(() => [LifecycleEdgeView])
  edges: LifecycleEdgeView[];
}

@ObjectType()
export class StateCount {
  @Field(() => String)
  state: string;

  @Field(() => AssessmentKindEnum)
  kind: AssessmentKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class DeadlineRun {
  @Field(() => Int)
  fired: number;

  @Field(() => Int)
  skipped: number;
}

@ObjectType({ description: 'One entry of a public notice (公示): who is proposed EXCELLENT, and until when objections are heard' })
export class PublicNoticeEntry {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => String, { description: 'The cadre, or the leadership team of the organisation' })
  subject: string;

  @Field(() => String, { nullable: true })
  post: string | null;

  @Field(() => String)
  organisationName: string;

  @Field(() => String)
  grade: string;

  @Field(() => String)
  startsOn: string;

  @Field(() => String)
  endsOn: string;
}

@ObjectType()
export class ObjectionReceipt {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => Date)
  receivedAt: Date;
}

@InputType()
export class SetOverlayInput extends ActionInput {
  @Field(() => String, { description: 'NONE, UNGRADED or COMMENT_ONLY' })
  @IsIn(['NONE', 'UNGRADED', 'COMMENT_ONLY'])
  overlay: 'NONE' | 'UNGRADED' | 'COMMENT_ONLY';

  @Field(() => String)
  @Length(2, 500)
  reason: string;
}

@InputType()
export class CancelCycleInput extends CycleActionInput {
  @Field(() => String)
  @Length(2, 2000)
  reason: string;
}
