import type { SchemeDimension } from '../gql/graphql';
import { ASSESSMENT_STATE_ORDER } from '../assessments/states';
import { everyValue } from '../shared/enums';

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
export const STATE_ORDER = ASSESSMENT_STATE_ORDER;

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

/** The dimensions of the indicator scheme, in the scheme's order. */
export const DIMENSION_KEYS: readonly string[] = everyValue<SchemeDimension>()(['INNOVATION', 'COORDINATION', 'GREEN', 'OPENNESS', 'SHARING', 'LIVELIHOOD', 'PARTY_BUILDING', 'SAFETY']);
/** The team components the indicator scheme computes. */
export const INDICATOR_COMPONENTS = ['DEVELOPMENT', 'OTHER_INDICATORS'];

export interface TeamIndicators {
  organisationId: string;
  organisationName: string;
  dimensions: ReadonlyArray<{ key: string; score: number }>;
  components: ReadonlyArray<{ key: string; score: number }>;
}

export interface IndicatorTable {
  categories: Array<{ id: string; name: string }>;
  /** DEVELOPMENT and OTHER_INDICATORS per organisation; null where a team has none (never 0). */
  components: Array<{ key: string; data: Array<number | null> }>;
  /** The dimensions any team was scored on, in scheme order, then unknown ones. */
  dimensionKeys: string[];
  /** Per organisation, its score on each of `dimensionKeys` (null where it has none). */
  dimensions: Array<Array<number | null>>;
}

/** Each team's components and dimension scores, aligned for a grouped bar chart and a table. */
export function indicatorTable(teams: readonly TeamIndicators[]): IndicatorTable {
  const keys = [...new Set(teams.flatMap((t) => t.dimensions.map((d) => d.key)))].sort((a, b) => rank(a, DIMENSION_KEYS) - rank(b, DIMENSION_KEYS) || a.localeCompare(b));
  const score = (list: ReadonlyArray<{ key: string; score: number }>, key: string) => list.find((x) => x.key === key)?.score ?? null;
  return {
    categories: teams.map((t) => ({ id: t.organisationId, name: t.organisationName })),
    components: INDICATOR_COMPONENTS.map((key) => ({ key, data: teams.map((t) => score(t.components, key)) })),
    dimensionKeys: keys,
    dimensions: teams.map((t) => keys.map((k) => score(t.dimensions, k))),
  };
}
