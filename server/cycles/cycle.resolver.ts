import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { HISTORY_DEPRECATION, HistoryArgs, HistoryPageArgs } from '../audit/history.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { DeadlineRun, LifecycleView, lifecycleOf } from '../workflow/workflow.types.js';
import { AssessmentCycle } from './cycle.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { CancelCycleInput, CycleActionInput, EnrolCadreInput, EnrolInput, EnrolmentReport, EnrolmentSkip, PlanCycleInput, StateCount } from './cycle.types.js';

const opts = (input: { expectedVersion?: number | null; idempotencyKey?: string | null }) => ({
  expectedVersion: input.expectedVersion ?? null,
  idempotencyKey: input.idempotencyKey ?? null,
});

@Resolver(() => AssessmentCycle)
export class CycleResolver {
  @Authorized('assessment:read')
  @Query(() => [AssessmentCycle], { description: 'Cycles whose scope lies in your jurisdictions, newest first' })
  cycles(@Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.list(ctx.viewer);
  }

  @Authorized('assessment:read')
  @Query(() => AssessmentCycle, { description: 'One cycle, if it touches your jurisdictions' })
  cycle(@Arg('id', () => ID, { description: 'The cycle id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.get(ctx.viewer, id);
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Plans a cycle: kind, scope, deadlines; pins the rule set in force' })
  planCycle(@Arg('input', () => PlanCycleInput, { description: 'What the action needs' }) input: PlanCycleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.planCycle(
      ctx.viewer,
      {
        ...input,
        deadlines: {
          selfReportDue: input.deadlines.selfReportDue.toISOString(),
          evaluationDue: input.deadlines.evaluationDue?.toISOString() ?? null,
          reviewDue: input.deadlines.reviewDue?.toISOString() ?? null,
          finishBy: input.deadlines.finishBy.toISOString(),
        },
      },
      { idempotencyKey: input.idempotencyKey ?? null },
    );
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Enrols the cadres (and teams) of organisations in bulk' })
  enrolInCycle(@Arg('input', () => EnrolInput, { description: 'What the action needs' }) input: EnrolInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.enrol(ctx.viewer, input.cycleId, input, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => EnrolmentReport, {
    description: 'Enrols the cadres (and teams) of organisations in bulk and reports who was left out: already assessed for the period elsewhere, or managed above the cycle',
  })
  enrolInCycleWithReport(@Arg('input', () => EnrolInput, { description: 'What the action needs' }) input: EnrolInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.enrolWithReport(ctx.viewer, input.cycleId, input, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => Assessment, {
    description: 'Enrols one cadre: ALREADY_ENROLLED names the cycle that already assesses the period; OUTSIDE_MANAGING_JURISDICTION the jurisdiction that manages the cadre',
  })
  enrolCadreInCycle(@Arg('input', () => EnrolCadreInput, { description: 'The cycle and the cadre' }) input: EnrolCadreInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.enrolCadre(ctx.viewer, input.cycleId, input.cadreId, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Opens the cycle: every enrolled assessment starts its self-report' })
  openCycle(@Arg('input', () => CycleActionInput, { description: 'What the action needs' }) input: CycleActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.openCycle(ctx.viewer, input.cycleId, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, { description: 'Closes the cycle once every assessment in it is filed' })
  closeCycle(@Arg('input', () => CycleActionInput, { description: 'What the action needs' }) input: CycleActionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.closeCycle(ctx.viewer, input.cycleId, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => AssessmentCycle, {
    description: 'Cancels a cycle being planned, or an open one before any decision, with the reason; every assessment still under way is cancelled with it',
  })
  cancelCycle(@Arg('input', () => CancelCycleInput, { description: 'What the action needs' }) input: CancelCycleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.cancelCycle(ctx.viewer, input.cycleId, input.reason, opts(input));
  }

  @Authorized('cycle:manage')
  @Mutation(() => DeadlineRun, { description: 'Fires the deadlines that are due now (the job does this every minute)' })
  runDueDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.deadlines.run(undefined, ['assessment']);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation whose subtree is the cycle’s scope' })
  async organisation(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cycle.organisationId))!;
  }

  @FieldResolver(() => Organisation, {
    description: 'The organisation department running the cycle (the planner’s jurisdiction): it enrols only cadres whose managing jurisdiction is it or below it',
  })
  async assessingOrganisation(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(cycle.assessingOrganisationId))!;
  }

  @FieldResolver(() => [String], { description: 'Actions you may take now on this cycle' })
  availableActions(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext): string[] {
    return ctx.services.cycles.availableActions(ctx.viewer, cycle);
  }

  @FieldResolver(() => LifecycleView, { description: 'The cycle’s lifecycle, with the current state marked' })
  lifecycle(@Root() cycle: AssessmentCycle): LifecycleView {
    return lifecycleOf(cycle.machineId, cycle.state);
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this cycle, oldest first: at most `first` entries', deprecationReason: HISTORY_DEPRECATION })
  history(@Root() cycle: AssessmentCycle, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.history.oldest(`assessment_cycle:${cycle.id}`, args.first);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'The audit trail of this cycle, oldest first, one page at a time' })
  historyPage(@Root() cycle: AssessmentCycle, @Args(() => HistoryPageArgs) args: HistoryPageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.history.page(`assessment_cycle:${cycle.id}`, args.first, args.after);
  }

  @FieldResolver(() => [StateCount], { description: 'How many assessments are in each state: the progress board' })
  progress(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.services.cycles.progress(ctx.viewer, cycle);
  }
}

@Resolver(() => EnrolmentSkip)
export class EnrolmentSkipResolver {
  @FieldResolver(() => Cadre, { nullable: true, description: 'The cadre left out; null for a leadership team' })
  async cadre(@Root() skip: EnrolmentSkip, @Ctx() ctx: GraphQLContext): Promise<Cadre | null> {
    return skip.cadreId ? ((await ctx.loaders.cadre.load(skip.cadreId)) ?? null) : null;
  }

  @FieldResolver(() => Organisation, { description: 'The cadre’s unit, or the unit whose team was left out' })
  async organisation(@Root() skip: EnrolmentSkip, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(skip.organisationId))!;
  }
}
