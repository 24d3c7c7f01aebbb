import { transition, type AnyMachineSnapshot } from 'xstate';
import type { EntityManager } from 'typeorm';
import { candidateEvents, flattenStateValue } from '../../workflows/assessment/lifecycle.js';
import { machineSpec, type MachineSpec } from '../../workflows/assessment/registry.js';
import { appendAudit, auditHash, type HashedFields } from '../audit/audit.service.js';
import { AppError, conflict, notFound } from '../common/errors.js';
import { returnedRows } from '../common/sql.js';

/** The tables whose rows are machine instances. */
export type InstanceTable = 'assessment' | 'assessment_cycle' | 'review_case' | 'fault_tolerance_case' | 'accusation';

const INSTANCE_NAMES: Record<InstanceTable, string> = {
  assessment: 'Assessment',
  assessment_cycle: 'Cycle',
  review_case: 'Review case',
  fault_tolerance_case: 'Fault-tolerance case',
  accusation: 'Accusation',
};

export interface PersistedSnapshot {
  value: unknown;
  context: Record<string, unknown>;
  status: string;
}

export interface MachineEvent {
  type: string;
  at: string;
  [key: string]: unknown;
}

export interface TransitionActor {
  userId: string | null;
  /** The role acted under, or SYSTEM / PUBLIC / SUBJECT. */
  role: string;
}

export interface InstanceRow {
  id: string;
  state: string;
  snapshot: PersistedSnapshot;
  version: number;
  machine_id: string;
  org_path: string;
}

export interface TransitionOutcome {
  id: string;
  fromState: string;
  toState: string;
  /** The version after the change. */
  version: number;
  snapshot: PersistedSnapshot;
  context: Record<string, unknown>;
}

export function restore(spec: MachineSpec, persisted: PersistedSnapshot): AnyMachineSnapshot {
  return spec.machine.resolveState({ value: persisted.value as never, context: persisted.context });
}

export function persist(snapshot: AnyMachineSnapshot): PersistedSnapshot {
  return { value: snapshot.value, context: snapshot.context as Record<string, unknown>, status: snapshot.status };
}

export function invalidTransition(state: string, eventType: string, snapshot: AnyMachineSnapshot): AppError {
  const allowed = candidateEvents(snapshot);
  return new AppError(
    'INVALID_TRANSITION',
    `${eventType} cannot happen in state ${state}${allowed.includes(eventType) ? ' (a rule it depends on is not met)' : ''}. Possible here: ${allowed.join(', ') || 'nothing'}`,
    { state, event: eventType, allowedEvents: allowed },
  );
}

export async function loadInstance(m: EntityManager, table: InstanceTable, id: string): Promise<InstanceRow> {
  const rows: InstanceRow[] = await m.query(`SELECT id, state, snapshot, version, machine_id, org_path FROM ${table} WHERE id = $1`, [id]);
  if (!rows[0]) throw notFound(INSTANCE_NAMES[table]);
  return rows[0];
}

/** Asks the machine, without writing: may `event` happen now? */
export function canTake(row: InstanceRow, event: MachineEvent): boolean {
  const spec = machineSpec(row.machine_id);
  return restore(spec, row.snapshot).can(event as never);
}

/**
 * The one place a state changes (ARCHITECTURE.md "the transition step"), run
 * inside the caller's transaction:
 * 1. the row was loaded by the caller (or is loaded here);
 * 2. the pure `transition()` computes the next snapshot; an event the
 *    snapshot cannot take is INVALID_TRANSITION, naming the allowed events;
 * 3. `UPDATE … WHERE version = $expected`: zero rows → CONFLICT (TypeORM's
 *    @VersionColumn does not check on update, so this is by hand);
 * 4. the audit row, with the full event, in the same transaction;
 * 5. `derive` returns extra columns (queryable grade, deadline) written with
 *    the snapshot, so follow-up deadlines commit or roll back with it.
 */
export async function applyTransition(
  m: EntityManager,
  table: InstanceTable,
  rowOrId: InstanceRow | string,
  event: MachineEvent,
  actor: TransitionActor,
  options: {
    expectedVersion?: number | null;
    auditPayload?: Record<string, unknown>;
    derive?: (next: AnyMachineSnapshot, state: string) => Record<string, unknown>;
  } = {},
): Promise<TransitionOutcome> {
  const row = typeof rowOrId === 'string' ? await loadInstance(m, table, rowOrId) : rowOrId;
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw conflict(`This record is at version ${row.version}, not ${options.expectedVersion}: someone changed it first; reload and try again`);
  }
  const spec = machineSpec(row.machine_id);
  const current = restore(spec, row.snapshot);
  if (!current.can(event as never)) throw invalidTransition(row.state, event.type, current);
  const [next] = transition(spec.machine, current, event as never);
  const toState = flattenStateValue(next.value);
  const persisted = persist(next);
  const extra = options.derive?.(next, toState) ?? {};
  const columns = Object.keys(extra);
  const updated = returnedRows<{ version: number }>(await m.query(
    `UPDATE ${table} SET snapshot = $3, state = $4, version = version + 1, updated_at = $5${columns.map((c, i) => `, ${c} = $${i + 6}`).join('')}
      WHERE id = $1 AND version = $2 RETURNING version`,
    [row.id, row.version, JSON.stringify(persisted), toState, event.at, ...columns.map((c) => extra[c])],
  ));
  if (updated.length === 0) throw conflict();
  await appendAudit(m, {
    entityType: table,
    entityId: row.id,
    action: event.type,
    actorUserId: actor.userId,
    actorRole: actor.role,
    scopePath: row.org_path,
    fromState: row.state,
    toState,
    fromVersion: row.version,
    payload: { event, ...options.auditPayload },
    occurredAt: new Date(event.at),
    // Our UPDATE holds the row lock until commit: writers of this stream already take turns.
    serialized: true,
  });
  return { id: row.id, fromState: row.state, toState, version: updated[0]!.version, snapshot: persisted, context: persisted.context };
}

/**
 * The same step for many rows at once (opening a cycle, a deadline sweep):
 * rows that cannot take the event are skipped and reported; the others are
 * updated with one statement and audited with one insert. Transitions are
 * computed once per distinct snapshot, so 100,000 identical rows cost one.
 */
export async function applyBulkTransition(
  m: EntityManager,
  table: InstanceTable,
  ids: string[],
  eventFor: (row: InstanceRow) => MachineEvent,
  actor: TransitionActor,
  options: { derive?: (next: AnyMachineSnapshot, state: string) => Record<string, unknown>; deriveColumns?: Array<{ name: string; type: string }> } = {},
): Promise<{ applied: string[]; skipped: Array<{ id: string; state: string }> }> {
  if (ids.length === 0) return { applied: [], skipped: [] };
  const rows: InstanceRow[] = await m.query(
    `SELECT id, state, snapshot, version, machine_id, org_path FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  const heads: Array<{ entity_id: string; seq: number; hash: string }> = await m.query(
    `SELECT DISTINCT ON (entity_id) entity_id, seq, hash FROM audit_log WHERE entity_type = $1 AND entity_id = ANY($2::text[]) ORDER BY entity_id, seq DESC`,
    [table, ids],
  );
  const headOf = new Map(heads.map((h) => [h.entity_id, h]));
  const memo = new Map<string, { ok: false } | { ok: true; persisted: PersistedSnapshot; state: string; extra: Record<string, unknown> }>();
  const applied: string[] = [];
  const skipped: Array<{ id: string; state: string }> = [];
  const update = { id: [] as string[], snapshot: [] as string[], state: [] as string[], extras: (options.deriveColumns ?? []).map(() => [] as unknown[]) };
  const audit: HashedFields[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    const event = eventFor(row);
    const key = `${row.machine_id}|${JSON.stringify(row.snapshot)}|${JSON.stringify(event)}`;
    let outcome = memo.get(key);
    if (!outcome) {
      const spec = machineSpec(row.machine_id);
      const current = restore(spec, row.snapshot);
      if (!current.can(event as never)) outcome = { ok: false };
      else {
        const [next] = transition(spec.machine, current, event as never);
        const state = flattenStateValue(next.value);
        outcome = { ok: true, persisted: persist(next), state, extra: options.derive?.(next, state) ?? {} };
      }
      memo.set(key, outcome);
    }
    if (!outcome.ok) {
      skipped.push({ id: row.id, state: row.state });
      continue;
    }
    applied.push(row.id);
    update.id.push(row.id);
    update.snapshot.push(JSON.stringify(outcome.persisted));
    update.state.push(outcome.state);
    (options.deriveColumns ?? []).forEach((c, i) => update.extras[i]!.push(outcome.extra[c.name] ?? null));
    const head = headOf.get(row.id);
    const fields: HashedFields = {
      entityType: table,
      entityId: row.id,
      seq: (head?.seq ?? 0) + 1,
      scopePath: row.org_path,
      occurredAt: new Date(event.at),
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: event.type,
      fromState: row.state,
      toState: outcome.state,
      fromVersion: row.version,
      payload: JSON.parse(JSON.stringify({ event })) as Record<string, unknown>,
      prevHash: head?.hash ?? null,
    };
    audit.push(fields);
    hashes.push(auditHash(fields));
  }
  if (applied.length === 0) return { applied, skipped };
  const extraCols = options.deriveColumns ?? [];
  await m.query(
    `UPDATE ${table} t SET snapshot = u.snapshot::jsonb, state = u.state, version = t.version + 1, updated_at = $4${extraCols
      .map((c, i) => `, ${c.name} = u.x${i}::${c.type}`)
      .join('')}
       FROM (SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[]${extraCols.map((_, i) => `, $${i + 5}::text[]`).join('')})
             AS x(id, snapshot, state${extraCols.map((_, i) => `, x${i}`).join('')})) u
      WHERE t.id = u.id`,
    [update.id, update.snapshot, update.state, audit[0]!.occurredAt, ...update.extras],
  );
  await m.query(
    `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::jsonb[], $13::text[], $14::text[])`,
    [
      audit.map((a) => a.entityType),
      audit.map((a) => a.entityId),
      audit.map((a) => a.seq),
      audit.map((a) => a.scopePath),
      audit.map((a) => a.occurredAt),
      audit.map((a) => a.actorUserId),
      audit.map((a) => a.actorRole),
      audit.map((a) => a.action),
      audit.map((a) => a.fromState),
      audit.map((a) => a.toState),
      audit.map((a) => a.fromVersion),
      audit.map((a) => JSON.stringify(a.payload)),
      audit.map((a) => a.prevHash),
      hashes,
    ],
  );
  return { applied, skipped };
}
