import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';
import { GradeCount } from './grading.types.js';

export const GRADING_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type GradingRunStatus = (typeof GRADING_RUN_STATUSES)[number];
export const GradingRunStatusEnum = enumObject(GRADING_RUN_STATUSES);
registerEnumType(GradingRunStatusEnum, {
  name: 'GradingRunStatus',
  description: 'Where a grading run started from the browser stands',
  valuesConfig: describeValues(GradingRunStatusEnum, {
    QUEUED: 'Waiting for the background job to pick it up',
    RUNNING: 'The engine is grading; `phase`, `done` and `total` say how far',
    DONE: 'Finished: `graded` and `byGrade` say what it proposed',
    FAILED: 'Stopped without grading anything; `errorCode` says why (nothing was written)',
  }),
});

export const GRADING_RUN_PHASES = ['LOAD', 'INDICATORS', 'GRADING', 'DONE'] as const;
export type GradingRunPhase = (typeof GRADING_RUN_PHASES)[number];
export const GradingRunPhaseEnum = enumObject(GRADING_RUN_PHASES);
registerEnumType(GradingRunPhaseEnum, {
  name: 'GradingRunPhase',
  description: 'The phase a grading run reports',
  valuesConfig: describeValues(GradingRunPhaseEnum, {
    LOAD: 'Finding the assessments awaiting a proposal',
    INDICATORS: 'Scoring and rolling up the indicator data',
    GRADING: 'Grading the quota pools batch by batch',
    DONE: 'Every assessment of the run graded',
  }),
});

@ObjectType({ description: 'One run of the grading engine over a cycle, started from the browser and run in the background, with its progress and outcome' })
export class GradingRunRecord {
  @Field(() => ID, { description: 'The run' }) id: string;
  @Field(() => ID, { description: 'The cycle it grades' }) cycleId: string;
  @Field(() => String, { description: 'Who started it (display name)' }) startedByName: string;
  @Field(() => GradingRunStatusEnum, { description: 'Where it stands' }) status: GradingRunStatus;
  @Field(() => GradingRunPhaseEnum, { nullable: true, description: 'The phase reached; null while queued' }) phase: GradingRunPhase | null;
  @Field(() => Int, { description: 'Assessments graded so far' }) done: number;
  @Field(() => Int, { description: 'Assessments the run grades (those awaiting a proposal in the starter’s jurisdiction); 0 until counted' }) total: number;
  @Field(() => Int, { description: 'Assessments graded, once done' }) graded: number;
  @Field(() => [GradeCount], { description: 'How many got each grade, once done' }) byGrade: GradeCount[];
  @Field(() => String, { nullable: true, description: 'The error code (as in extensions.code) a failed run stopped with' }) errorCode: string | null;
  @Field(() => Date, { description: 'When it was started' }) queuedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the job began grading' }) startedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it finished or failed' }) finishedAt: Date | null;
}
