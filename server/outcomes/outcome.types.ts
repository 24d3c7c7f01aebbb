import { IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OUTCOME_KINDS, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { StepOptionsInput } from '../workflow/action-input.js';
import { OutcomeKindEnum, OutcomeTask } from './outcome.entity.js';

export const OutcomeTaskConnection = Connection(OutcomeTask, 'OutcomeTask');

@ObjectType({ description: 'What one run of the outcome-task deadlines did' })
export class OutcomeDeadlineRun {
  @Field(() => Int, { description: 'Deadlines fired (the task was marked overdue)' })
  fired: number;

  @Field(() => Int, { description: 'Deadlines dropped because the task had moved on' })
  skipped: number;
}

// ---------- inputs ----------

@InputType({ description: 'Optional on every outcome action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class OutcomeActionInput extends StepOptionsInput('Outcome', 'The task version you saw: a stale one is refused with CONFLICT') {
  @Field(() => ID, { description: 'The outcome task to act on' })
  @IsUUID()
  outcomeId: string;
}

@InputType({ description: 'Approves a proposed outcome, with the measure chosen where one is needed' })
export class ApproveOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true, description: 'For DEMOTION_OR_REMOVAL: DEMOTION or REMOVAL; otherwise leave empty' })
  @IsOptional()
  @IsIn(['DEMOTION', 'REMOVAL'])
  choice?: string | null;

  @Field(() => String, { nullable: true, description: 'A note to the approval (the meeting, the document)' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'An outcome step that records what was done' })
export class OutcomeNoteInput extends OutcomeActionInput {
  @Field(() => String, { description: 'What was done, in words (document number, date, body)' })
  @Length(2, 2000, { message: 'note must be given (2 to 2000 characters)' })
  note: string;
}

@InputType({ description: 'Verifies a carried-out outcome or a completed training' })
export class VerifyOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true, description: 'What was checked, if anything is worth noting' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Cancels a task for cause' })
export class CancelOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { description: 'Why the task is cancelled' })
  @Length(2, 2000, { message: 'reason must be given (2 to 2000 characters)' })
  reason: string;
}

@InputType({ description: 'Enrols the person in remedial training' })
export class EnrolTrainingInput extends OutcomeActionInput {
  @Field(() => String, { description: 'The course the person is enrolled in' })
  @Length(2, 500)
  course: string;
}

@ArgsType()
export class OutcomeListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A state or a parent state (approved matches approved.*)' })
  @IsOptional()
  @MaxLength(60)
  state?: string | null;

  @Field(() => OutcomeKindEnum, { nullable: true, description: 'Only tasks of this kind' })
  @IsOptional()
  @IsIn([...OUTCOME_KINDS])
  kind?: OutcomeKind | null;

  @Field(() => ID, { nullable: true, description: 'The cycle whose result justified the task' })
  @IsOptional()
  @IsUUID()
  cycleId?: string | null;

  @Field(() => ID, { nullable: true, description: 'This organisation and its subtree' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the tasks of this cadre' })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

/** The version and idempotency key of an outcome action input, as the service takes them. */
export const outcomeOptions = (input: OutcomeActionInput) => ({ expectedVersion: input.expectedVersion ?? null, idempotencyKey: input.idempotencyKey ?? null });
