import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../rules/settings.js';
import { cleanFacts } from './facts.js';
import { evaluateGates, heaviestPenalty } from './gates.js';

const S = DEFAULT_RULE_SETTINGS;

describe('the heaviest penalty of the year', () => {
  it('none counts: no effect', () => {
    expect(heaviestPenalty([], 2026, S)).toBeNull();
    expect(heaviestPenalty([{ kind: 'DEMERIT', year: 2025 }], 2026, S)).toBeNull();
    expect(heaviestPenalty([{ kind: 'EXPULSION', year: 2026, tolerated: true }], 2026, S)).toBeNull();
  });

  it('keeps the penalties that carry the heaviest effect, in their order, and only those', () => {
    const result = heaviestPenalty(
      [
        { kind: 'EXPULSION', year: 2026, id: 'e' },
        { kind: 'ADMONISHMENT', year: 2026, id: 'a' },
        { kind: 'PARTY_PROBATION', year: 2026, id: 'p' },
        { kind: 'DEMERIT', year: 2026, id: 'd' },
      ],
      2026,
      S,
    );
    expect(result).toEqual({ effect: 'INCOMPETENT', penalties: [{ kind: 'EXPULSION', year: 2026, id: 'e' }, { kind: 'PARTY_PROBATION', year: 2026, id: 'p' }] });
  });

  it('a penalty of last year counts only when its effect reaches the next year', () => {
    expect(heaviestPenalty([{ kind: 'DOWNGRADE', year: 2025 }, { kind: 'PARTY_WARNING', year: 2026 }], 2026, S)).toEqual({
      effect: 'UNGRADED_THIS_AND_NEXT_YEAR',
      penalties: [{ kind: 'DOWNGRADE', year: 2025 }],
    });
  });

  it('a penalty without an id names only its kind and year', () => {
    const evaluation = evaluateGates('CADRE', cleanFacts(2026, { penalties: [{ kind: 'ADMONISHMENT', year: 2026 }] }), S);
    const penalties = evaluation.findings[0]!.facts.penalties as ReadonlyArray<Record<string, unknown>>;
    expect(Object.keys(penalties[0]!)).toEqual(['kind', 'year']);
  });
});

describe('facts of a clean record', () => {
  it('hold nothing against the person', () => {
    expect(cleanFacts(2026)).toStrictEqual({
      year: 2026,
      score: null,
      politicalVeto: false,
      politicalReview: null,
      penalties: [],
      investigationOpen: false,
      probation: false,
      leaveDays: 0,
      negativeFindings: [],
      accusations: [],
      regularScore: null,
      poorQuarters: 0,
      developmentScore: null,
    });
    expect(evaluateGates('CADRE', cleanFacts(2026), S)).toEqual({ scale: 'CADRE', findings: [], forced: null, scoreGrade: null, ceiling: 'EXCELLENT' });
  });
});
