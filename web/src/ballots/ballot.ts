import type { BallotScoresInput, CastBallotInput, OverallVote as OverallVoteCode } from '../gql/graphql';
import { everyValue } from '../shared/enums';

/** 德、能、勤、绩、廉 in the order a ballot lists them, with the API's field names. */
export const DIMENSIONS = everyValue<keyof BallotScoresInput>()(['morality', 'ability', 'diligence', 'results', 'integrity']);
export type Dimension = (typeof DIMENSIONS)[number];

/** Every overall vote the API knows (its codes): the cadre scale, then the leadership team's own grades. */
export const OVERALL_VOTES = everyValue<OverallVoteCode>()(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'GOOD', 'AVERAGE', 'POOR']);
export type OverallVote = (typeof OVERALL_VOTES)[number];
/** The cadre scale, best first: what a ballot offers unless the server says otherwise (an invitation names its own `overallVotes`). */
export const CADRE_VOTES: readonly OverallVote[] = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];

export interface BallotDraft {
  scores: Record<Dimension, number | null>;
  overall: OverallVote | null;
}

export type BallotField = Dimension | 'overall';
/** What is wrong with a field: missing, or a score outside 0–100 or not a whole number. */
export type BallotProblem = 'required' | 'range' | 'whole';

export function emptyBallot(): BallotDraft {
  return { scores: { morality: null, ability: null, diligence: null, results: null, integrity: null }, overall: null };
}

/**
 * The form's own checks before anything is sent: every score filled, a whole
 * number from 0 to 100, and an overall vote of the scale offered (a
 * leadership team's ballot offers the team scale). The server checks again; these
 * only spare the rater a round trip.
 */
export function ballotProblems(draft: BallotDraft, offered: readonly OverallVote[] = CADRE_VOTES): Partial<Record<BallotField, BallotProblem>> {
  const problems: Partial<Record<BallotField, BallotProblem>> = {};
  for (const d of DIMENSIONS) {
    const v = draft.scores[d];
    if (v === null || v === undefined || Number.isNaN(v)) problems[d] = 'required';
    else if (v < 0 || v > 100) problems[d] = 'range';
    else if (!Number.isInteger(v)) problems[d] = 'whole';
  }
  if (!draft.overall || !offered.includes(draft.overall)) problems.overall = 'required';
  return problems;
}

export function isBallotComplete(draft: BallotDraft, offered: readonly OverallVote[] = CADRE_VOTES): boolean {
  return Object.keys(ballotProblems(draft, offered)).length === 0;
}

/** The mean of the five scores, shown before confirming (null until all are filled). */
export function ballotMean(draft: BallotDraft): number | null {
  const values = DIMENSIONS.map((d) => draft.scores[d]);
  if (values.some((v) => v === null)) return null;
  return Math.round(((values as number[]).reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}

export function toCastBallotInput(assessmentId: string, draft: BallotDraft, offered: readonly OverallVote[] = CADRE_VOTES): CastBallotInput {
  if (!isBallotComplete(draft, offered)) throw new Error('The ballot is not complete');
  const s = draft.scores as Record<Dimension, number>;
  return {
    assessmentId,
    overall: draft.overall!,
    scores: { morality: s.morality, ability: s.ability, diligence: s.diligence, results: s.results, integrity: s.integrity },
  };
}
