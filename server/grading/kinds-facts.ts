import type { EntityManager } from 'typeorm';
import { cadreRegular, specialEffects, teamRegular, termParts, type RegularResult, type SpecialResult, type SpecialRule } from '../../workflows/grading/kinds.js';
import type { Candidate } from '../../workflows/grading/propose.js';
import type { DecisionSubject } from './grade-facts.js';
import { preparedQuery } from '../common/sql.js';

/**
 * Kinds that add up, loaded set-based for the subjects `loadGradeFacts`
 * read (the same loader every binding check uses): the year's regular
 * results (a cadre's own; a team's members'), the decided special results of
 * the year with their cycles' rules, and for a term assessment its term
 * targets and the annual grades of the years inside its term. Lays the facts
 * the gates read over `subject.facts` (regularScore, specialGates,
 * termFailedYears, and the stored composite with today's special points)
 * and keeps the engine's inputs with their sources on `subject.kinds`.
 */
export interface KindInputs {
  regular: { value: number | null; source: string };
  adjustments: NonNullable<Candidate['adjustments']>;
  /** Special results of the year whose rule did not bite, in words. */
  notes: string[];
  /** A term assessment's components (term targets, years over the term); null for an annual. */
  term: Candidate['components'] | null;
}

export const SPECIAL_KEYS = ['SPECIAL_BONUS', 'SPECIAL_DEDUCTION'];

/** The rows of the reads below, when the caller has them already (one decision reads them with its facts: grade-facts.ts). */
export interface KindRows {
  regulars: Array<RegularResult & { year: number; organisationId: string; teamMember: boolean }>;
  specials: Array<{ cadreId: string; year: number; cycleId: string; task: string; grade: string; mode: SpecialRule['mode']; threshold: SpecialRule['threshold']; points: number | null; gateEffect: SpecialRule['gateEffect'] }>;
  stored: Array<{ assessmentId: string; score: number | null; applied: number }>;
}

export async function layKindFacts(m: EntityManager, subjects: Map<string, DecisionSubject>, given?: Partial<KindRows>): Promise<void> {
  if (subjects.size === 0) return;
  const list = [...subjects.values()];
  const years = [...new Set(list.map((s) => s.year))];
  const cadres = [...new Set(list.flatMap((s) => (s.cadreId ? [s.cadreId] : [])))];
  const teamOrgs = [...new Set(list.filter((s) => s.kind === 'TEAM_ANNUAL').map((s) => s.organisationId))];
  // The year's decided regular results of the cadres assessed and of the members of the teams assessed: the cadres first (those given and the
  // members of the teams' units, index cadre_org_name_idx), then their regular assessments by cadre (assessment_cadre_idx) — never a pass over
  // every regular assessment of the years (an OR across the two sides of the join read them all for each chunk of a run).
  const regulars = given?.regulars ?? await preparedQuery<KindRows['regulars'][number]>(
    m,
    `SELECT ra.cadre_id AS "cadreId", rc.name AS "cycleName", rc.quarter, rc.year, ra.final_grade AS grade,
            (ra.snapshot->'context'->>'score')::float8 AS score, c.organisation_id AS "organisationId", c.team_member AS "teamMember"
       FROM (SELECT unnest($2::uuid[]) AS id UNION SELECT id FROM cadre WHERE team_member AND organisation_id = ANY($3::uuid[])) who
       JOIN assessment ra ON ra.cadre_id = who.id AND ra.kind = 'REGULAR' AND ra.final_grade IS NOT NULL
       JOIN assessment_cycle rc ON rc.id = ra.cycle_id AND rc.year = ANY($1::int[])
       JOIN cadre c ON c.id = ra.cadre_id`,
    [years, cadres, teamOrgs],
  );
  const specials =
    given?.specials ??
    (cadres.length === 0
      ? []
      : await preparedQuery<KindRows['specials'][number]>(
          m,
          `SELECT sa.cadre_id AS "cadreId", sc.year, sc.id AS "cycleId", coalesce(sc.task, sc.name) AS task, sa.final_grade AS grade,
                  r.mode, r.threshold, r.points::float8 AS points, r.gate_effect AS "gateEffect"
             FROM assessment sa JOIN assessment_cycle sc ON sc.id = sa.cycle_id JOIN special_rule r ON r.cycle_id = sc.id
            WHERE sa.kind = 'SPECIAL' AND sa.final_grade IS NOT NULL AND sa.cadre_id = ANY($1::uuid[]) AND sc.year = ANY($2::int[])
            ORDER BY r.points DESC NULLS LAST, sc.created_at, sc.id`,
          [cadres, years],
        ));
  const termIds = list.filter((s) => s.kind === 'TERM').map((s) => s.id);
  const targets = termIds.length
    ? await preparedQuery<{ assessmentId: string; achieved: boolean | null; score: number | null }>(
        m,
        `SELECT assessment_id AS "assessmentId", achieved, score::float8 AS score FROM term_target WHERE assessment_id = ANY($1::uuid[]) ORDER BY position`,
        [termIds],
      )
    : [];
  const termYears = termIds.length
    ? await preparedQuery<{ assessmentId: string; year: number; grade: string }>(
        m,
        `SELECT t.id AS "assessmentId", y.year, ya.final_grade AS grade
           FROM assessment t JOIN term_period p ON p.cycle_id = t.cycle_id
           JOIN assessment ya ON ya.cadre_id = t.cadre_id AND ya.kind = 'CADRE_ANNUAL' AND ya.final_grade IS NOT NULL
           JOIN assessment_cycle y ON y.id = ya.cycle_id AND y.kind = 'ANNUAL'
          WHERE t.id = ANY($1::uuid[]) AND y.year BETWEEN extract(year FROM p.starts_on) AND extract(year FROM p.ends_on)
          ORDER BY y.year`,
        [termIds],
      )
    : [];
  // The stored composite's own special points, so a decision reads the composite with today's special results: the latest version of each
  // (index grading_result_version), its special parts summed in SQL (no component list leaves the database).
  const stored = given?.stored ?? await preparedQuery<KindRows['stored'][number]>(
    m,
    `SELECT x.id AS "assessmentId", g.score::float8 AS score,
            coalesce((SELECT sum((p->>'contribution')::float8) FROM jsonb_array_elements(g.components) p WHERE p->>'key' = ANY($2::text[])), 0)::float8 AS applied
       FROM unnest($1::uuid[]) AS x(id)
       CROSS JOIN LATERAL (SELECT score, components FROM grading_result WHERE assessment_id = x.id ORDER BY version DESC LIMIT 1) g`,
    [list.map((s) => s.id), SPECIAL_KEYS],
  );
  const storedOf = new Map(stored.map((r) => [r.assessmentId, r]));
  // Grouped once, so each subject reads its own rows (a filter over every row for each subject grew with the square of a chunk).
  const group = <T>(rows: readonly T[], key: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const regularOfCadre = group(regulars, (r) => `${r.year}|${r.cadreId}`);
  const regularOfTeam = group(
    regulars.filter((r) => r.teamMember),
    (r) => `${r.year}|${r.organisationId}`,
  );
  const specialsOf = group(specials, (x) => `${x.year}|${x.cadreId}`);
  const targetsOf = group(targets, (t) => t.assessmentId);
  const termYearsOf = group(termYears, (y) => y.assessmentId);

  for (const s of list) {
    let regular: KindInputs['regular'];
    if (s.kind === 'TEAM_ANNUAL') {
      const members = new Map<string, RegularResult[]>();
      for (const r of regularOfTeam.get(`${s.year}|${s.organisationId}`) ?? []) members.set(r.cadreId, [...(members.get(r.cadreId) ?? []), r]);
      regular = teamRegular(members, s.settings);
    } else regular = cadreRegular(regularOfCadre.get(`${s.year}|${s.cadreId}`) ?? [], s.settings);
    const results: SpecialResult[] =
      s.cadreId && s.kind !== 'TERM'
        ? (specialsOf.get(`${s.year}|${s.cadreId}`) ?? []).map((x) => ({ cycleId: x.cycleId, task: x.task, grade: x.grade, rule: { mode: x.mode, threshold: x.threshold, points: x.points, gateEffect: x.gateEffect } }))
        : [];
    const effects = specialEffects(results, s.settings);
    const term =
      s.kind === 'TERM'
        ? termParts(
            targetsOf.get(s.id) ?? [],
            termYearsOf.get(s.id) ?? [],
            s.settings,
          )
        : null;
    // The composite stored by the last run, its special points taken off and today's laid on (within 0–100).
    const last = storedOf.get(s.id);
    let score = s.facts.score;
    if (last && last.score !== null) {
      let running = last.score - last.applied;
      for (const a of effects.adjustments) running = Math.min(100, Math.max(0, Math.round((running + a.points) * 100) / 100));
      score = Math.round(running * 100) / 100;
    }
    // Laid on the subject's own facts (loadGradeFacts built them for it alone), not spread into a copy: a copy that adds properties to
    // an object this large leaves V8's fast shapes, and every later copy of it (each candidate's) is slow too: 10 µs a subject in all.
    const facts = s.facts;
    facts.score = score;
    // A team's regular figure feeds its composite only: the regular-score gate stays a cadre's, as before.
    if (!term && s.kind !== 'TEAM_ANNUAL') facts.regularScore = regular.value;
    facts.specialGates = effects.gates;
    facts.termFailedYears = term?.failedYears ?? [];
    // Results whose rule did not bite are explained too, as parts that move the score by 0.
    const unapplied = effects.notes.map((source) => ({ key: 'SPECIAL_NOT_APPLIED', points: 0, source }));
    s.kinds = { regular, adjustments: [...effects.adjustments, ...unapplied], notes: effects.notes, term: term?.components ?? null };
  }
}
