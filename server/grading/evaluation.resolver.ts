import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Assessment } from '../assessments/assessment.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { BallotInvitationView, CastBallotInput, EvaluationInputOptions, NegativeFindingView, PoliticalReviewView, ScoreInputView, InviteRatersInput, NegativeFindingInput, PenaltyInput, PoliticalReviewInput, ScoreRowInput } from './evaluation.types.js';

/** The evaluation inputs of an assessment: raters and ballots, political review, penalties, negative-list findings, component scores. */
@Resolver(() => Assessment)
export class EvaluationResolver {
  @Authorized()
  @Mutation(() => Int, { description: 'Invites raters by group (RATER users; never the assessed); returns how many were added' })
  inviteRaters(@Arg('input', () => InviteRatersInput, { description: 'The assessment and the raters with their groups' }) input: InviteRatersInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.inviteRaters(ctx.viewer, input.assessmentId, input.raters);
  }

  @Authorized()
  @Query(() => [BallotInvitationView], { description: 'Ballots waiting for your vote' })
  myBallotInvitations(@Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.myInvitations(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Casts your one secret ballot: sealed until the ballots close, then opened with the others in a shuffled order, never linked to you' })
  castBallot(@Arg('input', () => CastBallotInput, { description: 'The assessment, your five scores and your overall vote' }) input: CastBallotInput, @Ctx() ctx: GraphQLContext) {
    const s = input.scores;
    return ctx.services.evaluations.castBallot(ctx.viewer, input.assessmentId, { MORALITY: s.morality, ABILITY: s.ability, DILIGENCE: s.diligence, RESULTS: s.results, INTEGRITY: s.integrity }, input.overall);
  }

  @Authorized('political-review:write')
  @Mutation(() => Boolean, { description: 'Records (or replaces) the political review of an assessment, with a veto where it applies' })
  async recordPoliticalReview(@Arg('input', () => PoliticalReviewInput, { description: 'The assessment, the rating, the veto and a note' }) input: PoliticalReviewInput, @Ctx() ctx: GraphQLContext) {
    await ctx.services.evaluations.recordPoliticalReview(ctx.viewer, input.assessmentId, input.rating, input.veto, input.note);
    return true;
  }

  @Authorized('penalty:write')
  @Mutation(() => ID, { description: 'Records a party or government penalty or organisational handling with its date' })
  recordPenalty(@Arg('input', () => PenaltyInput, { description: 'The cadre, the sanction kind, the day decided and a note' }) input: PenaltyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.recordPenalty(ctx.viewer, input.cadreId, input.kind, input.decidedOn, input.note);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Boolean, { description: 'Records a negative-list finding against an assessment: it weighs on the grade' })
  async recordNegativeFinding(@Arg('input', () => NegativeFindingInput, { description: 'The assessment, the negative-list code and a note' }) input: NegativeFindingInput, @Ctx() ctx: GraphQLContext) {
    await ctx.services.evaluations.recordNegativeFinding(ctx.viewer, input.assessmentId, input.code, input.note, ctx.loaders.cycle);
    return true;
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Sets component scores (0–100) with their source; all rows valid or nothing written' })
  setScores(@Arg('rows', () => [ScoreRowInput], { description: 'The scores, one row per assessment and component' }) rows: ScoreRowInput[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.setScores(ctx.viewer, rows);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Imports a CSV sheet: assessmentId,component,value,source. Each bad row is reported with its line; nothing is imported unless all are valid' })
  importScores(@Arg('csv', () => String, { description: 'The sheet as text: one line per score, header optional' }) csv: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.importScores(ctx.viewer, csv);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation: while the ballots are open only the turnout (sealed: true); after the close the aggregates of the rater groups at the anonymity minimum (a smaller group is in no figure, not even the totals)' })
  evaluation(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<object | null> {
    return ctx.services.evaluations.evaluationOf(ctx.viewer, row, ctx.loaders.cycle);
  }

  @FieldResolver(() => [ScoreInputView], { description: 'The component scores recorded so far (set or imported), in the order of the components; empty for those who do not read assessments here' })
  scoreInputs(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<ScoreInputView[]> {
    return ctx.services.evaluationRecords.scoreInputs(ctx.viewer, row);
  }

  @FieldResolver(() => PoliticalReviewView, { nullable: true, description: 'The political review (政治素质考察) recorded, if any; null for those who do not read assessments here' })
  politicalReview(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<PoliticalReviewView | null> {
    return ctx.services.evaluationRecords.politicalReview(ctx.viewer, row);
  }

  @FieldResolver(() => [NegativeFindingView], { description: 'The negative-list findings recorded, oldest first; empty for those who do not read assessments here' })
  negativeFindings(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<NegativeFindingView[]> {
    return ctx.services.evaluationRecords.negativeFindings(ctx.viewer, row);
  }

  @Authorized('assessment:read')
  @Query(() => EvaluationInputOptions, { description: 'What the evaluation inputs of a cycle may name: its score components, the survey weight and the negative list of its pinned settings' })
  evaluationInputOptions(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext): Promise<EvaluationInputOptions> {
    return ctx.services.evaluationRecords.options(ctx.viewer, cycleId, ctx.loaders.cycle);
  }
}
