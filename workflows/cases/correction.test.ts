import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, PENALTY_KINDS, type PenaltyKind } from '../rules/settings.js';
import {
  daysAfter,
  isBetterResult,
  isCorrectionNeverWorse,
  isLighterPenalty,
  isWarning,
  isWithinDays,
  penaltyCategory,
  penaltyPeriodMonths,
  periodEnd,
  reviewableGrades,
  type CorrectionSource,
} from './correction.js';

/**
 * The statutory windows and the correction rules as tables (docs/domain.md
 * §3, §7): every figure written as a literal, fast enough to run for every
 * mutant of `npm run test:mutation`.
 */

describe('the windows, counted in calendar days from the written notice (day 0)', () => {
  it.each<[string, string, number]>([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-03-01', '2026-03-02', 1],
    ['2026-03-01', '2026-03-31', 30],
    ['2026-02-28', '2026-03-01', 1], // 2026 is not a leap year
    ['2024-02-28', '2024-03-01', 2], // 2024 is
    ['2026-12-31', '2027-01-01', 1],
    ['2026-03-10', '2026-03-01', -9],
  ])('from %s to %s: %i days', (from, to, n) => {
    expect(daysAfter(from, to)).toBe(n);
  });

  // A review may be asked within 30 days: day 30 is in, day 31 is out; the notice day itself is in, the day before is out.
  it.each<[string, boolean]>([
    ['2026-02-28', false],
    ['2026-03-01', true],
    ['2026-03-02', true],
    ['2026-03-30', true],
    ['2026-03-31', true],
    ['2026-04-01', false],
  ])('30 days from 2026-03-01, on %s: within = %s', (today, within) => {
    expect(isWithinDays('2026-03-01', today, 30)).toBe(within);
  });

  it.each<[number, string, string, boolean]>([
    [15, '2026-05-01', '2026-05-16', true],
    [15, '2026-05-01', '2026-05-17', false],
    [0, '2026-05-01', '2026-05-01', true],
    [0, '2026-05-01', '2026-05-02', false],
  ])('%i days from %s, on %s: within = %s', (days, from, today, within) => {
    expect(isWithinDays(from, today, days)).toBe(within);
  });
});

describe('a correction never worsens the result', () => {
  const ALL: CorrectionSource[] = ['REVIEW', 'APPEAL', 'FAULT_TOLERANCE', 'INVESTIGATION_CLOSED'];
  it.each<[string, string | null, string, CorrectionSource[]]>([
    ['INCOMPETENT', 'INCOMPETENT', 'BASICALLY_COMPETENT', ALL],
    ['INCOMPETENT', 'INCOMPETENT', 'EXCELLENT', ALL],
    ['BASICALLY_COMPETENT', 'BASICALLY_COMPETENT', 'COMPETENT', ALL],
    ['COMPETENT', 'COMPETENT', 'EXCELLENT', ALL],
    ['COMPETENT → COMPETENT (nothing to correct)', 'COMPETENT', 'COMPETENT', []],
    ['COMPETENT → BASICALLY_COMPETENT (worse)', 'COMPETENT', 'BASICALLY_COMPETENT', []],
    ['EXCELLENT → INCOMPETENT (worse)', 'EXCELLENT', 'INCOMPETENT', []],
    ['UNGRADED → any grade once its cause has gone', 'UNGRADED', 'COMPETENT', ['FAULT_TOLERANCE', 'INVESTIGATION_CLOSED']],
    ['UNGRADED → EXCELLENT once its cause has gone', 'UNGRADED', 'INCOMPETENT', ['FAULT_TOLERANCE', 'INVESTIGATION_CLOSED']],
    ['no result yet', null, 'COMPETENT', []],
    ['no result yet, to EXCELLENT', null, 'EXCELLENT', []],
    ['to a team grade', 'INCOMPETENT', 'GOOD', []],
    ['to UNGRADED', 'INCOMPETENT', 'UNGRADED', []],
    ['from COMMENT_ONLY', 'COMMENT_ONLY', 'COMPETENT', []],
  ])('%s: allowed for %j', (_what, from, to, allowedFor) => {
    for (const source of ALL) expect(isCorrectionNeverWorse('CADRE', from, to, source), source).toBe(allowedFor.includes(source));
  });

  it.each<[string, string, boolean]>([
    ['POOR', 'AVERAGE', true],
    ['AVERAGE', 'GOOD', true],
    ['GOOD', 'POOR', false],
    ['POOR', 'INCOMPETENT', false],
  ])('a team: %s → %s allowed = %s', (from, to, allowed) => {
    expect(isCorrectionNeverWorse('TEAM', from, to, 'REVIEW')).toBe(allowed);
  });

  it.each<[string | null, string, boolean]>([
    [null, 'COMPETENT', true],
    ['UNGRADED', 'INCOMPETENT', true],
    ['INCOMPETENT', 'BASICALLY_COMPETENT', true],
    ['COMPETENT', 'COMPETENT', false],
    ['COMPETENT', 'INCOMPETENT', false],
    ['COMPETENT', 'UNGRADED', false],
    ['COMMENT_ONLY', 'COMPETENT', false],
    ['INCOMPETENT', 'GOOD', false],
  ])('the engine’s re-grade from %s to %s is better = %s', (from, to, better) => {
    expect(isBetterResult('CADRE', from, to)).toBe(better);
  });
});

describe('which grades may be reviewed', () => {
  const settings = (basicallyCompetentReviewable: boolean) => ({ appeals: { ...DEFAULT_RULE_SETTINGS.appeals, basicallyCompetentReviewable } });
  it.each<[boolean, 'CADRE' | 'TEAM' | 'PUBLIC_INSTITUTION', string[]]>([
    [false, 'CADRE', ['INCOMPETENT']],
    [true, 'CADRE', ['INCOMPETENT', 'BASICALLY_COMPETENT']],
    [false, 'TEAM', ['POOR']],
    [true, 'TEAM', ['POOR', 'AVERAGE']],
    [true, 'PUBLIC_INSTITUTION', ['UNQUALIFIED', 'BASICALLY_QUALIFIED']],
  ])('basically competent reviewable = %s, scale %s: %j', (reviewable, scale, grades) => {
    expect(reviewableGrades(settings(reviewable), scale)).toEqual(grades);
  });

  it('a cadre by default', () => {
    expect(reviewableGrades(settings(false))).toEqual(['INCOMPETENT']);
  });
});

describe('penalties: category, period, weight', () => {
  it.each<[PenaltyKind, string, number | null]>([
    ['PARTY_WARNING', 'PARTY_DISCIPLINE', 6],
    ['GOVERNMENT_WARNING', 'GOVERNMENT_SANCTION', 6],
    ['ADMONISHMENT', 'ORGANISATIONAL_HANDLING', null],
    ['REASSIGNMENT', 'ORGANISATIONAL_HANDLING', null],
    ['SERIOUS_PARTY_WARNING', 'PARTY_DISCIPLINE', null],
    ['DEMERIT', 'GOVERNMENT_SANCTION', 12],
    ['ORDERED_RESIGNATION', 'ORGANISATIONAL_HANDLING', null],
    ['REMOVAL', 'ORGANISATIONAL_HANDLING', null],
    ['DEMOTION', 'ORGANISATIONAL_HANDLING', null],
    ['MAJOR_DEMERIT', 'GOVERNMENT_SANCTION', 18],
    ['DOWNGRADE', 'GOVERNMENT_SANCTION', 24],
    ['DISMISSAL_FROM_POST', 'GOVERNMENT_SANCTION', 24],
    ['REMOVAL_FROM_PARTY_POST', 'PARTY_DISCIPLINE', null],
    ['PARTY_PROBATION', 'PARTY_DISCIPLINE', null],
    ['EXPULSION', 'PARTY_DISCIPLINE', null],
  ])('%s: %s, a period of %s months', (kind, category, months) => {
    expect(penaltyCategory(kind)).toBe(category);
    expect(penaltyPeriodMonths(kind, DEFAULT_RULE_SETTINGS.penaltyPeriods)).toBe(months);
  });

  it('every kind is in the table above', () => {
    expect(PENALTY_KINDS).toHaveLength(15);
  });

  it.each<[string, number, string]>([
    ['2026-03-01', 6, '2026-08-31'],
    ['2026-08-31', 6, '2027-02-27'],
    ['2026-01-15', 12, '2027-01-14'],
    ['2026-06-01', 18, '2027-11-30'],
    ['2026-12-01', 24, '2028-11-30'],
  ])('a period from %s for %i months ends on %s', (from, months, end) => {
    expect(periodEnd(from, months)).toBe(end);
  });

  it.each<[PenaltyKind | null, boolean]>([
    ['PARTY_WARNING', true],
    ['GOVERNMENT_WARNING', true],
    ['ADMONISHMENT', false],
    ['SERIOUS_PARTY_WARNING', false],
    [null, false],
  ])('%s is a warning: %s', (kind, warning) => {
    expect(isWarning(kind)).toBe(warning);
  });

  it.each<[PenaltyKind, PenaltyKind, boolean]>([
    ['PARTY_WARNING', 'SERIOUS_PARTY_WARNING', true],
    ['SERIOUS_PARTY_WARNING', 'PARTY_WARNING', false],
    ['DEMERIT', 'MAJOR_DEMERIT', true],
    ['MAJOR_DEMERIT', 'MAJOR_DEMERIT', false],
    ['EXPULSION', 'PARTY_PROBATION', false],
  ])('%s is lighter than %s: %s', (lighter, than, result) => {
    expect(isLighterPenalty(lighter, than)).toBe(result);
  });
});
