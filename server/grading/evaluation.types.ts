import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsDateString, IsIn, IsNumber, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { OVERALL_VOTES, type OverallVote } from '../../workflows/grading/ballots.js';
import type { PoliticalReview } from '../../workflows/grading/propose.js';
import { PENALTY_KINDS, RATER_GROUPS, type PenaltyKind, type RaterGroup } from '../../workflows/rules/settings.js';
import { SCORE_COMPONENTS } from './evaluation-inputs.js';

@InputType()
export class RaterInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => String, { description: RATER_GROUPS.join(', ') })
  @IsIn(RATER_GROUPS)
  group: RaterGroup;
}

@InputType()
export class InviteRatersInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => [RaterInput])
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  raters: RaterInput[];
}

@InputType({ description: '德、能、勤、绩、廉, each 0–100' })
export class BallotScoresInput {
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) morality: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) ability: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) diligence: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) results: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) integrity: number;
}

@InputType()
export class CastBallotInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => BallotScoresInput)
  @ValidateNested()
  scores: BallotScoresInput;

  @Field(() => String, { description: OVERALL_VOTES.join(', ') })
  @IsIn(OVERALL_VOTES)
  overall: OverallVote;
}

@InputType()
export class PoliticalReviewInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => String, { description: '好 GOOD, 较好 FAIR, 一般 AVERAGE, 较差 POOR' })
  @IsIn(['GOOD', 'FAIR', 'AVERAGE', 'POOR'])
  rating: PoliticalReview;

  @Field(() => Boolean, { defaultValue: false, description: '政治一票否决' })
  @IsBoolean()
  veto: boolean;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string;
}

@InputType()
export class PenaltyInput {
  @Field(() => ID)
  @IsUUID()
  cadreId: string;

  @Field(() => String, { description: PENALTY_KINDS.join(', ') })
  @IsIn(PENALTY_KINDS)
  kind: PenaltyKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  decidedOn: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string;
}

@InputType()
export class NegativeFindingInput {
  @Field(() => ID)
  @IsUUID()
  assessmentId: string;

  @Field(() => String, { description: 'A code of the negative list in the pinned settings' })
  @Length(2, 60)
  code: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string;
}

@InputType()
export class ScoreRowInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => String, { description: SCORE_COMPONENTS.join(', ') })
  component: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { description: 'Where the figure comes from (statistics bureau, survey, …)' })
  source: string;
}

@ObjectType({ description: 'A ballot waiting for your vote: whom it is about, never anyone else’s vote' })
export class BallotInvitationView {
  @Field(() => ID) assessmentId: string;
  @Field(() => String, { description: 'SUPERIOR, PEER, SUBORDINATE or SERVICE_RECIPIENT' }) group: string;
  @Field(() => String, { description: 'The assessment’s state: ballots can be cast in evaluation.ballotsOpen' }) state: string;
  @Field(() => String, { description: 'The cadre, or the leadership team of the organisation' }) subject: string;
  @Field(() => String, { nullable: true, description: 'The cadre’s post' }) post: string | null;
  @Field(() => String) organisationName: string;
  @Field(() => String) cycleName: string;
  @Field(() => String, { description: 'CADRE_ANNUAL, TEAM_ANNUAL, TERM, …' }) kind: string;
}
