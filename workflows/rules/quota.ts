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
