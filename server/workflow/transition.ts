import { type AnyMachineSnapshot, type EventObject } from 'xstate';
import type { EntityManager } from 'typeorm';
import { candidateEvents, flattenStateValue, nextSnapshot } from '../../workflows/lifecycle.js';
import { machineSpec, type MachineSpec } from '../../workflows/registry.js';
import { auditHash, sharedAuditHasher, type HashedFields, type StreamFields } from '../audit/audit.service.js';
import { AppError, conflict, notFound } from '../common/errors.js';
import { preparedQuery, shiftParams, type SqlFragment } from '../common/sql.js';

/** The tables whose rows are machine instances. */
export type InstanceTable = 'assessment' | 'assessment_cycle' | 'outcome_task' | 'review_case' | 'fault_tolerance_case' | 'accusation';

const INSTANCE_NAMES: Record<InstanceTable, string> = {
  assessment: 'Assessment',
  assessment_cycle: 'Cycle',
  outcome_task: 'Outcome task',
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
  /** The head of the instance's audit stream when read with the row (see instanceSelect); undefined when not. */
  audit_seq?: number | null;
  audit_hash?: string | null;
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

/**
 * The instance columns and the head of its audit stream, in one read: the
 * transition step needs both, and the row's version check makes the head
 * safe to use (a writer that got there first changed the version too).
 */
export function instanceSelect(table: InstanceTable, columns: string): string {
  return `SELECT ${columns}, h.seq AS audit_seq, h.hash AS audit_hash FROM ${table} t
    LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = '${table}' AND entity_id = t.id::text ORDER BY seq DESC LIMIT 1) h ON true
    WHERE t.id = $1`;
}

export async function loadInstance(m: EntityManager, table: InstanceTable, id: string): Promise<InstanceRow> {
  const rows = await preparedQuery<InstanceRow>(m, instanceSelect(table, 't.id, t.state, t.snapshot, t.version, t.machine_id, t.org_path'), [id]);
  if (!rows[0]) throw notFound(INSTANCE_NAMES[table]);
  return rows[0];
}

/** Asks the machine, without writing: may `event` happen now? */
export function canTake(row: InstanceRow, event: MachineEvent): boolean {
  const spec = machineSpec(row.machine_id);
  return restore(spec, row.snapshot).can(event as never);
}

const AUDIT_COLUMNS = 'entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash';
const AUDIT_TYPES = ['text', 'text', 'int', 'text', 'timestamptz', 'uuid', 'text', 'text', 'text', 'text', 'int', 'jsonb', 'text', 'text'];

/**
 * The one place a state changes (docs/architecture.md, "The transition step"), run
 * inside the caller's transaction:
 * 1. the row (with its audit head) was loaded by the caller or is loaded here;
 * 2. the pure `transition()` computes the next snapshot; an event the
 *    snapshot cannot take is INVALID_TRANSITION, naming the allowed events;
 * 3. one statement: `UPDATE … WHERE version = $expected` (zero rows →
 *    CONFLICT; TypeORM's @VersionColumn does not check on update, so this is
 *    by hand), the audit row with the full event chained to the stream's
 *    head, and the step's other writes (`writes`: notifications, records),
 *    all committed or rolled back with the caller's transaction;
 * 4. `derive` returns extra columns (queryable grade, deadline) written with
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
    /**
     * Statements that belong to this step, run as parts of the update's own
     * statement (given the state it reaches). Each must write only if the
     * update did — `… FROM upd` or `WHERE EXISTS (SELECT FROM upd)` — since
     * a step may run without an enclosing transaction to roll it back.
     */
    writes?: (toState: string) => SqlFragment[];
    /**
     * A row the step read and relies on, locked first in the update's own
     * statement (`SELECT … FOR UPDATE`, naming no `upd`): the update happens
     * only if it still returns a row. In READ COMMITTED a row changed by a
     * committed writer in the meantime is re-checked against the condition,
     * so a version column in it catches a change between the step's read and
     * its statement. No row → CONFLICT with `conflict` as the message.
     */
    requires?: SqlFragment & { conflict: string };
  } = {},
): Promise<TransitionOutcome> {
  const row = typeof rowOrId === 'string' ? await loadInstance(m, table, rowOrId) : rowOrId;
  if (options.expectedVersion != null && options.expectedVersion !== row.version) {
    throw conflict(`This record is at version ${row.version}, not ${options.expectedVersion}: someone changed it first; reload and try again`);
  }
  const spec = machineSpec(row.machine_id);
  const current = restore(spec, row.snapshot);
  // An event the snapshot cannot take (none of its transitions, or every guard false) leaves the very same snapshot.
  const next = nextSnapshot(spec.machine, current, event as EventObject);
  if (next === current) throw invalidTransition(row.state, event.type, current);
  const toState = flattenStateValue(next.value);
  const persisted = persist(next);
  const extra = options.derive?.(next, toState) ?? {};
  const columns = Object.keys(extra);
  // The payload as stored: serialised once, parsed back for the hash (which sees what the database will hold).
  const payloadText = JSON.stringify({ event, ...options.auditPayload });
  let head: { seq: number; hash: string } | null;
  if (row.audit_seq === undefined) {
    [head = null] = await preparedQuery<{ seq: number; hash: string }>(
      m,
      `SELECT seq, hash FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT 1`,
      [table, row.id],
    );
  } else head = row.audit_seq === null ? null : { seq: row.audit_seq, hash: row.audit_hash! };
  const audit: HashedFields = {
    entityType: table,
    entityId: row.id,
    seq: (head?.seq ?? 0) + 1,
    scopePath: row.org_path,
    occurredAt: new Date(Math.floor(new Date(event.at).getTime())),
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: event.type,
    fromState: row.state,
    toState,
    fromVersion: row.version,
    payload: JSON.parse(payloadText) as Record<string, unknown>,
    prevHash: head?.hash ?? null,
  };
  // $1–$5 the update, then the derived columns, then the audit row, then each write's own parameters.
  const params: unknown[] = [row.id, row.version, JSON.stringify(persisted), toState, event.at, ...columns.map((c) => extra[c])];
  const auditAt = params.length;
  params.push(
    audit.entityType,
    audit.entityId,
    audit.seq,
    audit.scopePath,
    audit.occurredAt,
    audit.actorUserId,
    audit.actorRole,
    audit.action,
    audit.fromState,
    audit.toState,
    audit.fromVersion,
    payloadText,
    audit.prevHash,
    auditHash(audit),
  );
  const writes = (options.writes?.(toState) ?? []).map((w, i) => {
    if (!/\bupd\b/.test(w.sql)) throw new Error(`a transition's write must depend on its update (FROM upd): ${w.sql.slice(0, 80)}`);
    const sql = `w${i} AS (${shiftParams(w.sql, params.length)})`;
    params.push(...w.params);
    return sql;
  });
  const requires = options.requires;
  let pre = '';
  if (requires) {
    pre = `pre AS (${shiftParams(requires.sql, params.length)}), `;
    params.push(...requires.params);
  }
  const updated = await preparedQuery<{ version: number | null; required: boolean }>(
    m,
    `WITH ${pre}upd AS (
       UPDATE ${table} SET snapshot = $3, state = $4, version = version + 1, updated_at = $5${columns.map((c, i) => `, ${c} = $${i + 6}`).join('')}
        WHERE id = $1 AND version = $2${requires ? ' AND EXISTS (SELECT FROM pre)' : ''} RETURNING version
     ), audit AS (
       INSERT INTO audit_log (${AUDIT_COLUMNS})
       SELECT ${AUDIT_TYPES.map((type, i) => `$${auditAt + i + 1}::${type}`).join(', ')} FROM upd
     )${writes.map((w) => `, ${w}`).join('')}
     ${requires ? 'SELECT (SELECT version FROM upd) AS version, EXISTS (SELECT FROM pre) AS required' : 'SELECT version, true AS required FROM upd'}`,
    params,
  );
  if (requires && updated[0] && !updated[0].required) throw conflict(requires.conflict);
  if (updated.length === 0 || updated[0]!.version === null) throw conflict();
  return { id: row.id, fromState: row.state, toState, version: updated[0]!.version, snapshot: persisted, context: persisted.context };
}

/** Rows per statement of a bulk step: memory stays bounded however many rows a cycle opens. */
const BULK_CHUNK = 5_000;

/**
 * The same step for many rows at once (opening a cycle, a deadline sweep):
 * rows that cannot take the event are skipped and reported; the others are
 * updated and audited set-based, in chunks of BULK_CHUNK rows (in id order,
 * the order their locks are taken). Transitions are computed once per
 * distinct snapshot and event: a row is read with the md5 of its snapshot and
 * the head of its audit stream, each distinct snapshot is read once, and the
 * next snapshots (with what their audit rows share: event, payload, state)
 * travel once per statement with an index per row, so 100,000 identical rows
 * cost one transition and a few megabytes. Per row, only what differs
 * travels back: id, outcome, stream head and the keyed hash — the HMAC stays
 * in the server (its key never reaches the database), each row's canonical
 * text put together from the outcome's shared parts (sharedAuditHasher).
 * One read and one write per chunk; the write updates the rows and appends
 * their audit rows in one statement.
 */
export async function applyBulkTransition(
  m: EntityManager,
  table: InstanceTable,
  ids: string[],
  eventFor: (row: InstanceRow) => MachineEvent,
  actor: TransitionActor,
  options: { derive?: (next: AnyMachineSnapshot, state: string) => Record<string, unknown>; deriveColumns?: Array<{ name: string; type: string }> } = {},
): Promise<{ applied: string[]; skipped: Array<{ id: string; state: string }> }> {
  const applied: string[] = [];
  const skipped: Array<{ id: string; state: string }> = [];
  const sorted = [...new Set(ids)].sort();
  const snapshots = new Map<string, PersistedSnapshot>();
  type Applies = { ok: true; persisted: PersistedSnapshot; state: string; extra: Record<string, unknown>; event: MachineEvent; payload: string; hash: (row: StreamFields) => string };
  type Outcome = { ok: false } | Applies;
  const memo = new Map<string, Outcome>();
  const extraCols = options.deriveColumns ?? [];
  for (let from = 0; from < sorted.length; from += BULK_CHUNK) {
    const chunk = sorted.slice(from, from + BULK_CHUNK);
    const rows: Array<Omit<InstanceRow, 'snapshot'> & { key: string }> = await m.query(
      `SELECT t.id, t.state, md5(t.snapshot::text) AS key, t.version, t.machine_id, t.org_path, h.seq AS audit_seq, h.hash AS audit_hash FROM ${table} t
         LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = $2 AND entity_id = t.id::text ORDER BY seq DESC LIMIT 1) h ON true
        WHERE t.id = ANY($1::uuid[]) ORDER BY t.id FOR UPDATE OF t`,
      [chunk, table],
    );
    const unknown = [...new Set(rows.map((r) => r.key).filter((k) => !snapshots.has(k)))];
    if (unknown.length > 0) {
      const distinct: Array<{ key: string; snapshot: PersistedSnapshot }> = await m.query(
        `SELECT DISTINCT ON (md5(snapshot::text)) md5(snapshot::text) AS key, snapshot FROM ${table} WHERE id = ANY($1::uuid[]) AND md5(snapshot::text) = ANY($2::text[])`,
        [chunk, unknown],
      );
      for (const d of distinct) snapshots.set(d.key, d.snapshot);
    }
    const used: Applies[] = [];
    const indexOf = new Map<Applies, number>();
    const per = { id: [] as string[], index: [] as number[], seq: [] as number[], scope: [] as string[], from: [] as string[], version: [] as number[], prev: [] as Array<string | null>, hash: [] as string[] };
    for (const { key: snapshotKey, ...rest } of rows) {
      const row: InstanceRow = { ...rest, snapshot: snapshots.get(snapshotKey)! };
      const event = eventFor(row);
      const key = `${row.machine_id}|${snapshotKey}|${JSON.stringify(event)}`;
      let outcome = memo.get(key);
      if (!outcome) {
        const spec = machineSpec(row.machine_id);
        const current = restore(spec, row.snapshot);
        if (!current.can(event as never)) outcome = { ok: false };
        else {
          const next = nextSnapshot(spec.machine, current, event as EventObject);
          const state = flattenStateValue(next.value);
          const payload = JSON.stringify({ event });
          outcome = {
            ok: true,
            persisted: persist(next),
            state,
            extra: options.derive?.(next, state) ?? {},
            event,
            payload,
            hash: sharedAuditHasher({
              entityType: table,
              occurredAt: new Date(event.at),
              actorUserId: actor.userId,
              actorRole: actor.role,
              action: event.type,
              toState: state,
              payload: JSON.parse(payload) as Record<string, unknown>,
            }),
          };
        }
        memo.set(key, outcome);
      }
      if (!outcome.ok) {
        skipped.push({ id: row.id, state: row.state });
        continue;
      }
      let index = indexOf.get(outcome);
      if (index === undefined) indexOf.set(outcome, (index = used.push(outcome)));
      applied.push(row.id);
      const stream: StreamFields = {
        entityId: row.id,
        seq: (row.audit_seq ?? 0) + 1,
        scopePath: row.org_path,
        fromState: row.state,
        fromVersion: row.version,
        prevHash: row.audit_hash ?? null,
      };
      per.id.push(row.id);
      per.index.push(index);
      per.seq.push(stream.seq);
      per.scope.push(row.org_path);
      per.from.push(row.state);
      per.version.push(row.version);
      per.prev.push(stream.prevHash);
      per.hash.push(outcome.hash(stream));
    }
    if (per.id.length === 0) continue;
    // $1–$8 per row, $9 the time of the update, $10–$14 per outcome, $15 the entity type, $16–$17 the actor, then the outcomes' derived columns.
    const x = (i: number) => `$${18 + i}`;
    await m.query(
      `WITH r AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[]) AS r(id, gi, seq, scope_path, from_state, from_version, prev_hash, hash)
       ), g AS (
         SELECT * FROM unnest($10::jsonb[], $11::text[], $12::text[], $13::jsonb[], $14::timestamptz[]${extraCols.map((_, i) => `, ${x(i)}::text[]`).join('')})
                WITH ORDINALITY AS g(snapshot, state, action, payload, occurred_at${extraCols.map((_, i) => `, x${i}`).join('')}, gi)
       ), upd AS (
         UPDATE ${table} t SET snapshot = g.snapshot, state = g.state, version = t.version + 1, updated_at = $9${extraCols.map((c, i) => `, ${c.name} = g.x${i}::${c.type}`).join('')}
           FROM r JOIN g ON g.gi = r.gi
          WHERE t.id = r.id
       )
       INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
       SELECT $15::text, r.id::text, r.seq, r.scope_path, g.occurred_at, $16::uuid, $17::text, g.action, r.from_state, g.state, r.from_version, g.payload, r.prev_hash, r.hash
         FROM r JOIN g ON g.gi = r.gi`,
      [
        per.id,
        per.index,
        per.seq,
        per.scope,
        per.from,
        per.version,
        per.prev,
        per.hash,
        new Date(used[0]!.event.at),
        used.map((o) => JSON.stringify(o.persisted)),
        used.map((o) => o.state),
        used.map((o) => o.event.type),
        used.map((o) => o.payload),
        used.map((o) => new Date(o.event.at)),
        table,
        actor.userId,
        actor.role,
        ...extraCols.map((c) => used.map((o) => o.extra[c.name] ?? null)),
      ],
    );
  }
  return { applied, skipped };
}
