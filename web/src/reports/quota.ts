/** An excellent-quota pool as the server counts it (`cycleReport.quotaPools`). */
export interface QuotaFigures {
  allowed: number;
  used: number;
  /** EXCELLENT proposals still waiting for the committee. */
  proposed: number;
}

export type QuotaStatus = 'none' | 'open' | 'tight' | 'full' | 'over';

export interface QuotaReading {
  remaining: number;
  /** Used as a share of the allowed, 0–100 (capped) for the bar. */
  usedPercent: number;
  /** Used plus waiting proposals, 0–100 (capped). */
  pendingPercent: number;
  /**
   * none: the pool is too small for any EXCELLENT (20% of a few rounds to 0);
   * open: room for every waiting proposal; tight: waiting proposals exceed
   * what is left (some will be refused); full: nothing left; over: more
   * decided than allowed (the quota was lowered after decisions, or raised
   * with an approval this view does not see).
   */
  status: QuotaStatus;
}

/** Reads a pool for display. It decides nothing: the server refuses an EXCELLENT over the quota with QUOTA_EXCEEDED. */
export function readQuota({ allowed, used, proposed }: QuotaFigures): QuotaReading {
  const remaining = Math.max(0, allowed - used);
  const pct = (n: number) => (allowed > 0 ? Math.min(100, Math.round((n / allowed) * 1000) / 10) : n > 0 ? 100 : 0);
  const status: QuotaStatus = used > allowed ? 'over' : allowed === 0 ? 'none' : remaining === 0 ? 'full' : proposed > remaining ? 'tight' : 'open';
  return { remaining, usedPercent: pct(used), pendingPercent: pct(used + proposed), status };
}
