/**
 * The excellent quota (docs/domain.md §5): at most `percent`% of those graded in a
 * unit (and, where configured, rank pool) may be EXCELLENT, rounded half up.
 * The raised percentage applies only with a recorded approval.
 */
export interface QuotaSettings {
  excellentQuotaPercent: number;
  excellentQuotaRaisedPercent: number;
}

/** Rounds half up on exact decimal halves (12 × 20% = 2.4 → 2; 13 × 20% = 2.6 → 3; 10 × 25% = 2.5 → 3). */
export function roundHalfUp(value: number): number {
  // Guard against binary fractions such as 2.4999999999999996 for 2.5.
  return Math.floor(Math.round(value * 1e9) / 1e9 + 0.5);
}

export function excellentQuota(graded: number, settings: QuotaSettings, raiseApproved = false): number {
  if (!Number.isInteger(graded) || graded < 0) throw new RangeError('graded must be a whole number ≥ 0');
  const percent = raiseApproved ? settings.excellentQuotaRaisedPercent : settings.excellentQuotaPercent;
  return roundHalfUp((graded * percent) / 100);
}

export interface PoolQuotaSettings extends QuotaSettings {
  membersExcellentPercentByTeamGrade: Record<string, number>;
}

/**
 * The quota settings of one pool (docs/domain.md §5): a leadership team's members
 * get the share configured for their team's grade (the tilt toward teams with
 * outstanding results; the ordinary quota while the team has no grade yet); a
 * recorded approval raises the pool to at least the raised percentage. The
 * result feeds `excellentQuota` and `isWithinExcellentQuota` unchanged.
 */
export function poolQuotaSettings(pool: { subject: 'TEAM' | 'MEMBERS'; teamGrade: string | null }, settings: PoolQuotaSettings): QuotaSettings {
  // Stryker disable next-line ConditionalExpression: equivalent — a null team grade finds no tilt in the table either way.
  const tilted = pool.subject === 'MEMBERS' && pool.teamGrade !== null ? settings.membersExcellentPercentByTeamGrade[pool.teamGrade] : undefined;
  const percent = tilted ?? settings.excellentQuotaPercent;
  return { excellentQuotaPercent: percent, excellentQuotaRaisedPercent: Math.max(percent, settings.excellentQuotaRaisedPercent) };
}

export interface QuotaFacts {
  /** Assessed in the pool who receive a grade (UNGRADED and COMMENT_ONLY do not count). */
  graded: number;
  /** EXCELLENT already approved in the pool, not counting the one being decided. */
  excellentApproved: number;
  raiseApproved: boolean;
}

/** May one more EXCELLENT be approved in this pool? */
export function isWithinExcellentQuota(facts: QuotaFacts, settings: QuotaSettings): boolean {
  return facts.excellentApproved + 1 <= excellentQuota(facts.graded, settings, facts.raiseApproved);
}

// ---------- the pool: one definition for the engine's advice and every binding check ----------

export type QuotaPoolSubject = 'TEAM' | 'MEMBERS';

/**
 * Which pool an annual assessment belongs to (docs/domain.md §5): all the
 * leadership teams of the cycle form one pool; a unit's members form one pool
 * per rank level when quotas are per rank level (they are never shifted
 * between levels), else one pool per unit. Pools never span cycles.
 */
export function quotaPoolKey(assessment: { subject: QuotaPoolSubject; organisationId: string; rankLevel: string | null }, perRankLevel: boolean): string {
  if (assessment.subject === 'TEAM') return 'TEAM';
  return `${assessment.organisationId}|${perRankLevel ? (assessment.rankLevel ?? '') : ''}`;
}

/**
 * One assessment of the pool with the result it stands at now: the final
 * result, else the committee's decision, else the standing proposal, else
 * UNGRADED or COMMENT_ONLY when a gate already forces it (an open
 * investigation, probation, long leave, a penalty of the year), else null
 * (not yet proposed).
 */
export interface QuotaPoolMember {
  id: string;
  result: string | null;
}

export interface QuotaPool {
  subject: QuotaPoolSubject;
  /** Members: their team's grade (decided, else proposed), which tilts their quota; null for teams or while the team has none. */
  teamGrade: string | null;
  /** A raise to the higher percentage is recorded for this pool. */
  raiseApproved: boolean;
  members: readonly QuotaPoolMember[];
  /**
   * Members counted but not listed in `members` (a pool read for one decision
   * names only the members that can change the count): each of them graded,
   * none EXCELLENT and none the member being decided. Absent: none.
   */
  unlistedGraded?: number;
}

export interface QuotaStanding {
  /** The percentage in force for this pool (the tilt and a recorded raise applied). */
  percent: number;
  graded: number;
  /** At most this many EXCELLENT: `percent` of `graded`, rounded half up. */
  limit: number;
  /** EXCELLENT already taken by the other members (the one being decided never counts against itself). */
  taken: number;
  /** max(0, limit − taken). */
  remaining: number;
  /** One more EXCELLENT (the one being decided) fits. */
  fits: boolean;
  raiseApproved: boolean;
}

/** UNGRADED and COMMENT_ONLY are results, not grades: they are not "graded". */
export function isGradedResult(result: string | null): boolean {
  return result !== 'UNGRADED' && result !== 'COMMENT_ONLY';
}

/**
 * The quota of a pool, counted one way for every path:
 * - graded: every member whose standing result is not UNGRADED or
 *   COMMENT_ONLY, including those not yet proposed (the pool is the whole
 *   pool, not the part waiting for a proposal; a partly graded pool has the
 *   same quota as when it is complete), and the member being decided (it is
 *   about to receive a grade), and the members counted without being listed
 *   (`unlistedGraded`);
 * - taken: every other member whose standing result is EXCELLENT, whether
 *   proposed, decided or final (a standing proposal holds its place until the
 *   committee changes it; first approved is not first served).
 * `forId` is the member being decided, or null to ask about the pool alone
 * (then `fits` means: one more member graded EXCELLENT would fit).
 */
export function quotaStanding(pool: QuotaPool, settings: PoolQuotaSettings, forId: string | null): QuotaStanding {
  let graded = 0;
  let taken = 0;
  let selfSeen = false;
  for (const member of pool.members) {
    if (member.id === forId) {
      selfSeen = true;
      graded += 1;
      continue;
    }
    if (isGradedResult(member.result)) graded += 1;
    if (member.result === 'EXCELLENT') taken += 1;
  }
  if (forId !== null && !selfSeen) graded += 1;
  graded += pool.unlistedGraded ?? 0;
  const quota = poolQuotaSettings(pool, settings);
  const percent = pool.raiseApproved ? quota.excellentQuotaRaisedPercent : quota.excellentQuotaPercent;
  const limit = excellentQuota(graded, quota, pool.raiseApproved);
  return { percent, graded, limit, taken, remaining: Math.max(0, limit - taken), fits: taken < limit, raiseApproved: pool.raiseApproved };
}
