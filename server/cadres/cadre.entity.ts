import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CADRE_STATUS_KINDS, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { describeValues, enumObject } from '../common/enum.js';

export const RANK_LEVELS = [
  'PROVINCIAL_DEPUTY',
  'BUREAU_PRINCIPAL',
  'BUREAU_DEPUTY',
  'DIVISION_PRINCIPAL',
  'DIVISION_DEPUTY',
  'SECTION_PRINCIPAL',
  'SECTION_DEPUTY',
] as const;
export type RankLevel = (typeof RANK_LEVELS)[number];
export const POSITION_TYPES = ['PRINCIPAL', 'DEPUTY'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];
export const POPULATIONS = ['LEADING_CADRE', 'CIVIL_SERVANT', 'PUBLIC_INSTITUTION_STAFF'] as const;
export type Population = (typeof POPULATIONS)[number];
export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

export const EMPLOYMENT_STATUSES = ['SERVING', 'RETIRED', 'LEFT'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EmploymentStatusEnum = enumObject(EMPLOYMENT_STATUSES);
registerEnumType(EmploymentStatusEnum, {
  name: 'EmploymentStatus',
  description: 'In-post status (在职状态) of a cadre; only serving cadres are enrolled',
  valuesConfig: describeValues(EmploymentStatusEnum, {
    SERVING: 'Serving (在职)',
    RETIRED: 'Retired (退休)',
    LEFT: 'Left the roster: transferred out, resigned or dismissed (调出/辞职/免职)',
  }),
});

export const RankLevelEnum = enumObject(RANK_LEVELS);
export const PositionTypeEnum = enumObject(POSITION_TYPES);
export const PopulationEnum = enumObject(POPULATIONS);
export const GenderEnum = enumObject(GENDERS);
export const CadreStatusKindEnum = enumObject(CADRE_STATUS_KINDS);
registerEnumType(RankLevelEnum, {
  name: 'RankLevel',
  description: 'The rank level (职级) of a cadre, from provincial-ministerial deputy down to section deputy',
  valuesConfig: describeValues(RankLevelEnum, {
    PROVINCIAL_DEPUTY: 'Provincial-ministerial deputy (省部级副职)',
    BUREAU_PRINCIPAL: 'Bureau principal (厅局级正职)',
    BUREAU_DEPUTY: 'Bureau deputy (厅局级副职)',
    DIVISION_PRINCIPAL: 'County-division principal (县处级正职)',
    DIVISION_DEPUTY: 'County-division deputy (县处级副职)',
    SECTION_PRINCIPAL: 'Township-section principal (乡科级正职)',
    SECTION_DEPUTY: 'Township-section deputy (乡科级副职)',
  }),
});
registerEnumType(PositionTypeEnum, {
  name: 'PositionType',
  description: 'Whether a cadre leads their unit or assists: principals and deputies are assessed with different emphases',
  valuesConfig: describeValues(PositionTypeEnum, {
    PRINCIPAL: 'Principal (正职): heads the unit and acts for its leadership team',
    DEPUTY: 'Deputy (副职)',
  }),
});
registerEnumType(PopulationEnum, {
  name: 'Population',
  description: 'Which regulations and which grade scale apply to a person',
  valuesConfig: describeValues(PopulationEnum, {
    LEADING_CADRE: 'Leading cadre (领导干部): cadre rules of 2019, grades EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT',
    CIVIL_SERVANT: 'Non-leading civil servant (公务员): civil-servant rules of 2020, the same four grades as cadres',
    PUBLIC_INSTITUTION_STAFF: 'Public-institution staff (事业单位工作人员): rules of 2023, grades EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED',
  }),
});
registerEnumType(GenderEnum, {
  name: 'Gender',
  description: 'Gender as in the personnel file',
  valuesConfig: describeValues(GenderEnum, { MALE: 'Male', FEMALE: 'Female' }),
});
registerEnumType(CadreStatusKindEnum, {
  name: 'CadreStatusKind',
  description: 'A status a cadre can be in for a period, which grading and results application take into account',
  valuesConfig: describeValues(CadreStatusKindEnum, {
    PROBATION: 'On probation (试用期): the year gets a comment only, no grade',
    SICK_LEAVE: 'Sick leave (病假): leave beyond the configured months in a year leaves the year ungraded',
    PERSONAL_LEAVE: 'Personal leave (事假): counts with sick leave toward the ungraded threshold',
    INVESTIGATION: 'Under investigation (立案审查), not yet concluded: ungraded, without comment, until it closes',
    INJURY_ON_DUTY: 'Injured on duty: a protected status that blocks dismissal',
    MEDICAL_TREATMENT: 'In medical treatment: a protected status that blocks dismissal',
    PREGNANCY: 'Pregnant: a protected status that blocks dismissal',
    MATERNITY: 'On maternity leave: a protected status that blocks dismissal',
    NURSING: 'Nursing an infant: a protected status that blocks dismissal',
  }),
});

@Entity({ name: 'cadre' })
@ObjectType({ description: 'A leading cadre (领导干部) or staff member who is assessed' })
export class Cadre {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The cadre id' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** 干部管理权限: the jurisdiction whose organisation department assesses this cadre (default by rank level, see the migration ManagingJurisdiction). */
  @Column({ name: 'managing_organisation_id', type: 'uuid' })
  managingOrganisationId: string;

  @Column({ name: 'person_no', type: 'text' })
  @Field(() => String, { description: 'Personnel-file number (干部档案号), unique' })
  personNo: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Full name, in Chinese' })
  name: string;

  @Column({ type: 'text' })
  @Field(() => GenderEnum, { description: 'Gender as in the personnel file' })
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Date of birth, YYYY-MM-DD; null when not recorded' })
  birthDate: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Post held (职务)' })
  post: string;

  @Column({ name: 'rank_level', type: 'text' })
  @Field(() => RankLevelEnum, { description: 'Rank level (职级); the excellent quota is counted per rank level' })
  rankLevel: RankLevel;

  @Column({ name: 'position_type', type: 'text' })
  @Field(() => PositionTypeEnum, { description: 'Principal or deputy in their unit' })
  positionType: PositionType;

  @Column({ type: 'text', default: 'LEADING_CADRE' })
  @Field(() => PopulationEnum, { description: 'Which regulations and grade scale apply to this person' })
  population: Population;

  @Column({ name: 'took_post_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'When the cadre took up the current post, YYYY-MM-DD; the start of the term' })
  tookPostOn: string | null;

  @Column({ name: 'team_member', type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Whether the cadre sits on the leadership team (领导班子成员) of their unit' })
  teamMember: boolean;

  @Column({ name: 'employment_status', type: 'text', default: 'SERVING' })
  @Field(() => EmploymentStatusEnum, { description: 'In-post status (在职状态); only serving cadres are enrolled' })
  employmentStatus: EmploymentStatus;

  @Column({ name: 'employment_status_since', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Since when the in-post status holds, YYYY-MM-DD; null when not recorded' })
  employmentStatusSince: string | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Increments on every change; send it back to detect concurrent edits' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the record last changed' })
  updatedAt: Date;
}

@Entity({ name: 'cadre_status_period' })
@ObjectType({ description: 'A status fact with its dates: probation, leave, investigation, protected statuses' })
export class CadreStatusPeriod {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The status period id' })
  id: string;

  @Column({ name: 'cadre_id', type: 'uuid' })
  cadreId: string;

  @Column({ type: 'text' })
  @Field(() => CadreStatusKindEnum, { description: 'Which status the cadre was in' })
  kind: CadreStatusKind;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => String, { description: 'First day in force, YYYY-MM-DD' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Last day in force, YYYY-MM-DD, inclusive; null while the status lasts' })
  endsOn: string | null;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'Free-text note by whoever recorded it, e.g. the document number; may be empty' })
  note: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the status was recorded' })
  createdAt: Date;
}
