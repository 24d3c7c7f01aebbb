import { Args, Authorized, type ClassType, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { LifecycleView, lifecycleOf } from '../../workflow/workflow.types.js';
import { AuditEntry } from '../../audit/audit-entry.entity.js';
import { AuditEntryConnection } from '../../audit/audit.types.js';
import { HISTORY_DEPRECATION, HistoryArgs, HistoryPageArgs } from '../../audit/history.js';
import { Cadre } from '../../cadres/cadre.entity.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { Accusation } from '../accusations/accusation.types.js';
import { FaultToleranceCase } from '../fault-tolerance/fault-tolerance.types.js';
import { ReviewCase } from '../review/review.types.js';
import { CaseDeadlineRun, type CaseView } from './case.types.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Viewer } from '../../auth/policy.js';

/** Does the viewer read this case as the cadre it concerns? They read the decision and its reasons, not the meeting's votes. */
function readsAsConcerned(viewer: Viewer | null, c: CaseView): boolean {
  return !!viewer?.cadreId && viewer.cadreId === c.cadreId;
}

/** A value without the organ's meeting (attendance, votes, recusals), at any depth. */
export function withoutMeeting(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMeeting);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'collective').map(([k, v]) => [k, withoutMeeting(v)]));
}

function entryAsConcernedReads(entry: AuditEntry): AuditEntry {
  return Object.assign(new AuditEntry(), entry, { payload: withoutMeeting(entry.payload) });
}


/** availableActions and history for a case type: one resolver class per concrete type. */
function caseFieldsResolver(type: ClassType<CaseView>) {
  @Resolver(() => type)
  class CaseFieldsResolver {
    @FieldResolver(() => [String], { description: 'Actions you may take now' })
    availableActions(@Root() c: CaseView, @Ctx() ctx: GraphQLContext): string[] {
      return ctx.services.cases.availableActions(ctx.viewer, c.row);
    }

    @FieldResolver(() => LifecycleView, { description: 'The case machine, for drawing it, with the current state marked' })
    lifecycle(@Root() c: CaseView): LifecycleView {
      return lifecycleOf(c.row.machineId, c.state);
    }

    @FieldResolver(() => GraphQLJSONObject, { description: 'The machine context: windows, rulings, decisions, steps (for the cadre concerned: without the meeting’s attendance, votes and recusals)' })
    context(@Root() c: CaseView, @Ctx() ctx: GraphQLContext): object {
      return readsAsConcerned(ctx.viewer, c) ? (withoutMeeting(c.context) as object) : c.context;
    }

    @FieldResolver(() => Cadre, { nullable: true, description: 'The cadre the case concerns' })
    cadre(@Root() c: CaseView, @Ctx() ctx: GraphQLContext) {
      return ctx.loaders.cadre.load(c.cadreId);
    }

    @FieldResolver(() => [AuditEntry], { description: 'The audit trail of this case, oldest first: at most `first` entries', deprecationReason: HISTORY_DEPRECATION })
    async history(@Root() c: CaseView, @Args(() => HistoryArgs) args: HistoryArgs, @Ctx() ctx: GraphQLContext) {
      const entries = await ctx.loaders.history.oldest(`${c.table}:${c.id}`, args.first);
      return readsAsConcerned(ctx.viewer, c) ? entries.map(entryAsConcernedReads) : entries;
    }

    @FieldResolver(() => AuditEntryConnection, { description: 'The audit trail of this case, oldest first, one page at a time' })
    async historyPage(@Root() c: CaseView, @Args(() => HistoryPageArgs) args: HistoryPageArgs, @Ctx() ctx: GraphQLContext) {
      const page = await ctx.loaders.history.page(`${c.table}:${c.id}`, args.first, args.after);
      return readsAsConcerned(ctx.viewer, c) ? { ...page, edges: page.edges.map((e) => ({ ...e, node: entryAsConcernedReads(e.node) })) } : page;
    }
  }
  return CaseFieldsResolver;
}

export const ReviewCaseResolver = caseFieldsResolver(ReviewCase);
export const FaultToleranceCaseResolver = caseFieldsResolver(FaultToleranceCase);
export const AccusationResolver = caseFieldsResolver(Accusation);

/** The case deadlines, fired by hand (the job fires them every minute). */
@Resolver()
export class CaseDeadlineResolver {
  @Authorized('cycle:manage')
  @Mutation(() => CaseDeadlineRun, { description: 'Fires the review, appeal and fault-tolerance deadlines that are due now (the job does this every minute)' })
  runCaseDeadlines(@Ctx() ctx: GraphQLContext) {
    return ctx.services.deadlines.run(undefined, ['review_case', 'fault_tolerance_case']);
  }
}
