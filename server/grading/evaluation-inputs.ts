import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import type { EvaluationResult } from '../../workflows/grading/ballots.js';
import { RATER_GROUPS, type RaterGroup, type RuleSettings } from '../../workflows/rules/settings.js';

export const SCORE_COMPONENTS = ['WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS'] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** What a democratic evaluation reads, set-based: group aggregates of the ballots and invitation counts, for given assessments or those in grading_target. */

export interface GroupAggregate {
  assessment_id: string;
  rater_group: RaterGroup;
  n: number;
  /** Sum of ballot means over the counted (possibly trimmed) ballots, and their count. */
  counted_sum: number;
  counted_n: number;
  /** The dimensions' averages; absent where only the summary is wanted (a grading run stores no per-group view: run-inputs.ts). */
  morality?: number;
  ability?: number;
  diligence?: number;
  results?: number;
  integrity?: number;
  excellent: number;
  excellent_or_competent: number;
  incompetent: number;
}

/** Group aggregates straight from SQL (with optional trimming by window functions): no ballot leaves the database one by one. */
export async function groupAggregates(m: EntityManager, assessmentIds: string[] | 'grading_target', trim: boolean): Promise<GroupAggregate[]> {
  const source = assessmentIds === 'grading_target' ? `assessment_id IN (SELECT id FROM grading_target)` : `assessment_id = ANY($1::uuid[])`;
  const params = assessmentIds === 'grading_target' ? [] : [assessmentIds];
  if (!trim) {
    // Without trimming the running tallies answer: a few rows per assessment, never the ballots themselves. For given ids, one index probe per
    // assessment (LATERAL … OFFSET 0: a chunk of a large cycle made the planner hash the whole table for each chunk instead).
    const columns = `assessment_id, rater_group, n, sum_mean::float8 AS counted_sum, n AS counted_n,
              (sum_morality / n)::float8 AS morality, (sum_ability / n)::float8 AS ability, (sum_diligence / n)::float8 AS diligence,
              (sum_results / n)::float8 AS results, (sum_integrity / n)::float8 AS integrity,
              excellent, excellent_or_competent, incompetent`;
    if (assessmentIds === 'grading_target') return m.query(`SELECT ${columns} FROM ballot_tally WHERE ${source}`, params);
    return preparedQuery<GroupAggregate>(
      m,
      `SELECT ${columns} FROM unnest($1::uuid[]) AS x(id) CROSS JOIN LATERAL (SELECT * FROM ballot_tally WHERE assessment_id = x.id OFFSET 0) t`,
      params,
    );
  }
  return m.query(
    `WITH b AS (
       SELECT assessment_id, rater_group, overall, morality, ability, diligence, results, integrity,
              (morality + ability + diligence + results + integrity) / 5 AS mean,
              row_number() OVER (PARTITION BY assessment_id, rater_group ORDER BY (morality + ability + diligence + results + integrity), id) AS lo,
              row_number() OVER (PARTITION BY assessment_id, rater_group ORDER BY (morality + ability + diligence + results + integrity) DESC, id DESC) AS hi,
              count(*) OVER (PARTITION BY assessment_id, rater_group) AS n
         FROM ballot WHERE ${source}
     )
     SELECT assessment_id, rater_group, max(n)::int AS n,
            sum(mean) FILTER (WHERE n < 3 OR (lo > 1 AND hi > 1))::float8 AS counted_sum,
            count(*) FILTER (WHERE n < 3 OR (lo > 1 AND hi > 1))::int AS counted_n,
            avg(morality)::float8 AS morality, avg(ability)::float8 AS ability, avg(diligence)::float8 AS diligence,
            avg(results)::float8 AS results, avg(integrity)::float8 AS integrity,
            count(*) FILTER (WHERE overall = 'EXCELLENT')::int AS excellent,
            count(*) FILTER (WHERE overall IN ('EXCELLENT', 'COMPETENT', 'GOOD'))::int AS excellent_or_competent,
            count(*) FILTER (WHERE overall IN ('INCOMPETENT', 'POOR'))::int AS incompetent
       FROM b GROUP BY assessment_id, rater_group`,
    params,
  );
}

/**
 * The evaluation of many assessments from their group aggregates and
 * invitation counts. Mirrors workflows/grading/ballots.ts#aggregateBallots,
 * which is the reference (a test checks both agree).
 */
export function evaluationsFrom(
  aggregates: GroupAggregate[],
  /** Invitations per group; or in all, where only the summary is wanted (a grading run's: the groups then come out empty). */
  invited: Map<string, Partial<Record<RaterGroup, number>> | number>,
  settings: RuleSettings,
  ids: string[],
): Map<string, EvaluationResult> {
  const de = settings.democraticEvaluation;
  const byAssessment = new Map<string, GroupAggregate[]>();
  for (const a of aggregates) {
    const list = byAssessment.get(a.assessment_id);
    if (list) list.push(a);
    else byAssessment.set(a.assessment_id, [a]);
  }
  const round2 = (x: number) => Math.round(x * 100) / 100;
  const out = new Map<string, EvaluationResult>();
  for (const id of ids) {
    const groups = byAssessment.get(id) ?? [];
    const given = invited.get(id) ?? {};
    const summaryOnly = typeof given === 'number';
    const inv = summaryOnly ? {} : given;
    const invitedTotal = summaryOnly ? given : RATER_GROUPS.reduce((s, g) => s + (inv[g] ?? 0), 0);
    const returned = groups.reduce((s, g) => s + g.n, 0);
    const turnoutPercent = invitedTotal ? round2((returned / invitedTotal) * 100) : 0;
    const valid = invitedTotal > 0 && turnoutPercent >= de.minimumTurnoutPercent;
    // A group below the anonymity minimum is in no figure: not its own, not the score, not the vote shares (nothing can be solved for it).
    const shownGroups = groups.filter((g) => g.n >= de.anonymityMinimumRaters);
    const counted = shownGroups.reduce((s, g) => s + g.n, 0);
    let weighted = 0;
    let weight = 0;
    for (const g of shownGroups) {
      if (!g.counted_n) continue;
      weighted += (g.counted_sum / g.counted_n) * de.raterGroupWeights[g.rater_group];
      weight += de.raterGroupWeights[g.rater_group];
    }
    const sum = (k: 'excellent' | 'excellent_or_competent' | 'incompetent') => shownGroups.reduce((s, g) => s + g[k], 0);
    out.set(id, {
      invited: invitedTotal,
      returned,
      counted,
      turnoutPercent,
      valid,
      groups: (summaryOnly ? [] : RATER_GROUPS.filter((group) => (inv[group] ?? 0) > 0 || groups.some((g) => g.rater_group === group))).map((group) => {
        const g = groups.find((x) => x.rater_group === group);
        const shown = (g?.n ?? 0) >= de.anonymityMinimumRaters;
        return {
          group,
          ballots: g?.n ?? 0,
          invited: inv[group] ?? 0,
          shown,
          score: shown && g?.counted_n ? round2(g.counted_sum / g.counted_n) : null,
          dimensions:
            shown && g && g.morality !== undefined
              ? { MORALITY: round2(g.morality), ABILITY: round2(g.ability!), DILIGENCE: round2(g.diligence!), RESULTS: round2(g.results!), INTEGRITY: round2(g.integrity!) }
              : null,
        };
      }),
      score: valid && weight ? round2(weighted / weight) : null,
      votes:
        valid && counted
          ? {
              excellentPercent: round2((sum('excellent') / counted) * 100),
              excellentOrCompetentPercent: round2((sum('excellent_or_competent') / counted) * 100),
              incompetentPercent: round2((sum('incompetent') / counted) * 100),
            }
          : null,
    });
  }
  return out;
}

export async function invitedCounts(m: EntityManager, ids: string[] | 'grading_target'): Promise<Map<string, Partial<Record<RaterGroup, number>>>> {
  const rows: Array<{ assessment_id: string; rater_group: RaterGroup; n: number }> =
    ids === 'grading_target'
      ? await m.query(`SELECT assessment_id, rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id IN (SELECT id FROM grading_target) GROUP BY 1, 2`)
      : await preparedQuery(
          m,
          // One probe of rater_invitation_group_idx per assessment, counted from the index alone (never a hash of the whole table).
          `SELECT x.id AS assessment_id, i.rater_group, i.n FROM unnest($1::uuid[]) AS x(id)
             CROSS JOIN LATERAL (SELECT rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id = x.id GROUP BY 1) i`,
          [ids],
        );
  const map = new Map<string, Partial<Record<RaterGroup, number>>>();
  for (const r of rows) {
    const own = map.get(r.assessment_id);
    if (own) own[r.rater_group] = r.n;
    else map.set(r.assessment_id, { [r.rater_group]: r.n });
  }
  return map;
}

/** Voted invitations per group: the turnout while the ballot box is sealed (a count of marks, never a ballot). */
export async function votedCounts(m: EntityManager, assessmentId: string): Promise<Partial<Record<RaterGroup, number>>> {
  const rows: Array<{ rater_group: RaterGroup; n: number }> = await m.query(
    `SELECT rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id = $1 AND voted GROUP BY 1`,
    [assessmentId],
  );
  return Object.fromEntries(rows.map((r) => [r.rater_group, r.n]));
}

/** The evaluation while the ballot box is sealed: invited and voted counts only, no score, no dimension, no vote share. */
export function turnoutOnly(invited: Partial<Record<RaterGroup, number>>, voted: Partial<Record<RaterGroup, number>>, settings: RuleSettings): EvaluationResult & { sealed: true } {
  const invitedTotal = RATER_GROUPS.reduce((s, g) => s + (invited[g] ?? 0), 0);
  const returned = RATER_GROUPS.reduce((s, g) => s + (voted[g] ?? 0), 0);
  const turnoutPercent = invitedTotal ? Math.round((returned / invitedTotal) * 10000) / 100 : 0;
  return {
    sealed: true,
    invited: invitedTotal,
    returned,
    counted: 0,
    turnoutPercent,
    valid: invitedTotal > 0 && turnoutPercent >= settings.democraticEvaluation.minimumTurnoutPercent,
    groups: RATER_GROUPS.filter((g) => (invited[g] ?? 0) > 0).map((group) => ({ group, ballots: voted[group] ?? 0, invited: invited[group] ?? 0, shown: false, score: null, dimensions: null })),
    score: null,
    votes: null,
  };
}

/**
 * The component scores of given assessments: those entered (score_input) and those the indicator schemes computed (indicator_rollup, which
 * win where they exist). Driven by the ids, one index probe per assessment: the LATERAL … OFFSET 0 keeps the planner from hashing the whole
 * table instead, which it chose for a chunk of 2,500 out of 100,000 (each chunk of a run then read every row, and the run grew with the
 * square of the cycle).
 */
export async function componentScores(m: EntityManager, ids: readonly string[]) {
  type Row = { assessment_id: string; component: ScoreComponent; value: number };
  const scores = await preparedQuery<Row>(
    m,
    `SELECT x.id AS assessment_id, s.component, s.value::float8 AS value
       FROM unnest($1::uuid[]) AS x(id) CROSS JOIN LATERAL (SELECT component, value FROM score_input WHERE assessment_id = x.id OFFSET 0) s`,
    [ids],
  );
  const schemeScores = await preparedQuery<Row>(
    m,
    `SELECT x.id AS assessment_id, r.key AS component, r.score::float8 AS value
       FROM unnest($1::uuid[]) AS x(id) CROSS JOIN LATERAL (SELECT key, score FROM indicator_rollup WHERE assessment_id = x.id AND level = 'COMPONENT' OFFSET 0) r`,
    [ids],
  );
  return { scores, schemeScores };
}

/** The latest result version of given assessments (those graded before), from the index on (assessment_id, version). */
export async function resultVersions(m: EntityManager, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await preparedQuery<{ assessment_id: string; v: number }>(
    m,
    `SELECT x.id AS assessment_id, v.v FROM unnest($1::uuid[]) AS x(id)
       CROSS JOIN LATERAL (SELECT max(version)::int AS v FROM grading_result WHERE assessment_id = x.id) v WHERE v.v IS NOT NULL`,
    [ids],
  );
  return new Map(rows.map((r) => [r.assessment_id, r.v]));
}
