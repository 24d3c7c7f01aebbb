import { IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CADRE_STATUS_KINDS, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { Connection, PageArgs } from '../common/pagination.js';
import {
  Cadre,
  CadreStatusKindEnum,
  POSITION_TYPES,
  PositionTypeEnum,
  RANK_LEVELS,
  RankLevelEnum,
  type PositionType,
  type RankLevel,
} from './cadre.entity.js';

export const CadreConnection = Connection(Cadre, 'Cadre');

@ArgsType()
export class CadreListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cadres of this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With organisationId: the whole subtree below it' })
  includeSubtree?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches name, post or personnel-file number, ignoring case' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => RankLevelEnum, { nullable: true, description: 'Only cadres of this rank level' })
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true, description: 'Only principals or only deputies' })
  positionType?: PositionType | null;
}

@InputType({ description: 'Changes to a cadre record; fields left out stay as they are' })
export class UpdateCadreInput {
  @Field(() => ID, { description: 'The cadre to change' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'New full name, up to 64 characters' })
  @IsOptional()
  @Length(1, 64)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New post held (职务), up to 200 characters' })
  @IsOptional()
  @Length(1, 200)
  post?: string | null;

  @Field(() => RankLevelEnum, { nullable: true, description: 'New rank level' })
  @IsOptional()
  @IsIn(RANK_LEVELS)
  rankLevel?: RankLevel | null;

  @Field(() => PositionTypeEnum, { nullable: true, description: 'Now principal or deputy' })
  @IsOptional()
  @IsIn(POSITION_TYPES)
  positionType?: PositionType | null;

  @Field(() => ID, { nullable: true, description: 'Move the cadre to another organisation (both inside your jurisdiction)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'When the cadre took up the current post, YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'tookPostOn must be a date YYYY-MM-DD' })
  tookPostOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'New managing jurisdiction (干部管理权限): the cadre’s organisation or one above it; both the old and the new one inside your jurisdiction',
  })
  @IsOptional()
  @IsUUID()
  managingOrganisationId?: string | null;
}

@InputType({ description: 'Who writes and submits a unit’s leadership-team summary besides its principal leaders' })
export class DesignateTeamReportAuthorInput {
  @Field(() => ID, { description: 'The unit whose leadership team reports' })
  @IsUUID()
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'A cadre of that unit; null withdraws the designation (only the principal leaders write then)' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

@InputType({ description: 'A status period to record for a cadre' })
export class RecordCadreStatusInput {
  @Field(() => ID, { description: 'The cadre concerned' })
  @IsUUID()
  cadreId: string;

  @Field(() => CadreStatusKindEnum, { description: 'Which status; INVESTIGATION is for discipline inspection, the others for the organisation or personnel department' })
  @IsIn(CADRE_STATUS_KINDS)
  kind: CadreStatusKind;

  @Field(() => String, { description: 'First day in force, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, YYYY-MM-DD, inclusive; leave empty while the status lasts' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date YYYY-MM-DD' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text note, e.g. the document number, up to 1000 characters' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}
