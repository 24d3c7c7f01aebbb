import { GRADE_SCALES } from '../rules/grades.js';

/**
 * A cadre's results as the selection team reads them (选任参考), pure: the
 * annual grades by year (the latest version of each), counted as of a year.
 */
export interface AnnualGrade {
  year: number;
  grade: string;
}

export interface SelectionCounters {
  asOfYear: number;
  /** EXCELLENT years among asOfYear-2 … asOfYear. */
  excellentLast3: number;
  /** EXCELLENT years among asOfYear-4 … asOfYear. */
  excellentLast5: number;
  /** EXCELLENT years running back from asOfYear (a year without a result breaks the run). */
  consecutiveExcellent: number;
  /** BASICALLY_COMPETENT (or BASICALLY_QUALIFIED) years among the last 5. */
  basicallyCompetentLast5: number;
  /** INCOMPETENT (or UNQUALIFIED) years among the last 5. */
  incompetentLast5: number;
  /** The latest result up to asOfYear, and its year. */
  latestGrade: string | null;
  latestYear: number | null;
}

const BASIC = new Set(['BASICALLY_COMPETENT', 'BASICALLY_QUALIFIED']);
const FAILED = new Set(['INCOMPETENT', 'UNQUALIFIED']);

export function selectionCounters(grades: readonly AnnualGrade[], asOfYear: number): SelectionCounters {
  const byYear = new Map(grades.filter((g) => g.year <= asOfYear).map((g) => [g.year, g.grade]));
  const within = (n: number, test: (grade: string) => boolean) =>
    [...byYear].filter(([year, grade]) => year > asOfYear - n && test(grade)).length;
  let consecutiveExcellent = 0;
  while (byYear.get(asOfYear - consecutiveExcellent) === 'EXCELLENT') consecutiveExcellent += 1;
  const latestYear = byYear.size ? Math.max(...byYear.keys()) : null;
  return {
    asOfYear,
    excellentLast3: within(3, (g) => g === 'EXCELLENT'),
    excellentLast5: within(5, (g) => g === 'EXCELLENT'),
    consecutiveExcellent,
    basicallyCompetentLast5: within(5, (g) => BASIC.has(g)),
    incompetentLast5: within(5, (g) => FAILED.has(g)),
    latestGrade: latestYear === null ? null : byYear.get(latestYear)!,
    latestYear,
  };
}

/** A grade's place from the best (0) on its scale; UNGRADED, COMMENT_ONLY and unknown grades rank after every grade. */
export function gradeRank(grade: string | null): number {
  if (!grade) return 9;
  for (const scale of [GRADE_SCALES.CADRE, GRADE_SCALES.PUBLIC_INSTITUTION] as ReadonlyArray<readonly string[]>) {
    const i = scale.indexOf(grade);
    if (i >= 0) return i;
  }
  return 9;
}

/**
 * The ranking rule of a candidate search: no blocker first; then more
 * EXCELLENT years in the last 5; then the longer EXCELLENT run; then the
 * better latest grade; then the personnel-file number (a stable order).
 */
export interface Rankable {
  blocked: boolean;
  counters: SelectionCounters;
  personNo: string;
}

export function compareCandidates(a: Rankable, b: Rankable): number {
  return (
    Number(a.blocked) - Number(b.blocked) ||
    b.counters.excellentLast5 - a.counters.excellentLast5 ||
    b.counters.consecutiveExcellent - a.counters.consecutiveExcellent ||
    gradeRank(a.counters.latestGrade) - gradeRank(b.counters.latestGrade) ||
    a.personNo.localeCompare(b.personNo)
  );
}

/**
 * Of those promoted in a year, whether their annual grades of the three years
 * before it (year-3 … year-1) include an EXCELLENT; the share in percent with
 * one decimal (13 of 18 → 72.2), null when nobody was promoted.
 */
export function excellentShare(withExcellent: number, promoted: number): number | null {
  if (promoted === 0) return null;
  return Math.round((withExcellent * 1000) / promoted) / 10;
}
