import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RuleSet } from './rule-set.entity.js';
import { EffectiveRuleSetView, PublishRuleSetInput } from './rule-set.types.js';

@Resolver(() => RuleSet)
export class RuleSetResolver {
  @Authorized('rule-set:read')
  @Query(() => EffectiveRuleSetView, { description: 'The settings that govern an organisation on a day, and which published version they come from' })
  effectiveRuleSet(
    @Arg('organisationId', () => ID, { description: 'The organisation asked about' }) organisationId: string,
    @Arg('day', () => String, { description: 'The day asked about, YYYY-MM-DD' }) day: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ruleSets.effective(ctx.viewer, organisationId, day);
  }

  @Authorized('rule-set:read')
  @Query(() => [RuleSet], { description: 'Every version a jurisdiction has published, newest first' })
  ruleSets(@Arg('jurisdictionId', () => ID, { description: 'The publishing organisation' }) jurisdictionId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ruleSets.versions(ctx.viewer, jurisdictionId);
  }

  @Authorized('rule-set:read')
  @Query(() => GraphQLJSONObject, { description: 'The national defaults of every setting, which apply wherever no version was published' })
  ruleSettingsDefaults(): object {
    return DEFAULT_RULE_SETTINGS;
  }

  @Authorized('rule-set:publish')
  @Mutation(() => RuleSet, { description: 'Publishes a new rule-set version; VALIDATION names any setting that is out of range, CONFLICT when a version already starts that day' })
  publishRuleSet(@Arg('input', () => PublishRuleSetInput, { description: 'The jurisdiction, the effective date, the changed settings and a note' }) input: PublishRuleSetInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ruleSets.publish(ctx.viewer, input.jurisdictionId, input.effectiveFrom, input.settings, input.note);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that published this version; it governs that subtree' })
  async jurisdiction(@Root() ruleSet: RuleSet, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(ruleSet.jurisdictionId))!;
  }
}
