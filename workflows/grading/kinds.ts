import type { SpecialGateFact } from '../decide/facts.js';
import { GRADE_SCALES } from '../rules/grades.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/settings.js';

/**
 * Kinds that add up (docs/domain.md, "Kinds that add up"): how the year's
 * regular results, the special assessments of the year and, for a term
 * assessment, the term targets and the term's annual grades turn into the
 * inputs of an annual (or term) proposal. Pure: the server loads the rows
 * (server/grading/kinds-facts.ts), these functions judge them.
 */

export type RegularGrade = (typeof GRADE_SCALES.REGULAR)[number];
export const REGULAR_GRADE_WORDS: Record<RegularGrade, string> = { GOOD: '好', FAIR: '较好', AVERAGE: '一般', POOR: '较差' };
const CADRE_GRADE_WORDS: Record<string, string> = { EXCELLENT: '优秀', COMPETENT: '称职', BASICALLY_COMPETENT: '基本称职', INCOMPETENT: '不称职', UNGRADED: '不确定等次', COMMENT_ONLY: '只写评语' };

/** The kinds' settings, the national defaults filling in what a cycle pinned before they existed. */
export function kindSettings(settings: RuleSettings): Pick<
  RuleSettings['scoring'],
  'regularGradeScores' | 'specialBonusMaxPoints' | 'specialDeductionMaxPoints' | 'termTargetsPercent' | 'termYearGradeScores'
> {
  const d = DEFAULT_RULE_SETTINGS.scoring;
  const s: Partial<RuleSettings['scoring']> = settings.scoring;
  return {
    regularGradeScores: { ...d.regularGradeScores, ...s.regularGradeScores },
    specialBonusMaxPoints: s.specialBonusMaxPoints ?? d.specialBonusMaxPoints,
    specialDeductionMaxPoints: s.specialDeductionMaxPoints ?? d.specialDeductionMaxPoints,
    termTargetsPercent: s.termTargetsPercent ?? d.termTargetsPercent,
    termYearGradeScores: { ...d.termYearGradeScores, ...s.termYearGradeScores },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length === 0 ? null : round2(xs.reduce((a, b) => a + b, 0) / xs.length));
const fmt = (x: number) => String(round2(x));

/** One decided regular result of the year: its quarter, its grade and its score when one was given. */
export interface RegularResult {
  cadreId: string;
  cycleName: string;
  quarter: number | null;
  grade: string;
  score: number | null;
}

/** What a regular result counts as: its score, else the score its grade maps to. */
export function regularValue(r: Pick<RegularResult, 'grade' | 'score'>, settings: RuleSettings): number {
  return r.score ?? kindSettings(settings).regularGradeScores[r.grade as RegularGrade] ?? 0;
}

/**
 * A cadre's regular component: the mean of the regular results of the year
 * that were decided, each at its score or, without one, at the score its
 * grade maps to; quarters not assessed (or not decided) are left out, never
 * counted as zero; none at all gives null (the component is missing and the
 * others are re-weighted).
 */
export function cadreRegular(results: readonly RegularResult[], settings: RuleSettings): { value: number | null; source: string } {
  if (results.length === 0) return { value: null, source: '本年度没有已确定的平时考核结果' };
  const sorted = [...results].sort((a, b) => (a.quarter ?? 0) - (b.quarter ?? 0) || a.cycleName.localeCompare(b.cycleName));
  const parts = sorted.map((r) => {
    const word = REGULAR_GRADE_WORDS[r.grade as RegularGrade] ?? r.grade;
    return r.score !== null ? `${r.cycleName}：${word} ${fmt(r.score)} 分` : `${r.cycleName}：${word}（无分数，按等次折算 ${fmt(regularValue(r, settings))} 分）`;
  });
  const value = mean(sorted.map((r) => regularValue(r, settings)));
  return { value, source: `${parts.join('；')}；取已确定的 ${sorted.length} 次平时考核的平均分 ${fmt(value!)}` };
}

/**
 * A team's regular component: the mean of its members' regular components
 * (each member with at least one decided regular result counts once).
 */
export function teamRegular(members: ReadonlyMap<string, readonly RegularResult[]>, settings: RuleSettings): { value: number | null; source: string } {
  const figures = [...members.values()].filter((list) => list.length > 0).map((list) => cadreRegular(list, settings).value!);
  if (figures.length === 0) return { value: null, source: '班子成员本年度没有已确定的平时考核结果' };
  const value = mean(figures)!;
  return { value, source: `班子成员 ${figures.length} 人本年度平时考核平均分（${figures.map(fmt).join('、')}）的平均 ${fmt(value)}` };
}

export type SpecialMode = 'BONUS' | 'DEDUCTION' | 'GATE';

/** A special assessment's rule (a setting of its cycle). */
export interface SpecialRule {
  mode: SpecialMode;
  /** BONUS: at or above this grade; DEDUCTION and GATE: at or below it. */
  threshold: RegularGrade;
  /** BONUS and DEDUCTION: the points. */
  points: number | null;
  /** GATE: no EXCELLENT, or one level below the grade the score gives. */
  gateEffect: 'NO_EXCELLENT' | 'ONE_LEVEL_DOWN' | null;
}

/** A decided special result of the year, with its cycle's rule. */
export interface SpecialResult {
  cycleId: string;
  task: string;
  grade: string;
  rule: SpecialRule;
}

/** Checks a rule against its mode and the settings' bounds; returns the problems, each naming its field. */
export function specialRuleProblems(rule: SpecialRule, settings: RuleSettings): Array<{ field: string; message: string }> {
  const k = kindSettings(settings);
  const problems: Array<{ field: string; message: string }> = [];
  if (!(GRADE_SCALES.REGULAR as readonly string[]).includes(rule.threshold)) problems.push({ field: 'input.threshold', message: 'must be a grade of 好 / 较好 / 一般 / 较差' });
  if (rule.mode === 'GATE') {
    if (!rule.gateEffect) problems.push({ field: 'input.gateEffect', message: 'a gate names what it does: no EXCELLENT, or one level down' });
    if (rule.points !== null) problems.push({ field: 'input.points', message: 'a gate carries no points' });
  } else {
    const max = rule.mode === 'BONUS' ? k.specialBonusMaxPoints : k.specialDeductionMaxPoints;
    if (rule.points === null || !(rule.points > 0) || rule.points > max)
      problems.push({ field: 'input.points', message: `must be more than 0 and at most ${fmt(max)} points (the year's ${rule.mode === 'BONUS' ? 'bonus' : 'deduction'} limit)` });
    if (rule.gateEffect !== null) problems.push({ field: 'input.gateEffect', message: 'only a gate has an effect' });
  }
  return problems;
}

const rank = (grade: string) => (GRADE_SCALES.REGULAR as readonly string[]).indexOf(grade);

/**
 * What the year's decided special results do to one annual: each BONUS rule
 * whose result is at or above its threshold adds its points, each DEDUCTION
 * rule whose result is at or below its threshold takes its points off, in
 * the order given (the loader gives the larger points first), the bonuses together capped
 * at specialBonusMaxPoints and the deductions at specialDeductionMaxPoints;
 * each GATE rule whose result is at or below its threshold becomes a gate
 * fact. Results whose rule does not bite are explained too (0 points).
 */
export function specialEffects(results: readonly SpecialResult[], settings: RuleSettings) {
  const k = kindSettings(settings);
  let bonus = 0;
  let deduction = 0;
  const adjustments: Array<{ key: 'SPECIAL_BONUS' | 'SPECIAL_DEDUCTION'; points: number; source: string }> = [];
  const gates: SpecialGateFact[] = [];
  const notes: string[] = [];
  for (const r of results) {
    const word = REGULAR_GRADE_WORDS[r.grade as RegularGrade] ?? r.grade;
    const at = REGULAR_GRADE_WORDS[r.rule.threshold];
    if (r.rule.mode === 'GATE') {
      if (rank(r.grade) >= rank(r.rule.threshold)) gates.push({ cycleId: r.cycleId, task: r.task, grade: r.grade, threshold: r.rule.threshold, effect: r.rule.gateEffect ?? 'NO_EXCELLENT' });
      else notes.push(`专项考核「${r.task}」${word}，高于「${at}」，不触发限制`);
      continue;
    }
    const bites = r.rule.mode === 'BONUS' ? rank(r.grade) <= rank(r.rule.threshold) : rank(r.grade) >= rank(r.rule.threshold);
    const points = r.rule.points ?? 0;
    if (!bites) {
      notes.push(`专项考核「${r.task}」${word}，未达到${r.rule.mode === 'BONUS' ? '加分' : '减分'}条件（${at}${r.rule.mode === 'BONUS' ? '及以上' : '及以下'}）`);
      continue;
    }
    const room = r.rule.mode === 'BONUS' ? k.specialBonusMaxPoints - bonus : k.specialDeductionMaxPoints - deduction;
    const counted = round2(Math.max(0, Math.min(points, room)));
    if (r.rule.mode === 'BONUS') bonus = round2(bonus + counted);
    else deduction = round2(deduction + counted);
    const limit = r.rule.mode === 'BONUS' ? k.specialBonusMaxPoints : k.specialDeductionMaxPoints;
    const capped = counted < points ? `；全年${r.rule.mode === 'BONUS' ? '加分' : '减分'}以 ${fmt(limit)} 分为限，计 ${fmt(counted)} 分` : '';
    const source = `专项考核「${r.task}」${word}（${at}${r.rule.mode === 'BONUS' ? '及以上加' : '及以下减'} ${fmt(points)} 分${capped}）`;
    if (counted > 0) adjustments.push({ key: r.rule.mode === 'BONUS' ? 'SPECIAL_BONUS' : 'SPECIAL_DEDUCTION', points: r.rule.mode === 'BONUS' ? counted : -counted, source });
    else notes.push(source);
  }
  return { adjustments, gates, notes };
}

/** A term target as entered: achieved or not (or not judged yet), and its score when one was given. */
export interface TermTargetInput {
  achieved: boolean | null;
  score: number | null;
}

/** A decided annual result of a year inside the term. */
export interface TermYear {
  year: number;
  grade: string;
}

/**
 * A term assessment's two parts: the term targets (the mean of the targets'
 * scores, a target without a score counting 100 when achieved and 0 when
 * not, one not judged yet left out) and the years over the term (the mean of
 * the scores the decided annual grades count as; UNGRADED and COMMENT_ONLY
 * years left out), weighted termTargetsPercent and the rest. A year graded
 * INCOMPETENT in the term bars EXCELLENT (the TERM_FAILED_YEAR gate).
 */
export function termParts(targets: readonly TermTargetInput[], years: readonly TermYear[], settings: RuleSettings) {
  const k = kindSettings(settings);
  const targetValues = targets.flatMap((t) => (t.score !== null ? [t.score] : t.achieved === null ? [] : [t.achieved ? 100 : 0]));
  const targetValue = mean(targetValues);
  const achieved = targets.filter((t) => t.achieved === true).length;
  const graded = [...years].sort((a, b) => a.year - b.year);
  const scored = graded.filter((y) => y.grade in k.termYearGradeScores);
  const yearsValue = mean(scored.map((y) => k.termYearGradeScores[y.grade as keyof typeof k.termYearGradeScores]));
  const failedYears = graded.filter((y) => y.grade === 'INCOMPETENT').map((y) => y.year);
  const targetsSource =
    targets.length === 0
      ? '尚未填写任期目标'
      : `任期目标 ${targets.length} 项，已完成 ${achieved} 项，已评判 ${targetValues.length} 项${targetValue === null ? '' : `，平均 ${fmt(targetValue)} 分`}`;
  const yearsSource =
    graded.length === 0
      ? '任期内尚无已确定的年度考核等次'
      : `任期内年度考核：${graded.map((y) => `${y.year} 年${CADRE_GRADE_WORDS[y.grade] ?? y.grade}`).join('、')}${yearsValue === null ? '' : `，折算平均 ${fmt(yearsValue)} 分`}`;
  return {
    components: [
      { key: 'TERM_TARGETS', weight: k.termTargetsPercent, value: targetValue, source: targetsSource },
      { key: 'TERM_YEARS', weight: 100 - k.termTargetsPercent, value: yearsValue, source: yearsSource },
    ],
    failedYears,
  };
}
