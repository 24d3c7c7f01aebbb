import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../workflows/org/categories.js';
import { describeValues, enumObject } from '../common/enum.js';
import { OrganisationKindEnum } from '../organisations/organisation.entity.js';

export const BUSINESS_MODES = ['SCORE', 'GATE'] as const;
export type BusinessMode = (typeof BUSINESS_MODES)[number];
export const BusinessModeEnum = enumObject(BUSINESS_MODES);
registerEnumType(BusinessModeEnum, {
  name: 'BusinessAssessmentMode',
  description: 'How a business assessment (业务考核) absorbed by an annual cycle counts in the one result',
  valuesConfig: describeValues(BusinessModeEnum, {
    SCORE: 'Its own score (0–100) weighs inside the team’s other-indicators component (the cadre’s work-results component) at the declared weight',
    GATE: 'Pass or fail: a fail bars EXCELLENT on every path to a grade',
  }),
});

@ObjectType({ description: 'A business assessment (业务考核) an annual cycle absorbs ("1+N"): who runs it, whom it covers and how it counts' })
export class BusinessAssessmentView {
  @Field(() => ID, { description: 'The business assessment id' }) id: string;
  @Field(() => ID, { description: 'The cycle that absorbs it' }) cycleId: string;
  @Field(() => String, { description: 'Its name, e.g. 安全生产' }) name: string;
  @Field(() => ID, { description: 'The department that runs it' }) departmentId: string;
  @Field(() => String, { description: 'The name of the department that runs it' }) departmentName: string;
  @Field(() => Boolean, { description: 'It assesses the leadership teams of the units it covers' }) coversTeams: boolean;
  @Field(() => Boolean, { description: 'It assesses the leading cadres of the units it covers' }) coversCadres: boolean;
  @Field(() => [OrganisationKindEnum], { description: 'The kinds of unit it covers' }) organisationKinds: OrganisationKind[];
  @Field(() => BusinessModeEnum, { description: 'SCORE (a weighted score) or GATE (pass or fail)' }) mode: BusinessMode;
  @Field(() => Float, { nullable: true, description: 'SCORE only: its weight inside the component, in percent; null for a gate' }) weight: number | null;
  @Field(() => Int, { description: 'How many separate on-site inspections of one unit it would have taken on its own' }) inspectionsPerUnit: number;
  @Field(() => Int, { description: 'Units of the cycle it covers' }) unitsCovered: number;
  @Field(() => Int, { description: 'Units covered that have a result in force' }) resultsEntered: number;
  @Field(() => Date, { description: 'When it was declared' }) declaredAt: Date;
}

@ObjectType({ description: 'A unit a business assessment covers, with its result in force (the latest version), if any' })
export class BusinessUnitResultView {
  @Field(() => ID, { description: 'The unit' }) organisationId: string;
  @Field(() => String, { description: 'The unit’s code (the import file names units by it)' }) organisationCode: string;
  @Field(() => String, { description: 'The unit’s name' }) organisationName: string;
  @Field(() => Int, { nullable: true, description: 'The version of the result in force (1 for the first entry, one more per correction); null when none is entered' }) version: number | null;
  @Field(() => Float, { nullable: true, description: 'SCORE: the score, 0–100; null for a gate or when missing' }) score: number | null;
  @Field(() => Boolean, { nullable: true, description: 'GATE: passed or failed; null for a score or when missing' }) passed: boolean | null;
  @Field(() => String, { nullable: true, description: 'The department’s note on the result' }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Who entered the result in force' }) recordedByName: string | null;
  @Field(() => Date, { nullable: true, description: 'When the result in force was entered' }) recordedAt: Date | null;
}

@ObjectType({ description: 'One business assessment in the "1+N" report of a cycle' })
export class BusinessReportLine {
  @Field(() => ID, { description: 'The business assessment' }) id: string;
  @Field(() => String, { description: 'Its name' }) name: string;
  @Field(() => String, { description: 'The department that runs it' }) departmentName: string;
  @Field(() => BusinessModeEnum, { description: 'SCORE or GATE' }) mode: BusinessMode;
  @Field(() => Int, { description: 'Units covered' }) unitsCovered: number;
  @Field(() => Int, { description: 'Units with a result in force' }) resultsEntered: number;
  @Field(() => Int, { description: 'Units still without a result' }) resultsMissing: number;
  @Field(() => Int, { description: 'GATE: units that failed it' }) failed: number;
  @Field(() => Int, { description: 'Separate on-site inspections it replaced: units covered × inspections per unit' }) inspectionsReplaced: number;
}

@ObjectType({ description: 'The "1+N" report of a cycle: the business assessments absorbed, units covered, results entered and missing per department, the inspections replaced' })
export class BusinessReportView {
  @Field(() => ID, { description: 'The cycle' }) cycleId: string;
  @Field(() => Int, { description: 'How many business assessments the cycle absorbs (the N of "1+N")' }) absorbed: number;
  @Field(() => Int, { description: 'Distinct units covered by at least one of them' }) unitsCovered: number;
  @Field(() => Int, { description: 'Results in force over all of them' }) resultsEntered: number;
  @Field(() => Int, { description: 'Results still missing over all of them' }) resultsMissing: number;
  @Field(() => Int, { description: 'Separate on-site inspections replaced: the sum over business assessments of units covered × inspections per unit' }) inspectionsReplaced: number;
  @Field(() => [BusinessReportLine], { description: 'One line per business assessment, in the order declared' }) lines: BusinessReportLine[];
}

@InputType({ description: 'A business assessment for an annual cycle to absorb' })
export class DeclareBusinessAssessmentInput {
  @Field(() => ID, { description: 'The annual cycle, planned or open' }) @IsUUID() cycleId: string;
  @Field(() => String, { description: 'Its name, unique in the cycle, e.g. 安全生产' }) @Length(2, 60) name: string;
  @Field(() => ID, { description: 'The department (an organisation of kind DEPARTMENT) that runs it' }) @IsUUID() departmentId: string;
  @Field(() => Boolean, { description: 'It assesses the units’ leadership teams' }) @IsBoolean() coversTeams: boolean;
  @Field(() => Boolean, { description: 'It assesses the units’ leading cadres' }) @IsBoolean() coversCadres: boolean;
  @Field(() => [OrganisationKindEnum], { description: 'The kinds of unit it covers' })
  @ArrayMinSize(1)
  @ArrayMaxSize(ORGANISATION_KINDS.length)
  @IsIn(ORGANISATION_KINDS as unknown as string[], { each: true })
  organisationKinds: OrganisationKind[];
  @Field(() => BusinessModeEnum, { description: 'SCORE or GATE' }) @IsIn(BUSINESS_MODES as unknown as string[]) mode: BusinessMode;
  @Field(() => Float, { nullable: true, description: 'SCORE only: its weight inside the component, in percent (the weights of a cycle add up to 100 at most)' })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(100)
  weight?: number | null;
  @Field(() => Int, { description: 'Separate on-site inspections of one unit it would have taken on its own' }) @IsInt() @Min(0) @Max(50) inspectionsPerUnit: number;
}

@InputType({ description: 'One unit’s result of a business assessment' })
export class BusinessResultInput {
  @Field(() => String, { description: 'The unit, by its code' }) @Length(1, 60) organisationCode: string;
  @Field(() => Float, { nullable: true, description: 'SCORE: the score, 0–100' }) @IsOptional() @IsNumber() score?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'GATE: passed (true) or failed (false)' }) @IsOptional() @IsBoolean() passed?: boolean | null;
  @Field(() => String, { nullable: true, description: 'A note (e.g. what a correction corrects)' }) @IsOptional() @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Results a department enters by hand for its business assessment' })
export class EnterBusinessResultsInput {
  @Field(() => ID, { description: 'The business assessment' }) @IsUUID() businessAssessmentId: string;
  @Field(() => [BusinessResultInput], { description: 'One result per unit; a unit with a result already gets a new version (a correction)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  results: BusinessResultInput[];
}

@InputType({ description: 'A business-assessment result file (.xlsx or .csv) to import' })
export class ImportBusinessResultsInput {
  @Field(() => ID, { description: 'The business assessment' }) @IsUUID() businessAssessmentId: string;
  @Field(() => String, { description: 'Ends in .xlsx or .csv' }) @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' }) @MaxLength(255) fileName: string;
  @Field(() => String, { description: 'The file, base64-encoded: columns 单位代码, 得分 (SCORE) or 是否通过 (GATE: 通过/不通过), 备注' }) @Length(1, 1_000_000) contentBase64: string;
}
