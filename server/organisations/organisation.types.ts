import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import type { OrganisationKind } from '../../workflows/org/categories.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { Organisation, OrganisationKindEnum } from './organisation.entity.js';

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
}
