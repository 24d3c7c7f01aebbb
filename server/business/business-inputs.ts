import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import type { Candidate } from '../../workflows/grading/propose.js';

/**
 * What the business assessments a cycle absorbs ("1+N") bring to each
 * annual assessment: the scores of those declared as SCORE (a weight inside
 * the team's OTHER_INDICATORS component, or the cadre's WORK_RESULTS) and
 * the names of those declared as GATE that the unit failed. Read from the
 * results in force (the highest version per unit). Loaded with the facts of
 * every grade decision (grade-facts.ts), so the engine and every binding
 * check read the same.
 */
export interface BusinessInputs {
  scores: Array<{ name: string; weight: number; score: number | null }>;
  gateFailures: string[];
}

/** One business assessment of one annual assessment, with its result in force. */
export interface BusinessRow {
  assessment_id: string;
  name: string;
  mode: 'SCORE' | 'GATE';
  weight: number | null;
  score: number | null;
  passed: boolean | null;
}

export async function loadBusinessInputs(m: EntityManager, ids: readonly string[]): Promise<Map<string, BusinessInputs>> {
  if (ids.length === 0) return new Map();
  const rows = await preparedQuery<BusinessRow>(
    m,
    `SELECT a.id AS assessment_id, ba.name, ba.mode, ba.weight::float8 AS weight, r.score::float8 AS score, r.passed
       FROM assessment a
       JOIN organisation o ON o.id = a.organisation_id
       JOIN business_assessment ba ON ba.cycle_id = a.cycle_id AND o.kind = ANY(ba.org_kinds)
            AND ((a.kind = 'TEAM_ANNUAL' AND ba.covers_teams) OR (a.kind <> 'TEAM_ANNUAL' AND a.cadre_id IS NOT NULL AND ba.covers_cadres))
       LEFT JOIN LATERAL (
         SELECT br.score, br.passed FROM business_result br
          WHERE br.business_assessment_id = ba.id AND br.organisation_id = a.organisation_id
          ORDER BY br.version DESC LIMIT 1
       ) r ON true
      WHERE a.id = ANY($1::uuid[])
      ORDER BY a.id, ba.declared_at, ba.name`,
    [ids],
  );
  return businessFromRows(rows);
}

/** The inputs of each assessment from its rows (in the order the read above gives them; grade-facts.ts reads them for one decision). */
export function businessFromRows(rows: readonly BusinessRow[]): Map<string, BusinessInputs> {
  const result = new Map<string, BusinessInputs>();
  for (const r of rows) {
    const inputs = result.get(r.assessment_id) ?? { scores: [], gateFailures: [] };
    if (r.mode === 'SCORE') inputs.scores.push({ name: r.name, weight: r.weight ?? 0, score: r.score });
    else if (r.passed === false) inputs.gateFailures.push(r.name);
    result.set(r.assessment_id, inputs);
  }
  return result;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One component put together from its own input and the business
 * assessments weighted inside it: each business score at its weight (a
 * percentage of the component), the component's own input at the rest
 * (100 − the declared weights); a part with no value is left out and the
 * others re-weighted, as the composite does. The source names each part.
 */
export function combineBusiness(own: number | null, scores: BusinessInputs['scores']): { value: number | null; source: string | null } {
  if (scores.length === 0) return { value: own, source: null };
  const declared = scores.reduce((s, b) => s + b.weight, 0);
  const rest = Math.max(0, 100 - declared);
  const parts = [...scores.map((b) => ({ weight: b.weight, value: b.score })), { weight: rest, value: own }].filter((p) => p.value !== null && p.weight > 0);
  const weight = parts.reduce((s, p) => s + p.weight, 0);
  const value = weight === 0 ? own : round2(parts.reduce((s, p) => s + (p.value as number) * p.weight, 0) / weight);
  const words = scores.map((b) => `${b.name} ${b.score === null ? '未录入' : `${b.score}分`}（权重${b.weight}%）`);
  if (rest > 0) words.push(`本项其他得分 ${own === null ? '未录入' : `${own}分`}（权重${round2(rest)}%）`);
  return { value, source: `业务考核（1+N）：${words.join('；')}` };
}

/** The components with the business assessments laid into the one they weigh in. */
export function withBusiness(components: Candidate['components'], key: string, scores: BusinessInputs['scores'] | undefined): Candidate['components'] {
  if (!scores?.length) return components;
  return components.map((c) => (c.key === key ? { ...c, ...combineBusiness(c.value, scores) } : c));
}
