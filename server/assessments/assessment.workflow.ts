import { isAssessedNotified } from '../../workflows/assessment/assessed.js';
import type { AnyMachineSnapshot } from 'xstate';
import { openBallotBox, openClosedBallotBoxes } from '../grading/ballot-box.service.js';
import type { EntityManager } from 'typeorm';
import type { AnnualContext, Correction } from '../../workflows/assessment/annual.machine.js';
import type { CorrectionSource } from '../../workflows/cases/correction.js';
import { machineSpec } from '../../workflows/registry.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { notFound } from '../common/errors.js';
import { noticeVerdicts } from '../grading/grade-decision.js';
import { preparedQuery, type SqlFragment } from '../common/sql.js';
import type { CycleDeadlines } from '../cycles/cycle.entity.js';
import type { FinalResultChanged, ResultEvents } from '../results/result-events.js';
import type { ActorTarget } from '../workflow/actors.js';
import { dueColumns, type DeadlineTable } from '../workflow/deadlines.js';
import type { InstanceKind } from '../workflow/engine.js';
import type { ReminderTable } from '../workflow/reminders.js';
import { instanceSelect, invalidTransition, restore, type InstanceRow, type MachineEvent } from '../workflow/transition.js';
import { candidateEvents } from '../../workflows/lifecycle.js';
import { Assessment } from './assessment.entity.js';

/** The row and the head of its audit stream, in one prepared read. */
const ASSESSMENT_ROW_SQL = instanceSelect(
  'assessment',
  't.id, t.cycle_id, t.kind, t.cadre_id, t.organisation_id, t.org_path, t.team_assessment_id, t.machine_id, t.input, t.state, t.snapshot, t.version, t.overlay, t.proposed_grade, t.final_grade, t.due_at, t.due_event, t.updated_at, t.post_title, t.rank_level, t.position_type',
);

/** The derived columns written with every assessment transition (see deriveAssessmentColumns). */
export const ASSESSMENT_COLUMNS = [
  { name: 'overlay', type: 'text' },
  { name: 'proposed_grade', type: 'text' },
  { name: 'final_grade', type: 'text' },
  { name: 'due_at', type: 'timestamptz' },
  { name: 'due_event', type: 'text' },
];

/** The queryable columns next to the snapshot: grades, overlay and the next deadline (from the machine's deadline data). */
export function deriveAssessmentColumns(deadlines: CycleDeadlines) {
  return (next: AnyMachineSnapshot, state: string): Record<string, unknown> => {
    const ctx = next.context as Partial<AnnualContext> & { grade?: string | null };
    const spec = machineSpec(next.machine.id);
    return {
      overlay: ctx.overlay ?? 'NONE',
      proposed_grade: ctx.proposal?.grade ?? null,
      final_grade: ctx.finalGrade ?? ctx.grade ?? null,
      ...dueColumns(spec, state, next.context as Record<string, unknown>, { selfReportDue: deadlines.selfReportDue }),
    };
  };
}

export const assessmentTarget = (row: Assessment): ActorTarget => ({ orgPath: row.orgPath, organisationId: row.organisationId, cadreId: row.cadreId });

/** The assessed (the cadre, or a team's principal leaders and designated author) learn what happened, in the transition's own statement (only if its update happened). */
export function subjectNotification(row: Pick<Assessment, 'id' | 'cadreId' | 'organisationId'>, event: string, state: string, at: string, withinTransition = true): SqlFragment {
  const when = withinTransition ? ' AND EXISTS (SELECT FROM upd)' : '';
  return {
    sql: row.cadreId
      ? `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at) SELECT u.id, $1::uuid, $2::text, $3::jsonb, $4::timestamptz FROM user_account u WHERE u.cadre_id = $5::uuid${when}`
      : `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
         SELECT u.id, $1::uuid, $2::text, $3::jsonb, $4::timestamptz FROM user_account u JOIN cadre c ON c.id = u.cadre_id WHERE c.organisation_id = $5::uuid AND writes_team_report(c.id)${when}`,
    params: [row.id, event, JSON.stringify({ state }), at, row.cadreId ?? row.organisationId],
  };
}

/** `subjectNotification` for many rows the deadline job moved (each to its own state): one statement for the cadres, one for the teams. */
export function subjectNotifications(rows: ReadonlyArray<{ id: string; cadre_id: string | null; organisation_id: string; state: string }>, event: string, at: string): SqlFragment[] {
  const cadres = rows.filter((r) => r.cadre_id !== null);
  const teams = rows.filter((r) => r.cadre_id === null);
  const out: SqlFragment[] = [];
  if (cadres.length) {
    out.push({
      sql: `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
            SELECT u.id, x.id, $2::text, jsonb_build_object('state', x.state), $3::timestamptz
              FROM unnest($1::uuid[], $4::text[], $5::uuid[]) WITH ORDINALITY AS x(id, state, cadre_id, n) JOIN user_account u ON u.cadre_id = x.cadre_id ORDER BY x.n`,
      params: [cadres.map((r) => r.id), event, at, cadres.map((r) => r.state), cadres.map((r) => r.cadre_id)],
    });
  }
  if (teams.length) {
    out.push({
      sql: `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
            SELECT u.id, x.id, $2::text, jsonb_build_object('state', x.state), $3::timestamptz
              FROM unnest($1::uuid[], $4::text[], $5::uuid[]) WITH ORDINALITY AS x(id, state, org, n)
              JOIN cadre c ON c.organisation_id = x.org AND writes_team_report(c.id) JOIN user_account u ON u.cadre_id = c.id ORDER BY x.n`,
      params: [teams.map((r) => r.id), event, at, teams.map((r) => r.state), teams.map((r) => r.organisation_id)],
    });
  }
  return out;
}

/**
 * The assessed of many assessments learn of one bulk step (the self-reports
 * opened with the cycle, the assessments cancelled with it), set-based: the
 * cadre's accounts, and for a team its principal leaders and report author.
 * Only for the events the assessed are told of.
 */
export async function notifyAssessedMany(m: { query: (sql: string, params: unknown[]) => Promise<unknown> }, ids: string[], eventType: string, at: string): Promise<void> {
  if (ids.length === 0 || !isAssessedNotified(eventType)) return;
  await m.query(
    `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
     SELECT u.id, a.id, $2::text, jsonb_build_object('state', a.state), $3::timestamptz
       FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id
      WHERE a.id = ANY($1::uuid[])
     UNION ALL
     SELECT u.id, a.id, $2::text, jsonb_build_object('state', a.state), $3::timestamptz
       FROM assessment a JOIN cadre c ON c.organisation_id = a.organisation_id JOIN user_account u ON u.cadre_id = c.id
      WHERE a.id = ANY($1::uuid[]) AND a.cadre_id IS NULL AND writes_team_report(c.id)`,
    [ids, eventType, at],
  );
}

/**
 * A grade event the state cannot take at all is refused as the lifecycle
 * refuses it (INVALID_TRANSITION, naming the state), before any gate is weighed.
 */
export function assertEventPossible(row: Pick<Assessment, 'machineId' | 'snapshot' | 'state'>, eventType: string): void {
  const snapshot = restore(machineSpec(row.machineId), row.snapshot);
  if (!candidateEvents(snapshot).includes(eventType)) throw invalidTransition(row.state, eventType, snapshot);
}

/** The correction last recorded in a snapshot (the one that just took effect). */
function lastCorrection(snapshot: { context?: unknown }): Correction | null {
  return ((snapshot.context as { corrections?: Correction[] } | undefined)?.corrections ?? []).at(-1) ?? null;
}

/**
 * How the workflow engine runs assessments: loading a row with its audit
 * head, the derived columns, the assessed's notification, and the result
 * hook — a decided or corrected final result goes to the result listeners
 * (result versions, outcomes) in the same transaction.
 */
export class AssessmentInstances {
  private readonly auditHeads = new WeakMap<Assessment, { seq: number; hash: string } | null>();
  private readonly deadlineCache = new Map<string, CycleDeadlines>();
  readonly kind: InstanceKind<Assessment>;

  constructor(private readonly results: ResultEvents) {
    this.kind = {
      table: 'assessment',
      operation: (eventType) => eventType,
      request: (assessmentId, request, expectedVersion) => ({ assessmentId, request, expectedVersion }),
      load: (m, id) => this.load(m, id),
      instance: (row) => this.instance(row),
      target: assessmentTarget,
      derive: async (m, row, inTransaction) => {
        const derive = deriveAssessmentColumns(await this.deadlinesOf(m, row.cycleId));
        return (next, state) => {
          const derived = derive(next, state);
          // What follows a changed final result runs in the same transaction: there must be one.
          if (!inTransaction && derived.final_grade !== row.finalGrade) throw new Error(`${String(next.machine.id)} changes the final result: it cannot run as a single statement`);
          return derived;
        };
      },
      // The assessed hears only of what they must act on or should know (workflows/assessment/assessed.ts).
      notify: (row, eventType, toState, at) => (isAssessedNotified(eventType) ? [subjectNotification(row, eventType, toState, at)] : []),
      after: async ({ m, row, event, actor, at, derived, outcome }) => {
        // The ballots were sealed while open: the close opens the box in the same transaction.
        if (event.type === 'CLOSE_BALLOTS') await openBallotBox(m, row.id, new Date(at), { state: outcome.toState, orgPath: row.orgPath });
        const finalGrade = (derived.final_grade as string | null) ?? null;
        // A correction is the event's own, or one that waited for its public notice and takes effect as the notice closes.
        const correction =
          event.type === 'CORRECT_RESULT'
            ? (event as MachineEvent & { grade: string; reason: string; source: CorrectionSource; caseId: string | null })
            : row.finalGrade !== null && finalGrade !== row.finalGrade
              ? lastCorrection(outcome.snapshot)
              : null;
        if (finalGrade === row.finalGrade && !correction) return;
        // A correction to EXCELLENT only waits for its notice here: the result in force is unchanged until the notice closes.
        if (event.type === 'CORRECT_RESULT' && finalGrade === row.finalGrade) return;
        await this.results.finalResultChanged(m, {
          kind: row.finalGrade === null && !correction ? 'DECIDED' : 'CORRECTED',
          assessmentId: row.id,
          previousGrade: row.finalGrade,
          grade: correction?.grade ?? finalGrade,
          reason: correction?.reason ?? (event.type === 'CHANGE_GRADE' ? String(event.reason) : null),
          source: correction?.source ?? 'DECISION',
          caseId: correction?.caseId ?? null,
          at,
          actor,
        });
      },
      refresh: (row, { outcome, derived, at }) =>
        Object.assign(row, {
          state: outcome.toState,
          version: outcome.version,
          snapshot: outcome.snapshot,
          overlay: derived.overlay as string,
          proposedGrade: derived.proposed_grade as string | null,
          finalGrade: derived.final_grade as string | null,
          dueAt: derived.due_at ? new Date(derived.due_at as string) : null,
          dueEvent: derived.due_event as string | null,
          updatedAt: new Date(at),
        }),
    };
  }

  async load(m: EntityManager, id: string): Promise<Assessment> {
    const [raw] = await preparedQuery<Record<string, unknown> & { audit_seq: number | null; audit_hash: string | null }>(m, ASSESSMENT_ROW_SQL, [id]);
    if (!raw) throw notFound('Assessment');
    const row = Object.assign(new Assessment(), {
      id: raw.id,
      cycleId: raw.cycle_id,
      kind: raw.kind,
      cadreId: raw.cadre_id,
      organisationId: raw.organisation_id,
      orgPath: raw.org_path,
      teamAssessmentId: raw.team_assessment_id,
      machineId: raw.machine_id,
      input: raw.input,
      state: raw.state,
      snapshot: raw.snapshot,
      version: raw.version,
      overlay: raw.overlay,
      proposedGrade: raw.proposed_grade,
      finalGrade: raw.final_grade,
      dueAt: raw.due_at,
      dueEvent: raw.due_event,
      updatedAt: raw.updated_at,
      postTitle: raw.post_title,
      rankLevel: raw.rank_level,
      positionType: raw.position_type,
    } as Partial<Assessment>);
    this.auditHeads.set(row, raw.audit_seq === null ? null : { seq: raw.audit_seq, hash: raw.audit_hash! });
    return row;
  }

  instance(row: Assessment): InstanceRow {
    const head = this.auditHeads.get(row);
    return {
      id: row.id,
      state: row.state,
      snapshot: row.snapshot,
      version: row.version,
      machine_id: row.machineId,
      org_path: row.orgPath,
      ...(head === undefined ? {} : { audit_seq: head?.seq ?? null, audit_hash: head?.hash ?? null }),
    };
  }

  /** A cycle's deadlines, cached: they are fixed when the cycle is planned. */
  async deadlinesOf(m: EntityManager, cycleId: string): Promise<CycleDeadlines> {
    let deadlines = this.deadlineCache.get(cycleId);
    if (!deadlines) {
      const [row] = (await m.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ deadlines: CycleDeadlines }>;
      if (!row) throw notFound('Cycle');
      deadlines = row.deadlines;
      if (this.deadlineCache.size > 1000) this.deadlineCache.clear();
      this.deadlineCache.set(cycleId, deadlines);
    }
    return deadlines;
  }

  /** The assessments' deadlines for the one runner: grouped per cycle (whose deadlines the derived columns need). */
  deadlineTable(): DeadlineTable {
    return {
      table: 'assessment',
      limit: 5000,
      columns: ['cycle_id', 'final_grade'],
      group: (row) => String(row.cycle_id),
      derive: async (m, cycleId) => deriveAssessmentColumns(await this.deadlinesOf(m, cycleId)),
      deriveColumns: ASSESSMENT_COLUMNS,
      // A deadline that cannot fire yet (an objection still open) waits for the decision that ends it.
      clearSkipped: 'due_at = NULL',
      // Closing a notice confirms its EXCELLENT only if the gates still allow it today.
      eventExtras: async (m, eventType, rows, now) => {
        const extras = new Map<string, Record<string, unknown>>();
        if (eventType !== 'CLOSE_NOTICE') return extras;
        for (const [id, verdict] of await noticeVerdicts(m, rows.map((r) => r.id), chinaDay(now))) extras.set(id, { verdict });
        return extras;
      },
      // Set-based over the fired rows: one read, one statement of notifications per kind of subject, the result listeners once for the batch.
      afterFired: async (m, fired, eventType, now) => {
        const at = now.toISOString();
        if (eventType === 'CLOSE_BALLOTS') await openClosedBallotBoxes(m, fired.map((f) => f.id), now);
        const rows: Array<{ id: string; cadre_id: string | null; organisation_id: string; state: string; final_grade: string | null; correction: Correction | null }> = await m.query(
          `SELECT id, cadre_id, organisation_id, state, final_grade, snapshot->'context'->'corrections'->-1 AS correction FROM assessment WHERE id = ANY($1::uuid[])`,
          [fired.map((f) => f.id)],
        );
        const rowOf = new Map(rows.map((r) => [r.id, r]));
        // The assessed hear only of what they must act on or should know (workflows/assessment/assessed.ts).
        if (isAssessedNotified(eventType)) for (const { sql, params } of subjectNotifications(fired.map((f) => rowOf.get(f.id)!), eventType, at)) await m.query(sql, params);
        const changes: FinalResultChanged[] = [];
        for (const due of fired) {
          const row = rowOf.get(due.id)!;
          const before = due.final_grade as string | null;
          if (row.final_grade === null || row.final_grade === before) continue;
          // A correction to EXCELLENT whose notice the job closed: it takes effect now, as a new version.
          const correction = before === null ? null : row.correction;
          changes.push({
            kind: before === null ? 'DECIDED' : 'CORRECTED',
            assessmentId: row.id,
            previousGrade: before,
            grade: correction ? correction.grade : row.final_grade,
            reason: correction?.reason ?? null,
            source: correction?.source ?? 'DECISION',
            caseId: correction?.caseId ?? null,
            at,
            actor: { userId: null, role: 'SYSTEM' },
          });
        }
        await this.results.finalResultsChanged(m, changes);
      },
    };
  }
}

/** The assessments' reminders for the one reminder job: the settings of their cycle, the notification linked by assessment. */
export const ASSESSMENT_REMINDERS: ReminderTable = {
  table: 'assessment',
  settings: '(SELECT c.settings FROM assessment_cycle c WHERE c.id = t.cycle_id)',
  columns: { assessment_id: 't.id' },
  payload: `jsonb_build_object('dueAt', t.due_at, 'state', t.state)`,
  sameInstance: 'n.assessment_id = t.id',
};
