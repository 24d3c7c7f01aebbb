import { IsBoolean, IsDateString, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FINDING_FEEDS, FINDING_SOURCES, VETO_EFFECTS, type FindingFeed, type FindingSource, type VetoEffect } from '../../workflows/rules/corroboration.js';
import { describeValues, enumObject } from '../common/enum.js';

export const FINDING_STATES = ['UNVERIFIED', 'VERIFIED', 'CLEARED'] as const;
export type FindingState = (typeof FINDING_STATES)[number];
export const CONSULTATION_STATES = ['REQUESTED', 'ANSWERED', 'WITHDRAWN'] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

export const FindingSourceEnum = enumObject(FINDING_SOURCES);
registerEnumType(FindingSourceEnum, {
  name: 'FindingSource',
  description: 'Where a corroborating finding comes from',
  valuesConfig: describeValues(FindingSourceEnum, {
    SUPERVISION: 'Supervision (督查)',
    INSPECTION_TOUR: 'Inspection tours (巡视巡察)',
    AUDIT: 'Audit (审计)',
    PETITION: 'Petitions (信访)',
    DISCIPLINE: 'Discipline inspection and supervision (纪检监察)',
  }),
});
export const FindingFeedEnum = enumObject(FINDING_FEEDS);
registerEnumType(FindingFeedEnum, {
  name: 'FindingFeed',
  description: 'The gate a finding type feeds, as the rule set maps it',
  valuesConfig: describeValues(FindingFeedEnum, {
    NEGATIVE_LIST: 'A negative-list situation: bars EXCELLENT',
    VETO_ITEM: 'A veto item (一票否决): its configured effect, unless the competent department answers that it does not apply',
    INFORMATION: 'Information only: feeds no gate',
  }),
});
export const VetoEffectEnum = enumObject(VETO_EFFECTS);
registerEnumType(VetoEffectEnum, {
  name: 'VetoEffect',
  description: 'What applying a veto item does to the grade',
  valuesConfig: describeValues(VetoEffectEnum, { NO_EXCELLENT: 'EXCELLENT is barred', LOWEST_GRADE: 'The lowest grade of the scale, whatever the score' }),
});
export const FindingStateEnum = enumObject(FINDING_STATES);
registerEnumType(FindingStateEnum, {
  name: 'FindingState',
  description: 'Whether a finding has been verified',
  valuesConfig: describeValues(FindingStateEnum, {
    UNVERIFIED: 'Recorded, not yet verified: feeds no gate',
    VERIFIED: 'Verified: feeds its gate',
    CLEARED: 'Found untrue or resolved: feeds no gate',
  }),
});
export const ConsultationStateEnum = enumObject(CONSULTATION_STATES);
registerEnumType(ConsultationStateEnum, {
  name: 'ConsultationState',
  description: 'The step of a consultation of the competent department on a veto item',
  valuesConfig: describeValues(ConsultationStateEnum, {
    REQUESTED: 'Asked, waiting for the answer: no grade may be set meanwhile',
    ANSWERED: 'Answered: the veto item applies or does not',
    WITHDRAWN: 'Withdrawn before an answer',
  }),
});

@ObjectType({ description: 'A finding of supervision, an inspection tour, audit, petitions or discipline about one assessment' })
export class CorroboratingFindingView {
  @Field(() => ID, { description: 'The finding' })
  id: string;
  @Field(() => FindingSourceEnum, { description: 'Where it comes from' })
  source: FindingSource;
  @Field(() => String, { description: 'The finding type, a code of its source in the cycle’s rule set' })
  findingType: string;
  @Field(() => String, { description: 'The finding type in words, from the rule set' })
  findingTypeLabel: string;
  @Field(() => FindingFeedEnum, { description: 'The gate the type feeds' })
  feeds: FindingFeed;
  @Field(() => String, { description: 'The negative-list code or veto item it feeds; empty for information only' })
  target: string;
  @Field(() => String, { description: 'The negative-list situation or veto item in words; empty for information only' })
  targetLabel: string;
  @Field(() => String, { description: 'The document it comes from (文号)' })
  documentRef: string;
  @Field(() => String, { description: 'The day of the finding (a Beijing day, YYYY-MM-DD)' })
  foundOn: string;
  @Field(() => String, { description: 'What was found, in words' })
  summary: string;
  @Field(() => FindingStateEnum, { description: 'Unverified, verified or cleared' })
  state: FindingState;
  @Field(() => String, { description: 'Why it was verified or cleared' })
  stateNote: string;
  @Field(() => Boolean, { description: 'Verified and mapped to a gate: it weighs on the grade now' })
  feedsGate: boolean;
  @Field(() => String, { nullable: true, description: 'Who recorded it' })
  recordedBy: string | null;
  @Field(() => Date, { description: 'When it was recorded' })
  recordedAt: Date;
}

@ObjectType({ description: 'A consultation of the competent department on a veto item of one assessment' })
export class VetoConsultationView {
  @Field(() => ID, { description: 'The consultation' })
  id: string;
  @Field(() => ID, { description: 'The assessment it is about' })
  assessmentId: string;
  @Field(() => String, { description: 'Who is assessed (the cadre, or the unit for a leadership team)' })
  subjectName: string;
  @Field(() => ID, { nullable: true, description: 'The finding that raised the veto item, if any' })
  findingId: string | null;
  @Field(() => String, { description: 'The veto item asked about, a code of the rule set' })
  vetoItem: string;
  @Field(() => String, { description: 'The veto item in words' })
  vetoItemLabel: string;
  @Field(() => String, { description: 'The competent department asked' })
  department: string;
  @Field(() => String, { description: 'The question put to it' })
  question: string;
  @Field(() => String, { description: 'The day it was asked (a Beijing day)' })
  requestedOn: string;
  @Field(() => String, { description: 'The last day of the answer, in working days of the official calendar' })
  dueOn: string;
  @Field(() => Boolean, { description: 'Still open after its due day' })
  overdue: boolean;
  @Field(() => ConsultationStateEnum, { description: 'Requested, answered or withdrawn' })
  state: ConsultationState;
  @Field(() => Boolean, { nullable: true, description: 'The answer: the veto item applies (true) or not (false); null before an answer' })
  applies: boolean | null;
  @Field(() => String, { nullable: true, description: 'The department’s reason' })
  answerReason: string | null;
  @Field(() => String, { nullable: true, description: 'Who answered for the department' })
  answeredBy: string | null;
  @Field(() => String, { nullable: true, description: 'The day of the answer (a Beijing day)' })
  answeredOn: string | null;
  @Field(() => String, { nullable: true, description: 'Who recorded the answer on the department’s behalf' })
  recordedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn' })
  withdrawnReason: string | null;
}

@ObjectType({ description: 'A finding type of a source and the gate it feeds, from the rule set' })
export class FindingTypeOption {
  @Field(() => FindingSourceEnum, { description: 'The source' })
  source: FindingSource;
  @Field(() => String, { description: 'The type’s code' })
  code: string;
  @Field(() => String, { description: 'The type in words' })
  label: string;
  @Field(() => FindingFeedEnum, { description: 'The gate it feeds' })
  feeds: FindingFeed;
  @Field(() => String, { description: 'The negative-list code or veto item it feeds; empty for information only' })
  target: string;
  @Field(() => String, { description: 'What it feeds, in words' })
  targetLabel: string;
}

@ObjectType({ description: 'A veto item of the rule set' })
export class VetoItemOption {
  @Field(() => String, { description: 'The item’s code' })
  code: string;
  @Field(() => String, { description: 'The item in words' })
  label: string;
  @Field(() => VetoEffectEnum, { description: 'What applying it does' })
  effect: VetoEffect;
}

@ObjectType({ description: 'What corroboration may name in a cycle: finding types per source, veto items, the answer period' })
export class CorroborationOptions {
  @Field(() => [FindingTypeOption], { description: 'The finding types of every source and what each feeds' })
  findingTypes: FindingTypeOption[];
  @Field(() => [VetoItemOption], { description: 'The veto items' })
  vetoItems: VetoItemOption[];
  @Field(() => Number, { description: 'Working days the competent department has to answer' })
  consultationWorkingDays: number;
}

@InputType({ description: 'A finding of supervision, an inspection tour, audit, petitions or discipline about one assessment' })
export class FindingInput {
  @Field(() => ID, { description: 'The assessment (the assessed and the year) it is about' })
  @IsUUID()
  assessmentId: string;
  @Field(() => FindingSourceEnum, { description: 'Where it comes from' })
  @IsIn(FINDING_SOURCES)
  source: FindingSource;
  @Field(() => String, { description: 'A finding type of the source in the cycle’s rule set' })
  @Length(1, 60)
  findingType: string;
  @Field(() => String, { description: 'The document it comes from (文号)' })
  @Length(1, 120)
  documentRef: string;
  @Field(() => String, { description: 'The day of the finding (YYYY-MM-DD), not after today' })
  @IsDateString({ strict: true })
  foundOn: string;
  @Field(() => String, { defaultValue: '', description: 'What was found, in words' })
  @MaxLength(2000)
  summary: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Already verified when recorded (it then feeds its gate at once)' })
  @IsBoolean()
  verified: boolean;
}

@InputType({ description: 'Verifying or clearing a finding' })
export class FindingStateInput {
  @Field(() => ID, { description: 'The finding' })
  @IsUUID()
  findingId: string;
  @Field(() => FindingStateEnum, { description: 'VERIFIED or CLEARED (or back to UNVERIFIED)' })
  @IsIn(FINDING_STATES)
  state: FindingState;
  @Field(() => String, { description: 'Why, in words' })
  @Length(1, 2000)
  note: string;
}

@InputType({ description: 'A question to the competent department on a veto item of one assessment' })
export class ConsultationRequestInput {
  @Field(() => ID, { description: 'The assessment' })
  @IsUUID()
  assessmentId: string;
  @Field(() => String, { description: 'A veto item of the cycle’s rule set' })
  @Length(1, 60)
  vetoItem: string;
  @Field(() => ID, { nullable: true, description: 'The finding that raised it, if any (of the same assessment)' })
  @IsOptional()
  @IsUUID()
  findingId?: string | null;
  @Field(() => String, { description: 'The competent department asked (e.g. 省应急管理厅)' })
  @Length(1, 120)
  department: string;
  @Field(() => String, { description: 'The question' })
  @Length(1, 2000)
  question: string;
}

@InputType({ description: 'The competent department’s answer, recorded on its behalf' })
export class ConsultationAnswerInput {
  @Field(() => ID, { description: 'The consultation' })
  @IsUUID()
  consultationId: string;
  @Field(() => Boolean, { description: 'The veto item applies (true) or does not (false)' })
  @IsBoolean()
  applies: boolean;
  @Field(() => String, { description: 'The department’s reason' })
  @Length(1, 2000)
  reason: string;
  @Field(() => String, { description: 'Who answered for the department (name and post)' })
  @Length(1, 120)
  answeredBy: string;
  @Field(() => String, { description: 'The day of the answer (YYYY-MM-DD), between the request day and today' })
  @IsDateString({ strict: true })
  answeredOn: string;
}

@InputType({ description: 'Withdrawing an open consultation' })
export class ConsultationWithdrawInput {
  @Field(() => ID, { description: 'The consultation' })
  @IsUUID()
  consultationId: string;
  @Field(() => String, { description: 'Why' })
  @Length(1, 2000)
  reason: string;
}
