import { describe, expect, it } from 'vitest';
import { changedSettings, parseSettingsPatch, sameJson, settingAt, unitKeyOf, unitOf } from './settings';

describe('unitOf', () => {
  it('reads the unit from the name of the setting', () => {
    expect(unitOf('excellentQuotaPercent')).toBe('percent');
    expect(unitOf('raterGroupWeights')).toBe('percent');
    expect(unitOf('publicNoticeWorkingDays')).toBe('workingDays');
    expect(unitOf('reviewRequestDays')).toBe('days');
    expect(unitOf('longLeaveMonths')).toBe('months');
    expect(unitOf('salaryStepCumulativeYears')).toBe('years');
    expect(unitOf('anonymityMinimumRaters')).toBeNull();
    expect(unitKeyOf('democraticEvaluation.raterGroupWeights.PEER')).toBe('raterGroupWeights');
    expect(unitKeyOf('gates.poorQuartersBarExcellent')).toBe('poorQuartersBarExcellent');
  });
});

describe('changedSettings', () => {
  const defaults = {
    gates: { excellentQuotaPercent: 20, negativeList: [{ code: 'A', label: 'a' }] },
    democraticEvaluation: { raterGroupWeights: { SUPERIOR: 30, PEER: 30 } },
  };

  it('lists the leaves that differ from the defaults, lists compared whole', () => {
    const settings = {
      gates: { excellentQuotaPercent: 15, negativeList: [{ label: 'a', code: 'A' }] },
      democraticEvaluation: { raterGroupWeights: { SUPERIOR: 40, PEER: 30 } },
    };
    expect(changedSettings(settings, defaults)).toEqual([
      { path: 'gates.excellentQuotaPercent', value: 15, defaultValue: 20 },
      { path: 'democraticEvaluation.raterGroupWeights.SUPERIOR', value: 40, defaultValue: 30 },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(changedSettings(structuredClone(defaults), defaults)).toEqual([]);
  });

  it('reads a setting at a dotted path', () => {
    expect(settingAt(defaults, 'gates.negativeList.0.code')).toBe('A');
    expect(settingAt(defaults, 'gates.missing.deeper')).toBeUndefined();
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
  });
});

describe('parseSettingsPatch', () => {
  it('accepts a JSON object or nothing', () => {
    expect(parseSettingsPatch('{ "gates": { "excellentQuotaPercent": 15 } }')).toEqual({ ok: true, value: { gates: { excellentQuotaPercent: 15 } } });
    expect(parseSettingsPatch('   ')).toEqual({ ok: true, value: {} });
  });

  it('refuses broken JSON and non-objects', () => {
    expect(parseSettingsPatch('{ gates: 1 }').ok).toBe(false);
    expect(parseSettingsPatch('[1, 2]')).toEqual({ ok: false, reason: 'not an object' });
    expect(parseSettingsPatch('42').ok).toBe(false);
  });
});
