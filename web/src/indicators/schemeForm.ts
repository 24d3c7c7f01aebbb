import type { DataSourceKind, IndicatorDirection, IndicatorWeighting, SchemeDimension, ScoringMethod } from '../gql/graphql';
import { everyValue } from '../shared/enums';

/**
 * The scheme editor's model: a tree of dimensions → indicators as the form
 * edits it, read from and written back to the server's JSON tree
 * (workflows/indicators/scheme.ts). The browser only adds up sibling weights
 * for display and places the server's coded issues on the node they name;
 * whether a scheme may be published is the server's answer alone.
 */
/** The scheme's vocabularies in the order the editor offers them; each holds every value of its schema enum (`vocabulary`). */
export const DIMENSION_KEYS = everyValue<SchemeDimension>()(['INNOVATION', 'COORDINATION', 'GREEN', 'OPENNESS', 'SHARING', 'LIVELIHOOD', 'PARTY_BUILDING', 'SAFETY']);
export const WEIGHTINGS = everyValue<IndicatorWeighting>()(['TEAM', 'PRINCIPAL', 'DEPUTY']);
export type Weighting = (typeof WEIGHTINGS)[number];
export const DIRECTIONS = everyValue<IndicatorDirection>()(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
export const METHODS = everyValue<ScoringMethod>()(['LINEAR_TO_TARGET', 'THRESHOLDS', 'RANK_AMONG_PEERS']);
export const SOURCE_KINDS = everyValue<DataSourceKind>()(['STATISTICS', 'SURVEY', 'MANUAL']);

export interface BandForm {
  threshold: number;
  score: number;
}

export interface IndicatorForm {
  /** Stable id of the row in the form (codes may be edited). */
  uid: string;
  code: string;
  name: string;
  weight: number;
  direction: string;
  baseline: number;
  target: number;
  method: string;
  bands: BandForm[];
  unit: string;
  sourceKind: string;
  provider: string;
  gdp: boolean;
}

export interface DimensionForm {
  uid: string;
  key: string;
  weights: Record<Weighting, number>;
  indicators: IndicatorForm[];
}

export interface SchemeForm {
  dimensions: DimensionForm[];
}

export interface SchemeIssue {
  code: string;
  node: string;
  message: string;
}

let counter = 0;
const uid = (prefix: string) => `${prefix}${++counter}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The form model of a tree, as far as it has the expected shape (a hand-edited tree may not). */
export function formFromTree(tree: unknown): SchemeForm {
  const dims = isObject(tree) && Array.isArray(tree.dimensions) ? tree.dimensions.filter(isObject) : [];
  return {
    dimensions: dims.map((d) => {
      const w = isObject(d.weights) ? d.weights : {};
      return {
        uid: uid('d'),
        key: str(d.key),
        weights: { TEAM: num(w.TEAM), PRINCIPAL: num(w.PRINCIPAL), DEPUTY: num(w.DEPUTY) },
        indicators: (Array.isArray(d.indicators) ? d.indicators.filter(isObject) : []).map((i) => {
          const source = isObject(i.dataSource) ? i.dataSource : {};
          return {
            uid: uid('i'),
            code: str(i.code),
            name: str(i.name),
            weight: num(i.weight),
            direction: str(i.direction) || 'HIGHER_IS_BETTER',
            baseline: num(i.baseline),
            target: num(i.target),
            method: str(i.method) || 'LINEAR_TO_TARGET',
            bands: (Array.isArray(i.bands) ? i.bands.filter(isObject) : []).map((b) => ({ threshold: num(b.threshold), score: num(b.score) })),
            unit: str(i.unit),
            sourceKind: str(source.kind),
            provider: str(source.provider),
            gdp: i.gdp === true,
          };
        }),
      };
    }),
  };
}

/** The JSON tree the server stores: bands only for THRESHOLDS, `gdp` only when set, no data source when none is chosen. */
export function treeFromForm(form: SchemeForm): { dimensions: Array<Record<string, unknown>> } {
  return {
    dimensions: form.dimensions.map((d) => ({
      key: d.key,
      weights: { ...d.weights },
      indicators: d.indicators.map((i) => ({
        code: i.code.trim(),
        name: i.name.trim(),
        weight: i.weight,
        direction: i.direction,
        baseline: i.baseline,
        target: i.target,
        method: i.method,
        ...(i.method === 'THRESHOLDS' ? { bands: i.bands.map((b) => ({ ...b })) } : {}),
        unit: i.unit.trim(),
        dataSource: i.sourceKind ? { kind: i.sourceKind, provider: i.provider.trim() } : null,
        ...(i.gdp ? { gdp: true } : {}),
      })),
    })),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The dimensions' weights summed per weighting (each should be 100). */
export function dimensionSums(form: SchemeForm): Record<Weighting, number> {
  return Object.fromEntries(WEIGHTINGS.map((w) => [w, round2(form.dimensions.reduce((s, d) => s + (Number(d.weights[w]) || 0), 0))])) as Record<Weighting, number>;
}

/** A dimension's indicator weights summed (should be 100). */
export function indicatorSum(dimension: DimensionForm): number {
  return round2(dimension.indicators.reduce((s, i) => s + (Number(i.weight) || 0), 0));
}

export const isHundred = (sum: number) => Math.abs(sum - 100) < 1e-6;

/** Where an issue belongs in the form: the scheme, a dimension or an indicator (by form uid). */
export type IssueTarget = { kind: 'scheme' } | { kind: 'dimension'; uid: string } | { kind: 'indicator'; uid: string };

/**
 * Places an issue on the node it names. The server names nodes as
 * `(scheme)`, a dimension key (`GREEN`), `dimension.CODE`
 * (`GREEN.GOOD_AIR_DAYS`), or by position where a key or code is missing
 * (`dimensions.2`, `GREEN.3`). A node the form no longer has (renamed since
 * the save) goes to the scheme, so no issue is ever dropped.
 */
export function issueTarget(issue: SchemeIssue, form: SchemeForm): IssueTarget {
  const node = issue.node;
  const byIndex = /^dimensions\.(\d+)$/.exec(node);
  if (byIndex) {
    const d = form.dimensions[Number(byIndex[1])];
    return d ? { kind: 'dimension', uid: d.uid } : { kind: 'scheme' };
  }
  const dot = node.indexOf('.');
  const dimKey = dot < 0 ? node : node.slice(0, dot);
  const dimIndex = /^dimensions\.(\d+)\./.exec(node);
  const dimension = dimIndex ? form.dimensions[Number(dimIndex[1])] : form.dimensions.find((d) => d.key === dimKey);
  if (!dimension) return { kind: 'scheme' };
  if (dot < 0) return { kind: 'dimension', uid: dimension.uid };
  const rest = dimIndex ? node.slice(dimIndex[0].length) : node.slice(dot + 1);
  const indicator = dimension.indicators.find((i) => i.code === rest) ?? (/^\d+$/.test(rest) ? dimension.indicators[Number(rest)] : undefined);
  return indicator ? { kind: 'indicator', uid: indicator.uid } : { kind: 'dimension', uid: dimension.uid };
}

/** The issues grouped by the form node they belong to (`scheme`, or a dimension's or indicator's uid). */
export function issuesByNode(issues: readonly SchemeIssue[], form: SchemeForm): Map<string, SchemeIssue[]> {
  const map = new Map<string, SchemeIssue[]>();
  for (const issue of issues) {
    const target = issueTarget(issue, form);
    const key = target.kind === 'scheme' ? 'scheme' : target.uid;
    map.set(key, [...(map.get(key) ?? []), issue]);
  }
  return map;
}

// ---------- editing ----------

export function addDimension(form: SchemeForm): DimensionForm {
  const used = new Set(form.dimensions.map((d) => d.key));
  const d: DimensionForm = { uid: uid('d'), key: DIMENSION_KEYS.find((k) => !used.has(k)) ?? '', weights: { TEAM: 0, PRINCIPAL: 0, DEPUTY: 0 }, indicators: [] };
  form.dimensions.push(d);
  return d;
}

export function addIndicator(dimension: DimensionForm): IndicatorForm {
  const i: IndicatorForm = {
    uid: uid('i'),
    code: '',
    name: '',
    weight: 0,
    direction: 'HIGHER_IS_BETTER',
    baseline: 0,
    target: 0,
    method: 'LINEAR_TO_TARGET',
    bands: [],
    unit: '',
    sourceKind: 'STATISTICS',
    provider: '',
    gdp: false,
  };
  dimension.indicators.push(i);
  return i;
}

export function removeAt<T>(list: T[], index: number): void {
  if (index >= 0 && index < list.length) list.splice(index, 1);
}

/**
 * A new band below the last one: for "higher is better" a lower threshold
 * with a lower score, for "lower is better" a higher threshold; the first
 * band starts at the target with the full score.
 */
export function addBand(indicator: IndicatorForm): BandForm {
  const last = indicator.bands[indicator.bands.length - 1];
  const step = indicator.direction === 'LOWER_IS_BETTER' ? 1 : -1;
  const band = last ? { threshold: round2(last.threshold + step * Math.max(1, Math.abs(indicator.target - indicator.baseline) / 4 || 1)), score: Math.max(0, last.score - 20) } : { threshold: indicator.target, score: 100 };
  indicator.bands.push(band);
  return band;
}

/** Bands from the best threshold down (descending for higher-is-better, ascending for lower-is-better), as they are read. */
export function sortBands(indicator: IndicatorForm): void {
  const sign = indicator.direction === 'LOWER_IS_BETTER' ? 1 : -1;
  indicator.bands.sort((a, b) => sign * (a.threshold - b.threshold));
}

/**
 * Hints on the bands as the form shows them: a threshold that repeats, or a
 * better threshold scoring less than a worse one. Shown, never enforced.
 */
export function bandHints(indicator: IndicatorForm): string[] {
  const hints: string[] = [];
  const sorted = [...indicator.bands].sort((a, b) => (indicator.direction === 'LOWER_IS_BETTER' ? a.threshold - b.threshold : b.threshold - a.threshold));
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k]!.threshold === sorted[k - 1]!.threshold) hints.push('DUPLICATE_THRESHOLD');
    else if (sorted[k]!.score > sorted[k - 1]!.score) hints.push('SCORE_NOT_DECREASING');
  }
  return [...new Set(hints)];
}
