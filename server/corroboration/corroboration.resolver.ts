import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Assessment } from '../assessments/assessment.entity.js';
import { validation } from '../common/errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import {
  ConsultationAnswerInput,
  ConsultationRequestInput,
  ConsultationWithdrawInput,
  CorroboratingFindingView,
  CorroborationOptions,
  FindingInput,
  FindingStateInput,
  VetoConsultationView,
} from './corroboration.types.js';

/** Corroboration (印证): findings of supervision, inspection tours, audit, petitions and discipline, and consultations on veto items. */
@Resolver(() => Assessment)
export class CorroborationResolver {
  @FieldResolver(() => [CorroboratingFindingView], { description: 'Findings of supervision, inspection tours, audit, petitions and discipline about this assessment, oldest first; empty for those who do not read assessments here' })
  corroboratingFindings(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<CorroboratingFindingView[]> {
    return ctx.services.corroboration.findings(ctx.viewer, row);
  }

  @FieldResolver(() => [VetoConsultationView], { description: 'Consultations of competent departments on veto items of this assessment, by due day; empty for those who do not read assessments here' })
  vetoConsultations(@Root() row: Assessment, @Ctx() ctx: GraphQLContext): Promise<VetoConsultationView[]> {
    return ctx.services.corroboration.consultations(ctx.viewer, row);
  }

  @Authorized('assessment:read')
  @Query(() => [VetoConsultationView], { description: 'Consultations on veto items still waiting for an answer in your jurisdiction, due first: no grade may be set on their assessments meanwhile' })
  openVetoConsultations(@Arg('first', () => Int, { defaultValue: 50, description: 'How many to return, 1 to 100' }) first: number, @Ctx() ctx: GraphQLContext) {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw validation([{ field: 'first', messages: ['must be from 1 to 100'] }]);
    return ctx.services.corroboration.openConsultations(ctx.viewer, first);
  }

  @Authorized('assessment:read')
  @Query(() => CorroborationOptions, { description: 'The finding types of each source with the gate each feeds, the veto items and the answer period of a cycle’s pinned rule set' })
  corroborationOptions(@Arg('cycleId', () => ID, { description: 'The cycle' }) cycleId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.options(ctx.viewer, cycleId);
  }

  @Authorized('finding:write')
  @Mutation(() => CorroboratingFindingView, { description: 'Records a finding of supervision, an inspection tour, audit, petitions or discipline about an assessment; once verified it feeds the gate its type maps to' })
  recordFinding(@Arg('input', () => FindingInput, { description: 'The assessment, the source, the finding type, the document, the day and what was found' }) input: FindingInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.recordFinding(ctx.viewer, input);
  }

  @Authorized('finding:write')
  @Mutation(() => CorroboratingFindingView, { description: 'Verifies or clears a finding (or sets it back to unverified), with the reason' })
  setFindingState(@Arg('input', () => FindingStateInput, { description: 'The finding, its new state and why' }) input: FindingStateInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.setFindingState(ctx.viewer, input);
  }

  @Authorized('consultation:request')
  @Mutation(() => VetoConsultationView, { description: 'Asks the competent department about a veto item of an assessment; no grade may be set on it until the answer is recorded or the question withdrawn' })
  requestVetoConsultation(@Arg('input', () => ConsultationRequestInput, { description: 'The assessment, the veto item, the department and the question' }) input: ConsultationRequestInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.requestConsultation(ctx.viewer, input);
  }

  @Authorized('consultation:answer')
  @Mutation(() => VetoConsultationView, { description: 'Records the competent department’s answer on its behalf: the veto item applies or not, the reason, who answered and when' })
  answerVetoConsultation(@Arg('input', () => ConsultationAnswerInput, { description: 'The consultation and the department’s answer' }) input: ConsultationAnswerInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.answerConsultation(ctx.viewer, input);
  }

  @Authorized('consultation:request')
  @Mutation(() => VetoConsultationView, { description: 'Withdraws an open consultation before its answer, with the reason' })
  withdrawVetoConsultation(@Arg('input', () => ConsultationWithdrawInput, { description: 'The consultation and why it is withdrawn' }) input: ConsultationWithdrawInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.corroboration.withdrawConsultation(ctx.viewer, input);
  }
}
