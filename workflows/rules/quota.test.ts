import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from './settings.js';
import { excellentQuota, isWithinExcellentQuota, poolQuotaSettings } from './quota.js';

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

describe("the members' quota tilts toward the team's grade", () => {
  const gates = DEFAULT_RULE_SETTINGS.gates;
  it.each([
    // subject, team grade, raise approved, graded → quota
    ['MEMBERS', 'EXCELLENT', false, 12, 3], // 25% of 12 = 3
    ['MEMBERS', 'GOOD', false, 12, 2], // 20%
    ['MEMBERS', 'AVERAGE', false, 12, 2],
    ['MEMBERS', 'POOR', false, 12, 2],
    ['MEMBERS', null, false, 12, 2], // team not graded yet: the ordinary quota
    ['MEMBERS', 'GOOD', true, 12, 3], // a recorded approval raises to 25%
    ['TEAM', 'EXCELLENT', false, 12, 2], // the tilt is for members only
    ['TEAM', null, true, 12, 3],
  ] as const)('%s of a team graded %s (raise approved: %s), %i graded → %i', (subject, teamGrade, raised, graded, quota) => {
    expect(excellentQuota(graded, poolQuotaSettings({ subject, teamGrade }, gates), raised)).toBe(quota);
  });

  it('a configured tilt is followed (a team graded POOR gets 10%)', () => {
    const tilted = { ...gates, membersExcellentPercentByTeamGrade: { ...gates.membersExcellentPercentByTeamGrade, POOR: 10 } };
    expect(excellentQuota(20, poolQuotaSettings({ subject: 'MEMBERS', teamGrade: 'POOR' }, tilted))).toBe(2);
    expect(excellentQuota(20, poolQuotaSettings({ subject: 'MEMBERS', teamGrade: 'GOOD' }, tilted))).toBe(4);
  });
});
