import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_KINDS,
  type OrganisationCategory,
  type OrganisationKind,
} from '../../workflows/org/categories.js';
import { describeValues, enumObject } from '../common/enum.js';

export const OrganisationKindEnum = enumObject(ORGANISATION_KINDS);
export const OrganisationCategoryEnum = enumObject(ORGANISATION_CATEGORIES);
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is, and so where it sits in the tree',
  valuesConfig: describeValues(OrganisationKindEnum, {
    PROVINCE: 'A province (省), the usual root of the tree',
    CITY: 'A city or prefecture (市州)',
    COUNTY: 'A county, county-level city or district (县市区)',
    TOWNSHIP: 'A township or street office (乡镇街道)',
    DEPARTMENT: 'A party or government department (部门), e.g. a provincial department',
    PUBLIC_INSTITUTION: 'A public institution (事业单位): university, research institute or other',
    STATE_OWNED_ENTERPRISE: 'A state-owned enterprise (国有企业)',
    INTERNAL_UNIT: 'An internal unit (内设机构) of another organisation',
  }),
});
registerEnumType(OrganisationCategoryEnum, {
  name: 'OrganisationCategory',
  description: 'The assessment category (分级分类考核) that picks the indicator scheme and weights; each kind allows only its own categories',
  valuesConfig: describeValues(OrganisationCategoryEnum, {
    PROVINCE_GENERAL: 'A province, assessed on the general scheme',
    CITY_STRONG_ECONOMY: 'City type 1: strong economy',
    CITY_RURAL_REVITALISATION: 'City type 2: rural revitalisation',
    CITY_ETHNIC_REGION: 'City type 3: ethnic region',
    COUNTY_DISTRICT: 'County type: urban district',
    COUNTY_RURAL_REVITALISATION: 'County type: rural revitalisation',
    COUNTY_ECOLOGICAL_PROTECTION: 'County type: ecological protection',
    DEPT_PARTY_POLITICAL: 'Department type: party and political work',
    DEPT_ECONOMIC: 'Department type: economic management',
    DEPT_SOCIAL_DEVELOPMENT: 'Department type: social development',
    DEPT_LAW_ENFORCEMENT_SUPERVISION: 'Department type: law enforcement and supervision',
    DEPT_OTHER: 'Department type: other departments',
    PI_UNIVERSITY: 'Public institution type: university',
    PI_RESEARCH_INSTITUTE: 'Public institution type: research institute',
    PI_OTHER: 'Public institution type: other institutions',
    SOE_INDUSTRIAL_COMMERCIAL: 'State-owned enterprise type: industrial and commercial',
    SOE_FINANCIAL: 'State-owned enterprise type: financial',
    SOE_CULTURAL: 'State-owned enterprise type: cultural',
    UNCATEGORISED: 'No category of its own: townships and internal units',
  }),
});

@Entity({ name: 'organisation' })
@ObjectType({ description: 'An organisation (region, department, institution, enterprise or internal unit) in the tree' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The organisation id' })
  id: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The organisation directly above; null for the root' })
  parentId: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'Stable short code, unique' })
  code: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The official name, in Chinese' })
  name: string;

  @Column({ type: 'text' })
  @Field(() => OrganisationKindEnum, { description: 'What kind of body it is' })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  @Field(() => OrganisationCategoryEnum, { description: 'Its assessment category, which picks the indicator scheme and weights' })
  category: OrganisationCategory;

  /** Materialised path of ids, `/root/…/self/`; a subtree is `path LIKE prefix%`. */
  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How many levels below the root it sits: 0 for the root' })
  depth: number;

  /** 限制开发区域 / 生态脆弱区: GDP weighs 0 here (the 2013 notice on performance assessment). */
  @Column({ name: 'restricted_development', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Restricted-development or ecologically fragile zone: GDP weighs 0' })
  restrictedDevelopment: boolean;

  /** The cadre of this unit designated to write and submit its leadership team's summary, besides its principal leaders. */
  @Column({ name: 'team_report_author_id', type: 'uuid', nullable: true })
  teamReportAuthorId: string | null;

  @Column({ name: 'retired_on', type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'The day the unit was abolished or merged away (撤销), YYYY-MM-DD; null while it exists. A retired unit keeps its past years and takes no new enrolment' })
  retiredOn: string | null;

  @Column({ type: 'int', default: 1 })
  @Field(() => Int, { description: 'Increments on every change to the organisation' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the organisation was recorded' })
  createdAt: Date;
}
