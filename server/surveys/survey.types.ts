import { ArrayMaxSize, ArrayMinSize, IsDateString, IsInt, IsNumber, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SURVEY_STATES } from '../../workflows/surveys/survey.machine.js';
import { describeValues, enumObject } from '../common/enum.js';

export const SURVEY_KINDS = ['PUBLIC_OPINION', 'ECOLOGY_SATISFACTION', 'PUBLIC_SERVICE_SATISFACTION'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SurveyKindEnum = enumObject(SURVEY_KINDS);
registerEnumType(SurveyKindEnum, {
  name: 'SurveyKind',
  description: 'What a survey asks about',
  valuesConfig: describeValues(SurveyKindEnum, {
    PUBLIC_OPINION: 'Public opinion of the leadership team’s work (民意调查)',
    ECOLOGY_SATISFACTION: 'Satisfaction with the ecological environment (生态环境满意度)',
    PUBLIC_SERVICE_SATISFACTION: 'Satisfaction with basic public services (基本公共服务满意度)',
  }),
});
export const SurveyStateEnum = enumObject(SURVEY_STATES);
registerEnumType(SurveyStateEnum, {
  name: 'SurveyState',
  description: 'Where a survey stands',
  valuesConfig: describeValues(SurveyStateEnum, {
    PLANNED: 'Planned: sample plan, questionnaire and window may change',
    FIELDWORK: 'In fieldwork: the questionnaire is frozen; results may be imported or entered',
    CLOSED: 'Fieldwork closed: results are checked and may still be corrected',
    PUBLISHED: 'Published: its scores are the surveyed teams’ survey component; final',
  }),
});

@ObjectType({ description: 'A question of a survey’s questionnaire' })
export class SurveyQuestionView {
  @Field(() => String, { description: 'The question’s code, also its column in the firm’s file (e.g. Q1)' }) code: string;
  @Field(() => String, { description: 'The question as asked' }) text: string;
  @Field(() => Float, { description: 'Its weight in the organisation’s score (weights are relative)' }) weight: number;
}

@ObjectType({ description: 'One organisation of a survey’s sample plan, with its result once imported or entered' })
export class SurveySampleView {
  @Field(() => ID, { description: 'The organisation surveyed' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => String, { description: 'Its code (the key of the firm’s file)' }) organisationCode: string;
  @Field(() => Int, { description: 'The target number of responses of the sample plan' }) target: number;
  @Field(() => Int, { nullable: true, description: 'Responses obtained; null before a result' }) responses: number | null;
  @Field(() => Float, { nullable: true, description: 'The score, 0–100; null before a result' }) score: number | null;
  @Field(() => Float, { nullable: true, description: 'The standard deviation of individual scores, when the firm gave it' }) sd: number | null;
  @Field(() => Float, { nullable: true, description: 'The 95% margin of error in score points: 1.96·sd/√n, or 100·1.96·√(p(1−p)/n) with p = score/100' }) margin: number | null;
  @Field(() => Boolean, { description: 'Fewer responses than the target (or no result yet)' }) shortfall: boolean;
  @Field(() => String, { nullable: true, description: 'FILE (imported) or ENTERED (by hand); null before a result' }) origin: string | null;
  @Field(() => Float, { nullable: true, description: 'The organisation’s 好差评 rating score of the cycle’s year, when it has ratings' }) ratingScore: number | null;
}

@ObjectType({ description: 'A survey of a cycle (民意调查 or a satisfaction survey)' })
export class SurveyView {
  @Field(() => ID, { description: 'Identifies the survey' }) id: string;
  @Field(() => ID, { description: 'The cycle it belongs to' }) cycleId: string;
  @Field(() => Int, { description: 'The cycle’s year' }) year: number;
  @Field(() => SurveyKindEnum, { description: 'What it asks about' }) kind: SurveyKind;
  @Field(() => String, { description: 'Its title' }) title: string;
  @Field(() => String, { description: 'The survey firm doing the fieldwork' }) firm: string;
  @Field(() => SurveyStateEnum, { description: 'Where it stands' }) state: string;
  @Field(() => String, { description: 'First day of fieldwork (Beijing day, YYYY-MM-DD)' }) fieldworkFrom: string;
  @Field(() => String, { description: 'Last day of fieldwork (Beijing day, YYYY-MM-DD)' }) fieldworkTo: string;
  @Field(() => Int, { description: 'The questionnaire version in force (frozen once fieldwork starts)' }) questionnaireVersion: number;
  @Field(() => [SurveyQuestionView], { description: 'The questionnaire in force' }) questions: SurveyQuestionView[];
  @Field(() => [SurveySampleView], { description: 'The sample plan with each organisation’s result' }) sample: SurveySampleView[];
  @Field(() => Int, { description: 'Responses obtained over every organisation' }) totalResponses: number;
  @Field(() => Int, { description: 'Organisations with fewer responses than their target (or no result)' }) shortfalls: number;
  @Field(() => Date, { nullable: true, description: 'When it was published' }) publishedAt: Date | null;
}

@InputType({ description: 'A question of the questionnaire' })
export class SurveyQuestionInput {
  @Field(() => String, { description: 'Its code: a letter then up to 19 letters, digits or _ (e.g. Q1); the column of the firm’s file' }) @Length(1, 20) code: string;
  @Field(() => String, { description: 'The question as asked' }) @Length(1, 500) text: string;
  @Field(() => Float, { description: 'Its weight (relative, > 0)' }) @IsNumber() @Min(0.01) @Max(1000) weight: number;
}

@InputType({ description: 'One organisation of the sample plan' })
export class SurveySampleInput {
  @Field(() => ID, { description: 'The organisation surveyed (its leadership team is graded)' }) @IsUUID() organisationId: string;
  @Field(() => Int, { description: 'The target number of responses' }) @IsInt() @Min(1) @Max(1_000_000) target: number;
}

@InputType({ description: 'A survey to plan' })
export class PlanSurveyInput {
  @Field(() => ID, { description: 'The cycle the survey belongs to' }) @IsUUID() cycleId: string;
  @Field(() => SurveyKindEnum, { description: 'What it asks about' }) kind: SurveyKind;
  @Field(() => String, { description: 'Its title' }) @Length(1, 200) title: string;
  @Field(() => String, { description: 'The survey firm' }) @Length(1, 200) firm: string;
  @Field(() => String, { description: 'First day of fieldwork, YYYY-MM-DD (Beijing)' }) @Length(1, 40) fieldworkFrom: string;
  @Field(() => String, { description: 'Last day of fieldwork, YYYY-MM-DD (Beijing)' }) @Length(1, 40) fieldworkTo: string;
  @Field(() => [SurveySampleInput], { description: 'The sample plan' }) @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) sample: SurveySampleInput[];
  @Field(() => [SurveyQuestionInput], { description: 'The questionnaire' }) @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) questions: SurveyQuestionInput[];
}

@InputType({ description: 'Changes to a planned survey (what is given replaces what was)' })
export class UpdateSurveyPlanInput {
  @Field(() => ID, { description: 'The survey' }) @IsUUID() surveyId: string;
  @Field(() => String, { nullable: true, description: 'First day of fieldwork, YYYY-MM-DD' }) @IsOptional() @IsDateString({ strict: true }) fieldworkFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of fieldwork, YYYY-MM-DD' }) @IsOptional() @IsDateString({ strict: true }) fieldworkTo?: string | null;
  @Field(() => [SurveySampleInput], { nullable: true, description: 'The new sample plan' }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) sample?: SurveySampleInput[] | null;
  @Field(() => [SurveyQuestionInput], { nullable: true, description: 'A new questionnaire version' }) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) questions?: SurveyQuestionInput[] | null;
}

@InputType({ description: 'The survey firm’s file of results' })
export class ImportSurveyResultsInput {
  @Field(() => ID, { description: 'The survey' }) @IsUUID() surveyId: string;
  @Field(() => String, { description: 'Ends in .xlsx or .csv' }) @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' }) @MaxLength(255) fileName: string;
  @Field(() => String, { description: 'The file, base64-encoded' }) @Length(1, 1_000_000) contentBase64: string;
}

@InputType({ description: 'A question’s satisfaction score for one organisation' })
export class QuestionScoreInput {
  @Field(() => String, { description: 'The question’s code' }) @Length(1, 20) code: string;
  @Field(() => Float, { description: 'Its score, 0–100' }) @IsNumber() @Min(0) @Max(100) score: number;
}

@InputType({ description: 'One organisation’s result entered by hand: an overall score or every question’s score' })
export class EnterSurveyResultInput {
  @Field(() => ID, { description: 'The survey' }) @IsUUID() surveyId: string;
  @Field(() => ID, { description: 'The organisation of the sample plan' }) @IsUUID() organisationId: string;
  @Field(() => Int, { description: 'Responses obtained' }) @IsInt() @Min(1) @Max(1_000_000) responses: number;
  @Field(() => Float, { nullable: true, description: 'The overall score, 0–100 (else computed from the questions)' }) @IsOptional() @IsNumber() @Min(0) @Max(100) score?: number | null;
  @Field(() => Float, { nullable: true, description: 'The standard deviation of individual scores, when known' }) @IsOptional() @IsNumber() @Min(0) @Max(100) sd?: number | null;
  @Field(() => [QuestionScoreInput], { nullable: true, description: 'Each question’s score' }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) questionScores?: QuestionScoreInput[] | null;
}

@InputType({ description: 'A 好差评 file of service departments for a year' })
export class ImportServiceRatingsInput {
  @Field(() => Int, { description: 'The year the ratings belong to' }) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => String, { description: 'Ends in .xlsx or .csv' }) @Matches(/\.(xlsx|csv)$/i, { message: 'fileName must end in .xlsx or .csv' }) @MaxLength(255) fileName: string;
  @Field(() => String, { description: 'The file, base64-encoded' }) @Length(1, 1_000_000) contentBase64: string;
}

@ObjectType({ description: 'A service department’s 好差评 ratings over a year, with its rating score' })
export class ServiceRatingView {
  @Field(() => ID, { description: 'The department' }) organisationId: string;
  @Field(() => String, { description: 'Its name' }) organisationName: string;
  @Field(() => String, { description: 'Its code' }) organisationCode: string;
  @Field(() => Int, { description: 'The year' }) year: number;
  @Field(() => Int, { description: 'Periods imported (e.g. months or quarters)' }) periods: number;
  @Field(() => Int, { nullable: true, description: '非常满意 ratings; null when a period gave only good/bad counts' }) verySatisfied: number | null;
  @Field(() => Int, { nullable: true, description: '满意 ratings' }) satisfied: number | null;
  @Field(() => Int, { nullable: true, description: '基本满意 ratings' }) basicallySatisfied: number | null;
  @Field(() => Int, { nullable: true, description: '不满意 ratings' }) dissatisfied: number | null;
  @Field(() => Int, { nullable: true, description: '非常不满意 ratings' }) veryDissatisfied: number | null;
  @Field(() => Int, { description: 'Good ratings (非常满意 + 满意 + 基本满意)' }) good: number;
  @Field(() => Int, { description: 'Bad ratings (不满意 + 非常不满意)' }) bad: number;
  @Field(() => Float, { nullable: true, description: 'The rating score: 100·good/(good+bad)' }) score: number | null;
}
