import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { EvaluationService } from './evaluation.service.js';
import { BallotInvitationView, CastBallotInput, InviteRatersInput, NegativeFindingInput, PenaltyInput, PoliticalReviewInput, ScoreRowInput } from './evaluation.types.js';

/** The evaluation inputs of an assessment: raters and ballots, political review, penalties, negative-list findings, component scores. */
@Resolver(() => Assessment)
export class EvaluationResolver {
  @Authorized()
  @Mutation(() => Int, { description: 'Invites raters by group (RATER users; never the assessed); returns how many were added' })
  inviteRaters(@Arg('input', () => InviteRatersInput) input: InviteRatersInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.inviteRaters(ctx.viewer, input.assessmentId, input.raters);
  }

  @Authorized()
  @Query(() => [BallotInvitationView], { description: 'Ballots waiting for your vote' })
  myBallotInvitations(@Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.myInvitations(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Casts your one anonymous ballot' })
  castBallot(@Arg('input', () => CastBallotInput) input: CastBallotInput, @Ctx() ctx: GraphQLContext) {
    const s = input.scores;
    return ctx.services.evaluations.castBallot(ctx.viewer, input.assessmentId, { MORALITY: s.morality, ABILITY: s.ability, DILIGENCE: s.diligence, RESULTS: s.results, INTEGRITY: s.integrity }, input.overall);
  }

  @Authorized('political-review:write')
  @Mutation(() => Boolean)
  async recordPoliticalReview(@Arg('input', () => PoliticalReviewInput) input: PoliticalReviewInput, @Ctx() ctx: GraphQLContext) {
    await ctx.services.evaluations.recordPoliticalReview(ctx.viewer, input.assessmentId, input.rating, input.veto, input.note);
    return true;
  }

  @Authorized('penalty:write')
  @Mutation(() => ID, { description: 'Records a party or government penalty or organisational handling with its date' })
  recordPenalty(@Arg('input', () => PenaltyInput) input: PenaltyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.recordPenalty(ctx.viewer, input.cadreId, input.kind, input.decidedOn, input.note);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Boolean)
  async recordNegativeFinding(@Arg('input', () => NegativeFindingInput) input: NegativeFindingInput, @Ctx() ctx: GraphQLContext) {
    const row = await ctx.services.assessments.get(ctx.viewer, input.assessmentId);
    const cycle = (await ctx.loaders.cycle.load(row.cycleId))!;
    await ctx.services.evaluations.recordNegativeFinding(ctx.viewer, input.assessmentId, input.code, input.note, cycle.settings as unknown as RuleSettings);
    return true;
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Sets component scores (0–100) with their source; all rows valid or nothing written' })
  setScores(@Arg('rows', () => [ScoreRowInput]) rows: ScoreRowInput[], @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.setScores(ctx.viewer, rows);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => Int, { description: 'Imports a CSV sheet: assessmentId,component,value,source. Each bad row is reported with its line; nothing is imported unless all are valid' })
  importScores(@Arg('csv', () => String) csv: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.evaluations.setScores(ctx.viewer, EvaluationService.parseScoreCsv(csv));
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation so far (groups below the anonymity minimum hidden)' })
  async evaluation(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<object | null> {
    const cycle = (await ctx.loaders.cycle.load(row.cycleId))!;
    return ctx.services.evaluations.evaluationOf(ctx.viewer, row, cycle.settings as unknown as RuleSettings);
  }
}
