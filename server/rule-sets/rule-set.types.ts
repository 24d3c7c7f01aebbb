import { IsDateString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { RuleSet } from './rule-set.entity.js';

@ObjectType({ description: 'The settings in force for an organisation on a day, and where they come from' })
export class EffectiveRuleSetView {
  @Field(() => RuleSet, { nullable: true, description: 'The version in force: the newest one effective that day of the organisation or its nearest ancestor that published one; null when only the national defaults apply' })
  ruleSet: RuleSet | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that published the version in force; null when only the national defaults apply' })
  jurisdictionId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Every setting in force, complete' })
  settings: object;
}

@InputType({ description: 'A new rule-set version for a jurisdiction: changes laid over the settings in force there on the effective date' })
export class PublishRuleSetInput {
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
