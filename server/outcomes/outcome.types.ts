import { IsIn, IsInt, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OUTCOME_KINDS, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { OutcomeKindEnum, OutcomeTask } from './outcome.entity.js';

export const OutcomeTaskConnection = Connection(OutcomeTask, 'OutcomeTask');

@ObjectType()
export class OutcomeDeadlineRun {
  @Field(() => Int)
  fired: number;

  @Field(() => Int, { description: 'Deadlines dropped because the task had moved on' })
  skipped: number;
}

// ---------- inputs ----------

@InputType({ description: 'Optional on every outcome action: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class OutcomeActionInput {
  @Field(() => ID)
  @IsUUID()
  outcomeId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType()
export class ApproveOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true, description: 'For DEMOTION_OR_REMOVAL: DEMOTION or REMOVAL; otherwise leave empty' })
  @IsOptional()
  @IsIn(['DEMOTION', 'REMOVAL'])
  choice?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class OutcomeNoteInput extends OutcomeActionInput {
  @Field(() => String, { description: 'What was done, in words (document number, date, body)' })
  @Length(2, 2000, { message: 'note must be given (2 to 2000 characters)' })
  note: string;
}

@InputType()
export class VerifyOutcomeInput extends OutcomeActionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class CancelOutcomeInput extends OutcomeActionInput {
  @Field(() => String)
  @Length(2, 2000, { message: 'reason must be given (2 to 2000 characters)' })
  reason: string;
}

@InputType()
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

  @Field(() => OutcomeKindEnum, { nullable: true })
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cadreId?: string | null;
}

/** The version and idempotency key of an outcome action input, as the service takes them. */
export const outcomeOptions = (input: OutcomeActionInput) => ({ expectedVersion: input.expectedVersion ?? null, idempotencyKey: input.idempotencyKey ?? null });
