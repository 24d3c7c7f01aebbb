import { describe, expect, it } from 'vitest';
import { ballotMean, ballotProblems, emptyBallot, isBallotComplete, toCastBallotInput, type BallotDraft } from './ballot';

const full = (overrides: Partial<BallotDraft['scores']> = {}, overall: BallotDraft['overall'] = 'COMPETENT'): BallotDraft => ({
  scores: { morality: 90, ability: 85, diligence: 88, results: 92, integrity: 95, ...overrides },
  overall,
});

describe('ballot validation', () => {
  it('an empty ballot asks for all five scores and the overall vote', () => {
    expect(ballotProblems(emptyBallot())).toEqual({
      morality: 'required',
      ability: 'required',
      diligence: 'required',
      results: 'required',
      integrity: 'required',
      overall: 'required',
    });
  });

  it.each([
    ['a score below 0', { ability: -1 }, { ability: 'range' }],
    ['a score above 100', { results: 101 }, { results: 'range' }],
    ['a fraction', { diligence: 88.5 }, { diligence: 'whole' }],
    ['0 and 100 at the edges', { morality: 0, integrity: 100 }, {}],
  ] as const)('%s', (_name, scores, expected) => {
    expect(ballotProblems(full(scores))).toEqual(expected);
  });

  it('an overall vote outside the four grades is refused', () => {
    expect(ballotProblems({ ...full(), overall: 'GOOD' as never })).toEqual({ overall: 'required' });
  });

  it('a complete ballot becomes the API input, with no rater in it', () => {
    const draft = full();
    expect(isBallotComplete(draft)).toBe(true);
    expect(toCastBallotInput('a-1', draft)).toEqual({
      assessmentId: 'a-1',
      overall: 'COMPETENT',
      scores: { morality: 90, ability: 85, diligence: 88, results: 92, integrity: 95 },
    });
  });

  it('refuses to build the input of an incomplete ballot', () => {
    expect(() => toCastBallotInput('a-1', emptyBallot())).toThrow();
  });

  it('the mean appears once all five are filled', () => {
    expect(ballotMean(emptyBallot())).toBeNull();
    expect(ballotMean(full())).toBe(90);
  });
});

describe('the scale a ballot offers', () => {
  const TEAM = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] as const;
  it.each<[string, BallotDraft['overall'], boolean]>([
    ['a team grade', 'GOOD', true],
    ['the lowest team grade', 'POOR', true],
    ['a cadre grade', 'COMPETENT', false],
    ['the lowest cadre grade', 'INCOMPETENT', false],
  ])('on a team ballot, %s (%s) is accepted: %s', (_what, overall, ok) => {
    expect(isBallotComplete(full({}, overall), TEAM)).toBe(ok);
    expect(ballotProblems(full({}, overall), TEAM)).toEqual(ok ? {} : { overall: 'required' });
  });
});
