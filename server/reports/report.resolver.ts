import { ArrayMaxSize } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../common/pagination.js';
import { AppError } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { PoolStanding } from './quota-summary.js';
import { CycleIndicatorsView, CycleReportView, QuotaSummaryView, StandingQuotaPoolConnection, StandingQuotaPoolView } from './report.types.js';

@ArgsType()
class QuotaPoolPageArgs extends PageArgs {
  @Field(() => ID, { description: 'The cycle whose pools to list' }) cycleId: string;
  @Field(() => ID, { nullable: true, description: 'Only pools of units under this organisation (a region to drill into); the cycle’s scope when omitted' }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only pools that stand so: OVER, FULL, TIGHT, OPEN or NONE; all when omitted' }) standing?: string | null;
}

@ArgsType()
class QuotaPoolsOfArgs {
  @Field(() => ID, { description: 'The cycle whose pools to read' }) cycleId: string;
  @Field(() => [ID], { description: 'The units whose cadres’ pools to read, at most 50' })
  @ArrayMaxSize(50)
  organisationIds: string[];
  @Field(() => Boolean, { defaultValue: false, description: 'Also the pool of the cycle’s leadership teams' }) teams: boolean;
}

const STANDINGS: readonly string[] = ['OVER', 'FULL', 'TIGHT', 'OPEN', 'NONE'];

@Resolver()
export class ReportResolver {
  @Authorized('assessment:read')
  @Query(() => CycleIndicatorsView, { description: 'Indicator results by organisation: each leadership team’s dimension scores and DEVELOPMENT / OTHER_INDICATORS components for the cycle (the organisation’s own team and its direct children’s; default: the cycle’s scope)' })
  cycleIndicators(
    @Arg('cycleId', () => ID, { description: 'The cycle whose indicator results to show' }) cycleId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID, { nullable: true, description: 'The organisation to report on; the cycle’s scope when omitted' }) organisationId?: string | null,
  ) {
    return ctx.services.reports.cycleIndicators(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('assessment:read')
  @Query(() => CycleReportView, { description: 'Dashboards and quota meters: grade distribution, progress and excellent-quota pools of a cycle, grouped by the children of an organisation (default: the cycle’s scope)' })
  cycleReport(
    @Arg('cycleId', () => ID, { description: 'The cycle whose figures to count' }) cycleId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID, { nullable: true, description: 'The organisation whose direct children the figures are grouped by; the cycle’s scope when omitted' }) organisationId?: string | null,
  ) {
    return ctx.services.reports.cycleReport(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('assessment:read')
  @Query(() => QuotaSummaryView, { description: 'The excellent-quota pools of a cycle under an organisation, summed (pools over quota, full, tight) and per region, to drill down region → unit → pool; small at any size' })
  quotaSummary(
    @Arg('cycleId', () => ID, { description: 'The cycle whose pools to sum' }) cycleId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID, { nullable: true, description: 'The organisation whose regions (direct children) to sum; the cycle’s scope when omitted' }) organisationId?: string | null,
  ) {
    return ctx.services.reports.quotaSummary(ctx.viewer, cycleId, organisationId);
  }

  @Authorized('assessment:read')
  @Query(() => StandingQuotaPoolConnection, { description: 'The excellent-quota pools of a cycle under an organisation, a page at a time, the fullest first (over, full, tight, open, none)' })
  quotaPoolPage(@Args(() => QuotaPoolPageArgs) args: QuotaPoolPageArgs, @Ctx() ctx: GraphQLContext) {
    if (args.standing && !STANDINGS.includes(args.standing)) throw new AppError('VALIDATION', 'Unknown standing', { fields: [{ field: 'standing', messages: [`is one of ${STANDINGS.join(', ')}`] }] });
    return ctx.services.reports.quotaPoolPage(ctx.viewer, args.cycleId, args.organisationId, (args.standing ?? null) as PoolStanding | null, args.first, args.after);
  }

  @Authorized('assessment:read')
  @Query(() => [StandingQuotaPoolView], { description: 'The excellent-quota pools of a few units of a cycle (and the teams’ pool when asked): what the committee’s quota cards show, without the whole cycle report' })
  quotaPoolsOf(@Args(() => QuotaPoolsOfArgs) args: QuotaPoolsOfArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reports.quotaPoolsOf(ctx.viewer, args.cycleId, args.organisationIds, args.teams);
  }
}
