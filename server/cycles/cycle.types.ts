import { ArrayNotEmpty, IsIn, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CYCLE_KINDS, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { AssessmentKindEnum, type AssessmentKind } from '../assessments/assessment.entity.js';
import { Cadre } from '../cadres/cadre.entity.js';
import { describeValues, enumObject } from '../common/enum.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { StepOptionsInput } from '../workflow/action-input.js';
import { AssessmentCycle, CycleKindEnum } from './cycle.entity.js';
import { SKIP_REASONS, type SkipReason } from './enrolment.js';

export const EnrolmentSkipReasonEnum = enumObject(SKIP_REASONS);
registerEnumType(EnrolmentSkipReasonEnum, {
  name: 'EnrolmentSkipReason',
  description: 'Why a cadre or team was left out of an enrolment',
  valuesConfig: describeValues(EnrolmentSkipReasonEnum, {
    ALREADY_ENROLLED: 'Already assessed for this kind and period in another cycle (one assessment per cadre, kind and period)',
    OUTSIDE_MANAGING_JURISDICTION: 'Managed by a jurisdiction above the cycle’s organisation (干部管理权限)',
    NOT_SERVING: 'The cadre has retired or left (在职状态): only serving cadres are enrolled',
    UNIT_RETIRED: 'The unit is retired (撤销): it takes no new enrolment',
  }),
});

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

@InputType({ description: 'One cadre to enrol in a cycle' })
export class EnrolCadreInput extends CycleStepOptions {
  @Field(() => ID, { description: 'The cycle' })
  @IsUUID()
  cycleId: string;

  @Field(() => ID, { description: 'The cadre, inside the cycle’s scope and managed by its organisation or below' })
  @IsUUID()
  cadreId: string;
}

@ObjectType({ description: 'A cadre or team left out of an enrolment, with the reason and what holds the period' })
export class EnrolmentSkip {
  cadreId: string | null;
  organisationId: string;
  managingOrganisationId: string | null;

  @Field(() => Cadre, { nullable: true, description: 'The cadre left out; null for a leadership team' })
  cadre?: Cadre | null;

  @Field(() => Organisation, { description: 'The cadre’s unit, or the unit whose team was left out' })
  organisation?: Organisation;

  @Field(() => AssessmentKindEnum, { description: 'The kind of assessment that was not created' })
  kind: AssessmentKind;

  @Field(() => EnrolmentSkipReasonEnum, { description: 'Why it was left out' })
  reason: SkipReason;

  @Field(() => ID, { nullable: true, description: 'ALREADY_ENROLLED: the cycle that already assesses the period' })
  existingCycleId: string | null;

  @Field(() => String, { nullable: true, description: 'ALREADY_ENROLLED: that cycle’s name' })
  existingCycleName: string | null;

  @Field(() => ID, { nullable: true, description: 'ALREADY_ENROLLED: the assessment that holds the period' })
  existingAssessmentId: string | null;

  @Field(() => String, { nullable: true, description: 'The managing jurisdiction’s name (干部管理权限)' })
  managingOrganisationName: string | null;
}

@ObjectType({ description: 'What an enrolment did: the cycle, how many were enrolled, and who was left out and why' })
export class EnrolmentReport {
  @Field(() => AssessmentCycle, { description: 'The cycle after the enrolment' })
  cycle: AssessmentCycle;

  @Field(() => Int, { description: 'Cadres enrolled now' })
  cadres: number;

  @Field(() => Int, { description: 'Leadership teams enrolled now' })
  teams: number;

  @Field(() => [EnrolmentSkip], { description: 'Cadres and teams left out, with the reason and the cycle that already holds the period (the first 500; skippedCount says how many)' })
  skipped: EnrolmentSkip[];

  @Field(() => Int, { description: 'How many cadres and teams were left out' })
  skippedCount: number;
}
