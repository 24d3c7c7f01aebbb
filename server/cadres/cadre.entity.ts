import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CADRE_STATUS_KINDS, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { enumObject } from '../common/enum.js';

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

export const RankLevelEnum = enumObject(RANK_LEVELS);
export const PositionTypeEnum = enumObject(POSITION_TYPES);
export const PopulationEnum = enumObject(POPULATIONS);
export const GenderEnum = enumObject(GENDERS);
export const CadreStatusKindEnum = enumObject(CADRE_STATUS_KINDS);
registerEnumType(RankLevelEnum, { name: 'RankLevel', description: '职级: 省部级副职, 厅局级正/副职, 县处级正/副职, 乡科级正/副职' });
registerEnumType(PositionTypeEnum, { name: 'PositionType', description: '正职 (principal) or 副职 (deputy)' });
registerEnumType(PopulationEnum, { name: 'Population', description: 'Which regulations and grade scale apply' });
registerEnumType(GenderEnum, { name: 'Gender' });
registerEnumType(CadreStatusKindEnum, { name: 'CadreStatusKind' });

@Entity({ name: 'cadre' })
@ObjectType({ description: 'A leading cadre (领导干部) or staff member who is assessed' })
export class Cadre {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'person_no', type: 'text' })
  @Field(() => String, { description: 'Personnel-file number, unique' })
  personNo: string;

  @Column({ type: 'text' })
  @Field(() => String)
  name: string;

  @Column({ type: 'text' })
  @Field(() => GenderEnum)
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Post held (职务)' })
  post: string;

  @Column({ name: 'rank_level', type: 'text' })
  @Field(() => RankLevelEnum)
  rankLevel: RankLevel;

  @Column({ name: 'position_type', type: 'text' })
  @Field(() => PositionTypeEnum)
  positionType: PositionType;

  @Column({ type: 'text', default: 'LEADING_CADRE' })
  @Field(() => PopulationEnum)
  population: Population;

  @Column({ name: 'took_post_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  tookPostOn: string | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Increments on every change; send it back to detect concurrent edits' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;
}

@Entity({ name: 'cadre_status_period' })
@ObjectType({ description: 'A status fact with its dates: probation, leave, investigation, protected statuses' })
export class CadreStatusPeriod {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'cadre_id', type: 'uuid' })
  cadreId: string;

  @Column({ type: 'text' })
  @Field(() => CadreStatusKindEnum)
  kind: CadreStatusKind;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => String, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, inclusive; empty while open' })
  endsOn: string | null;

  @Column({ type: 'text', default: '' })
  @Field(() => String)
  note: string;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;
}
