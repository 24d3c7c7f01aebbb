import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AssessmentTurnoutView, BulkInviteResultView, InviteRatersToAssessmentsInput, RaterCandidatePage } from './rater.types.js';

@Resolver()
export class RaterResolver {
  @Authorized('evaluation:manage')
  @Query(() => RaterCandidatePage, { description: 'Users holding RATER inside your jurisdiction, optionally under one organisation, matching a name, post or organisation' })
  raterCandidates(
    @Arg('search', () => String, { nullable: true, description: 'Part of a name, username, post or organisation name, ignoring case' }) search: string | null,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only raters holding the role in this organisation or below it' }) organisationId: string | null,
    @Arg('first', () => Int, { defaultValue: 30, description: 'How many candidates to return, 1 to 100' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.candidates(ctx.viewer, { search, organisationId, first });
  }

  @Authorized('evaluation:manage')
  @Query(() => [AssessmentTurnoutView], { description: "A unit's assessments in a cycle with the raters invited per group and the turnout (counts only)" })
  raterTurnout(
    @Arg('cycleId', () => ID, { description: 'The cycle whose evaluations to show' }) cycleId: string,
    @Arg('organisationId', () => ID, { description: 'The unit: its leadership team and its cadres' }) organisationId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.turnout(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => BulkInviteResultView, { description: 'Invites the same raters, each in a group, to many assessments at once; all or nothing' })
  inviteRatersToAssessments(
    @Arg('input', () => InviteRatersToAssessmentsInput, { description: 'The assessments and the raters with their groups' }) input: InviteRatersToAssessmentsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.raters.inviteMany(ctx.viewer, input.assessmentIds, input.raters);
  }
}
