/** The shapes the server stores in `gradingResult.quota` and `gradingResult.evaluation` (JSON), read defensively. */
export interface QuotaRank {
  allowed: number | null;
  candidates: number | null;
  rank: number | null;
}

export interface EvaluationSummary {
  valid: boolean;
  invited: number | null;
  returned: number | null;
  turnoutPercent: number | null;
  score: number | null;
  votes: { excellentPercent: number; excellentOrCompetentPercent: number; incompetentPercent: number } | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function readQuotaRank(json: unknown): QuotaRank | null {
  if (!json || typeof json !== 'object') return null;
  const q = json as Record<string, unknown>;
  return { allowed: num(q.allowed), candidates: num(q.candidates), rank: num(q.rank) };
}

export function readEvaluationSummary(json: unknown): EvaluationSummary | null {
  if (!json || typeof json !== 'object') return null;
  const e = json as Record<string, unknown>;
  const v = e.votes && typeof e.votes === 'object' ? (e.votes as Record<string, unknown>) : null;
  return {
    valid: e.valid === true,
    invited: num(e.invited),
    returned: num(e.returned),
    turnoutPercent: num(e.turnoutPercent),
    score: num(e.score),
    votes: v
      ? { excellentPercent: num(v.excellentPercent) ?? 0, excellentOrCompetentPercent: num(v.excellentOrCompetentPercent) ?? 0, incompetentPercent: num(v.incompetentPercent) ?? 0 }
      : null,
  };
}
