import { ArrayMaxSize, ArrayNotEmpty, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ACCUSATION_SOURCES, CLEARING_METHODS, CLEARING_SCOPES, POINT_FINDINGS, type AccusationSource, type ClearingMethod, type ClearingScope, type PointFinding } from '../../../workflows/cases/accusation.machine.js';
import { Connection } from '../../common/pagination.js';
import { CaseActionInput, CaseView } from '../shared/case.types.js';

@ObjectType({ description: 'An accusation against a cadre and its verification; 澄清正名 when untrue', implements: CaseView })
export class Accusation extends CaseView {
  @Field(() => String) source: string;
  @Field(() => Int) concernsYear: number;
  @Field(() => String, { nullable: true }) negativeCode: string | null;
  @Field(() => String) receivedOn: string;
  @Field(() => Boolean, { description: 'False once cleared: never blocks EXCELLENT, an outcome or a promotion' }) countsAgainst: boolean;
}

export const AccusationConnection = Connection(Accusation, 'Accusation');

@InputType()
export class RecordAccusationInput {
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => String, { description: ACCUSATION_SOURCES.join(', ') }) @IsIn(ACCUSATION_SOURCES) source: AccusationSource;
  @Field(() => [String]) @ArrayNotEmpty() @ArrayMaxSize(50) points: string[];
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) concernsYear: number;
  @Field(() => String, { nullable: true, description: 'The negative-list situation alleged, if any' }) @IsOptional() @Length(2, 60) negativeCode?: string | null;
  @Field(() => String) @IsDateString({ strict: true }) receivedOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType()
export class VerifyAccusationInput extends CaseActionInput {
  @Field(() => [String], { description: `One per point, in order: ${POINT_FINDINGS.join(', ')}` }) @ArrayNotEmpty() @IsIn(POINT_FINDINGS, { each: true }) findings: PointFinding[];
}

@InputType()
export class ClearAccusationInput extends CaseActionInput {
  @Field(() => String, { description: CLEARING_METHODS.join(', ') }) @IsIn(CLEARING_METHODS) method: ClearingMethod;
  @Field(() => String, { description: CLEARING_SCOPES.join(', ') }) @IsIn(CLEARING_SCOPES) scope: ClearingScope;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) scopeNote: string;
  @Field(() => [Int], { description: 'The points cleared (0-based), each found untrue' }) @ArrayNotEmpty() points: number[];
}
