import { IsIn, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { FT_ORIGINS, FT_OUTCOMES, THREE_DISTINCTIONS, type Distinction, type FtOrigin, type FtOutcome } from '../../../workflows/cases/fault-tolerance.machine.js';
import { PENALTY_KINDS, type PenaltyKind } from '../../../workflows/rules/settings.js';
import { CollectiveDecisionInput } from '../../assessments/assessment.types.js';
import { Connection } from '../../common/pagination.js';
import { CaseActionInput, CaseView } from '../shared/case.types.js';

@ObjectType({ description: '容错纠错 case', implements: CaseView })
export class FaultToleranceCase extends CaseView {
  @Field(() => ID, { nullable: true, description: 'The sanction the case is about; null when it concerns no recorded penalty' }) penaltyId: string | null;
  @Field(() => String, { description: 'How the case was opened: CADRE_APPLICATION, UNIT_APPLICATION or OWN_MOTION' }) origin: string;
  @Field(() => String, { description: 'The nature of the mistake: a mistake tolerated once is not tolerated again' }) mistakeKey: string;
  @Field(() => String, { nullable: true, description: 'EXEMPT, MITIGATED or NOT_TOLERATED once decided' }) outcome: string | null;
}

export const FaultToleranceCaseConnection = Connection(FaultToleranceCase, 'FaultToleranceCase');

@InputType({ description: 'Opens a fault-tolerance case: a written application or the body’s own motion' })
export class OpenFaultToleranceInput {
  @Field(() => ID, { description: 'The cadre the case is about' }) @IsUUID() cadreId: string;
  @Field(() => ID, { nullable: true, description: 'The sanction in play, if one is recorded' }) @IsOptional() @IsUUID() penaltyId?: string | null;
  @Field(() => String, { description: FT_ORIGINS.join(', ') }) @IsIn(FT_ORIGINS) origin: FtOrigin;
  @Field(() => String, { description: 'The nature of the mistake: the same mistake repeated is not tolerated' }) @Length(2, 100) mistakeKey: string;
  @Field(() => String, { description: 'Why the mistake should be tolerated, in the applicant’s words' }) @Length(2, 5000) grounds: string;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and opens no second case' }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType({ description: 'A fault-tolerance step that records a text' })
export class FtTextInput extends CaseActionInput {
  @Field(() => String, { description: 'The reason, findings, feedback summary, filing reference or correction note the step records' }) @Length(2, 5000) text: string;
}

@InputType({ description: '动机态度、客观条件、程序方法、性质程度、后果影响、挽回损失' })
export class SixFactorsInput {
  @Field(() => String, { description: '动机态度: the motive and attitude behind the decision that went wrong' }) @Length(1, 2000) motive: string;
  @Field(() => String, { description: '客观条件: the objective conditions the cadre acted under' }) @Length(1, 2000) objectiveConditions: string;
  @Field(() => String, { description: '程序方法: whether the procedure and methods were proper' }) @Length(1, 2000) procedure: string;
  @Field(() => String, { description: '性质程度: the nature and degree of the mistake' }) @Length(1, 2000) natureAndDegree: string;
  @Field(() => String, { description: '后果影响: its consequences and impact' }) @Length(1, 2000) consequences: string;
  @Field(() => String, { description: '挽回损失: what was done to limit or recover the losses' }) @Length(1, 2000) remedialEffort: string;
}

@InputType({ description: 'The collective decision of a fault-tolerance case' })
export class DecideFaultToleranceInput extends CaseActionInput {
  @Field(() => String, { description: FT_OUTCOMES.join(', ') }) @IsIn(FT_OUTCOMES) outcome: FtOutcome;
  @Field(() => String, { nullable: true, description: THREE_DISTINCTIONS.join(', ') }) @IsOptional() @IsIn(THREE_DISTINCTIONS) distinction?: Distinction | null;
  @Field(() => SixFactorsInput, { description: 'The six factors weighed, one text each' }) @ValidateNested() factors: SixFactorsInput;
  @Field(() => CollectiveDecisionInput, { description: 'The meeting: attendance, votes and recusals' }) @ValidateNested() collective: CollectiveDecisionInput;
  @Field(() => String, { nullable: true, description: 'MITIGATED: the lighter sanction' }) @IsOptional() @IsIn(PENALTY_KINDS) lighterKind?: PenaltyKind | null;
  @Field(() => String, { description: 'The reason for the decision, as written to the applicant' }) @Length(2, 5000) reason: string;
}
