import { IsBoolean, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CADRE_STATUS_KINDS, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { Connection, PageArgs } from '../common/pagination.js';
import {
  Cadre,
  CadreStatusKindEnum,
  EMPLOYMENT_STATUSES,
  EmploymentStatusEnum,
  GENDERS,
  GenderEnum,
  POPULATIONS,
  PopulationEnum,
  type EmploymentStatus,
  type Gender,
  type Population,
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

  @Field(() => Boolean, { nullable: true, description: 'Whether the cadre sits on the leadership team (领导班子成员) of their unit' })
  @IsOptional()
  @IsBoolean()
  teamMember?: boolean | null;

  @Field(() => EmploymentStatusEnum, { nullable: true, description: 'New in-post status (在职状态); give employmentStatusSince with it' })
  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES)
  employmentStatus?: EmploymentStatus | null;

  @Field(() => String, { nullable: true, description: 'Since when the in-post status holds, YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'employmentStatusSince must be a date YYYY-MM-DD' })
  employmentStatusSince?: string | null;
}

@ArgsType()
export class SearchCadresArgs extends CadreListArgs {
  @Field(() => EmploymentStatusEnum, { nullable: true, description: 'Only cadres in this in-post status' })
  @IsOptional()
  @IsIn(EMPLOYMENT_STATUSES)
  employmentStatus?: EmploymentStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only members (true) or only non-members (false) of their unit’s leadership team' })
  teamMember?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Names starting with this, ignoring case (uses the name index)' })
  @IsOptional()
  @MaxLength(64)
  namePrefix?: string | null;
}

@InputType({ description: 'A new cadre on the roster (干部名册)' })
export class CreateCadreInput {
  @Field(() => ID, { description: 'The unit the cadre belongs to; it must not be retired' })
  @IsUUID()
  organisationId: string;

  @Field(() => String, { description: 'Personnel-file number (干部档案号), unique; DUPLICATE when taken. 1 to 32 letters, digits or dashes' })
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'personNo must be 1 to 32 letters, digits or dashes' })
  personNo: string;

  @Field(() => String, { description: 'Full name, up to 64 characters' })
  @Length(1, 64)
  name: string;

  @Field(() => GenderEnum, { description: 'Gender as in the personnel file' })
  @IsIn(GENDERS)
  gender: Gender;

  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'birthDate must be a date YYYY-MM-DD' })
  birthDate?: string | null;

  @Field(() => String, { description: 'Post held (职务), up to 200 characters' })
  @Length(1, 200)
  post: string;

  @Field(() => RankLevelEnum, { description: 'Rank level (职级)' })
  @IsIn(RANK_LEVELS)
  rankLevel: RankLevel;

  @Field(() => PositionTypeEnum, { description: 'Principal or deputy' })
  @IsIn(POSITION_TYPES)
  positionType: PositionType;

  @Field(() => PopulationEnum, { nullable: true, description: 'Which regulations apply; LEADING_CADRE when omitted' })
  @IsOptional()
  @IsIn(POPULATIONS)
  population?: Population | null;

  @Field(() => String, { nullable: true, description: 'When the cadre took up the post, YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'tookPostOn must be a date YYYY-MM-DD' })
  tookPostOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the cadre sits on the unit’s leadership team; true when omitted' })
  @IsOptional()
  @IsBoolean()
  teamMember?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Managing jurisdiction (干部管理权限): a region at or above the unit; by unit and rank level when omitted' })
  @IsOptional()
  @IsUUID()
  managingOrganisationId?: string | null;
}

@InputType({ description: 'A transfer or promotion (调动/晋升): the new unit, post, rank level and position from a day' })
export class MoveCadreInput {
  @Field(() => ID, { description: 'The cadre to move; NOT_SERVING unless serving' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { description: 'The new unit (the same one for a promotion in place); not retired, inside your jurisdiction' })
  @IsUUID()
  organisationId: string;

  @Field(() => String, { description: 'The new post (职务), up to 200 characters' })
  @Length(1, 200)
  post: string;

  @Field(() => RankLevelEnum, { description: 'The new rank level' })
  @IsIn(RANK_LEVELS)
  rankLevel: RankLevel;

  @Field(() => PositionTypeEnum, { description: 'Principal or deputy in the new post' })
  @IsIn(POSITION_TYPES)
  positionType: PositionType;

  @Field(() => String, { description: 'When the cadre took up the new post, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'tookPostOn must be a date YYYY-MM-DD' })
  tookPostOn: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the cadre sits on the new unit’s leadership team; unchanged when omitted' })
  @IsOptional()
  @IsBoolean()
  teamMember?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The new managing jurisdiction: a region at or above the new unit; the default of the new unit and rank level when omitted' })
  @IsOptional()
  @IsUUID()
  managingOrganisationId?: string | null;
}

@InputType({ description: 'A cadre’s in-post status (在职状态) from a day' })
export class SetCadreEmploymentStatusInput {
  @Field(() => ID, { description: 'The cadre' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => EmploymentStatusEnum, { description: 'Serving, retired or left; only serving cadres are enrolled' })
  @IsIn(EMPLOYMENT_STATUSES)
  status: EmploymentStatus;

  @Field(() => String, { description: 'Since when, YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'since must be a date YYYY-MM-DD' })
  since: string;
}

@InputType({ description: 'The jurisdiction whose organisation department manages a cadre (干部管理权限)' })
export class SetManagingJurisdictionInput {
  @Field(() => ID, { description: 'The cadre' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one on the server gives CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { description: 'A region (province, city, county) at or above the cadre’s unit; the old and the new one inside your jurisdiction' })
  @IsUUID()
  managingOrganisationId: string;
}

@ObjectType({ description: 'One year of a cadre’s career as their assessment recorded it: the unit and post they were enrolled with' })
export class CadrePostingView {
  @Field(() => Int, { description: 'The assessed year' }) year: number;
  @Field(() => ID, { description: 'The cycle of that year' }) cycleId: string;
  @Field(() => String, { description: 'The name of that cycle' }) cycleName: string;
  @Field(() => ID, { description: 'The annual or term assessment' }) assessmentId: string;
  @Field(() => String, { description: 'CADRE_ANNUAL or TERM' }) kind: string;
  @Field(() => ID, { description: 'The unit the cadre was assessed in' }) organisationId: string;
  @Field(() => String, { description: 'The name of that unit' }) organisationName: string;
  @Field(() => String, { nullable: true, description: 'The post held when enrolled' }) postTitle: string | null;
  @Field(() => RankLevelEnum, { nullable: true, description: 'The rank level held when enrolled' }) rankLevel: string | null;
  @Field(() => PositionTypeEnum, { nullable: true, description: 'Principal or deputy when enrolled' }) positionType: string | null;
  @Field(() => String, { nullable: true, description: 'The final grade of the year; null until decided' }) finalGrade: string | null;
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
