import { Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { AssessmentConnection } from '../assessments/assessment.types.js';
import { AccusationConnection } from '../cases/accusations/accusation.types.js';
import { FaultToleranceCaseConnection } from '../cases/fault-tolerance/fault-tolerance.types.js';
import { ReviewCaseConnection } from '../cases/review/review.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { OutcomeTaskConnection } from '../outcomes/outcome.types.js';
import { MyWork, MyWorkArgs, WorkSection } from './work.types.js';

/**
 * `myWork`: one place for what waits on the viewer, in typed sections; each
 * section runs only when asked for (see WorkService).
 */
@Resolver(() => MyWork)
export class WorkResolver {
  @Authorized()
  @Query(() => MyWork, { description: 'What waits on you, in typed sections with counts: assessments, outcome tasks, review and appeal cases, fault-tolerance cases, accusations' })
  myWork(@Args(() => MyWorkArgs) args: MyWorkArgs): MyWork {
    return { first: args.first };
  }

  @FieldResolver(() => AssessmentConnection, { description: 'Assessments where one of your roles acts next' })
  assessments(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return ctx.services.assessments.workQueue(ctx.viewer, work.first);
  }

  @FieldResolver(() => OutcomeTaskConnection, { description: 'Outcome tasks you approve, carry out or verify next' })
  outcomeTasks(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.workQueue(ctx.viewer, work.first);
  }

  @FieldResolver(() => ReviewCaseConnection, { description: 'Review and appeal cases you decide next' })
  reviewCases(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return ctx.services.work.caseQueue(ctx.viewer, 'review_case', work.first);
  }

  @FieldResolver(() => FaultToleranceCaseConnection, { description: 'Fault-tolerance cases you work next' })
  faultToleranceCases(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return ctx.services.work.caseQueue(ctx.viewer, 'fault_tolerance_case', work.first);
  }

  @FieldResolver(() => AccusationConnection, { description: 'Accusations you verify or clear next' })
  accusations(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return ctx.services.work.caseQueue(ctx.viewer, 'accusation', work.first);
  }

  @FieldResolver(() => [WorkSection], { description: 'Every section with its count (one count query each), in a fixed order' })
  sections(@Ctx() ctx: GraphQLContext): Promise<WorkSection[]> {
    return ctx.services.work.sections(ctx.viewer);
  }

  @FieldResolver(() => Int, { description: 'All sections together' })
  total(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.work.total(ctx.viewer);
  }
}
