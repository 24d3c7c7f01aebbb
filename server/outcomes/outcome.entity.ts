import { registerEnumType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OUTCOME_KINDS, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import type { PersistedSnapshot } from '../workflow/transition.js';
import { enumObject } from '../common/enum.js';

export const OutcomeKindEnum = enumObject(OUTCOME_KINDS);
registerEnumType(OutcomeKindEnum, {
  name: 'OutcomeKind',
  description: 'What follows a final result (results application): rewards, remedies and sanctions, each tracked as a task',
  valuesConfig: {
    COMMENDATION: { description: '嘉奖: a commendation for an EXCELLENT year' },
    RANK_TENURE_REDUCTION: { description: 'An EXCELLENT year shortens the years required for the next rank' },
    THIRD_CLASS_MERIT: { description: '记三等功: EXCELLENT the configured years running (3 by default)' },
    PROMOTION_PRIORITY: { description: '优先提拔: priority for promotion, with the third-class merit' },
    SALARY_STEP: { description: 'One salary step up for every N COMPETENT-or-better years (2 by default)' },
    SALARY_LEVEL: { description: 'One salary level up for every N COMPETENT-or-better years (5 by default)' },
    ADMONISHMENT: { description: '诫勉: an admonishment for a BASICALLY_COMPETENT year' },
    WRITTEN_SELF_EXAMINATION: { description: '书面检查: a written self-examination (for a team, to the party committee)' },
    IMPROVEMENT_DEADLINE: { description: '限期改进: improvement by a deadline after a BASICALLY_COMPETENT year' },
    REMEDIAL_TRAINING: { description: '培训: remedial training, with its own lifecycle (assigned, enrolled, completed, verified)' },
    ORGANISATIONAL_ADJUSTMENT: { description: '组织调整: a leading cadre BASICALLY_COMPETENT the configured years running (2 by default)' },
    DEMOTION_OR_REMOVAL: { description: '降职或免职: after an INCOMPETENT year; the approver chooses DEMOTION or REMOVAL' },
    DISMISSAL: { description: '辞退: INCOMPETENT the configured years running (2 by default), unless a protected status blocks it' },
    ADMONISHMENT_TALK: { description: '约谈主要负责人: a talk with the principal leader of a team rated AVERAGE years running, or POOR' },
    RECTIFICATION: { description: '限期整改: a team’s rectification by a deadline' },
    LEADER_ADJUSTMENT: { description: '调整主要负责人和有关责任人: the principal leader and those responsible are moved' },
  },
});

@Entity({ name: 'outcome_task' })
@ObjectType({ description: 'One outcome of a final result as a tracked task: proposed → approved → carried out → verified (training: assigned → enrolled → completed → verified)' })
export class OutcomeTask {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'Identifies the task in queries and outcome actions' })
  id: string;

  @Column({ type: 'text' })
  @Field(() => OutcomeKindEnum, { description: 'What the result leads to (commendation, salary step, admonishment, dismissal, …)' })
  kind: OutcomeKind;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'CADRE or TEAM' })
  subject: 'CADRE' | 'TEAM';

  @Column({ name: 'cadre_id', type: 'uuid', nullable: true })
  cadreId: string | null;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'org_path', type: 'text' })
  orgPath: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  @Field(() => ID, { description: 'The final result that justified it' })
  assessmentId: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  @Field(() => ID, { description: 'The cycle of the result that justified the task' })
  cycleId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The assessment year of the result' })
  year: number;

  @Column({ type: 'jsonb' })
  basis: { counter: string | null; explanation: string; counterValue?: number | null; countedYears?: number[] };

  @Column({ name: 'machine_id', type: 'text' })
  @Field(() => String, { description: 'The machine: outcomeTask (approved by the organisation department), committeeOutcomeTask (by the party committee) or remedialTraining' })
  machineId: string;

  @Column({ type: 'jsonb' })
  input: Record<string, unknown>;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The lifecycle state, dotted for nested states (approved.overdue)' })
  state: string;

  @Column({ type: 'jsonb' })
  snapshot: PersistedSnapshot;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send it back as expectedVersion to detect concurrent changes' })
  version: number;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the current step becomes overdue' })
  dueAt: Date | null;

  @Column({ name: 'due_event', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What fires at dueAt (MARK_OVERDUE); null when no deadline runs' })
  dueEvent: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the task was proposed' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the task last changed' })
  updatedAt: Date;
}
