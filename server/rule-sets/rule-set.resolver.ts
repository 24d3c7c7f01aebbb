import { IsDateString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RuleSet } from './rule-set.entity.js';

@ObjectType({ description: 'The settings in force for an organisation on a day, and where they come from' })
class EffectiveRuleSetView {
  @Field(() => RuleSet, { nullable: true, description: 'The version in force: the newest one effective that day of the organisation or its nearest ancestor that published one; null when only the national defaults apply' })
  ruleSet: RuleSet | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that published the version in force; null when only the national defaults apply' })
  jurisdictionId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Every setting in force, complete' })
  settings: object;
}

@InputType({ description: 'A new rule-set version for a jurisdiction: changes laid over the settings in force there on the effective date' })
class PublishRuleSetInput {
  @Field(() => ID, { description: 'The organisation whose subtree the version governs' })
  @IsUUID()
  jurisdictionId: string;

  @Field(() => String, { description: 'The first day the version applies, YYYY-MM-DD; one version per jurisdiction and day' })
  @IsDateString({ strict: true }, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom: string;

  @Field(() => GraphQLJSONObject, { description: 'Only the settings that change; the rest are inherited' })
  settings: Record<string, unknown>;

  @Field(() => String, { defaultValue: '', description: 'Why the rules change, up to 2000 characters' })
  @MaxLength(2000)
  note: string;
}

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
