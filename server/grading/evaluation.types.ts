import { OverallVoteEnum } from '../vocabulary/vocabulary.types.js';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsDateString, IsIn, IsNumber, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { OVERALL_VOTES, type OverallVote } from '../../workflows/grading/ballots.js';
import type { PoliticalReview } from '../../workflows/grading/propose.js';
import { PENALTY_KINDS, RATER_GROUPS, type PenaltyKind, type RaterGroup } from '../../workflows/rules/settings.js';
import { SCORE_COMPONENTS } from './evaluation-inputs.js';

@InputType({ description: 'One rater to invite, with the group they rate in' })
export class RaterInput {
  @Field(() => ID, { description: 'The rater (a user holding the RATER role, never the assessed)' })
  @IsUUID()
  userId: string;

  @Field(() => String, { description: RATER_GROUPS.join(', ') })
  @IsIn(RATER_GROUPS)
  group: RaterGroup;
}

@InputType({ description: 'The raters to invite to one assessment’s democratic evaluation' })
export class InviteRatersInput {
  @Field(() => ID, { description: 'The assessment to be rated' })
  @IsUUID()
  assessmentId: string;

  @Field(() => [RaterInput], { description: 'The raters and their groups (already invited ones are skipped)' })
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  raters: RaterInput[];
}

@InputType({ description: '德、能、勤、绩、廉, each 0–100' })
export class BallotScoresInput {
  @Field(() => Float, { description: '德: political and moral conduct, 0–100' }) @IsNumber() @Min(0) @Max(100) morality: number;
  @Field(() => Float, { description: '能: ability, 0–100' }) @IsNumber() @Min(0) @Max(100) ability: number;
  @Field(() => Float, { description: '勤: diligence, 0–100' }) @IsNumber() @Min(0) @Max(100) diligence: number;
  @Field(() => Float, { description: '绩: results, 0–100' }) @IsNumber() @Min(0) @Max(100) results: number;
  @Field(() => Float, { description: '廉: integrity, 0–100' }) @IsNumber() @Min(0) @Max(100) integrity: number;
}

@InputType({ description: 'Your anonymous ballot on one assessment' })
export class CastBallotInput {
  @Field(() => ID, { description: 'The assessment you were invited to rate' })
  @IsUUID()
  assessmentId: string;

  @Field(() => BallotScoresInput, { description: 'Your scores on the five dimensions' })
  @ValidateNested()
  scores: BallotScoresInput;

  @Field(() => String, { description: OVERALL_VOTES.join(', ') })
  @IsIn(OVERALL_VOTES)
  overall: OverallVote;
}

@InputType({ description: 'The political review (政治素质考察) of one assessment' })
export class PoliticalReviewInput {
  @Field(() => ID, { description: 'The assessment reviewed' })
  @IsUUID()
  assessmentId: string;

  @Field(() => String, { description: '好 GOOD, 较好 FAIR, 一般 AVERAGE, 较差 POOR' })
  @IsIn(['GOOD', 'FAIR', 'AVERAGE', 'POOR'])
  rating: PoliticalReview;

  @Field(() => Boolean, { defaultValue: false, description: '政治一票否决' })
  @IsBoolean()
  veto: boolean;

  @Field(() => String, { defaultValue: '', description: 'What the review found, in words' })
  @MaxLength(2000)
  note: string;
}

@InputType({ description: 'A decided penalty to record against a cadre' })
export class PenaltyInput {
  @Field(() => ID, { description: 'The cadre sanctioned' })
  @IsUUID()
  cadreId: string;

  @Field(() => String, { description: PENALTY_KINDS.join(', ') })
  @IsIn(PENALTY_KINDS)
  kind: PenaltyKind;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true })
  decidedOn: string;

  @Field(() => String, { defaultValue: '', description: 'What the sanction was for' })
  @MaxLength(2000)
  note: string;
}

@InputType({ description: 'A negative-list finding against one assessment' })
export class NegativeFindingInput {
  @Field(() => ID, { description: 'The assessment the finding weighs on' })
  @IsUUID()
  assessmentId: string;

  @Field(() => String, { description: 'A code of the negative list in the pinned settings' })
  @Length(2, 60)
  code: string;

  @Field(() => String, { defaultValue: '', description: 'What was found, in words' })
  @MaxLength(2000)
  note: string;
}

@InputType({ description: 'One component score of one assessment' })
export class ScoreRowInput {
  @Field(() => ID, { description: 'The assessment scored' })
  assessmentId: string;

  @Field(() => String, { description: SCORE_COMPONENTS.join(', ') })
  component: string;

  @Field(() => Float, { description: 'The score, 0–100' })
  value: number;

  @Field(() => String, { description: 'Where the figure comes from (statistics bureau, survey, …)' })
  source: string;
}

@ObjectType({ description: 'A ballot waiting for your vote: whom it is about, never anyone else’s vote' })
export class BallotInvitationView {
  @Field(() => ID, { description: 'The assessment to rate' }) assessmentId: string;
  @Field(() => String, { description: 'SUPERIOR, PEER, SUBORDINATE or SERVICE_RECIPIENT' }) group: string;
  @Field(() => String, { description: 'The assessment’s state: ballots can be cast in evaluation.ballotsOpen' }) state: string;
  @Field(() => String, { description: 'The cadre, or the leadership team of the organisation' }) subject: string;
  @Field(() => String, { nullable: true, description: 'The cadre’s post' }) post: string | null;
  @Field(() => String, { description: 'The organisation of the cadre or team' }) organisationName: string;
  @Field(() => String, { description: 'The assessment cycle' }) cycleName: string;
  @Field(() => String, { description: 'CADRE_ANNUAL, TEAM_ANNUAL, TERM, …' }) kind: string;
  @Field(() => [OverallVoteEnum], { description: 'The overall votes this ballot takes, best first: the team scale for a leadership team, else the cadre scale' })
  overallVotes: OverallVote[];
}

@ObjectType({ description: 'One recorded component score of an assessment' })
export class ScoreInputView {
  @Field(() => String, { description: SCORE_COMPONENTS.join(', ') }) component: string;
  @Field(() => Float, { description: 'The score, 0–100' }) value: number;
  @Field(() => String, { description: 'Where the figure comes from' }) source: string;
  @Field(() => Date, { description: 'When it was last set' }) recordedAt: Date;
}

@ObjectType({ description: 'The political review (政治素质考察) recorded for an assessment' })
export class PoliticalReviewView {
  @Field(() => String, { description: 'GOOD, FAIR, AVERAGE or POOR' }) rating: string;
  @Field(() => Boolean, { description: '政治一票否决' }) veto: boolean;
  @Field(() => String, { description: 'What the review found, in words' }) note: string;
  @Field(() => String, { nullable: true, description: 'Who recorded it (display name)' }) recordedBy: string | null;
  @Field(() => Date, { description: 'When it was recorded' }) recordedAt: Date;
}

@ObjectType({ description: 'A negative-list finding recorded against an assessment' })
export class NegativeFindingView {
  @Field(() => ID, { description: 'The finding' }) id: string;
  @Field(() => String, { description: 'Its code in the negative list of the cycle’s settings' }) code: string;
  @Field(() => String, { description: 'What was found, in words' }) note: string;
  @Field(() => Boolean, { description: 'Cleared later (no longer weighs on the grade)' }) cleared: boolean;
  @Field(() => String, { nullable: true, description: 'Who recorded it (display name)' }) recordedBy: string | null;
  @Field(() => Date, { description: 'When it was recorded' }) recordedAt: Date;
}

@ObjectType({ description: 'One item of the negative list (负面清单) pinned by a cycle' })
export class NegativeListItemView {
  @Field(() => String, { description: 'The code a finding names' }) code: string;
  @Field(() => String, { description: 'The situation, in the words of the settings' }) label: string;
}

@ObjectType({ description: 'What evaluation inputs a cycle takes: the score components and the negative list of its pinned settings' })
export class EvaluationInputOptions {
  @Field(() => [String], { description: `The component scores an assessment takes: ${SCORE_COMPONENTS.join(', ')}` }) scoreComponents: string[];
  @Field(() => Float, { description: 'The weight of the public-opinion survey (民意调查) in the composite, in percent' }) publicSurveyPercent: number;
  @Field(() => [NegativeListItemView], { description: 'The negative-list items a finding may name' }) negativeList: NegativeListItemView[];
}
