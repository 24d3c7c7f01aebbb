import { describe, expect, it } from 'vitest';
import { exampleCountyScheme } from '../../test/fixtures/example-scheme.js';
import { indicatorsOf } from './scheme.js';
import { rollUp, scoreLinear, scoreRanks, scoreSubjects, scoreThresholds } from './scoring.js';

describe('scoring an indicator value, 0–100', () => {
  it.each([
    [1.6, 1.2, 2.0, 50],
    [2.4, 1.2, 2.0, 100],
    [1.0, 1.2, 2.0, 0],
    // lower is better: the ratio falls from 2.5 towards 2.0
    [2.25, 2.5, 2.0, 50],
    [2.6, 2.5, 2.0, 0],
  ])('linear to target: %d from baseline %d to target %d → %d', (value, baseline, target, score) => {
    expect(scoreLinear(value, baseline, target)).toBe(score);
  });

  const air = [
    { threshold: 95, score: 100 },
    { threshold: 90, score: 85 },
    { threshold: 80, score: 60 },
  ];
  it.each([
    [96, 100],
    [90, 85],
    [89.9, 60],
    [70, 0],
  ])('thresholds (higher is better): %d → %d', (value, score) => expect(scoreThresholds(value, air, 'HIGHER_IS_BETTER')).toBe(score));

  it.each([
    [0, 100],
    [2, 80],
    [4, 50],
    [6, 0],
  ])('thresholds (lower is better, accident deaths): %d → %d', (value, score) =>
    expect(scoreThresholds(value, [{ threshold: 0, score: 100 }, { threshold: 2, score: 80 }, { threshold: 5, score: 50 }], 'LOWER_IS_BETTER')).toBe(score));

  it('rank among peers: best 100, worst 0, ties share the better rank, a lone peer 100', () => {
    expect(Object.fromEntries(scoreRanks(new Map([['a', 30], ['b', 10], ['c', 20], ['d', 30], ['e', 0]]), 'HIGHER_IS_BETTER'))).toEqual({ a: 100, d: 100, c: 50, b: 25, e: 0 });
    expect(Object.fromEntries(scoreRanks(new Map([['a', 3], ['b', 1]]), 'LOWER_IS_BETTER'))).toEqual({ a: 0, b: 100 });
    expect(Object.fromEntries(scoreRanks(new Map([['a', 3]]), 'HIGHER_IS_BETTER'))).toEqual({ a: 100 });
  });

  it('ranks only within the peer group (the same category)', () => {
    const scheme = indicatorsOf(exampleCountyScheme());
    const scored = scoreSubjects(scheme, [
      { id: 'x', peerGroup: 'COUNTY_DISTRICT', values: { HIGH_TECH_FIRMS: 40 } },
      { id: 'y', peerGroup: 'COUNTY_DISTRICT', values: { HIGH_TECH_FIRMS: 20 } },
      { id: 'z', peerGroup: 'COUNTY_ECOLOGICAL_PROTECTION', values: { HIGH_TECH_FIRMS: 5 } },
    ]);
    expect([scored.get('x')!.HIGH_TECH_FIRMS, scored.get('y')!.HIGH_TECH_FIRMS, scored.get('z')!.HIGH_TECH_FIRMS]).toEqual([100, 0, 100]);
  });
});

describe('rolling indicator scores up by the weights', () => {
  const tree = exampleCountyScheme();
  const full: Record<string, number> = Object.fromEntries(indicatorsOf(tree).map((i) => [i.code, 80]));

  it('equal scores everywhere roll up to the same score', () => {
    expect(rollUp(tree, full, 'TEAM')).toMatchObject({ components: { DEVELOPMENT: 80, OTHER_INDICATORS: 80 }, overall: 80 });
  });

  it('a dimension is the weighted mean of its indicators; components of their dimensions', () => {
    const scores = { ...full, RD_INTENSITY: 100, HIGH_TECH_FIRMS: 50, PARTY_BUILDING_REVIEW: 50 };
    const r = rollUp(tree, scores, 'TEAM');
    expect(r.dimensions.find((d) => d.key === 'INNOVATION')).toEqual({ key: 'INNOVATION', weight: 15, score: 80 }); // 100×60% + 50×40%
    // other indicators: livelihood 15 × 80, party building 10 × 50, safety 10 × 80 → 2900 / 35
    expect(r.components.OTHER_INDICATORS).toBe(71.43);
  });

  it('principal and deputy weigh the dimensions differently', () => {
    const scores = { ...full, PARTY_BUILDING_REVIEW: 20 };
    expect(rollUp(tree, scores, 'PRINCIPAL').overall).toBe(71); // party building 15%: 80 − 0.15 × 60
    expect(rollUp(tree, scores, 'DEPUTY').overall).toBe(74); // 10%: 80 − 0.10 × 60
  });

  it('a member is scored on the indicators they are responsible for only; missing data are re-weighted', () => {
    const r = rollUp(tree, { ...full, NEW_URBAN_JOBS: 40 }, 'DEPUTY', new Set(['NEW_URBAN_JOBS', 'GOOD_AIR_DAYS']));
    expect(r.dimensions.map((d) => [d.key, d.score])).toEqual([['GREEN', 80], ['LIVELIHOOD', 40]]);
    expect(r.overall).toBe(57.14); // (80 × 15 + 40 × 20) / 35
    expect(rollUp(tree, {}, 'TEAM')).toEqual({ dimensions: [], components: { DEVELOPMENT: null, OTHER_INDICATORS: null }, overall: null });
  });
});
