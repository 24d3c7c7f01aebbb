import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { CycleIndicatorsView, CycleReportView } from './report.types.js';

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
}
