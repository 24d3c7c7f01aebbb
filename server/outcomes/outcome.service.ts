import type { DataSource, EntityManager } from 'typeorm';
import { candidateEvents } from '../../workflows/lifecycle.js';
import { MACHINES, machineSpec, type Actor, type MachineSpec } from '../../workflows/registry.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import type { OutcomeKind } from '../../workflows/outcomes/kinds.js';
import { computeCounters, type BlockedOutcome, type Counter, type Subject } from '../../workflows/outcomes/rules.js';
import { GRADE_SCALES } from '../../workflows/rules/grades.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { Params, subtreePatterns } from '../common/sql.js';
import type { AssessmentService, MutationOptions } from '../assessments/assessment.service.js';
import { actingCapacity, assertActor, leafStates, statesAwaiting, type ActorTarget } from '../workflow/actors.js';
import { applyBulkTransition, applyTransition, restore, type InstanceRow, type MachineEvent, type TransitionActor } from '../workflow/transition.js';
import type { FinalResultChanged } from '../results/result-events.js';
import { OutcomeTask } from './outcome.entity.js';
import {
  OUTCOME_COLUMNS,
  carryOutDays,
  cycleSettings,
  deriveOutcomeColumns,
  loadResults,
  loadStatusPeriods,
  plansFor,
  reconcileOutcomes,
  type OutcomeSubject,
  type ReconcileReport,
  type ResultRow,
} from './reconcile.js';

/** Which run a counter alert is about (DOMAIN.md §6): the outcome it leads to comes with the run's threshold. */
export const ALERT_COUNTERS = ['CONSECUTIVE_EXCELLENT', 'CONSECUTIVE_BASICALLY_COMPETENT', 'CONSECUTIVE_INCOMPETENT'] as const;
export type AlertCounter = (typeof ALERT_COUNTERS)[number];
/** REACHED: the latest result completes the run (merit, adjustment, dismissal); NEXT_YEAR: one more such year would. */
export const ALERT_STAGES = ['REACHED', 'NEXT_YEAR'] as const;
export type AlertStage = (typeof ALERT_STAGES)[number];

export interface CounterAlertShape {
  cadreId: string;
  organisationId: string;
  counter: AlertCounter;
  stage: AlertStage;
  /** Consecutive years up to and including `latestYear`. */
  value: number;
  threshold: number;
  latestYear: number;
  latestGrade: string;
  countedYears: number[];
}

export interface CounterAlertFilter {
  counter?: AlertCounter | null;
  stage?: AlertStage | null;
  organisationId?: string | null;
  /** Only cadres whose latest final result is of this year. */
  year?: number | null;
}

export interface OutcomeFilter {
  state?: string | null;
  kind?: OutcomeKind | null;
  cycleId?: string | null;
  organisationId?: string | null;
  cadreId?: string | null;
}

/** One year's final result in a cadre's record, with how it was reached. */
export interface YearResultShape {
  assessmentId: string;
  cycleId: string;
  year: number;
  grade: string;
  decidedAt: Date;
  proposedGrade: string | null;
  proposalComment: string | null;
  /** APPROVED (the proposal stood), CHANGED (with a reason), or OVERLAY (UNGRADED / COMMENT_ONLY from status facts). */
  decision: string;
  changedFrom: string | null;
  changeReason: string | null;
  overlay: string;
  overlayReason: string | null;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  score: number | null;
  gates: Array<{ code: string; effect: string; detail: string }>;
}

export interface RecordShape {
  subject: Subject;
  cadreId: string | null;
  organisationId: string;
  results: YearResultShape[];
  outcomes: OutcomeTask[];
  counters: Counter[];
  blocked: BlockedOutcome[];
}

const OUTCOME_MACHINES: MachineSpec[] = [MACHINES.outcomeTask, MACHINES.committeeOutcomeTask, MACHINES.remedialTraining];

/**
 * Results application (DOMAIN.md §6): proposes and reconciles outcome tasks
 * when final results are decided or corrected, runs every task action
 * through the transition step, fires their deadlines, and answers a
 * cadre's (or team's) record.
 */
export class OutcomeService {
  private readonly awaiting = new Map<string, Map<Actor, string[]>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly assessments: AssessmentService,
  ) {}

  // ---------- the hook ----------

  /**
   * The ResultEvents listener: a decided annual result proposes what it
   * justifies; a corrected one reconciles that year and the years after it.
   * Regular, special and term assessments have no outcomes here.
   */
  readonly onFinalResultChanged = async (m: EntityManager, change: FinalResultChanged): Promise<ReconcileReport | null> => {
    const [row] = (await m.query(
      `SELECT a.kind, a.cadre_id, a.organisation_id, c.year, c.kind AS cycle_kind FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1`,
      [change.assessmentId],
    )) as Array<{ kind: string; cadre_id: string | null; organisation_id: string; year: number; cycle_kind: string }>;
    if (!row || row.cycle_kind !== 'ANNUAL' || (row.kind !== 'CADRE_ANNUAL' && row.kind !== 'TEAM_ANNUAL')) return null;
    const who: OutcomeSubject = { subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'CADRE', cadreId: row.cadre_id, organisationId: row.organisation_id };
    return reconcileOutcomes(m, who, row.year, change.at, {
      kind: change.kind,
      assessmentId: change.assessmentId,
      previousGrade: change.previousGrade,
      grade: change.grade,
      reason: change.reason,
      by: change.actor,
    });
  };

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
    let fresh: OutcomeTask | null = null;
    const id = await this.assessments.mutate(viewer, `outcome:${eventType}`, { taskId, request, expectedVersion: options.expectedVersion ?? null }, options.idempotencyKey, async (m) => {
      const row = await this.taskRow(m, taskId, true);
      const capacity = assertActor(viewer, machineSpec(row.machineId), eventType, this.target(row));
      const actor: TransitionActor = { userId: viewer?.userId ?? null, role: capacity };
      const now = this.now();
      const at = now.toISOString();
      const event = await build({ m, row, at, today: chinaDay(now) });
      let derived: Record<string, unknown> = {};
      const outcome = await applyTransition(m, 'outcome_task', this.instance(row), event, actor, {
        expectedVersion: options.expectedVersion,
        derive: (next, state) => (derived = deriveOutcomeColumns(next, state)),
      });
      fresh = Object.assign(row, {
        state: outcome.toState,
        version: outcome.version,
        snapshot: outcome.snapshot,
        dueAt: derived.due_at ? new Date(derived.due_at as string) : null,
        dueEvent: (derived.due_event as string | null) ?? null,
        updatedAt: new Date(at),
      });
      return row.id;
    });
    return fresh ?? this.taskRow(this.dataSource.manager, id);
  }

  approve(viewer: Viewer | null, id: string, note: string | null, choice: string | null, options: MutationOptions) {
    return this.act(viewer, id, 'APPROVE', { note, choice }, options, async ({ m, row, at, today }) => {
      const settings = await this.settingsOf(m, row.cycleId);
      return { type: 'APPROVE', note, choice, dueOn: addDays(today, carryOutDays(row.kind, settings)), at };
    });
  }

  carryOut(viewer: Viewer | null, id: string, note: string, options: MutationOptions) {
    return this.act(viewer, id, 'CARRY_OUT', { note }, options, async ({ at }) => ({ type: 'CARRY_OUT', note, at }));
  }

  verify(viewer: Viewer | null, id: string, note: string | null, options: MutationOptions) {
    return this.act(viewer, id, 'VERIFY', { note }, options, async ({ at }) => ({ type: 'VERIFY', note, at }));
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
    return this.act(viewer, id, 'COMPLETE', { note }, options, async ({ at }) => ({ type: 'COMPLETE', note, at }));
  }

  // ---------- deadlines and reminders ----------

  /**
   * Fires the outcome deadlines due at `now` as SYSTEM (MARK_OVERDUE), and
   * tells whoever acts next. Safe with several processes: rows are claimed
   * with SKIP LOCKED and the transition step checks versions.
   */
  async runDueDeadlines(now = this.now(), limit = 5000): Promise<{ fired: number; skipped: number }> {
    return this.dataSource.transaction(async (m) => {
      const due: Array<{ id: string }> = await m.query(
        `SELECT id FROM outcome_task WHERE due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (due.length === 0) return { fired: 0, skipped: 0 };
      const at = now.toISOString();
      const result = await applyBulkTransition(m, 'outcome_task', due.map((d) => d.id), () => ({ type: 'MARK_OVERDUE', today: chinaDay(now), at }), { userId: null, role: 'SYSTEM' }, {
        derive: deriveOutcomeColumns,
        deriveColumns: OUTCOME_COLUMNS,
      });
      // A deadline that cannot fire (the step moved on meanwhile) is dropped rather than retried every minute.
      if (result.skipped.length) await m.query(`UPDATE outcome_task SET due_at = NULL, due_event = NULL WHERE id = ANY($1::uuid[])`, [result.skipped.map((s) => s.id)]);
      await this.notifyActors(m, result.applied, 'OUTCOME_OVERDUE', at);
      return { fired: result.applied.length, skipped: result.skipped.length };
    });
  }

  /** Reminds whoever acts next on tasks whose deadline falls within the configured days, once a day each. */
  async sendReminders(now = this.now()): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const due: Array<{ id: string }> = await m.query(
        `SELECT t.id FROM outcome_task t JOIN assessment_cycle c ON c.id = t.cycle_id
          WHERE t.due_event = 'MARK_OVERDUE' AND t.due_at > $1
            AND t.due_at <= $1::timestamptz + make_interval(days => coalesce((c.settings->'outcomes'->>'reminderLeadDays')::int, $2))`,
        [now, DEFAULT_RULE_SETTINGS.outcomes.reminderLeadDays],
      );
      return this.notifyActors(m, due.map((d) => d.id), 'OUTCOME_REMINDER', now.toISOString(), true);
    });
  }

  /** Notifies the users holding a role that acts next on each task, inside its jurisdiction. */
  private async notifyActors(m: EntityManager, ids: string[], kind: string, at: string, oncePerDay = false): Promise<number> {
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
          AND (NOT $7 OR NOT EXISTS (SELECT 1 FROM notification n WHERE n.outcome_task_id = t.id AND n.user_id = ra.user_id AND n.kind = $5
                                      AND n.created_at > $6::timestamptz - interval '20 hours'))
       RETURNING id`,
      [ids, triples.machine, triples.state, triples.role, kind, at, oncePerDay],
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

  /** Events the viewer may send now: what the snapshot can take ∩ what the viewer's roles allow here. */
  availableActions(viewer: Viewer | null, row: OutcomeTask): string[] {
    const spec = machineSpec(row.machineId);
    return candidateEvents(restore(spec, row.snapshot)).filter((e) => actingCapacity(viewer, spec, e, this.target(row)) !== null);
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

  /**
   * Cadres of the viewer's jurisdictions whose latest final annual result
   * completes a run that leads to an outcome (a third consecutive EXCELLENT,
   * a second consecutive BASICALLY_COMPETENT or INCOMPETENT — thresholds from
   * the settings the latest cycle pinned) or would with one more such year.
   * Set-based: one statement over every result (gaps and islands), whatever
   * the number of cadres; the same grade classes as `computeCounters`.
   */
  async counterAlerts(viewer: Viewer | null, filter: CounterAlertFilter, first: number, after?: string | null): Promise<ConnectionShape<CounterAlertShape>> {
    assertCan(viewer, 'outcome:read');
    const r = DEFAULT_RULE_SETTINGS.results;
    const level = (i: number) => [GRADE_SCALES.CADRE[i], GRADE_SCALES.PUBLIC_INSTITUTION[i]];
    const params: unknown[] = [
      subtreePatterns(scopeOf(viewer, 'outcome:read')),
      level(0),
      level(2),
      level(3),
      r.meritConsecutiveExcellentYears,
      r.basicallyCompetentAdjustmentConsecutiveYears,
      r.incompetentDismissalConsecutiveYears,
    ];
    const where: string[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (filter.counter) where.push(`a.counter = ${add(filter.counter)}`);
    if (filter.stage) where.push(`a.stage = ${add(filter.stage)}`);
    if (filter.year) where.push(`a.latest_year = ${add(filter.year)}`);
    if (filter.organisationId) where.push(`a.org_path LIKE (SELECT path || '%' FROM organisation WHERE id = ${add(filter.organisationId)})`);
    const base = `
      WITH results AS (
        SELECT DISTINCT ON (a.cadre_id, c.year) a.cadre_id, c.year, a.final_grade AS grade, a.organisation_id, a.org_path, c.settings
          FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         WHERE a.machine_id = 'annualAssessment' AND c.kind = 'ANNUAL' AND c.state <> 'cancelled' AND a.final_grade IS NOT NULL
           AND a.kind = 'CADRE_ANNUAL' AND a.org_path LIKE ANY($1::text[])
         ORDER BY a.cadre_id, c.year, a.updated_at DESC
      ), classed AS (
        SELECT *, CASE WHEN grade = ANY($2::text[]) THEN 'CONSECUTIVE_EXCELLENT'
                       WHEN grade = ANY($3::text[]) THEN 'CONSECUTIVE_BASICALLY_COMPETENT'
                       WHEN grade = ANY($4::text[]) THEN 'CONSECUTIVE_INCOMPETENT' END AS counter,
                  max(year) OVER (PARTITION BY cadre_id) AS latest_year
          FROM results
      ), islands AS (
        -- Years of one class with no other result and no missing year between them share year - row_number().
        SELECT *, year - row_number() OVER (PARTITION BY cadre_id, counter ORDER BY year) AS island FROM classed WHERE counter IS NOT NULL
      ), runs AS (
        SELECT l.cadre_id, l.organisation_id, l.org_path, l.counter, l.latest_year, l.grade AS latest_grade,
               array_agg(i.year ORDER BY i.year) AS counted_years, count(*)::int AS value,
               CASE l.counter
                 WHEN 'CONSECUTIVE_EXCELLENT' THEN coalesce((l.settings->'results'->>'meritConsecutiveExcellentYears')::int, $5)
                 WHEN 'CONSECUTIVE_BASICALLY_COMPETENT' THEN coalesce((l.settings->'results'->>'basicallyCompetentAdjustmentConsecutiveYears')::int, $6)
                 ELSE coalesce((l.settings->'results'->>'incompetentDismissalConsecutiveYears')::int, $7) END AS threshold
          FROM islands l JOIN islands i ON i.cadre_id = l.cadre_id AND i.counter = l.counter AND i.island = l.island
         WHERE l.year = l.latest_year
         GROUP BY l.cadre_id, l.organisation_id, l.org_path, l.counter, l.latest_year, l.grade, l.settings
      ), alerts AS (
        -- A merit is earned at every full run (3, 6, 9… years); adjustment and dismissal from the threshold on.
        SELECT *, CASE WHEN counter = 'CONSECUTIVE_EXCELLENT' THEN CASE WHEN value % threshold = 0 THEN 'REACHED' WHEN value % threshold = threshold - 1 THEN 'NEXT_YEAR' END
                       ELSE CASE WHEN value >= threshold THEN 'REACHED' WHEN value = threshold - 1 THEN 'NEXT_YEAR' END END AS stage
          FROM runs
      )
      SELECT a.* FROM alerts a WHERE a.stage IS NOT NULL${where.length ? ` AND ${where.join(' AND ')}` : ''}`;
    const countParams = [...params];
    const cursor = decodeCursor(after, 3);
    let page = base;
    if (cursor) page += ` AND (a.stage, a.counter, a.cadre_id) > (${add(cursor[0])}, ${add(cursor[1])}, ${add(cursor[2])}::uuid)`;
    page += ` ORDER BY a.stage, a.counter, a.cadre_id LIMIT ${add(first + 1)}`;
    const rows: Array<{ cadre_id: string; organisation_id: string; counter: AlertCounter; stage: AlertStage; value: number; threshold: number; latest_year: number; latest_grade: string; counted_years: number[] }> =
      await this.dataSource.query(page, params);
    const alerts = rows.map((row) => ({
      cadreId: row.cadre_id,
      organisationId: row.organisation_id,
      counter: row.counter,
      stage: row.stage,
      value: row.value,
      threshold: row.threshold,
      latestYear: row.latest_year,
      latestGrade: row.latest_grade,
      countedYears: row.counted_years,
    }));
    return toConnection(alerts, first, (a) => [a.stage, a.counter, a.cadreId], async () => {
      const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM (${base}) x`, countParams)) as [{ n: number }];
      return n;
    });
  }

  /**
   * One cadre's (or one team's) record: the final results by year with how
   * each was reached, every outcome task with its state, and the counters
   * with their explanations. A fixed number of queries, whatever the years.
   */
  async record(viewer: Viewer | null, who: { cadreId?: string | null; organisationId?: string | null }): Promise<RecordShape> {
    const m = this.dataSource.manager;
    let subject: OutcomeSubject;
    if (who.cadreId) {
      const [cadre] = (await m.query(`SELECT c.id, c.organisation_id, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [who.cadreId])) as Array<{
        id: string;
        organisation_id: string;
        path: string;
      }>;
      if (!cadre) throw notFound('Cadre');
      if (viewer?.cadreId !== cadre.id) assertCan(viewer, 'outcome:read', cadre.path);
      subject = { subject: 'CADRE', cadreId: cadre.id, organisationId: cadre.organisation_id };
    } else if (who.organisationId) {
      const [org] = (await m.query(`SELECT id, path FROM organisation WHERE id = $1`, [who.organisationId])) as Array<{ id: string; path: string }>;
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'outcome:read', org.path);
      subject = { subject: 'TEAM', cadreId: null, organisationId: org.id };
    } else {
      throw new AppError('VALIDATION', 'Give a cadreId or an organisationId', { fields: [{ field: 'cadreId', messages: ['or organisationId is required'] }] });
    }
    const results = await loadResults(m, subject);
    const periods = await loadStatusPeriods(m, subject.cadreId);
    const details = await this.resultDetails(m, results);
    const outcomes = await m
      .getRepository(OutcomeTask)
      .createQueryBuilder('t')
      .where(subject.subject === 'CADRE' ? 't.cadre_id = :id' : `t.subject = 'TEAM' AND t.organisation_id = :id`, { id: subject.cadreId ?? subject.organisationId })
      .orderBy('t.year', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.kind', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    const latest = results.at(-1);
    const counters = latest ? computeCounters(subject.subject, results, latest.settings, latest.year) : [];
    const blocked = latest ? plansFor(subject, results, latest.year, periods, chinaDay(this.now()))[0]!.blocked : [];
    return { subject: subject.subject, cadreId: subject.cadreId, organisationId: subject.organisationId, results: details, outcomes, counters, blocked };
  }

  /** How each result was reached: the proposal, the committee's approval or change with its reason, the overlay, the notice, the grading engine's gates. */
  private async resultDetails(m: EntityManager, results: ResultRow[]): Promise<YearResultShape[]> {
    if (results.length === 0) return [];
    const rows: Array<{ id: string; overlay: string; updated_at: Date; context: Record<string, never>; score: number | null; gates: YearResultShape['gates'] | null }> = await m.query(
      `SELECT a.id, a.overlay, a.updated_at, a.snapshot->'context' AS context, g.score::float8 AS score, g.gates
         FROM assessment a
         LEFT JOIN LATERAL (SELECT score, gates FROM grading_result WHERE assessment_id = a.id ORDER BY version DESC LIMIT 1) g ON true
        WHERE a.id = ANY($1::uuid[])`,
      [results.map((r) => r.assessmentId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return results.map((r) => {
      const row = byId.get(r.assessmentId)!;
      const ctx = row.context as {
        proposal?: { grade: string; comment: string } | null;
        decision?: { grade: string; changedFrom: string | null; reason: string | null; at: string } | null;
        overlayReason?: string | null;
        notice?: { startsOn: string; endsOn: string } | null;
      };
      const changed = ctx.decision?.changedFrom != null;
      return {
        assessmentId: r.assessmentId,
        cycleId: r.cycleId,
        year: r.year,
        grade: r.grade,
        decidedAt: ctx.decision?.at ? new Date(ctx.decision.at) : row.updated_at,
        proposedGrade: ctx.proposal?.grade ?? null,
        proposalComment: ctx.proposal?.comment ?? null,
        decision: row.overlay !== 'NONE' ? 'OVERLAY' : changed ? 'CHANGED' : 'APPROVED',
        changedFrom: ctx.decision?.changedFrom ?? null,
        changeReason: ctx.decision?.reason ?? null,
        overlay: row.overlay,
        overlayReason: ctx.overlayReason ?? null,
        noticeStartsOn: ctx.notice?.startsOn ?? null,
        noticeEndsOn: ctx.notice?.endsOn ?? null,
        score: row.score,
        gates: row.gates ?? [],
      };
    });
  }
}
