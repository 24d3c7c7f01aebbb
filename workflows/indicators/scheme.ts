/**
 * Indicator schemes (docs/domain.md §4): a versioned tree per jurisdiction and
 * organisation category, dimension → indicator, each with a weight (siblings
 * sum to 100). Dimensions follow the five development concepts
 * 创新、协调、绿色、开放、共享 plus people's livelihood, party building and
 * safety. Principal and deputy cadres weigh the dimensions differently from the
 * team. Pure: the validator names the offending node of every problem.
 */

export const SCHEME_DIMENSIONS = ['INNOVATION', 'COORDINATION', 'GREEN', 'OPENNESS', 'SHARING', 'LIVELIHOOD', 'PARTY_BUILDING', 'SAFETY'] as const;
export type SchemeDimension = (typeof SCHEME_DIMENSIONS)[number];

/**
 * The grading component a dimension feeds (workflows/grading/components.ts):
 * the five development concepts make up high-quality development; the rest
 * are the other indicators of a team's performance score.
 */
export const DIMENSION_COMPONENT: Record<SchemeDimension, 'DEVELOPMENT' | 'OTHER_INDICATORS'> = {
  INNOVATION: 'DEVELOPMENT',
  COORDINATION: 'DEVELOPMENT',
  GREEN: 'DEVELOPMENT',
  OPENNESS: 'DEVELOPMENT',
  SHARING: 'DEVELOPMENT',
  LIVELIHOOD: 'OTHER_INDICATORS',
  PARTY_BUILDING: 'OTHER_INDICATORS',
  SAFETY: 'OTHER_INDICATORS',
};

/** Whose emphasis: the leadership team, its principal (正职) or a deputy (副职). */
export const WEIGHTINGS = ['TEAM', 'PRINCIPAL', 'DEPUTY'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const SCORING_METHODS = ['LINEAR_TO_TARGET', 'THRESHOLDS', 'RANK_AMONG_PEERS'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const DATA_SOURCE_KINDS = ['STATISTICS', 'SURVEY', 'MANUAL'] as const;
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number];

export interface ThresholdBand {
  /** Reached when the value is at or above (higher is better) or at or below (lower is better) this. */
  threshold: number;
  /** Score 0–100 for reaching the band; the best band reached counts. */
  score: number;
}

export interface IndicatorNode {
  /** Stable code, unique in the scheme: data rows name it. */
  code: string;
  name: string;
  /** Share of its dimension, 0–100; siblings sum to 100. */
  weight: number;
  direction: Direction;
  baseline: number;
  target: number;
  method: ScoringMethod;
  /** THRESHOLDS only. */
  bands?: ThresholdBand[];
  unit: string;
  /** Where the figure comes from: statistics import, survey or manual entry, and who provides it. */
  dataSource: { kind: DataSourceKind; provider: string } | null;
  /** Marks GDP (地区生产总值) or its growth: never the main indicator, weight 0 in restricted-development zones. */
  gdp?: boolean;
}

export interface DimensionNode {
  key: SchemeDimension;
  /** Shares of the whole scheme, per weighting; each weighting's dimensions sum to 100. */
  weights: Record<Weighting, number>;
  indicators: IndicatorNode[];
}

export interface SchemeTree {
  dimensions: DimensionNode[];
}

export const SCHEME_ERROR_CODES = [
  'SHAPE',
  'UNKNOWN_DIMENSION',
  'DUPLICATE_DIMENSION',
  'DUPLICATE_CODE',
  'EMPTY_DIMENSION',
  'WEIGHT_OUT_OF_RANGE',
  'WEIGHTS_NOT_100',
  'GDP_MAIN_INDICATOR',
  'GDP_IN_RESTRICTED_ZONE',
  'NO_DATA_SOURCE',
  'TARGET_NOT_BETTER_THAN_BASELINE',
  'NO_BANDS',
] as const;
export type SchemeErrorCode = (typeof SCHEME_ERROR_CODES)[number];

export interface SchemeError {
  code: SchemeErrorCode;
  /** The node: `(scheme)`, a dimension key (`GREEN`) or `dimension.indicator` (`GREEN.PM25_DAYS`). */
  node: string;
  message: string;
}

export interface SchemeRules {
  /** [N] GDP may not be the main indicator (settings.scoring.gdpMayBeMainIndicator). */
  gdpMayBeMainIndicator: boolean;
  /** [N] GDP's weight in restricted-development zones (settings.scoring.gdpWeightInRestrictedZones, 0). */
  gdpWeightInRestrictedZones: number;
  /** Whether the scheme applies to a restricted-development (限制开发区) or ecologically fragile zone. */
  restrictedZone: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const near100 = (sum: number) => Math.abs(sum - 100) < 1e-6;

/** The structural check: returns the problems, or the tree typed. */
function checkShape(input: unknown, errors: SchemeError[]): input is SchemeTree {
  const shape = (node: string, message: string) => errors.push({ code: 'SHAPE', node, message });
  if (!isObject(input) || !Array.isArray(input.dimensions)) {
    shape('(scheme)', 'needs a list of dimensions');
    return false;
  }
  const before = errors.length;
  input.dimensions.forEach((d: unknown, i) => {
    if (!isObject(d)) return shape(`dimensions.${i}`, 'must be an object');
    const node = typeof d.key === 'string' ? d.key : `dimensions.${i}`;
    if (typeof d.key !== 'string') shape(node, 'needs a key');
    if (!isObject(d.weights) || !WEIGHTINGS.every((w) => isNumber((d.weights as Record<string, unknown>)[w])))
      shape(node, `needs numeric weights for ${WEIGHTINGS.join(', ')}`);
    if (!Array.isArray(d.indicators)) return shape(node, 'needs a list of indicators');
    d.indicators.forEach((ind: unknown, j) => {
      if (!isObject(ind)) return shape(`${node}.${j}`, 'must be an object');
      const at = `${node}.${typeof ind.code === 'string' && ind.code ? ind.code : j}`;
      if (typeof ind.code !== 'string' || !/^[A-Z0-9_]{2,40}$/.test(ind.code)) shape(at, 'needs a code of 2–40 capital letters, digits or _');
      if (typeof ind.name !== 'string' || !ind.name.trim()) shape(at, 'needs a name');
      if (typeof ind.unit !== 'string') shape(at, 'needs a unit (may be empty)');
      for (const k of ['weight', 'baseline', 'target'] as const) if (!isNumber(ind[k])) shape(at, `${k} must be a number`);
      if (!DIRECTIONS.includes(ind.direction as Direction)) shape(at, `direction must be one of ${DIRECTIONS.join(', ')}`);
      if (!SCORING_METHODS.includes(ind.method as ScoringMethod)) shape(at, `method must be one of ${SCORING_METHODS.join(', ')}`);
      if (ind.bands !== undefined && (!Array.isArray(ind.bands) || !ind.bands.every((b) => isObject(b) && isNumber(b.threshold) && isNumber(b.score))))
        shape(at, 'bands must be a list of { threshold, score }');
      if (ind.dataSource !== null && ind.dataSource !== undefined && !isObject(ind.dataSource)) shape(at, 'dataSource must be { kind, provider }');
      if (ind.gdp !== undefined && typeof ind.gdp !== 'boolean') shape(at, 'gdp must be true or false');
    });
  });
  return errors.length === before;
}

/**
 * Every problem of a scheme, each with its code and node. A draft may be saved
 * with problems; a version is published only without any.
 */
export function validateScheme(input: unknown, rules: SchemeRules): SchemeError[] {
  const errors: SchemeError[] = [];
  if (!checkShape(input, errors)) return errors;
  const tree = input;
  const seenDimensions = new Set<string>();
  const seenCodes = new Set<string>();
  if (tree.dimensions.length === 0) errors.push({ code: 'SHAPE', node: '(scheme)', message: 'has no dimension' });

  for (const w of WEIGHTINGS) {
    const sum = tree.dimensions.reduce((s, d) => s + d.weights[w], 0);
    if (tree.dimensions.length && !near100(sum)) errors.push({ code: 'WEIGHTS_NOT_100', node: '(scheme)', message: `the ${w} weights of the dimensions sum to ${sum}, not 100` });
  }
  for (const d of tree.dimensions) {
    if (!SCHEME_DIMENSIONS.includes(d.key)) errors.push({ code: 'UNKNOWN_DIMENSION', node: d.key, message: `a dimension must be one of ${SCHEME_DIMENSIONS.join(', ')}` });
    if (seenDimensions.has(d.key)) errors.push({ code: 'DUPLICATE_DIMENSION', node: d.key, message: 'appears twice' });
    seenDimensions.add(d.key);
    for (const w of WEIGHTINGS) {
      if (d.weights[w] < 0 || d.weights[w] > 100) errors.push({ code: 'WEIGHT_OUT_OF_RANGE', node: d.key, message: `${w} weight must be between 0 and 100` });
    }
    if (d.indicators.length === 0) {
      errors.push({ code: 'EMPTY_DIMENSION', node: d.key, message: 'has no indicator' });
      continue;
    }
    const sum = d.indicators.reduce((s, i) => s + i.weight, 0);
    if (!near100(sum)) errors.push({ code: 'WEIGHTS_NOT_100', node: d.key, message: `the weights of its indicators sum to ${sum}, not 100` });
    for (const ind of d.indicators) {
      const node = `${d.key}.${ind.code}`;
      if (seenCodes.has(ind.code)) errors.push({ code: 'DUPLICATE_CODE', node, message: 'the code is used twice in the scheme' });
      seenCodes.add(ind.code);
      if (ind.weight < 0 || ind.weight > 100) errors.push({ code: 'WEIGHT_OUT_OF_RANGE', node, message: 'weight must be between 0 and 100' });
      if (!ind.dataSource || !DATA_SOURCE_KINDS.includes(ind.dataSource.kind) || typeof ind.dataSource.provider !== 'string' || !ind.dataSource.provider.trim()) {
        errors.push({ code: 'NO_DATA_SOURCE', node, message: `needs a data source (${DATA_SOURCE_KINDS.join(', ')}) and who provides it` });
      }
      if (ind.method === 'LINEAR_TO_TARGET') {
        const better = ind.direction === 'HIGHER_IS_BETTER' ? ind.target > ind.baseline : ind.target < ind.baseline;
        if (!better) errors.push({ code: 'TARGET_NOT_BETTER_THAN_BASELINE', node, message: `the target must be ${ind.direction === 'HIGHER_IS_BETTER' ? 'above' : 'below'} the baseline` });
      }
      if (ind.method === 'THRESHOLDS') {
        if (!ind.bands?.length) errors.push({ code: 'NO_BANDS', node, message: 'the THRESHOLDS method needs bands' });
        else if (ind.bands.some((b) => b.score < 0 || b.score > 100)) errors.push({ code: 'WEIGHT_OUT_OF_RANGE', node, message: 'band scores must be between 0 and 100' });
      }
      if (ind.gdp && rules.restrictedZone && effectiveWeights(d, ind).some((x) => x > rules.gdpWeightInRestrictedZones)) {
        errors.push({ code: 'GDP_IN_RESTRICTED_ZONE', node, message: `GDP must weigh ${rules.gdpWeightInRestrictedZones} in a restricted-development zone` });
      }
    }
  }
  if (!rules.gdpMayBeMainIndicator) {
    for (const [i, w] of WEIGHTINGS.entries()) {
      const all = tree.dimensions.flatMap((d) => d.indicators.map((ind) => ({ node: `${d.key}.${ind.code}`, gdp: ind.gdp === true, weight: effectiveWeights(d, ind)[i]! })));
      const top = Math.max(0, ...all.filter((x) => !x.gdp).map((x) => x.weight));
      for (const g of all.filter((x) => x.gdp && x.weight > 0 && x.weight >= top)) {
        errors.push({ code: 'GDP_MAIN_INDICATOR', node: g.node, message: `GDP may not be the main indicator: its ${w} weight in the scheme (${round2(g.weight)}) is not below every other indicator's (${round2(top)})` });
      }
    }
  }
  return errors;
}

/** An indicator's share of the whole scheme for each weighting (TEAM, PRINCIPAL, DEPUTY). */
export function effectiveWeights(d: DimensionNode, ind: IndicatorNode): number[] {
  return WEIGHTINGS.map((w) => (d.weights[w] * ind.weight) / 100);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every indicator of the tree with its dimension. */
export function indicatorsOf(tree: SchemeTree): Array<IndicatorNode & { dimension: SchemeDimension }> {
  return tree.dimensions.flatMap((d) => d.indicators.map((ind) => ({ ...ind, dimension: d.key })));
}
