import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditEntityType } from './audit-vocabulary.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditKey } from './audit-key.js';

export interface AuditInput {
  /** One of the kinds the audit vocabulary lists (audit-vocabulary.ts). */
  entityType: AuditEntityType;
  entityId: string;
  /** One of the actions the audit vocabulary lists; lifecycle events are written by the transition step. */
  action: AuditAction;
  actorUserId: string | null;
  actorRole: string | null;
  /** Organisation path the action happened in (auditors see their jurisdiction); null for system-wide rows. */
  scopePath: string | null;
  fromState?: string | null;
  toState?: string | null;
  /** The record's version before the change; unique per record, so a replayed change cannot be logged twice. */
  fromVersion?: number | null;
  payload?: Record<string, unknown>;
  occurredAt?: Date;
  /**
   * The caller already serialises writers of this stream (the transition step
   * holds the instance's row lock from its version-checked UPDATE): skip the
   * advisory lock.
   */
  serialized?: boolean;
}

/**
 * JSON with object keys sorted at every level: the same value always gives the
 * same text. Written as loops over sorted keys (no entry arrays, filtered and
 * mapped copies per object): it runs on every audit row written and verified,
 * and its text must stay exactly what it always was, or stored hashes would no
 * longer verify (canonical-json.test.ts holds it to the earlier form).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // The default sort orders by UTF-16 code units, as `a < b` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

export interface HashedFields {
  entityType: string;
  entityId: string;
  seq: number;
  scopePath: string | null;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  fromState: string | null;
  toState: string | null;
  fromVersion: number | null;
  payload: Record<string, unknown>;
  prevHash: string | null;
}

/**
 * The hash of one row: an HMAC-SHA256, keyed with a key kept outside the
 * database (audit-key.ts), over its canonical content, which includes the
 * previous row's hash.
 */
export function auditHash(row: HashedFields): string {
  return createHmac('sha256', auditKey())
    .update(
      canonicalJson({
        entityType: row.entityType,
        entityId: row.entityId,
        seq: row.seq,
        scopePath: row.scopePath,
        occurredAt: row.occurredAt.toISOString(),
        actorUserId: row.actorUserId,
        actorRole: row.actorRole,
        action: row.action,
        fromState: row.fromState,
        toState: row.toState,
        fromVersion: row.fromVersion,
        payload: row.payload,
        prevHash: row.prevHash,
      }),
    )
    .digest('hex');
}

/** The fields of a row that differ between the rows of one bulk step: its stream and where the stream stood. */
export type StreamFields = Pick<HashedFields, 'entityId' | 'seq' | 'scopePath' | 'fromState' | 'fromVersion' | 'prevHash'>;

/**
 * auditHash for many rows that share all but their stream fields (a bulk
 * transition: one event, one actor, one outcome): the canonical text is put
 * together from the shared parts, serialised once, in canonicalJson's key
 * order — the very text auditHash hashes (audit-hash.test.ts holds them equal),
 * so the rows verify as any other.
 */
export function sharedAuditHasher(shared: Omit<HashedFields, keyof StreamFields>): (row: StreamFields) => string {
  let key: KeyObject | null = null;
  const c = canonicalJson;
  const head = `{"action":${c(shared.action)},"actorRole":${c(shared.actorRole)},"actorUserId":${c(shared.actorUserId)},"entityId":`;
  const entityType = `,"entityType":${c(shared.entityType)},"fromState":`;
  const middle = `,"occurredAt":${c(shared.occurredAt.toISOString())},"payload":${c(shared.payload)},"prevHash":`;
  const tail = `,"toState":${c(shared.toState)}}`;
  return (row) => {
    key ??= createSecretKey(auditKey());
    const text = `${head}${c(row.entityId)}${entityType}${c(row.fromState)},"fromVersion":${c(row.fromVersion)}${middle}${c(row.prevHash)},"scopePath":${c(row.scopePath)},"seq":${c(row.seq)}${tail}`;
    return createHmac('sha256', key).update(text).digest('hex');
  };
}

/**
 * Appends a row to the audit log inside the caller's transaction. The stream's
 * head is read under a transaction-scoped advisory lock on the stream, so two
 * writers to one record serialise and writers to different records do not.
 */
export async function appendAudit(manager: EntityManager, input: AuditInput): Promise<AuditEntry> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('appendAudit must run inside a transaction');
  if (!input.serialized) await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`audit:${input.entityType}:${input.entityId}`]);
  const head: Array<{ seq: number; hash: string }> = await manager.query(
    `SELECT seq, hash FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT 1`,
    [input.entityType, input.entityId],
  );
  const occurredAt = new Date(Math.floor((input.occurredAt ?? new Date()).getTime()));
  const fields: HashedFields = {
    entityType: input.entityType,
    entityId: input.entityId,
    seq: (head[0]?.seq ?? 0) + 1,
    scopePath: input.scopePath,
    occurredAt,
    actorUserId: input.actorUserId,
    actorRole: input.actorRole,
    action: input.action,
    fromState: input.fromState ?? null,
    toState: input.toState ?? null,
    fromVersion: input.fromVersion ?? null,
    payload: JSON.parse(JSON.stringify(input.payload ?? {})) as Record<string, unknown>,
    prevHash: head[0]?.hash ?? null,
  };
  const hash = auditHash(fields);
  const rows: Array<{ id: string }> = await manager.query(
    `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING id`,
    [
      fields.entityType,
      fields.entityId,
      fields.seq,
      fields.scopePath,
      fields.occurredAt,
      fields.actorUserId,
      fields.actorRole,
      fields.action,
      fields.fromState,
      fields.toState,
      fields.fromVersion,
      JSON.stringify(fields.payload),
      fields.prevHash,
      hash,
    ],
  );
  return Object.assign(new AuditEntry(), fields, { id: rows[0]!.id, hash });
}

export interface ChainVerification {
  ok: boolean;
  rowsChecked: number;
  streamsChecked: number;
  /** The first row whose hash or link does not match, if any. */
  brokenEntryId: string | null;
  reason: string | null;
}

interface RawAuditRow {
  id: string;
  entity_type: string;
  entity_id: string;
  seq: number;
  scope_path: string | null;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  action: string;
  from_state: string | null;
  to_state: string | null;
  from_version: number | null;
  payload: Record<string, unknown>;
  prev_hash: string | null;
  hash: string;
  /** From the stream's checkpoint, when its beginning was pruned (audit retention). */
  last_pruned_seq: number | null;
  last_pruned_hash: string | null;
}

/**
 * Recomputes every hash in stream order and checks each link, in batches
 * (keyset pagination), so memory stays flat however long the log is. Pass a
 * stream to check one record's trail only.
 */
export async function verifyAuditChain(
  manager: EntityManager,
  stream?: { entityType: string; entityId: string },
  batchSize = 5000,
  /** Only the streams that began inside these jurisdictions (path prefixes); all when omitted. */
  scopes?: string[],
): Promise<ChainVerification> {
  let rowsChecked = 0;
  let streamsChecked = 0;
  type Link = { entityType: string; entityId: string; seq: number; hash: string };
  let last: Link | null = null;
  let cursor: [string, string, number] = ['', '', 0];
  for (;;) {
    const params: unknown[] = [cursor[0], cursor[1], cursor[2], batchSize];
    let where = `(entity_type, entity_id, audit_log.seq) > ($1, $2, $3)`;
    if (stream) {
      where += ` AND entity_type = $5 AND entity_id = $6`;
      params.push(stream.entityType, stream.entityId);
    } else if (scopes) {
      params.push(scopes.map((p) => `${p}%`));
      where += ` AND (c.first_scope_path LIKE ANY($${params.length}::text[])
                  OR EXISTS (SELECT 1 FROM audit_log f WHERE f.entity_type = audit_log.entity_type AND f.entity_id = audit_log.entity_id
                              AND f.seq = 1 AND f.scope_path LIKE ANY($${params.length}::text[])))`;
    }
    // A pruned stream (audit retention) starts after its checkpoint: the last pruned entry's seq and hash.
    const rows: RawAuditRow[] = await manager.query(
      `SELECT audit_log.*, c.last_pruned_seq, c.last_pruned_hash
         FROM audit_log LEFT JOIN audit_checkpoint c USING (entity_type, entity_id)
        WHERE ${where} ORDER BY entity_type, entity_id, seq LIMIT $4`,
      params,
    );
    for (const row of rows) {
      const previous: Link | null = last !== null && last.entityType === row.entity_type && last.entityId === row.entity_id ? last : null;
      if (!previous) streamsChecked++;
      const expectedSeq: number = previous ? previous.seq + 1 : (row.last_pruned_seq ?? 0) + 1;
      const expectedPrev: string | null = previous ? previous.hash : row.last_pruned_hash;
      const fail = (reason: string): ChainVerification => ({ ok: false, rowsChecked, streamsChecked, brokenEntryId: String(row.id), reason });
      if (row.seq !== expectedSeq) return fail(`sequence gap in ${row.entity_type}:${row.entity_id}: expected ${expectedSeq}, found ${row.seq}`);
      if (row.prev_hash !== expectedPrev) return fail(`entry ${row.id} does not link to the previous entry of its stream`);
      const recomputed = auditHash({
        entityType: row.entity_type,
        entityId: row.entity_id,
        seq: row.seq,
        scopePath: row.scope_path,
        occurredAt: new Date(row.occurred_at),
        actorUserId: row.actor_user_id,
        actorRole: row.actor_role,
        action: row.action,
        fromState: row.from_state,
        toState: row.to_state,
        fromVersion: row.from_version,
        payload: row.payload,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash) return fail(`entry ${row.id} was altered: its content no longer matches its hash`);
      rowsChecked++;
      last = { entityType: row.entity_type, entityId: row.entity_id, seq: row.seq, hash: row.hash };
    }
    if (rows.length < batchSize) break;
    const tail = rows[rows.length - 1]!;
    cursor = [tail.entity_type, tail.entity_id, tail.seq];
  }
  const missing = await missingTrails(manager, stream, scopes);
  if (missing) return { ok: false, rowsChecked, streamsChecked, brokenEntryId: null, reason: missing };
  return { ok: true, rowsChecked, streamsChecked, brokenEntryId: null, reason: null };
}

/**
 * The records whose every change is a transition (one audit row per version,
 * `from_version` = the version it changed): their trail must reach their
 * current version. A trail that ends early lost its last rows; a changed
 * record with no trail at all lost the whole chain — neither shows in the
 * hash links, which only see what is still there.
 */
export const VERSIONED_STREAMS = ['assessment', 'assessment_cycle', 'outcome_task', 'review_case', 'fault_tolerance_case', 'accusation'] as const;

async function missingTrails(manager: EntityManager, stream?: { entityType: string; entityId: string }, scopes?: string[]): Promise<string | null> {
  const tables = stream ? VERSIONED_STREAMS.filter((t) => t === stream.entityType) : VERSIONED_STREAMS;
  for (const table of tables) {
    const params: unknown[] = [table];
    let where = '';
    if (stream) {
      params.push(stream.entityId);
      where = `AND r.id::text = $2`;
    } else if (scopes) {
      params.push(scopes.map((p) => `${p}%`));
      where = `AND r.org_path LIKE ANY($2::text[])`;
    }
    const [broken] = (await manager.query(
      `SELECT r.id, r.version, h.last_version, h.n
         FROM ${table} r
         LEFT JOIN LATERAL (SELECT max(a.from_version) AS last_version, count(*)::int AS n
                              FROM audit_log a WHERE a.entity_type = $1 AND a.entity_id = r.id::text) h ON true
        WHERE (h.n = 0 AND r.version > 1 OR h.n > 0 AND h.last_version IS DISTINCT FROM r.version - 1) ${where}
        LIMIT 1`,
      params,
    )) as Array<{ id: string; version: number; last_version: number | null; n: number }>;
    if (broken) {
      return broken.n === 0
        ? `${table}:${broken.id} is at version ${broken.version} but has no audit trail at all`
        : `${table}:${broken.id} is at version ${broken.version} but its audit trail ends at the change from version ${broken.last_version}`;
    }
  }
  return null;
}
