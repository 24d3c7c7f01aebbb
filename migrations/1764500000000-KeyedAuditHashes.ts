import type { MigrationInterface, QueryRunner } from 'typeorm';
import { auditHash } from '../server/audit/audit.service.js';

/**
 * The audit trail's hashes become keyed (HMAC-SHA256 with a key kept outside
 * the database; see server/audit/audit-key.ts): every existing row is sealed
 * again with the key, stream by stream in order, so that the whole trail
 * verifies under one rule. The append-only triggers are off only inside this
 * migration's transaction. Going down seals nothing back: a keyed trail
 * stays keyed.
 */
export class KeyedAuditHashes1764500000000 implements MigrationInterface {
  name = 'KeyedAuditHashes1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DISABLE TRIGGER USER`);
    let cursor: [string, string, number] = ['', '', 0];
    let previous: { entityType: string; entityId: string; hash: string } | null = null;
    for (;;) {
      const rows = (await q.query(
        `SELECT * FROM audit_log WHERE (entity_type, entity_id, seq) > ($1, $2, $3) ORDER BY entity_type, entity_id, seq LIMIT 5000`,
        cursor,
      )) as Array<Record<string, unknown>>;
      if (rows.length === 0) break;
      const ids: string[] = [];
      const prevs: Array<string | null> = [];
      const hashes: string[] = [];
      for (const row of rows) {
        const sameStream: boolean = previous !== null && previous.entityType === row.entity_type && previous.entityId === row.entity_id;
        const prevHash: string | null = sameStream ? previous!.hash : null;
        const hash = auditHash({
          entityType: row.entity_type as string,
          entityId: row.entity_id as string,
          seq: row.seq as number,
          scopePath: row.scope_path as string | null,
          occurredAt: new Date(row.occurred_at as string),
          actorUserId: row.actor_user_id as string | null,
          actorRole: row.actor_role as string | null,
          action: row.action as string,
          fromState: row.from_state as string | null,
          toState: row.to_state as string | null,
          fromVersion: row.from_version as number | null,
          payload: row.payload as Record<string, unknown>,
          prevHash,
        });
        ids.push(String(row.id));
        prevs.push(prevHash);
        hashes.push(hash);
        previous = { entityType: row.entity_type as string, entityId: row.entity_id as string, hash };
      }
      await q.query(
        `UPDATE audit_log a SET prev_hash = u.prev_hash, hash = u.hash
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, prev_hash, hash) WHERE a.id = u.id`,
        [ids, prevs, hashes],
      );
      const last = rows[rows.length - 1]!;
      cursor = [last.entity_type as string, last.entity_id as string, last.seq as number];
    }
    await q.query(`ALTER TABLE audit_log ENABLE TRIGGER USER`);
  }

  public async down(): Promise<void> {
    // Nothing to undo: the keyed hashes stay valid under the code that follows.
  }
}
