import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, mergeSettings, type RuleSettings } from '../rules/settings.js';
import { aggregateBallots, type Ballot, type OverallVote } from './ballots.js';

const S = DEFAULT_RULE_SETTINGS;
const ballot = (group: Ballot['group'], score: number, overall: OverallVote = 'COMPETENT'): Ballot => ({
  group,
  overall,
  scores: { MORALITY: score, ABILITY: score, DILIGENCE: score, RESULTS: score, INTEGRITY: score },
});
const many = (group: Ballot['group'], scores: number[], overall: OverallVote = 'COMPETENT') => scores.map((s) => ballot(group, s, overall));

describe('democratic evaluation', () => {
  it('weights the rater groups (superiors 30, peers 30, subordinates 30, service recipients 10)', () => {
    const ballots = [...many('SUPERIOR', [90, 90, 90, 90, 90]), ...many('PEER', [80, 80, 80, 80, 80]), ...many('SUBORDINATE', [70, 70, 70, 70, 70]), ...many('SERVICE_RECIPIENT', [60, 60, 60, 60, 60])];
    const result = aggregateBallots(ballots, { SUPERIOR: 5, PEER: 5, SUBORDINATE: 5, SERVICE_RECIPIENT: 5 }, S);
    expect(result).toMatchObject({ valid: true, turnoutPercent: 100, score: 78 });
  });

  it('below the minimum turnout the evaluation is not valid and gives no score', () => {
    const result = aggregateBallots(many('PEER', [90, 90, 90, 90, 90, 90, 90]), { PEER: 10 }, S);
    expect(result).toMatchObject({ turnoutPercent: 70, valid: false, score: null, votes: null });
    expect(aggregateBallots(many('PEER', [90, 90, 90, 90, 90, 90, 90, 90]), { PEER: 10 }, S).valid).toBe(true);
  });

  it('a group with fewer raters than the anonymity minimum is in no figure: not its own, not the score, not the vote shares', () => {
    const ballots = [...many('SUPERIOR', [90, 90, 90, 90, 90]), ...many('SERVICE_RECIPIENT', [50, 50], 'INCOMPETENT')];
    const result = aggregateBallots(ballots, { SUPERIOR: 5, SERVICE_RECIPIENT: 2 }, S);
    const recipients = result.groups.find((g) => g.group === 'SERVICE_RECIPIENT')!;
    expect(recipients).toMatchObject({ ballots: 2, shown: false, score: null, dimensions: null });
    expect(result).toMatchObject({ returned: 7, counted: 5, score: 90, votes: { incompetentPercent: 0, excellentOrCompetentPercent: 100 } });
  });

  it('with no group at the anonymity minimum there is no score and no vote share', () => {
    const result = aggregateBallots([...many('SUPERIOR', [90, 90, 90, 90]), ...many('PEER', [60, 60, 60, 60])], { SUPERIOR: 4, PEER: 4 }, S);
    expect(result).toMatchObject({ valid: true, counted: 0, score: null, votes: null });
  });

  it('optional trimming drops the highest and the lowest ballot of each group', () => {
    const trimmed = mergeSettings(S, { democraticEvaluation: { trimExtremes: true } }) as RuleSettings;
    const ballots = many('PEER', [20, 80, 80, 80, 100]);
    expect(aggregateBallots(ballots, { PEER: 5 }, S).score).toBe(72);
    expect(aggregateBallots(ballots, { PEER: 5 }, trimmed).score).toBe(80);
  });

  it('vote shares feed the flags: excellent+competent and incompetent percentages', () => {
    const ballots = [...many('PEER', [90, 90, 90], 'EXCELLENT'), ...many('PEER', [70, 70, 70], 'COMPETENT'), ...many('PEER', [40, 40, 40], 'INCOMPETENT')];
    expect(aggregateBallots(ballots, { PEER: 9 }, S).votes).toEqual({ excellentPercent: 33.33, excellentOrCompetentPercent: 66.67, incompetentPercent: 33.33 });
  });
});
