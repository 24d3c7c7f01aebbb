import { describe, expect, it } from 'vitest';
import { excellentQuota, isWithinExcellentQuota } from './quota.js';

const settings = { excellentQuotaPercent: 20, excellentQuotaRaisedPercent: 25 };

describe('the excellent quota', () => {
  it.each([
    [12, false, 2],
    [13, false, 3],
    [5, false, 1],
    [2, false, 0],
    [3, false, 1],
    [10, true, 3],
    [12, true, 3],
    [0, false, 0],
  ])('%i graded (raised: %s) → at most %i EXCELLENT', (graded, raised, quota) => {
    expect(excellentQuota(graded, settings, raised)).toBe(quota);
  });

  it('refuses one over the quota and allows the last within it', () => {
    expect(isWithinExcellentQuota({ graded: 12, excellentApproved: 1, raiseApproved: false }, settings)).toBe(true);
    expect(isWithinExcellentQuota({ graded: 12, excellentApproved: 2, raiseApproved: false }, settings)).toBe(false);
    expect(isWithinExcellentQuota({ graded: 12, excellentApproved: 2, raiseApproved: true }, settings)).toBe(true);
  });
});
