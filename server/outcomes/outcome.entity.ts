import { registerEnumType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OUTCOME_KINDS, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import type { PersistedSnapshot } from '../workflow/transition.js';
import { enumObject } from '../common/enum.js';

export const OutcomeKindEnum = enumObject(OUTCOME_KINDS);
registerEnumType(OutcomeKindEnum, { name: 'OutcomeKind', description: 'What follows a final result (DOMAIN.md §6)' });

@Entity({ name: 'outcome_task' })
@ObjectType({ description: 'One outcome of a final result as a tracked task: proposed → approved → carried out → verified (training: assigned → enrolled → completed → verified)' })
export class OutcomeTask {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'text' })
  @Field(() => OutcomeKindEnum)
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
  @Field(() => ID)
  cycleId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The assessment year of the result' })
  year: number;

  @Column({ type: 'jsonb' })
  basis: { counter: string | null; explanation: string; counterValue?: number | null; countedYears?: number[] };

  @Column({ name: 'machine_id', type: 'text' })
  @Field(() => String, { description: 'outcomeTask (approved by the organisation department), committeeOutcomeTask (by the party committee) or remedialTraining' })
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
  @Field(() => String, { nullable: true })
  dueEvent: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt: Date;
}
