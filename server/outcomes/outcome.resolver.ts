import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OUTCOME_LABELS_ZH } from '../../workflows/outcomes/kinds.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { LifecycleView, lifecycleOf } from '../workflow/workflow.types.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuditEntryConnection } from '../audit/audit.types.js';
import { HISTORY_DEPRECATION, HistoryArgs, HistoryPageArgs } from '../audit/history.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { PageArgs } from '../common/pagination.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OutcomeTask } from './outcome.entity.js';
import {
  ApproveOutcomeInput,
  CancelOutcomeInput,
  EnrolTrainingInput,
  OutcomeDeadlineRun,
  OutcomeListArgs,
  OutcomeNoteInput,
  outcomeOptions,
  OutcomeTaskConnection,
  VerifyOutcomeInput,
} from './outcome.types.js';

@Resolver(() => OutcomeTask)
export class OutcomeResolver {
  @Authorized('outcome:read')
  @Query(() => OutcomeTaskConnection, { description: 'Outcome tasks of your jurisdictions, filterable by state, kind, cycle, organisation and cadre' })
  outcomeTasks(@Args(() => OutcomeListArgs) args: OutcomeListArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.list(ctx.viewer, args, args.first, args.after);
  }

  @Authorized()
  @Query(() => OutcomeTask, { description: 'One outcome task, if you may read it' })
  outcomeTask(@Arg('id', () => ID, { description: 'The outcome task’s id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.get(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => OutcomeTaskConnection, { description: 'Outcome tasks where one of your roles acts next: approval (organisation department, party committee), carrying out, verification and training (HR)' })
  outcomeWorkQueue(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.workQueue(ctx.viewer, args.first, args.after);
  }

  @Authorized('cycle:manage')
  @Mutation(() => OutcomeDeadlineRun, { description: 'Fires the outcome-task deadlines that are due now (the job does this every minute)' })
  runOutcomeDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.deadlines.run(undefined, ['outcome_task']);
  }

  // ----- fields -----

  @FieldResolver(() => String, { description: 'The kind in Chinese' })
  label(@Root() row: OutcomeTask): string {
    return OUTCOME_LABELS_ZH[row.kind];
  }

  @FieldResolver(() => [String], { description: 'Actions you may take now: what the state allows ∩ what your roles allow here' })
  availableActions(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): string[] {
    return ctx.services.outcomes.availableActions(ctx.viewer, row);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Why it was proposed: the counter, the years counted, the year that broke a run' })
  basis(@Root() row: OutcomeTask): object {
    return row.basis;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The lifecycle context: approval (with the choice), carrying out, verification, cancellation with its cause, overdue steps' })
  context(@Root() row: OutcomeTask): object {
    return row.snapshot.context;
  }

  @FieldResolver(() => LifecycleView, { description: 'The task’s machine, for drawing it, with the current state marked' })
  lifecycle(@Root() row: OutcomeTask): LifecycleView {
    return lifecycleOf(row.machineId, row.state);
  }

  @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this task, oldest first: at most `first` entries', deprecationReason: HISTORY_DEPRECATION })
  history(@Root() row: OutcomeTask, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.history.oldest(`outcome_task:${row.id}`, args.first);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'The audit trail of this task, oldest first, one page at a time' })
  historyPage(@Root() row: OutcomeTask, @Args(() => HistoryPageArgs) args: HistoryPageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.history.page(`outcome_task:${row.id}`, args.first, args.after);
  }

  @FieldResolver(() => Cadre, { nullable: true, description: 'The cadre the outcome concerns (null for a leadership team)' })
  cadre(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext) {
    return row.cadreId ? ctx.loaders.cadre.load(row.cadreId) : null;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation of the cadre or team' })
  async organisation(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(row.organisationId))!;
  }

  @FieldResolver(() => Assessment, { description: 'The final result that justified it' })
  async assessment(@Root() row: OutcomeTask, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return (await ctx.loaders.assessment.load(row.assessmentId))!;
  }

  // ----- actions: one typed mutation each -----

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'Approves a proposed outcome (the party committee for the heavy ones, the organisation department for the others); DEMOTION_OR_REMOVAL needs the choice' })
  approveOutcome(@Arg('input', () => ApproveOutcomeInput, { description: 'The task, the choice where needed and a note' }) input: ApproveOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.approve(ctx.viewer, input.outcomeId, input.note ?? null, input.choice ?? null, outcomeOptions(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR records that an approved outcome was carried out' })
  carryOutOutcome(@Arg('input', () => OutcomeNoteInput, { description: 'The task and what was done' }) input: OutcomeNoteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.carryOut(ctx.viewer, input.outcomeId, input.note, outcomeOptions(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR verifies a carried-out outcome or a completed training' })
  verifyOutcome(@Arg('input', () => VerifyOutcomeInput, { description: 'The task and an optional note' }) input: VerifyOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.verify(ctx.viewer, input.outcomeId, input.note ?? null, outcomeOptions(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'Cancels a task before it is verified, for cause (the reason is required)' })
  cancelOutcome(@Arg('input', () => CancelOutcomeInput, { description: 'The task and the reason' }) input: CancelOutcomeInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.cancel(ctx.viewer, input.outcomeId, input.reason, outcomeOptions(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR enrols the person in remedial training' })
  enrolTraining(@Arg('input', () => EnrolTrainingInput, { description: 'The training task and the course' }) input: EnrolTrainingInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.enrolTraining(ctx.viewer, input.outcomeId, input.course, outcomeOptions(input));
  }

  @Authorized()
  @Mutation(() => OutcomeTask, { description: 'HR records that the training was completed' })
  completeTraining(@Arg('input', () => OutcomeNoteInput, { description: 'The training task and what was completed' }) input: OutcomeNoteInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.outcomes.completeTraining(ctx.viewer, input.outcomeId, input.note, outcomeOptions(input));
  }
}
