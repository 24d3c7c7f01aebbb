import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Assessment } from '../assessments/assessment.entity.js';
import { readsAsAssessed } from '../assessments/assessed-view.js';
import type { GraphQLContext } from '../graphql/context.js';
import { GradeLimitsView, GradingResultView, GradingRun } from './grading.types.js';

/** The grading run over a cycle, and its latest proposal on each assessment. */
@Resolver(() => Assessment)
export class GradingResolver {
  @Authorized('evaluation:manage')
  @Mutation(() => GradingRun, { description: 'Runs the grading engine over the cycle’s assessments awaiting a proposal, set-based' })
  gradeCycle(@Arg('cycleId', () => ID, { description: 'The cycle to grade' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.grading.gradeCycle(ctx.viewer, cycleId);
  }

  @FieldResolver(() => GradingResultView, { nullable: true, description: 'The latest proposal of the grading engine with its explanation (null for the assessed: the engine proposes to those who decide)' })
  gradingResult(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return readsAsAssessed(ctx.viewer, row) ? null : ctx.loaders.gradingResult.load(row.id);
  }

  @FieldResolver(() => GradeLimitsView, {
    nullable: true,
    description: 'What the binding gates and the quota allow today (annual and term assessments from the proposal on; null before, and for regular and special ones)',
  })
  gradeLimits(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return readsAsAssessed(ctx.viewer, row) ? null : ctx.services.grading.gradeLimits(ctx.viewer, row);
  }
}
