import { describe, expect, it } from 'vitest';
import { choose, groupCounts, turnoutStatus, unchoose } from './roster';

const a = { userId: 'u1', displayName: '测评人1', organisationName: '东江区' };
const b = { userId: 'u2', displayName: '测评人2', organisationName: '东江区' };

describe('the raters to invite', () => {
  it('hold each rater once, in the group last chosen', () => {
    let list = choose([], a, 'PEER');
    list = choose(list, b, 'SUPERIOR');
    list = choose(list, a, 'SUBORDINATE');
    expect(list.map((r) => [r.userId, r.group])).toEqual([
      ['u1', 'SUBORDINATE'],
      ['u2', 'SUPERIOR'],
    ]);
    expect(unchoose(list, 'u1').map((r) => r.userId)).toEqual(['u2']);
  });

  it('count per group in the groups’ order, leaving out empty groups', () => {
    expect(groupCounts([{ ...a, group: 'PEER' }, { ...b, group: 'SUPERIOR' }])).toEqual([
      { group: 'SUPERIOR', count: 1 },
      { group: 'PEER', count: 1 },
    ]);
  });
});

describe('turnout against the minimum', () => {
  it.each([
    [0, 0, 'none'],
    [6, 66.67, 'below'],
    [6, 80, 'met'],
    [5, 100, 'met'],
  ] as const)('%d invited, %d%% returned: %s', (invitedTotal, turnoutPercent, status) => {
    expect(turnoutStatus({ invitedTotal, turnoutPercent, minimumTurnoutPercent: 80 })).toBe(status);
  });
});
