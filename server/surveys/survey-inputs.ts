import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { ratingScore, surveyComponent } from '../../workflows/surveys/survey-score.js';
import type { ComponentSource } from '../../workflows/grading/propose.js';

/**
 * The survey component (PUBLIC_SURVEY) of team assessments from published
 * surveys and 好差评 ratings, for the grading engine (candidatesFor). A team
 * covered by a published survey of its cycle takes the mean of those
 * surveys' scores, mixed with its department's rating score of the cycle's
 * year by scoring.serviceRatingSharePercent (survey-score.ts); the source
 * names each survey with its responses and margin. Teams with no published
 * survey keep the score entered through setScores.
 */
export async function loadSurveyComponents(m: EntityManager, ids: readonly string[], settings: RuleSettings): Promise<Map<string, { value: number; source: ComponentSource }>> {
  const surveys = await preparedQuery<{ assessment_id: string; survey_id: string; title: string; responses: number; score: number; margin: number | null }>(
    m,
    `SELECT a.id AS assessment_id, s.id AS survey_id, s.title, r.responses, r.score::float8 AS score, r.margin::float8 AS margin
       FROM assessment a
       JOIN survey s ON s.cycle_id = a.cycle_id AND s.state = 'PUBLISHED'
       JOIN survey_result r ON r.survey_id = s.id AND r.organisation_id = a.organisation_id
      WHERE a.id = ANY($1::uuid[]) AND a.kind = 'TEAM_ANNUAL'
      ORDER BY s.published_at, s.id`,
    [ids],
  );
  const out = new Map<string, { value: number; source: ComponentSource }>();
  if (surveys.length === 0) return out;
  const ratings = new Map(
    (
      await preparedQuery<{ assessment_id: string; good: number; bad: number }>(
        m,
        `SELECT a.id AS assessment_id, sum(sr.good)::int AS good, sum(sr.bad)::int AS bad
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         JOIN service_rating sr ON sr.organisation_id = a.organisation_id AND sr.year = c.year
        WHERE a.id = ANY($1::uuid[]) AND a.kind = 'TEAM_ANNUAL' GROUP BY a.id`,
        [[...new Set(surveys.map((s) => s.assessment_id))]],
      )
    ).map((r) => [r.assessment_id, r]),
  );
  const share = settings.scoring.serviceRatingSharePercent ?? DEFAULT_RULE_SETTINGS.scoring.serviceRatingSharePercent ?? 0;
  const byAssessment = new Map<string, typeof surveys>();
  for (const s of surveys) {
    const list = byAssessment.get(s.assessment_id);
    if (list) list.push(s);
    else byAssessment.set(s.assessment_id, [s]);
  }
  for (const [id, list] of byAssessment) {
    const r = ratings.get(id);
    const rating = r ? ratingScore(r.good, r.bad) : null;
    const value = surveyComponent(list.map((s) => s.score), rating, share);
    if (value === null) continue;
    out.set(id, {
      value,
      source: {
        surveys: list.map((s) => ({ surveyId: s.survey_id, title: s.title, responses: s.responses, score: s.score, margin: s.margin })),
        rating: rating === null || share <= 0 ? null : { score: rating, good: r!.good, bad: r!.bad, sharePercent: share },
      },
    });
  }
  return out;
}
