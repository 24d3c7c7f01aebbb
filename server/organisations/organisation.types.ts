import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ORGANISATION_CATEGORIES, ORGANISATION_KINDS, type OrganisationCategory, type OrganisationKind } from '../../workflows/org/categories.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { Organisation, OrganisationCategoryEnum, OrganisationKindEnum } from './organisation.entity.js';

export const OrganisationConnection = Connection(Organisation, 'Organisation');

@ArgsType()
export class OrganisationListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this organisation' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only organisations of this kind' })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Matches name or code, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Whether retired (撤销) organisations are listed too; true when omitted' })
  includeRetired?: boolean | null;
}

@InputType({ description: 'A new organisation below a parent inside your jurisdiction' })
export class CreateOrganisationInput {
  @Field(() => ID, { description: 'The organisation directly above; it must not be retired' })
  @IsUUID()
  parentId: string;

  @Field(() => String, { description: 'Stable short code, unique across the tree, 1 to 64 letters, digits, dots, dashes or underscores' })
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'code must be 1 to 64 letters, digits, dots, dashes or underscores' })
  code: string;

  @Field(() => String, { description: 'The official name, in Chinese, up to 100 characters' })
  @Length(1, 100)
  name: string;

  @Field(() => OrganisationKindEnum, { description: 'What kind of body it is' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @Field(() => OrganisationCategoryEnum, { description: 'Its assessment category; it must belong to the kind (a city takes a city type, a department a department type, townships and internal units UNCATEGORISED)' })
  @IsIn(ORGANISATION_CATEGORIES)
  category: OrganisationCategory;

  @Field(() => Boolean, { nullable: true, description: 'Restricted-development or ecologically fragile zone (GDP weighs 0); false when omitted' })
  @IsOptional()
  restrictedDevelopment?: boolean | null;
}

@InputType({ description: 'Changes to an organisation; fields left out stay as they are' })
export class UpdateOrganisationInput {
  @Field(() => ID, { description: 'The organisation to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New official name, up to 100 characters' })
  @IsOptional()
  @Length(1, 100)
  name?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'New kind; the category must still belong to it' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind | null;

  @Field(() => OrganisationCategoryEnum, { nullable: true, description: 'New assessment category; it must belong to the kind' })
  @IsOptional()
  @IsIn(ORGANISATION_CATEGORIES)
  category?: OrganisationCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is a restricted-development or ecologically fragile zone' })
  @IsOptional()
  restrictedDevelopment?: boolean | null;
}

@InputType({ description: 'An organisation to move, with its whole subtree, below another parent' })
export class MoveOrganisationInput {
  @Field(() => ID, { description: 'The organisation to move' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { description: 'The new parent: not the organisation itself nor one of its own units (ORGANISATION_CYCLE), not retired, inside your jurisdiction' })
  @IsUUID()
  parentId: string;
}

@InputType({ description: 'An organisation to retire (撤销), and the day' })
export class RetireOrganisationInput {
  @Field(() => ID, { description: 'The organisation to retire; refused with ORGANISATION_IN_USE while it has serving cadres, running assessments or live child units' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { description: 'The day it was abolished or merged away, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'retiredOn must be a date YYYY-MM-DD' })
  retiredOn: string;
}
