import { ArrayNotEmpty, IsIn, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CYCLE_KINDS, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { AssessmentKindEnum, type AssessmentKind } from '../assessments/assessment.entity.js';
import { StepOptionsInput } from '../workflow/action-input.js';
import { CycleKindEnum } from './cycle.entity.js';

/** The version and retry key of every cycle action. */
const CycleStepOptions = StepOptionsInput('Cycle', 'The cycle version you saw (stale → CONFLICT)');

@InputType({ description: 'The deadlines of a cycle being planned' })
export class CycleDeadlinesInput {
  @Field(() => Date, { description: 'Self-reports are due by this instant' })
  selfReportDue: Date;

  @Field(() => Date, { nullable: true, description: 'The democratic evaluation is finished by this instant' })
  evaluationDue?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The committee review is finished by this instant' })
  reviewDue?: Date | null;

  @Field(() => Date, { description: 'The whole cycle is finished by this instant (annual: by the configured day of the next year)' })
  finishBy: Date;
}

@InputType({ description: 'A cycle to plan: kind, scope, deadlines' })
export class PlanCycleInput {
  @Field(() => CycleKindEnum, { description: 'Annual, regular, special or term' })
  @IsIn(CYCLE_KINDS)
  kind: CycleKind;

  @Field(() => String, { description: 'A name for the cycle' })
  @Length(2, 200)
  name: string;

  @Field(() => Int, { description: 'The year assessed' })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true, description: 'The quarter (1–4): required for a regular cycle' })
  @IsOptional()
  @Min(1)
  @Max(4)
  quarter?: number | null;

  @Field(() => String, { nullable: true, description: 'The task assessed: required for a special cycle' })
  @IsOptional()
  @MaxLength(500)
  task?: string | null;

  @Field(() => ID, { description: 'The scope: this organisation and its subtree' })
  @IsUUID()
  organisationId: string;

  @Field(() => CycleDeadlinesInput, { description: 'The cycle’s deadlines' })
  @ValidateNested()
  deadlines: CycleDeadlinesInput;

  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and changes nothing' })
  @IsOptional()
  @Length(8, 100)
  idempotencyKey?: string | null;
}

@InputType({ description: 'Whom to enrol in a cycle, in bulk' })
export class EnrolInput extends CycleStepOptions {
  @Field(() => ID, { description: 'The cycle' })
  @IsUUID()
  cycleId: string;

  @Field(() => [ID], { description: 'The organisations whose cadres are enrolled' })
  @ArrayNotEmpty()
  @IsUUID('all', { each: true })
  organisationIds: string[];

  @Field(() => Boolean, { defaultValue: true, description: 'Also the organisations below them' })
  includeSubtree: boolean;

  @Field(() => Boolean, { defaultValue: true, description: 'Annual and term cycles: enrol each unit’s leadership team too' })
  includeTeams: boolean;
}

@InputType({ description: 'An action on a cycle: the version you saw (stale → CONFLICT) and a key that makes a retry safe' })
export class CycleActionInput extends CycleStepOptions {
  @Field(() => ID, { description: 'The cycle' })
  @IsUUID()
  cycleId: string;
}

@InputType({ description: 'Cancelling a cycle still being planned, with the reason' })
export class CancelCycleInput extends CycleActionInput {
  @Field(() => String, { description: 'Why the cycle is cancelled' })
  @Length(2, 2000)
  reason: string;
}

@ObjectType({ description: 'How many assessments of a kind are in a state' })
export class StateCount {
  @Field(() => String, { description: 'The state' })
  state: string;

  @Field(() => AssessmentKindEnum, { description: 'The kind of assessment' })
  kind: AssessmentKind;

  @Field(() => Int, { description: 'How many' })
  count: number;
}
