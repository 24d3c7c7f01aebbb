import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import {
  CandidateHitConnection,
  CandidateList,
  CandidateListConnection,
  CandidateListDetail,
  CandidateSearchArgs,
  ChangeCandidateListInput,
  CreateCandidateListInput,
  PromotionArgs,
  PromotionConnection,
  PromotionExcellentShare,
  PromotionShareArgs,
  PromotionView,
  RecordPromotionInput,
  SelectionRecord,
} from './selection.types.js';
import { PageArgs } from '../common/pagination.js';

@Resolver()
export class SelectionResolver {
  @Authorized('selection:read')
  @Query(() => SelectionRecord, { description: '选任参考: a cadre’s record as the selection team needs it (years’ grades, counters, blockers, profile highlights, promotions)' })
  selectionRecord(
    @Arg('cadreId', () => ID, { description: 'A cadre serving inside your jurisdiction' }) cadreId: string,
    @Arg('asOfYear', () => Int, { nullable: true, description: 'The year the counters are taken at; the last finished year when omitted' }) asOfYear: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.selection.record(ctx.viewer, cadreId, asOfYear);
  }

  @Authorized('selection:read')
  @Query(() => CandidateHitConnection, { description: 'Serving cadres filtered by results, rank level and organisation, ranked: no blocker first, then more EXCELLENT years in the last 5, the longer EXCELLENT run, the better latest grade, the personnel-file number' })
  candidateSearch(@Args(() => CandidateSearchArgs) { input, first, after }: CandidateSearchArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.search(ctx.viewer, input, first, after);
  }

  @Authorized('selection:read')
  @Query(() => CandidateListConnection, { description: 'Candidate lists of your jurisdiction, newest first' })
  candidateLists(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.lists(ctx.viewer, first, after);
  }

  @Authorized('selection:read')
  @Query(() => CandidateListDetail, { description: 'A candidate list with each candidate’s selection record' })
  candidateList(@Arg('id', () => ID, { description: 'The list' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.list(ctx.viewer, id);
  }

  @Mutation(() => CandidateList, { description: 'Creates a named candidate list (e.g. for a vacancy) for an organisation inside your jurisdiction' })
  createCandidateList(@Arg('input', () => CreateCandidateListInput, { description: 'Its name, purpose and organisation' }) input: CreateCandidateListInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.createList(ctx.viewer, input);
  }

  @Mutation(() => CandidateList, { description: 'Adds cadres to and removes cadres from a candidate list, in one change' })
  changeCandidateList(@Arg('input', () => ChangeCandidateListInput, { description: 'The list, the version you saw, the cadres to add and to remove' }) input: ChangeCandidateListInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.changeList(ctx.viewer, input);
  }

  @Mutation(() => CandidateListDetail, { description: 'The printable list with each candidate’s record; the print is recorded in the audit trail like the Excel export' })
  printCandidateList(@Arg('id', () => ID, { description: 'The list' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.printList(ctx.viewer, id);
  }

  @Mutation(() => PromotionView, { description: 'Records that a cadre was promoted (晋升) or further used (进一步使用) on a day' })
  recordPromotion(@Arg('input', () => RecordPromotionInput, { description: 'The cadre, how, the day, the post and a note' }) input: RecordPromotionInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.recordPromotion(ctx.viewer, input);
  }

  @Authorized('selection:read')
  @Query(() => PromotionConnection, { description: 'Promotions and further uses recorded inside your jurisdiction, newest first' })
  promotions(@Args(() => PromotionArgs) { organisationId, year, first, after }: PromotionArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.promotions(ctx.viewer, organisationId, year, first, after);
  }

  @Authorized('selection:read')
  @Query(() => [PromotionExcellentShare], { description: 'Per year: of the cadres promoted or further used, the share whose annual results of the three years before include an EXCELLENT' })
  promotionExcellentShares(@Args(() => PromotionShareArgs) { organisationId, fromYear, toYear }: PromotionShareArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.selection.shares(ctx.viewer, organisationId, fromYear, toYear);
  }
}
