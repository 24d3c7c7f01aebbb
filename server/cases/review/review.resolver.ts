import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Assessment } from '../../assessments/assessment.entity.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { mappedCases, view } from '../shared/case-view.js';
import { CaseActionInput, CaseListArgs, caseOptions } from '../shared/case.types.js';
import { AppealInput, CaseRulingInput, ExtendAppealInput, RequestReviewInput, ReviewCase, ReviewCaseConnection, ReviewWindow } from './review.types.js';

/** Review (复核) and appeal (申诉) of an annual result: the window on the assessment, the cases and their decisions. */
@Resolver(() => Assessment)
export class ReviewResolver {
  @FieldResolver(() => ReviewWindow, { nullable: true, description: 'Review and appeal: whether and until when they may be asked (null before the written notice)' })
  reviewWindow(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.reviews.reviewWindow(ctx.viewer, row);
  }

  @FieldResolver(() => [ReviewCase], { name: 'reviewCases', description: 'The review and appeal cases of this result, newest first' })
  async reviewCasesOfResult(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return (await ctx.services.reviews.reviewCasesOf(ctx.viewer, row.id)).map(view);
  }

  @Authorized()
  @Query(() => ReviewCaseConnection, { description: 'Review and appeal cases of your jurisdictions, or of one cadre (your own without a role)' })
  async reviewCases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.list(ctx.viewer, 'review_case', args, args.first, args.after));
  }

  @Authorized()
  @Query(() => ReviewCase, { description: 'One review or appeal case, if you may read it' })
  async reviewCase(@Arg('id', () => ID, { description: 'The review case’s id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.get(ctx.viewer, 'review_case', id));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The cadre asks for a review (within 30 days of the written notice) or appeals directly (within 30)' })
  async requestReview(@Arg('input', () => RequestReviewInput, { description: 'The result, the route and the grounds' }) input: RequestReviewInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.openReview(ctx.viewer, input.assessmentId, input.route, input.grounds, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The organ that decided reviews: UPHELD, or CORRECTED (never worse, a new result version)' })
  async decideReview(@Arg('input', () => CaseRulingInput, { description: 'The case, the decision and its reason' }) input: CaseRulingInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.decide(ctx.viewer, input.caseId, 'REVIEW', input.decision, input.grade ?? null, input.reason, caseOptions(input), input.collective ?? null));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The cadre appeals the review decision (within 15 days)' })
  async appealReview(@Arg('input', () => AppealInput, { description: 'The case and the grounds of the appeal' }) input: AppealInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.appealAfterReview(ctx.viewer, input.caseId, input.grounds, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The appeal body decides (the role is a setting): UPHELD or CORRECTED' })
  async decideAppeal(@Arg('input', () => CaseRulingInput, { description: 'The case, the decision and its reason' }) input: CaseRulingInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.decide(ctx.viewer, input.caseId, 'APPEAL', input.decision, input.grade ?? null, input.reason, caseOptions(input), input.collective ?? null));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'Extends the appeal decision deadline once, by up to 30 days, with a reason' })
  async extendAppeal(@Arg('input', () => ExtendAppealInput, { description: 'The case, the days added and the reason' }) input: ExtendAppealInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.extendAppeal(ctx.viewer, input.caseId, input.days, input.reason, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => ReviewCase, { description: 'The applicant withdraws a review or appeal that is not yet decided' })
  async withdrawReview(@Arg('input', () => CaseActionInput, { description: 'The case to withdraw' }) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.reviews.withdrawReview(ctx.viewer, input.caseId, caseOptions(input)));
  }
}
