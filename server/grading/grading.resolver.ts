import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsDateString, IsIn, IsNumber, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { OVERALL_VOTES, type OverallVote } from '../../workflows/grading/ballots.js';
import type { PoliticalReview } from '../../workflows/grading/propose.js';
import { PENALTY_KINDS, RATER_GROUPS, type PenaltyKind, type RaterGroup, type RuleSettings } from '../../workflows/rules/settings.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { GradingService, SCORE_COMPONENTS } from './grading.service.js';

@InputType()
class RaterInput {
  @Field(() => ID)
  @IsUUID()
  userId: string;

  @Field(() => String, { description: RATER_GROUPS.join(', ') })
  @IsIn(RATER_GROUPS)
  group: RaterGroup;
}

@InputType()
class InviteRatersInput {
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
class BallotScoresInput {
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) morality: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) ability: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) diligence: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) results: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) integrity: number;
}

@InputType()
class CastBallotInput {
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
class PoliticalReviewInput {
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
class PenaltyInput {
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
class NegativeFindingInput {
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
class ScoreRowInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => String, { description: SCORE_COMPONENTS.join(', ') })
  component: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { description: 'Where the figure comes from (statistics bureau, survey, …)' })
  source: string;
}

@ObjectType()
class GradeCount {
  @Field(() => String) grade: string;
  @Field(() => Int) count: number;
}

@ObjectType()
class GradingRun {
  @Field(() => Int) graded: number;
  @Field(() => [GradeCount]) byGrade: GradeCount[];
  @Field(() => GraphQLJSONObject, { description: 'Time of each phase, in milliseconds' }) millis: object;
}

@ObjectType()
class ScoreComponentView {
  @Field(() => String) key: string;
  @Field(() => Float) weight: number;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float) contribution: number;
}

@ObjectType()
class GateView {
  @Field(() => String) code: string;
  @Field(() => String, { description: 'FORCE, LOWER, NO_EXCELLENT or FLAG' }) effect: string;
  @Field(() => String) detail: string;
}

@ObjectType({ description: 'The engine’s proposal with its explanation: components, gates fired, rank in the quota pool' })
class GradingResultView {
  @Field(() => Int) version: number;
  @Field(() => String) grade: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => [ScoreComponentView]) components: ScoreComponentView[];
  @Field(() => [GateView]) gates: GateView[];
  @Field(() => [String]) flags: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ allowed, candidates, rank } when the quota applied' }) quota: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation: turnout, groups (hidden below the anonymity minimum), score, vote shares' })
  evaluation: object | null;
  @Field(() => Date) computedAt: Date;
}

@ObjectType({ description: 'A ballot waiting for your vote: whom it is about, never anyone else’s vote' })
class BallotInvitationView {
  @Field(() => ID) assessmentId: string;
  @Field(() => String, { description: 'SUPERIOR, PEER, SUBORDINATE or SERVICE_RECIPIENT' }) group: string;
  @Field(() => String, { description: 'The assessment’s state: ballots can be cast in evaluation.ballotsOpen' }) state: string;
  @Field(() => String, { description: 'The cadre, or the leadership team of the organisation' }) subject: string;
  @Field(() => String, { nullable: true, description: 'The cadre’s post' }) post: string | null;
  @Field(() => String) organisationName: string;
  @Field(() => String) cycleName: string;
  @Field(() => String, { description: 'CADRE_ANNUAL, TEAM_ANNUAL, TERM, …' }) kind: string;
}

@Resolver(() => Assessment)
export class GradingResolver {
  @Authorized()
  @Mutation(() => Int, { description: 'Invites raters by group (RATER users; never the assessed); returns how many were added' })
  inviteRaters(@Arg('input', () => InviteRatersInput) input: InviteRatersInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.inviteRaters(ctx.viewer, input.assessmentId, input.raters);
  }

  @Authorized()
  @Query(() => [BallotInvitationView], { description: 'Ballots waiting for your vote' })
  myBallotInvitations(@Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.myInvitations(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Casts your one anonymous ballot' })
  castBallot(@Arg('input', () => CastBallotInput) input: CastBallotInput, @Ctx() ctx: GraphQLContext) {
    const s = input.scores;
    return ctx.services.grading.castBallot(ctx.viewer, input.assessmentId, { MORALITY: s.morality, ABILITY: s.ability, DILIGENCE: s.diligence, RESULTS: s.results, INTEGRITY: s.integrity }, input.overall);
  }

  @Authorized('political-review:write')
  @Mutation(() => Boolean)
  async recordPoliticalReview(@Arg('input', () => PoliticalReviewInput) input: PoliticalReviewInput, @Ctx() ctx: GraphQLContext) {
    await ctx.services.grading.recordPoliticalReview(ctx.viewer, input.assessmentId, input.rating, input.veto, input.note);
    return true;
  }

  @Authorized('penalty:write')
  @Mutation(() => ID, { description: 'Records a party or government penalty or organisational handling with its date' })
  recordPenalty(@Arg('input', () => PenaltyInput) input: PenaltyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.recordPenalty(ctx.viewer, input.cadreId, input.kind, input.decidedOn, input.note);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Boolean)
  async recordNegativeFinding(@Arg('input', () => NegativeFindingInput) input: NegativeFindingInput, @Ctx() ctx: GraphQLContext) {
    const row = await ctx.services.assessments.get(ctx.viewer, input.assessmentId);
    const cycle = (await ctx.loaders.cycle.load(row.cycleId))!;
    await ctx.services.grading.recordNegativeFinding(ctx.viewer, input.assessmentId, input.code, input.note, cycle.settings as unknown as RuleSettings);
    return true;
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Sets component scores (0–100) with their source; all rows valid or nothing written' })
  setScores(@Arg('rows', () => [ScoreRowInput]) rows: ScoreRowInput[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.setScores(ctx.viewer, rows);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Imports a CSV sheet: assessmentId,component,value,source. Each bad row is reported with its line; nothing is imported unless all are valid' })
  importScores(@Arg('csv', () => String) csv: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.setScores(ctx.viewer, GradingService.parseScoreCsv(csv));
  }

  @Authorized('evaluation:manage')
  @Mutation(() => GradingRun, { description: 'Runs the grading engine over the cycle’s assessments awaiting a proposal, set-based' })
  gradeCycle(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.gradeCycle(ctx.viewer, cycleId);
  }

  @FieldResolver(() => GradingResultView, { nullable: true, description: 'The latest proposal of the grading engine with its explanation' })
  gradingResult(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.gradingResult.load(row.id);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation so far (groups below the anonymity minimum hidden)' })
  async evaluation(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<object | null> {
    const cycle = (await ctx.loaders.cycle.load(row.cycleId))!;
    return ctx.services.grading.evaluationOf(ctx.viewer, row, cycle.settings as unknown as RuleSettings);
  }
}
