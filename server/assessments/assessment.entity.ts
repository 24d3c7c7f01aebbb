import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PositionTypeEnum, RankLevelEnum, type PositionType, type RankLevel } from '../cadres/cadre.entity.js';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { enumObject } from '../common/enum.js';
import type { PersistedSnapshot } from '../workflow/transition.js';

export const ASSESSMENT_KINDS = ['CADRE_ANNUAL', 'TEAM_ANNUAL', 'REGULAR', 'SPECIAL', 'TERM'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];
export const AssessmentKindEnum = enumObject(ASSESSMENT_KINDS);
registerEnumType(AssessmentKindEnum, {
  name: 'AssessmentKind',
  description: 'What is assessed, and how',
  valuesConfig: {
    CADRE_ANNUAL: { description: 'The annual assessment of one cadre' },
    TEAM_ANNUAL: { description: 'The annual assessment of a leadership team' },
    REGULAR: { description: 'A regular (quarterly) assessment' },
    SPECIAL: { description: 'A special assessment of one task' },
    TERM: { description: 'The assessment at the end of a term' },
  },
});

@Entity({ name: 'assessment' })
@ObjectType({ description: 'The assessment of one cadre or leadership team in a cycle' })
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The assessment id' })
  id: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId: string;

  @Column({ type: 'text' })
  @Field(() => AssessmentKindEnum, { description: 'The kind of assessment' })
  kind: AssessmentKind;

  @Column({ name: 'cadre_id', type: 'uuid', nullable: true })
  cadreId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'org_path', type: 'text' })
  orgPath: string;

  @Column({ name: 'post_title', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The post (职务) the cadre held when enrolled, kept after they move; null for a team' })
  postTitle: string | null;

  @Column({ name: 'rank_level', type: 'text', nullable: true })
  @Field(() => RankLevelEnum, { nullable: true, description: 'The rank level the cadre held when enrolled: the quota pool the year is counted in, kept after a promotion; null for a team' })
  rankLevel: RankLevel | null;

  @Column({ name: 'position_type', type: 'text', nullable: true })
  @Field(() => PositionTypeEnum, { nullable: true, description: 'Principal or deputy when enrolled; null for a team' })
  positionType: PositionType | null;

  @Column({ name: 'team_assessment_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: "For a cadre: the assessment of their unit's leadership team" })
  teamAssessmentId: string | null;

  @Column({ name: 'machine_id', type: 'text' })
  machineId: string;

  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The lifecycle state, dotted for nested states (selfReport.drafting)' })
  state: string;

  @Column({ type: 'jsonb' })
  snapshot: PersistedSnapshot;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes' })
  version: number;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'NONE, UNGRADED (investigation, long leave) or COMMENT_ONLY (probation)' })
  overlay: string;

  @Column({ name: 'proposed_grade', type: 'text', nullable: true })
  proposedGrade: string | null;

  @Column({ name: 'final_grade', type: 'text', nullable: true })
  @Field(() => String, {  nullable: true , description: 'The decided result, once final' })
  finalGrade: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the next deadline fires' })
  dueAt: Date | null;

  @Column({ name: 'due_event', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What happens at dueAt' })
  dueEvent: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When it last changed' })
  updatedAt: Date;
}

@Entity({ name: 'self_report' })
@ObjectType({ description: '述职述责述廉: the work summary and statements' })
export class SelfReport {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ name: 'work_summary', type: 'text' })
  @Field(() => String, { description: '述职: the summary of the year’s work' })
  workSummary: string;

  @Column({ name: 'duties_and_targets', type: 'text' })
  @Field(() => String, { description: 'Duties and targets of the post' })
  dutiesAndTargets: string;

  @Column({ name: 'responsibility_statement', type: 'text' })
  @Field(() => String, { description: '述责: how responsibilities were carried out' })
  responsibilityStatement: string;

  @Column({ name: 'integrity_statement', type: 'text' })
  @Field(() => String, { description: '述廉: the integrity statement' })
  integrityStatement: string;

  @Column({ name: 'draft_version', type: 'int' })
  @Field(() => Int, { description: 'Send it back when saving: a stale draft is refused with CONFLICT' })
  draftVersion: number;

  @Column({ name: 'draft_saved_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, {  nullable: true , description: 'When the draft was last saved' })
  draftSavedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, {  nullable: true , description: 'When it was submitted, if it was' })
  submittedAt: Date | null;
}

@Entity({ name: 'objection' })
@ObjectType({ description: 'An objection lodged against a public notice' })
export class Objection {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The objection id' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'What the objection says' })
  content: string;

  @Column({ name: 'lodger_name', type: 'text', nullable: true })
  lodgerName: string | null;

  @Column({ name: 'lodger_contact', type: 'text', nullable: true })
  lodgerContact: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'OPEN, INVESTIGATING, UPHELD or DISMISSED' })
  status: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {  nullable: true , description: 'What the investigation found, once decided' })
  finding: string | null;

  @Column({ name: 'lodged_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was lodged' })
  lodgedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, {  nullable: true , description: 'When it was upheld or dismissed' })
  decidedAt: Date | null;
}

@Entity({ name: 'evaluation_record' })
@ObjectType({ description: 'An individual talk or an opinion of discipline inspection, audit, inspection tours or petitions' })
export class EvaluationRecord {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The record id' })
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'TALK or OPINION' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {  nullable: true , description: 'For an opinion: where it comes from (discipline inspection, audit…)' })
  source: string | null;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'What was said or found' })
  summary: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When it was recorded' })
  recordedAt: Date;
}
