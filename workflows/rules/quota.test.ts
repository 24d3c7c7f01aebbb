import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from './settings.js';
import { excellentQuota, isGradedResult, isWithinExcellentQuota, poolQuotaSettings, quotaPoolKey, quotaStanding, roundHalfUp, type QuotaPool, type QuotaPoolMember } from './quota.js';

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

/** A members' pool: the one being decided ('self') plus `others`, of whom the first `excellent` stand at EXCELLENT. */
function pool(graded: number, excellent: number, patch: Partial<QuotaPool> = {}, extra: QuotaPoolMember[] = []): QuotaPool {
  const members = Array.from({ length: graded - 1 }, (_, i) => ({ id: `m${i}`, result: i < excellent ? 'EXCELLENT' : 'COMPETENT' }));
  return { subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members: [...members, ...extra], ...patch };
}

describe('the quota of a pool, counted one way for every path', () => {
  const gates = DEFAULT_RULE_SETTINGS.gates;
  // graded (the one being decided included) → limit at 20%, limit at 25% (rounded half up)
  const LIMITS: Array<[number, number, number]> = [
    [1, 0, 0],
    [2, 0, 1],
    [3, 1, 1],
    [4, 1, 1],
    [5, 1, 1],
    [6, 1, 2],
    [7, 1, 2],
    [8, 2, 2],
    [9, 2, 2],
    [10, 2, 3],
    [11, 2, 3],
    [12, 2, 3],
  ];
  const rows = LIMITS.flatMap(([graded, limit20, limit25]) =>
    [0, 1, 2, 3].filter((taken) => taken < graded).map((taken) => [graded, taken, limit20, limit25] as const),
  );

  it.each(rows)('%i graded, %i already EXCELLENT: at most %i at 20%, %i at 25% with a recorded raise', (graded, taken, limit20, limit25) => {
    const ordinary = quotaStanding(pool(graded, taken), gates, 'self');
    expect(ordinary).toEqual({ percent: 20, graded, limit: limit20, taken, remaining: Math.max(0, limit20 - taken), fits: taken < limit20, raiseApproved: false });
    const raised = quotaStanding(pool(graded, taken, { raiseApproved: true }), gates, 'self');
    expect(raised).toEqual({ percent: 25, graded, limit: limit25, taken, remaining: Math.max(0, limit25 - taken), fits: taken < limit25, raiseApproved: true });
  });

  it.each([
    // graded, taken, fits at 20%
    [5, 0, true],
    [5, 1, false],
    [8, 1, true],
    [8, 2, false],
    [13, 2, true], // 2.6 → 3
    [13, 3, false],
  ] as const)('%i graded with %i EXCELLENT taken: one more fits %s', (graded, taken, fits) => {
    expect(quotaStanding(pool(graded, taken), gates, 'self').fits).toBe(fits);
  });

  it('rounds half up on exact halves and not on binary noise', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999999999999996)).toBe(3);
    expect(roundHalfUp(2.4)).toBe(2);
    expect(roundHalfUp(0.5)).toBe(1);
    expect(roundHalfUp(0.49)).toBe(0);
    expect(roundHalfUp(3)).toBe(3);
  });

  it('a raised percentage in the rule set applies only with a recorded raise', () => {
    expect(quotaStanding(pool(10, 0), gates, 'self').limit).toBe(2);
    expect(quotaStanding(pool(10, 0, { raiseApproved: true }), gates, 'self').limit).toBe(3);
    const local = { ...gates, excellentQuotaPercent: 15, excellentQuotaRaisedPercent: 15 };
    expect(quotaStanding(pool(20, 0, { raiseApproved: true }), local, 'self').limit).toBe(3);
  });

  it.each([
    // result of a member, counted as graded
    [null, true],
    ['EXCELLENT', true],
    ['COMPETENT', true],
    ['INCOMPETENT', true],
    ['UNGRADED', false],
    ['COMMENT_ONLY', false],
  ] as const)('a member standing at %s is graded: %s', (result, graded) => {
    expect(isGradedResult(result)).toBe(graded);
    const standing = quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members: [{ id: 'x', result }] }, gates, 'self');
    expect(standing.graded).toBe(graded ? 2 : 1);
  });

  it('proposed, decided and final EXCELLENT all take a place; the one being decided never counts against itself', () => {
    const members = [
      { id: 'self', result: 'EXCELLENT' },
      { id: 'a', result: 'EXCELLENT' },
      { id: 'b', result: 'UNGRADED' },
      { id: 'c', result: 'COMMENT_ONLY' },
      { id: 'd', result: null },
      { id: 'e', result: 'COMPETENT' },
    ];
    expect(quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members }, gates, 'self')).toMatchObject({ graded: 4, taken: 1, limit: 1, fits: false });
    expect(quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members }, gates, 'a')).toMatchObject({ graded: 4, taken: 1, fits: false });
    expect(quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members }, gates, 'd')).toMatchObject({ graded: 4, taken: 2, remaining: 0 });
    // Asking about the pool alone: nobody is excluded from the count.
    expect(quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members }, gates, null)).toMatchObject({ graded: 4, taken: 2, remaining: 0, fits: false });
  });

  it('the one being decided counts as graded even while it stands UNGRADED (it is about to receive a grade)', () => {
    const members = [{ id: 'self', result: 'UNGRADED' }, ...Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, result: null }))];
    expect(quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members }, gates, 'self')).toMatchObject({ graded: 5, limit: 1, fits: true });
  });

  it("a partly graded pool has the quota of the whole pool: the engine's count and the committee's agree", () => {
    const partly = pool(10, 0, {}, []);
    const proposedHalf = { ...partly, members: partly.members.map((m, i) => (i < 5 ? { ...m, result: null } : m)) };
    expect(quotaStanding(proposedHalf, gates, 'self').limit).toBe(quotaStanding(partly, gates, 'self').limit);
  });

  it.each([
    // listed members (graded, of whom EXCELLENT), unlisted graded, asked for → graded, limit, taken, fits
    [0, 0, 9, 'self', 10, 2, 0, true],
    [2, 2, 10, 'self', 13, 3, 2, true],
    [3, 3, 9, 'self', 13, 3, 3, false],
    [3, 3, 9, null, 12, 2, 3, false],
    [4, 1, 0, 'self', 5, 1, 1, false],
    [4, 1, 1, 'self', 6, 1, 1, false],
    [4, 1, 6, 'self', 11, 2, 1, true],
    [1, 0, 0, null, 1, 0, 0, false],
    [1, 0, 2, null, 3, 1, 0, true],
  ] as const)('%i listed (%i EXCELLENT) and %i counted without a name, asked for %s: graded %i, limit %i, taken %i, fits %s', (listed, excellent, unlisted, forId, graded, limit, taken, fits) => {
    const members = Array.from({ length: listed }, (_, i) => ({ id: `m${i}`, result: i < excellent ? 'EXCELLENT' : 'COMPETENT' }));
    const standing = quotaStanding({ subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members, unlistedGraded: unlisted }, gates, forId);
    expect(standing).toMatchObject({ graded, limit, taken, fits, remaining: Math.max(0, limit - taken) });
  });

  it('a pool read with its unremarkable members counted stands as the same pool listed in full', () => {
    const members = [
      { id: 'self', result: null },
      { id: 'a', result: 'EXCELLENT' },
      { id: 'b', result: 'UNGRADED' },
      { id: 'c', result: 'COMMENT_ONLY' },
      ...Array.from({ length: 7 }, (_, i) => ({ id: `d${i}`, result: i % 2 ? null : 'COMPETENT' })),
    ];
    const full: QuotaPool = { subject: 'MEMBERS', teamGrade: 'EXCELLENT', raiseApproved: true, members };
    const remarkable = members.filter((m) => m.id === 'self' || m.result === 'EXCELLENT' || !isGradedResult(m.result));
    const counted: QuotaPool = { ...full, members: remarkable, unlistedGraded: members.length - remarkable.length };
    for (const forId of ['self', 'a', 'b', 'd0', null]) {
      // The one asked about is always listed when it is a member.
      const asked = forId !== null && !remarkable.some((m) => m.id === forId) ? { ...counted, members: [...remarkable, members.find((m) => m.id === forId)!], unlistedGraded: counted.unlistedGraded! - 1 } : counted;
      expect(quotaStanding(asked, gates, forId)).toEqual(quotaStanding(full, gates, forId));
    }
  });

  it.each([
    // team grade → members' percent
    ['EXCELLENT', 25],
    ['GOOD', 20],
    ['AVERAGE', 20],
    ['POOR', 20],
    [null, 20],
  ] as const)("members of a team graded %s: %i% of the pool", (teamGrade, percent) => {
    expect(quotaStanding(pool(12, 0, { teamGrade }), gates, 'self')).toMatchObject({ percent, limit: percent === 25 ? 3 : 2 });
    expect(quotaStanding(pool(12, 0, { teamGrade, subject: 'TEAM' }), gates, 'self')).toMatchObject({ percent: 20, limit: 2 });
  });

  it.each([
    // subject, unit, rank level, per rank level → key
    ['TEAM', 'org1', null, true, 'TEAM'],
    ['TEAM', 'org2', 'DIVISION', false, 'TEAM'],
    ['MEMBERS', 'org1', 'DIVISION', true, 'org1|DIVISION'],
    ['MEMBERS', 'org1', 'SECTION', true, 'org1|SECTION'],
    ['MEMBERS', 'org1', 'DIVISION', false, 'org1|'],
    ['MEMBERS', 'org1', null, true, 'org1|'],
  ] as const)('the pool of %s of %s at rank %s (per level: %s) is %s', (subject, organisationId, rankLevel, perLevel, key) => {
    expect(quotaPoolKey({ subject, organisationId, rankLevel }, perLevel)).toBe(key);
  });
});

describe('the quota refuses a graded count that is not a whole number', () => {
  it.each([-1, 1.5, Number.NaN])('%s graded', (graded) => {
    expect(() => excellentQuota(graded, settings)).toThrow(new RangeError('graded must be a whole number ≥ 0'));
  });
});
