import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { AssignResponsibilitiesInput, ImportIndicatorFileInput, IndicatorValueInput, QuotaRaiseInput } from './indicator.types.js';

/** Indicator data of a cycle, members' responsibilities and quota-raise approvals. */
@Resolver()
export class IndicatorDataResolver {
  @Authorized('indicator-data:write')
  @Mutation(() => Int, { description: 'Imports indicator figures from an .xlsx or .csv file; each bad row is reported with its line, nothing imported unless all are valid' })
  async importIndicatorFile(@Arg('input', () => ImportIndicatorFileInput, { description: 'The cycle, the file name and the file' }) input: ImportIndicatorFileInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicatorData.importFile(ctx.viewer, input.cycleId, input.fileName, input.contentBase64);
  }

  @Authorized('indicator-data:write')
  @Mutation(() => Int, { description: 'Enters one indicator figure by hand' })
  setIndicatorValue(@Arg('input', () => IndicatorValueInput, { description: 'The cycle, the subject, the indicator, the figure, its period and source' }) input: IndicatorValueInput, @Ctx() ctx: GraphQLContext) {
    const { cycleId, ...row } = input;
    return ctx.services.indicatorData.setValues(ctx.viewer, cycleId, [row]);
  }

  @Authorized('indicator-data:write')
  @Mutation(() => [String], { description: 'The team indicators a member answers for in the cycle (分解到班子成员)' })
  assignIndicatorResponsibilities(@Arg('input', () => AssignResponsibilitiesInput, { description: 'The cycle, the member and the indicator codes' }) input: AssignResponsibilitiesInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicatorData.assignResponsibilities(ctx.viewer, input.cycleId, input.cadreId, input.indicatorCodes);
  }

  @Authorized('quota-raise:record')
  @Mutation(() => ID, { description: "Records the approval that raises a pool's excellent quota to the raised percentage" })
  recordQuotaRaise(@Arg('input', () => QuotaRaiseInput, { description: 'The cycle, the pool, the approval and its document' }) input: QuotaRaiseInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicatorData.recordQuotaRaise(ctx.viewer, input);
  }
}
