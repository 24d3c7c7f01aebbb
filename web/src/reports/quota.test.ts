import { describe, expect, it } from 'vitest';
import { readQuota } from './quota';

describe('readQuota', () => {
  it.each([
    ['room for every waiting proposal', { allowed: 3, used: 1, proposed: 1 }, { remaining: 2, status: 'open', usedPercent: 33.3, pendingPercent: 66.7 }],
    ['more proposals than places left', { allowed: 3, used: 2, proposed: 2 }, { remaining: 1, status: 'tight', usedPercent: 66.7, pendingPercent: 100 }],
    ['used up', { allowed: 2, used: 2, proposed: 0 }, { remaining: 0, status: 'full', usedPercent: 100, pendingPercent: 100 }],
    ['more decided than allowed', { allowed: 1, used: 2, proposed: 0 }, { remaining: 0, status: 'over', usedPercent: 100, pendingPercent: 100 }],
    ['a pool too small for any EXCELLENT', { allowed: 0, used: 0, proposed: 0 }, { remaining: 0, status: 'none', usedPercent: 0, pendingPercent: 0 }],
    ['a proposal in a pool that allows none', { allowed: 0, used: 0, proposed: 1 }, { remaining: 0, status: 'none', usedPercent: 0, pendingPercent: 100 }],
  ] as const)('%s', (_name, figures, expected) => {
    expect(readQuota(figures)).toEqual(expected);
  });
});
