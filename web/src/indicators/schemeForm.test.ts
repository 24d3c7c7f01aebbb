import { describe, expect, it } from 'vitest';
import { addBand, addDimension, addIndicator, bandHints, dimensionSums, formFromTree, indicatorSum, isHundred, issueTarget, issuesByNode, sortBands, treeFromForm } from './schemeForm';

const tree = {
  dimensions: [
    {
      key: 'GREEN',
      weights: { TEAM: 60, PRINCIPAL: 50, DEPUTY: 40 },
      indicators: [
        { code: 'GOOD_AIR_DAYS', name: '空气质量优良天数比率', weight: 60, direction: 'HIGHER_IS_BETTER', baseline: 80, target: 90, method: 'LINEAR_TO_TARGET', unit: '%', dataSource: { kind: 'STATISTICS', provider: '生态环境局' } },
        { code: 'PM25', name: 'PM2.5 浓度', weight: 30, direction: 'LOWER_IS_BETTER', baseline: 40, target: 30, method: 'THRESHOLDS', bands: [{ threshold: 30, score: 100 }], unit: 'μg/m³', dataSource: null },
      ],
    },
    { key: 'LIVELIHOOD', weights: { TEAM: 40, PRINCIPAL: 50, DEPUTY: 50 }, indicators: [] },
  ],
};

describe('the scheme form', () => {
  it('reads a tree and writes the same tree back', () => {
    expect(treeFromForm(formFromTree(tree))).toEqual({
      dimensions: [
        { ...tree.dimensions[0], indicators: tree.dimensions[0]!.indicators },
        { key: 'LIVELIHOOD', weights: { TEAM: 40, PRINCIPAL: 50, DEPUTY: 50 }, indicators: [] },
      ],
    });
  });

  it('reads whatever a hand-edited tree has, as far as it goes', () => {
    expect(formFromTree({ dimensions: [{ key: 'GREEN' }, 'junk'] }).dimensions).toMatchObject([{ key: 'GREEN', weights: { TEAM: 0, PRINCIPAL: 0, DEPUTY: 0 }, indicators: [] }]);
    expect(formFromTree(null).dimensions).toEqual([]);
  });

  it.each([
    ['TEAM', 100],
    ['PRINCIPAL', 100],
    ['DEPUTY', 90],
  ] as const)('sums the dimensions’ %s weights live (%d)', (w, sum) => {
    expect(dimensionSums(formFromTree(tree))[w]).toBe(sum);
    expect(isHundred(sum)).toBe(sum === 100);
  });

  it('sums a dimension’s indicator weights, following edits', () => {
    const form = formFromTree(tree);
    const green = form.dimensions[0]!;
    expect(indicatorSum(green)).toBe(90);
    green.indicators[1]!.weight = 40;
    expect(indicatorSum(green)).toBe(100);
    expect(indicatorSum(addIndicator(form.dimensions[1]!) && form.dimensions[1]!)).toBe(0);
  });

  it('adds a dimension with the first key not yet used', () => {
    const form = formFromTree(tree);
    expect(addDimension(form).key).toBe('INNOVATION');
    expect(addDimension(form).key).toBe('COORDINATION');
  });
});

describe('issues on their nodes', () => {
  const form = formFromTree(tree);
  const [green, livelihood] = form.dimensions;
  it.each([
    ['(scheme)', { kind: 'scheme' }],
    ['GREEN', { kind: 'dimension', uid: green!.uid }],
    ['GREEN.PM25', { kind: 'indicator', uid: green!.indicators[1]!.uid }],
    ['GREEN.1', { kind: 'indicator', uid: green!.indicators[1]!.uid }],
    ['dimensions.1', { kind: 'dimension', uid: livelihood!.uid }],
    ['GREEN.GONE', { kind: 'dimension', uid: green!.uid }],
    ['SAFETY', { kind: 'scheme' }],
    ['dimensions.7', { kind: 'scheme' }],
  ])('%s goes to %o', (node, target) => {
    expect(issueTarget({ code: 'X', node, message: '' }, form)).toEqual(target);
  });

  it('groups issues by node and drops none', () => {
    const issues = [
      { code: 'WEIGHTS_NOT_100', node: 'GREEN', message: 'the weights of its indicators sum to 90, not 100' },
      { code: 'NO_DATA_SOURCE', node: 'GREEN.PM25', message: 'needs a data source' },
      { code: 'EMPTY_DIMENSION', node: 'LIVELIHOOD', message: 'has no indicator' },
      { code: 'WEIGHTS_NOT_100', node: '(scheme)', message: 'the DEPUTY weights …' },
      { code: 'UNKNOWN_DIMENSION', node: 'NOWHERE', message: '' },
    ];
    const map = issuesByNode(issues, form);
    expect(map.get(green!.uid)!.map((i) => i.code)).toEqual(['WEIGHTS_NOT_100']);
    expect(map.get(green!.indicators[1]!.uid)!.map((i) => i.code)).toEqual(['NO_DATA_SOURCE']);
    expect(map.get(livelihood!.uid)!.map((i) => i.code)).toEqual(['EMPTY_DIMENSION']);
    expect(map.get('scheme')!.map((i) => i.node)).toEqual(['(scheme)', 'NOWHERE']);
    expect([...map.values()].flat()).toHaveLength(issues.length);
  });
});

describe('threshold bands', () => {
  it('start at the target with the full score, then step away from it', () => {
    const ind = addIndicator(formFromTree(tree).dimensions[1]!);
    Object.assign(ind, { method: 'THRESHOLDS', baseline: 80, target: 90 });
    expect(addBand(ind)).toEqual({ threshold: 90, score: 100 });
    expect(addBand(ind)).toEqual({ threshold: 87.5, score: 80 });
    ind.direction = 'LOWER_IS_BETTER';
    expect(addBand(ind).threshold).toBeGreaterThan(87.5);
  });

  it('sort from the best threshold down for either direction', () => {
    const ind = formFromTree(tree).dimensions[0]!.indicators[0]!;
    ind.bands = [{ threshold: 80, score: 60 }, { threshold: 90, score: 100 }, { threshold: 85, score: 80 }];
    sortBands(ind);
    expect(ind.bands.map((b) => b.threshold)).toEqual([90, 85, 80]);
    ind.direction = 'LOWER_IS_BETTER';
    sortBands(ind);
    expect(ind.bands.map((b) => b.threshold)).toEqual([80, 85, 90]);
  });

  it('hint at repeated thresholds and scores that rise as the threshold worsens', () => {
    const ind = formFromTree(tree).dimensions[0]!.indicators[0]!;
    ind.bands = [{ threshold: 90, score: 100 }, { threshold: 85, score: 80 }];
    expect(bandHints(ind)).toEqual([]);
    ind.bands.push({ threshold: 80, score: 90 }, { threshold: 80, score: 10 });
    expect(bandHints(ind).sort()).toEqual(['DUPLICATE_THRESHOLD', 'SCORE_NOT_DECREASING']);
  });

  it('are written only for the THRESHOLDS method', () => {
    const form = formFromTree(tree);
    const ind = form.dimensions[0]!.indicators[1]!;
    ind.method = 'LINEAR_TO_TARGET';
    expect(treeFromForm(form).dimensions[0]!.indicators).toMatchObject([{ code: 'GOOD_AIR_DAYS' }, { code: 'PM25' }]);
    expect('bands' in (treeFromForm(form).dimensions[0]!.indicators as Array<Record<string, unknown>>)[1]!).toBe(false);
  });
});
