import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Assessment } from '../assessments/assessment.entity.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import type { GraphQLContext } from '../graphql/context.js';
import { SpecialRuleInput, SpecialRuleView, TermPeriodInput, TermPeriodView, TermTargetsInput, TermTargetView, TermYearView } from './kinds.types.js';

/** Kinds that add up: a special cycle's rule for the annual, a term cycle's term. */
@Resolver(() => AssessmentCycle)
export class CycleKindsResolver {
  @FieldResolver(() => SpecialRuleView, { nullable: true, description: 'A special cycle: how its results count in the annual of its year; null when no rule is set (its results then count nowhere) or the cycle is not special' })
  specialRule(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.specialRule(cycle);
  }

  @FieldResolver(() => TermPeriodView, { nullable: true, description: 'A term cycle: the term it covers; null when not set yet or the cycle is not a term cycle' })
  termPeriod(@Root() cycle: AssessmentCycle, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.termPeriod(cycle);
  }

  @Authorized('cycle:manage')
  @Mutation(() => SpecialRuleView, { description: 'Sets how a special cycle’s results count in the annual of its year: a bonus, a deduction or a gate, within the settings’ limits' })
  setSpecialRule(@Arg('input', () => SpecialRuleInput, { description: 'The special cycle and its rule' }) input: SpecialRuleInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.setSpecialRule(ctx.viewer, input);
  }

  @Authorized('cycle:manage')
  @Mutation(() => TermPeriodView, { description: 'Sets the term a term cycle covers (it ends in the cycle’s year)' })
  setTermPeriod(@Arg('input', () => TermPeriodInput, { description: 'The term cycle and its first and last day' }) input: TermPeriodInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.setTermPeriod(ctx.viewer, input);
  }
}

/** A term assessment's targets and the years over its term. */
@Resolver(() => Assessment)
export class AssessmentKindsResolver {
  @FieldResolver(() => [TermTargetView], { description: 'A term assessment: its term targets in order (at most 20); empty for other kinds' })
  termTargets(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.termTargets(ctx.viewer, row);
  }

  @FieldResolver(() => [TermYearView], { description: 'A term assessment: the years inside its term with their decided annual results, oldest first; empty for other kinds' })
  termYears(@Root() row: Assessment, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.termYears(ctx.viewer, row);
  }

  @Authorized('evaluation:manage')
  @Mutation(() => [TermTargetView], { description: 'Sets a term assessment’s targets (the whole list, replacing the one before) until it is decided' })
  setTermTargets(@Arg('input', () => TermTargetsInput, { description: 'The term assessment and its targets' }) input: TermTargetsInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.kinds.setTermTargets(ctx.viewer, input);
  }
}
