import type { DataSource, EntityManager } from 'typeorm';
import { MACHINES, type Actor, type MachineSpec } from '../../workflows/registry.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import type { OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { Params, preparedQuery, subtreePatterns } from '../common/sql.js';
import type { MutationOptions } from '../workflow/engine.js';
import { leafStates, statesAwaiting, type ActorTarget } from '../workflow/actors.js';
import type { InstanceRow, MachineEvent } from '../workflow/transition.js';
import { availableActions } from '../workflow/available-actions.js';
import type { DeadlineTable } from '../workflow/deadlines.js';
import type { InstanceKind, WorkflowEngine } from '../workflow/engine.js';
import type { ReminderTable } from '../workflow/reminders.js';
import type { FinalResultChanged } from '../results/result-events.js';
import { OutcomeTask } from './outcome.entity.js';
import { reconcileOutcomesMany, type ReconcileItem } from './reconcile-many.js';
import {
  OUTCOME_COLUMNS,
  carryOutDays,
  cycleSettings,
  deriveOutcomeColumns,
  reconcileOutcomes,
  type OutcomeSubject,
  type TaskTransition,
  type ReconcileReport,
} from './reconcile.js';

export interface OutcomeFilter {
  state?: string | null;
  kind?: OutcomeKind | null;
  cycleId?: string | null;
  organisationId?: string | null;
  cadreId?: string | null;
}

const OUTCOME_MACHINES: MachineSpec[] = [MACHINES.outcomeTask, MACHINES.committeeOutcomeTask, MACHINES.remedialTraining];

/**
 * Results application: proposes and reconciles outcome tasks when final
 * results are decided or corrected, runs every task action through the
 * transition step, fires their deadlines and reminders, lists the tasks
 * and the work queue.
 */
export class OutcomeService {
  private readonly awaiting = new Map<string, Map<Actor, string[]>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly engine: WorkflowEngine,
  ) {}

  // ---------- the hook ----------

  /**
   * The ResultEvents listener: a decided annual result proposes what it
   * justifies; a corrected one reconciles that year and the years after it.
   * Regular, special and term assessments have no outcomes here.
   */
  readonly onFinalResultChanged = async (m: EntityManager, change: FinalResultChanged): Promise<ReconcileReport | null> => {
    // The subject, and its reconciliation lock (`outcomesLockKey`) taken in the same statement when it has outcomes: the reconciliation's
    // reads come in a statement after it, as they would after a lock of their own.
    const [row] = (await preparedQuery(
      m,
      `SELECT a.kind, a.cadre_id, a.organisation_id, c.year, c.kind AS cycle_kind,
              CASE WHEN c.kind = 'ANNUAL' AND a.kind IN ('CADRE_ANNUAL', 'TEAM_ANNUAL')
                   THEN pg_advisory_xact_lock(hashtextextended('outcomes:' || CASE WHEN a.kind = 'TEAM_ANNUAL' THEN 'TEAM' ELSE 'CADRE' END || ':' || coalesce(a.cadre_id, a.organisation_id)::text, 0))::text
              END AS locked
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1`,
      [change.assessmentId],
    )) as Array<{ kind: string; cadre_id: string | null; organisation_id: string; year: number; cycle_kind: string }>;
    if (!row || row.cycle_kind !== 'ANNUAL' || (row.kind !== 'CADRE_ANNUAL' && row.kind !== 'TEAM_ANNUAL')) return null;
    const who: OutcomeSubject = { subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE', cadreId: row.cadre_id, organisationId: row.organisation_id };
    return reconcileOutcomes(
      m,
      who,
      row.year,
      change.at,
      { kind: change.kind, assessmentId: change.assessmentId, previousGrade: change.previousGrade, grade: change.grade, reason: change.reason, by: change.actor },
      this.transitionTask,
      { locked: true },
    );
  };

  /** The listener for many changes at once (the deadline job's closed notices): the same outcome as `onFinalResultChanged` for each, set-based. */
  readonly onFinalResultsChanged = async (m: EntityManager, changes: readonly FinalResultChanged[]): Promise<void> => {
    const rows: Array<{ id: string; kind: string; cadre_id: string | null; organisation_id: string; year: number; cycle_kind: string }> = await m.query(
      `SELECT a.id, a.kind, a.cadre_id, a.organisation_id, c.year, c.kind AS cycle_kind FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = ANY($1::uuid[])`,
      [changes.map((c) => c.assessmentId)],
    );
    const rowOf = new Map(rows.map((r) => [r.id, r]));
    const items: ReconcileItem[] = changes.flatMap((change) => {
      const row = rowOf.get(change.assessmentId);
      if (!row || row.cycle_kind !== 'ANNUAL' || (row.kind !== 'CADRE_ANNUAL' && row.kind !== 'TEAM_ANNUAL')) return [];
      const who: OutcomeSubject = { subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE', cadreId: row.cadre_id, organisationId: row.organisation_id };
      const cause = { kind: change.kind, assessmentId: change.assessmentId, previousGrade: change.previousGrade, grade: change.grade, reason: change.reason, by: change.actor };
      return [{ who, fromYear: row.year, at: change.at, cause }];
    });
    await reconcileOutcomesMany(m, items, this.transitionTask);
  };

  /** A task's transition inside the caller's transaction, through the engine (reconciling cancels tasks as SYSTEM): the task locked, its deadline derived. */
  readonly transitionTask: TaskTransition = async (m, taskId, event, actor, auditPayload) =>
    this.engine.transition(this.kind, m, await this.taskRow(m, taskId, true), event, actor, String(event.at), { auditPayload });

  // ---------- actions ----------

  private target(row: OutcomeTask): ActorTarget {
    return { orgPath: row.orgPath, organisationId: row.organisationId, cadreId: row.cadreId };
  }

  private instance(row: OutcomeTask): InstanceRow {
    return { id: row.id, state: row.state, snapshot: row.snapshot, version: row.version, machine_id: row.machineId, org_path: row.orgPath };
  }

  private async taskRow(m: EntityManager, id: string, lock = false): Promise<OutcomeTask> {
    const qb = m.getRepository(OutcomeTask).createQueryBuilder('t').where('t.id = :id', { id });
    const row = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!row) throw notFound('Outcome task');
    return row;
  }

  private async settingsOf(m: EntityManager, cycleId: string) {
    const [row] = (await m.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ settings: unknown }>;
    return cycleSettings(row?.settings);
  }

  /**
   * Every task action: load (locked), check the actor against the machine's
   * actors for the task's organisation, build the event, run the transition
   * step (version-checked, audited) — one transaction, idempotent on a key.
   */
  async act(
    viewer: Viewer | null,
    taskId: string,
    eventType: string,
    request: Record<string, unknown>,
    options: MutationOptions,
    build: (ctx: { m: EntityManager; row: OutcomeTask; at: string; today: string }) => Promise<MachineEvent>,
  ): Promise<OutcomeTask> {
    return this.engine.step(this.kind, viewer, taskId, eventType, request, options, async ({ m, row, at }) => ({ event: await build({ m, row, at, today: chinaDay(new Date(at)) }) }));
  }

  /** How the workflow engine runs an outcome task: loaded locked, its deadline derived with the snapshot, the row as the step left it. */
  private readonly kind: InstanceKind<OutcomeTask> = {
    table: 'outcome_task',
    operation: (eventType) => `outcome:${eventType}`,
    request: (taskId, request, expectedVersion) => ({ taskId, request, expectedVersion }),
    load: (m, id) => this.taskRow(m, id, true),
    reload: (m, id) => this.taskRow(m, id),
    instance: (row) => this.instance(row),
    target: (row) => this.target(row),
    derive: async () => deriveOutcomeColumns,
    refresh: (row, { outcome, derived, at }) =>
      Object.assign(row, {
        state: outcome.toState,
        version: outcome.version,
        snapshot: outcome.snapshot,
        dueAt: derived.due_at ? new Date(derived.due_at as string) : null,
        dueEvent: (derived.due_event as string | null) ?? null,
        updatedAt: new Date(at),
      }),
  };

  approve(viewer: Viewer | null, id: string, note: string | null, choice: string | null, options: MutationOptions) {
    return this.act(viewer, id, 'APPROVE', { note, choice }, options, async ({ m, row, at, today }) => {
      const settings = await this.settingsOf(m, row.cycleId);
      return { type: 'APPROVE', note, choice, dueOn: addDays(today, carryOutDays(row.kind, settings)), at };
    });
  }

  carryOut(viewer: Viewer | null, id: string, note: string, options: MutationOptions) {
    return this.act(viewer, id, 'CARRY_OUT', { note }, options, async ({ at }) => ({ type: 'CARRY_OUT', note, by: viewer?.userId ?? null, at }));
  }

  verify(viewer: Viewer | null, id: string, note: string | null, options: MutationOptions) {
    return this.act(viewer, id, 'VERIFY', { note }, options, async ({ m, row, at }) => {
      // Four eyes: whoever carried the task out (or recorded the training completed) does not verify it.
      const [doer] = (await m.query(
        `SELECT actor_user_id FROM audit_log WHERE entity_type = 'outcome_task' AND entity_id = $1 AND action IN ('CARRY_OUT', 'COMPLETE') ORDER BY seq DESC LIMIT 1`,
        [row.id],
      )) as Array<{ actor_user_id: string | null }>;
      if (viewer && doer?.actor_user_id === viewer.userId) {
        throw new AppError('CONFLICT_OF_INTEREST', 'You carried out this task: another HR user must verify it', { rule: 'FOUR_EYES', event: 'VERIFY' });
      }
      return { type: 'VERIFY', note, at };
    });
  }

  cancel(viewer: Viewer | null, id: string, reason: string, options: MutationOptions) {
    return this.act(viewer, id, 'CANCEL', { reason }, options, async ({ at }) => ({ type: 'CANCEL', reason, cause: null, at }));
  }

  enrolTraining(viewer: Viewer | null, id: string, course: string, options: MutationOptions) {
    return this.act(viewer, id, 'ENROL', { course }, options, async ({ m, row, at, today }) => {
      const settings = await this.settingsOf(m, row.cycleId);
      return { type: 'ENROL', course, dueOn: addDays(today, settings.outcomes.trainingCompletionDays), at };
    });
  }

  completeTraining(viewer: Viewer | null, id: string, note: string, options: MutationOptions) {
    return this.act(viewer, id, 'COMPLETE', { note }, options, async ({ at }) => ({ type: 'COMPLETE', note, by: viewer?.userId ?? null, at }));
  }

  // ---------- deadlines and reminders ----------

  /**
   * The outcome tasks' deadlines for the one runner (workflow/deadlines.ts):
   * MARK_OVERDUE as the machines' deadline data says; whoever acts next is
   * told. A deadline that cannot fire (the step moved on meanwhile) is
   * dropped rather than retried every minute.
   */
  deadlineTable(): DeadlineTable {
    return {
      table: 'outcome_task',
      limit: 5000,
      derive: async () => deriveOutcomeColumns,
      deriveColumns: OUTCOME_COLUMNS,
      clearSkipped: 'due_at = NULL, due_event = NULL',
      afterFired: async (m, fired, _eventType, now) => void (await this.notifyActors(m, fired.map((d) => d.id), 'OUTCOME_OVERDUE', now.toISOString())),
    };
  }

  /** Notifies the users holding a role that acts next on each task, inside its jurisdiction. */
  private async notifyActors(m: EntityManager, ids: string[], kind: string, at: string): Promise<number> {
    if (ids.length === 0) return 0;
    const triples = this.awaitingTriples();
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO notification (user_id, assessment_id, outcome_task_id, kind, payload, created_at)
       SELECT DISTINCT ra.user_id, t.assessment_id, t.id, $5, jsonb_build_object('outcomeTaskId', t.id, 'outcomeKind', t.kind, 'state', t.state, 'dueAt', t.due_at, 'role', w.role), $6::timestamptz
         FROM outcome_task t
         JOIN unnest($2::text[], $3::text[], $4::text[]) AS w(machine_id, state, role) ON w.machine_id = t.machine_id AND w.state = t.state
         JOIN role_assignment ra ON ra.role = w.role
         JOIN organisation o ON o.id = ra.organisation_id AND t.org_path LIKE o.path || '%'
        WHERE t.id = ANY($1::uuid[])
       RETURNING id`,
      [ids, triples.machine, triples.state, triples.role, kind, at],
    );
    return rows.length;
  }

  /** (machine, leaf state, role) for every role that acts next in a state — for the work queue and the notices. */
  private awaitingTriples(): { machine: string[]; state: string[]; role: string[] } {
    const out = { machine: [] as string[], state: [] as string[], role: [] as string[] };
    for (const spec of OUTCOME_MACHINES) {
      for (const [actor, states] of this.awaitingFor(spec)) {
        for (const state of states.flatMap((s) => leafStates(spec, s))) {
          out.machine.push(spec.id);
          out.state.push(state);
          out.role.push(actor);
        }
      }
    }
    return out;
  }

  private awaitingFor(spec: MachineSpec): Map<Actor, string[]> {
    let map = this.awaiting.get(spec.id);
    if (!map) {
      // Cancelling for cause is possible in every state: it is not what a task waits for.
      map = statesAwaiting({ ...spec, actors: Object.fromEntries(Object.entries(spec.actors).filter(([event]) => event !== 'CANCEL')) });
      this.awaiting.set(spec.id, map);
    }
    return map;
  }

  // ---------- reading ----------

  async get(viewer: Viewer | null, id: string): Promise<OutcomeTask> {
    const row = await this.taskRow(this.dataSource.manager, id);
    this.assertCanRead(viewer, row);
    return row;
  }

  assertCanRead(viewer: Viewer | null, row: OutcomeTask): void {
    if (viewer?.cadreId && row.cadreId === viewer.cadreId) return;
    assertCan(viewer, 'outcome:read', row.orgPath);
  }

  /**
   * Events the viewer may send now: what the snapshot can take ∩ what the
   * viewer's roles allow here; VERIFY is not offered to whoever carried the
   * task out (four eyes; `verify` checks it against the audit trail).
   */
  availableActions(viewer: Viewer | null, row: OutcomeTask): string[] {
    const actions = availableActions(viewer, row, this.target(row));
    const context = row.snapshot.context as { carriedOut?: { by?: string | null } | null; completion?: { by?: string | null } | null };
    const doer = context.carriedOut?.by ?? context.completion?.by ?? null;
    return viewer && doer === viewer.userId ? actions.filter((a) => a !== 'VERIFY') : actions;
  }

  async list(viewer: Viewer | null, filter: OutcomeFilter, first: number, after?: string | null): Promise<ConnectionShape<OutcomeTask>> {
    assertCan(viewer, 'outcome:read');
    const p = new Params();
    const qb = this.dataSource
      .getRepository(OutcomeTask)
      .createQueryBuilder('t')
      .where(`t.org_path LIKE ANY(${p.add(subtreePatterns(scopeOf(viewer, 'outcome:read')))}::text[])`);
    if (filter.state) qb.andWhere(`(t.state = ${p.add(filter.state)} OR t.state LIKE ${p.add(`${filter.state}.%`)})`);
    if (filter.kind) qb.andWhere(`t.kind = ${p.add(filter.kind)}`);
    if (filter.cycleId) qb.andWhere(`t.cycle_id = ${p.add(filter.cycleId)}`);
    if (filter.organisationId) qb.andWhere(`t.org_path LIKE (SELECT path || '%' FROM organisation WHERE id = ${p.add(filter.organisationId)})`);
    if (filter.cadreId) qb.andWhere(`t.cadre_id = ${p.add(filter.cadreId)}`);
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(t.created_at, t.id) > (${p.add(cursor[0])}::timestamptz, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('t.created_at', 'ASC').addOrderBy('t.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (t) => [t.createdAt.toISOString(), t.id], () => counter.getCount());
  }

  /** Outcome tasks waiting on one of the viewer's roles in their jurisdictions (HR: carry out, verify, training; committee and organisation department: approve). */
  async workQueue(viewer: Viewer | null, first: number, after?: string | null): Promise<ConnectionShape<OutcomeTask>> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const conditions: string[] = [];
    const p = new Params();
    for (const spec of OUTCOME_MACHINES) {
      const awaiting = this.awaitingFor(spec);
      for (const grant of viewer.grants) {
        const states = (awaiting.get(grant.role) ?? []).flatMap((s) => leafStates(spec, s));
        if (states.length) conditions.push(`(t.machine_id = ${p.add(spec.id)} AND t.org_path LIKE ${p.add(`${grant.organisationPath}%`)} AND t.state = ANY(${p.add(states)}::text[]))`);
      }
    }
    if (conditions.length === 0) return toConnection([], first, () => [], async () => 0);
    const qb = this.dataSource.getRepository(OutcomeTask).createQueryBuilder('t').where(`(${conditions.join(' OR ')})`).setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(t.updated_at, t.id) > (${p.add(cursor[0])}::timestamptz, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('t.updated_at', 'ASC').addOrderBy('t.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (t) => [t.updatedAt.toISOString(), t.id], () => counter.getCount());
  }

}

/** The outcome tasks' reminders for the one reminder job: the settings of their cycle, the notification linked to the task and its assessment. */
export const OUTCOME_REMINDERS: ReminderTable = {
  table: 'outcome_task',
  settings: '(SELECT c.settings FROM assessment_cycle c WHERE c.id = t.cycle_id)',
  columns: { assessment_id: 't.assessment_id', outcome_task_id: 't.id' },
  payload: `jsonb_build_object('outcomeTaskId', t.id, 'outcomeKind', t.kind, 'state', t.state, 'dueAt', t.due_at, 'role', r.role)`,
  sameInstance: 'n.outcome_task_id = t.id',
};
