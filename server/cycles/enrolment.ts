import type { EntityManager } from 'typeorm';
import type { AssessmentKind } from '../assessments/assessment.entity.js';
import { AppError } from '../common/errors.js';
import type { AssessmentCycle } from './cycle.entity.js';

/**
 * Who a cycle may enrol, docs/domain.md §3 step 2: a serving cadre (在职) of
 * a unit that is not retired (撤销), and only when the
 * organisation department running the cycle (its assessing organisation) is
 * the cadre's managing jurisdiction (干部管理权限) or above it, and never a second time for the same kind and period (annual:
 * the year; term: the year's term assessment; regular: the quarter; special:
 * the year and task) while an earlier assessment stands (not cancelled). A
 * leadership team likewise: its managing jurisdiction is the highest of its
 * members'. The database holds the last word (unique indexes over cadre or
 * team, kind and period), so a race between two cycles enrols once.
 */

export const SKIP_REASONS = ['ALREADY_ENROLLED', 'OUTSIDE_MANAGING_JURISDICTION', 'NOT_SERVING', 'UNIT_RETIRED'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface EnrolmentSkip {
  cadreId: string | null;
  organisationId: string;
  kind: AssessmentKind;
  reason: SkipReason;
  existingCycleId: string | null;
  existingCycleName: string | null;
  existingAssessmentId: string | null;
  managingOrganisationId: string | null;
  managingOrganisationName: string | null;
}

export interface Candidate {
  id: string;
  organisationId: string;
  managingId: string;
  managingName: string;
  managingPath: string;
  existingId: string | null;
  existingCycleId: string | null;
  existingCycleName: string | null;
  /** The cadre's in-post status (SERVING for a team). */
  employmentStatus?: string;
  /** The unit was retired (撤销) on this day; null while it exists. */
  unitRetiredOn?: string | null;
}

/** The SQL period of the cycle, as the assessment rows store it (the trigger of migration ManagingJurisdiction). */
export const PERIOD = `assessment_period(y.kind, y.year, y.quarter, y.task)`;

/**
 * The cadres matched by `where` (over `c` cadre and `o` their unit), with their managing jurisdiction and the assessment they already have for the cycle's kind and period.
 * `skippedOnly` (the path of the organisation department running the cycle): only those skipOf would not enrol — retired unit, not serving,
 * managed above it, or assessed already for the period (in this cycle or another) — so that a bulk enrolment reads its few exceptions, not the province.
 */
export async function cadreCandidates(m: EntityManager, cycle: AssessmentCycle, kind: AssessmentKind, where: string, params: unknown[], skippedOnly: string | null = null): Promise<Candidate[]> {
  return m.query(
    `SELECT c.id, c.organisation_id AS "organisationId", mo.id AS "managingId", mo.name AS "managingName", mo.path AS "managingPath",
            c.employment_status AS "employmentStatus", o.retired_on::text AS "unitRetiredOn",
            ex.id AS "existingId", ex.cycle_id AS "existingCycleId", ex.name AS "existingCycleName"
       FROM cadre c JOIN organisation o ON o.id = c.organisation_id JOIN organisation mo ON mo.id = c.managing_organisation_id
       LEFT JOIN LATERAL (
         SELECT a.id, a.cycle_id, x.name FROM assessment a JOIN assessment_cycle x ON x.id = a.cycle_id
          WHERE a.cadre_id = c.id AND a.kind = $2 AND a.state <> 'cancelled'
            AND a.period = (SELECT ${PERIOD} FROM assessment_cycle y WHERE y.id = $1)
          ORDER BY a.cycle_id = $1 DESC LIMIT 1) ex ON true
      WHERE (${where})${skippedOnly === null ? '' : ` AND (ex.id IS NOT NULL OR NOT (${ENROLLABLE('c', 'o', 'mo', `$${3 + params.length}`)}))`}
      ORDER BY c.id`,
    [cycle.id, kind, ...params, ...(skippedOnly === null ? [] : [skippedOnly])],
  );
}

/**
 * What skipOf checks in SQL, but the assessment already held (checked apart): the unit not retired, the cadre serving, managed by the
 * organisation department running the cycle (path `assessing`, a parameter) or below it.
 */
export const ENROLLABLE = (c: string, o: string, mo: string, assessing: string) =>
  `${o}.retired_on IS NULL AND coalesce(nullif(${c}.employment_status, ''), 'SERVING') = 'SERVING' AND left(${mo}.path, length(${assessing}::text)) = ${assessing}::text`;

/**
 * The units (matched by `where` over `o`, not retired) with serving team
 * members (`cadre.team_member`), with the managing
 * jurisdiction of their leadership team — the highest one among its members'
 * (a city's team is the province's, as its secretary and mayor are) — and the
 * team assessment they already have.
 */
export async function teamCandidates(m: EntityManager, cycle: AssessmentCycle, where: string, params: unknown[]): Promise<Candidate[]> {
  return m.query(
    `SELECT o.id, o.id AS "organisationId", mo.id AS "managingId", mo.name AS "managingName", mo.path AS "managingPath",
            ex.id AS "existingId", ex.cycle_id AS "existingCycleId", ex.name AS "existingCycleName"
       FROM organisation o
       JOIN LATERAL (
         SELECT m2.id, m2.name, m2.path FROM cadre c JOIN organisation m2 ON m2.id = c.managing_organisation_id
          WHERE c.organisation_id = o.id AND c.team_member AND c.employment_status = 'SERVING'
          ORDER BY length(m2.path), m2.id LIMIT 1) mo ON true
       LEFT JOIN LATERAL (
         SELECT a.id, a.cycle_id, x.name FROM assessment a JOIN assessment_cycle x ON x.id = a.cycle_id
          WHERE a.organisation_id = o.id AND a.kind = 'TEAM_ANNUAL' AND a.state <> 'cancelled'
            AND a.period = (SELECT ${PERIOD} FROM assessment_cycle y WHERE y.id = $1)
          ORDER BY a.cycle_id = $1 DESC LIMIT 1) ex ON true
      WHERE o.retired_on IS NULL AND (${where})
      ORDER BY o.id`,
    [cycle.id, ...params],
  );
}

/**
 * Splits candidates into those to enrol and those skipped with their reason.
 * Candidates already in this very cycle are neither: enrolling a unit again
 * adds only its newcomers.
 */
export function sortCandidates(rule: EnrolmentRule, candidates: Candidate[], team: boolean): { eligible: Candidate[]; skipped: EnrolmentSkip[] } {
  const eligible: Candidate[] = [];
  const skipped: EnrolmentSkip[] = [];
  for (const c of candidates) {
    if (c.existingCycleId === rule.cycleId) continue;
    const skip = skipOf(rule, c, team);
    if (skip) skipped.push(skip);
    else eligible.push(c);
  }
  return { eligible, skipped };
}

/** What the rule needs of the cycle: itself, the path of the organisation department running it, the kind it creates. */
export interface EnrolmentRule {
  cycleId: string;
  assessingPath: string;
  kind: AssessmentKind;
}

export function skipOf(rule: EnrolmentRule, c: Candidate, team: boolean): EnrolmentSkip | null {
  const base = {
    cadreId: team ? null : c.id,
    organisationId: c.organisationId,
    kind: rule.kind,
    existingCycleId: null,
    existingCycleName: null,
    existingAssessmentId: null,
    managingOrganisationId: c.managingId,
    managingOrganisationName: c.managingName,
  };
  if (c.unitRetiredOn) return { ...base, reason: 'UNIT_RETIRED' };
  if (c.employmentStatus && c.employmentStatus !== 'SERVING') return { ...base, reason: 'NOT_SERVING' };
  if (!c.managingPath.startsWith(rule.assessingPath)) return { ...base, reason: 'OUTSIDE_MANAGING_JURISDICTION' };
  if (c.existingId) return { ...base, reason: 'ALREADY_ENROLLED', existingCycleId: c.existingCycleId, existingCycleName: c.existingCycleName, existingAssessmentId: c.existingId };
  return null;
}

/** The refusal of a single enrolment, in words and with the facts in extensions. */
export function refusal(skip: EnrolmentSkip): AppError {
  if (skip.reason === 'ALREADY_ENROLLED') {
    const where = skip.existingCycleName ? ` in the cycle “${skip.existingCycleName}”` : '';
    return new AppError('ALREADY_ENROLLED', `Already enrolled for this period${where}: one assessment per cadre, kind and period`, {
      cycleId: skip.existingCycleId,
      cycleName: skip.existingCycleName,
      assessmentId: skip.existingAssessmentId,
    });
  }
  if (skip.reason === 'NOT_SERVING') return new AppError('NOT_SERVING', 'The cadre has retired or left (在职状态): only serving cadres are enrolled', { cadreId: skip.cadreId });
  if (skip.reason === 'UNIT_RETIRED') return new AppError('UNIT_RETIRED', 'The cadre’s unit is retired (撤销): it takes no new enrolment', { organisationId: skip.organisationId });
  return new AppError('OUTSIDE_MANAGING_JURISDICTION', `Managed by ${skip.managingOrganisationName} (干部管理权限): only a cycle of that jurisdiction or above enrols them`, {
    managingOrganisationId: skip.managingOrganisationId,
    managingOrganisationName: skip.managingOrganisationName,
  });
}
