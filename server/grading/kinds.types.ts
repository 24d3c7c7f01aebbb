import { ArrayMaxSize, IsDateString, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describeValues, enumObject } from '../common/enum.js';

export const SPECIAL_RULE_MODES = ['BONUS', 'DEDUCTION', 'GATE'] as const;
export const SpecialRuleModeEnum = enumObject(SPECIAL_RULE_MODES);
registerEnumType(SpecialRuleModeEnum, {
  name: 'SpecialRuleMode',
  description: 'How a special assessment (专项考核) counts in the annual of its year',
  valuesConfig: describeValues(SpecialRuleModeEnum, {
    BONUS: 'Adds its points to the annual composite when the result is at or above the threshold grade',
    DEDUCTION: 'Takes its points off the annual composite when the result is at or below the threshold grade',
    GATE: 'When the result is at or below the threshold grade: no EXCELLENT, or one level below the grade the score gives',
  }),
});

export const SPECIAL_GATE_EFFECTS = ['NO_EXCELLENT', 'ONE_LEVEL_DOWN'] as const;
export const SpecialGateEffectEnum = enumObject(SPECIAL_GATE_EFFECTS);
registerEnumType(SpecialGateEffectEnum, {
  name: 'SpecialGateEffect',
  description: 'What a special assessment’s gate does to the annual grade',
  valuesConfig: describeValues(SpecialGateEffectEnum, {
    NO_EXCELLENT: 'The annual may not be EXCELLENT',
    ONE_LEVEL_DOWN: 'The annual is at most one level below the grade its score gives',
  }),
});

export const REGULAR_GRADES = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'] as const;
export const RegularGradeEnum = enumObject(REGULAR_GRADES);
registerEnumType(RegularGradeEnum, {
  name: 'RegularGrade',
  description: 'A grade of the regular and special scale: 好 / 较好 / 一般 / 较差',
  valuesConfig: describeValues(RegularGradeEnum, { GOOD: '好', FAIR: '较好', AVERAGE: '一般', POOR: '较差' }),
});

@ObjectType({ description: 'The rule a special assessment carries into the annual of its year' })
export class SpecialRuleView {
  @Field(() => SpecialRuleModeEnum, { description: 'Bonus, deduction or gate' }) mode: (typeof SPECIAL_RULE_MODES)[number];
  @Field(() => RegularGradeEnum, { description: 'The grade the rule bites from: at or above it for a bonus, at or below it for a deduction or a gate' })
  threshold: (typeof REGULAR_GRADES)[number];
  @Field(() => Float, { nullable: true, description: 'The points of a bonus or a deduction; null for a gate' }) points: number | null;
  @Field(() => SpecialGateEffectEnum, { nullable: true, description: 'What a gate does; null for a bonus or a deduction' }) gateEffect: (typeof SPECIAL_GATE_EFFECTS)[number] | null;
  @Field(() => Float, { description: 'The most points special assessments may add in one year (the cycle’s settings)' }) bonusLimit: number;
  @Field(() => Float, { description: 'The most points special assessments may take off in one year (the cycle’s settings)' }) deductionLimit: number;
  @Field(() => Date, { description: 'When the rule was last set' }) setAt: Date;
}

@InputType({ description: 'A special cycle’s rule: its mode, the threshold grade, and the points or the gate’s effect' })
export class SpecialRuleInput {
  @Field(() => ID, { description: 'The special cycle' }) cycleId: string;
  @Field(() => SpecialRuleModeEnum, { description: 'Bonus, deduction or gate' }) mode: (typeof SPECIAL_RULE_MODES)[number];
  @Field(() => RegularGradeEnum, { description: 'The threshold grade' }) threshold: (typeof REGULAR_GRADES)[number];
  @Field(() => Float, { nullable: true, description: 'Bonus or deduction: the points, more than 0 and at most the year’s limit' }) points?: number | null;
  @Field(() => SpecialGateEffectEnum, { nullable: true, description: 'Gate: what it does' }) gateEffect?: (typeof SPECIAL_GATE_EFFECTS)[number] | null;
}

@ObjectType({ description: 'The term a term assessment covers' })
export class TermPeriodView {
  @Field(() => String, { description: 'The term’s first day (YYYY-MM-DD, a Beijing day)' }) startsOn: string;
  @Field(() => String, { description: 'The term’s last day (YYYY-MM-DD, a Beijing day)' }) endsOn: string;
}

@InputType({ description: 'A term cycle’s term: its first and last day' })
export class TermPeriodInput {
  @Field(() => ID, { description: 'The term cycle' }) cycleId: string;
  @Field(() => String, { description: 'The term’s first day, YYYY-MM-DD' }) @IsDateString({ strict: true }) startsOn: string;
  @Field(() => String, { description: 'The term’s last day, YYYY-MM-DD' }) @IsDateString({ strict: true }) endsOn: string;
}

@ObjectType({ description: 'A term target (任期目标) of a term assessment' })
export class TermTargetView {
  @Field(() => ID, { description: 'The target id' }) id: string;
  @Field(() => Int, { description: 'Its place in the list, from 1' }) position: number;
  @Field(() => String, { description: 'The target' }) target: string;
  @Field(() => String, { description: 'How it is measured' }) measure: string;
  @Field(() => Boolean, { nullable: true, description: 'Achieved (true), not achieved (false), not judged yet (null)' }) achieved: boolean | null;
  @Field(() => Float, { nullable: true, description: 'Its score 0–100 when one was given' }) score: number | null;
}

@InputType({ description: 'A term target as entered' })
export class TermTargetInput {
  @Field(() => String, { description: 'The target' }) @Length(2, 300) target: string;
  @Field(() => String, { description: 'How it is measured' }) @Length(1, 300) measure: string;
  @Field(() => Boolean, { nullable: true, description: 'Achieved (true), not achieved (false), not judged yet (null)' }) achieved?: boolean | null;
  @Field(() => Float, { nullable: true, description: 'A score 0–100, when one is given' }) @IsOptional() @Min(0) @Max(100) score?: number | null;
}

@InputType({ description: 'The whole list of a term assessment’s targets (replaces the list)' })
export class TermTargetsInput {
  @Field(() => ID, { description: 'The term assessment' }) assessmentId: string;
  @Field(() => [TermTargetInput], { description: 'The targets in order, at most 20' }) @ArrayMaxSize(20) @ValidateNested({ each: true }) targets: TermTargetInput[];
}

@ObjectType({ description: 'A year inside a term and its decided annual result' })
export class TermYearView {
  @Field(() => Int, { description: 'The year' }) year: number;
  @Field(() => String, { description: 'The annual result decided for that year (EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT, UNGRADED, COMMENT_ONLY)' }) grade: string;
  @Field(() => ID, { description: 'The annual assessment' }) assessmentId: string;
}
