import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import { leaveDaysWithin, type IsoDate, type StatusPeriod } from '../../workflows/cadre/status.js';
import { evaluateGates } from '../../workflows/decide/gates.js';
import { cleanFacts, type AccusationFact, type DecisionScale, type GradeFacts, type PenaltyFact, type PoliticalReview } from '../../workflows/decide/facts.js';
import { quotaPoolKey, type QuotaPool, type QuotaPoolMember } from '../../workflows/rules/quota.js';
import type { PenaltyKind, RuleSettings } from '../../workflows/rules/settings.js';
import { corroborationFromRows, loadCorroborationFacts, type ConsultationRow, type FindingRow } from '../corroboration/corroboration-facts.js';
import { layKindFacts, SPECIAL_KEYS, type KindInputs, type KindRows } from './kinds-facts.js';
import { businessFromRows, loadBusinessInputs, type BusinessInputs, type BusinessRow } from '../business/business-inputs.js';

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
  penalties: PenaltyRow[] | null;
  negatives: Array<{ code: string; cleared: boolean }> | null;
  accusations: AccusationRow[] | null;
  periods: StatusPeriod[] | null;
  /** One assessment asked (a decision): the reads below come as JSON arrays of this same statement (NULL when none). */
  business_rows?: BusinessRow[] | null;
  findings?: FindingRow[] | null;
  consultations?: ConsultationRow[] | null;
  regulars?: KindRows['regulars'] | null;
  specials?: KindRows['specials'] | null;
  applied?: number | null;
}

interface PenaltyRow {
  id: string;
  kind: PenaltyKind;
  year: number;
  tolerated: boolean;
}

interface AccusationRow {
  id: string;
  negative_code: string | null;
  counts_against: boolean;
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
export async function loadGradeFacts(
  m: EntityManager,
  ids: readonly string[],
  today: IsoDate,
  options: {
    /**
     * False where the caller scores afresh and reads no gate's forced result off the score (a grading run, which lays its own composite
     * over the facts, and a pool's count of forced members): the stored composite and its special points are then not read for many
     * ids (facts.score stays null); one id reads them in its one statement anyway.
     */
    storedComposite?: boolean;
  } = {},
): Promise<Map<string, DecisionSubject>> {
  const result = new Map<string, DecisionSubject>();
  if (ids.length === 0) return result;
  const stored = options.storedComposite ?? true;
  // One statement for the subjects and their own facts: penalties, negative-list findings, accusations and status periods as JSON arrays per
  // row (NULL when none), the cycle's settings on the first row of each cycle only (parsed once per cycle, not with every row). One id is
  // asked as `= $1` (a decision), on its generic plan (below).
  const one = ids.length === 1;
  // A decision's statement takes the generic plan, always. Left to choose, PostgreSQL kept planning it afresh on every call (custom
  // plans: 838 plans in 838 calls in the lifecycle mix, 9.3 ms each, more than every other statement of the request together), and
  // its one parameter is the assessment's key, for which the generic plan is the custom one (it ran in 0.49 ms instead of 1.6 ms).
  // SET LOCAL lasts to the end of the decision's transaction, whose later statements already run on their cached generic plans.
  if (one && m.queryRunner?.isTransactionActive) await m.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
  // One id also reads, in the same statement, what the grading run reads set-based in statements of their own (business-inputs.ts,
  // corroboration-facts.ts, kinds-facts.ts): the business assessments with their results in force, the verified findings, the open and
  // answered consultations, the year's regular and special results, and the stored composite's special points — the same rows in the same order.
  const rows = await preparedQuery<SubjectRow>(
    m,
    `SELECT x.*,${one ? ONE_SUBJECT_READS : ''}
            (SELECT json_agg(json_build_object('id', p.id, 'kind', p.kind, 'year', extract(year FROM p.decided_on)::int, 'tolerated', p.tolerated) ORDER BY p.decided_on, p.id)
               FROM penalty p
              WHERE p.cadre_id = x.cadre_id AND p.decided_on IS NOT NULL AND p.decided_on >= make_date(x.min_year - 1, 1, 1) AND p.replaced_by IS NULL) AS penalties,
            (SELECT json_agg(json_build_object('code', n.code, 'cleared', n.cleared) ORDER BY n.id) FROM negative_finding n WHERE n.assessment_id = x.id) AS negatives,
            (SELECT json_agg(json_build_object('id', ac.id, 'negative_code', ac.negative_code, 'counts_against', ac.counts_against) ORDER BY ac.id)
               FROM accusation ac WHERE ac.cadre_id = x.cadre_id AND ac.concerns_year = x.year) AS accusations,
            (SELECT json_agg(json_build_object('kind', sp.kind, 'startsOn', sp.starts_on::text, 'endsOn', sp.ends_on::text) ORDER BY sp.starts_on, sp.id)
               FROM cadre_status_period sp WHERE sp.cadre_id = x.cadre_id AND sp.kind IN ('SICK_LEAVE', 'PERSONAL_LEAVE', 'PROBATION', 'INVESTIGATION')) AS periods,
            CASE WHEN x.first_of_cycle = 1 THEN (SELECT cs.settings FROM assessment_cycle cs WHERE cs.id = x.cycle_id) END AS settings
       FROM (
         SELECT a.id, a.cycle_id, a.kind, cy.year, a.scale, a.cadre_id, a.organisation_id,
                coalesce(a.rank_level, (SELECT c.rank_level FROM cadre c WHERE c.id = a.cadre_id)) AS rank_level,
                o.kind AS org_kind, a.overlay, a.overlay_reason, a.final_grade, a.refused,
                ${stored || one ? '(SELECT g.score::float8 FROM grading_result g WHERE g.assessment_id = a.id ORDER BY g.version DESC LIMIT 1)' : 'NULL::float8'} AS score,
                pr.rating, pr.veto, CASE WHEN pr.veto THEN (pr.recorded_at AT TIME ZONE 'Asia/Shanghai')::date::text END AS veto_on,
                r.regular, coalesce(r.poor_quarters, 0)::int AS poor_quarters,
                -- A team's only (a cadre's facts carry none): the two probes are not made for the members, most of a cycle.
                CASE WHEN a.kind = 'TEAM_ANNUAL' THEN
                  coalesce((SELECT ir.score::float8 FROM indicator_rollup ir WHERE ir.assessment_id = a.id AND ir.level = 'COMPONENT' AND ir.key = 'DEVELOPMENT' LIMIT 1),
                           (SELECT s.value::float8 FROM score_input s WHERE s.assessment_id = a.id AND s.component = 'DEVELOPMENT')) END AS development,
                min(cy.year) OVER () AS min_year,
                row_number() OVER (PARTITION BY a.cycle_id) AS first_of_cycle
           -- The snapshot's three figures taken out first (OFFSET 0 keeps it so): the joins, the sort and the windows then carry narrow rows,
           -- not every assessment's snapshot.
           FROM (
             SELECT a.id, a.cycle_id, a.kind, a.cadre_id, a.organisation_id, a.rank_level, a.overlay, a.final_grade,
                    a.snapshot->'context'->>'scale' AS scale, a.snapshot->'context'->>'overlayReason' AS overlay_reason,
                    coalesce((a.snapshot->'context'->'selfReport'->>'refused')::boolean, false) AS refused
               FROM assessment a
              WHERE ${one ? 'a.id = $1::uuid' : 'a.id = ANY($1::uuid[])'}
             OFFSET 0
           ) a
           JOIN assessment_cycle cy ON cy.id = a.cycle_id
           JOIN organisation o ON o.id = a.organisation_id
           -- The cadre's rank level (above) and the political review are probes per subject, not joins: for a batch of 2,500 PostgreSQL
           -- hashed the whole cadre table once per batch (a run's cost then grew with the province's cadres times its batches).
           LEFT JOIN LATERAL (SELECT pr.rating, pr.veto, pr.recorded_at FROM political_review pr WHERE pr.assessment_id = a.id OFFSET 0) pr ON true
           LEFT JOIN LATERAL (
             SELECT avg((ra.snapshot->'context'->>'score')::numeric)::float8 AS regular,
                    count(*) FILTER (WHERE ra.final_grade IN ('AVERAGE', 'POOR')) AS poor_quarters
               FROM assessment ra JOIN assessment_cycle rc ON rc.id = ra.cycle_id
              WHERE ra.cadre_id = a.cadre_id AND ra.kind = 'REGULAR' AND rc.year = cy.year AND ra.final_grade IS NOT NULL
           ) r ON a.cadre_id IS NOT NULL
       ) x`,
    [one ? ids[0] : ids],
  );
  if (rows.length === 0) return result;
  const settingsOf = new Map(rows.flatMap((r) => (r.settings ? [[r.cycle_id, r.settings] as const] : [])));
  for (const r of rows) r.settings = settingsOf.get(r.cycle_id)!;
  const business = one ? businessFromRows(rows[0]!.business_rows ?? []) : await loadBusinessInputs(m, ids);

  // Findings of supervision, inspection tours, audit, petitions and discipline, and consultations on veto items (server/corroboration).
  const corroborated = rows.map((r) => ({ id: r.id, settings: r.settings }));
  const corroboration = one
    ? corroborationFromRows(corroborated, rows[0]!.findings ?? [], rows[0]!.consultations ?? [])
    : await loadCorroborationFacts(m, corroborated);

  for (const r of rows) {
    const own = r.cadre_id ? r.periods ?? [] : [];
    const investigation = own.find((p) => p.kind === 'INVESTIGATION' && p.startsOn <= today && (p.endsOn === null || p.endsOn > today));
    // Probation in force on the day of the decision, or on the year's last day when deciding later.
    const probationDay = today < `${r.year}-12-31` ? today : `${r.year}-12-31`;
    const probation = own.some((p) => p.kind === 'PROBATION' && p.startsOn <= probationDay && (p.endsOn === null || probationDay <= p.endsOn));
    const leaveDays = leaveDaysWithin(own, `${r.year}-01-01`, `${r.year}-12-31`);
    // An overlay the status facts set (INVESTIGATION, LONG_LEAVE, PROBATION) is read from those facts as they are now; one set by hand stands as its fact.
    const byHand = !['INVESTIGATION', 'LONG_LEAVE', 'PROBATION'].includes(r.overlay_reason ?? '');
    const overlayUngraded = byHand && r.overlay === 'UNGRADED';
    const penaltyFacts: PenaltyFact[] = (r.penalties ?? []).map((p) => ({ id: p.id, kind: p.kind, year: p.year, tolerated: p.tolerated }));
    const accusationFacts: AccusationFact[] = (r.accusations ?? []).map((a) => ({ id: a.id, code: a.negative_code, cleared: !a.counts_against }));
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
      negativeFindings: [...(r.negatives ?? []), ...(corroboration.get(r.id)?.negativeFindings ?? [])],
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
  const first = rows[0]!;
  await layKindFacts(
    m,
    result,
    one
      ? { regulars: first.regulars ?? [], specials: first.specials ?? [], stored: first.score === null ? [] : [{ assessmentId: first.id, score: first.score, applied: first.applied ?? 0 }] }
      : stored
        ? undefined
        : { stored: [] },
  );
  return result;
}

/**
 * The reads of one subject `x` (a decision) as columns of the facts statement, each the rows its own statement gives the grading run
 * (business-inputs.ts, corroboration-facts.ts, kinds-facts.ts), in that statement's order; the stored composite's score is `x.score`.
 */
const ONE_SUBJECT_READS = `
            (SELECT json_agg(json_build_object('assessment_id', x.id, 'name', ba.name, 'mode', ba.mode, 'weight', ba.weight::float8, 'score', br.score::float8,
                                               'passed', br.passed) ORDER BY ba.declared_at, ba.name)
               FROM business_assessment ba
               LEFT JOIN LATERAL (
                 SELECT b.score, b.passed FROM business_result b WHERE b.business_assessment_id = ba.id AND b.organisation_id = x.organisation_id ORDER BY b.version DESC LIMIT 1
               ) br ON true
              WHERE ba.cycle_id = x.cycle_id AND x.org_kind = ANY(ba.org_kinds)
                AND ((x.kind = 'TEAM_ANNUAL' AND ba.covers_teams) OR (x.kind <> 'TEAM_ANNUAL' AND x.cadre_id IS NOT NULL AND ba.covers_cadres))) AS business_rows,
            (SELECT json_agg(json_build_object('assessment_id', f.assessment_id, 'source', f.source, 'finding_type', f.finding_type, 'document_ref', f.document_ref)
                             ORDER BY f.found_on, f.id)
               FROM corroborating_finding f WHERE f.assessment_id = x.id AND f.state = 'VERIFIED') AS findings,
            (SELECT json_agg(json_build_object('id', v.id, 'assessment_id', v.assessment_id, 'veto_item', v.veto_item, 'department', v.department, 'due_on', v.due_on::text,
                                               'state', v.state, 'applies', v.applies) ORDER BY v.requested_at, v.id)
               FROM veto_consultation v WHERE v.assessment_id = x.id AND v.state IN ('REQUESTED', 'ANSWERED')) AS consultations,
            (SELECT json_agg(json_build_object('cadreId', ra.cadre_id, 'cycleName', rc.name, 'quarter', rc.quarter, 'year', rc.year, 'grade', ra.final_grade,
                                               'score', (ra.snapshot->'context'->>'score')::float8, 'organisationId', rc2.organisation_id, 'teamMember', rc2.team_member)
                             ORDER BY ra.cadre_id, rc.quarter, rc.id)
               FROM (SELECT x.cadre_id AS id WHERE x.cadre_id IS NOT NULL
                     UNION SELECT tm.id FROM cadre tm WHERE x.kind = 'TEAM_ANNUAL' AND tm.team_member AND tm.organisation_id = x.organisation_id) who
               -- Each cadre's own assessments (assessment_cadre_idx; OFFSET 0 keeps it so), never every assessment of the year's cycles by cycle.
               JOIN LATERAL (SELECT ra.cadre_id, ra.cycle_id, ra.final_grade, ra.snapshot FROM assessment ra
                              WHERE ra.cadre_id = who.id AND ra.kind = 'REGULAR' AND ra.final_grade IS NOT NULL OFFSET 0) ra ON true
               JOIN assessment_cycle rc ON rc.id = ra.cycle_id AND rc.year = x.year
               JOIN cadre rc2 ON rc2.id = ra.cadre_id) AS regulars,
            (SELECT json_agg(json_build_object('cadreId', sa.cadre_id, 'year', sc.year, 'cycleId', sc.id, 'task', coalesce(sc.task, sc.name), 'grade', sa.final_grade,
                                               'mode', sr.mode, 'threshold', sr.threshold, 'points', sr.points::float8, 'gateEffect', sr.gate_effect)
                             ORDER BY sr.points DESC NULLS LAST, sc.created_at, sc.id)
               FROM assessment sa JOIN assessment_cycle sc ON sc.id = sa.cycle_id JOIN special_rule sr ON sr.cycle_id = sc.id
              WHERE x.cadre_id IS NOT NULL AND sa.kind = 'SPECIAL' AND sa.final_grade IS NOT NULL AND sa.cadre_id = x.cadre_id AND sc.year = x.year) AS specials,
            (SELECT coalesce((SELECT sum((p->>'contribution')::float8) FROM jsonb_array_elements(g.components) p WHERE p->>'key' IN (${SPECIAL_KEYS.map((k) => `'${k}'`).join(', ')})), 0)::float8
               FROM grading_result g WHERE g.assessment_id = x.id ORDER BY g.version DESC LIMIT 1) AS applied,`;

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
 *
 * The standing result is the generated column `assessment.standing_result`
 * (migration StandingResult), so no member's snapshot is read. With
 * `counted` (a decision: only `quotaStanding` reads the pool), PostgreSQL
 * lists only the members that can change the count — those at EXCELLENT, the
 * teams with a result (the tilt), the subjects in `known`, and the undecided
 * members a status period or a penalty may force — and counts the others per
 * pool (`unlistedGraded`: each graded, none EXCELLENT). Without it (the
 * grading run, which lays the pool's other members beside its own) every
 * member is listed.
 */
export async function loadQuotaPools(
  m: EntityManager,
  subjects: Iterable<DecisionSubject>,
  today: IsoDate,
  known: ReadonlyMap<string, DecisionSubject> = new Map(),
  options: { counted?: boolean } = {},
): Promise<Map<string, QuotaPool>> {
  const wanted = new Map<string, DecisionSubject>();
  for (const s of subjects) wanted.set(poolId(s), s);
  const pools = new Map<string, QuotaPool>();
  if (wanted.size === 0) return pools;
  const counted = options.counted ?? false;
  const cycles = [...new Set([...wanted.values()].map((s) => s.cycleId))];
  // Only the pools asked are read, never the whole cycle: a members' pool lies inside one organisation (and rank level), so its members and
  // their team's assessment are those of the organisation (index assessment_pool_idx); a teams' pool is every team of the cycle.
  const memberSubjects = [...wanted.values()].filter((s) => s.kind !== 'TEAM_ANNUAL');
  const kinds = [...new Set(memberSubjects.map((s) => s.kind))];
  const organisations = [...new Set(memberSubjects.map((s) => s.organisationId))];
  const teamCycles = [...new Set([...wanted.values()].filter((s) => s.kind === 'TEAM_ANNUAL').map((s) => s.cycleId))];
  // One pool asked (a decision) is read with plain parameters: its generic plan costs what a custom one does, so it is planned once per connection.
  let where: string;
  let params: unknown[];
  const single = cycles.length === 1 && ((memberSubjects.length === 1 && teamCycles.length === 0) || memberSubjects.length === 0);
  if (single && memberSubjects.length === 1) {
    where = `a.cycle_id = $1::uuid AND a.organisation_id = $2::uuid AND (a.kind = $3 OR a.kind = 'TEAM_ANNUAL')`;
    params = [cycles[0], organisations[0], kinds[0]];
  } else if (single) {
    where = `a.cycle_id = $1::uuid AND a.kind = 'TEAM_ANNUAL'`;
    params = [cycles[0]];
  } else {
    where = `a.cycle_id = ANY($1::uuid[])
        AND ((a.organisation_id = ANY($2::uuid[]) AND (a.kind = ANY($3::text[]) OR a.kind = 'TEAM_ANNUAL'))
             OR (a.kind = 'TEAM_ANNUAL' AND a.cycle_id = ANY($4::uuid[])))`;
    params = [cycles, organisations, kinds, teamCycles];
  }
  const n = params.length;
  // A member can be forced to UNGRADED or COMMENT_ONLY by its gates only through a status period (investigation, leave, probation) or a penalty:
  // the facts of the others are never read (`may_be_forced`, asked only of members with no result), which keeps a decision in a pool of 600
  // undecided members to a few rows. The raises recorded for the cycles come in the same statement (`what` = 'raise').
  const rows = await preparedQuery<{
    what: 'member' | 'count' | 'raise';
    id: string | null;
    cycle_id: string;
    kind: string;
    organisation_id: string | null;
    rank_level: string | null;
    cadre: boolean;
    result: string | null;
    may_be_forced: boolean;
    graded: number;
  }>(
    m,
    `WITH pool AS MATERIALIZED (
       SELECT a.id, a.cycle_id, a.kind, a.organisation_id, coalesce(a.rank_level, (SELECT c.rank_level FROM cadre c WHERE c.id = a.cadre_id)) AS rank_level,
              a.cadre_id IS NOT NULL AS cadre,
              a.standing_result AS result,
              a.standing_result IS NULL AND a.cadre_id IS NOT NULL AND (
                EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = a.cadre_id AND p.kind IN ('SICK_LEAVE', 'PERSONAL_LEAVE', 'PROBATION', 'INVESTIGATION'))
                OR EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = a.cadre_id AND p.decided_on IS NOT NULL AND p.replaced_by IS NULL)) AS may_be_forced
         FROM assessment a
        WHERE ${where} AND a.state NOT IN ('cancelled')
     ), listed AS (
       SELECT *, NOT $${n + 2}::boolean OR may_be_forced OR result IS NOT DISTINCT FROM 'EXCELLENT' OR id = ANY($${n + 1}::uuid[])
                 OR (kind = 'TEAM_ANNUAL' AND result IS NOT NULL) AS named
         FROM pool
     )
     SELECT 'member' AS what, id, cycle_id, kind, organisation_id, rank_level, cadre, result, may_be_forced, 1 AS graded FROM listed WHERE named
     UNION ALL
     SELECT 'count', NULL, cycle_id, kind, organisation_id, rank_level, cadre, NULL, false, count(*)::int FROM listed
      WHERE NOT named AND (result IS NULL OR result NOT IN ('UNGRADED', 'COMMENT_ONLY'))
      GROUP BY cycle_id, kind, organisation_id, rank_level, cadre
     UNION ALL
     SELECT 'raise', NULL, cycle_id, pool, organisation_id, rank_level, false, NULL, false, 0 FROM quota_raise_approval
      WHERE ${single ? 'cycle_id = $1::uuid' : 'cycle_id = ANY($1::uuid[])'}`,
    [...params, [...known.keys()], counted],
  );
  const members = rows.filter((r) => r.what !== 'raise');
  const raises = rows.filter((r) => r.what === 'raise').map((r) => ({ cycle_id: r.cycle_id, pool: r.kind as 'TEAM' | 'MEMBERS', organisation_id: r.organisation_id, rank_level: r.rank_level }));
  // A member with no result yet whose own gates force UNGRADED or COMMENT_ONLY (a penalty of the year, leave, an investigation…) is not graded either,
  // as the engine counts it: read from its facts (those already read are reused), so a pool is never larger for a decision than for the engine.
  const forcedOf = new Map<string, string>();
  const settingsOf = new Map([...wanted.values()].map((s) => [s.cycleId, s.settings]));
  const keyOf = (row: (typeof members)[number]) =>
    poolId({
      cycleId: row.cycle_id,
      kind: row.kind,
      poolKey: quotaPoolKey(
        { subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'MEMBERS', organisationId: row.organisation_id!, rankLevel: row.rank_level },
        settingsOf.get(row.cycle_id)!.gates.quotaPerRankLevel && row.cadre,
      ),
    });
  // Only members of the pools asked about count: another pool's member is never read.
  const undecided = members.filter((row) => row.what === 'member' && row.result === null && row.cadre && (row.may_be_forced || known.has(row.id!)) && wanted.has(keyOf(row)));
  const missing = undecided.filter((row) => !known.has(row.id!)).map((row) => row.id!);
  const loaded = missing.length > 0 ? await loadGradeFacts(m, missing, today, { storedComposite: false }) : new Map<string, DecisionSubject>();
  for (const row of undecided) {
    const subject = known.get(row.id!) ?? loaded.get(row.id!);
    const forced = subject ? evaluateGates(subject.scale, subject.facts, subject.settings).forced?.result : undefined;
    if (forced === 'UNGRADED' || forced === 'COMMENT_ONLY') forcedOf.set(row.id!, forced);
  }
  const grouped = new Map<string, QuotaPoolMember[]>();
  const unlisted = new Map<string, number>();
  const teamGrade = new Map<string, string>();
  for (const row of members) {
    const key = keyOf(row);
    if (row.what === 'member' && row.kind === 'TEAM_ANNUAL' && row.result !== null) teamGrade.set(`${row.cycle_id}|${row.organisation_id}`, row.result);
    if (!wanted.has(key)) continue;
    if (row.what === 'count') {
      unlisted.set(key, (unlisted.get(key) ?? 0) + row.graded);
      continue;
    }
    const member = { id: row.id!, result: row.result ?? forcedOf.get(row.id!) ?? null };
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
      ...(counted ? { unlistedGraded: unlisted.get(key) ?? 0 } : {}),
    });
  }
  return pools;
}
