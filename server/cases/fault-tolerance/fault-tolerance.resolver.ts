import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { mappedCases, view } from '../shared/case-view.js';
import { CaseActionInput, CaseListArgs, caseOptions } from '../shared/case.types.js';
import { DecideFaultToleranceInput, FaultToleranceCase, FaultToleranceCaseConnection, FtTextInput, OpenFaultToleranceInput } from './fault-tolerance.types.js';

/** Fault tolerance (容错纠错): the cases, the application and every step of discipline inspection. */
@Resolver(() => FaultToleranceCase)
export class FaultToleranceResolver {
  @Authorized()
  @Query(() => FaultToleranceCaseConnection, { description: 'Fault-tolerance cases of your jurisdictions, or of one cadre (your own without a role)' })
  async faultToleranceCases(@Args(() => CaseListArgs) args: CaseListArgs, @Ctx() ctx: GraphQLContext) {
    return mappedCases(await ctx.services.cases.list(ctx.viewer, 'fault_tolerance_case', args, args.first, args.after));
  }

  @Authorized()
  @Query(() => FaultToleranceCase, { description: 'One fault-tolerance case, if you may read it' })
  async faultToleranceCase(@Arg('id', () => ID, { description: 'The fault-tolerance case’s id' }) id: string, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.cases.get(ctx.viewer, 'fault_tolerance_case', id));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'A written application (cadre or unit, while accountability is undecided) or the body’s own motion' })
  async openFaultToleranceCase(@Arg('input', () => OpenFaultToleranceInput, { description: 'The cadre, the sanction, the origin, the mistake and the grounds' }) input: OpenFaultToleranceInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.openFaultTolerance(ctx.viewer, { ...input, penaltyId: input.penaltyId ?? null }, { idempotencyKey: input.idempotencyKey ?? null }));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Discipline inspection accepts the application for investigation' })
  async acceptFaultToleranceCase(@Arg('input', () => CaseActionInput, { description: 'The case to accept' }) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'ACCEPT', {}, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Refuses the application, with the reason (text)' })
  async refuseFaultToleranceCase(@Arg('input', () => FtTextInput, { description: 'The case and the reason for refusing it' }) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'REFUSE', { reason: input.text }, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The investigation’s findings (text)' })
  async completeFaultToleranceInvestigation(@Arg('input', () => FtTextInput, { description: 'The case and the investigation’s findings' }) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'COMPLETE_INVESTIGATION', { findings: input.text }, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The collective decision: EXEMPT, MITIGATED or NOT_TOLERATED, with the distinction and the six factors' })
  async decideFaultToleranceCase(@Arg('input', () => DecideFaultToleranceInput, { description: 'The case and the collective decision' }) input: DecideFaultToleranceInput, @Ctx() ctx: GraphQLContext) {
    return view(
      await ctx.services.faultTolerance.decideFaultTolerance(
        ctx.viewer,
        input.caseId,
        { outcome: input.outcome, distinction: input.distinction ?? null, factors: { ...input.factors }, collective: { ...input.collective }, lighterKind: input.lighterKind ?? null, reason: input.reason },
        caseOptions(input),
      ),
    );
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Written feedback to the applicant (text)' })
  async giveFaultToleranceFeedback(@Arg('input', () => FtTextInput, { description: 'The case and the feedback given' }) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'GIVE_FEEDBACK', { summary: input.text }, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'Filed with the organisation department (the filing reference as text)' })
  async fileFaultToleranceCase(@Arg('input', () => FtTextInput, { description: 'The case and the filing reference' }) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'FILE_WITH_ORGANISATION', { reference: input.text }, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: '纠错: records progress of the correction (text)' })
  async recordFaultToleranceCorrection(@Arg('input', () => FtTextInput, { description: 'The case and the progress of the correction' }) input: FtTextInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'RECORD_CORRECTION', { note: input.text }, caseOptions(input)));
  }

  @Authorized()
  @Mutation(() => FaultToleranceCase, { description: 'The correction is verified: the case closes' })
  async verifyFaultToleranceCorrection(@Arg('input', () => CaseActionInput, { description: 'The case whose correction is verified' }) input: CaseActionInput, @Ctx() ctx: GraphQLContext) {
    return view(await ctx.services.faultTolerance.ftAction(ctx.viewer, input.caseId, 'VERIFY_CORRECTION', {}, caseOptions(input)));
  }
}
