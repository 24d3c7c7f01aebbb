import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CycleQuotaRule, QuotaRaiseRecord } from './quota-raise.types.js';

/** The quota raises recorded for a cycle and the quota rule they raise, for the assessment team, the committee and the auditor. */
@Resolver(() => AssessmentCycle)
export class QuotaRaiseResolver {
  @FieldResolver(() => [QuotaRaiseRecord], { description: 'The quota raises recorded for this cycle, in the order recorded (at most 1000)' })
  quotaRaises(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.services.indicatorData.quotaRaises(ctx.viewer, cycle);
  }

  @FieldResolver(() => CycleQuotaRule, { description: 'The excellent quota of the cycle’s rule set: ordinary and raised percentage' })
  quotaRule(@Root() cycle: AssessmentCycle) {
    const gates = (cycle.settings as unknown as RuleSettings).gates;
    return { percent: gates.excellentQuotaPercent, raisedPercent: gates.excellentQuotaRaisedPercent };
  }
}
