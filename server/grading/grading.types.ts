import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class GradeCount {
  @Field(() => String) grade: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class GradingRun {
  @Field(() => Int) graded: number;
  @Field(() => [GradeCount]) byGrade: GradeCount[];
  @Field(() => GraphQLJSONObject, { description: 'Time of each phase, in milliseconds' }) millis: object;
}

@ObjectType()
export class ScoreComponentView {
  @Field(() => String) key: string;
  @Field(() => Float) weight: number;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float) contribution: number;
}

@ObjectType()
export class GateView {
  @Field(() => String) code: string;
  @Field(() => String, { description: 'FORCE, LOWER, NO_EXCELLENT or FLAG' }) effect: string;
  @Field(() => String) detail: string;
}

@ObjectType({ description: 'The engine’s proposal with its explanation: components, gates fired, rank in the quota pool' })
export class GradingResultView {
  @Field(() => Int) version: number;
  @Field(() => String) grade: string;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => [ScoreComponentView]) components: ScoreComponentView[];
  @Field(() => [GateView]) gates: GateView[];
  @Field(() => [String]) flags: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ allowed, candidates, rank } when the quota applied' }) quota: object | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The democratic evaluation: turnout, groups (hidden below the anonymity minimum), score, vote shares' })
  evaluation: object | null;
  @Field(() => Date) computedAt: Date;
}
