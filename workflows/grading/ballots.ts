import { GRADE_SCALES } from '../rules/grades.js';
import { RATER_GROUPS, type RaterGroup, type RuleSettings } from '../rules/settings.js';

/** 德、能、勤、绩、廉 */
export const DIMENSIONS = ['MORALITY', 'ABILITY', 'DILIGENCE', 'RESULTS', 'INTEGRITY'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Every overall vote a ballot may carry: the cadre scale, then the leadership-team scale's own grades. */
export const OVERALL_VOTES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'GOOD', 'AVERAGE', 'POOR'] as const;
export type OverallVote = (typeof OVERALL_VOTES)[number];

/**
 * The overall votes a ballot offers: a leadership team's (TEAM_ANNUAL) are its
 * own scale (优秀 / 良好 / 一般 / 较差), everyone else's the cadre scale.
 */
export function overallVotesFor(subject: 'CADRE' | 'TEAM'): readonly OverallVote[] {
  return subject === 'TEAM' ? GRADE_SCALES.TEAM : GRADE_SCALES.CADRE;
}

/** The scale's best-but-one grade counts with EXCELLENT in "excellent + competent"; its lowest is the "incompetent" vote. */
const COMPETENT_OR_BETTER: readonly OverallVote[] = ['EXCELLENT', 'COMPETENT', 'GOOD'];
const LOWEST: readonly OverallVote[] = ['INCOMPETENT', 'POOR'];

export interface Ballot {
  group: RaterGroup;
  scores: Record<Dimension, number>;
  overall: OverallVote;
}

export interface GroupResult {
  group: RaterGroup;
  ballots: number;
  invited: number;
  /** Shown separately only with at least the anonymity minimum of ballots. */
  shown: boolean;
  /** Average of the five dimensions over the group's (trimmed) ballots; null when hidden or empty. */
  score: number | null;
  dimensions: Record<Dimension, number> | null;
}

export interface EvaluationResult {
  invited: number;
  returned: number;
  /** Ballots of the shown groups: the only ones the score and the vote shares are computed from. */
  counted: number;
  turnoutPercent: number;
  /** Turnout at or above the minimum: only a valid evaluation counts. */
  valid: boolean;
  groups: GroupResult[];
  /** Weighted over the shown groups (weights re-normalised); null when invalid or no group is shown. */
  score: number | null;
  /** Shares of the shown groups' ballots; null when invalid or no group is shown. */
  votes: { excellentPercent: number; excellentOrCompetentPercent: number; incompetentPercent: number } | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;
const total = (b: Ballot) => mean(DIMENSIONS.map((d) => b.scores[d]));

/** The turnout of a democratic evaluation against the cycle's minimum. */
export interface Turnout {
  invited: number;
  returned: number;
  /** Returned over invited, in percent to two decimals; 0 when nobody was invited. */
  percent: number;
  minimumPercent: number;
  /** Nobody invited never meets a minimum. */
  met: boolean;
}

/** The one turnout rule, for closing the ballots and for the evaluation's validity alike. */
export function turnoutOf(invited: number, returned: number, minimumPercent: number): Turnout {
  const percent = invited > 0 ? round2((returned / invited) * 100) : 0;
  return { invited, returned, percent, minimumPercent, met: invited > 0 && percent >= minimumPercent };
}

/** Drops the single highest and lowest ballot (by their mean score) when there are at least three. */
export function trimExtremes(ballots: Ballot[]): Ballot[] {
  if (ballots.length < 3) return ballots;
  const sorted = [...ballots].sort((a, b) => total(a) - total(b));
  return sorted.slice(1, -1);
}

/**
 * Aggregates one assessment's democratic evaluation. Ballots are anonymous by
 * the time they get here: a group, five scores and an overall vote. A group
 * below the anonymity minimum is left out of every figure — its own, the
 * score and the vote shares — so that no published figure can be solved for
 * it; its ballots count in the turnout only.
 */
export function aggregateBallots(ballots: readonly Ballot[], invited: Partial<Record<RaterGroup, number>>, settings: RuleSettings): EvaluationResult {
  const de = settings.democraticEvaluation;
  const invitedTotal = RATER_GROUPS.reduce((s, g) => s + (invited[g] ?? 0), 0);
  const { percent: turnoutPercent, met: valid } = turnoutOf(invitedTotal, ballots.length, de.minimumTurnoutPercent);
  const groups: GroupResult[] = RATER_GROUPS.filter((g) => (invited[g] ?? 0) > 0 || ballots.some((b) => b.group === g)).map((group) => {
    const mine = ballots.filter((b) => b.group === group);
    const counted = de.trimExtremes ? trimExtremes(mine) : mine;
    const shown = mine.length >= de.anonymityMinimumRaters;
    const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, round2(mean(counted.map((b) => b.scores[d])))])) as Record<Dimension, number>;
    return {
      group,
      ballots: mine.length,
      invited: invited[group] ?? 0,
      shown,
      score: shown && counted.length ? round2(mean(counted.map(total))) : null,
      dimensions: shown && counted.length ? dimensions : null,
    };
  });
  const shownGroups = new Set(groups.filter((g) => g.shown).map((g) => g.group));
  const counted = ballots.filter((b) => shownGroups.has(b.group));
  if (!valid || !counted.length) return { invited: invitedTotal, returned: ballots.length, counted: counted.length, turnoutPercent, valid, groups, score: null, votes: null };
  let weighted = 0;
  let weight = 0;
  for (const group of shownGroups) {
    const mine = counted.filter((b) => b.group === group);
    const kept = de.trimExtremes ? trimExtremes(mine) : mine;
    if (!kept.length) continue;
    weighted += mean(kept.map(total)) * de.raterGroupWeights[group];
    weight += de.raterGroupWeights[group];
  }
  const share = (pred: (v: OverallVote) => boolean) => round2((counted.filter((b) => pred(b.overall)).length / counted.length) * 100);
  return {
    invited: invitedTotal,
    returned: ballots.length,
    counted: counted.length,
    turnoutPercent,
    valid,
    groups,
    score: weight ? round2(weighted / weight) : null,
    votes: {
      excellentPercent: share((v) => v === 'EXCELLENT'),
      excellentOrCompetentPercent: share((v) => COMPETENT_OR_BETTER.includes(v)),
      incompetentPercent: share((v) => LOWEST.includes(v)),
    },
  };
}
