import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import {
  BusinessAssessmentView,
  BusinessReportView,
  BusinessUnitResultView,
  DeclareBusinessAssessmentInput,
  EnterBusinessResultsInput,
  ImportBusinessResultsInput,
} from './business.types.js';

/** "1+N": the business assessments an annual cycle absorbs, the departments' results and the report. */
@Resolver()
export class BusinessAssessmentResolver {
  @Authorized()
  @Query(() => [BusinessAssessmentView], { description: 'The business assessments a cycle absorbs (at most 30), with units covered and results entered in your jurisdiction; a department sees its own' })
  businessAssessments(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.list(ctx.viewer, cycleId);
  }

  @Authorized()
  @Query(() => [BusinessAssessmentView], { description: 'The business assessments your departments run, in every cycle, newest first (at most 100); empty without a department role' })
  myBusinessAssessments(@Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.mine(ctx.viewer);
  }

  @Authorized()
  @Query(() => [BusinessUnitResultView], { description: 'The units a business assessment covers in your reach, each with its result in force (at most 2000, by code)' })
  businessAssessmentUnits(@Arg('businessAssessmentId', () => ID, { description: 'The business assessment' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.units(ctx.viewer, id);
  }

  @Authorized('assessment:read')
  @Query(() => BusinessReportView, { description: 'The "1+N" report of a cycle: business assessments absorbed, units covered, results entered and missing, inspections replaced' })
  businessAssessmentReport(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.report(ctx.viewer, cycleId);
  }

  @Authorized('cycle:manage')
  @Mutation(() => ID, { description: 'Declares a business assessment (业务考核) for a planned or open annual cycle to absorb; returns its id' })
  declareBusinessAssessment(@Arg('input', () => DeclareBusinessAssessmentInput, { description: 'Its name, department, coverage, mode and weight' }) input: DeclareBusinessAssessmentInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.declare(ctx.viewer, input);
  }

  @Authorized('business-result:write')
  @Mutation(() => Int, { description: 'Enters results of your department’s business assessment by hand; a unit with a result gets a new version. Returns how many were recorded' })
  enterBusinessResults(@Arg('input', () => EnterBusinessResultsInput, { description: 'The business assessment and one result per unit' }) input: EnterBusinessResultsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.enter(
      ctx.viewer,
      input.businessAssessmentId,
      input.results.map((r) => ({ organisationCode: r.organisationCode.trim(), score: r.score ?? null, passed: r.passed ?? null, note: r.note ?? '' })),
    );
  }

  @Authorized('business-result:write')
  @Mutation(() => Int, { description: 'Imports results of your department’s business assessment from an .xlsx or .csv file; each bad line is reported with its number, nothing recorded unless all are valid' })
  importBusinessResults(@Arg('input', () => ImportBusinessResultsInput, { description: 'The business assessment, the file name and the file' }) input: ImportBusinessResultsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.businessAssessments.importFile(ctx.viewer, input.businessAssessmentId, input.fileName, input.contentBase64);
  }
}
