import type { EntityManager } from 'typeorm';
import { auditHash, type AuditInput, type HashedFields } from './audit.service.js';

/**
 * Appends many audit rows in the caller's transaction, set-based: the rows
 * `appendAudit` would write called for each input in turn (same seq, links
 * and hashes), with one lock statement over the streams (taken in a fixed
 * order), one read of their heads and one insert.
 */
export async function appendAuditMany(manager: EntityManager, inputs: readonly AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  if (!manager.queryRunner?.isTransactionActive) throw new Error('appendAuditMany must run inside a transaction');
  const streams = [...new Set(inputs.map((i) => `audit:${i.entityType}:${i.entityId}`))].sort();
  const locked = new Set(inputs.filter((i) => !i.serialized).map((i) => `audit:${i.entityType}:${i.entityId}`));
  if (locked.size) {
    await manager.query(`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) AS k`, [streams.filter((s) => locked.has(s))]);
  }
  const heads: Array<{ entity_type: string; entity_id: string; seq: number; hash: string }> = await manager.query(
    `SELECT DISTINCT ON (l.entity_type, l.entity_id) l.entity_type, l.entity_id, l.seq, l.hash
       FROM audit_log l JOIN unnest($1::text[], $2::text[]) AS x(t, id) ON l.entity_type = x.t AND l.entity_id = x.id
      ORDER BY l.entity_type, l.entity_id, l.seq DESC`,
    [inputs.map((i) => i.entityType), inputs.map((i) => i.entityId)],
  );
  const headOf = new Map(heads.map((h) => [`${h.entity_type}:${h.entity_id}`, { seq: h.seq, hash: h.hash }]));
  const rows: Array<HashedFields & { hash: string }> = [];
  for (const input of inputs) {
    const key = `${input.entityType}:${input.entityId}`;
    const head = headOf.get(key);
    const fields: HashedFields = {
      entityType: input.entityType,
      entityId: input.entityId,
      seq: (head?.seq ?? 0) + 1,
      scopePath: input.scopePath,
      occurredAt: new Date(Math.floor((input.occurredAt ?? new Date()).getTime())),
      actorUserId: input.actorUserId,
      actorRole: input.actorRole,
      action: input.action,
      fromState: input.fromState ?? null,
      toState: input.toState ?? null,
      fromVersion: input.fromVersion ?? null,
      payload: JSON.parse(JSON.stringify(input.payload ?? {})) as Record<string, unknown>,
      prevHash: head?.hash ?? null,
    };
    const hash = auditHash(fields);
    headOf.set(key, { seq: fields.seq, hash });
    rows.push({ ...fields, hash });
  }
  await manager.query(
    `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::jsonb[], $13::text[], $14::text[])`,
    [
      rows.map((a) => a.entityType),
      rows.map((a) => a.entityId),
      rows.map((a) => a.seq),
      rows.map((a) => a.scopePath),
      rows.map((a) => a.occurredAt),
      rows.map((a) => a.actorUserId),
      rows.map((a) => a.actorRole),
      rows.map((a) => a.action),
      rows.map((a) => a.fromState),
      rows.map((a) => a.toState),
      rows.map((a) => a.fromVersion),
      rows.map((a) => JSON.stringify(a.payload)),
      rows.map((a) => a.prevHash),
      rows.map((a) => a.hash),
    ],
  );
}
