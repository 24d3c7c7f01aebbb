import { describe, expect, it } from 'vitest';
import { checkNationalBounds, NATIONAL_PENALTY_EFFECTS } from './national-bounds.js';
import { DEFAULT_RULE_SETTINGS, mergeSettings, type RuleSettings } from './settings.js';

/** The national defaults with `patch` laid over them. */
const localRules = (patch: unknown): RuleSettings => mergeSettings(DEFAULT_RULE_SETTINGS, patch) as RuleSettings;
const at = (path: string, value: unknown): unknown => path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);

describe('a local rule set may tighten a national figure, never loosen it', () => {
  it('the national defaults pass', () => {
    expect(checkNationalBounds(DEFAULT_RULE_SETTINGS)).toEqual([]);
  });

  it.each([
    // field, loosened value, direction, national bound, a tightened value that passes, the value at the bound that passes
    ['gates.excellentQuotaPercent', 21, 'AT_MOST', 20, 15, 20],
    ['gates.excellentQuotaRaisedPercent', 26, 'AT_MOST', 25, 22, 25],
    ['gates.membersExcellentPercentByTeamGrade.EXCELLENT', 26, 'AT_MOST', 25, 20, 25],
    ['gates.membersExcellentPercentByTeamGrade.GOOD', 21, 'AT_MOST', 20, 15, 20],
    ['gates.membersExcellentPercentByTeamGrade.AVERAGE', 21, 'AT_MOST', 20, 10, 20],
    ['gates.membersExcellentPercentByTeamGrade.POOR', 21, 'AT_MOST', 20, 10, 20],
    ['notice.publicNoticeWorkingDays', 4, 'AT_LEAST', 5, 7, 5],
    ['appeals.reviewRequestDays', 29, 'AT_LEAST', 30, 45, 30],
    ['appeals.reviewDecisionDays', 31, 'AT_MOST', 30, 20, 30],
    ['appeals.appealAfterReviewDays', 14, 'AT_LEAST', 15, 20, 15],
    ['appeals.directAppealDays', 29, 'AT_LEAST', 30, 40, 30],
    ['appeals.appealDecisionDays', 61, 'AT_MOST', 60, 45, 60],
    ['appeals.appealExtensionDays', 31, 'AT_MOST', 30, 15, 30],
  ] as const)('%s = %i is refused (%s %i); a tighter figure and the bound itself pass', (field, loose, direction, bound, tight, atBound) => {
    expect(checkNationalBounds(localRules(at(field, loose)))).toEqual([
      { code: 'NATIONAL_BOUND_LOOSENED', field, direction, bound, value: loose, message: expect.stringContaining(`${bound}`) },
    ]);
    expect(checkNationalBounds(localRules(at(field, tight)))).toEqual([]);
    expect(checkNationalBounds(localRules(at(field, atBound)))).toEqual([]);
  });

  it('the ordinary quota at 25% passes only with a recorded approval, and never above 25%', () => {
    const raised = localRules({ gates: { excellentQuotaPercent: 25 } });
    expect(checkNationalBounds(raised).map((e) => [e.field, e.bound, e.value])).toEqual([['gates.excellentQuotaPercent', 20, 25]]);
    expect(checkNationalBounds(raised, { quotaRaiseApproved: false })).toHaveLength(1);
    expect(checkNationalBounds(raised, { quotaRaiseApproved: true })).toEqual([]);
    const over = localRules({ gates: { excellentQuotaPercent: 26 } });
    expect(checkNationalBounds(over, { quotaRaiseApproved: true }).map((e) => [e.field, e.bound, e.value])).toEqual([['gates.excellentQuotaPercent', 25, 26]]);
    expect(checkNationalBounds(over, { quotaRaiseApproved: true })[0]!.message).toContain('with the recorded approval');
    expect(checkNationalBounds(over)[0]!.message).toContain('without a recorded approval');
  });

  it.each([
    // kind, a lighter effect (refused), the national effect, a heavier one (passes)
    ['PARTY_WARNING', null, 'NO_EXCELLENT', 'UNGRADED_THIS_YEAR'],
    ['SERIOUS_PARTY_WARNING', 'NO_EXCELLENT', 'UNGRADED_THIS_YEAR', 'UNGRADED_THIS_AND_NEXT_YEAR'],
    ['DEMERIT', 'NO_EXCELLENT', 'UNGRADED_THIS_YEAR', 'INCOMPETENT'],
    ['DISMISSAL_FROM_POST', 'UNGRADED_THIS_YEAR', 'UNGRADED_THIS_AND_NEXT_YEAR', 'INCOMPETENT'],
    ['MAJOR_DEMERIT', 'NO_EXCELLENT', 'UNGRADED_THIS_AND_NEXT_YEAR', 'INCOMPETENT'],
    ['EXPULSION', 'UNGRADED_THIS_AND_NEXT_YEAR', 'INCOMPETENT', null],
  ] as const)('the penalty matrix: %s may be made heavier, never lighter', (kind, lighter, national, heavier) => {
    const withEffect = (effect: string) => localRules({ gates: { penaltyEffects: { ...DEFAULT_RULE_SETTINGS.gates.penaltyEffects, [kind]: effect } } });
    if (lighter !== null) {
      expect(checkNationalBounds(withEffect(lighter))).toEqual([
        { code: 'NATIONAL_BOUND_LOOSENED', field: `gates.penaltyEffects.${kind}`, direction: 'AT_LEAST', bound: national, value: lighter, message: expect.stringContaining(national) },
      ]);
    }
    expect(checkNationalBounds(withEffect(national))).toEqual([]);
    if (heavier !== null) expect(checkNationalBounds(withEffect(heavier))).toEqual([]);
  });

  it('every loosened figure is named at once', () => {
    const loose = localRules({ gates: { excellentQuotaPercent: 30 }, notice: { publicNoticeWorkingDays: 3 }, appeals: { appealExtensionDays: 60 } });
    expect(checkNationalBounds(loose).map((e) => e.field).sort()).toEqual(['appeals.appealExtensionDays', 'gates.excellentQuotaPercent', 'notice.publicNoticeWorkingDays']);
  });

  it('a refusal says the bound in words', () => {
    expect(checkNationalBounds(localRules({ appeals: { reviewDecisionDays: 45 } }))[0]!.message).toBe('must be at most 30 (national rule; now 45)');
    expect(checkNationalBounds(localRules({ notice: { publicNoticeWorkingDays: 3 } }))[0]!.message).toBe('must be at least 5 (national rule; now 3)');
    expect(checkNationalBounds(localRules({ gates: { excellentQuotaPercent: 22 } }))[0]!.message).toBe('must be at most 20 without a recorded approval (national rule; now 22)');
    expect(checkNationalBounds(localRules({ gates: { excellentQuotaPercent: 27 } }), { quotaRaiseApproved: true })[0]!.message).toBe(
      'must be at most 25 with the recorded approval (national rule; now 27)',
    );
    const lighter = localRules({ gates: { penaltyEffects: { ...DEFAULT_RULE_SETTINGS.gates.penaltyEffects, DEMERIT: 'NO_EXCELLENT' } } });
    expect(checkNationalBounds(lighter)[0]!.message).toBe('must be at least as heavy as UNGRADED_THIS_YEAR (national rule; now NO_EXCELLENT)');
  });

  it('the national matrix, kind by kind', () => {
    expect(NATIONAL_PENALTY_EFFECTS).toEqual({
      PARTY_WARNING: 'NO_EXCELLENT',
      GOVERNMENT_WARNING: 'NO_EXCELLENT',
      ADMONISHMENT: 'NO_EXCELLENT',
      REASSIGNMENT: 'NO_EXCELLENT',
      SERIOUS_PARTY_WARNING: 'UNGRADED_THIS_YEAR',
      DEMERIT: 'UNGRADED_THIS_YEAR',
      ORDERED_RESIGNATION: 'UNGRADED_THIS_YEAR',
      REMOVAL: 'UNGRADED_THIS_YEAR',
      DEMOTION: 'UNGRADED_THIS_YEAR',
      MAJOR_DEMERIT: 'UNGRADED_THIS_AND_NEXT_YEAR',
      DOWNGRADE: 'UNGRADED_THIS_AND_NEXT_YEAR',
      DISMISSAL_FROM_POST: 'UNGRADED_THIS_AND_NEXT_YEAR',
      REMOVAL_FROM_PARTY_POST: 'INCOMPETENT',
      PARTY_PROBATION: 'INCOMPETENT',
      EXPULSION: 'INCOMPETENT',
    });
  });
});
