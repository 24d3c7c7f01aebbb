import { describe, expect, it } from 'vitest';
import { surveyNext } from './survey.machine.js';
import { marginOfError, ratingScore, surveyComponent, weightedScore } from './survey-score.js';

describe('the survey machine', () => {
  const start = { type: 'START_FIELDWORK' as const, sampled: 3, questions: 2, today: '2026-11-02', windowFrom: '2026-11-01' };
  it.each([
    ['PLANNED', start, 'FIELDWORK'],
    ['PLANNED', { ...start, sampled: 0 }, null],
    ['PLANNED', { ...start, questions: 0 }, null],
    ['PLANNED', { ...start, today: '2026-10-31' }, null],
    ['PLANNED', { type: 'PUBLISH' as const, results: 3 }, null],
    ['FIELDWORK', { type: 'CLOSE_FIELDWORK' as const }, 'CLOSED'],
    ['FIELDWORK', { type: 'PUBLISH' as const, results: 3 }, null],
    ['CLOSED', { type: 'PUBLISH' as const, results: 0 }, null],
    ['CLOSED', { type: 'PUBLISH' as const, results: 1 }, 'PUBLISHED'],
    ['PUBLISHED', { type: 'CLOSE_FIELDWORK' as const }, null],
  ] as const)('%s + %o → %s', (from, event, to) => {
    expect(surveyNext(from, event)).toBe(to);
  });
});

describe('survey figures', () => {
  it.each([
    // n, score, sd, margin: 1.96·12/√400 = 1.176; p = .85: 100·1.96·√(.85·.15/400) = 3.4993
    [400, 85, 12, 1.18],
    [400, 85, null, 3.5],
    [100, 50, null, 9.8],
    [0, 50, null, null],
  ])('n=%i, score %d, sd %s: ±%s', (n, score, sd, margin) => {
    expect(marginOfError(n, score, sd)).toBe(margin);
  });

  it('weights the questions', () => {
    // (0.6·90 + 0.4·80) / 1 = 86
    expect(weightedScore([{ code: 'Q1', weight: 60 }, { code: 'Q2', weight: 40 }], { Q1: 90, Q2: 80 })).toBe(86);
    expect(weightedScore([{ code: 'Q1', weight: 60 }, { code: 'Q2', weight: 40 }], { Q1: 90 })).toBeNull();
  });

  it('scores ratings and mixes them into the component', () => {
    // 940 good of 1000
    expect(ratingScore(940, 60)).toBe(94);
    expect(ratingScore(0, 0)).toBeNull();
    // 80% of 86 + 20% of 94 = 68.8 + 18.8
    expect(surveyComponent([86], 94, 20)).toBe(87.6);
    expect(surveyComponent([86, 90], null, 20)).toBe(88);
    expect(surveyComponent([], 94, 20)).toBeNull();
  });
});
