import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'One part of the composite score' })
export class ScoreComponentView {
  @Field(() => String, { description: 'The component (e.g. REGULAR, WORK_RESULTS, ABILITIES, DEVELOPMENT)' }) key: string;
  @Field(() => Float, { description: 'Its weight in the composite score, in percent' }) weight: number;
  @Field(() => Float, { nullable: true, description: 'Its score, 0–100; null when there was no input' }) value: number | null;
  @Field(() => Float, { description: 'What it adds to the composite score (its value weighted)' }) contribution: number;
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
