import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import { flattenStateValue } from '../../workflows/lifecycle.js';
import { MACHINES, type MachineSpec } from '../../workflows/registry.js';
import type { StatusPeriod } from '../../workflows/cadre/status.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import { OUTCOME_CHOICES, TRAINING_KINDS, type OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { planOutcomes, reconcile, type BlockedOutcome, type OutcomePlan, type ProposedOutcome, type Subject, type YearResult } from '../../workflows/outcomes/rules.js';
import { DEFAULT_RULE_SETTINGS, mergeSettings, type RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { persist, type InstanceRow, type MachineEvent, type TransitionActor } from '../workflow/transition.js';

/** Whose outcomes: one cadre, or one unit's leadership team. */
export interface OutcomeSubject {
  subject: Subject;
  cadreId: string | null;
  organisationId: string;
}

/** A year's final result as the outcomes need it. */
export interface ResultRow {
  assessmentId: string;
  cycleId: string;
  year: number;
  grade: string;
  organisationId: string;
  orgPath: string;
  settings: RuleSettings;
}

/** A cycle pins the complete settings it started with; sections added since come from the defaults. */
export function cycleSettings(pinned: unknown): RuleSettings {
  return mergeSettings(DEFAULT_RULE_SETTINGS, pinned) as RuleSettings;
}

type ResultSqlRow = { id: string; cycle_id: string; year: number; final_grade: string; organisation_id: string; org_path: string; settings: unknown };

/** The statement of `loadResults` (its one parameter `$1`: the cadre, or the team's organisation). */
const resultsSql = (who: OutcomeSubject) =>
  `SELECT DISTINCT ON (c.year) a.id, a.cycle_id, c.year, a.final_grade, a.organisation_id, a.org_path, c.settings
       FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
      WHERE a.machine_id = 'annualAssessment' AND c.kind = 'ANNUAL' AND c.state <> 'cancelled' AND a.final_grade IS NOT NULL
        AND ${who.subject === 'CADRE' ? `a.kind = 'CADRE_ANNUAL' AND a.cadre_id = $1` : `a.kind = 'TEAM_ANNUAL' AND a.organisation_id = $1`}
      ORDER BY c.year, a.updated_at DESC`;

/** The final annual results of a subject, one per year (a year assessed twice: the later decision). */
export async function loadResults(m: EntityManager, who: OutcomeSubject): Promise<ResultRow[]> {
  const rows = await preparedQuery<ResultSqlRow>(m, resultsSql(who), [who.subject === 'CADRE' ? who.cadreId : who.organisationId]);
  return resultRows(rows);
}

function resultRows(rows: readonly ResultSqlRow[]): ResultRow[] {
  return rows.map((r) => ({
    assessmentId: r.id,
    cycleId: r.cycle_id,
    year: r.year,
    grade: r.final_grade,
    organisationId: r.organisation_id,
    orgPath: r.org_path,
    settings: cycleSettings(r.settings),
  }));
}

export async function loadStatusPeriods(m: EntityManager, cadreId: string | null): Promise<StatusPeriod[]> {
  if (!cadreId) return [];
  return m.query(
    `SELECT kind, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM cadre_status_period WHERE cadre_id = $1 ORDER BY starts_on`,
    [cadreId],
  );
}

type ExistingTask = InstanceRow & { kind: OutcomeKind; year: number };

/**
 * What a reconciliation reads once it holds the subject's lock, in one statement: the subject's results (`loadResults`), the cadre's
 * status periods (`loadStatusPeriods`) and its tasks from `fromYear` on, locked (FOR UPDATE), each as a JSON array in its own order.
 * One statement, so one snapshot, taken after the lock as the three statements' were.
 */
async function loadReconcileInputs(m: EntityManager, who: OutcomeSubject, fromYear: number): Promise<{ results: ResultRow[]; periods: StatusPeriod[]; existing: ExistingTask[] }> {
  const [row] = await preparedQuery<{ results: ResultSqlRow[] | null; periods: StatusPeriod[] | null; existing: ExistingTask[] | null }>(
    m,
    `WITH existing AS (
       SELECT id, kind, year, state, snapshot, version, machine_id, org_path, created_at FROM outcome_task
        WHERE ${who.subject === 'CADRE' ? `cadre_id = $1` : `subject = 'TEAM' AND organisation_id = $1`} AND year >= $2 AND state <> 'cancelled'
        ORDER BY year, created_at FOR UPDATE
     ), results AS (${resultsSql(who)})
     SELECT (SELECT json_agg(json_build_object('id', r.id, 'cycle_id', r.cycle_id, 'year', r.year, 'final_grade', r.final_grade, 'organisation_id', r.organisation_id,
                                               'org_path', r.org_path, 'settings', r.settings) ORDER BY r.year) FROM results r) AS results,
            ${
              who.cadreId
                ? `(SELECT json_agg(json_build_object('kind', p.kind, 'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD')) ORDER BY p.starts_on)
               FROM cadre_status_period p WHERE p.cadre_id = $3)`
                : `NULL::json`
            } AS periods,
            (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'year', e.year, 'state', e.state, 'snapshot', e.snapshot, 'version', e.version,
                                               'machine_id', e.machine_id, 'org_path', e.org_path) ORDER BY e.year, e.created_at) FROM existing e) AS existing`,
    [who.subject === 'CADRE' ? who.cadreId : who.organisationId, fromYear, ...(who.cadreId ? [who.cadreId] : [])],
  );
  return { results: resultRows(row?.results ?? []), periods: row?.periods ?? [], existing: row?.existing ?? [] };
}

/** The key of a subject's reconciliation lock (reconcile-many.ts takes the same). */
export const outcomesLockKey = (who: OutcomeSubject) => `outcomes:${who.subject}:${who.cadreId ?? who.organisationId}`;

/** Each year's plan, with the settings its own cycle pinned. */
export function plansFor(who: OutcomeSubject, results: ResultRow[], fromYear: number, periods: StatusPeriod[], today: string): OutcomePlan[] {
  const history: YearResult[] = results.map((r) => ({ year: r.year, grade: r.grade }));
  return results
    .filter((r) => r.year >= fromYear)
    .map((r) => planOutcomes({ subject: who.subject, results: history, year: r.year, settings: r.settings, statusPeriods: periods, today }));
}

/** Which machine runs a task of `kind`: training has its own; the heavy kinds the committee approves. */
export function specFor(kind: OutcomeKind, settings: RuleSettings): MachineSpec {
  if (TRAINING_KINDS.includes(kind)) return MACHINES.remedialTraining;
  return settings.outcomes.committeeApprovedKinds.includes(kind) ? MACHINES.committeeOutcomeTask : MACHINES.outcomeTask;
}

/** Days for the step an outcome task is in when approved: its own deadline for improvement and rectification. */
export function carryOutDays(kind: string, settings: RuleSettings): number {
  if (kind === 'IMPROVEMENT_DEADLINE') return settings.results.improvementDeadlineDays;
  if (kind === 'RECTIFICATION') return settings.outcomes.rectificationDays;
  return settings.outcomes.carryOutDays;
}

export const OUTCOME_COLUMNS = [
  { name: 'due_at', type: 'timestamptz' },
  { name: 'due_event', type: 'text' },
];

/** The next deadline of a task: the last day of the step (inclusive) ends at the next Beijing midnight. */
export function deriveOutcomeColumns(next: AnyMachineSnapshot, state: string): Record<string, unknown> {
  const dueOn = (next.context as { dueOn?: string | null }).dueOn ?? null;
  const running = state.endsWith('.inTime') && dueOn !== null;
  return { due_at: running ? chinaMidnight(addDays(dueOn, 1)).toISOString() : null, due_event: running ? 'MARK_OVERDUE' : null };
}

export interface ReconcileCause {
  kind: 'DECIDED' | 'CORRECTED';
  /** The result that was decided or corrected. */
  assessmentId: string;
  previousGrade: string | null;
  grade: string | null;
  reason: string | null;
  /** Who decided or corrected it (the tasks themselves are proposed and cancelled by the system). */
  by: TransitionActor;
}

export interface ReconcileReport {
  proposed: string[];
  cancelled: string[];
  blocked: BlockedOutcome[];
}

const SYSTEM: TransitionActor = { userId: null, role: 'SYSTEM' };

/** A task's transition through the workflow engine, inside the caller's transaction (OutcomeService.transitionTask). */
export type TaskTransition = (m: EntityManager, taskId: string, event: MachineEvent, actor: TransitionActor, auditPayload: Record<string, unknown>) => Promise<unknown>;

/**
 * Brings a subject's outcome tasks in line with its final results from
 * `fromYear` on, inside the caller's transaction: tasks no longer justified
 * (and not yet verified) are cancelled with the correction as their cause;
 * newly justified ones are proposed. Proposing twice is a no-op. For the
 * results application listener and any module that changes a final result
 * (review, appeal, fault tolerance). Cancellations run through the engine (`transition`).
 */
export async function reconcileOutcomes(
  m: EntityManager,
  who: OutcomeSubject,
  fromYear: number,
  at: string,
  cause: ReconcileCause,
  transition: TaskTransition,
  options: { locked?: boolean } = {},
): Promise<ReconcileReport> {
  // One reconciliation per subject at a time: concurrent decisions of two years see each other's tasks (`locked`: the caller took the lock
  // in a statement of its own, before this one's reads).
  if (!options.locked) await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [outcomesLockKey(who)]);
  const today = chinaDay(new Date(at));
  const { results, periods, existing } = await loadReconcileInputs(m, who, fromYear);
  const plans = plansFor(who, results, fromYear, periods, today);
  const plan = reconcile(
    existing.map((e) => ({ id: e.id, kind: e.kind, year: e.year, final: e.state === 'verified' })),
    plans,
  );
  const report: ReconcileReport = { proposed: [], cancelled: [], blocked: plans.flatMap((p) => p.blocked) };
  const byYear = new Map(results.map((r) => [r.year, r]));

  for (const task of plan.cancel) {
    const row = existing.find((e) => e.id === task.id)!;
    const grade = byYear.get(task.year)?.grade ?? null;
    const reason =
      cause.kind === 'CORRECTED'
        ? `结果更正: the result was corrected from ${cause.previousGrade ?? '—'} to ${cause.grade ?? '—'}${cause.reason ? ` (${cause.reason})` : ''}; ${task.kind} for ${task.year} is no longer justified (${task.year}: ${grade ?? 'no result'})`
        : `${task.kind} for ${task.year} is no longer justified after the decision on ${cause.assessmentId}`;
    await transition(m, row.id, { type: 'CANCEL', reason, cause: { ...cause, by: { ...cause.by } }, at }, SYSTEM, { triggeredBy: cause.by });
    report.cancelled.push(task.id);
  }
  for (const proposal of plan.propose) {
    const id = await proposeTask(m, who, byYear.get(proposal.year)!, proposal, plans.find((p) => p.year === proposal.year)!, at, cause);
    if (id) report.proposed.push(id);
  }
  return report;
}

/** A task machine's first snapshot for an input (pure: the same input gives the same snapshot), kept for the inputs seen lately: many tasks of one run share a few. */
const initialCache = new Map<string, { state: string; derived: Record<string, unknown>; persisted: string }>();
function initialOf(spec: MachineSpec, input: object) {
  const key = `${spec.id}@${spec.version}|${JSON.stringify(input)}`;
  let hit = initialCache.get(key);
  if (!hit) {
    const [snapshot] = initialTransition(spec.machine, input as never);
    const state = flattenStateValue(snapshot.value);
    hit = { state, derived: deriveOutcomeColumns(snapshot, state), persisted: JSON.stringify(persist(snapshot)) };
    if (initialCache.size >= 500) initialCache.clear();
    initialCache.set(key, hit);
  }
  return hit;
}

/** The row (as INSERT parameters, in OUTCOME_TASK_COLUMNS order) and the PROPOSE audit payload of a proposed task: one definition for one task or many. */
export function taskProposal(who: OutcomeSubject, result: ResultRow, proposal: ProposedOutcome, plan: OutcomePlan, at: string, cause: ReconcileCause) {
  const spec = specFor(proposal.kind, result.settings);
  const today = chinaDay(new Date(at));
  const training = spec.id === MACHINES.remedialTraining.id;
  const dueOn = addDays(today, training ? result.settings.outcomes.trainingEnrolmentDays : result.settings.outcomes.approvalDays);
  const input = training
    ? { kind: proposal.kind, year: proposal.year, dueOn }
    : { kind: proposal.kind, year: proposal.year, choices: [...(OUTCOME_CHOICES[proposal.kind] ?? [])], dueOn };
  const { state, derived, persisted } = initialOf(spec, input);
  const counter = proposal.counter ? plan.counters.find((c) => c.key === proposal.counter) : null;
  const basis = {
    counter: proposal.counter,
    explanation: proposal.explanation,
    counterValue: counter?.value ?? null,
    countedYears: counter?.countedYears ?? [],
    notCounted: counter?.notCounted ?? [],
    grade: plan.grade,
  };
  const params: unknown[] = [
    proposal.kind,
    who.subject,
    who.cadreId,
    result.organisationId,
    result.orgPath,
    result.assessmentId,
    result.cycleId,
    proposal.year,
    JSON.stringify(basis),
    spec.id,
    spec.version,
    JSON.stringify(input),
    state,
    persisted,
    derived.due_at,
    derived.due_event,
    at,
  ];
  return { params, state, audit: { orgPath: result.orgPath, payload: { input, basis, assessmentId: result.assessmentId, cause } } };
}

/** The columns of `taskProposal`'s parameters (created_at and updated_at both take the last). */
export const OUTCOME_TASK_COLUMNS = [
  ['kind', 'text'],
  ['subject', 'text'],
  ['cadre_id', 'uuid'],
  ['organisation_id', 'uuid'],
  ['org_path', 'text'],
  ['assessment_id', 'uuid'],
  ['cycle_id', 'uuid'],
  ['year', 'int'],
  ['basis', 'jsonb'],
  ['machine_id', 'text'],
  ['machine_version', 'int'],
  ['input', 'jsonb'],
  ['state', 'text'],
  ['snapshot', 'jsonb'],
  ['due_at', 'timestamptz'],
  ['due_event', 'text'],
  ['created_at', 'timestamptz'],
] as const;

async function proposeTask(m: EntityManager, who: OutcomeSubject, result: ResultRow, proposal: ProposedOutcome, plan: OutcomePlan, at: string, cause: ReconcileCause): Promise<string | null> {
  const task = taskProposal(who, result, proposal, plan, at, cause);
  const rows: Array<{ id: string }> = await m.query(
    `INSERT INTO outcome_task (kind, subject, cadre_id, organisation_id, org_path, assessment_id, cycle_id, year, basis, machine_id, machine_version, input, state, snapshot, due_at, due_event, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$17)
     ON CONFLICT (assessment_id, kind) WHERE state <> 'cancelled' DO NOTHING RETURNING id`,
    task.params,
  );
  if (!rows[0]) return null;
  await appendAudit(m, {
    entityType: 'outcome_task',
    entityId: rows[0].id,
    action: 'PROPOSE',
    actorUserId: null,
    actorRole: 'SYSTEM',
    scopePath: task.audit.orgPath,
    toState: task.state,
    fromVersion: 0,
    payload: task.audit.payload,
    occurredAt: new Date(at),
  });
  return rows[0].id;
}
