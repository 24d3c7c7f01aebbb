import { ArrayMaxSize, IsDateString, IsIn, IsNumber, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A problem of a scheme, naming its node' })
export class SchemeIssueView {
  @Field(() => String, { description: 'WEIGHTS_NOT_100, GDP_MAIN_INDICATOR, GDP_IN_RESTRICTED_ZONE, NO_DATA_SOURCE, …' }) code: string;
  @Field(() => String, { description: '(scheme), a dimension (GREEN) or dimension.indicator (GREEN.GOOD_AIR_DAYS)' }) node: string;
  @Field(() => String, { description: 'What is wrong, in words' }) message: string;
}

@ObjectType({ description: 'A version of the indicator scheme of a jurisdiction and organisation category; published versions never change' })
export class IndicatorSchemeVersionView {
  @Field(() => ID, { description: 'Identifies the version (to publish it or pin it to a cycle)' }) id: string;
  @Field(() => ID, { description: 'The scheme this version belongs to' }) schemeId: string;
  @Field(() => ID, { description: 'The jurisdiction that owns the scheme' }) jurisdictionId: string;
  @Field(() => String, { description: 'The organisation category the scheme is for' }) category: string;
  @Field(() => String, { description: 'The scheme’s name' }) name: string;
  @Field(() => Int, { description: '1, 2, … within the scheme' }) version: number;
  @Field(() => String, { description: 'DRAFT or PUBLISHED' }) status: string;
  @Field(() => String, { nullable: true, description: 'The day a published version applies from; null for a draft' }) effectiveFrom: string | null;
  @Field(() => GraphQLJSONObject, { description: '{ dimensions: [{ key, weights: { TEAM, PRINCIPAL, DEPUTY }, indicators: [...] }] }' }) tree: object;
  @Field(() => String, { description: 'What changed in this version' }) note: string;
  @Field(() => Date, { description: 'When the draft was started' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was published; null for a draft' }) publishedAt: Date | null;
  @Field(() => [SchemeIssueView], { description: 'What blocks publication (empty for a valid scheme)' }) issues: SchemeIssueView[];
}

@InputType({ description: 'The draft of an indicator scheme to save' })
export class SaveSchemeDraftInput {
  @Field(() => ID, { description: 'The jurisdiction that owns the scheme' }) @IsUUID() jurisdictionId: string;
  @Field(() => String, { description: 'An OrganisationCategory' }) @Length(2, 60) category: string;
  @Field(() => String, { description: 'The scheme’s name' }) @Length(1, 200) name: string;
  @Field(() => GraphQLJSONObject, { description: 'The dimensions, their weights and indicators' }) tree: Record<string, unknown>;
  @Field(() => String, { defaultValue: '', description: 'What changed in this draft' }) @MaxLength(2000) note: string;
}

@InputType({ description: 'Publishes a draft from a date' })
export class PublishSchemeInput {
  @Field(() => ID, { description: 'The draft to publish' }) @IsUUID() versionId: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }) effectiveFrom: string;
}

@InputType({ description: 'An indicator file to import into a cycle' })
export class ImportIndicatorFileInput {
  @Field(() => ID, { description: 'The cycle the figures belong to' }) @IsUUID() cycleId: string;
  @Field(() => String, { description: 'Ends in .xlsx or .csv' }) @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' }) @MaxLength(255) fileName: string;
  @Field(() => String, { description: 'The file, base64-encoded' }) @Length(1, 1_000_000) contentBase64: string;
}

@InputType({ description: 'One figure: for an organisation (its team) by code or for a cadre by number' })
export class IndicatorValueInput {
  @Field(() => ID, { description: 'The cycle the figure belongs to' }) @IsUUID() cycleId: string;
  @Field(() => String, { nullable: true, description: 'The organisation (its team) the figure is for, by code' }) @IsOptional() @MaxLength(60) organisationCode?: string | null;
  @Field(() => String, { nullable: true, description: 'The cadre the figure is for, by number' }) @IsOptional() @MaxLength(60) personNo?: string | null;
  @Field(() => String, { description: 'The indicator, by its code in the pinned scheme' }) @Length(2, 40) indicatorCode: string;
  @Field(() => Float, { description: 'The figure, in the indicator’s unit' }) @IsNumber() value: number;
  @Field(() => String, { description: 'e.g. 2025 or 2025-12' }) @Length(1, 40) period: string;
  @Field(() => String, { description: 'Where the figure comes from (statistics bureau, survey, …)' }) @Length(1, 200) source: string;
}

@InputType({ description: 'The team indicators one member answers for in a cycle' })
export class AssignResponsibilitiesInput {
  @Field(() => ID, { description: 'The cycle' }) @IsUUID() cycleId: string;
  @Field(() => ID, { description: 'The team member' }) @IsUUID() cadreId: string;
  @Field(() => [String], { description: 'The indicator codes (replaces the member’s previous list)' }) @ArrayMaxSize(200) indicatorCodes: string[];
}

@InputType({ description: 'An approval that raises a pool’s excellent quota' })
export class QuotaRaiseInput {
  @Field(() => ID, { description: 'The cycle' }) @IsUUID() cycleId: string;
  @Field(() => String, { description: "TEAM (the cycle's teams) or MEMBERS (a unit's members)" }) @IsIn(['TEAM', 'MEMBERS']) pool: 'TEAM' | 'MEMBERS';
  @Field(() => ID, { nullable: true, description: 'The unit whose members’ pool is raised (MEMBERS only)' }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'One rank pool only; omitted: every rank pool of the unit' }) @IsOptional() @MaxLength(60) rankLevel?: string | null;
  @Field(() => String, { description: 'Who approved (the body or official)' }) @Length(2, 200) approvedBy: string;
  @Field(() => String, { description: 'The approving document (文号)' }) @Length(2, 200) documentRef: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }) approvedOn: string;
}
