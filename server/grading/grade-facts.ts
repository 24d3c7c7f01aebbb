import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import { leaveDaysWithin, type IsoDate, type StatusPeriod } from '../../workflows/cadre/status.js';
import { evaluateGates } from '../../workflows/decide/gates.js';
import { cleanFacts, type AccusationFact, type DecisionScale, type GradeFacts, type NegativeFindingFact, type PenaltyFact, type PoliticalReview } from '../../workflows/decide/facts.js';
import { quotaPoolKey, type QuotaPool, type QuotaPoolMember } from '../../workflows/rules/quota.js';
import type { PenaltyKind, RuleSettings } from '../../workflows/rules/settings.js';
import { loadCorroborationFacts } from '../corroboration/corroboration-facts.js';
import { layKindFacts, type KindInputs } from './kinds-facts.js';
import { loadBusinessInputs, type BusinessInputs } from '../business/business-inputs.js';

/**
 * The facts every grade decision reads (workflows/decide), loaded set-based:
 * one query per kind of fact for any number of assessments, so the grading
 * run over a province and the committee's check of one cadre read the same
 * facts the same way. Nothing here judges: decide/ does.
 */

export interface DecisionSubject {
  id: string;
  cycleId: string;
  kind: string;
  year: number;
  settings: RuleSettings;
  scale: DecisionScale;
  cadreId: string | null;
  organisationId: string;
  rankLevel: string | null;
  orgKind: string;
  overlay: string;
  finalGrade: string | null;
  /** The pool the assessment belongs to, inside its cycle (`quotaPoolKey`). */
  poolKey: string;
  facts: GradeFacts;
  /** The regular, special and term inputs with their sources (kinds-facts.ts). */
  kinds?: KindInputs;
  /** The business assessments ("1+N") the cycle absorbs, as they apply to this assessment. */
  business?: BusinessInputs;
}

interface SubjectRow {
  id: string;
  cycle_id: string;
  kind: string;
  year: number;
  settings: RuleSettings;
  scale: string | null;
  cadre_id: string | null;
  organisation_id: string;
  rank_level: string | null;
  org_kind: string;
  overlay: string;
  overlay_reason: string | null;
  final_grade: string | null;
  refused: boolean;
  score: number | null;
  rating: PoliticalReview | null;
  veto: boolean | null;
  veto_on: string | null;
  regular: number | null;
  poor_quarters: number;
  development: number | null;
}

const scaleOf = (row: Pick<SubjectRow, 'kind' | 'scale'>): DecisionScale =>
  row.scale === 'TEAM' || row.scale === 'PUBLIC_INSTITUTION' || row.scale === 'CADRE' ? row.scale : row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE';

/**
 * The facts of annual (and term) assessments on the day `today` (a Beijing
 * day): the political review and veto, a refusal to take part, the
 * penalties of the year and the one before that count (decided, neither
 * tolerated nor replaced), the negative-list findings, the accusations of
 * the year (separately; a cleared one never counts), an open investigation
 * (one without its conclusion day, or concluded after `today`), probation,
 * days of leave inside the year, the regular scores of the year, the
 * engine's latest composite score and, for teams, the development score.
 * An overlay set by hand (UNGRADED, COMMENT_ONLY, with a reason of its own)
 * stands as the fact it records: an investigation, a probation; one the
 * status facts set is read from those facts as they stand on `today`.
 */
export async function loadGradeFacts(m: EntityManager, ids: readonly string[], today: IsoDate): Promise<Map<string, DecisionSubject>> {
  const result = new Map<string, DecisionSubject>();
  if (ids.length === 0) return result;
  const rows = await preparedQuery<SubjectRow>(
    m,
    `SELECT a.id, a.cycle_id, a.kind, cy.year, a.snapshot->'context'->>'scale' AS scale, a.cadre_id, a.organisation_id, coalesce(a.rank_level, c.rank_level) AS rank_level,
            o.kind AS org_kind, a.overlay, a.snapshot->'context'->>'overlayReason' AS overlay_reason, a.final_grade,
            coalesce((a.snapshot->'context'->'selfReport'->>'refused')::boolean, false) AS refused,
            (SELECT g.score::float8 FROM grading_result g WHERE g.assessment_id = a.id ORDER BY g.version DESC LIMIT 1) AS score,
            pr.rating, pr.veto, CASE WHEN pr.veto THEN (pr.recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text END AS veto_on,
            r.regular, coalesce(r.poor_quarters, 0)::int AS poor_quarters,
            coalesce((SELECT ir.score::float8 FROM indicator_rollup ir WHERE ir.assessment_id = a.id AND ir.level = 'COMPONENT' AND ir.key = 'DEVELOPMENT' LIMIT 1),
                     (SELECT s.value::float8 FROM score_input s WHERE s.assessment_id = a.id AND s.component = 'DEVELOPMENT')) AS development
       FROM assessment a
       JOIN assessment_cycle cy ON cy.id = a.cycle_id
       JOIN organisation o ON o.id = a.organisation_id
       LEFT JOIN cadre c ON c.id = a.cadre_id
       LEFT JOIN political_review pr ON pr.assessment_id = a.id
       LEFT JOIN LATERAL (
         SELECT avg((ra.snapshot->'context'->>'score')::numeric)::float8 AS regular,
                count(*) FILTER (WHERE ra.final_grade IN ('AVERAGE', 'POOR')) AS poor_quarters
           FROM assessment ra JOIN assessment_cycle rc ON rc.id = ra.cycle_id
          WHERE ra.cadre_id = a.cadre_id AND ra.kind = 'REGULAR' AND rc.year = cy.year AND ra.final_grade IS NOT NULL
       ) r ON a.cadre_id IS NOT NULL
      WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  if (rows.length === 0) return result;
  // The settings a cycle pinned, read (and parsed) once per cycle rather than with every row.
  const settingsOf = new Map(
    ((await preparedQuery(m, `SELECT id, settings FROM assessment_cycle WHERE id = ANY($1::uuid[])`, [[...new Set(rows.map((r) => r.cycle_id))]])) as Array<{ id: string; settings: RuleSettings }>).map(
      (c) => [c.id, c.settings],
    ),
  );
  for (const r of rows) r.settings = settingsOf.get(r.cycle_id)!;
  const cadres = [...new Set(rows.flatMap((r) => (r.cadre_id ? [r.cadre_id] : [])))];
  const years = [...new Set(rows.map((r) => r.year))];
  const minYear = Math.min(...years);

  const penalties: Array<{ id: string; cadre_id: string; kind: PenaltyKind; year: number; tolerated: boolean }> = await m.query(
    `SELECT p.id, p.cadre_id, p.kind, extract(year FROM p.decided_on)::int AS year, p.tolerated FROM penalty p
      WHERE p.cadre_id = ANY($1::uuid[]) AND p.decided_on IS NOT NULL AND p.decided_on >= make_date($2 - 1, 1, 1) AND p.replaced_by IS NULL`,
    [cadres, minYear],
  );
  const negatives: Array<{ assessment_id: string; code: string; cleared: boolean }> = await m.query(
    `SELECT assessment_id, code, cleared FROM negative_finding WHERE assessment_id = ANY($1::uuid[])`,
    [ids],
  );
  const accusations: Array<{ id: string; cadre_id: string; concerns_year: number; negative_code: string | null; counts_against: boolean }> = await m.query(
    `SELECT id, cadre_id, concerns_year, negative_code, counts_against FROM accusation WHERE cadre_id = ANY($1::uuid[]) AND concerns_year = ANY($2::int[])`,
    [cadres, years],
  );
  const business = await loadBusinessInputs(m, ids);
  const periods: Array<StatusPeriod & { cadreId: string }> = await m.query(
    `SELECT cadre_id AS "cadreId", kind, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM cadre_status_period
      WHERE cadre_id = ANY($1::uuid[]) AND kind IN ('SICK_LEAVE', 'PERSONAL_LEAVE', 'PROBATION', 'INVESTIGATION')`,
    [cadres],
  );

  // Findings of supervision, inspection tours, audit, petitions and discipline, and consultations on veto items (server/corroboration).
  const corroboration = await loadCorroborationFacts(m, rows.map((r) => ({ id: r.id, settings: r.settings })));

  const byCadre = <T extends { cadre_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.cadre_id, [...(map.get(item.cadre_id) ?? []), item]);
    return map;
  };
  const penaltiesOf = byCadre(penalties);
  const accusationsOf = byCadre(accusations);
  const periodsOf = new Map<string, StatusPeriod[]>();
  for (const p of periods) periodsOf.set(p.cadreId, [...(periodsOf.get(p.cadreId) ?? []), p]);
  const negativesOf = new Map<string, NegativeFindingFact[]>();
  for (const n of negatives) negativesOf.set(n.assessment_id, [...(negativesOf.get(n.assessment_id) ?? []), { code: n.code, cleared: n.cleared }]);

  for (const r of rows) {
    const own = r.cadre_id ? periodsOf.get(r.cadre_id) ?? [] : [];
    const investigation = own.find((p) => p.kind === 'INVESTIGATION' && p.startsOn <= today && (p.endsOn === null || p.endsOn > today));
    // Probation in force on the day of the decision, or on the year's last day when deciding later.
    const probationDay = today < `${r.year}-12-31` ? today : `${r.year}-12-31`;
    const probation = own.some((p) => p.kind === 'PROBATION' && p.startsOn <= probationDay && (p.endsOn === null || probationDay <= p.endsOn));
    const leaveDays = leaveDaysWithin(own, `${r.year}-01-01`, `${r.year}-12-31`);
    // An overlay the status facts set (INVESTIGATION, LONG_LEAVE, PROBATION) is read from those facts as they are now; one set by hand stands as its fact.
    const byHand = !['INVESTIGATION', 'LONG_LEAVE', 'PROBATION'].includes(r.overlay_reason ?? '');
    const overlayUngraded = byHand && r.overlay === 'UNGRADED';
    const penaltyFacts: PenaltyFact[] = (r.cadre_id ? penaltiesOf.get(r.cadre_id) ?? [] : []).map((p) => ({ id: p.id, kind: p.kind, year: p.year, tolerated: p.tolerated }));
    const accusationFacts: AccusationFact[] = (r.cadre_id ? accusationsOf.get(r.cadre_id) ?? [] : [])
      .filter((a) => a.concerns_year === r.year)
      .map((a) => ({ id: a.id, code: a.negative_code, cleared: !a.counts_against }));
    const facts = cleanFacts(r.year, {
      score: r.score,
      politicalVeto: r.veto ?? false,
      politicalVetoRecordedOn: r.veto_on,
      refusedToTakePart: r.refused,
      politicalReview: r.rating,
      penalties: penaltyFacts,
      // An UNGRADED overlay set by hand stands for an investigation when no leave explains it.
      investigationOpen: investigation !== undefined || (overlayUngraded && leaveDays === 0),
      investigationOpenedOn: investigation?.startsOn ?? null,
      probation: probation || (byHand && r.overlay === 'COMMENT_ONLY'),
      leaveDays,
      negativeFindings: [...(negativesOf.get(r.id) ?? []), ...(corroboration.get(r.id)?.negativeFindings ?? [])],
      vetoItems: corroboration.get(r.id)?.vetoItems ?? [],
      openConsultations: corroboration.get(r.id)?.openConsultations ?? [],
      accusations: accusationFacts,
      regularScore: r.regular,
      poorQuarters: r.poor_quarters,
      developmentScore: r.kind === 'TEAM_ANNUAL' ? r.development : null,
      businessGateFailures: business.get(r.id)?.gateFailures ?? [],
    });
    const perLevel = r.settings.gates.quotaPerRankLevel && r.cadre_id !== null;
    result.set(r.id, {
      id: r.id,
      cycleId: r.cycle_id,
      kind: r.kind,
      year: r.year,
      settings: r.settings,
      scale: scaleOf(r),
      cadreId: r.cadre_id,
      organisationId: r.organisation_id,
      rankLevel: r.rank_level,
      orgKind: r.org_kind,
      overlay: r.overlay,
      finalGrade: r.final_grade,
      business: business.get(r.id),
      poolKey: quotaPoolKey({ subject: r.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'MEMBERS', organisationId: r.organisation_id, rankLevel: r.rank_level }, perLevel),
      facts,
    });
  }
  // The year's regular results, special results and term figures: the same facts for the engine and every binding check.
  await layKindFacts(m, result);
  return result;
}

/** The key of a pool across cycles: the cycle, the kind, the pool inside it. */
export const poolId = (s: Pick<DecisionSubject, 'cycleId' | 'kind' | 'poolKey'>) => `${s.cycleId}|${s.kind}|${s.poolKey}`;

/**
 * The quota pools of the given subjects, each member at its standing result
 * (`QuotaPoolMember`): the final result, else the committee's decision, else
 * the standing proposal (an EXCELLENT withdrawn by an upheld objection holds
 * no place), else UNGRADED or COMMENT_ONLY under an overlay, else UNGRADED
 * or COMMENT_ONLY when the member's own gates force it (a penalty of the year
 * too, as the engine counts its own run), else none yet.
 * A cancelled assessment is no member. One query for every pool asked.
 */
export async function loadQuotaPools(
  m: EntityManager,
  subjects: Iterable<DecisionSubject>,
  today: IsoDate,
  known: ReadonlyMap<string, DecisionSubject> = new Map(),
): Promise<Map<string, QuotaPool>> {
  const wanted = new Map<string, DecisionSubject>();
  for (const s of subjects) wanted.set(poolId(s), s);
  const pools = new Map<string, QuotaPool>();
  if (wanted.size === 0) return pools;
  const cycles = [...new Set([...wanted.values()].map((s) => s.cycleId))];
  // Only the pools asked are read, never the whole cycle: a members' pool lies inside one organisation (and rank level), so its members and
  // their team's assessment are those of the organisation (index assessment_pool_idx); a teams' pool is every team of the cycle.
  const memberSubjects = [...wanted.values()].filter((s) => s.kind !== 'TEAM_ANNUAL');
  const kinds = [...new Set(memberSubjects.map((s) => s.kind))];
  const organisations = [...new Set(memberSubjects.map((s) => s.organisationId))];
  const teamCycles = [...new Set([...wanted.values()].filter((s) => s.kind === 'TEAM_ANNUAL').map((s) => s.cycleId))];
  // A member can be forced to UNGRADED or COMMENT_ONLY by its gates only through a status period (investigation, leave, probation) or a penalty:
  // the facts of the others are never read (`may_be_forced`), which keeps a decision in a pool of 600 undecided members to a few rows.
  const members = await preparedQuery<{ id: string; cycle_id: string; kind: string; organisation_id: string; rank_level: string | null; cadre: boolean; result: string | null; may_be_forced: boolean }>(
    m,
    `SELECT a.id, a.cycle_id, a.kind, a.organisation_id, coalesce(a.rank_level, c.rank_level) AS rank_level, a.cadre_id IS NOT NULL AS cadre,
            a.cadre_id IS NOT NULL AND (
              EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = a.cadre_id AND p.kind IN ('SICK_LEAVE', 'PERSONAL_LEAVE', 'PROBATION', 'INVESTIGATION'))
              OR EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = a.cadre_id AND p.decided_on IS NOT NULL AND p.replaced_by IS NULL)) AS may_be_forced,
            coalesce(a.final_grade,
                     a.snapshot->'context'->'decision'->>'grade',
                     CASE WHEN coalesce((a.snapshot->'context'->>'excellentWithdrawn')::boolean, false) AND a.proposed_grade = 'EXCELLENT' THEN NULL ELSE a.proposed_grade END,
                     CASE WHEN a.overlay <> 'NONE' THEN a.overlay END) AS result
       FROM assessment a LEFT JOIN cadre c ON c.id = a.cadre_id
      WHERE a.cycle_id = ANY($1::uuid[]) AND a.state NOT IN ('cancelled')
        AND ((a.organisation_id = ANY($3::uuid[]) AND (a.kind = ANY($2::text[]) OR a.kind = 'TEAM_ANNUAL'))
             OR (a.kind = 'TEAM_ANNUAL' AND a.cycle_id = ANY($4::uuid[])))`,
    [cycles, kinds, organisations, teamCycles],
  );
  const raises = await preparedQuery<{ cycle_id: string; pool: 'TEAM' | 'MEMBERS'; organisation_id: string | null; rank_level: string | null }>(
    m,
    `SELECT cycle_id, pool, organisation_id, rank_level FROM quota_raise_approval WHERE cycle_id = ANY($1::uuid[])`,
    [cycles],
  );
  // A member with no result yet whose own gates force UNGRADED or COMMENT_ONLY (a penalty of the year, leave, an investigation…) is not graded either,
  // as the engine counts it: read from its facts (those already read are reused), so a pool is never larger for a decision than for the engine.
  const forcedOf = new Map<string, string>();
  const settingsOf = new Map([...wanted.values()].map((s) => [s.cycleId, s.settings]));
  const keyOf = (row: (typeof members)[number]) =>
    poolId({
      cycleId: row.cycle_id,
      kind: row.kind,
      poolKey: quotaPoolKey(
        { subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'MEMBERS', organisationId: row.organisation_id, rankLevel: row.rank_level },
        settingsOf.get(row.cycle_id)!.gates.quotaPerRankLevel && row.cadre,
      ),
    });
  // Only members of the pools asked about count: another pool's member is never read.
  const undecided = members.filter((row) => row.result === null && row.cadre && (row.may_be_forced || known.has(row.id)) && wanted.has(keyOf(row)));
  const missing = undecided.filter((row) => !known.has(row.id)).map((row) => row.id);
  const loaded = missing.length > 0 ? await loadGradeFacts(m, missing, today) : new Map<string, DecisionSubject>();
  for (const row of undecided) {
    const subject = known.get(row.id) ?? loaded.get(row.id);
    const forced = subject ? evaluateGates(subject.scale, subject.facts, subject.settings).forced?.result : undefined;
    if (forced === 'UNGRADED' || forced === 'COMMENT_ONLY') forcedOf.set(row.id, forced);
  }
  const grouped = new Map<string, QuotaPoolMember[]>();
  const teamGrade = new Map<string, string>();
  for (const row of members) {
    const key = keyOf(row);
    if (row.kind === 'TEAM_ANNUAL' && row.result !== null) teamGrade.set(`${row.cycle_id}|${row.organisation_id}`, row.result);
    if (!wanted.has(key)) continue;
    const member = { id: row.id, result: row.result ?? forcedOf.get(row.id) ?? null };
    const pool = grouped.get(key);
    if (pool) pool.push(member);
    else grouped.set(key, [member]);
  }
  for (const [key, s] of wanted) {
    const team = s.kind === 'TEAM_ANNUAL';
    const raiseApproved = raises.some(
      (r) =>
        r.cycle_id === s.cycleId &&
        (team ? r.pool === 'TEAM' : r.pool === 'MEMBERS' && r.organisation_id === s.organisationId && (r.rank_level === null || r.rank_level === s.rankLevel)),
    );
    pools.set(key, {
      subject: team ? 'TEAM' : 'MEMBERS',
      teamGrade: team ? null : teamGrade.get(`${s.cycleId}|${s.organisationId}`) ?? null,
      raiseApproved,
      members: grouped.get(key) ?? [],
    });
  }
  return pools;
}
