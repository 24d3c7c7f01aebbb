/** Where a grade stands for the trend chart: 3 best … 0 lowest, whatever the scale; UNGRADED and COMMENT_ONLY have none (a gap). */
const LEVELS: Record<string, number> = {
  EXCELLENT: 3,
  COMPETENT: 2,
  QUALIFIED: 2,
  GOOD: 2,
  BASICALLY_COMPETENT: 1,
  BASICALLY_QUALIFIED: 1,
  AVERAGE: 1,
  INCOMPETENT: 0,
  UNQUALIFIED: 0,
  POOR: 0,
};

export interface TrendPoint {
  year: number;
  grade: string;
  level: number | null;
}

/** One point per year from the first result to the last; a year without a result is a gap. */
export function trendPoints(results: ReadonlyArray<{ year: number; grade: string }>): TrendPoint[] {
  if (results.length === 0) return [];
  const byYear = new Map(results.map((r) => [r.year, r.grade]));
  const years = [...byYear.keys()];
  const out: TrendPoint[] = [];
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const grade = byYear.get(y) ?? '';
    out.push({ year: y, grade, level: grade in LEVELS ? LEVELS[grade]! : null });
  }
  return out;
}

/** The axis names of the levels on the subject's scale. */
export const LEVEL_GRADES: Record<'CADRE' | 'TEAM', [string, string, string, string]> = {
  CADRE: ['INCOMPETENT', 'BASICALLY_COMPETENT', 'COMPETENT', 'EXCELLENT'],
  TEAM: ['POOR', 'AVERAGE', 'GOOD', 'EXCELLENT'],
};
