import { ArrayMaxSize, ArrayNotEmpty, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ACCUSATION_SOURCES, CLEARING_METHODS, CLEARING_SCOPES, POINT_FINDINGS, type AccusationSource, type ClearingMethod, type ClearingScope, type PointFinding } from '../../../workflows/cases/accusation.machine.js';
import { Connection } from '../../common/pagination.js';
import { CaseActionInput, CaseView } from '../shared/case.types.js';

@ObjectType({ description: 'An accusation against a cadre and its verification; 澄清正名 when untrue', implements: CaseView })
export class Accusation extends CaseView {
  @Field(() => String, { description: 'Where the accusation came from: PETITION, REPORT or INSPECTION' }) source: string;
  @Field(() => Int, { description: 'The assessment year the accusation concerns: while it counts it weighs on that year' }) concernsYear: number;
  @Field(() => String, { nullable: true, description: 'The negative-list situation alleged, if any' }) negativeCode: string | null;
  @Field(() => String, { description: 'The day the accusation was received' }) receivedOn: string;
  @Field(() => Boolean, { description: 'False once cleared: never blocks EXCELLENT, an outcome or a promotion' }) countsAgainst: boolean;
}

export const AccusationConnection = Connection(Accusation, 'Accusation');

@InputType({ description: 'Records an accusation against a cadre, point by point' })
export class RecordAccusationInput {
  @Field(() => ID, { description: 'The cadre accused' }) @IsUUID() cadreId: string;
  @Field(() => String, { description: ACCUSATION_SOURCES.join(', ') }) @IsIn(ACCUSATION_SOURCES) source: AccusationSource;
  @Field(() => [String], { description: 'The points alleged, one text each, in order' }) @ArrayNotEmpty() @ArrayMaxSize(50) points: string[];
  @Field(() => Int, { description: 'The assessment year the accusation concerns' }) @IsInt() @Min(2000) @Max(2100) concernsYear: number;
  @Field(() => String, { nullable: true, description: 'The negative-list situation alleged, if any' }) @IsOptional() @Length(2, 60) negativeCode?: string | null;
  @Field(() => String, { description: 'The day it was received (YYYY-MM-DD)' }) @IsDateString({ strict: true }) receivedOn: string;
  @Field(() => String, { nullable: true, description: 'A retry with the same key returns the first answer and records nothing twice' }) @IsOptional() @Length(8, 100) idempotencyKey?: string | null;
}

@InputType({ description: 'The verification of an accusation, one finding per point' })
export class VerifyAccusationInput extends CaseActionInput {
  @Field(() => [String], { description: `One per point, in order: ${POINT_FINDINGS.join(', ')}` }) @ArrayNotEmpty() @IsIn(POINT_FINDINGS, { each: true }) findings: PointFinding[];
}

@InputType({ description: 'Clears the cadre’s name of the points found untrue' })
export class ClearAccusationInput extends CaseActionInput {
  @Field(() => String, { description: CLEARING_METHODS.join(', ') }) @IsIn(CLEARING_METHODS) method: ClearingMethod;
  @Field(() => String, { description: CLEARING_SCOPES.join(', ') }) @IsIn(CLEARING_SCOPES) scope: ClearingScope;
  @Field(() => String, { defaultValue: '', description: 'Where and before whom the name was cleared, in words' }) @MaxLength(2000) scopeNote: string;
  @Field(() => [Int], { description: 'The points cleared (0-based), each found untrue' }) @ArrayNotEmpty() points: number[];
}
