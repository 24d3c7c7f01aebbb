import { describe, expect, it } from 'vitest';
import { cleanFacts } from '../decide/facts.js';
import { evaluateGates } from '../decide/gates.js';
import { adviceFrom } from '../decide/decide.js';
import { DEFAULT_RULE_SETTINGS as S } from '../rules/settings.js';
import { cadreRegular, specialEffects, specialRuleProblems, teamRegular, termParts, type SpecialResult } from './kinds.js';
import { adjustedScore, applyGates, type Candidate } from './propose.js';

const q = (quarter: number, grade: string, score: number | null, cadreId = 'c1') => ({ cadreId, cycleName: `第${quarter}季度`, quarter, grade, score });

describe('the regular component: the mean of the decided quarters, a grade without a score at its mapped score', () => {
  it.each([
    ['four scored quarters', [q(1, 'GOOD', 92), q(2, 'GOOD', 94), q(3, 'FAIR', 86), q(4, 'GOOD', 90)], 90.5],
    ['two quarters assessed, the others missing (not zero)', [q(1, 'GOOD', 96), q(3, 'GOOD', null)], 95.5],
    ['grades only: 好 95, 较好 85, 一般 70', [q(1, 'GOOD', null), q(2, 'FAIR', null), q(3, 'AVERAGE', null)], 83.33],
    ['较差 without a score counts 50', [q(2, 'POOR', null), q(4, 'FAIR', 88)], 69],
  ])('%s', (_name, results, expected) => {
    expect(cadreRegular(results, S).value).toBe(expected);
  });
  it('no decided quarter: no regular figure (the component is missing)', () => {
    expect(cadreRegular([], S).value).toBeNull();
  });
  it('the source names each quarter and how it counted', () => {
    expect(cadreRegular([q(1, 'GOOD', 96), q(3, 'GOOD', null)], S).source).toBe('第1季度：好 96 分；第3季度：好（无分数，按等次折算 95 分）；取已确定的 2 次平时考核的平均分 95.5');
  });
  it('a rule set maps grades its own way', () => {
    expect(cadreRegular([q(1, 'FAIR', null)], { ...S, scoring: { ...S.scoring, regularGradeScores: { GOOD: 90, FAIR: 80, AVERAGE: 65, POOR: 40 } } }).value).toBe(80);
  });
  it("a team: the mean of its members' regular figures, each member once", () => {
    const members = new Map([
      ['a', [q(1, 'GOOD', 90, 'a'), q(2, 'GOOD', 94, 'a')]],
      ['b', [q(1, 'FAIR', null, 'b')]],
      ['c', []],
    ]);
    expect(teamRegular(members, S).value).toBe(88.5);
  });
});

const special = (task: string, grade: string, mode: 'BONUS' | 'DEDUCTION' | 'GATE', threshold: 'GOOD' | 'FAIR' | 'AVERAGE' | 'POOR', points: number | null, gateEffect: 'NO_EXCELLENT' | 'ONE_LEVEL_DOWN' | null = null): SpecialResult => ({
  cycleId: task,
  task,
  grade,
  rule: { mode, threshold, points, gateEffect },
});

describe('special assessments: bonus and deduction points within the year limits, gates as facts', () => {
  it.each([
    ['a bonus at or above its grade', [special('防汛', 'GOOD', 'BONUS', 'FAIR', 2)], [2]],
    ['a bonus below its grade adds nothing', [special('防汛', 'AVERAGE', 'BONUS', 'FAIR', 2)], []],
    ['bonuses capped at 5 in the year: 4 then 3 counts 1', [special('防汛', 'GOOD', 'BONUS', 'FAIR', 4), special('招商', 'GOOD', 'BONUS', 'GOOD', 3)], [4, 1]],
    ['a deduction at or below its grade', [special('安全', 'AVERAGE', 'DEDUCTION', 'AVERAGE', 3)], [-3]],
    ['deductions capped at 10: 6 then 6 counts 4', [special('安全', 'POOR', 'DEDUCTION', 'AVERAGE', 6), special('信访', 'POOR', 'DEDUCTION', 'POOR', 6)], [-6, -4]],
    ['a deduction above its grade takes nothing', [special('安全', 'FAIR', 'DEDUCTION', 'AVERAGE', 3)], []],
  ])('%s', (_name, results, points) => {
    expect(specialEffects(results, S).adjustments.map((a) => a.points)).toEqual(points);
  });
  it('the adjusted composite stays within 0–100 and the parts add up to it', () => {
    const c: Pick<Candidate, 'components' | 'adjustments'> = {
      components: [{ key: 'REGULAR', weight: 30, value: 97 }, { key: 'WORK_RESULTS', weight: 70, value: 99 }],
      adjustments: [{ key: 'SPECIAL_BONUS', points: 5, source: '' }],
    };
    const { score, parts } = adjustedScore(c);
    expect(score).toBe(100);
    expect(parts.at(-1)).toMatchObject({ key: 'SPECIAL_BONUS', value: 5, contribution: 1.6 });
    expect(parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(100, 5);
  });
  it('bounds of a rule: points above the year limit, a gate with points, a bonus without', () => {
    expect(specialRuleProblems({ mode: 'BONUS', threshold: 'GOOD', points: 6, gateEffect: null }, S).map((p) => p.field)).toEqual(['input.points']);
    expect(specialRuleProblems({ mode: 'BONUS', threshold: 'GOOD', points: 5, gateEffect: null }, S)).toEqual([]);
    expect(specialRuleProblems({ mode: 'DEDUCTION', threshold: 'POOR', points: 10, gateEffect: null }, S)).toEqual([]);
    expect(specialRuleProblems({ mode: 'GATE', threshold: 'POOR', points: 1, gateEffect: 'NO_EXCELLENT' }, S).map((p) => p.field)).toEqual(['input.points']);
    expect(specialRuleProblems({ mode: 'GATE', threshold: 'POOR', points: null, gateEffect: null }, S).map((p) => p.field)).toEqual(['input.gateEffect']);
  });
  it.each([
    ['GATE 一般 NO_EXCELLENT, result 较差: EXCELLENT barred, score 93 advised COMPETENT', 'POOR', 'NO_EXCELLENT', 93, 'COMPETENT', ['SPECIAL_RESULT_BARS_EXCELLENT']],
    ['GATE 一般 ONE_LEVEL_DOWN, result 一般: score 80 (COMPETENT) lowered to BASICALLY_COMPETENT', 'AVERAGE', 'ONE_LEVEL_DOWN', 80, 'BASICALLY_COMPETENT', ['SPECIAL_RESULT_LOWERS']],
    ['GATE 一般, result 较好: nothing', 'FAIR', 'NO_EXCELLENT', 93, 'EXCELLENT', []],
  ] as const)('%s', (_name, grade, effect, score, advice, gates) => {
    const { gates: facts } = specialEffects([special('防汛', grade, 'GATE', 'AVERAGE', null, effect)], S);
    const evaluation = evaluateGates('CADRE', cleanFacts(2025, { score, specialGates: facts }), S);
    expect(evaluation.findings.map((f) => f.gate)).toEqual(gates);
    expect(adviceFrom(evaluation)).toBe(advice);
  });
});

describe('term assessments: targets and the years over the term', () => {
  it.each([
    ['targets achieved, not, scored, not judged; years 称职 and 优秀', [{ achieved: true, score: null }, { achieved: false, score: null }, { achieved: true, score: 80 }, { achieved: null, score: null }], [{ year: 2024, grade: 'COMPETENT' }, { year: 2025, grade: 'EXCELLENT' }], 60, 90, []],
    ['an UNGRADED year left out, an INCOMPETENT year counted 50 and barring', [{ achieved: true, score: 90 }], [{ year: 2023, grade: 'UNGRADED' }, { year: 2024, grade: 'INCOMPETENT' }, { year: 2025, grade: 'COMPETENT' }], 90, 67.5, [2024]],
  ])('%s', (_name, targets, years, targetValue, yearsValue, failed) => {
    const parts = termParts(targets, years, S);
    expect(parts.components.map((c) => [c.key, c.weight, c.value])).toEqual([
      ['TERM_TARGETS', 50, targetValue],
      ['TERM_YEARS', 50, yearsValue],
    ]);
    expect(parts.failedYears).toEqual(failed);
  });
  it('a year graded INCOMPETENT in the term bars EXCELLENT whatever the score (engine and check read the same gate)', () => {
    const { components, failedYears } = termParts([{ achieved: true, score: 100 }], [{ year: 2024, grade: 'INCOMPETENT' }, { year: 2025, grade: 'EXCELLENT' }], S);
    const candidate: Candidate = {
      id: 't', subject: 'CADRE', components, politicalReview: null, politicalVeto: false, penalties: [], negativeList: [], investigationOpen: false, longLeave: false,
      probation: false, regularScore: null, poorQuarters: 0, votes: null, gradeFacts: cleanFacts(2025, { termFailedYears: failedYears }),
    };
    // (100 + (50 + 95) / 2) / 2 = 86.25: COMPETENT by the bands anyway; at 100 targets and two EXCELLENT years it would be 97.5.
    expect(applyGates(candidate, 2025, S)).toMatchObject({ score: 86.25, grade: 'COMPETENT' });
    const barred = evaluateGates('CADRE', cleanFacts(2025, { score: 97.5, termFailedYears: [2024] }), S);
    expect(barred.findings.map((f) => f.gate)).toEqual(['TERM_FAILED_YEAR']);
    expect(adviceFrom(barred)).toBe('COMPETENT');
  });
});
