import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { CloseInvestigationInput, DecidePenaltyInput, Investigation, OpenInvestigationInput, Penalty, PromotionBlockers, StartAccountabilityInput } from './penalty.types.js';
import { investigationActions, penaltyActions } from './record-actions.js';

/** Penalties and investigations of a cadre, and what blocks a promotion. */
@Resolver(() => Penalty)
export class PenaltyResolver {
  @Authorized()
  @Query(() => [Penalty], { description: 'A cadre’s penalties and organisational handling, with their periods' })
  penaltiesOf(@Arg('cadreId', () => ID, { description: 'The cadre whose penalties you read' }) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.penaltiesOf(ctx.viewer, cadreId);
  }

  @Authorized()
  @Query(() => [Investigation], { description: 'A cadre’s investigations, open and closed, oldest first' })
  investigationsOf(@Arg('cadreId', () => ID, { description: 'The cadre whose investigations you read' }) cadreId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.investigationsOf(ctx.viewer, cadreId);
  }

  @Authorized('penalty:write')
  @Mutation(() => Penalty, { description: 'Accountability or a sanction procedure starts (not yet decided)' })
  startAccountability(@Arg('input', () => StartAccountabilityInput, { description: 'The cadre, the sanction kind, the start day and a note' }) input: StartAccountabilityInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.startAccountability(ctx.viewer, input.cadreId, input.kind, input.startedOn, input.note);
  }

  @Authorized('penalty:write')
  @Mutation(() => Penalty, { description: 'The sanction is decided: its date and period' })
  decidePenalty(@Arg('input', () => DecidePenaltyInput, { description: 'The pending penalty and the day it was decided' }) input: DecidePenaltyInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.decidePenalty(ctx.viewer, input.penaltyId, input.decidedOn);
  }

  @Authorized('investigation:write')
  @Mutation(() => Investigation, { description: '立案审查: opens an investigation' })
  openInvestigation(@Arg('input', () => OpenInvestigationInput, { description: 'The cadre, the opening day and a note' }) input: OpenInvestigationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.openInvestigation(ctx.viewer, input.cadreId, input.startsOn, input.note);
  }

  @Authorized('investigation:write')
  @Mutation(() => Investigation, { description: 'Closes an investigation; with no penalty or a warning the UNGRADED year is graded retroactively' })
  closeInvestigation(@Arg('input', () => CloseInvestigationInput, { description: 'The investigation, the closing day, the penalty if any and the conclusion' }) input: CloseInvestigationInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.penalties.closeInvestigation(ctx.viewer, input.investigationId, input.closedOn, input.penaltyKind ?? null, input.note);
  }

  @Authorized()
  @Query(() => PromotionBlockers, { description: 'What blocks the cadre’s promotion today (sanction periods in force, open investigations, substantiated accusations); cleared accusations and tolerated sanctions never do' })
  promotionBlockers(@Arg('cadreId', () => ID, { description: 'The cadre whose promotion is considered' }) cadreId: string, @Ctx() ctx: GraphQLContext): Promise<PromotionBlockers> {
    return ctx.services.penalties.promotionBlockers(ctx.viewer, cadreId);
  }
}

/** What the viewer may do to a penalty now: the same rules the mutations enforce, from the row as loaded (no query per row). */
@Resolver(() => Penalty)
export class PenaltyFieldsResolver {
  @FieldResolver(() => [String], {
    description:
      'What you may do to this record now: DECIDE_PENALTY (decidePenalty), APPLY_FAULT_TOLERANCE (a written application: your own, or a unit’s recorded by discipline inspection), OPEN_FAULT_TOLERANCE_CASE (the body’s own motion) — openFaultToleranceCase',
  })
  availableActions(@Root() p: Penalty, @Ctx() ctx: GraphQLContext): string[] {
    return penaltyActions(ctx.viewer, p);
  }
}

@Resolver(() => Investigation)
export class InvestigationFieldsResolver {
  @FieldResolver(() => [String], { description: 'What you may do to this investigation now: CLOSE_INVESTIGATION (closeInvestigation)' })
  availableActions(@Root() i: Investigation, @Ctx() ctx: GraphQLContext): string[] {
    return investigationActions(ctx.viewer, i);
  }
}
