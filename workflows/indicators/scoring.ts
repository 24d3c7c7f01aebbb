import { DIMENSION_COMPONENT, type Direction, type IndicatorNode, type SchemeDimension, type SchemeTree, type ThresholdBand, type Weighting } from './scheme.js';

/**
 * Scoring an indicator's value (0–100) by its method, and rolling indicator
 * scores up by the weights into dimension scores, the grading components
 * DEVELOPMENT and OTHER_INDICATORS, and an overall score (a cadre's work
 * results). Pure; the server does the same roll-up in SQL over a whole cycle
 * and a test checks both agree.
 */

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number) => Math.min(100, Math.max(0, x));

/** Linear from the baseline (0) to the target (100), either direction; beyond the target stays 100, behind the baseline 0. */
export function scoreLinear(value: number, baseline: number, target: number): number {
  if (target === baseline) return value === target ? 100 : 0;
  return round2(clamp(((value - baseline) / (target - baseline)) * 100));
}

/** The best band the value reaches; none reached → 0. */
export function scoreThresholds(value: number, bands: readonly ThresholdBand[], direction: Direction): number {
  const reached = bands.filter((b) => (direction === 'HIGHER_IS_BETTER' ? value >= b.threshold : value <= b.threshold));
  return reached.length ? round2(clamp(Math.max(...reached.map((b) => b.score)))) : 0;
}

/**
 * Rank among peers (the organisations of the same category, or the cadres of
 * it): the best 100, the worst 0, evenly between; equal values share the better
 * rank; a peer group of one scores 100.
 */
export function scoreRanks(values: ReadonlyMap<string, number>, direction: Direction): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => (direction === 'HIGHER_IS_BETTER' ? b - a : a - b));
  const n = sorted.length;
  const out = new Map<string, number>();
  for (const [id, v] of values) {
    const better = sorted.indexOf(v); // first position holding this value: ties share the better rank
    out.set(id, n <= 1 ? 100 : round2((100 * (n - 1 - better)) / (n - 1)));
  }
  return out;
}

export interface Subject {
  id: string;
  /** Subjects in the same peer group are ranked against each other (same category and kind of subject). */
  peerGroup: string;
  /** Raw values by indicator code. */
  values: Readonly<Record<string, number>>;
}

/** Scores of every subject's values, by indicator code. Rank scores need the whole peer group at once. */
export function scoreSubjects(indicators: readonly IndicatorNode[], subjects: readonly Subject[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>(subjects.map((s) => [s.id, {}]));
  for (const ind of indicators) {
    if (ind.method === 'RANK_AMONG_PEERS') {
      const groups = new Map<string, Map<string, number>>();
      for (const s of subjects) {
        const v = s.values[ind.code];
        if (v === undefined) continue;
        if (!groups.has(s.peerGroup)) groups.set(s.peerGroup, new Map());
        groups.get(s.peerGroup)!.set(s.id, v);
      }
      for (const group of groups.values()) for (const [id, score] of scoreRanks(group, ind.direction)) out.get(id)![ind.code] = score;
      continue;
    }
    for (const s of subjects) {
      const v = s.values[ind.code];
      if (v === undefined) continue;
      out.get(s.id)![ind.code] = ind.method === 'THRESHOLDS' ? scoreThresholds(v, ind.bands ?? [], ind.direction) : scoreLinear(v, ind.baseline, ind.target);
    }
  }
  return out;
}

export interface RollUp {
  dimensions: Array<{ key: SchemeDimension; weight: number; score: number }>;
  components: { DEVELOPMENT: number | null; OTHER_INDICATORS: number | null };
  /** Over every scored dimension: a cadre's work results. */
  overall: number | null;
}

/**
 * Weighted roll-up of indicator scores. Indicators without a score and
 * dimensions without any are left out and their siblings re-weighted (as the
 * grading composite treats a missing component); `include` limits the
 * indicators to those a cadre is responsible for.
 */
export function rollUp(tree: SchemeTree, scores: Readonly<Record<string, number>>, weighting: Weighting, include?: ReadonlySet<string>): RollUp {
  const dimensions: RollUp['dimensions'] = [];
  for (const d of tree.dimensions) {
    let sum = 0;
    let weight = 0;
    for (const ind of d.indicators) {
      const s = scores[ind.code];
      if (s === undefined || ind.weight <= 0 || (include && !include.has(ind.code))) continue;
      sum += s * ind.weight;
      weight += ind.weight;
    }
    if (weight > 0 && d.weights[weighting] > 0) dimensions.push({ key: d.key, weight: d.weights[weighting], score: round2(sum / weight) });
  }
  const average = (list: RollUp['dimensions']) => {
    const w = list.reduce((s, d) => s + d.weight, 0);
    return w > 0 ? round2(list.reduce((s, d) => s + d.score * d.weight, 0) / w) : null;
  };
  return {
    dimensions,
    components: {
      DEVELOPMENT: average(dimensions.filter((d) => DIMENSION_COMPONENT[d.key] === 'DEVELOPMENT')),
      OTHER_INDICATORS: average(dimensions.filter((d) => DIMENSION_COMPONENT[d.key] === 'OTHER_INDICATORS')),
    },
    overall: average(dimensions),
  };
}
