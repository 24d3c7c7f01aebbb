import { GRADE_SCALES, oneLevelDown } from '../rules/grades.js';
import { PENALTY_EFFECTS, type PenaltyEffect, type RuleSettings } from '../rules/settings.js';
import type { DecisionScale, FactValue, Facts, GradeFacts, PenaltyFact } from './facts.js';

/**
 * The binding gates of docs/domain.md §5, evaluated once for one cadre's (or
 * team's) facts of one year. The engine's advice (grading/propose.ts) and the
 * binding check of every path (decide.ts) both read this evaluation, so they
 * can never disagree on what a gate says.
 *
 * Three kinds of gate:
 * - FORCE: the result is fixed whatever the score; the first FORCE gate in
 *   the order below wins (a veto before a penalty, a penalty before an
 *   investigation...):
 *     POLITICAL_VETO        一票否决 → the lowest grade of the scale
 *     VETO_ITEM             a veto item (safety production, ecology…) whose rule says LOWEST_GRADE → the lowest grade
 *     REFUSED_TO_TAKE_PART  拒不参加考核 → the lowest grade
 *     PENALTY_INCOMPETENT   removal from party post, party probation, expulsion → the lowest grade
 *     INVESTIGATION_OPEN    立案审查未结案 → UNGRADED, no comment
 *     PENALTY_UNGRADED      serious warning, demerit… this year; major demerit, downgrade, dismissal from post this or last year → UNGRADED
 *     LONG_LEAVE            sick or personal leave over the configured months (a month = 30 days) → UNGRADED
 *     PROBATION             试用期 → COMMENT_ONLY
 * - LOWER: political review 一般 or 较差 → one level below the grade it would
 *   otherwise be (the grade the score gives; with no score, the best grade).
 * - NO_EXCELLENT: political review not 好, a negative-list finding, an
 *   uncleared accusation, a warning / admonishment / reassignment this year,
 *   a regular score below the minimum, too many poor quarters, a team without
 *   outstanding development results, a failed business assessment of the
 *   cycle (业务考核 declared as a gate, "1+N").
 * The penalty matrix keeps only its heaviest effect. Tolerated (exempted) and
 * replaced penalties, cleared or tolerated findings and cleared accusations
 * never count. The excellent quota is a pool's fact, not a person's: decide.ts
 * adds it.
 */

export const FORCE_GATES = [
  'POLITICAL_VETO',
  'VETO_ITEM',
  'REFUSED_TO_TAKE_PART',
  'PENALTY_INCOMPETENT',
  'INVESTIGATION_OPEN',
  'PENALTY_UNGRADED',
  'LONG_LEAVE',
  'PROBATION',
] as const;
export const NO_EXCELLENT_GATES = [
  'POLITICAL_REVIEW_NOT_GOOD',
  'NEGATIVE_LIST',
  'VETO_ITEM_NO_EXCELLENT',
  'ACCUSATION_UNCLEARED',
  'PENALTY_NO_EXCELLENT',
  'REGULAR_BELOW_MINIMUM',
  'POOR_QUARTERS',
  'TEAM_NOT_OUTSTANDING',
  'SPECIAL_RESULT_BARS_EXCELLENT',
  'TERM_FAILED_YEAR',
  'BUSINESS_GATE_FAILED',
] as const;
export type ForceGate = (typeof FORCE_GATES)[number];
export type NoExcellentGate = (typeof NO_EXCELLENT_GATES)[number];
export type LowerGate = 'POLITICAL_REVIEW_LOW' | 'SPECIAL_RESULT_LOWERS';
export type PersonGate = ForceGate | LowerGate | NoExcellentGate;

export type GateFinding =
  | { gate: ForceGate; effect: 'FORCE'; result: string; facts: Facts }
  | { gate: LowerGate; effect: 'LOWER'; facts: Facts }
  | { gate: NoExcellentGate; effect: 'NO_EXCELLENT'; facts: Facts };

export interface GateEvaluation {
  scale: DecisionScale;
  /** Every gate in force for these facts, FORCE gates first in their order of precedence. */
  findings: GateFinding[];
  /** The winning FORCE gate, if any: its result is the only result allowed. */
  forced: Extract<GateFinding, { effect: 'FORCE' }> | null;
  /** The grade the score gives by the configured bands (null without a score). */
  scoreGrade: string | null;
  /** The best grade the person's gates allow (the quota aside); null when forced. */
  ceiling: string | null;
}

/** Grades of a scale, best first. */
export function gradesOf(scale: DecisionScale): readonly string[] {
  return GRADE_SCALES[scale];
}

/** Is `a` a worse grade than `b` on the scale? */
export function isWorse(scale: DecisionScale, a: string, b: string): boolean {
  return gradesOf(scale).indexOf(a) > gradesOf(scale).indexOf(b);
}

/** The worse of two grades of the scale. */
export function worseOf(scale: DecisionScale, a: string, b: string): string {
  return isWorse(scale, a, b) ? a : b;
}

/**
 * The grade a score gives by the configured bands: at or above a band's
 * threshold gives its grade, looked up by position (public institutions use
 * the cadre bands); below the last, the lowest grade.
 */
export function bandGrade(scale: DecisionScale, score: number, settings: Pick<RuleSettings, 'grading'>): string {
  const b = settings.grading;
  const thresholds = scale === 'TEAM' ? [b.teamBands.EXCELLENT, b.teamBands.GOOD, b.teamBands.AVERAGE] : [b.cadreBands.EXCELLENT, b.cadreBands.COMPETENT, b.cadreBands.BASICALLY_COMPETENT];
  const grades = gradesOf(scale);
  const index = thresholds.findIndex((threshold) => score >= threshold);
  return grades[index < 0 ? grades.length - 1 : index]!;
}

/** Months of leave are counted as 30 days each: the usual reading of "累计超过半年" (180 days is not over six months, 181 is). */
export function isLongLeaveDays(days: number, months: number): boolean {
  return days > months * 30;
}

/** Does a penalty decided in `penalty.year` reach the assessment year, given its effect? */
export function penaltyReaches(penalty: Pick<PenaltyFact, 'year'>, effect: PenaltyEffect, year: number): boolean {
  return penalty.year === year || (effect === 'UNGRADED_THIS_AND_NEXT_YEAR' && penalty.year === year - 1);
}

/** The heaviest effect among the penalties that count this year, with the penalties that carry it. */
export function heaviestPenalty(penalties: readonly PenaltyFact[], year: number, settings: Pick<RuleSettings, 'gates'>): { effect: PenaltyEffect; penalties: PenaltyFact[] } | null {
  const rank = (penalty: PenaltyFact) => PENALTY_EFFECTS.indexOf(settings.gates.penaltyEffects[penalty.kind]);
  const counting = penalties.filter((p) => p.tolerated !== true && p.replaced !== true && penaltyReaches(p, settings.gates.penaltyEffects[p.kind], year));
  if (counting.length === 0) return null;
  const heaviest = Math.max(...counting.map(rank));
  return { effect: PENALTY_EFFECTS[heaviest]!, penalties: counting.filter((p) => rank(p) === heaviest) };
}

const penaltyFacts = (effect: PenaltyEffect, penalties: readonly PenaltyFact[]): Facts => ({
  effect,
  penalties: penalties.map((p): FactValue => ({ kind: p.kind, year: p.year, ...(p.id === undefined ? {} : { id: p.id }) })),
});

export function evaluateGates(scale: DecisionScale, facts: GradeFacts, settings: RuleSettings): GateEvaluation {
  const grades = gradesOf(scale);
  const lowest = grades[grades.length - 1]!;
  const g = settings.gates;
  const findings: GateFinding[] = [];
  const force = (gate: ForceGate, result: string, gateFacts: Facts) => findings.push({ gate, effect: 'FORCE', result, facts: gateFacts });
  let barred = false;
  const noExcellent = (gate: NoExcellentGate, gateFacts: Facts) => {
    barred = true;
    findings.push({ gate, effect: 'NO_EXCELLENT', facts: gateFacts });
  };

  const penalty = heaviestPenalty(facts.penalties, facts.year, settings);
  if (facts.politicalVeto) force('POLITICAL_VETO', lowest, { recordedOn: facts.politicalVetoRecordedOn ?? null });
  const vetoes = facts.vetoItems ?? [];
  const vetoFacts = (effect: string): Facts => ({ items: vetoes.filter((v) => v.effect === effect).map((v): FactValue => ({ item: v.item, finding: v.finding })) });
  if (vetoes.some((v) => v.effect === 'LOWEST_GRADE')) force('VETO_ITEM', lowest, vetoFacts('LOWEST_GRADE'));
  if (facts.refusedToTakePart === true) force('REFUSED_TO_TAKE_PART', lowest, {});
  if (penalty?.effect === 'INCOMPETENT') force('PENALTY_INCOMPETENT', lowest, penaltyFacts(penalty.effect, penalty.penalties));
  if (facts.investigationOpen) force('INVESTIGATION_OPEN', 'UNGRADED', { openedOn: facts.investigationOpenedOn ?? null });
  if (penalty?.effect === 'UNGRADED_THIS_YEAR' || penalty?.effect === 'UNGRADED_THIS_AND_NEXT_YEAR')
    force('PENALTY_UNGRADED', 'UNGRADED', penaltyFacts(penalty.effect, penalty.penalties));
  if (isLongLeaveDays(facts.leaveDays, g.longLeaveMonths)) force('LONG_LEAVE', 'UNGRADED', { leaveDays: facts.leaveDays, limitMonths: g.longLeaveMonths });
  if (facts.probation) force('PROBATION', 'COMMENT_ONLY', {});

  const scoreGrade = facts.score === null ? null : bandGrade(scale, facts.score, settings);
  const review = facts.politicalReview;
  let ceiling = grades[0]!;
  if (g.politicalReviewLowersOneLevel && (review === 'AVERAGE' || review === 'POOR')) {
    const otherwise = scoreGrade ?? grades[0]!;
    ceiling = oneLevelDown(scale, otherwise);
    findings.push({ gate: 'POLITICAL_REVIEW_LOW', effect: 'LOWER', facts: { review, otherwise, lowered: ceiling } });
  }
  // Special assessments whose GATE rule bites: one level below the grade it would otherwise be, or no EXCELLENT.
  const specialGates = facts.specialGates ?? [];
  const lowering = specialGates.filter((x) => x.effect === 'ONE_LEVEL_DOWN');
  const special = (x: (typeof specialGates)[number]): FactValue => ({ cycleId: x.cycleId, task: x.task, grade: x.grade, threshold: x.threshold });
  if (lowering.length > 0) {
    const otherwise = scoreGrade ?? grades[0]!;
    ceiling = worseOf(scale, ceiling, oneLevelDown(scale, otherwise));
    findings.push({ gate: 'SPECIAL_RESULT_LOWERS', effect: 'LOWER', facts: { specials: lowering.map(special), otherwise, lowered: oneLevelDown(scale, otherwise) } });
  }
  const barring = specialGates.filter((x) => x.effect === 'NO_EXCELLENT');
  if (barring.length > 0) noExcellent('SPECIAL_RESULT_BARS_EXCELLENT', { specials: barring.map(special) });
  if ((facts.termFailedYears ?? []).length > 0) noExcellent('TERM_FAILED_YEAR', { years: [...facts.termFailedYears!] });
  if (g.politicalReviewBarsExcellentBelowGood && review !== null && review !== 'GOOD') noExcellent('POLITICAL_REVIEW_NOT_GOOD', { review });
  const findingsAgainst = facts.negativeFindings.filter((n) => n.cleared !== true && n.tolerated !== true);
  if (findingsAgainst.length > 0) {
    const named = findingsAgainst.flatMap((n) => (n.finding ? [`${n.code}: ${n.finding}`] : []));
    noExcellent('NEGATIVE_LIST', named.length ? { codes: findingsAgainst.map((n) => n.code), findings: named } : { codes: findingsAgainst.map((n) => n.code) });
  }
  if (vetoes.some((v) => v.effect === 'NO_EXCELLENT')) noExcellent('VETO_ITEM_NO_EXCELLENT', vetoFacts('NO_EXCELLENT'));
  const accusations = facts.accusations.filter((a) => !a.cleared);
  if (accusations.length > 0) noExcellent('ACCUSATION_UNCLEARED', { accusations: accusations.map((a): FactValue => ({ id: a.id ?? null, code: a.code ?? null })) });
  if (penalty?.effect === 'NO_EXCELLENT') noExcellent('PENALTY_NO_EXCELLENT', penaltyFacts(penalty.effect, penalty.penalties));
  if (facts.regularScore !== null && facts.regularScore < g.regularScoreExcellentMinimum)
    noExcellent('REGULAR_BELOW_MINIMUM', { regularScore: facts.regularScore, minimum: g.regularScoreExcellentMinimum });
  if (facts.poorQuarters >= g.poorQuartersBarExcellent) noExcellent('POOR_QUARTERS', { poorQuarters: facts.poorQuarters, limit: g.poorQuartersBarExcellent });
  if (scale === 'TEAM' && g.teamExcellentNeedsOutstandingDevelopment && (facts.developmentScore ?? -Infinity) < settings.grading.outstandingDevelopmentScore)
    noExcellent('TEAM_NOT_OUTSTANDING', { developmentScore: facts.developmentScore, outstandingFrom: settings.grading.outstandingDevelopmentScore });
  const businessFailed = facts.businessGateFailures ?? [];
  if (businessFailed.length > 0) noExcellent('BUSINESS_GATE_FAILED', { assessments: [...businessFailed] });
  if (barred) ceiling = worseOf(scale, ceiling, grades[1]!);

  const forced = findings.find((f): f is Extract<GateFinding, { effect: 'FORCE' }> => f.effect === 'FORCE') ?? null;
  return { scale, findings, forced, scoreGrade, ceiling: forced ? null : ceiling };
}

/** Does `grade` break this one finding taken on its own? */
export function breaks(finding: GateFinding, grade: string, scale: DecisionScale): boolean {
  switch (finding.effect) {
    case 'FORCE':
      return grade !== finding.result;
    case 'LOWER':
      return gradesOf(scale).includes(grade) && isWorse(scale, finding.facts.lowered as string, grade);
    case 'NO_EXCELLENT':
      return grade === 'EXCELLENT';
  }
}
