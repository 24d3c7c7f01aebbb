import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many assessments a grading run proposed one grade for' })
export class GradeCount {
  @Field(() => String, { description: 'The grade proposed' }) grade: string;
  @Field(() => Int, { description: 'How many assessments got it' }) count: number;
}

@ObjectType({ description: 'What one grading run over a cycle did' })
export class GradingRun {
  @Field(() => Int, { description: 'Assessments graded in this run' }) graded: number;
  @Field(() => [GradeCount], { description: 'How many got each grade' }) byGrade: GradeCount[];
  @Field(() => GraphQLJSONObject, { description: 'Time of each phase, in milliseconds' }) millis: object;
}

@ObjectType({ description: 'A published survey a survey component was taken from' })
export class ComponentSurveySource {
  @Field(() => ID, { description: 'The survey' }) surveyId: string;
  @Field(() => String, { description: 'Its title' }) title: string;
  @Field(() => Int, { description: 'Responses of the surveyed organisation' }) responses: number;
  @Field(() => Float, { description: 'The organisation’s score in it, 0–100' }) score: number;
  @Field(() => Float, { nullable: true, description: 'Its 95% margin of error, in score points' }) margin: number | null;
}

@ObjectType({ description: 'The 好差评 rating mixed into a service department’s survey component' })
export class ComponentRatingSource {
  @Field(() => Float, { description: 'The rating score of the year: 100·good/(good+bad)' }) score: number;
  @Field(() => Int, { description: 'Good ratings of the year' }) good: number;
  @Field(() => Int, { description: 'Bad ratings of the year' }) bad: number;
  @Field(() => Float, { description: 'Its share of the component, in percent (scoring.serviceRatingSharePercent)' }) sharePercent: number;
}

@ObjectType({ description: 'Where a component’s value came from when it was not typed in' })
export class ComponentSourceView {
  @Field(() => [ComponentSurveySource], { description: 'The published surveys of the cycle covering the team (their scores averaged)' }) surveys: ComponentSurveySource[];
  @Field(() => ComponentRatingSource, { nullable: true, description: 'The 好差评 rating mixed in; null when the team’s unit has none' }) rating: ComponentRatingSource | null;
}

@ObjectType({ description: 'One part of the composite score' })
export class ScoreComponentView {
  @Field(() => String, { description: 'The component (e.g. REGULAR, WORK_RESULTS, ABILITIES, DEVELOPMENT; TERM_TARGETS and TERM_YEARS for a term assessment; SPECIAL_BONUS, SPECIAL_DEDUCTION and SPECIAL_NOT_APPLIED for the special assessments of the year)' }) key: string;
  @Field(() => Float, { description: 'Its weight in the composite score, in percent' }) weight: number;
  @Field(() => Float, { nullable: true, description: 'Its score, 0–100; null when there was no input' }) value: number | null;
  @Field(() => Float, { description: 'What it adds to the composite score (its value weighted; for a special assessment’s bonus or deduction, the points it moved the score by)' }) contribution: number;
  @Field(() => String, { nullable: true, description: 'Where the figure came from, in words, when it was put together from several inputs: the regular results that fed it, the special assessment and its rule, the term targets and the years over the term, the business assessments a cycle absorbs (each with its score and weight); null for a single input entered or computed as before' })
  source?: string | null;
  @Field(() => ComponentSourceView, { nullable: true, description: 'Where the public-survey value came from: the published surveys (with responses and margins) and a 好差评 rating mixed in (PUBLIC_SURVEY only); null when typed or computed from indicators' })
  surveySource?: ComponentSourceView | null;
}

@ObjectType({ description: 'A gate the engine applied to the proposal' })
export class GateView {
  @Field(() => String, { description: 'The gate that fired (e.g. POLITICAL_REVIEW_LOW, MAJOR_MISTAKE, QUOTA)' }) code: string;
  @Field(() => String, { description: 'FORCE, LOWER, NO_EXCELLENT or FLAG' }) effect: string;
  @Field(() => String, { description: 'The facts that fired it, in words' }) detail: string;
}

@ObjectType({ description: 'The engine’s proposal with its explanation: components, gates fired, rank in the quota pool' })
export class GradingResultView {
  @Field(() => Int, { description: '1 for the first run, one more for each re-run' }) version: number;
  @Field(() => String, { description: 'The grade the engine proposes' }) grade: string;
  @Field(() => Float, { nullable: true, description: 'The composite score; null when it could not be computed' }) score: number | null;
  @Field(() => [ScoreComponentView], { description: 'The parts of the composite score' }) components: ScoreComponentView[];
  @Field(() => [GateView], { description: 'The gates that lowered or barred the grade' }) gates: GateView[];
  @Field(() => [String], { description: 'Facts the committee should look at (they change nothing by themselves)' }) flags: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ allowed, candidates, rank } when the quota applied' }) quota: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation: turnout, groups (hidden below the anonymity minimum), score, vote shares' })
  evaluation: object | null;
  @Field(() => Date, { description: 'When the engine ran' }) computedAt: Date;
}

@ObjectType({ description: 'A binding gate in force for this person and year, with its facts' })
export class GateInForce {
  @Field(() => String, { description: 'The gate (POLITICAL_VETO, PENALTY_UNGRADED, INVESTIGATION_OPEN, ACCUSATION_UNCLEARED, …)' }) gate: string;
  @Field(() => String, { description: 'FORCE (fixes the result), LOWER (one level down) or NO_EXCELLENT' }) effect: string;
  @Field(() => GraphQLJSONObject, { description: 'The facts that put it in force (penalties, dates, scores)' }) facts: object;
}

@ObjectType({ description: 'The excellent quota of the assessment’s pool, counted as every decision counts it' })
export class PoolQuotaView {
  @Field(() => Int, { description: 'Members graded in the pool (UNGRADED and COMMENT_ONLY excepted), this one included' }) graded: number;
  @Field(() => Int, { description: 'At most this many EXCELLENT' }) limit: number;
  @Field(() => Int, { description: 'EXCELLENT proposed, decided or final for the other members' }) taken: number;
  @Field(() => Float, { description: 'The percentage in force (the members’ tilt and a recorded raise applied)' }) percent: number;
  @Field(() => Boolean, { description: 'A raise to the higher percentage is recorded for this pool' }) raiseApproved: boolean;
}

@ObjectType({ description: 'What the binding rules allow for this assessment today: the one decision every path asks, before anyone chooses' })
export class GradeLimitsView {
  @Field(() => [String], { description: 'The grades a proposal, a committee decision or a correction may set now, best first' }) allowedGrades: string[];
  @Field(() => String, { nullable: true, description: 'The result a gate fixes (the lowest grade, UNGRADED or COMMENT_ONLY), or null' }) forced: string | null;
  @Field(() => String, { description: 'The engine’s grade for this assessment alone; a person’s lower choice needs a reason' }) advice: string;
  @Field(() => [GateInForce], { description: 'Every binding gate in force' }) gates: GateInForce[];
  @Field(() => PoolQuotaView, { description: 'The pool’s excellent quota' }) quota: PoolQuotaView;
}
