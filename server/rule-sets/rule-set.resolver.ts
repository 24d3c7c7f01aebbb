import { IsDateString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RuleSet } from './rule-set.entity.js';

@ObjectType({ description: 'The settings in force for an organisation on a day, and where they come from' })
class EffectiveRuleSetView {
  @Field(() => RuleSet, { nullable: true, description: 'Null when only the national defaults apply' })
  ruleSet: RuleSet | null;

  @Field(() => ID, { nullable: true })
  jurisdictionId: string | null;

  @Field(() => GraphQLJSONObject)
  settings: object;
}

@InputType()
class PublishRuleSetInput {
  @Field(() => ID)
  @IsUUID()
  jurisdictionId: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'effectiveFrom must be a date YYYY-MM-DD' })
  effectiveFrom: string;

  @Field(() => GraphQLJSONObject, { description: 'Only the settings that change; the rest are inherited' })
  settings: Record<string, unknown>;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(2000)
  note: string;
}

@Resolver(() => RuleSet)
export class RuleSetResolver {
  @Authorized('rule-set:read')
  @Query(() => EffectiveRuleSetView)
  effectiveRuleSet(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('day', () => String, { description: 'YYYY-MM-DD' }) day: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ruleSets.effective(ctx.viewer, organisationId, day);
  }

  @Authorized('rule-set:read')
  @Query(() => [RuleSet], { description: 'Every version a jurisdiction has published, newest first' })
  ruleSets(@Arg('jurisdictionId', () => ID) jurisdictionId: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ruleSets.versions(ctx.viewer, jurisdictionId);
  }

  @Authorized('rule-set:read')
  @Query(() => GraphQLJSONObject, { description: 'The national defaults of every setting' })
  ruleSettingsDefaults(): object {
    return DEFAULT_RULE_SETTINGS;
  }

  @Authorized('rule-set:publish')
  @Mutation(() => RuleSet)
  publishRuleSet(@Arg('input', () => PublishRuleSetInput) input: PublishRuleSetInput, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ruleSets.publish(ctx.viewer, input.jurisdictionId, input.effectiveFrom, input.settings, input.note);
  }

  @FieldResolver(() => Organisation)
  async jurisdiction(@Root() ruleSet: RuleSet, @Ctx() ctx: GraphQLContext): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(ruleSet.jurisdictionId))!;
  }
}
