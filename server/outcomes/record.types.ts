import { IsIn, IsInt, IsOptional, IsUUID } from 'class-validator';
import { ArgsType, createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { COUNTER_KEYS } from '../../workflows/outcomes/rules.js';
import { Accusation } from '../cases/accusations/accusation.types.js';
import { FaultToleranceCase } from '../cases/fault-tolerance/fault-tolerance.types.js';
import { PromotionBlockers } from '../cases/penalties/penalty.types.js';
import { ReviewCase } from '../cases/review/review.types.js';
import { ResultVersion } from '../cases/versions/result-version.types.js';
import { enumObject } from '../common/enum.js';
import { Connection, PageArgs } from '../common/pagination.js';
import { OutcomeKindEnum, OutcomeTask } from './outcome.entity.js';
import { ALERT_COUNTERS, ALERT_STAGES, type AlertCounter, type AlertStage } from './alerts.js';
import type { CounterAlertShape, YearResultShape } from './record.service.js';

const AlertCounterEnum = enumObject(ALERT_COUNTERS);
registerEnumType(AlertCounterEnum, {
  name: 'AlertCounter',
  description: 'The consecutive runs that lead to an outcome: merit, organisational adjustment, dismissal',
  valuesConfig: {
    CONSECUTIVE_EXCELLENT: { description: 'EXCELLENT years running: a third-class merit at every full run (3 years by default)' },
    CONSECUTIVE_BASICALLY_COMPETENT: { description: 'BASICALLY_COMPETENT years running: an organisational adjustment (2 years by default)' },
    CONSECUTIVE_INCOMPETENT: { description: 'INCOMPETENT years running: dismissal (2 years by default)' },
  },
});
const AlertStageEnum = enumObject(ALERT_STAGES);
registerEnumType(AlertStageEnum, {
  name: 'AlertStage',
  description: 'REACHED: the latest result completes the run; NEXT_YEAR: one more such year would',
  valuesConfig: {
    REACHED: { description: 'The latest result completes the run: the outcome is due' },
    NEXT_YEAR: { description: 'One more such year would complete the run' },
  },
});

// ---------- the record ----------

@ObjectType({ description: "A grade-lowering or grade-barring gate the grading engine applied, as recorded with the result" })
export class ResultGate {
  @Field(() => String, { description: 'The gate that fired (e.g. POLITICAL_REVIEW_LOW, MAJOR_MISTAKE, TEAM_NOT_OUTSTANDING, QUOTA)' })
  code: string;

  @Field(() => String, { description: 'What it did: FORCE, LOWER, NO_EXCELLENT or FLAG' })
  effect: string;

  @Field(() => String, { description: 'The facts that fired it, in words' })
  detail: string;
}

@ObjectType({ description: 'One year’s final result, with how it was reached' })
export class YearResult implements YearResultShape {
  @Field(() => ID, { description: 'The assessment that produced the result' })
  assessmentId: string;

  @Field(() => ID, { description: 'The cycle of the assessment' })
  cycleId: string;

  @Field(() => Int, { description: 'The assessment year' })
  year: number;

  @Field(() => String, { description: 'The final grade, UNGRADED or COMMENT_ONLY' })
  grade: string;

  @Field(() => Date, { description: 'When the committee decided it (or the overlay applied)' })
  decidedAt: Date;

  @Field(() => String, { nullable: true, description: 'What the assessment team proposed (null for the cadre reading their own record)' })
  proposedGrade: string | null;

  @Field(() => String, { nullable: true, description: 'The comment (评语) with the proposal' })
  proposalComment: string | null;

  @Field(() => String, { description: 'APPROVED (the proposal stood), CHANGED by the committee with a reason, or OVERLAY (UNGRADED / COMMENT_ONLY from status facts); DECIDED when the cadre reads their own record (the deliberation is not theirs to read)' })
  decision: string;

  @Field(() => String, { nullable: true, description: 'The proposed grade the committee changed, when it did (null for the cadre reading their own record)' })
  changedFrom: string | null;

  @Field(() => String, { nullable: true, description: 'The committee’s reason for the change (null for the cadre reading their own record)' })
  changeReason: string | null;

  @Field(() => String, { description: 'NONE, UNGRADED or COMMENT_ONLY: the status overlay applied to the result' })
  overlay: string;

  @Field(() => String, { nullable: true, description: 'Why the overlay applied (e.g. INVESTIGATION for an open investigation)' })
  overlayReason: string | null;

  @Field(() => String, { nullable: true, description: 'Public notice window of an EXCELLENT result' })
  noticeStartsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the public notice window' })
  noticeEndsOn: string | null;

  @Field(() => Number, { nullable: true, description: 'Composite score of the grading engine, when it ran' })
  score: number | null;

  @Field(() => [ResultGate], { description: 'The gates the grading engine applied, with their facts' })
  gates: ResultGate[];

  @Field(() => [ResultVersion], { description: 'Version 1 as decided, then one per correction (review, appeal, fault tolerance, investigation closed), oldest first' })
  versions: ResultVersion[];
}

@ObjectType({ description: 'A year that did not count toward a counter, and why' })
export class NotCountedYear {
  @Field(() => Int, { description: 'The year left out' })
  year: number;

  @Field(() => String, { nullable: true, description: 'Its result; null when there was none' })
  grade: string | null;

  @Field(() => String, { description: 'Why it did not count, in words' })
  why: string;
}

@ObjectType({ description: `A results-application counter: ${COUNTER_KEYS.join(', ')}` })
export class OutcomeCounter {
  @Field(() => String, { description: 'Which counter this is' })
  key: string;

  @Field(() => Int, { description: 'Years counted' })
  value: number;

  @Field(() => Int, { description: 'Years that trigger the outcome (a cumulative counter: at each multiple)' })
  threshold: number;

  @Field(() => Int, { description: 'The year the counter is taken at' })
  asOf: number;

  @Field(() => [Int], { description: 'The years counted, oldest first' })
  countedYears: number[];

  @Field(() => [NotCountedYear], { description: 'Consecutive counters: the year that broke the run; cumulative ones: every year not counted' })
  notCounted: NotCountedYear[];

  @Field(() => String, { description: 'How the counter was taken, in words' })
  explanation: string;
}

@ObjectType({ description: 'An outcome the results justify that a status blocks (a protected status blocks dismissal)' })
export class BlockedOutcomeView {
  @Field(() => OutcomeKindEnum, { description: 'The outcome blocked' })
  kind: OutcomeKind;

  @Field(() => Int, { description: 'The result year that justifies it' })
  year: number;

  @Field(() => [String], { description: 'The protected statuses in force that block it (e.g. PREGNANCY, INJURY_ON_DUTY)' })
  statuses: string[];

  @Field(() => String, { description: 'Why it is blocked, in words' })
  explanation: string;
}

export type TimelineRecord = YearResult | OutcomeTask | ResultVersion | ReviewCase | FaultToleranceCase | Accusation;

/** What a timeline entry points at: a result, a correction of it, an outcome task, a review or appeal, a fault-tolerance case, an accusation (and its clearing). */
export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'The record a timeline entry is about',
  types: () => [YearResult, OutcomeTask, ResultVersion, ReviewCase, FaultToleranceCase, Accusation] as const,
  resolveType: (value) => {
    for (const type of [OutcomeTask, ResultVersion, ReviewCase, FaultToleranceCase, Accusation]) if (value instanceof type) return type;
    return YearResult;
  },
});

@ObjectType({ description: 'One event in a cadre’s (or team’s) record: a year’s result, a correction of it, an outcome task, a review or appeal, a fault-tolerance case, an accusation or its clearing' })
export class TimelineEntry {
  @Field(() => Date, { description: 'When it happened' })
  at: Date;

  @Field(() => Int, { description: 'The assessment year it belongs to' })
  year: number;

  @Field(() => String, { description: 'RESULT, RESULT_VERSION (a correction), REVIEW, APPEAL (a direct appeal), FAULT_TOLERANCE, ACCUSATION, CLEARING or OUTCOME' })
  kind: string;

  @Field(() => String, { description: 'The audit entity type of the record (assessment, outcome_task, review_case, fault_tolerance_case, accusation)' })
  entityType: string;

  @Field(() => ID, { description: 'The id of the record (an assessment, task or case)' })
  entityId: string;

  @Field(() => String, { description: 'The grade of a result or version; the state of a task or case' })
  status: string;

  @Field(() => String, { description: 'A one-line summary in Chinese' })
  title: string;

  @Field(() => TimelineItem, { description: 'The record itself, to read its details' })
  item: TimelineRecord;
}

@ObjectType({ description: '干部考核档案: results by year, outcomes and counters of one cadre or leadership team' })
export class CadreRecord {
  @Field(() => String, { description: 'CADRE or TEAM' })
  subject: string;

  @Field(() => ID, { nullable: true, description: 'The cadre; null for a leadership team' })
  cadreId: string | null;

  @Field(() => ID, { description: 'The organisation of the cadre or team' })
  organisationId: string;

  @Field(() => [TimelineEntry], { description: 'Oldest first' })
  timeline: TimelineEntry[];

  @Field(() => [YearResult], { description: 'Final results by year, oldest first' })
  results: YearResult[];

  @Field(() => [OutcomeTask], { description: 'Every outcome task, oldest first' })
  outcomes: OutcomeTask[];

  @Field(() => [OutcomeCounter], { description: 'As of the latest year with a result' })
  counters: OutcomeCounter[];

  @Field(() => [BlockedOutcomeView], { description: 'Outcomes of the latest year blocked today' })
  blocked: BlockedOutcomeView[];

  @Field(() => PromotionBlockers, { nullable: true, description: 'A cadre’s: what blocks a promotion today (null for a team)' })
  promotionBlockers: PromotionBlockers | null;
}

@ObjectType({ description: 'A cadre whose latest result completes (or is one year from) a run that leads to an outcome, for HR and the organisation department' })
export class CounterAlert implements CounterAlertShape {
  @Field(() => ID, { description: 'The cadre the alert is about' })
  cadreId: string;

  @Field(() => ID, { description: 'The organisation where the cadre sits' })
  organisationId: string;

  @Field(() => AlertCounterEnum, { description: 'Which run the alert is about' })
  counter: AlertCounter;

  @Field(() => AlertStageEnum, { description: 'Whether the run is complete or one year from it' })
  stage: AlertStage;

  @Field(() => Int, { description: 'Consecutive years up to and including latestYear' })
  value: number;

  @Field(() => Int, { description: 'The run that triggers the outcome, from the settings the latest cycle pinned' })
  threshold: number;

  @Field(() => Int, { description: 'The year of the cadre’s latest final result' })
  latestYear: number;

  @Field(() => String, { description: 'The cadre’s latest final grade' })
  latestGrade: string;

  @Field(() => [Int], { description: 'The years of the run, oldest first' })
  countedYears: number[];
}

export const CounterAlertConnection = Connection(CounterAlert, 'CounterAlert');

@ArgsType()
export class CounterAlertArgs extends PageArgs {
  @Field(() => AlertCounterEnum, { nullable: true, description: 'Only alerts about this run' })
  @IsOptional()
  @IsIn([...ALERT_COUNTERS])
  counter?: AlertCounter | null;

  @Field(() => AlertStageEnum, { nullable: true, description: 'Only alerts at this stage' })
  @IsOptional()
  @IsIn([...ALERT_STAGES])
  stage?: AlertStage | null;

  @Field(() => ID, { nullable: true, description: 'This organisation and its subtree' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only cadres whose latest final result is of this year' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}
