import { createHash, randomUUID } from 'node:crypto';
import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnnualContext, CollectiveDecision, Overlay } from '../../workflows/assessment/annual.machine.js';
import { OPINION_SOURCES, type OpinionSource } from '../../workflows/assessment/annual.machine.js';
import type { CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { cycleMachine } from '../../workflows/assessment/cycle.machine.js';
import { candidateEvents, flattenStateValue } from '../../workflows/assessment/lifecycle.js';
import { MACHINES, machineSpec, type Actor, type MachineSpec } from '../../workflows/assessment/registry.js';
import { hasOpenInvestigation, isInForce, isLongLeave, type StatusPeriod } from '../../workflows/cadre/status.js';
import { addDays, lastOfWorkingDays } from '../../workflows/calendar/working-days.js';
import { excellentQuota, isWithinExcellentQuota, poolQuotaSettings } from '../../workflows/rules/quota.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay, chinaMidnight, type CalendarService } from '../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { Params, subtreePatterns } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { schemeVersionsInForce } from '../indicators/rollup.js';
import { actingCapacity, assertActor, leafStates, statesAwaiting, type ActorTarget } from './actors.js';
import { Assessment, AssessmentCycle, SelfReport, type AssessmentKind, type CycleDeadlines } from './assessment.entity.js';
import { ResultEvents } from '../results/result-events.js';
import type { CorrectionSource } from '../../workflows/cases/correction.js';
import { preparedQuery, type SqlFragment } from '../common/sql.js';
import { applyBulkTransition, applyTransition, instanceSelect, loadInstance, persist, restore, type InstanceRow, type MachineEvent, type TransitionActor } from './transition.js';

export interface MutationOptions {
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

export interface PlanCycleInput {
  kind: CycleKind;
  name: string;
  year: number;
  quarter?: number | null;
  task?: string | null;
  organisationId: string;
  deadlines: CycleDeadlines;
}

export interface EnrolInput {
  organisationIds: string[];
  includeSubtree: boolean;
  /** Annual and term cycles also enrol the leadership team of each unit that has cadres. */
  includeTeams: boolean;
}

export interface AssessmentFilter {
  cycleId?: string | null;
  organisationId?: string | null;
  state?: string | null;
  grade?: string | null;
  kind?: AssessmentKind | null;
  cadreId?: string | null;
}

/** The derived columns written with every assessment transition (see deriveAssessmentColumns). */
const ASSESSMENT_ROW_SQL = instanceSelect(
  'assessment',
  't.id, t.cycle_id, t.kind, t.cadre_id, t.organisation_id, t.org_path, t.team_assessment_id, t.machine_id, t.input, t.state, t.snapshot, t.version, t.overlay, t.proposed_grade, t.final_grade, t.due_at, t.due_event, t.updated_at',
);

export const ASSESSMENT_COLUMNS = [
  { name: 'overlay', type: 'text' },
  { name: 'proposed_grade', type: 'text' },
  { name: 'final_grade', type: 'text' },
  { name: 'due_at', type: 'timestamptz' },
  { name: 'due_event', type: 'text' },
];

/** The queryable columns next to the snapshot: grades, overlay and the next deadline. */
export function deriveAssessmentColumns(deadlines: CycleDeadlines) {
  return (next: AnyMachineSnapshot, state: string): Record<string, unknown> => {
    const ctx = next.context as Partial<AnnualContext> & { grade?: string | null };
    let dueAt: string | null = null;
    let dueEvent: string | null = null;
    if (state === 'selfReport.drafting' || state === 'selfReport.returned') {
      dueAt = deadlines.selfReportDue;
      dueEvent = 'MARK_SELF_REPORT_OVERDUE';
    } else if (state === 'publicNotice' && ctx.notice) {
      // The window's last working day counts in full: the notice closes at the next Beijing midnight.
      dueAt = chinaMidnight(addDays(ctx.notice.endsOn, 1)).toISOString();
      dueEvent = 'CLOSE_NOTICE';
    }
    return {
      overlay: ctx.overlay ?? 'NONE',
      proposed_grade: ctx.proposal?.grade ?? null,
      final_grade: ctx.finalGrade ?? ctx.grade ?? null,
      due_at: dueAt,
      due_event: dueEvent,
    };
  };
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * Every change to cycles and assessments: checks who may act, computes the
 * facts the machine's guards need (quota pool, notice window, today), and runs
 * the transition step — one transaction per request, idempotent on a key.
 */
export class AssessmentService {
  private readonly awaiting = new Map<string, Map<Actor, string[]>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CalendarService,
    private readonly now: () => Date,
    private readonly results: ResultEvents = new ResultEvents(),
  ) {}

  // ---------- transactions, idempotency ----------

  /**
   * Runs `work` in one transaction. With an idempotency key, the first answer
   * is stored with the key in the same transaction; a retry with the same key
   * and the same request gets that answer back and writes nothing.
   */
  async mutate<T>(viewer: Viewer | null, operation: string, request: unknown, key: string | null | undefined, work: (m: EntityManager) => Promise<T>, revive?: (stored: unknown) => T): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      if (!key) return work(m);
      const actor = viewer?.userId ?? 'anonymous';
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`idem:${actor}:${key}`]);
      const requestHash = sha({ operation, request });
      const [stored] = (await m.query(`SELECT operation, request_hash, response FROM idempotency_key WHERE actor = $1 AND key = $2`, [actor, key])) as Array<{
        operation: string;
        request_hash: string;
        response: unknown;
      }>;
      if (stored) {
        if (stored.request_hash !== requestHash) {
          throw new AppError('CONFLICT', 'This idempotency key was already used for a different request', { fields: [{ field: 'idempotencyKey', messages: ['was used for another request'] }] });
        }
        return revive ? revive(stored.response) : (stored.response as T);
      }
      const result = await work(m);
      await m.query(`INSERT INTO idempotency_key (key, actor, operation, request_hash, response) VALUES ($1, $2, $3, $4, $5)`, [key, actor, operation, requestHash, JSON.stringify(result)]);
      return result;
    });
  }

  private at(): string {
    return this.now().toISOString();
  }

  // ---------- cycles ----------

  async planCycle(viewer: Viewer | null, input: PlanCycleInput, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    if (input.kind === 'REGULAR' && !input.quarter) throw validation([{ field: 'input.quarter', messages: ['a regular cycle needs its quarter'] }]);
    if (input.kind === 'SPECIAL' && !input.task) throw validation([{ field: 'input.task', messages: ['a special assessment needs its task'] }]);
    const id = await this.mutate(viewer, 'planCycle', input, options.idempotencyKey, async (m) => {
      const org = await m.getRepository(Organisation).findOneBy({ id: input.organisationId });
      if (!org) throw validation([{ field: 'input.organisationId', messages: ['no such organisation'] }]);
      assertCan(viewer, 'cycle:manage', org.path);
      const rules = await effectiveRuleSet(m, org, chinaDay(this.now()));
      // The indicator schemes in force are pinned like the rule set: a later version never changes this cycle.
      const schemes = await schemeVersionsInForce(m, org.path, chinaDay(this.now()));
      if (input.kind === 'ANNUAL') {
        // Gansu's practice, a setting: the annual assessment of year N is finished by (default) 31 March of N + 1.
        const limit = chinaMidnight(addDays(`${input.year + 1}-${rules.settings.cycle.annualFinishByMonthDay}`, 1));
        if (new Date(input.deadlines.finishBy) > limit) {
          throw validation([{ field: 'input.deadlines.finishBy', messages: [`an annual cycle must finish by ${input.year + 1}-${rules.settings.cycle.annualFinishByMonthDay}`] }]);
        }
      }
      if (new Date(input.deadlines.selfReportDue) > new Date(input.deadlines.finishBy)) {
        throw validation([{ field: 'input.deadlines.selfReportDue', messages: ['must come before finishBy'] }]);
      }
      const [snapshot] = initialTransition(cycleMachine, { kind: input.kind });
      const persisted = persist(snapshot);
      const [row] = (await m.query(
        `INSERT INTO assessment_cycle (kind, name, year, quarter, task, organisation_id, org_path, rule_set_id, settings, deadlines, machine_id, machine_version, state, snapshot, created_by, created_at, updated_at, indicator_scheme_versions)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'cycle',$11,$12,$13,$14,$15,$15,$16) RETURNING id`,
        [
          input.kind,
          input.name,
          input.year,
          input.quarter ?? null,
          input.task ?? null,
          org.id,
          org.path,
          rules.ruleSet?.id ?? null,
          JSON.stringify(rules.settings),
          JSON.stringify(input.deadlines),
          MACHINES.cycle.version,
          flattenStateValue(snapshot.value),
          JSON.stringify(persisted),
          viewer.userId,
          this.now(),
          schemes,
        ],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'assessment_cycle',
        entityId: row!.id,
        action: 'PLAN_CYCLE',
        actorUserId: viewer.userId,
        actorRole: 'ORG_ADMIN',
        scopePath: org.path,
        toState: flattenStateValue(snapshot.value),
        fromVersion: 0,
        payload: { input, ruleSetId: rules.ruleSet?.id ?? null, ruleSetVersion: rules.ruleSet?.version ?? null, indicatorSchemeVersions: schemes },
        occurredAt: this.now(),
      });
      return row!.id;
    });
    return this.dataSource.getRepository(AssessmentCycle).findOneByOrFail({ id });
  }

  private readonly deadlineCache = new Map<string, CycleDeadlines>();

  /** A cycle's deadlines, cached: they are fixed when the cycle is planned. */
  private async deadlinesOf(m: EntityManager, cycleId: string): Promise<CycleDeadlines> {
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

  private async cycleRow(m: EntityManager, cycleId: string) {
    const cycle = await m.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    return cycle;
  }

  /**
   * Enrols the cadres (and, for annual and term cycles, the leadership teams)
   * of the chosen organisations, set-based. Each cadre's overlay comes from
   * their status facts: an open investigation or long leave → UNGRADED;
   * probation → COMMENT_ONLY.
   */
  async enrol(viewer: Viewer | null, cycleId: string, input: EnrolInput, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.mutate(viewer, 'enrol', { cycleId, input }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const orgs = await m.getRepository(Organisation).findBy(input.organisationIds.map((id) => ({ id })));
      if (orgs.length !== new Set(input.organisationIds).size) throw validation([{ field: 'input.organisationIds', messages: ['contains an unknown organisation'] }]);
      for (const org of orgs) {
        if (!org.path.startsWith(cycle.orgPath)) throw new AppError('FORBIDDEN', `${org.name} is outside the scope of this cycle`);
      }
      const patterns = orgs.map((o) => (input.includeSubtree ? `${o.path}%` : o.path));
      const annual = cycle.kind === 'ANNUAL' || cycle.kind === 'TERM';
      const spec = annual ? MACHINES.annualAssessment : MACHINES.regularAssessment;
      const kind: AssessmentKind = cycle.kind === 'ANNUAL' ? 'CADRE_ANNUAL' : cycle.kind;
      const yearEnd = `${cycle.year}-12-31`;
      const settings = cycle.settings as unknown as RuleSettings;

      // Overlays from status facts, computed by the pure rules for the few cadres that have any.
      const periods: Array<StatusPeriod & { cadreId: string }> = await m.query(
        `SELECT p.cadre_id AS "cadreId", p.kind, p.starts_on AS "startsOn", p.ends_on AS "endsOn"
           FROM cadre_status_period p JOIN cadre c ON c.id = p.cadre_id JOIN organisation o ON o.id = c.organisation_id
          WHERE o.path LIKE ANY($1::text[])`,
        [patterns],
      );
      const byCadre = new Map<string, StatusPeriod[]>();
      for (const p of periods) byCadre.set(p.cadreId, [...(byCadre.get(p.cadreId) ?? []), p]);
      const overlays: Array<{ cadreId: string; overlay: Overlay; reason: string }> = [];
      for (const [cadreId, list] of byCadre) {
        if (hasOpenInvestigation(list, yearEnd)) overlays.push({ cadreId, overlay: 'UNGRADED', reason: 'INVESTIGATION' });
        else if (isLongLeave(list, cycle.year, settings.gates.longLeaveMonths)) overlays.push({ cadreId, overlay: 'UNGRADED', reason: 'LONG_LEAVE' });
        else if (list.some((p) => p.kind === 'PROBATION' && isInForce(p, yearEnd))) overlays.push({ cadreId, overlay: 'COMMENT_ONLY', reason: 'PROBATION' });
      }
      const variant = (subject: 'CADRE' | 'TEAM', overlay: Overlay, reason: string | null) => {
        const input2 = annual
          ? { subject, kind: cycle.kind === 'TERM' ? 'TERM' : 'ANNUAL', scale: subject === 'TEAM' ? 'TEAM' : 'CADRE', overlay, overlayReason: reason }
          : { kind: cycle.kind };
        const [snapshot] = initialTransition(spec.machine, input2 as never);
        return { input: input2, snapshot: persist(snapshot), state: flattenStateValue(snapshot.value) };
      };
      const plain = variant('CADRE', 'NONE', null);
      const forOverlay = (o: { overlay: Overlay; reason: string }) => variant('CADRE', o.overlay, o.reason);
      const inserted: Array<{ id: string }> = await m.query(
        `WITH overlay AS (
           SELECT * FROM unnest($5::uuid[], $6::text[], $7::jsonb[], $8::jsonb[]) AS x(cadre_id, overlay, input, snapshot)
         )
         INSERT INTO assessment (cycle_id, kind, cadre_id, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, overlay, created_at, updated_at)
         SELECT $1, $2, c.id, c.organisation_id, o.path, $3, $4, coalesce(ov.input, $9::jsonb), $10, coalesce(ov.snapshot, $11::jsonb), coalesce(ov.overlay, 'NONE'), $12, $12
           FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           LEFT JOIN overlay ov ON ov.cadre_id = c.id
          WHERE o.path LIKE ANY($13::text[])
            AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = $1 AND a.cadre_id = c.id)
         RETURNING id`,
        [
          cycle.id,
          kind,
          spec.id,
          spec.version,
          overlays.map((o) => o.cadreId),
          overlays.map((o) => o.overlay),
          overlays.map((o) => JSON.stringify(forOverlay(o).input)),
          overlays.map((o) => JSON.stringify(forOverlay(o).snapshot)),
          JSON.stringify(plain.input),
          plain.state,
          JSON.stringify(plain.snapshot),
          this.now(),
          patterns,
        ],
      );
      let teams = 0;
      if (annual && input.includeTeams) {
        const team = variant('TEAM', 'NONE', null);
        const teamRows: Array<{ id: string }> = await m.query(
          `INSERT INTO assessment (cycle_id, kind, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, created_at, updated_at)
           SELECT $1, 'TEAM_ANNUAL', o.id, o.path, $2, $3, $4, $5, $6, $7, $7
             FROM organisation o
            WHERE o.path LIKE ANY($8::text[]) AND EXISTS (SELECT 1 FROM cadre c WHERE c.organisation_id = o.id)
              AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND a.organisation_id = o.id)
           RETURNING id`,
          [cycle.id, spec.id, spec.version, JSON.stringify(team.input), team.state, JSON.stringify(team.snapshot), this.now(), patterns],
        );
        teams = teamRows.length;
        await m.query(
          `UPDATE assessment a SET team_assessment_id = t.id FROM assessment t
            WHERE a.cycle_id = $1 AND t.cycle_id = $1 AND t.kind = 'TEAM_ANNUAL' AND a.kind <> 'TEAM_ANNUAL'
              AND t.organisation_id = a.organisation_id AND a.team_assessment_id IS NULL`,
          [cycle.id],
        );
      }
      const count = inserted.length + teams;
      if (count === 0) throw validation([{ field: 'input.organisationIds', messages: ['nobody new to enrol there'] }]);
      if (cycle.state === 'open' && annual) {
        // Late enrolment into a running cycle: the newcomers start at once.
        const fresh: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'enrolled'`, [cycle.id]);
        await applyBulkTransition(m, 'assessment', fresh.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at: this.at() }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
          derive: deriveAssessmentColumns(cycle.deadlines),
          deriveColumns: ASSESSMENT_COLUMNS,
        });
      }
      const row = await loadInstance(m, 'assessment_cycle', cycle.id);
      await applyTransition(m, 'assessment_cycle', row, { type: 'ENROL', count, at: this.at() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
        auditPayload: { organisationIds: input.organisationIds, includeSubtree: input.includeSubtree, cadres: inserted.length, teams, overlays: overlays.length },
      });
      return count;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  /** Opens the cycle; every enrolled assessment starts its self-report (one bulk transition). */
  async openCycle(viewer: Viewer | null, cycleId: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.mutate(viewer, 'openCycle', { cycleId }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const at = this.at();
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'OPEN_CYCLE', at }, { userId: viewer.userId, role: 'ORG_ADMIN' }, { expectedVersion: options.expectedVersion });
      const ids: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'enrolled'`, [cycleId]);
      await applyBulkTransition(m, 'assessment', ids.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        derive: deriveAssessmentColumns(cycle.deadlines),
        deriveColumns: ASSESSMENT_COLUMNS,
      });
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  async cancelCycle(viewer: Viewer | null, cycleId: string, reason: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.mutate(viewer, 'cancelCycle', { cycleId, reason }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'CANCEL_CYCLE', reason, at: this.at() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
      });
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  async closeCycle(viewer: Viewer | null, cycleId: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.mutate(viewer, 'closeCycle', { cycleId }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND state NOT IN ('filed', 'done')`, [cycleId])) as [{ n: number }];
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'CLOSE_CYCLE', unfinished: n, at: this.at() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
      });
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  // ---------- one assessment ----------

  private target(row: Assessment): ActorTarget {
    return { orgPath: row.orgPath, organisationId: row.organisationId, cadreId: row.cadreId };
  }

  /** The row and the head of its audit stream, in one prepared read (the transition step needs both). */
  private async assessmentRow(m: EntityManager, id: string): Promise<Assessment> {
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
    } as Partial<Assessment>);
    this.auditHeads.set(row, raw.audit_seq === null ? null : { seq: raw.audit_seq, hash: raw.audit_hash! });
    return row;
  }

  private readonly auditHeads = new WeakMap<Assessment, { seq: number; hash: string } | null>();

  private instance(row: Assessment): InstanceRow {
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

  /**
   * The common path of every assessment action: load, check the actor, let
   * `build` compute the event (with its facts) and any records the step
   * writes, transition, notify the assessed. Returns the updated assessment.
   */
  async act(
    viewer: Viewer | null,
    assessmentId: string,
    eventType: string,
    request: Record<string, unknown>,
    options: MutationOptions,
    build: (ctx: { m: EntityManager; row: Assessment; at: string; cycle: () => Promise<AssessmentCycle>; actor: TransitionActor }) => Promise<{
      event: MachineEvent;
      auditPayload?: Record<string, unknown>;
      /** Records the step writes, run in the transition's own statement. */
      writes?: SqlFragment[];
    }> = async ({ at }) => ({
      event: { type: eventType, at },
    }),
    /**
     * The step's only write is the transition's own statement (its records go
     * in `writes`, `build` reads nothing that must stay locked): without an
     * idempotency key it then runs without BEGIN and COMMIT — the read, then
     * one statement that is atomic by itself and version-checked.
     */
    singleStatement = false,
  ): Promise<Assessment> {
    let fresh: Assessment | null = null;
    const step = async (m: EntityManager, inTransaction: boolean) => {
      const row = await this.assessmentRow(m, assessmentId);
      const spec = machineSpec(row.machineId);
      const capacity = assertActor(viewer, spec, eventType, this.target(row));
      const actor: TransitionActor = { userId: viewer?.userId ?? null, role: capacity };
      const at = this.at();
      // Only a few actions need the cycle's settings; the deadlines every action needs never change.
      const { event, auditPayload, writes = [] } = await build({ m, row, at, cycle: () => this.cycleRow(m, row.cycleId), actor });
      let derived: Record<string, unknown> = {};
      const derive = deriveAssessmentColumns(await this.deadlinesOf(m, row.cycleId));
      const outcome = await applyTransition(m, 'assessment', this.instance(row), event, actor, {
        expectedVersion: options.expectedVersion,
        auditPayload,
        derive: (next, state) => {
          derived = derive(next, state);
          // What follows a changed final result runs in the same transaction: there must be one.
          if (!inTransaction && derived.final_grade !== row.finalGrade) throw new Error(`${eventType} changes the final result: it cannot run as a single statement`);
          return derived;
        },
        writes: (toState) => [...writes, this.subjectNotification(row, event.type, toState, at)],
      });
      const finalGrade = (derived.final_grade as string | null) ?? null;
      if (finalGrade !== row.finalGrade) {
        const correction = event.type === 'CORRECT_RESULT' ? (event as MachineEvent & { reason: string; source: CorrectionSource; caseId: string | null }) : null;
        await this.results.finalResultChanged(m, {
          kind: row.finalGrade === null ? 'DECIDED' : 'CORRECTED',
          assessmentId: row.id,
          previousGrade: row.finalGrade,
          grade: finalGrade,
          reason: correction?.reason ?? (event.type === 'CHANGE_GRADE' ? String(event.reason) : null),
          source: correction?.source ?? 'DECISION',
          caseId: correction?.caseId ?? null,
          at,
          actor,
        });
      }
      // The answer is the row as this step left it: no second read.
      fresh = Object.assign(row, {
        state: outcome.toState,
        version: outcome.version,
        snapshot: outcome.snapshot,
        overlay: derived.overlay as string,
        proposedGrade: derived.proposed_grade as string | null,
        finalGrade: derived.final_grade as string | null,
        dueAt: derived.due_at ? new Date(derived.due_at as string) : null,
        dueEvent: derived.due_event as string | null,
        updatedAt: new Date(at),
      });
      return row.id;
    };
    let id: string;
    if (singleStatement && !options.idempotencyKey) {
      const runner = this.dataSource.createQueryRunner();
      try {
        id = await step(runner.manager, false);
      } finally {
        await runner.release();
      }
    } else {
      id = await this.mutate(viewer, eventType, { assessmentId, request, expectedVersion: options.expectedVersion ?? null }, options.idempotencyKey, (m) => step(m, true));
    }
    // A replayed idempotent request did not run `work`: read the row as it is.
    return fresh ?? this.assessmentRow(this.dataSource.manager, id);
  }

  /**
   * A correction of a final result, inside the transaction of the decision
   * that makes it (a review, an appeal, a fault-tolerance decision, a closed
   * investigation): CORRECT_RESULT through the assessment's machine (never
   * worse; the excellent quota checked again), the assessed told, and the
   * final-result listeners (result versions, outcomes) run with its reason.
   */
  async applyCorrection(
    m: EntityManager,
    assessmentId: string,
    correction: { grade: string; reason: string; source: CorrectionSource; caseId: string | null },
    actor: TransitionActor,
  ): Promise<Assessment> {
    const row = await this.assessmentRow(m, assessmentId);
    const cycle = await this.cycleRow(m, row.cycleId);
    const settings = cycle.settings as unknown as RuleSettings;
    // The pool's quota as the committee's approval draws it: a recorded raise and the members' tilt by the team's grade included.
    const { facts: quota, settings: quotaSettings } = await this.quotaFacts(m, row, settings);
    if (correction.grade === 'EXCELLENT' && !isWithinExcellentQuota(quota, quotaSettings)) {
      const allowed = excellentQuota(quota.graded, quotaSettings, quota.raiseApproved);
      throw new AppError('QUOTA_EXCEEDED', `The excellent quota of this pool is used up: ${quota.excellentApproved} of ${allowed}; the correction cannot make this result EXCELLENT`, {
        used: quota.excellentApproved,
        allowed,
        graded: quota.graded,
      });
    }
    const at = this.at();
    let derived: Record<string, unknown> = {};
    const derive = deriveAssessmentColumns(cycle.deadlines);
    const outcome = await applyTransition(m, 'assessment', this.instance(row), { type: 'CORRECT_RESULT', ...correction, quota, quotaSettings, at }, actor, {
      derive: (next, state) => (derived = derive(next, state)),
    });
    await this.notifySubject(m, row, 'CORRECT_RESULT', outcome.toState, at);
    await this.results.finalResultChanged(m, {
      kind: 'CORRECTED',
      assessmentId: row.id,
      previousGrade: row.finalGrade,
      grade: correction.grade,
      reason: correction.reason,
      source: correction.source,
      caseId: correction.caseId,
      at,
      actor,
    });
    return Object.assign(row, {
      version: outcome.version,
      snapshot: outcome.snapshot,
      state: outcome.toState,
      overlay: derived.overlay as string,
      finalGrade: derived.final_grade as string | null,
      updatedAt: new Date(at),
    });
  }

  /** The assessed (the cadre, or a team's principal leaders) learn what happened, in the same transaction. */
  private subjectNotification(row: Assessment, event: string, state: string, at: string, withinTransition = true): SqlFragment {
    // Within the transition's statement, only if its update happened (see applyTransition's `writes`).
    const when = withinTransition ? ' AND EXISTS (SELECT FROM upd)' : '';
    return {
      sql: row.cadreId
        ? `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at) SELECT u.id, $1::uuid, $2::text, $3::jsonb, $4::timestamptz FROM user_account u WHERE u.cadre_id = $5::uuid${when}`
        : `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
           SELECT u.id, $1::uuid, $2::text, $3::jsonb, $4::timestamptz FROM user_account u JOIN cadre c ON c.id = u.cadre_id WHERE c.organisation_id = $5::uuid AND c.position_type = 'PRINCIPAL'${when}`,
      params: [row.id, event, JSON.stringify({ state }), at, row.cadreId ?? row.organisationId],
    };
  }

  private async notifySubject(m: EntityManager, row: Assessment, event: string, state: string, at: string): Promise<void> {
    const { sql, params } = this.subjectNotification(row, event, state, at, false);
    await m.query(sql, params);
  }

  async saveSelfReportDraft(
    viewer: Viewer | null,
    assessmentId: string,
    draftVersion: number,
    fields: Pick<SelfReport, 'workSummary' | 'dutiesAndTargets' | 'responsibilityStatement' | 'integrityStatement'>,
  ): Promise<SelfReport> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.assessmentRow(m, assessmentId);
      const spec = machineSpec(row.machineId);
      assertActor(viewer, spec, 'SUBMIT_SELF_REPORT', this.target(row));
      if (!['selfReport.drafting', 'selfReport.returned', 'selfReport.overdue'].includes(row.state)) {
        throw new AppError('INVALID_TRANSITION', `The self-report can only be edited while it is being written (now: ${row.state})`, { state: row.state, allowedEvents: [] });
      }
      const saved: Array<{ draft_version: number }> = await m.query(
        `INSERT INTO self_report AS s (assessment_id, work_summary, duties_and_targets, responsibility_statement, integrity_statement, draft_version, draft_saved_at)
         VALUES ($1, $2, $3, $4, $5, 1, $6)
         ON CONFLICT (assessment_id) DO UPDATE SET work_summary = $2, duties_and_targets = $3, responsibility_statement = $4, integrity_statement = $5,
                draft_version = s.draft_version + 1, draft_saved_at = $6
          WHERE s.draft_version = $7
         RETURNING draft_version`,
        [assessmentId, fields.workSummary, fields.dutiesAndTargets, fields.responsibilityStatement, fields.integrityStatement, this.now(), draftVersion],
      );
      if (saved.length === 0) throw new AppError('CONFLICT', 'This draft was saved elsewhere in the meantime (another tab?): reload it before saving again');
      return m.getRepository(SelfReport).findOneByOrFail({ assessmentId });
    });
  }

  submitSelfReport(viewer: Viewer | null, id: string, options: MutationOptions) {
    return this.act(viewer, id, 'SUBMIT_SELF_REPORT', {}, options, async ({ m, row, at }) => {
      const [report] = (await m.query(`SELECT work_summary, responsibility_statement, integrity_statement FROM self_report WHERE assessment_id = $1`, [row.id])) as Array<{
        work_summary: string;
        responsibility_statement: string;
        integrity_statement: string;
      }>;
      const missing = [
        ['workSummary', report?.work_summary],
        ['responsibilityStatement', report?.responsibility_statement],
        ['integrityStatement', report?.integrity_statement],
      ].filter(([, v]) => !v || !String(v).trim());
      if (missing.length) throw validation(missing.map(([f]) => ({ field: String(f), messages: ['must be written before submitting'] })), 'The self-report is not complete');
      await m.query(`UPDATE self_report SET submitted_at = $2 WHERE assessment_id = $1`, [row.id, at]);
      return { event: { type: 'SUBMIT_SELF_REPORT', at }, auditPayload: { selfReportHash: sha(report) } };
    });
  }

  recordEvaluation(viewer: Viewer | null, id: string, kind: 'TALK' | 'OPINION', source: OpinionSource | null, summary: string, options: MutationOptions) {
    const eventType = kind === 'TALK' ? 'RECORD_TALK' : 'RECORD_OPINION';
    if (kind === 'OPINION' && (!source || !OPINION_SOURCES.includes(source))) throw validation([{ field: 'input.source', messages: [`must be one of ${OPINION_SOURCES.join(', ')}`] }]);
    return this.act(viewer, id, eventType, { kind, source, summary }, options, async ({ row, at, actor }) => {
      // The record is written in the transition's own statement, so its id is chosen here.
      const recordId = randomUUID();
      return {
        event: kind === 'TALK' ? { type: eventType, at } : { type: eventType, source, at },
        auditPayload: { recordId },
        writes: [
          {
            sql: `INSERT INTO evaluation_record (id, assessment_id, kind, source, summary, recorded_by, recorded_at) SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::uuid, $7::timestamptz FROM upd`,
            params: [recordId, row.id, kind, source, summary, actor.userId, at],
          },
        ],
      };
    }, true);
  }

  /**
   * The quota pool of an assessment: the same cycle, unit and kind, and rank
   * level when quotas are per level; whether a raise is recorded for it; and,
   * for members, their team's grade (decided, else proposed) that tilts it.
   */
  async quotaFacts(m: EntityManager, row: Assessment, settings: RuleSettings) {
    const perLevel = settings.gates.quotaPerRankLevel && row.cadreId !== null;
    const [facts] = (await m.query(
      `WITH pool AS (
         SELECT a.id, a.overlay, a.snapshot, a.final_grade FROM assessment a
           LEFT JOIN cadre c ON c.id = a.cadre_id
          WHERE a.cycle_id = $2 AND a.kind = $3
            AND (a.kind = 'TEAM_ANNUAL' OR a.organisation_id = $4)
            AND ($5::boolean IS FALSE OR c.rank_level = (SELECT rank_level FROM cadre WHERE id = $6))
       )
       SELECT (SELECT count(*) FILTER (WHERE overlay = 'NONE' AND coalesce(final_grade, snapshot->'context'->'decision'->>'grade', snapshot->'context'->'proposal'->>'grade', '') <> 'UNGRADED') FROM pool)::int AS graded,
              (SELECT count(*) FILTER (WHERE id <> $1 AND coalesce(final_grade, snapshot->'context'->'decision'->>'grade') = 'EXCELLENT') FROM pool)::int AS "excellentApproved",
              EXISTS (SELECT 1 FROM quota_raise_approval q
                       WHERE q.cycle_id = $2 AND q.pool = CASE WHEN $3 = 'TEAM_ANNUAL' THEN 'TEAM' ELSE 'MEMBERS' END
                         AND ($3 = 'TEAM_ANNUAL' OR (q.organisation_id = $4 AND (q.rank_level IS NULL OR ($5 AND q.rank_level = (SELECT rank_level FROM cadre WHERE id = $6)))))) AS "raiseApproved",
              (SELECT coalesce(t.final_grade, t.proposed_grade) FROM assessment t WHERE t.cycle_id = $2 AND t.kind = 'TEAM_ANNUAL' AND t.organisation_id = $4 AND $3 <> 'TEAM_ANNUAL') AS "teamGrade"`,
      [row.id, row.cycleId, row.kind, row.organisationId, perLevel, row.cadreId],
    )) as Array<{ graded: number; excellentApproved: number; raiseApproved: boolean; teamGrade: string | null }>;
    return {
      facts: { graded: facts!.graded, excellentApproved: facts!.excellentApproved, raiseApproved: facts!.raiseApproved },
      settings: poolQuotaSettings({ subject: row.kind === 'TEAM_ANNUAL' ? 'TEAM' : 'MEMBERS', teamGrade: facts!.teamGrade }, settings.gates),
    };
  }

  decideGrade(
    viewer: Viewer | null,
    id: string,
    decision: { type: 'APPROVE_GRADE' } | { type: 'CHANGE_GRADE'; grade: string; reason: string } | { type: 'SEND_BACK'; reason: string },
    collective: CollectiveDecision,
    options: MutationOptions,
  ) {
    return this.act(viewer, id, decision.type, { decision, collective }, options, async ({ m, row, at, cycle }) => {
      if (decision.type === 'SEND_BACK') return { event: { type: 'SEND_BACK', reason: decision.reason, collective, at } };
      const settings = (await cycle()).settings as unknown as RuleSettings;
      const { facts: quota, settings: quotaSettings } = await this.quotaFacts(m, row, settings);
      const grade = decision.type === 'APPROVE_GRADE' ? row.proposedGrade : decision.grade;
      if (grade === 'EXCELLENT' && !isWithinExcellentQuota(quota, quotaSettings)) {
        const allowed = excellentQuota(quota.graded, quotaSettings, quota.raiseApproved);
        const percent = quota.raiseApproved ? quotaSettings.excellentQuotaRaisedPercent : quotaSettings.excellentQuotaPercent;
        throw new AppError('QUOTA_EXCEEDED', `The excellent quota of this pool is used up: ${quota.excellentApproved} of ${allowed} (${percent}% of ${quota.graded} graded)`, {
          used: quota.excellentApproved,
          allowed,
          graded: quota.graded,
        });
      }
      const event: MachineEvent =
        decision.type === 'APPROVE_GRADE'
          ? { type: 'APPROVE_GRADE', collective, quota, quotaSettings, at }
          : { type: 'CHANGE_GRADE', grade: decision.grade, reason: decision.reason, collective, quota, quotaSettings, at };
      return { event };
    });
  }

  /** Publishes the public notice for EXCELLENT decisions: the window is N working days on the official calendar. */
  async openNotice(viewer: Viewer | null, ids: string[], startsOn: string, options: MutationOptions = {}): Promise<Assessment[]> {
    const calendar = await this.calendar.calendar();
    const results: string[] = await this.mutate(viewer, 'openNotice', { ids, startsOn }, options.idempotencyKey, async (m) => {
      const done: string[] = [];
      for (const id of ids) {
        const row = await this.assessmentRow(m, id);
        const spec = machineSpec(row.machineId);
        const capacity = assertActor(viewer, spec, 'OPEN_NOTICE', this.target(row));
        const cycle = await this.cycleRow(m, row.cycleId);
        const days = (cycle.settings as unknown as RuleSettings).notice.publicNoticeWorkingDays;
        const endsOn = lastOfWorkingDays(startsOn, days, calendar);
        const at = this.at();
        const outcome = await applyTransition(m, 'assessment', this.instance(row), { type: 'OPEN_NOTICE', startsOn, endsOn, at }, { userId: viewer?.userId ?? null, role: capacity }, {
          derive: deriveAssessmentColumns(cycle.deadlines),
          auditPayload: { workingDays: days },
        });
        await this.notifySubject(m, row, 'OPEN_NOTICE', outcome.toState, at);
        done.push(id);
      }
      return done;
    });
    return this.dataSource.getRepository(Assessment).findBy(results.map((id) => ({ id })));
  }

  lodgeObjection(viewer: Viewer | null, id: string, content: string, lodgerName: string | null, lodgerContact: string | null, options: MutationOptions) {
    return this.act(viewer, id, 'LODGE_OBJECTION', { content, lodgerName, lodgerContact }, options, async ({ m, row, at }) => {
      if (row.state !== 'publicNotice') throw new AppError('INVALID_TRANSITION', 'Objections can only be lodged while the public notice is open', { state: row.state, allowedEvents: [] });
      const [objection] = (await m.query(
        `INSERT INTO objection (assessment_id, content, lodger_name, lodger_contact, lodged_at) VALUES ($1,$2,$3,$4,$5) RETURNING id`,
        [row.id, content, lodgerName, lodgerContact, at],
      )) as Array<{ id: string }>;
      // The objector's identity stays in the objection row, not in the audit trail.
      return { event: { type: 'LODGE_OBJECTION', objectionId: objection!.id, at } };
    });
  }

  decideObjection(viewer: Viewer | null, objectionId: string, outcome: 'INVESTIGATE_OBJECTION' | 'UPHOLD_OBJECTION' | 'DISMISS_OBJECTION', finding: string, options: MutationOptions) {
    return this.dataSource
      .query(`SELECT assessment_id FROM objection WHERE id = $1`, [objectionId])
      .then((rows: Array<{ assessment_id: string }>) => {
        if (!rows[0]) throw notFound('Objection');
        return this.act(viewer, rows[0].assessment_id, outcome, { objectionId, finding }, options, async ({ m, at, actor }) => {
          const status = outcome === 'INVESTIGATE_OBJECTION' ? 'INVESTIGATING' : outcome === 'UPHOLD_OBJECTION' ? 'UPHELD' : 'DISMISSED';
          await m.query(
            `UPDATE objection SET status = $2, finding = $3, decided_by = $4, decided_at = CASE WHEN $2 IN ('UPHELD', 'DISMISSED') THEN $5::timestamptz ELSE decided_at END WHERE id = $1`,
            [objectionId, status, finding, actor.userId, at],
          );
          return { event: { type: outcome, objectionId, at }, auditPayload: { finding } };
        });
      });
  }

  closeNotice(viewer: Viewer | null, id: string, options: MutationOptions) {
    return this.act(viewer, id, 'CLOSE_NOTICE', {}, options, async ({ at }) => ({ event: { type: 'CLOSE_NOTICE', today: chinaDay(this.now()), at } }));
  }

  // ---------- deadlines ----------

  /**
   * Fires every deadline that is due at `now` as SYSTEM: overdue self-reports,
   * notice windows that have run their working days. Safe with several server
   * processes: rows are claimed with SKIP LOCKED, and the transition step's
   * version check stops a double firing. Returns how many fired.
   */
  async runDueDeadlines(now = this.now(), limit = 5000): Promise<{ fired: number; skipped: number }> {
    return this.dataSource.transaction(async (m) => {
      const due: Array<{ id: string; due_event: string; cycle_id: string; final_grade: string | null }> = await m.query(
        `SELECT id, due_event, cycle_id, final_grade FROM assessment WHERE due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      if (due.length === 0) return { fired: 0, skipped: 0 };
      const before = new Map(due.map((d) => [d.id, d.final_grade]));
      const cycles = new Map<string, CycleDeadlines>();
      for (const row of (await m.query(`SELECT id, deadlines FROM assessment_cycle WHERE id = ANY($1::uuid[])`, [[...new Set(due.map((d) => d.cycle_id))]])) as Array<{
        id: string;
        deadlines: CycleDeadlines;
      }>)
        cycles.set(row.id, row.deadlines);
      const at = now.toISOString();
      const today = chinaDay(now);
      let fired = 0;
      let skipped = 0;
      const groups = new Map<string, string[]>();
      for (const d of due) groups.set(`${d.due_event}|${d.cycle_id}`, [...(groups.get(`${d.due_event}|${d.cycle_id}`) ?? []), d.id]);
      for (const [key, ids] of groups) {
        const [eventType, cycleId] = key.split('|') as [string, string];
        const result = await applyBulkTransition(
          m,
          'assessment',
          ids,
          () => (eventType === 'CLOSE_NOTICE' ? { type: eventType, today, at } : { type: eventType, at }),
          { userId: null, role: 'SYSTEM' },
          { derive: deriveAssessmentColumns(cycles.get(cycleId)!), deriveColumns: ASSESSMENT_COLUMNS },
        );
        fired += result.applied.length;
        skipped += result.skipped.length;
        // A deadline that cannot fire yet (an objection still open) waits for the decision that ends it.
        if (result.skipped.length) await m.query(`UPDATE assessment SET due_at = NULL WHERE id = ANY($1::uuid[])`, [result.skipped.map((s) => s.id)]);
        for (const id of result.applied) {
          const row = await this.assessmentRow(m, id);
          await this.notifySubject(m, row, eventType, row.state, at);
          if (row.finalGrade !== null && before.get(id) === null) {
            await this.results.finalResultChanged(m, { kind: 'DECIDED', assessmentId: id, previousGrade: null, grade: row.finalGrade, reason: null, source: 'DECISION', caseId: null, at, actor: { userId: null, role: 'SYSTEM' } });
          }
        }
      }
      return { fired, skipped };
    });
  }

  /**
   * Reminds cadres whose self-report is still being written and due within
   * three days, once a day each. Returns how many reminders were sent.
   */
  async sendReminders(now = this.now()): Promise<number> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO notification (user_id, assessment_id, kind, payload, created_at)
       SELECT u.id, a.id, 'REMINDER', jsonb_build_object('dueAt', a.due_at, 'state', a.state), $1
         FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id
        WHERE a.due_event = 'MARK_SELF_REPORT_OVERDUE' AND a.due_at > $1 AND a.due_at <= $1::timestamptz + interval '3 days'
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.assessment_id = a.id AND n.user_id = u.id AND n.kind = 'REMINDER'
                          AND n.created_at > $1::timestamptz - interval '20 hours')
       RETURNING id`,
      [now],
    );
    return rows.length;
  }

  // ---------- reading ----------

  async get(viewer: Viewer | null, id: string): Promise<Assessment> {
    const row = await this.assessmentRow(this.dataSource.manager, id);
    this.assertCanRead(viewer, row);
    return row;
  }

  assertCanRead(viewer: Viewer | null, row: Assessment): void {
    if (actingCapacity(viewer, machineSpec(row.machineId), 'SUBMIT_SELF_REPORT', this.target(row)) === 'SUBJECT') return;
    if (viewer?.cadreId && row.cadreId === viewer.cadreId) return;
    // The public sees assessments on public notice only, through the public notice query.
    assertCan(viewer, 'assessment:read', row.orgPath);
  }

  /** Events the viewer may send now: what the snapshot can take ∩ what the viewer may do there. */
  availableActions(viewer: Viewer | null, row: Assessment): string[] {
    const spec = machineSpec(row.machineId);
    const snapshot = restore(spec, row.snapshot);
    return candidateEvents(snapshot).filter((e) => actingCapacity(viewer, spec, e, this.target(row)) !== null);
  }

  async list(viewer: Viewer | null, filter: AssessmentFilter, first: number, after?: string | null): Promise<ConnectionShape<Assessment>> {
    assertCan(viewer, 'assessment:read');
    const p = new Params();
    const qb = this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where(`a.org_path LIKE ANY(${p.add(subtreePatterns(scopeOf(viewer, 'assessment:read')))}::text[])`);
    if (filter.cycleId) qb.andWhere(`a.cycle_id = ${p.add(filter.cycleId)}`);
    if (filter.organisationId) qb.andWhere(`a.org_path LIKE (SELECT path || '%' FROM organisation WHERE id = ${p.add(filter.organisationId)})`);
    if (filter.state) qb.andWhere(`(a.state = ${p.add(filter.state)} OR a.state LIKE ${p.add(`${filter.state}.%`)})`);
    if (filter.grade) qb.andWhere(`coalesce(a.final_grade, a.proposed_grade) = ${p.add(filter.grade)}`);
    if (filter.kind) qb.andWhere(`a.kind = ${p.add(filter.kind)}`);
    if (filter.cadreId) qb.andWhere(`a.cadre_id = ${p.add(filter.cadreId)}`);
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 1);
    if (cursor) qb.andWhere(`a.id > ${p.add(cursor[0])}::uuid`, p.values);
    const rows = await qb.orderBy('a.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (a) => [a.id], () => counter.getCount());
  }

  /** The viewer's own assessments (as the assessed), newest first. */
  async mine(viewer: Viewer | null): Promise<Assessment[]> {
    if (!viewer?.cadreId) return [];
    return this.dataSource
      .getRepository(Assessment)
      .createQueryBuilder('a')
      .where('a.cadre_id = :cadre', { cadre: viewer.cadreId })
      .orWhere(viewer.cadrePositionType === 'PRINCIPAL' ? `a.kind = 'TEAM_ANNUAL' AND a.organisation_id = :org` : 'false', { org: viewer.cadreOrganisationId })
      .orderBy('a.updated_at', 'DESC')
      .limit(50)
      .getMany();
  }

  /** What waits on the viewer: assessments in their jurisdictions in a state where one of their roles acts next. */
  async workQueue(viewer: Viewer | null, first: number, after?: string | null): Promise<ConnectionShape<Assessment>> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const conditions: string[] = [];
    const p = new Params();
    for (const spec of [MACHINES.annualAssessment, MACHINES.regularAssessment] as MachineSpec[]) {
      const awaiting = this.awaitingFor(spec);
      for (const grant of viewer.grants) {
        const states = (awaiting.get(grant.role) ?? []).flatMap((s) => leafStates(spec, s));
        if (states.length) conditions.push(`(a.machine_id = ${p.add(spec.id)} AND a.org_path LIKE ${p.add(`${grant.organisationPath}%`)} AND a.state = ANY(${p.add(states)}::text[]))`);
      }
      const subjectStates = (awaiting.get('SUBJECT') ?? []).flatMap((s) => leafStates(spec, s));
      if (viewer.cadreId && subjectStates.length && viewer.grants.some((g) => g.role === 'CADRE')) {
        conditions.push(`(a.machine_id = ${p.add(spec.id)} AND a.cadre_id = ${p.add(viewer.cadreId)} AND a.state = ANY(${p.add(subjectStates)}::text[]))`);
      }
    }
    if (conditions.length === 0) return toConnection([], first, () => [], async () => 0);
    const qb = this.dataSource.getRepository(Assessment).createQueryBuilder('a').where(`(${conditions.join(' OR ')})`).setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(a.updated_at, a.id) > (${p.add(cursor[0])}::timestamptz, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('a.updated_at', 'ASC').addOrderBy('a.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (a) => [a.updatedAt.toISOString(), a.id], () => counter.getCount());
  }

  private awaitingFor(spec: MachineSpec): Map<Actor, string[]> {
    let map = this.awaiting.get(spec.id);
    if (!map) {
      map = statesAwaiting(spec);
      this.awaiting.set(spec.id, map);
    }
    return map;
  }

  /** Open public notices, for anyone: only what the notice itself publishes. */
  async publicNotices(): Promise<Array<{ assessmentId: string; subject: string; post: string | null; organisationName: string; grade: string; startsOn: string; endsOn: string }>> {
    const rows: Array<{ id: string; cadre_name: string | null; post: string | null; org_name: string; grade: string; starts_on: string; ends_on: string }> = await this.dataSource.query(
      `SELECT a.id, c.name AS cadre_name, c.post, o.name AS org_name, a.snapshot->'context'->'decision'->>'grade' AS grade,
              a.snapshot->'context'->'notice'->>'startsOn' AS starts_on, a.snapshot->'context'->'notice'->>'endsOn' AS ends_on
         FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE a.state = 'publicNotice' ORDER BY o.path, c.name LIMIT 500`,
    );
    return rows.map((r) => ({
      assessmentId: r.id,
      subject: r.cadre_name ?? `${r.org_name}领导班子`,
      post: r.post,
      organisationName: r.org_name,
      grade: r.grade,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    }));
  }
}
