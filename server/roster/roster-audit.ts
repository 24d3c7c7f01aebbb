import type { EntityManager } from 'typeorm';
import { auditHash, type HashedFields } from '../audit/audit.service.js';

/**
 * One audit entry per record a roster import changed, in the record's own
 * stream (`organisation` or `cadre`; a status fact in its cadre's), action
 * ROSTER_IMPORTED, with the import id, the kind of difference and the changed
 * fields. Written set-based inside the applying transaction: per batch of
 * differences one query for the streams' heads, the HMACs computed here, one
 * INSERT … SELECT FROM unnest. The roster tables are locked by the caller, so
 * no other writer extends these streams meanwhile (what appendAudit's
 * advisory lock is for).
 */
const BATCH = 5000;

interface Row {
  seq: number;
  entity: 'ORGANISATION' | 'CADRE' | 'STATUS';
  kind: string;
  code: string;
  line: number | null;
  changes: unknown[];
  id: string | null;
  version: number | null;
  path: string | null;
}

export async function auditRosterRecords(
  m: EntityManager,
  importId: string,
  actor: { userId: string; role: string | null },
  occurredAt: Date,
): Promise<number> {
  const at = new Date(Math.floor(occurredAt.getTime()));
  let after = 0;
  let written = 0;
  for (;;) {
    const rows: Row[] = await m.query(
      `SELECT d.seq, d.entity, d.kind, d.code, d.line, d.changes,
              coalesce(o.id, c.id)::text AS id, coalesce(o.version, c.version) AS version, coalesce(o.path, co.path) AS path
         FROM roster_import_difference d
         LEFT JOIN organisation o ON d.entity = 'ORGANISATION' AND o.code = d.code
         LEFT JOIN cadre c ON d.entity <> 'ORGANISATION' AND c.person_no = d.code
         LEFT JOIN organisation co ON co.id = c.organisation_id
        WHERE d.import_id = $1 AND d.seq > $2 ORDER BY d.seq LIMIT $3`,
      [importId, after, BATCH],
    );
    if (rows.length === 0) return written;
    after = rows[rows.length - 1]!.seq;
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const type of ['organisation', 'cadre'] as const) {
      const ids = [...new Set(rows.filter((r) => r.id && (r.entity === 'ORGANISATION') === (type === 'organisation')).map((r) => r.id!))];
      if (ids.length === 0) continue;
      const found: Array<{ entity_id: string; seq: number; hash: string }> = await m.query(
        `SELECT DISTINCT ON (entity_id) entity_id, seq, hash FROM audit_log WHERE entity_type = $1 AND entity_id = ANY ($2::text[]) ORDER BY entity_id, seq DESC`,
        [type, ids],
      );
      for (const h of found) heads.set(`${type}:${h.entity_id}`, { seq: h.seq, hash: h.hash });
    }
    const out: Array<HashedFields & { hash: string }> = [];
    for (const r of rows) {
      if (!r.id) continue;
      const entityType = r.entity === 'ORGANISATION' ? 'organisation' : 'cadre';
      const key = `${entityType}:${r.id}`;
      const head = heads.get(key);
      // A record added or a status fact leaves the record's version where it was; a changed record went up by one.
      const changedRecord = r.entity !== 'STATUS' && r.kind !== 'ADDED';
      const fields: HashedFields = {
        entityType,
        entityId: r.id,
        seq: (head?.seq ?? 0) + 1,
        scopePath: r.path,
        occurredAt: at,
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: 'ROSTER_IMPORTED',
        fromState: null,
        toState: null,
        fromVersion: changedRecord && r.version !== null ? r.version - 1 : null,
        payload: JSON.parse(JSON.stringify({ importId, entity: r.entity, kind: r.kind, code: r.code, line: r.line, changes: r.changes })) as Record<string, unknown>,
        prevHash: head?.hash ?? null,
      };
      const hash = auditHash(fields);
      heads.set(key, { seq: fields.seq, hash });
      out.push({ ...fields, hash });
    }
    if (out.length > 0) {
      const col = <T>(f: (r: HashedFields & { hash: string }) => T) => out.map(f);
      await m.query(
        `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[], $12::jsonb[], $13::text[], $14::text[])`,
        [
          col((r) => r.entityType),
          col((r) => r.entityId),
          col((r) => r.seq),
          col((r) => r.scopePath),
          col((r) => r.occurredAt),
          col((r) => r.actorUserId),
          col((r) => r.actorRole),
          col((r) => r.action),
          col((r) => r.fromState),
          col((r) => r.toState),
          col((r) => r.fromVersion),
          col((r) => JSON.stringify(r.payload)),
          col((r) => r.prevHash),
          col((r) => r.hash),
        ],
      );
      written += out.length;
    }
  }
}
