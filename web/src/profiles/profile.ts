import type { BallotScoresInput, SchemeDimension } from '../gql/graphql';
import { everyValue } from '../shared/enums';

/**
 * Turning a profile (画像: one entry per assessed year, from `cadreProfile` or
 * `teamProfile`) into chart data. Pure, for tests: hidden ballot averages stay
 * hidden (never zero), a missing year is a gap (never zero).
 */

export const BALLOT_KEYS = everyValue<keyof BallotScoresInput>()(['morality', 'ability', 'diligence', 'results', 'integrity']);
export type BallotKey = (typeof BALLOT_KEYS)[number];

/** The dimensions of the indicator scheme, in the scheme's order (新发展理念 first). */
export const DIMENSION_ORDER = everyValue<SchemeDimension>()(['INNOVATION', 'COORDINATION', 'GREEN', 'OPENNESS', 'SHARING', 'LIVELIHOOD', 'PARTY_BUILDING', 'SAFETY']);

/** The components in the order the grading explanation lists them. */
export const COMPONENT_ORDER = ['REGULAR', 'WORK_RESULTS', 'ABILITIES', 'PUBLIC_SURVEY', 'DEVELOPMENT', 'OTHER_INDICATORS'] as const;

export interface ProfileYearLike {
  year: number;
  proposedGrade?: string | null;
  finalGrade?: string | null;
  engineGrade?: string | null;
  compositeScore: number | null;
  components: ReadonlyArray<{ key: string; value: number | null }>;
  ballotAverages: ({ ballots: number } & Record<BallotKey, number>) | null;
  dimensionScores: ReadonlyArray<{ dimension: string; score: number }>;
}

/** One entry per year: a year with more than one assessment (an annual and a term one) keeps the last the server lists. */
export function byYear<T extends { year: number }>(years: readonly T[]): Map<number, T> {
  const out = new Map<number, T>();
  for (const y of years) out.set(y.year, y);
  return out;
}

/** The years with an assessment, newest first (for the year picker). */
export function yearsOf(years: ReadonlyArray<{ year: number }>): number[] {
  return [...new Set(years.map((y) => y.year))].sort((a, b) => b - a);
}

export interface RadarYear {
  year: number;
  /** Null when there is no assessment that year. */
  present: boolean;
  /** The 德能勤绩廉 averages in BALLOT_KEYS order; null when hidden below the anonymity minimum or without ballots. */
  values: number[] | null;
  ballots: number | null;
}

/** The chosen year and the one before it, for the 德能勤绩廉 radar. */
export function ballotRadar(years: readonly ProfileYearLike[], year: number): { current: RadarYear; previous: RadarYear } {
  const index = byYear(years);
  const of = (y: number): RadarYear => {
    const entry = index.get(y);
    const averages = entry?.ballotAverages ?? null;
    return { year: y, present: !!entry, values: averages ? BALLOT_KEYS.map((k) => averages[k]) : null, ballots: averages?.ballots ?? null };
  };
  return { current: of(year), previous: of(year - 1) };
}

/** The scheme dimension scores of a year in scheme order (unknown keys after, alphabetically); empty when none. */
export function dimensionScoresOf(entry: Pick<ProfileYearLike, 'dimensionScores'> | undefined | null): Array<{ key: string; score: number }> {
  const scores = entry?.dimensionScores ?? [];
  const rank = (k: string) => {
    const i = (DIMENSION_ORDER as readonly string[]).indexOf(k);
    return i === -1 ? DIMENSION_ORDER.length : i;
  };
  return [...scores].sort((a, b) => rank(a.dimension) - rank(b.dimension) || a.dimension.localeCompare(b.dimension)).map((d) => ({ key: d.dimension, score: d.score }));
}

/** The union of the dimensions two years were scored on, in scheme order (the radar's axes). */
export function dimensionAxes(...entries: Array<Pick<ProfileYearLike, 'dimensionScores'> | undefined | null>): string[] {
  const keys = new Set(entries.flatMap((e) => (e?.dimensionScores ?? []).map((d) => d.dimension)));
  return dimensionScoresOf({ dimensionScores: [...keys].map((dimension) => ({ dimension, score: 0 })) }).map((d) => d.key);
}

/** A year's scores on the given axes; null on an axis the year has no score for. */
export function scoresOnAxes(entry: Pick<ProfileYearLike, 'dimensionScores'> | undefined | null, axes: readonly string[]): Array<number | null> {
  const m = new Map((entry?.dimensionScores ?? []).map((d) => [d.dimension, d.score]));
  return axes.map((k) => m.get(k) ?? null);
}

export interface ScoreTrend {
  /** Every year from the first to the last assessed one (a year without an assessment is a gap). */
  years: number[];
  composite: Array<number | null>;
  /** One series per component any year has a value for, in COMPONENT_ORDER. */
  components: Array<{ key: string; data: Array<number | null> }>;
}

/** The composite score and its components per year. */
export function scoreTrend(years: readonly ProfileYearLike[]): ScoreTrend {
  if (years.length === 0) return { years: [], composite: [], components: [] };
  const index = byYear(years);
  const all = [...index.keys()];
  const span: number[] = [];
  for (let y = Math.min(...all); y <= Math.max(...all); y++) span.push(y);
  const keys = [...new Set(years.flatMap((y) => y.components.filter((c) => c.value !== null).map((c) => c.key)))];
  const rank = (k: string) => {
    const i = (COMPONENT_ORDER as readonly string[]).indexOf(k);
    return i === -1 ? COMPONENT_ORDER.length : i;
  };
  keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return {
    years: span,
    composite: span.map((y) => index.get(y)?.compositeScore ?? null),
    components: keys.map((key) => ({ key, data: span.map((y) => index.get(y)?.components.find((c) => c.key === key)?.value ?? null) })),
  };
}

/** The grade a year shows: the final one, else the committee's proposal, else the engine's. */
export function gradeOf(entry: Pick<ProfileYearLike, 'finalGrade' | 'proposedGrade' | 'engineGrade'>): string | null {
  return entry.finalGrade ?? entry.proposedGrade ?? entry.engineGrade ?? null;
}

/** Grades per year for GradeTrendChart (years without any grade left out; the chart shows them as gaps). */
export function gradeResults(years: readonly ProfileYearLike[]): Array<{ year: number; grade: string }> {
  return [...byYear(years).values()].flatMap((y) => {
    const grade = gradeOf(y);
    return grade ? [{ year: y.year, grade }] : [];
  });
}
