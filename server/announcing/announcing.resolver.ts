import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { OrganisationCategory } from '../../workflows/org/categories.js';
import type { GraphQLContext } from '../graphql/context.js';
import { OrganisationCategoryEnum } from '../organisations/organisation.entity.js';
import { AnnouncementListView, IssueAnnouncementListInput, ResultsReportView } from './announcing.types.js';

@Resolver()
export class AnnouncingResolver {
  @Authorized('assessment:read')
  @Query(() => ResultsReportView, { description: 'The results report of a cycle (结果通报) in your jurisdiction: distribution by region and by category, excellent teams, teams needing rectification, regions with outstanding development' })
  resultsReport(
    @Arg('cycleId', () => ID, { description: 'The cycle to report on' }) cycleId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('organisationId', () => ID, { nullable: true, description: 'The organisation whose regions (direct children) to report; the cycle’s organisation when omitted' }) organisationId?: string | null,
    @Arg('category', () => OrganisationCategoryEnum, { nullable: true, description: 'Only organisations of this category; all when omitted' }) category?: OrganisationCategory | null,
  ) {
    return ctx.services.announcing.resultsReport(ctx.viewer, cycleId, organisationId ?? null, category ?? null);
  }

  @Authorized('assessment:read')
  @Query(() => [AnnouncementListView], { description: 'The four commendation and criticism lists of a cycle: as issued, or drafts from the results as they stand' })
  announcementLists(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.announcing.announcementLists(ctx.viewer, cycleId);
  }

  @Authorized('cycle:manage')
  @Mutation(() => AnnouncementListView, { description: 'Issues a commendation or criticism list of an annual cycle under the next document number, once; its entries are frozen. Refused while results it draws on are not final (RESULTS_NOT_DECIDED)' })
  issueAnnouncementList(@Arg('input', () => IssueAnnouncementListInput, { description: 'The cycle and the list' }) input: IssueAnnouncementListInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.announcing.issueAnnouncementList(ctx.viewer, input.cycleId, input.kind);
  }
}
