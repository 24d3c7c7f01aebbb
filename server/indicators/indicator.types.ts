import { ArrayMaxSize, IsDateString, IsIn, IsNumber, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A problem of a scheme, naming its node' })
export class SchemeIssueView {
  @Field(() => String, { description: 'WEIGHTS_NOT_100, GDP_MAIN_INDICATOR, GDP_IN_RESTRICTED_ZONE, NO_DATA_SOURCE, …' }) code: string;
  @Field(() => String, { description: '(scheme), a dimension (GREEN) or dimension.indicator (GREEN.GOOD_AIR_DAYS)' }) node: string;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'A version of the indicator scheme of a jurisdiction and organisation category; published versions never change' })
export class IndicatorSchemeVersionView {
  @Field(() => ID) id: string;
  @Field(() => ID) schemeId: string;
  @Field(() => ID) jurisdictionId: string;
  @Field(() => String) category: string;
  @Field(() => String) name: string;
  @Field(() => Int) version: number;
  @Field(() => String, { description: 'DRAFT or PUBLISHED' }) status: string;
  @Field(() => String, { nullable: true }) effectiveFrom: string | null;
  @Field(() => GraphQLJSONObject, { description: '{ dimensions: [{ key, weights: { TEAM, PRINCIPAL, DEPUTY }, indicators: [...] }] }' }) tree: object;
  @Field(() => String) note: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => [SchemeIssueView], { description: 'What blocks publication (empty for a valid scheme)' }) issues: SchemeIssueView[];
}

@InputType()
export class SaveSchemeDraftInput {
  @Field(() => ID) @IsUUID() jurisdictionId: string;
  @Field(() => String, { description: 'An OrganisationCategory' }) @Length(2, 60) category: string;
  @Field(() => String) @Length(1, 200) name: string;
  @Field(() => GraphQLJSONObject) tree: Record<string, unknown>;
  @Field(() => String, { defaultValue: '' }) @MaxLength(2000) note: string;
}

@InputType()
export class PublishSchemeInput {
  @Field(() => ID) @IsUUID() versionId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }) effectiveFrom: string;
}

@InputType()
export class ImportIndicatorFileInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => String, { description: 'Ends in .xlsx or .csv' }) @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' }) @MaxLength(255) fileName: string;
  @Field(() => String, { description: 'The file, base64-encoded' }) @Length(1, 1_000_000) contentBase64: string;
}

@InputType({ description: 'One figure: for an organisation (its team) by code or for a cadre by number' })
export class IndicatorValueInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) organisationCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) personNo?: string | null;
  @Field(() => String) @Length(2, 40) indicatorCode: string;
  @Field(() => Float) @IsNumber() value: number;
  @Field(() => String, { description: 'e.g. 2025 or 2025-12' }) @Length(1, 40) period: string;
  @Field(() => String) @Length(1, 200) source: string;
}

@InputType()
export class AssignResponsibilitiesInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => ID) @IsUUID() cadreId: string;
  @Field(() => [String]) @ArrayMaxSize(200) indicatorCodes: string[];
}

@InputType()
export class QuotaRaiseInput {
  @Field(() => ID) @IsUUID() cycleId: string;
  @Field(() => String, { description: "TEAM (the cycle's teams) or MEMBERS (a unit's members)" }) @IsIn(['TEAM', 'MEMBERS']) pool: 'TEAM' | 'MEMBERS';
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'One rank pool only; omitted: every rank pool of the unit' }) @IsOptional() @MaxLength(60) rankLevel?: string | null;
  @Field(() => String, { description: 'Who approved (the body or official)' }) @Length(2, 200) approvedBy: string;
  @Field(() => String, { description: 'The approving document (文号)' }) @Length(2, 200) documentRef: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }) approvedOn: string;
}
