import { initialTransition } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnnualContext } from '../../../workflows/assessment/annual.machine.js';
import { flattenStateValue } from '../../../workflows/lifecycle.js';
import type { MachineSpec } from '../../../workflows/registry.js';
import { isBetterResult, type CorrectionSource } from '../../../workflows/cases/correction.js';
import type { PenaltyKind } from '../../../workflows/rules/settings.js';
import { leafStates, statesAwaiting, type ActorTarget } from '../../workflow/actors.js';
import { Assessment } from '../../assessments/assessment.entity.js';
import { persist, type MachineEvent, type TransitionActor } from '../../workflow/transition.js';
import { availableActions } from '../../workflow/available-actions.js';
import type { InstanceKind, MutationOptions, WorkflowEngine } from '../../workflow/engine.js';
import type { ResultCorrections } from '../../results/correction.service.js';
import { appendAudit } from '../../audit/audit.service.js';
import { assertCan, assertSignedIn, can, scopeOf, type Viewer } from '../../auth/policy.js';
import { chinaDay } from '../../calendar/calendar.service.js';
import { notFound } from '../../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../../common/pagination.js';
import { subtreePatterns } from '../../common/sql.js';
import type { GradingService } from '../../grading/grading.service.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { CASE_MACHINES, deriveCase, toCaseRow, type CaseRow, type CaseTable } from './case-row.js';

export type { CaseRow, CaseTable } from './case-row.js';

/** A case action's build step: the event to send, what follows it in the same transaction, extra audit payload. */
export type CaseActionBuild = (ctx: { m: EntityManager; row: CaseRow; actor: TransitionActor; at: string; today: string }) => Promise<{
  event: MachineEvent;
  after?: (m: EntityManager, row: CaseRow) => Promise<void>;
  auditPayload?: Record<string, unknown>;
}>;

/** Where a cadre sits: what the viewer may do about them is decided there. */
export async function cadreScope(m: EntityManager, cadreId: string): Promise<{ id: string; organisationId: string; path: string; org: Organisation }> {
  const [cadre] = (await m.query(`SELECT c.id, c.organisation_id, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{
    id: string;
    organisation_id: string;
    path: string;
  }>;
  if (!cadre) throw notFound('Cadre');
  const org = await m.getRepository(Organisation).findOneByOrFail({ id: cadre.organisation_id });
  return { id: cadre.id, organisationId: cadre.organisation_id, path: cadre.path, org };
}

/**
 * What every kind of case shares: the row loading, the transition step
 * and the common path of a case action (idempotency, load, who may act,
 * the event and its effects, one transaction), reading and listing, the
 * case work queues, re-deciding a result a case changed the facts of, and
 * the deadlines and reminders of review and fault-tolerance cases. Each
 * case is a persisted machine instance changed only through the transition
 * step; a decision that corrects a result does so in the same transaction,
 * through the assessment's own machine (ResultCorrections, server/results/).
 */
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly corrections: ResultCorrections,
    private readonly grading: GradingService,
    private readonly engine: WorkflowEngine,
  ) {}

  private at(): string {
    return this.now().toISOString();
  }
  private today(): string {
    return chinaDay(this.now());
  }
  // ---------- work queue ----------

  private readonly awaiting = new Map<string, Map<string, string[]>>();

  /** (role → leaf states) where a role holder acts next on a case of `table`; the assessed and the system are left out. */
  private awaitingFor(table: CaseTable): Map<string, string[]> {
    let map = this.awaiting.get(table);
    if (!map) {
      const spec = CASE_MACHINES[table];
      map = new Map([...statesAwaiting(spec)].filter(([actor]) => actor !== 'SUBJECT').map(([actor, states]) => [actor, states.flatMap((s) => leafStates(spec, s))]));
      this.awaiting.set(table, map);
    }
    return map;
  }

  /**
   * Cases of `table` waiting on one of the viewer's roles in their
   * jurisdictions: reviews for the deciding organ, appeals for the body the
   * rule set names, fault-tolerance steps and accusations to verify or clear
   * for discipline inspection, a correction to verify for the organisation
   * department. Oldest change first.
   */
  async workQueue(viewer: Viewer | null, table: CaseTable, first: number, after?: string | null): Promise<ConnectionShape<CaseRow>> {
    assertSignedIn(viewer);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (v: unknown) => `$${params.push(v)}`;
    for (const grant of viewer.grants) {
      const states = this.awaitingFor(table).get(grant.role) ?? [];
      if (!states.length) continue;
      // An appeal waits only on the body the rule set pinned in the case names.
      const appealBody = table === 'review_case' ? ` AND (state <> 'appealPending' OR snapshot->'context'->'windows'->>'appealDecidedBy' = ${add(grant.role)})` : '';
      conditions.push(`(org_path LIKE ${add(`${grant.organisationPath}%`)} AND state = ANY(${add(states)}::text[])${appealBody})`);
    }
    if (conditions.length === 0) return toConnection([], first, () => [], async () => 0);
    const where = `(${conditions.join(' OR ')})`;
    const countParams = [...params];
    const cursor = decodeCursor(after, 2);
    const page = cursor ? ` AND (updated_at, id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)` : '';
    const rows = (await this.dataSource.query(`SELECT * FROM ${table} WHERE ${where}${page} ORDER BY updated_at, id LIMIT ${add(first + 1)}`, params)) as Array<Record<string, unknown>>;
    return toConnection(
      rows.map((r) => toCaseRow(table, r)),
      first,
      (r) => [r.updatedAt.toISOString(), r.id],
      async () => ((await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, countParams)) as [{ n: number }])[0].n,
    );
  }

  // ---------- instances ----------

  async caseRow(m: EntityManager, table: CaseTable, id: string): Promise<CaseRow> {
    const [row] = (await m.query(`SELECT * FROM ${table} WHERE id = $1`, [id])) as Array<Record<string, unknown>>;
    if (!row) throw notFound(table === 'review_case' ? 'Review case' : table === 'fault_tolerance_case' ? 'Fault-tolerance case' : 'Accusation');
    return toCaseRow(table, row);
  }

  private target(row: { orgPath: string; organisationId: string; cadreId: string }): ActorTarget {
    return { orgPath: row.orgPath, organisationId: row.organisationId, cadreId: row.cadreId };
  }

  /** Inserts a new instance in its initial state, audited as opened (version 0 → 1). */
  async createCase(
    m: EntityManager,
    table: CaseTable,
    spec: MachineSpec,
    input: object,
    columns: Record<string, unknown>,
    actor: TransitionActor,
  ): Promise<CaseRow> {
    const [snapshot] = initialTransition(spec.machine, input as never);
    const persisted = persist(snapshot);
    const state = flattenStateValue(snapshot.value);
    const names = Object.keys(columns);
    const [row] = (await m.query(
      `INSERT INTO ${table} (${names.join(', ')}, machine_id, machine_version, input, state, snapshot, created_by, created_at, updated_at)
       VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}, $${names.length + 1}, $${names.length + 2}, $${names.length + 3}, $${names.length + 4}, $${names.length + 5}, $${names.length + 6}, $${names.length + 7}, $${names.length + 7})
       RETURNING *`,
      [...names.map((n) => columns[n]), spec.id, spec.version, JSON.stringify(input), state, JSON.stringify(persisted), actor.userId, this.at()],
    )) as Array<Record<string, unknown>>;
    await appendAudit(m, {
      entityType: table,
      entityId: row!.id as string,
      action: 'OPENED',
      actorUserId: actor.userId,
      actorRole: actor.role,
      scopePath: row!.org_path as string,
      toState: state,
      fromVersion: 0,
      payload: { input },
      occurredAt: this.now(),
    });
    return toCaseRow(table, row!);
  }

  /** One transition of a case through the transition step, with its derived columns. */
  private readonly kinds = new Map<CaseTable, InstanceKind<CaseRow>>();

  /** How the workflow engine runs a case of a table: its row, the derived columns (next deadline, outcome), the row read again. */
  private kindOf(table: CaseTable): InstanceKind<CaseRow> {
    let kind = this.kinds.get(table);
    if (!kind) {
      kind = {
        table,
        operation: (eventType) => `${table}:${eventType}`,
        request: (id, request, expectedVersion) => ({ id, request, expectedVersion }),
        load: (m, id) => this.caseRow(m, table, id),
        instance: (row) => ({ id: row.id, state: row.state, snapshot: row.snapshot, version: row.version, machine_id: row.machineId, org_path: row.orgPath }),
        target: (row) => this.target(row),
        derive: async () => deriveCase(table),
        refresh: (row, { m }) => this.caseRow(m, table, row.id),
      };
      this.kinds.set(table, kind);
    }
    return kind;
  }

  /** One transition of a case inside the caller's transaction, through the engine, with its derived columns. */
  step(m: EntityManager, row: CaseRow, event: MachineEvent, actor: TransitionActor, options: MutationOptions = {}, auditPayload?: Record<string, unknown>): Promise<CaseRow> {
    return this.engine.transition(this.kindOf(row.table), m, row, event, actor, event.at, { expectedVersion: options.expectedVersion, auditPayload });
  }

  /** The common path of a case action, run by the engine: idempotency, load, who may act, the event and its effects, one transaction. */
  run(viewer: Viewer | null, table: CaseTable, id: string, eventType: string, request: Record<string, unknown>, options: MutationOptions, build: CaseActionBuild): Promise<CaseRow> {
    return this.engine.step(this.kindOf(table), viewer, id, eventType, request, options, ({ m, row, actor, at }) => build({ m, row, actor, at, today: chinaDay(new Date(at)) }));
  }

  availableActions(viewer: Viewer | null, row: CaseRow): string[] {
    return availableActions(viewer, row, this.target(row));
  }

  async get(viewer: Viewer | null, table: CaseTable, id: string): Promise<CaseRow> {
    const row = await this.caseRow(this.dataSource.manager, table, id);
    this.assertCanRead(viewer, row);
    return row;
  }

  private assertCanRead(viewer: Viewer | null, row: CaseRow): void {
    assertSignedIn(viewer);
    if (viewer.cadreId === row.cadreId) return;
    assertCan(viewer, 'case:read', row.orgPath);
  }

  /** Cases of a table in the viewer's jurisdictions (or one cadre's), newest id order, cursor-paginated. */
  async list(viewer: Viewer | null, table: CaseTable, filter: { cadreId?: string | null; state?: string | null }, first: number, after?: string | null): Promise<ConnectionShape<CaseRow>> {
    assertSignedIn(viewer);
    const own = filter.cadreId && filter.cadreId === viewer.cadreId;
    const scope = own ? ['%'] : subtreePatterns(scopeOf(viewer, 'case:read'));
    if (!own) assertCan(viewer, 'case:read');
    const params: unknown[] = [scope, filter.cadreId ?? null, filter.state ?? null];
    const where = `org_path LIKE ANY($1::text[]) AND ($2::uuid IS NULL OR cadre_id = $2) AND ($3::text IS NULL OR state = $3)`;
    const cursor = decodeCursor(after, 1);
    const rows = (await this.dataSource.query(
      `SELECT * FROM ${table} WHERE ${where} ${cursor ? `AND id > $5::uuid` : ''} ORDER BY id LIMIT $4`,
      [...params, first + 1, ...(cursor ? [cursor[0]] : [])],
    )) as Array<Record<string, unknown>>;
    return toConnection(
      rows.map((r) => toCaseRow(table, r)),
      first,
      (r) => [r.id],
      async () => ((await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as [{ n: number }])[0].n,
    );
  }

  canRead(viewer: Viewer | null, row: CaseRow): boolean {
    return viewer !== null && (viewer.cadreId === row.cadreId || can(viewer, 'case:read', row.orgPath));
  }

  // ---------- corrections ----------

  /**
   * Re-runs the engine for one decided assessment and corrects the result as
   * a new version when the engine's grade is better (or, for an UNGRADED year
   * whose cause has gone, any grade).
   */
  async reDecide(
    m: EntityManager,
    assessmentId: string,
    year: number,
    cadreId: string,
    source: CorrectionSource,
    caseId: string,
    reason: string,
    actor: TransitionActor,
    extraPenalties: Array<{ kind: PenaltyKind; year: number }> = [],
  ): Promise<boolean> {
    const assessment = await m.getRepository(Assessment).findOneByOrFail({ id: assessmentId });
    // The facts as they stand today: an investigation concluded today is closed (its conclusion day is the day it ends).
    const extras = { extraPenalties: extraPenalties.map((p) => ({ kind: p.kind, year: p.year })) };
    const proposal = await this.grading.regradeOne(m, assessmentId, this.today(), extras, actor.userId);
    const scale = (assessment.snapshot.context as unknown as AnnualContext).scale ?? 'CADRE';
    if (!isBetterResult(scale, assessment.finalGrade, proposal.grade)) return false;
    await this.corrections.apply(m, assessmentId, { grade: proposal.grade, reason, source, caseId }, actor, extras);
    return true;
  }
}
