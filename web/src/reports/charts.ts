/** Turning the server's counts (one row per organisation and key) into chart series. Pure, for tests. */
export interface CountRow {
  organisationId: string;
  organisationName: string;
  key: string;
  count: number;
}

export interface StackedSeries {
  /** Organisations along the category axis, in the server's order. */
  categories: Array<{ id: string; name: string }>;
  /** One series per key, in `keyOrder` order then any unknown keys; data aligned with `categories`. */
  series: Array<{ key: string; data: number[] }>;
}

export function stackByOrganisation(rows: readonly CountRow[], keyOrder: readonly string[] = []): StackedSeries {
  const categories: Array<{ id: string; name: string }> = [];
  const index = new Map<string, number>();
  for (const r of rows) {
    if (!index.has(r.organisationId)) {
      index.set(r.organisationId, categories.length);
      categories.push({ id: r.organisationId, name: r.organisationName });
    }
  }
  const keys = [...new Set(rows.map((r) => r.key))].sort((a, b) => rank(a, keyOrder) - rank(b, keyOrder) || a.localeCompare(b));
  const series = keys.map((key) => {
    const data = categories.map(() => 0);
    for (const r of rows) if (r.key === key) data[index.get(r.organisationId)!]! += r.count;
    return { key, data };
  });
  return { categories, series };
}

function rank(key: string, order: readonly string[]): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}

/** Lifecycle states in the order an assessment passes them; nested states sort under their parent. */
export const STATE_ORDER = [
  'enrolled',
  'selfReport.drafting',
  'selfReport.returned',
  'selfReport.overdue',
  'selfReport.submitted',
  'evaluation.ballotsPending',
  'evaluation.ballotsOpen',
  'evaluation.ballotsClosed',
  'synthesis',
  'committeeReview',
  'decisionRouting',
  'awaitingNotice',
  'publicNotice',
  'decided',
  'notified',
  'signed',
  'feedbackGiven',
  'filed',
  'personalSummary',
  'factFinding',
  'appraisal',
  'feedback',
  'done',
];

export const GRADE_ORDER = ['EXCELLENT', 'COMPETENT', 'GOOD', 'FAIR', 'BASICALLY_COMPETENT', 'AVERAGE', 'INCOMPETENT', 'POOR', 'UNGRADED', 'COMMENT_ONLY', 'NONE'];

/** Colours by grade: the best green, the worst red, none grey (the same in every chart). */
export const GRADE_COLOURS: Record<string, string> = {
  EXCELLENT: '#2e7d32',
  COMPETENT: '#1e6fd9',
  GOOD: '#00897b',
  FAIR: '#4db6ac',
  BASICALLY_COMPETENT: '#e6a23c',
  AVERAGE: '#e6a23c',
  INCOMPETENT: '#c62828',
  POOR: '#c62828',
  UNGRADED: '#8d6e63',
  COMMENT_ONLY: '#a1887f',
  NONE: '#c0c4cc',
};
