import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../workflows/cadre/status.js';
import { CORRECTION_PATH_SOURCES, decideGrade, verdictOf, type Decision, type DecisionPath, type GradeVerdict } from '../../workflows/decide/decide.js';
import type { PenaltyFact } from '../../workflows/decide/facts.js';
import type { CorrectionSource } from '../../workflows/cases/correction.js';
import type { QuotaPool } from '../../workflows/rules/quota.js';
import { AppError, notFound } from '../common/errors.js';
import { preparedQuery } from '../common/sql.js';
import { loadGradeFacts, loadQuotaPools, poolId, type DecisionSubject } from './grade-facts.js';

/**
 * The server's side of the one decision path: every way an annual grade is
 * set or changed (a proposal, the committee's approval or change, a
 * correction after a review, an appeal, an investigation or a
 * fault-tolerance decision) asks `decideFor` inside its own transaction,
 * with the facts and the pool read there, and sends the verdict with its
 * event; the machine's guard admits the event only with an allowing verdict
 * for that grade.
 */

export interface ProposedGrade {
  grade: string;
  path: DecisionPath;
  reason?: string | null;
  /** Correction paths: the final result in force. */
  current?: string | null;
}

/**
 * Facts the decision itself brings, not yet in the records it reads: a
 * penalty decided when an investigation closes counts for the year the
 * conduct belongs to.
 */
export interface DecisionExtras {
  extraPenalties?: readonly PenaltyFact[];
}

/** The facts and the pool of one assessment on `today`, with the decision's own extras laid over them. */
export async function decisionInputOf(m: EntityManager, assessmentId: string, today: IsoDate, extras: DecisionExtras = {}): Promise<{ subject: DecisionSubject; pool: QuotaPool }> {
  const subject = (await loadGradeFacts(m, [assessmentId], today)).get(assessmentId);
  if (!subject) throw notFound('Assessment');
  if (extras.extraPenalties?.length) subject.facts = { ...subject.facts, penalties: [...subject.facts.penalties, ...extras.extraPenalties] };
  // Counted: the decision only asks `quotaStanding`, so the members that cannot change the count come as a number, not as rows.
  const pool = (await loadQuotaPools(m, [subject], today, new Map([[subject.id, subject]]), { counted: true })).get(poolId(subject))!;
  return { subject, pool };
}

export async function decideFor(m: EntityManager, assessmentId: string, proposed: ProposedGrade, today: IsoDate, extras: DecisionExtras = {}): Promise<{ subject: DecisionSubject; decision: Decision }> {
  const { subject, pool } = await decisionInputOf(m, assessmentId, today, extras);
  const decision = decideGrade({ scale: subject.scale, assessmentId, facts: subject.facts, settings: subject.settings, quota: pool, proposed });
  return { subject, decision };
}

const describe = (facts: Record<string, unknown>) =>
  Object.entries(facts)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(', ');

/**
 * The coded error of a refused decision: QUOTA_EXCEEDED when the quota alone
 * refuses (with its used, allowed and graded, as before), GRADE_REFUSED
 * otherwise; both name the first gate in `rule` and every gate with its
 * facts in `refusals`, and what may be chosen instead.
 */
export function refusalError(decision: Extract<Decision, { ok: false }>, step: { state: string; event: string } | null = null): AppError {
  const refusals = decision.refusals.map((r) => ({ gate: r.gate, facts: r.facts }));
  const details = { rule: refusals[0]!.gate, refusals, grade: decision.proposed, path: decision.path, allowedGrades: decision.allowedGrades, advice: decision.advice };
  const text = decision.refusals.map((r) => `${r.gate}${Object.keys(r.facts).length ? ` (${describe(r.facts)})` : ''}`).join('; ');
  if (decision.refusals.every((r) => r.gate === 'NOT_ON_SCALE')) {
    // A grade of another scale is no grade here at all: the lifecycle refuses it, as it always has.
    return new AppError('INVALID_TRANSITION', `${decision.proposed} is not a grade of this scale: ${decision.allowedGrades.join(', ')}`, {
      ...details,
      ...(step ?? {}),
      allowedEvents: [],
    });
  }
  if (decision.refusals.some((r) => r.gate === 'CONSULTATION_PENDING')) {
    const open = decision.refusals.find((r) => r.gate === 'CONSULTATION_PENDING')!.facts.consultations as Array<{ item: string; department: string; dueOn: string }>;
    return new AppError(
      'CONSULTATION_PENDING',
      `No grade may be set while the competent department has not answered on a veto item: ${open.map((c) => `${c.item} (${c.department}, due ${c.dueOn})`).join('; ')}`,
      { ...details, consultations: open },
    );
  }
  if (decision.refusals.every((r) => r.gate === 'QUOTA')) {
    const q = decision.quota;
    return new AppError('QUOTA_EXCEEDED', `The excellent quota of this pool is used up: ${q.taken} of ${q.limit} (${q.percent}% of ${q.graded} graded)`, {
      ...details,
      used: q.taken,
      allowed: q.limit,
      graded: q.graded,
    });
  }
  return new AppError('GRADE_REFUSED', `${decision.proposed} is not allowed here: ${text}. Allowed: ${decision.allowedGrades.join(', ')}`, details);
}

/** The decision, refused with its coded error, or its verdict for the machine event. */
export async function verdictFor(
  m: EntityManager,
  assessmentId: string,
  proposed: ProposedGrade,
  today: IsoDate,
  extras: DecisionExtras = {},
  step: { state: string; event: string } | null = null,
): Promise<GradeVerdict> {
  const { decision } = await decideFor(m, assessmentId, proposed, today, extras);
  if (!decision.ok) throw refusalError(decision, step);
  return verdictOf(decision);
}

/**
 * Decides many assessments at once on `today`, set-based: their facts and
 * pools in one read each, then `proposedOf` names the grade each one is asked
 * about (or null to skip it).
 */
async function decideMany<Row extends { id: string }>(
  m: EntityManager,
  rows: readonly Row[],
  today: IsoDate,
  proposedOf: (row: Row) => ProposedGrade | null,
): Promise<Map<string, Decision>> {
  const decisions = new Map<string, Decision>();
  if (rows.length === 0) return decisions;
  const subjects = await loadGradeFacts(m, rows.map((r) => r.id), today);
  const pools = await loadQuotaPools(m, subjects.values(), today, subjects, { counted: true });
  for (const row of rows) {
    const subject = subjects.get(row.id);
    const proposed = proposedOf(row);
    if (!subject || proposed === null) continue;
    decisions.set(row.id, decideGrade({ scale: subject.scale, assessmentId: row.id, facts: subject.facts, settings: subject.settings, quota: pools.get(poolId(subject))!, proposed }));
  }
  return decisions;
}

/** The decision path of a correction's source (the inverse of CORRECTION_PATH_SOURCES). */
const pathOfCorrection = (source: CorrectionSource): DecisionPath | undefined =>
  (Object.keys(CORRECTION_PATH_SOURCES) as DecisionPath[]).find((p) => CORRECTION_PATH_SOURCES[p] === source);

/** What `noticeVerdicts` reads of each assessment: its final result, the committee's decision and a correction waiting for its notice. */
export interface NoticeRow {
  id: string;
  final_grade: string | null;
  decided: string | null;
  pending: { grade: string; reason: string; source: CorrectionSource } | null;
}

/** A `NoticeRow` from an assessment already read (the step's own row): its columns and snapshot as the read above takes them. */
export function noticeRowOf(row: { id: string; finalGrade: string | null; snapshot: { context: Record<string, unknown> } }): NoticeRow {
  const context = row.snapshot.context as { decision?: { grade?: unknown } | null; pendingCorrection?: NoticeRow['pending'] };
  const grade = context.decision?.grade;
  return {
    id: row.id,
    final_grade: row.finalGrade,
    decided: grade === undefined || grade === null ? null : typeof grade === 'string' ? grade : JSON.stringify(grade),
    pending: context.pendingCorrection ?? null,
  };
}

/**
 * What closing a public notice confirms, decided again on the day it closes,
 * for any number of assessments (the deadline job closes many at once): the
 * committee's EXCELLENT, or the correction to EXCELLENT waiting for its
 * notice. A fact recorded during the notice (a veto, a penalty, a finding,
 * an accusation) refuses it like any other path; the machine then sends the
 * decision back to the committee, or lets the waiting correction lapse.
 * Never throws: the verdict goes with the CLOSE_NOTICE event.
 */
export async function noticeVerdicts(m: EntityManager, ids: readonly string[], today: IsoDate, known?: readonly NoticeRow[]): Promise<Map<string, GradeVerdict>> {
  if (ids.length === 0) return new Map();
  const rows =
    known ??
    (await preparedQuery<NoticeRow>(
      m,
      `SELECT id, final_grade, snapshot->'context'->'decision'->>'grade' AS decided, snapshot->'context'->'pendingCorrection' AS pending
         FROM assessment WHERE id = ANY($1::uuid[])`,
      [ids],
    ));
  const decisions = await decideMany(m, rows, today, (row) => {
    const grade = row.pending?.grade ?? row.decided;
    if (grade === null) return null;
    const correctionPath = row.pending ? pathOfCorrection(row.pending.source) : undefined;
    return row.pending && correctionPath ? { grade, path: correctionPath, reason: row.pending.reason, current: row.final_grade } : { grade, path: 'COMMITTEE_APPROVAL' };
  });
  return new Map([...decisions].map(([id, decision]) => [id, verdictOf(decision)]));
}

/**
 * Whether the committee may approve each standing proposal today (the one
 * decision path, set-based): `availableActions` offers APPROVE_GRADE only
 * where the gates and the quota would take it now.
 */
export async function proposalApprovable(m: EntityManager, ids: readonly string[], today: IsoDate): Promise<Map<string, boolean>> {
  if (ids.length === 0) return new Map();
  const rows = await preparedQuery<{ id: string; proposed_grade: string | null }>(m, `SELECT id, proposed_grade FROM assessment WHERE id = ANY($1::uuid[])`, [ids]);
  const decisions = await decideMany(m, rows, today, (row) => (row.proposed_grade === null ? null : { grade: row.proposed_grade, path: 'COMMITTEE_APPROVAL' }));
  return new Map([...decisions].map(([id, decision]) => [id, decision.ok]));
}
