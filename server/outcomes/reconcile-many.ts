import type { EntityManager } from 'typeorm';
import type { StatusPeriod } from '../../workflows/cadre/status.js';
import type { OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { reconcile } from '../../workflows/outcomes/rules.js';
import type { AuditInput } from '../audit/audit.service.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { appendAuditMany } from '../audit/audit-many.js';
import type { InstanceRow } from '../workflow/transition.js';
import {
  cycleSettings,
  OUTCOME_TASK_COLUMNS,
  outcomesLockKey,
  plansFor,
  reconcileOutcomes,
  taskProposal,
  type OutcomeSubject,
  type ReconcileCause,
  type ReconcileReport,
  type ResultRow,
  type TaskTransition,
} from './reconcile.js';

/** One subject's reconciliation, as `reconcileOutcomes` takes it. */
export interface ReconcileItem {
  who: OutcomeSubject;
  fromYear: number;
  at: string;
  cause: ReconcileCause;
}

const keyOf = outcomesLockKey;
const subjectId = (who: OutcomeSubject) => (who.subject === 'CADRE' ? who.cadreId! : who.organisationId);

/** The final annual results of many subjects, one per subject and year (as `loadResults` reads one subject's), in two queries. */
async function loadResultsMany(m: EntityManager, whos: OutcomeSubject[]): Promise<Map<string, ResultRow[]>> {
  const out = new Map<string, ResultRow[]>();
  for (const subject of ['CADRE', 'TEAM'] as const) {
    const ids = whos.filter((w) => w.subject === subject).map(subjectId);
    if (ids.length === 0) continue;
    const column = subject === 'CADRE' ? 'a.cadre_id' : 'a.organisation_id';
    const rows: Array<{ subject_id: string; id: string; cycle_id: string; year: number; final_grade: string; organisation_id: string; org_path: string; settings: unknown }> = await m.query(
      `SELECT DISTINCT ON (${column}, c.year) ${column} AS subject_id, a.id, a.cycle_id, c.year, a.final_grade, a.organisation_id, a.org_path, c.settings
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
        WHERE a.machine_id = 'annualAssessment' AND c.kind = 'ANNUAL' AND c.state <> 'cancelled' AND a.final_grade IS NOT NULL
          AND a.kind = '${subject === 'CADRE' ? 'CADRE_ANNUAL' : 'TEAM_ANNUAL'}' AND ${column} = ANY($1::uuid[])
        ORDER BY ${column}, c.year, a.updated_at DESC`,
      [ids],
    );
    // The settings of a cycle are merged once, whatever the number of results it holds.
    const settings = new Map<string, ResultRow['settings']>();
    for (const r of rows) {
      if (!settings.has(r.cycle_id)) settings.set(r.cycle_id, cycleSettings(r.settings));
      const key = `${subject}:${r.subject_id}`;
      out.set(key, [
        ...(out.get(key) ?? []),
        { assessmentId: r.id, cycleId: r.cycle_id, year: r.year, grade: r.final_grade, organisationId: r.organisation_id, orgPath: r.org_path, settings: settings.get(r.cycle_id)! },
      ]);
    }
  }
  return out;
}

type ExistingTask = InstanceRow & { key: string; kind: OutcomeKind; year: number };

/**
 * `reconcileOutcomes` for many subjects at once, inside the caller's
 * transaction, with the same outcome as calling it for each item in turn:
 * the subjects' locks in one statement (in a fixed order), their results,
 * status periods and open tasks in one read each, the pure plan per subject,
 * cancellations through the engine (one by one: rare), and every proposal in
 * one insert with its audit rows in one more. A subject named twice is
 * reconciled again, one by one, after the batch.
 */
export async function reconcileOutcomesMany(m: EntityManager, items: readonly ReconcileItem[], transition: TaskTransition): Promise<ReconcileReport[]> {
  if (items.length === 0) return [];
  const seen = new Set<string>();
  const batch: ReconcileItem[] = [];
  const again: ReconcileItem[] = [];
  for (const item of items) {
    const key = keyOf(item.who);
    (seen.has(key) ? again : batch).push(item);
    seen.add(key);
  }
  await m.query(`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) AS k`, [[...seen].sort()]);
  const results = await loadResultsMany(m, batch.map((i) => i.who));
  const cadreIds = batch.filter((i) => i.who.subject === 'CADRE').map((i) => i.who.cadreId!);
  const periods: Array<StatusPeriod & { cadre_id: string }> = cadreIds.length
    ? await m.query(
        `SELECT cadre_id, kind, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn"
           FROM cadre_status_period WHERE cadre_id = ANY($1::uuid[]) ORDER BY starts_on`,
        [cadreIds],
      )
    : [];
  const periodsOf = new Map<string, StatusPeriod[]>();
  for (const p of periods) periodsOf.set(p.cadre_id, [...(periodsOf.get(p.cadre_id) ?? []), { kind: p.kind, startsOn: p.startsOn, endsOn: p.endsOn }]);
  const existing: ExistingTask[] = [];
  for (const subject of ['CADRE', 'TEAM'] as const) {
    const mine = batch.filter((i) => i.who.subject === subject);
    if (mine.length === 0) continue;
    existing.push(
      ...((await m.query(
        `SELECT '${subject}:' || x.k AS key, t.id, t.kind, t.year, t.state, t.snapshot, t.version, t.machine_id, t.org_path
           FROM outcome_task t JOIN unnest($1::uuid[], $2::int[]) AS x(k, y) ON ${subject === 'CADRE' ? `t.cadre_id = x.k` : `t.subject = 'TEAM' AND t.organisation_id = x.k`}
          WHERE t.year >= x.y AND t.state <> 'cancelled'
          ORDER BY t.year, t.created_at FOR UPDATE OF t`,
        [mine.map((i) => subjectId(i.who)), mine.map((i) => i.fromYear)],
      )) as ExistingTask[]),
    );
  }
  const existingOf = new Map<string, ExistingTask[]>();
  for (const e of existing) existingOf.set(e.key, [...(existingOf.get(e.key) ?? []), e]);

  const reports: ReconcileReport[] = [];
  const proposals: Array<{ report: ReconcileReport; task: ReturnType<typeof taskProposal>; at: string }> = [];
  for (const item of batch) {
    const { who, fromYear, at, cause } = item;
    const key = `${who.subject}:${subjectId(who)}`;
    const mine = results.get(key) ?? [];
    const plans = plansFor(who, mine, fromYear, periodsOf.get(who.cadreId ?? '') ?? [], chinaDay(new Date(at)));
    const tasks = existingOf.get(key) ?? [];
    const plan = reconcile(
      tasks.map((e) => ({ id: e.id, kind: e.kind, year: e.year, final: e.state === 'verified' })),
      plans,
    );
    const report: ReconcileReport = { proposed: [], cancelled: [], blocked: plans.flatMap((p) => p.blocked) };
    reports.push(report);
    const byYear = new Map(mine.map((r) => [r.year, r]));
    for (const task of plan.cancel) {
      const grade = byYear.get(task.year)?.grade ?? null;
      const reason =
        cause.kind === 'CORRECTED'
          ? `结果更正: the result was corrected from ${cause.previousGrade ?? '—'} to ${cause.grade ?? '—'}${cause.reason ? ` (${cause.reason})` : ''}; ${task.kind} for ${task.year} is no longer justified (${task.year}: ${grade ?? 'no result'})`
          : `${task.kind} for ${task.year} is no longer justified after the decision on ${cause.assessmentId}`;
      await transition(m, task.id, { type: 'CANCEL', reason, cause: { ...cause, by: { ...cause.by } }, at }, { userId: null, role: 'SYSTEM' }, { triggeredBy: cause.by });
      report.cancelled.push(task.id);
    }
    for (const proposal of plan.propose) {
      proposals.push({ report, at, task: taskProposal(who, byYear.get(proposal.year)!, proposal, plans.find((p) => p.year === proposal.year)!, at, cause) });
    }
  }
  if (proposals.length) {
    const columns = OUTCOME_TASK_COLUMNS.map(([name]) => name);
    const inserted: Array<{ id: string; assessment_id: string; kind: string }> = await m.query(
      `INSERT INTO outcome_task (${columns.join(', ')}, updated_at)
       SELECT ${columns.map((c) => `x.${c}`).join(', ')}, x.created_at
         FROM unnest(${OUTCOME_TASK_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS x(${columns.join(', ')}, n)
        ORDER BY x.n
       ON CONFLICT (assessment_id, kind) WHERE state <> 'cancelled' DO NOTHING
       RETURNING id, assessment_id, kind`,
      OUTCOME_TASK_COLUMNS.map((_, i) => proposals.map((p) => p.task.params[i])),
    );
    const idOf = new Map(inserted.map((r) => [`${r.assessment_id}|${r.kind}`, r.id]));
    const audits: AuditInput[] = [];
    for (const p of proposals) {
      const id = idOf.get(`${String(p.task.params[5])}|${String(p.task.params[0])}`);
      if (!id) continue;
      p.report.proposed.push(id);
      audits.push({
        entityType: 'outcome_task',
        entityId: id,
        action: 'PROPOSE',
        actorUserId: null,
        actorRole: 'SYSTEM',
        scopePath: p.task.audit.orgPath,
        toState: p.task.state,
        fromVersion: 0,
        payload: p.task.audit.payload,
        occurredAt: new Date(p.at),
      });
    }
    await appendAuditMany(m, audits);
  }
  for (const item of again) reports.push(await reconcileOutcomes(m, item.who, item.fromYear, item.at, item.cause, transition));
  return reports;
}
