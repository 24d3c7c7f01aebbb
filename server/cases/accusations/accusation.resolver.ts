import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { mappedCases, view } from '../shared/case-view.js';
import { CaseListArgs, caseOptions } from '../shared/case.types.js';
import { Accusation, AccusationConnection, ClearAccusationInput, RecordAccusationInput, VerifyAccusationInput } from './accusation.types.js';

/** Accusations, their verification and clearing names (澄清正名). */
@Resolver(() => Accusation)
export class AccusationCaseResolver {
  @Authorized()
  @Query(() => AccusationConnection, { description: 'Accusations of your jurisdictions, or against one cadre (your own without a role)' })
  async accusations(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.list(ctx.viewer, 'accusation', args, args.first, args.after));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: 'Records an accusation (petition, report, inspection) with its points' })
  async recordAccusation(@Arg('input', () => RecordAccusationInput, { description: 'The cadre, the source, the points and the year concerned' }) input: RecordAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.accusations.recordAccusation(ctx.viewer, { ...input, negativeCode: input.negativeCode ?? null }, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: 'Records the verification, point by point: UNTRUE, UNPROVEN or SUBSTANTIATED' })
  async verifyAccusation(@Arg('input', () => VerifyAccusationInput, { description: 'The accusation and one finding per point' }) input: VerifyAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.accusations.verifyAccusation(ctx.viewer, input.caseId, input.findings, caseOptions(input)));
  }

  @Authorized('accusation:write')
  @Mutation(() => Accusation, { description: '澄清正名: the body that checked it clears untrue points, by letter, in person or by circular, in a chosen scope' })
  async clearAccusation(@Arg('input', () => ClearAccusationInput, { description: 'The accusation, how and where the name is cleared, and the points cleared' }) input: ClearAccusationInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.accusations.clearAccusation(ctx.viewer, input.caseId, { method: input.method, scope: input.scope, scopeNote: input.scopeNote, points: input.points }, caseOptions(input)));
  }
}
