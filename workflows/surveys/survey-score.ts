/**
 * The figures of a survey and of 好差评 ratings (docs/domain.md, "Surveys
 * and 好差评"), pure and rounded to 2 decimals:
 *
 * - an organisation's survey score: the firm's overall score (0–100), or the
 *   weighted mean of its per-question satisfaction scores with the weights of
 *   the frozen questionnaire, Σ wᵢ·sᵢ / Σ wᵢ;
 * - its margin of error at 95%: 1.96·sd/√n when the firm gives the standard
 *   deviation of the individual scores, else the score read as a proportion
 *   p = score/100, 100·1.96·√(p(1−p)/n), in score points;
 * - a shortfall when the responses are fewer than the sample plan's target;
 * - a department's 好差评 score for a year: the share of good ratings,
 *   100·good/(good+bad), where good = 非常满意 + 满意 + 基本满意 and
 *   bad = 不满意 + 非常不满意 (or the good/bad counts as given), over every
 *   period of the year;
 * - a team's survey component: the mean of the published surveys' scores of
 *   the cycle covering it; for a department with 好差评 ratings in the year,
 *   (100 − s)% of that mean plus s% of its rating score, s being the rule
 *   set's scoring.serviceRatingSharePercent.
 */

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

export const Z95 = 1.96;

/** The weighted mean of per-question scores; null when a question of the questionnaire has no score. */
export function weightedScore(questions: ReadonlyArray<{ code: string; weight: number }>, scores: Readonly<Record<string, number>>): number | null {
  const total = questions.reduce((s, q) => s + q.weight, 0);
  if (total <= 0 || questions.some((q) => scores[q.code] === undefined)) return null;
  return round2(questions.reduce((s, q) => s + q.weight * scores[q.code]!, 0) / total);
}

/** The 95% margin of error in score points (see above); null with no response. */
export function marginOfError(responses: number, score: number, sd: number | null): number | null {
  if (!(responses > 0)) return null;
  if (sd !== null) return round2((Z95 * sd) / Math.sqrt(responses));
  const p = Math.min(Math.max(score / 100, 0), 1);
  return round2(100 * Z95 * Math.sqrt((p * (1 - p)) / responses));
}

export interface RatingCounts {
  verySatisfied: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  veryDissatisfied: number;
}

/** Good and bad ratings of the five levels. */
export const goodAndBad = (c: RatingCounts) => ({
  good: c.verySatisfied + c.satisfied + c.basicallySatisfied,
  bad: c.dissatisfied + c.veryDissatisfied,
});

/** 100·good/(good+bad); null with no rating. */
export function ratingScore(good: number, bad: number): number | null {
  const total = good + bad;
  return total > 0 ? round2((100 * good) / total) : null;
}

/** The survey component of a team from its published survey scores and its rating score (see above); null with no survey. */
export function surveyComponent(surveyScores: readonly number[], rating: number | null, ratingSharePercent: number): number | null {
  if (surveyScores.length === 0) return null;
  const mean = surveyScores.reduce((s, x) => s + x, 0) / surveyScores.length;
  if (rating === null || ratingSharePercent <= 0) return round2(mean);
  return round2((mean * (100 - ratingSharePercent) + rating * ratingSharePercent) / 100);
}
