/** How a pool stands (the server's `standing`): over its quota, used up, tight, places left, or too small for any EXCELLENT. */
export type PoolStanding = 'OVER' | 'FULL' | 'TIGHT' | 'OPEN' | 'NONE';

/** A pool as the drill-down shows it (quotaPoolPage / quotaPoolsOf). */
export interface DrillPool {
  organisationId?: string | null;
  organisationName?: string | null;
  subject: string;
  rankLevel?: string | null;
  graded: number;
  allowed: number;
  used: number;
  proposed: number;
  standing: string;
}

/** The standings a reader can filter the pool list by, most urgent first (NONE pools are only counted). */
export const FILTER_STANDINGS: readonly PoolStanding[] = ['OVER', 'FULL', 'TIGHT', 'OPEN'];

/** A stable key for a pool in a list. */
export function poolKey(p: DrillPool): string {
  return `${p.subject}:${p.organisationId ?? ''}:${p.rankLevel ?? ''}`;
}

/** "from–to of total" of a page that starts after `offset` pools. */
export function pageRange(offset: number, shown: number, total: number): { from: number; to: number; total: number } {
  return { from: shown ? offset + 1 : 0, to: offset + shown, total };
}
