import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { GradingRunRecord } from './grading-run.types.js';

/** Grading runs started from the browser: start one, follow its progress, list a cycle's latest. */
@Resolver(() => AssessmentCycle)
export class GradingRunResolver {
  @Authorized('evaluation:manage')
  @Mutation(() => GradingRunRecord, {
    description:
      'Starts the grading engine over the cycle’s assessments awaiting a proposal, in the background: each gets a proposal with its explanation (a re-run makes a new version). Poll gradingRun(id) for its progress. Refused unless the cycle is open (INVALID_TRANSITION) and while another run of the cycle is queued or running (CONFLICT)',
  })
  startGradingRun(@Arg('cycleId', () => ID, { description: 'The cycle to grade' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.gradingRuns.start(ctx.viewer, cycleId);
  }

  @Authorized('assessment:read')
  @Query(() => GradingRunRecord, { nullable: true, description: 'One grading run with its progress and outcome, if you may read its cycle' })
  gradingRun(@Arg('id', () => ID, { description: 'The run' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.gradingRuns.get(ctx.viewer, id, (cycleId) => ctx.services.cycles.get(ctx.viewer, cycleId));
  }

  @FieldResolver(() => [GradingRunRecord], { description: 'The cycle’s latest grading runs started from the browser, newest first' })
  gradingRuns(@Root() cycle: AssessmentCycle, @Arg('first', () => Int, { defaultValue: 5, description: 'How many, at most 20' }) first: number, @Ctx() ctx: GraphQLContext) {
    return ctx.services.gradingRuns.forCycle(cycle.id, first);
  }
}
