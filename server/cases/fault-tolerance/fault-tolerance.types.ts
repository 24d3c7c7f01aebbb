import { IsIn, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FT_ORIGINS, FT_OUTCOMES, THREE_DISTINCTIONS, type Distinction, type FtOrigin, type FtOutcome } from '../../../workflows/cases/fault-tolerance.machine.js';
import { PENALTY_KINDS, type PenaltyKind } from '../../../workflows/rules/settings.js';
import { CollectiveDecisionInput } from '../../assessments/assessment.types.js';
import { Connection } from '../../common/pagination.js';
import { CaseActionInput, CaseView } from '../shared/case.types.js';

@ObjectType({ description: '容错纠错 case', implements: CaseView })
export class FaultToleranceCase extends CaseView {
  @Field(() => ID, { nullable: true }) penaltyId: string | null;
  @Field(() => String) origin: string;
  @Field(() => String) mistakeKey: string;
  @Field(() => String, { nullable: true, description: 'EXEMPT, MITIGATED or NOT_TOLERATED once decided' }) outcome: string | null;
}

export const FaultToleranceCaseConnection = Connection(FaultToleranceCase, 'FaultToleranceCase');

@InputType()
export class OpenFaultToleranceInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() penaltyId?: string | null;
  @Field(() => String, { description: FT_ORIGINS.join(', ') }) @IsIn(FT_ORIGINS) origin: FtOrigin;
  @Field(() => String, { description: 'The nature of the mistake: the same mistake repeated is not tolerated' }) @Length(2, 100) mistakeKey: string;
  @Field(() => String) @Length(2, 5000) grounds: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
export class FtTextInput extends CaseActionInput {
  @Field(() => String, { description: 'The reason, findings, feedback summary, filing reference or correction note the step records' }) @Length(2, 5000) text: string;
}

@InputType({ description: '动机态度、客观条件、程序方法、性质程度、后果影响、挽回损失' })
export class SixFactorsInput {
  @Field(() => String) @Length(1, 2000) motive: string;
  @Field(() => String) @Length(1, 2000) objectiveConditions: string;
  @Field(() => String) @Length(1, 2000) procedure: string;
  @Field(() => String) @Length(1, 2000) natureAndDegree: string;
  @Field(() => String) @Length(1, 2000) consequences: string;
  @Field(() => String) @Length(1, 2000) remedialEffort: string;
}

@InputType()
export class DecideFaultToleranceInput extends CaseActionInput {
  @Field(() => String, { description: FT_OUTCOMES.join(', ') }) @IsIn(FT_OUTCOMES) outcome: FtOutcome;
  @Field(() => String, { nullable: true, description: THREE_DISTINCTIONS.join(', ') }) @IsOptional() @IsIn(THREE_DISTINCTIONS) distinction?: Distinction | null;
  @Field(() => SixFactorsInput) @ValidateNested() factors: SixFactorsInput;
  @Field(() => CollectiveDecisionInput) @ValidateNested() collective: CollectiveDecisionInput;
  @Field(() => String, { nullable: true, description: 'MITIGATED: the lighter sanction' }) @IsOptional() @IsIn(PENALTY_KINDS) lighterKind?: PenaltyKind | null;
  @Field(() => String) @Length(2, 5000) reason: string;
}
