import { IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested, ArrayNotEmpty, ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OPINION_SOURCES, type OpinionSource } from '../../workflows/assessment/annual.machine.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { StepOptionsInput } from '../workflow/action-input.js';
import { Assessment, AssessmentKindEnum, type AssessmentKind } from './assessment.entity.js';

/** A page of assessments (the GraphQL type AssessmentConnection). */
export const AssessmentConnection = Connection(Assessment, 'Assessment');

@ArgsType()
export class AssessmentListArgs extends PageArgs {
  @Field(() => ID, {  nullable: true , description: 'Only this cycle' })
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

  @Field(() => AssessmentKindEnum, {  nullable: true , description: 'Only this kind of assessment' })
  kind?: AssessmentKind | null;

  @Field(() => ID, {  nullable: true , description: 'Only this cadre’s assessments' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only assessments the grading engine has proposed a grade for' })
  graded?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only assessments whose latest engine proposal is this grade' })
  @IsOptional()
  @MaxLength(40)
  engineGrade?: string | null;
}

@InputType({ description: 'Optional on every action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class ActionInput extends StepOptionsInput('Assessment', 'The version you saw (stale → CONFLICT)') {
  @Field(() => ID, { description: 'The assessment acted on' })
  @IsUUID()
  assessmentId: string;
}

@InputType({ description: 'An action that needs its reason' })
export class ReasonActionInput extends ActionInput {
  @Field(() => String, { description: 'Why, in words' })
  @Length(2, 2000, { message: 'reason must be given (2 to 2000 characters)' })
  reason: string;
}

@InputType({ description: 'An individual talk to record' })
export class RecordTalkInput extends ActionInput {
  @Field(() => String, { description: 'A summary of what was said' })
  @Length(2, 5000)
  summary: string;
}

@InputType({ description: 'An opinion to record, with its source' })
export class RecordOpinionInput extends RecordTalkInput {
  @Field(() => String, { description: `One of ${OPINION_SOURCES.join(', ')}` })
  @IsIn(OPINION_SOURCES)
  source: OpinionSource;
}

@InputType({ description: 'The assessment team’s proposal: a grade and its comment' })
export class ProposeGradeInput extends ActionInput {
  @Field(() => String, { description: 'The grade proposed, on the assessment’s scale' })
  @Length(2, 40)
  grade: string;

  @Field(() => String, { description: '评语' })
  @Length(2, 5000, { message: 'the comment (评语) must be written' })
  comment: string;
}

@InputType({ description: 'The appraisal of a regular or special assessment' })
export class AppraiseInput extends ActionInput {
  @Field(() => String, { description: 'GOOD, FAIR, AVERAGE or POOR' })
  @IsIn(['GOOD', 'FAIR', 'AVERAGE', 'POOR'])
  grade: string;

  @Field(() => Int, { nullable: true, description: '0–100, where a score is used' })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => String, { description: 'The appraisal in words' })
  @Length(2, 5000)
  comment: string;
}

@InputType({ description: 'The collective decision of the committee: attendance, votes and recusals' })
export class CollectiveDecisionInput {
  @Field(() => Int, { description: 'Members of the committee' })
  @IsInt()
  @Min(1)
  membersTotal: number;

  @Field(() => Int, { description: 'Members present' })
  @IsInt()
  @Min(0)
  attendance: number;

  @Field(() => Int, { description: 'Votes for' })
  @IsInt()
  @Min(0)
  votesFor: number;

  @Field(() => Int, { description: 'Votes against' })
  @IsInt()
  @Min(0)
  votesAgainst: number;

  @Field(() => Int, { description: 'Abstentions' })
  @IsInt()
  @Min(0)
  abstentions: number;

  @Field(() => [ID], { defaultValue: [], description: 'Members who recused themselves' })
  @IsArray()
  recusals: string[];
}

@InputType({ description: 'The committee approves the proposed grade' })
export class ApproveGradeInput extends ActionInput {
  @Field(() => CollectiveDecisionInput, { description: 'The committee’s collective decision' })
  @ValidateNested()
  collective: CollectiveDecisionInput;
}

@InputType({ description: 'The committee decides another grade, with its reason' })
export class ChangeGradeInput extends ApproveGradeInput {
  @Field(() => String, { description: 'The grade the committee decides' })
  @Length(2, 40)
  grade: string;

  @Field(() => String, { description: 'Why the committee decides another grade' })
  @Length(2, 2000, { message: 'a changed grade needs its reason' })
  reason: string;
}

@InputType({ description: 'The committee sends the proposal back, with its reason' })
export class SendBackInput extends ApproveGradeInput {
  @Field(() => String, { description: 'Why the proposal goes back' })
  @Length(2, 2000)
  reason: string;
}

@InputType({ description: 'Opening the public notice of EXCELLENT decisions' })
export class OpenNoticeInput {
  @Field(() => [ID], { description: 'The EXCELLENT decisions to publish' })
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  assessmentIds: string[];

  @Field(() => String, { description: 'First day of the notice, YYYY-MM-DD' })
  @IsDateString({ strict: true })
  startsOn: string;

  @Field(() => String, {  nullable: true , description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'An objection to a public notice, from anyone' })
export class LodgeObjectionInput {
  @Field(() => ID, { description: 'The assessment on notice objected to' })
  @IsUUID()
  assessmentId: string;

  @Field(() => String, { description: 'What the objection says' })
  @Length(5, 5000, { message: 'please describe the objection (at least 5 characters)' })
  content: string;

  @Field(() => String, { nullable: true, description: 'Optional: objections may be anonymous' })
  @IsOptional()
  @MaxLength(64)
  name?: string | null;

  @Field(() => String, {  nullable: true , description: 'Optional: how to reach the objector' })
  @IsOptional()
  @MaxLength(100)
  contact?: string | null;

  @Field(() => String, {  nullable: true , description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'A decision on an objection, with the finding' })
export class ObjectionDecisionInput {
  @Field(() => ID, { description: 'The objection decided' })
  @IsUUID()
  objectionId: string;

  @Field(() => String, { description: 'What the investigation found' })
  @Length(2, 5000)
  finding: string;

  @Field(() => String, {  nullable: true , description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'The person signs the written notice' })
export class SignNoticeInput extends ActionInput {
  @Field(() => String, { nullable: true, description: 'The person’s own opinion on the result, if any' })
  @IsOptional()
  @MaxLength(2000)
  opinion?: string | null;
}

@InputType({ description: 'Feedback to the person assessed' })
export class FeedbackInput extends ActionInput {
  @Field(() => String, { description: 'What the person does well' })
  @Length(2, 5000)
  strengths: string;

  @Field(() => String, { description: 'What falls short' })
  @Length(2, 5000)
  shortcomings: string;

  @Field(() => String, { description: 'What is to improve, and how' })
  @Length(2, 5000)
  improvementDemands: string;
}

@InputType({ description: 'A draft of the self-report to save' })
export class SelfReportDraftInput {
  @Field(() => ID, { description: 'The assessment whose self-report this is' })
  @IsUUID()
  assessmentId: string;

  @Field(() => Int, { description: 'The draftVersion you loaded (0 for a first save)' })
  @IsInt()
  @Min(0)
  draftVersion: number;

  @Field(() => String, {  defaultValue: '' , description: '述职: the summary of the year’s work' })
  @MaxLength(50_000)
  workSummary: string;

  @Field(() => String, {  defaultValue: '' , description: 'Duties and targets of the post' })
  @MaxLength(20_000)
  dutiesAndTargets: string;

  @Field(() => String, {  defaultValue: '' , description: '述责: how responsibilities were carried out' })
  @MaxLength(20_000)
  responsibilityStatement: string;

  @Field(() => String, {  defaultValue: '' , description: '述廉: the integrity statement' })
  @MaxLength(20_000)
  integrityStatement: string;
}

@ObjectType({ description: 'One entry of a public notice (公示): who is proposed EXCELLENT, and until when objections are heard' })
export class PublicNoticeEntry {
  @Field(() => ID, { description: 'The assessment on notice' })
  assessmentId: string;

  @Field(() => String, { description: 'The cadre, or the leadership team of the organisation' })
  subject: string;

  @Field(() => String, {  nullable: true , description: 'The cadre’s post, if a cadre' })
  post: string | null;

  @Field(() => String, { description: 'The organisation' })
  organisationName: string;

  @Field(() => String, { description: 'The grade proposed (EXCELLENT)' })
  grade: string;

  @Field(() => String, { description: 'First day of the notice, YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { description: 'Last day objections are heard, YYYY-MM-DD' })
  endsOn: string;
}

@ObjectType({ description: 'The receipt of a lodged objection' })
export class ObjectionReceipt {
  @Field(() => ID, { description: 'The assessment objected to' })
  assessmentId: string;

  @Field(() => Date, { description: 'When the objection was recorded' })
  receivedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The objection recorded (null when a retry returned the first answer)' })
  objectionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Keep it: sent as X-Attachment-Token, it lets the objector attach files to the objection while it is open (POST /uploads/attachments); shown once, null on a retry' })
  attachmentToken?: string | null;
}

@InputType({ description: 'Setting the overlay of an assessment by hand, with its reason' })
export class SetOverlayInput extends ActionInput {
  @Field(() => String, { description: 'NONE, UNGRADED or COMMENT_ONLY' })
  @IsIn(['NONE', 'UNGRADED', 'COMMENT_ONLY'])
  overlay: 'NONE' | 'UNGRADED' | 'COMMENT_ONLY';

  @Field(() => String, { description: 'Why the overlay is set' })
  @Length(2, 500)
  reason: string;
}
