import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CYCLE_KINDS, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { enumObject } from '../common/enum.js';
import type { PersistedSnapshot } from '../workflow/transition.js';

export const CycleKindEnum = enumObject(CYCLE_KINDS);
registerEnumType(CycleKindEnum, {
  name: 'CycleKind',
  description: '年度 / 平时 / 专项 / 任期',
  valuesConfig: {
    ANNUAL: { description: '年度考核: the annual assessment' },
    REGULAR: { description: '平时考核: a regular (quarterly) assessment' },
    SPECIAL: { description: '专项考核: a special assessment of one task' },
    TERM: { description: '任期考核: the assessment at the end of a term' },
  },
});

export interface CycleDeadlines {
  /** Self-reports are due by this instant; drafts still open then become overdue. */
  selfReportDue: string;
  evaluationDue: string | null;
  reviewDue: string | null;
  /** Gansu: annual cycles finish by the end of March of the next year. */
  finishBy: string;
}

@ObjectType('CycleDeadlines', { description: 'The deadlines a cycle was planned with' })
export class CycleDeadlinesView {
  @Field(() => Date, { description: 'Self-reports are due by this instant; drafts still open then become overdue' })
  selfReportDue: string;

  @Field(() => Date, { nullable: true, description: 'The democratic evaluation is finished by this instant' })
  evaluationDue: string | null;

  @Field(() => Date, { nullable: true, description: 'The committee review is finished by this instant' })
  reviewDue: string | null;

  @Field(() => Date, { description: 'The whole cycle is finished by this instant' })
  finishBy: string;
}

@Entity({ name: 'assessment_cycle' })
@ObjectType({ description: 'An assessment cycle: annual, regular (quarterly), special or term' })
export class AssessmentCycle {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The cycle id' })
  id: string;

  @Column({ type: 'text' })
  @Field(() => CycleKindEnum, { description: 'Annual, regular, special or term' })
  kind: CycleKind;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The name the organisation department gave the cycle' })
  name: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The year assessed' })
  year: number;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The quarter of a regular cycle (1–4)' })
  quarter: number | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The major task or emergency a special assessment is about' })
  task: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'org_path', type: 'text' })
  orgPath: string;

  /** The organisation department that runs the cycle: the planner's ORG_ADMIN jurisdiction (the highest covering the scope); it enrols only cadres it manages or that are managed below it. */
  @Column({ name: 'assessing_organisation_id', type: 'uuid' })
  assessingOrganisationId: string;

  @Column({ name: 'rule_set_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The rule-set version pinned at planning (null: national defaults)' })
  ruleSetId: string | null;

  @Column({ type: 'jsonb' })
  @Field(() => GraphQLJSONObject, { description: 'The settings pinned at planning' })
  settings: Record<string, unknown>;

  @Column({ name: 'indicator_scheme_versions', type: 'uuid', array: true })
  @Field(() => [ID], { description: 'The indicator scheme versions in force at planning, pinned for the whole cycle' })
  indicatorSchemeVersions: string[];

  @Column({ type: 'jsonb' })
  @Field(() => CycleDeadlinesView, { description: 'The deadlines planned for the cycle' })
  deadlines: CycleDeadlines;

  @Column({ name: 'machine_id', type: 'text' })
  machineId: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The state of the cycle’s lifecycle (planning, open, closed, cancelled)' })
  state: string;

  @Column({ type: 'jsonb' })
  snapshot: PersistedSnapshot;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Bumped by every change; send it back as expectedVersion' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the cycle was planned' })
  createdAt: Date;
}
