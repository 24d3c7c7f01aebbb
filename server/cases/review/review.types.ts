import { IsIn, IsInt, IsOptional, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CASE_DECISIONS, type CaseDecision } from '../../../workflows/cases/review.machine.js';
import { CollectiveDecisionInput } from '../../assessments/assessment.types.js';
import { Connection } from '../../common/pagination.js';
import { CaseActionInput, CaseView } from '../shared/case.types.js';
import type { ReviewWindowView } from './review.service.js';

@ObjectType({ description: 'Whether and until when the assessed may ask for a review (复核) or appeal directly (申诉), from the written notice and the cycle settings' })
export class ReviewWindow implements ReviewWindowView {
  @Field(() => String, { description: 'The Beijing day of the written notice (day 0)' }) noticeOn: string;
  @Field(() => String, { description: 'Today, as the server counts it' }) today: string;
  @Field(() => Boolean, { description: 'The grade may be reviewed at all here' }) reviewable: boolean;
  @Field(() => [String], { description: 'The grades that may be reviewed or appealed under the cycle’s settings' }) reviewableGrades: string[];
  @Field(() => String, { description: 'The last day a review may be asked' }) reviewLastDay: string;
  @Field(() => String, { description: 'The last day of a direct appeal' }) directAppealLastDay: string;
  @Field(() => Int, { description: 'Days from the written notice to ask for a review' }) reviewRequestDays: number;
  @Field(() => Int, { description: 'Days from the written notice to appeal directly' }) directAppealDays: number;
  @Field(() => ID, { nullable: true, description: 'A review or appeal of this result still open' }) openCaseId: string | null;
  @Field(() => [String], { description: 'What you may ask today: REVIEW and/or DIRECT_APPEAL (empty when not the assessed, out of time, not reviewable or a case is open)' }) availableRoutes: Array<'REVIEW' | 'DIRECT_APPEAL'>;
}

@ObjectType({ description: '复核 / 申诉 of an annual result', implements: CaseView })
export class ReviewCase extends CaseView {
  @Field(() => ID, { description: 'The assessment whose final result is reviewed or appealed' }) assessmentId: string;
  @Field(() => String, { description: 'REVIEW or DIRECT_APPEAL' }) route: string;
}

export const ReviewCaseConnection = Connection(ReviewCase, 'ReviewCase');

@InputType({ description: 'Asks for a review, or appeals directly, of a final result notified in writing' })
export class RequestReviewInput {
  @Field(() => ID, { description: 'The assessment whose result you ask to be reviewed' }) @IsUUID() assessmentId: string;
  @Field(() => String, { description: 'REVIEW (复核), or DIRECT_APPEAL (申诉 without a review)' }) @IsIn(['REVIEW', 'DIRECT_APPEAL']) route: 'REVIEW' | 'DIRECT_APPEAL';
  @Field(() => String, { description: 'Why the result should change, in your words' }) @Length(2, 5000) grounds: string;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and opens no second case' }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType({ description: 'An appeal against the review decision, with its grounds' })
export class AppealInput extends CaseActionInput {
  @Field(() => String, { description: 'Why the review decision should change, in your words' }) @Length(2, 5000) grounds: string;
}

@InputType({ description: 'A review or appeal decision: UPHELD, or CORRECTED to a better grade, with the reason' })
export class CaseRulingInput extends CaseActionInput {
  @Field(() => String, { description: CASE_DECISIONS.join(' or ') }) @IsIn(CASE_DECISIONS) decision: CaseDecision;
  @Field(() => String, { nullable: true, description: 'The corrected grade (CORRECTED only): never worse' }) @IsOptional() @Length(2, 40) grade?: string | null;
  @Field(() => String, { description: 'The reason for the decision, as written to the applicant' }) @Length(2, 5000) reason: string;
  @Field(() => CollectiveDecisionInput, {
    nullable: true,
    description: 'The organ’s meeting that decided it (attendance, votes, recusals): required to correct a result, which is never one person’s decision',
  })
  @IsOptional()
  @ValidateNested()
  collective?: CollectiveDecisionInput | null;
}

@InputType({ description: 'Extends the appeal decision deadline, with the reason' })
export class ExtendAppealInput extends CaseActionInput {
  @Field(() => Int, { description: 'Days to add to the decision deadline (up to the rule set’s limit)' }) @IsInt() @Min(1) @Max(366) days: number;
  @Field(() => String, { description: 'Why the appeal needs more time' }) @Length(2, 2000) reason: string;
}
