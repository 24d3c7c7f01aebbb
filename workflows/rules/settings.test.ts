import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, mergeSettings, validateSettings } from './settings.js';

describe('rule settings', () => {
  it('the national defaults are valid and carry the figures of docs/domain.md', () => {
    const checked = validateSettings(DEFAULT_RULE_SETTINGS);
    expect(checked.ok).toBe(true);
    expect(DEFAULT_RULE_SETTINGS.gates.excellentQuotaPercent).toBe(20);
    expect(DEFAULT_RULE_SETTINGS.gates.excellentQuotaRaisedPercent).toBe(25);
    expect(DEFAULT_RULE_SETTINGS.gates.regularScoreExcellentMinimum).toBe(90);
    expect(DEFAULT_RULE_SETTINGS.notice.publicNoticeWorkingDays).toBe(5);
    expect(DEFAULT_RULE_SETTINGS.scoring.publicSurveyPercent).toBe(5);
    expect(DEFAULT_RULE_SETTINGS.scoring.regularAssessmentPercent).toBe(30);
    expect(DEFAULT_RULE_SETTINGS.scoring.cityHighQualityDevelopmentPercent).toEqual({ min: 55, max: 70, default: 60 });
    expect(DEFAULT_RULE_SETTINGS.appeals).toMatchObject({ reviewRequestDays: 30, reviewDecisionDays: 30, appealAfterReviewDays: 15, directAppealDays: 30, appealDecisionDays: 60, appealExtensionDays: 30 });
    expect(DEFAULT_RULE_SETTINGS.gates.negativeList).toHaveLength(7);
    expect(DEFAULT_RULE_SETTINGS.penaltyPeriods).toEqual({ warningMonths: 6, demeritMonths: 12, majorDemeritMonths: 18, downgradeOrDismissalMonths: 24 });
  });

  it.each([
    [{ gates: { excellentQuotaPercent: 120 } }, 'gates.excellentQuotaPercent', 'between 0 and 100'],
    [{ gates: { excellentQuotaRaisedPercent: 15 } }, 'gates.excellentQuotaRaisedPercent', 'at least the ordinary quota'],
    [{ notice: { publicNoticeWorkingDays: 4 } }, 'notice.publicNoticeWorkingDays', 'at least 5 working days'],
    [{ scoring: { cadreWorkResultsPercent: 60 } }, 'scoring.cadreAbilitiesPercent', 'sum to 100'],
    [{ scoring: { gdpWeightInRestrictedZones: 10 } }, 'scoring.gdpWeightInRestrictedZones', 'GDP weighs 0'],
    [{ democraticEvaluation: { raterGroupWeights: { SUPERIOR: 50, PEER: 30, SUBORDINATE: 30, SERVICE_RECIPIENT: 10 } } }, 'democraticEvaluation.raterGroupWeights', 'sum to 100'],
    [{ scoring: { cityHighQualityDevelopmentPercent: { min: 70, max: 55, default: 60 } } }, 'scoring.cityHighQualityDevelopmentPercent.min', 'must not exceed max'],
    [{ appeals: { reviewRequestDays: 0 } }, 'appeals.reviewRequestDays', 'at least 1'],
    [{ gates: { penaltyEffects: { ...DEFAULT_RULE_SETTINGS.gates.penaltyEffects, EXPULSION: 'NOTHING' } } }, 'gates.penaltyEffects.EXPULSION', 'must be one of'],
    [{ gates: { unknownThing: 3 } }, 'gates.unknownThing', 'not a known setting'],
    [{ notice: { publicNoticeWorkingDays: 'five' } }, 'notice.publicNoticeWorkingDays', 'must be a number'],
    [{ cycle: { annualFinishByMonthDay: '3/31' } }, 'cycle.annualFinishByMonthDay', 'MM-DD'],
    [{ gates: { membersExcellentPercentByTeamGrade: { EXCELLENT: 30, GOOD: 20, AVERAGE: 20, POOR: 20 } } }, 'gates.membersExcellentPercentByTeamGrade.EXCELLENT', 'must not exceed the raised quota'],
  ])('refuses %j naming %s', (patch, field, message) => {
    const checked = validateSettings(mergeSettings(DEFAULT_RULE_SETTINGS, patch));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it('accepts a local raise of the regular-assessment share to 40%', () => {
    const checked = validateSettings(mergeSettings(DEFAULT_RULE_SETTINGS, { scoring: { regularAssessmentPercent: 40 } }));
    expect(checked.ok && checked.settings.scoring.regularAssessmentPercent).toBe(40);
  });

  it('merging keeps what the patch leaves out and never mutates the base', () => {
    const before = JSON.stringify(DEFAULT_RULE_SETTINGS);
    const merged = mergeSettings(DEFAULT_RULE_SETTINGS, { gates: { excellentQuotaPercent: 15 } }) as typeof DEFAULT_RULE_SETTINGS;
    expect(merged.gates.excellentQuotaPercent).toBe(15);
    expect(merged.gates.excellentQuotaRaisedPercent).toBe(25);
    expect(merged.notice).toEqual(DEFAULT_RULE_SETTINGS.notice);
    expect(JSON.stringify(DEFAULT_RULE_SETTINGS)).toBe(before);
  });
});
