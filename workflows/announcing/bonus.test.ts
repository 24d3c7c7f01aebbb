import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, mergeSettings, validateSettings } from '../rules/settings.js';
import { bonusCoefficient } from './bonus.js';

describe('the annual-bonus coefficient', () => {
  it.each([
    ['EXCELLENT', 'EXCELLENT', 1.2, 'TEAM_GRADE'],
    ['COMPETENT', 'GOOD', 1.0, 'TEAM_GRADE'],
    ['QUALIFIED', 'AVERAGE', 0.9, 'TEAM_GRADE'],
    ['COMPETENT', 'POOR', 0.8, 'TEAM_GRADE'],
    ['BASICALLY_COMPETENT', 'EXCELLENT', 0, 'OWN_BELOW_COMPETENT'],
    ['INCOMPETENT', 'GOOD', 0, 'OWN_BELOW_COMPETENT'],
    ['UNGRADED', 'GOOD', 0, 'OWN_NOT_GRADED'],
    ['COMMENT_ONLY', 'EXCELLENT', 0, 'OWN_NOT_GRADED'],
    [null, 'GOOD', null, 'OWN_UNDECIDED'],
    ['EXCELLENT', null, null, 'TEAM_UNDECIDED'],
  ])('own %s, team %s → %s (%s)', (own, team, coefficient, basis) => {
    expect(bonusCoefficient(own, team, DEFAULT_RULE_SETTINGS)).toEqual({ coefficient, basis });
  });

  it.each([
    [{ EXCELLENT: 1.5, GOOD: 1.1, AVERAGE: 0.9, POOR: 0.5 }, null],
    [{ EXCELLENT: 3.5 }, 'announcing.bonusCoefficientByTeamGrade.EXCELLENT'],
    [{ POOR: -0.1 }, 'announcing.bonusCoefficientByTeamGrade.POOR'],
    [{ GOOD: 1.3 }, 'announcing.bonusCoefficientByTeamGrade'],
  ])('setting %o is refused at %s', (patch, field) => {
    const result = validateSettings(mergeSettings(DEFAULT_RULE_SETTINGS, { announcing: { bonusCoefficientByTeamGrade: patch } }));
    if (field === null) expect(result.ok).toBe(true);
    else expect(!result.ok && result.errors.map((e) => e.field)).toEqual([field]);
  });
});
