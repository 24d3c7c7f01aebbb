import { describe, expect, it } from 'vitest';
import { emptyValues, outOfRangeFields, type ActionValues } from './actions';

const withScore = (score: number | null): ActionValues => ({ ...emptyValues(), score });

describe('outOfRangeFields', () => {
  it.each([
    [null, []],
    [0, []],
    [100, []],
    [73, []],
    [130, ['score']],
    [101, ['score']],
    [-1, ['score']],
    [88.5, ['score']],
  ])('an appraisal score of %s → %j', (score, expected) => {
    expect(outOfRangeFields('appraise', withScore(score))).toEqual(expected);
  });

  it('other forms carry no score to check', () => {
    expect(outOfRangeFields('propose', withScore(130))).toEqual([]);
  });
});
