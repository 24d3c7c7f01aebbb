import { describe, expect, it } from 'vitest';
import { exampleCountyScheme } from '../../test/fixtures/example-scheme.js';
import { validateScheme, type SchemeRules, type SchemeTree } from './scheme.js';

const national: SchemeRules = { gdpMayBeMainIndicator: false, gdpWeightInRestrictedZones: 0, restrictedZone: false };
const restricted: SchemeRules = { ...national, restrictedZone: true };

const edit = (change: (tree: SchemeTree) => void): SchemeTree => {
  const tree = exampleCountyScheme();
  change(tree);
  return tree;
};
const dimension = (tree: SchemeTree, key: string) => tree.dimensions.find((d) => d.key === key)!;
const indicator = (tree: SchemeTree, code: string) => tree.dimensions.flatMap((d) => d.indicators).find((i) => i.code === code)!;

describe('validating an indicator scheme', () => {
  it('the example county scheme is valid', () => {
    expect(validateScheme(exampleCountyScheme(), national)).toEqual([]);
  });

  it.each([
    [
      'indicator weights of a dimension that do not sum to 100',
      edit((t) => (indicator(t, 'RD_INTENSITY').weight = 50)),
      national,
      { code: 'WEIGHTS_NOT_100', node: 'INNOVATION', message: 'the weights of its indicators sum to 90, not 100' },
    ],
    [
      "the deputies' dimension weights that do not sum to 100",
      edit((t) => (dimension(t, 'SAFETY').weights.DEPUTY = 15)),
      national,
      { code: 'WEIGHTS_NOT_100', node: '(scheme)', message: 'the DEPUTY weights of the dimensions sum to 105, not 100' },
    ],
    [
      'GDP as the main indicator',
      edit((t) => {
        dimension(t, 'COORDINATION').indicators = [{ ...indicator(t, 'GDP_GROWTH'), weight: 100 }];
      }),
      national,
      { code: 'GDP_MAIN_INDICATOR', node: 'COORDINATION.GDP_GROWTH', message: expect.stringContaining('may not be the main indicator') },
    ],
    [
      'a non-zero GDP weight in a restricted-development zone',
      exampleCountyScheme(),
      restricted,
      { code: 'GDP_IN_RESTRICTED_ZONE', node: 'COORDINATION.GDP_GROWTH', message: 'GDP must weigh 0 in a restricted-development zone' },
    ],
    [
      'an indicator without a data source',
      edit((t) => (indicator(t, 'NEW_URBAN_JOBS').dataSource = null)),
      national,
      { code: 'NO_DATA_SOURCE', node: 'LIVELIHOOD.NEW_URBAN_JOBS', message: expect.stringContaining('needs a data source') },
    ],
    [
      'a data source nobody provides',
      edit((t) => (indicator(t, 'NEW_URBAN_JOBS').dataSource = { kind: 'STATISTICS', provider: ' ' })),
      national,
      { code: 'NO_DATA_SOURCE', node: 'LIVELIHOOD.NEW_URBAN_JOBS', message: expect.any(String) },
    ],
    [
      'a target on the wrong side of the baseline',
      edit((t) => (indicator(t, 'URBAN_RURAL_INCOME_RATIO').target = 3)),
      national,
      { code: 'TARGET_NOT_BETTER_THAN_BASELINE', node: 'COORDINATION.URBAN_RURAL_INCOME_RATIO', message: 'the target must be below the baseline' },
    ],
    ['thresholds without bands', edit((t) => (indicator(t, 'GOOD_AIR_DAYS').bands = [])), national, { code: 'NO_BANDS', node: 'GREEN.GOOD_AIR_DAYS', message: expect.any(String) }],
    [
      'a code used twice',
      edit((t) => (indicator(t, 'ENERGY_PER_GDP').code = 'GOOD_AIR_DAYS')),
      national,
      { code: 'DUPLICATE_CODE', node: 'GREEN.GOOD_AIR_DAYS', message: expect.any(String) },
    ],
    [
      'a dimension outside the eight',
      edit((t) => ((dimension(t, 'OPENNESS') as { key: string }).key = 'TOURISM')),
      national,
      { code: 'UNKNOWN_DIMENSION', node: 'TOURISM', message: expect.any(String) },
    ],
    ['a tree without dimensions', { dimensions: 'none' }, national, { code: 'SHAPE', node: '(scheme)', message: 'needs a list of dimensions' }],
  ])('refuses %s, naming the node', (_what, tree, rules, error) => {
    expect(validateScheme(tree, rules)).toContainEqual(error);
  });

  it('GDP weighing 0 is accepted in a restricted-development zone (weights re-spread over the siblings)', () => {
    const tree = edit((t) => {
      indicator(t, 'GDP_GROWTH').weight = 0;
      indicator(t, 'URBAN_RURAL_INCOME_RATIO').weight = 100;
    });
    expect(validateScheme(tree, restricted)).toEqual([]);
  });

  it('GDP may be the main indicator only where the rule set allows it', () => {
    const tree = edit((t) => {
      dimension(t, 'COORDINATION').indicators = [{ ...indicator(t, 'GDP_GROWTH'), weight: 100 }];
    });
    expect(validateScheme(tree, { ...national, gdpMayBeMainIndicator: true })).toEqual([]);
  });
});
