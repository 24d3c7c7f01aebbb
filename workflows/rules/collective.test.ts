import { describe, expect, it } from 'vitest';
import { isValidCollectiveDecision, type CollectiveDecision } from './collective.js';

/** A quorum is more than half of the members entitled to vote (recused ones excepted); a decision needs more than half of those present. */
const meeting = (membersTotal: number, attendance: number, votesFor: number, votesAgainst = 0, abstentions = 0, recusals: string[] = []): CollectiveDecision => ({
  membersTotal,
  attendance,
  votesFor,
  votesAgainst,
  abstentions,
  recusals,
});

describe('a valid collective decision', () => {
  it.each<[string, CollectiveDecision, boolean]>([
    ['9 members, 5 present, 3 for', meeting(9, 5, 3, 2), true],
    ['9 members, 4 present (no quorum)', meeting(9, 4, 4), false],
    ['9 members, 5 present, 2 for, 3 against', meeting(9, 5, 2, 3), false],
    ['8 members, 4 present (half is no quorum)', meeting(8, 4, 4), false],
    ['8 members, 5 present, 3 for', meeting(8, 5, 3, 1, 1), true],
    ['6 present, 3 for, 3 against (a tie is no majority)', meeting(9, 6, 3, 3), false],
    ['9 members, 2 recused: 7 entitled, 4 present, 3 for', meeting(9, 4, 3, 1, 0, ['a', 'b']), true],
    ['9 members, 2 recused: 7 entitled, 3 present', meeting(9, 3, 3, 0, 0, ['a', 'b']), false],
    ['a recusal named twice counts once', meeting(9, 4, 3, 1, 0, ['a', 'a']), false],
    ['more present than entitled', meeting(9, 8, 8, 0, 0, ['a', 'b']), false],
    ['votes beyond those present', meeting(9, 5, 4, 2), false],
    ['nobody entitled', meeting(2, 0, 0, 0, 0, ['a', 'b']), false],
    ['more recused than members', meeting(2, 0, 0, 0, 0, ['a', 'b', 'c']), false],
    ['everyone entitled present: 5 of 5, 3 for', meeting(5, 5, 3, 2), true],
    ['3 for, 1 against, 2 abstaining: 6 votes among 5 present', meeting(9, 5, 3, 1, 2), false],
  ])('%s: %s', (_what, c, valid) => {
    expect(isValidCollectiveDecision(c)).toBe(valid);
  });
});
