import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { EnterSurveyResultInput, ImportServiceRatingsInput, ImportSurveyResultsInput, PlanSurveyInput, ServiceRatingView, SurveyView, UpdateSurveyPlanInput } from './survey.types.js';

/** Surveys of a cycle (民意调查, satisfaction surveys) and 好差评 ratings of service departments. */
@Resolver()
export class SurveyResolver {
  @Authorized('assessment:read')
  @Query(() => [SurveyView], { description: 'The surveys of a cycle within your jurisdiction, newest first (at most 50)' })
  surveys(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.list(ctx.viewer, cycleId);
  }

  @Authorized('assessment:read')
  @Query(() => SurveyView, { nullable: true, description: 'One survey with its questionnaire, sample plan and results; null when not found or outside your jurisdiction' })
  survey(@Arg('id', () => ID, { description: 'The survey' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.get(ctx.viewer, id);
  }

  @Authorized('assessment:read')
  @Query(() => [ServiceRatingView], { description: 'The service departments with 好差评 ratings in a year within your jurisdiction, with their rating score (at most 500)' })
  serviceRatings(@Arg('year', () => Int, { description: 'The year' }) year: number, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.ratings(ctx.viewer, year);
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Plans a survey of a cycle: kind, firm, fieldwork window, sample plan and questionnaire' })
  planSurvey(@Arg('input', () => PlanSurveyInput, { description: 'The survey to plan' }) input: PlanSurveyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.plan(ctx.viewer, input);
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Changes a planned survey’s window, sample plan or questionnaire (a new questionnaire version); refused once fieldwork has started' })
  updateSurveyPlan(@Arg('input', () => UpdateSurveyPlanInput, { description: 'What changes' }) input: UpdateSurveyPlanInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.updatePlan(ctx.viewer, input);
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Starts fieldwork (from the window’s first day, with a sample plan and a questionnaire): the questionnaire is frozen' })
  startSurveyFieldwork(@Arg('id', () => ID, { description: 'The survey' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.step(ctx.viewer, id, 'START_FIELDWORK');
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Closes fieldwork; results may still be corrected until publication' })
  closeSurveyFieldwork(@Arg('id', () => ID, { description: 'The survey' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.step(ctx.viewer, id, 'CLOSE_FIELDWORK');
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Publishes a closed survey with results: its scores become the surveyed teams’ survey component in the cycle’s grading' })
  publishSurvey(@Arg('id', () => ID, { description: 'The survey' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.step(ctx.viewer, id, 'PUBLISH');
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Imports the survey firm’s results (.xlsx or .csv); each bad line is reported, nothing imported unless all are valid' })
  importSurveyResults(@Arg('input', () => ImportSurveyResultsInput, { description: 'The survey and the file' }) input: ImportSurveyResultsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.importResults(ctx.viewer, input);
  }

  @Authorized('survey:manage')
  @Mutation(() => SurveyView, { description: 'Enters one organisation’s survey result by hand' })
  enterSurveyResult(@Arg('input', () => EnterSurveyResultInput, { description: 'The organisation’s responses and scores' }) input: EnterSurveyResultInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.enterResult(ctx.viewer, input);
  }

  @Authorized('survey:manage')
  @Mutation(() => Int, { description: 'Imports 好差评 ratings of service departments for a year (.xlsx or .csv); returns the rows imported; nothing imported unless all are valid' })
  importServiceRatings(@Arg('input', () => ImportServiceRatingsInput, { description: 'The year and the file' }) input: ImportServiceRatingsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.surveys.importRatings(ctx.viewer, input);
  }
}
