import { Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AssessmentConnection } from '../assessments/assessment.types.js';
import { AccusationConnection } from '../cases/accusations/accusation.types.js';
import { FaultToleranceCaseConnection } from '../cases/fault-tolerance/fault-tolerance.types.js';
import { ReviewCaseConnection } from '../cases/review/review.types.js';
import type { CaseTable } from '../cases/shared/case-row.js';
import { mappedCases } from '../cases/shared/case-view.js';
import type { ConnectionShape } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { OutcomeTaskConnection } from '../outcomes/outcome.types.js';

const SECTIONS = ['ASSESSMENTS', 'OUTCOME_TASKS', 'REVIEW_CASES', 'FAULT_TOLERANCE_CASES', 'ACCUSATIONS'] as const;
type SectionKey = (typeof SECTIONS)[number];

@ObjectType({ description: 'One section of your work and how many items wait in it' })
class WorkSection {
  @Field(() => String, { description: SECTIONS.join(', ') })
  key: SectionKey;

  @Field(() => Int, { description: 'How many items wait in it' })
  count: number;
}

@ObjectType({ description: 'Everything that waits on you, by kind: each section is the first page of its own work queue, with its count' })
class MyWork {
  /** Page size of every section. */
  first: number;
}

@ArgsType()
class MyWorkArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Items per section (at most 100); page further with each section’s own queue' })
  @Min(1)
  @Max(100)
  first: number;
}

const CASE_SECTIONS: Record<Exclude<SectionKey, 'ASSESSMENTS' | 'OUTCOME_TASKS'>, CaseTable> = {
  REVIEW_CASES: 'review_case',
  FAULT_TOLERANCE_CASES: 'fault_tolerance_case',
  ACCUSATIONS: 'accusation',
};

/**
 * `myWork`: one place for what waits on the viewer — assessments (the
 * lifecycle's `workQueue`), outcome tasks (HR carries out and verifies, the
 * committee and the organisation department approve), review and appeal
 * cases (the deciding organ, the appeal body), fault-tolerance cases and
 * accusations (discipline inspection). Each section runs only when asked for.
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
  async reviewCases(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.workQueue(ctx.viewer, 'review_case', work.first));
  }

  @FieldResolver(() => FaultToleranceCaseConnection, { description: 'Fault-tolerance cases you work next' })
  async faultToleranceCases(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.workQueue(ctx.viewer, 'fault_tolerance_case', work.first));
  }

  @FieldResolver(() => AccusationConnection, { description: 'Accusations you verify or clear next' })
  async accusations(@Root() work: MyWork, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.workQueue(ctx.viewer, 'accusation', work.first));
  }

  @FieldResolver(() => [WorkSection], { description: 'Every section with its count (one count query each), in a fixed order' })
  async sections(@Ctx() ctx: GraphQLContext): Promise<WorkSection[]> {
    const queues: Record<SectionKey, () => Promise<ConnectionShape<unknown>>> = {
      ASSESSMENTS: () => ctx.services.assessments.workQueue(ctx.viewer, 1),
      OUTCOME_TASKS: () => ctx.services.outcomes.workQueue(ctx.viewer, 1),
      ...(Object.fromEntries(Object.entries(CASE_SECTIONS).map(([key, table]) => [key, () => ctx.services.cases.workQueue(ctx.viewer, table, 1)])) as Record<keyof typeof CASE_SECTIONS, () => Promise<ConnectionShape<unknown>>>),
    };
    return Promise.all(SECTIONS.map(async (key) => ({ key, count: await (await queues[key]()).totalCount })));
  }

  @FieldResolver(() => Int, { description: 'All sections together' })
  async total(@Ctx() ctx: GraphQLContext): Promise<number> {
    return (await this.sections(ctx)).reduce((sum, s) => sum + s.count, 0);
  }
}
