import { GRADE_SCALES, oneLevelDown } from '../rules/grades.js';
import { excellentQuota, type QuotaSettings } from '../rules/quota.js';
import type { PenaltyEffect, PenaltyKind, RuleSettings } from '../rules/settings.js';

/**
 * From a pool of assessed (one unit and rank level, or all teams of a cycle)
 * to proposed grades the committee can trust (docs/domain.md §4–5): a composite
 * score, the gates in a fixed order, then the excellent quota. Pure and
 * order-independent: the same pool in any order gives the same result.
 *
 * Gate order — each gate leaves its reason code on the result:
 *   1. POLITICAL_VETO            political veto (一票否决) → the lowest grade
 *   2. PENALTY_INCOMPETENT       removal from party post, probation, expulsion → lowest grade
 *   3. INVESTIGATION_OPEN        立案审查未结案 → UNGRADED, no comment (re-graded when closed)
 *   4. PENALTY_UNGRADED          serious warning, demerit … (this year, or this and next) → UNGRADED
 *   5. LONG_LEAVE                sick or personal leave over the configured months → UNGRADED
 *   6. PROBATION                 → COMMENT_ONLY
 *   (then the score gives the base grade by the configured bands)
 *   7. POLITICAL_REVIEW_LOW      political review 一般/较差 → one level down
 *   8. POLITICAL_REVIEW_NOT_GOOD political review not 好 → no EXCELLENT
 *   9. NEGATIVE_LIST             one of the 条例's situations → no EXCELLENT
 *  10. PENALTY_NO_EXCELLENT      warning, admonishment, reassignment → no EXCELLENT
 *  11. REGULAR_BELOW_MINIMUM     regular-assessment score below 90 → no EXCELLENT
 *  12. POOR_QUARTERS             too many quarters graded 一般/较差 → no EXCELLENT
 *  13. VOTE_SHARE_LOW            excellent+competent votes below 2/3 → no EXCELLENT (flag: admonishment considered)
 *  14. VOTE_INCOMPETENT_HIGH     incompetent votes above 1/3 → no EXCELLENT (flag: removal considered)
 *  15. TEAM_NOT_OUTSTANDING      a team without outstanding development results → no EXCELLENT
 *  16. QUOTA                     beyond the excellent quota of the pool → the next grade down
 * A tolerated error (容错) or a cleared accusation (澄清) never triggers a gate:
 * such records are dropped before the gates run.
 */

export type PoliticalReview = 'GOOD' | 'FAIR' | 'AVERAGE' | 'POOR';

export interface PenaltyRecord {
  kind: PenaltyKind;
  /** The year the penalty was decided. */
  year: number;
  /** Exempted by a fault-tolerance decision: never counts. */
  tolerated?: boolean;
}

export interface Candidate {
  /** Stable identity: the last tie-break, so the result never depends on row order. */
  id: string;
  subject: 'CADRE' | 'TEAM';
  /** Composite inputs, each 0–100 or null when missing. */
  components: Array<{ key: string; weight: number; value: number | null }>;
  politicalReview: PoliticalReview | null;
  politicalVeto: boolean;
  penalties: PenaltyRecord[];
  /** Negative-list situations found, with whether the finding was cleared. */
  negativeList: Array<{ code: string; cleared?: boolean; tolerated?: boolean }>;
  investigationOpen: boolean;
  longLeave: boolean;
  probation: boolean;
  /** Average regular (quarterly) score of the year, or null when none. */
  regularScore: number | null;
  /** Quarters graded AVERAGE or POOR. */
  poorQuarters: number;
  /** Democratic evaluation vote shares in percent, or null when no valid evaluation. */
  votes: { excellentOrCompetentPercent: number; incompetentPercent: number; excellentPercent: number } | null;
  /** Teams: high-quality development score (outstanding needed for EXCELLENT). */
  developmentScore?: number | null;
  /** Whether the quota raise to the higher percentage was approved for this pool. */
}

export interface GateHit {
  code: string;
  effect: 'FORCE' | 'LOWER' | 'NO_EXCELLENT' | 'FLAG';
  detail: string;
}

export interface Proposal {
  id: string;
  grade: string;
  /** Weighted composite, 0–100, rounded to 2 decimals; null when forced without a score. */
  score: number | null;
  components: Array<{ key: string; weight: number; value: number | null; contribution: number }>;
  gates: GateHit[];
  /** Position among the pool's EXCELLENT candidates (1 = first), when the quota applied. */
  quotaRank: number | null;
  /** The pool's quota, and how many candidates were eligible for it. */
  quota: { allowed: number; candidates: number } | null;
  /** Flags for the committee: considerations, not grades. */
  flags: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function compositeScore(components: Candidate['components']): { score: number | null; parts: Proposal['components'] } {
  const present = components.filter((c) => c.value !== null && c.weight > 0);
  const weight = present.reduce((s, c) => s + c.weight, 0);
  const parts = components.map((c) => ({ ...c, contribution: c.value === null || weight === 0 ? 0 : round2((c.value * c.weight) / weight) }));
  if (weight === 0) return { score: null, parts };
  // Missing components are re-weighted over the present ones.
  return { score: round2(present.reduce((s, c) => s + (c.value as number) * c.weight, 0) / weight), parts };
}

function penaltyEffect(candidate: Candidate, year: number, settings: RuleSettings): PenaltyEffect | null {
  const order: PenaltyEffect[] = ['NO_EXCELLENT', 'UNGRADED_THIS_YEAR', 'UNGRADED_THIS_AND_NEXT_YEAR', 'INCOMPETENT'];
  let heaviest = -1;
  for (const p of candidate.penalties) {
    if (p.tolerated) continue;
    const effect = settings.gates.penaltyEffects[p.kind];
    const applies = p.year === year || (effect === 'UNGRADED_THIS_AND_NEXT_YEAR' && p.year === year - 1);
    if (applies) heaviest = Math.max(heaviest, order.indexOf(effect));
  }
  return heaviest < 0 ? null : order[heaviest]!;
}

function baseGrade(score: number, subject: Candidate['subject'], settings: RuleSettings): string {
  const grades = subject === 'TEAM' ? GRADE_SCALES.TEAM : GRADE_SCALES.CADRE;
  const bands = (subject === 'TEAM' ? settings.grading.teamBands : settings.grading.cadreBands) as Record<string, number>;
  // Look the bands up by grade, best first: stored settings are JSONB, whose key order is not the written one.
  const found = grades.slice(0, -1).find((grade) => score >= (bands[grade] ?? Infinity));
  return found ?? grades[grades.length - 1]!;
}

interface Gated {
  id: string;
  grade: string;
  score: number | null;
  parts: Proposal['components'];
  gates: GateHit[];
  flags: string[];
  forced: boolean;
  candidate: Candidate;
}

/** Gates 1–15 for one candidate. */
export function applyGates(candidate: Candidate, year: number, settings: RuleSettings): Gated {
  const scale = candidate.subject === 'TEAM' ? 'TEAM' : 'CADRE';
  const lowest = GRADE_SCALES[scale][GRADE_SCALES[scale].length - 1]!;
  const { score, parts } = compositeScore(candidate.components);
  const gates: GateHit[] = [];
  const flags: string[] = [];
  const forced = (grade: string, code: string, detail: string): Gated => {
    gates.push({ code, effect: 'FORCE', detail });
    return { id: candidate.id, grade, score: grade === 'UNGRADED' ? null : score, parts, gates, flags, forced: true, candidate };
  };
  if (candidate.politicalVeto) return forced(lowest, 'POLITICAL_VETO', '政治一票否决');
  const penalty = penaltyEffect(candidate, year, settings);
  if (penalty === 'INCOMPETENT') return forced(lowest, 'PENALTY_INCOMPETENT', 'a penalty that makes the year INCOMPETENT');
  if (candidate.investigationOpen) return forced('UNGRADED', 'INVESTIGATION_OPEN', '立案审查未结案: ungraded until the case closes');
  if (penalty === 'UNGRADED_THIS_YEAR' || penalty === 'UNGRADED_THIS_AND_NEXT_YEAR') return forced('UNGRADED', 'PENALTY_UNGRADED', penalty);
  if (candidate.longLeave) return forced('UNGRADED', 'LONG_LEAVE', `leave over ${settings.gates.longLeaveMonths} months`);
  if (candidate.probation) return forced('COMMENT_ONLY', 'PROBATION', '试用期: comment only');

  let grade = score === null ? GRADE_SCALES[scale][1]! : baseGrade(score, candidate.subject, settings);
  if (score === null) gates.push({ code: 'NO_SCORE', effect: 'FLAG', detail: 'no scored component: the middle grade is proposed for the committee to decide' });
  const noExcellent = (code: string, detail: string) => {
    gates.push({ code, effect: 'NO_EXCELLENT', detail });
    if (grade === 'EXCELLENT') grade = oneLevelDown(scale, grade);
  };
  if (settings.gates.politicalReviewLowersOneLevel && (candidate.politicalReview === 'AVERAGE' || candidate.politicalReview === 'POOR')) {
    gates.push({ code: 'POLITICAL_REVIEW_LOW', effect: 'LOWER', detail: `political review ${candidate.politicalReview}: one level down` });
    grade = oneLevelDown(scale, grade);
  }
  if (settings.gates.politicalReviewBarsExcellentBelowGood && candidate.politicalReview !== null && candidate.politicalReview !== 'GOOD') {
    noExcellent('POLITICAL_REVIEW_NOT_GOOD', `political review ${candidate.politicalReview}`);
  }
  const negatives = candidate.negativeList.filter((n) => !n.cleared && !n.tolerated);
  if (negatives.length) noExcellent('NEGATIVE_LIST', negatives.map((n) => n.code).join(', '));
  if (penalty === 'NO_EXCELLENT') noExcellent('PENALTY_NO_EXCELLENT', 'warning, admonishment or reassignment this year');
  if (candidate.regularScore !== null && candidate.regularScore < settings.gates.regularScoreExcellentMinimum) {
    noExcellent('REGULAR_BELOW_MINIMUM', `regular score ${candidate.regularScore} < ${settings.gates.regularScoreExcellentMinimum}`);
  }
  if (candidate.poorQuarters >= settings.gates.poorQuartersBarExcellent) noExcellent('POOR_QUARTERS', `${candidate.poorQuarters} quarters graded AVERAGE or POOR`);
  if (candidate.votes) {
    if (candidate.votes.excellentOrCompetentPercent < settings.democraticEvaluation.admonishmentFlagBelowPercent) {
      noExcellent('VOTE_SHARE_LOW', `excellent+competent ${candidate.votes.excellentOrCompetentPercent.toFixed(1)}%`);
      flags.push('ADMONISHMENT_OR_ADJUSTMENT_CONSIDERED');
    }
    if (candidate.votes.incompetentPercent > settings.democraticEvaluation.removalFlagAbovePercent) {
      noExcellent('VOTE_INCOMPETENT_HIGH', `incompetent ${candidate.votes.incompetentPercent.toFixed(1)}%`);
      flags.push('REMOVAL_OR_DEMOTION_CONSIDERED');
    }
  }
  if (
    candidate.subject === 'TEAM' &&
    settings.gates.teamExcellentNeedsOutstandingDevelopment &&
    (candidate.developmentScore ?? 0) < settings.grading.outstandingDevelopmentScore
  ) {
    noExcellent('TEAM_NOT_OUTSTANDING', `development score ${candidate.developmentScore ?? 'missing'}`);
  }
  return { id: candidate.id, grade, score, parts, gates, flags, forced: false, candidate };
}

/**
 * The tie-break among EXCELLENT candidates of a pool, in order: higher score,
 * better political review, higher regular score, higher excellent vote share,
 * then the id (so that the result never depends on input order).
 */
export function compareForQuota(a: Gated, b: Gated): number {
  const review = (r: PoliticalReview | null) => (r === null ? 4 : ['GOOD', 'FAIR', 'AVERAGE', 'POOR'].indexOf(r));
  return (
    (b.score ?? -1) - (a.score ?? -1) ||
    review(a.candidate.politicalReview) - review(b.candidate.politicalReview) ||
    (b.candidate.regularScore ?? -1) - (a.candidate.regularScore ?? -1) ||
    (b.candidate.votes?.excellentPercent ?? -1) - (a.candidate.votes?.excellentPercent ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Proposes grades for a pool: gates per candidate, then the quota of the pool
 * (graded = candidates not forced to UNGRADED or COMMENT_ONLY), keeping the
 * best EXCELLENT candidates by the tie-break and moving the rest one level down.
 */
export function proposeGrades(
  pool: readonly Candidate[],
  year: number,
  settings: RuleSettings,
  options: { raiseApproved?: boolean; alreadyExcellent?: number; /** The pool's quota (members tilted by their team's grade); default the rule set's. */ quota?: QuotaSettings } = {},
): Proposal[] {
  const gated = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c) => applyGates(c, year, settings));
  const graded = gated.filter((g) => g.grade !== 'UNGRADED' && g.grade !== 'COMMENT_ONLY').length;
  const allowed = Math.max(0, excellentQuota(graded, options.quota ?? settings.gates, options.raiseApproved ?? false) - (options.alreadyExcellent ?? 0));
  const excellent = gated.filter((g) => g.grade === 'EXCELLENT').sort(compareForQuota);
  const rank = new Map(excellent.map((g, i) => [g.id, i + 1]));
  return gated.map((g) => {
    const position = rank.get(g.id) ?? null;
    let grade = g.grade;
    const gates = [...g.gates];
    if (position !== null && position > allowed) {
      const scale = g.candidate.subject === 'TEAM' ? 'TEAM' : 'CADRE';
      grade = oneLevelDown(scale, grade);
      gates.push({ code: 'QUOTA', effect: 'NO_EXCELLENT', detail: `rank ${position} of ${excellent.length} EXCELLENT candidates; the pool allows ${allowed}` });
    }
    return {
      id: g.id,
      grade,
      score: g.score,
      components: g.parts,
      gates,
      quotaRank: position,
      quota: excellent.length ? { allowed, candidates: excellent.length } : null,
      flags: g.flags,
    };
  });
}
