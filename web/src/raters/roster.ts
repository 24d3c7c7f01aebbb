import type { RaterGroup as RaterGroupCode } from '../gql/graphql';
import { everyValue } from '../shared/enums';

/**
 * The list of raters the assessment team is about to invite, each in one
 * rater group, and how a turnout reads against the cycle's minimum. Whether
 * an assessment takes invitations is the server's `invitable`, never worked
 * out here.
 */
export const RATER_GROUPS = everyValue<RaterGroupCode>()(['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT']);
export type RaterGroup = (typeof RATER_GROUPS)[number];

export interface ChosenRater {
  userId: string;
  displayName: string;
  organisationName: string;
  group: RaterGroup;
}

/** Adds a rater in a group; a rater already chosen moves to the new group (one group per rater). */
export function choose(list: readonly ChosenRater[], rater: Omit<ChosenRater, 'group'>, group: RaterGroup): ChosenRater[] {
  const existing = list.findIndex((r) => r.userId === rater.userId);
  if (existing >= 0) return list.map((r, i) => (i === existing ? { ...r, group } : r));
  return [...list, { ...rater, group }];
}

export function unchoose(list: readonly ChosenRater[], userId: string): ChosenRater[] {
  return list.filter((r) => r.userId !== userId);
}

/** How many are chosen in each group, in the groups' order. */
export function groupCounts(list: readonly ChosenRater[]): Array<{ group: RaterGroup; count: number }> {
  return RATER_GROUPS.map((group) => ({ group, count: list.filter((r) => r.group === group).length })).filter((g) => g.count > 0);
}

export type TurnoutStatus = 'none' | 'below' | 'met';

/** Nobody invited yet, below the minimum turnout, or at or above it. */
export function turnoutStatus(a: { invitedTotal: number; turnoutPercent: number; minimumTurnoutPercent: number }): TurnoutStatus {
  if (a.invitedTotal === 0) return 'none';
  return a.turnoutPercent >= a.minimumTurnoutPercent ? 'met' : 'below';
}
