import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { MIN_AUDIT_RETENTION_MONTHS } from '../config.js';
import { appendAudit, verifyAuditChain } from './audit.service.js';

export interface PruneResult {
  /** Whether anything was pruned; false with a reason otherwise. */
  pruned: boolean;
  reason: string | null;
  /** Entries older than this were eligible. */
  cutoff: Date | null;
  entries: number;
  streams: number;
  /** The JSONL archive and its SHA-256 (also written to `<archive>.sha256`). */
  archive: string | null;
  sha256: string | null;
}

/** `now` less `months` calendar months (the same day of the month, or its last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

interface PrunedRow {
  id: string;
  entity_type: string;
  entity_id: string;
  seq: number;
  scope_path: string | null;
  occurred_at: Date;
  from_version: number | null;
  hash: string;
  [column: string]: unknown;
}

/**
 * Audit retention: archives the audit entries older than `retentionMonths`
 * to a JSONL file (one entry per line, every column, hashes included) with
 * its SHA-256 beside it, records each stream's checkpoint (the last pruned
 * entry's seq and hash) and deletes the entries — one transaction, with an
 * AUDIT_PRUNED entry of its own. Only a stream's beginning is pruned, and
 * never its newest entry, so each record's trail still reaches its current
 * version and verifies from the first remaining entry. Refused (nothing
 * done) without a retention, below the minimum, or when the chain does not
 * verify now. The database refuses any other deletion (audit_log_guard).
 */
export async function pruneAudit(
  dataSource: DataSource,
  options: { retentionMonths: number | null; archiveDir: string; now?: Date },
): Promise<PruneResult> {
  const none = (reason: string): PruneResult => ({ pruned: false, reason, cutoff: null, entries: 0, streams: 0, archive: null, sha256: null });
  if (options.retentionMonths === null) return none('AUDIT_RETENTION_MONTHS is not set: the audit trail is kept for ever, nothing is pruned');
  if (!Number.isInteger(options.retentionMonths) || options.retentionMonths < MIN_AUDIT_RETENTION_MONTHS) {
    throw new Error(`AUDIT_RETENTION_MONTHS must be at least ${MIN_AUDIT_RETENTION_MONTHS}, got ${options.retentionMonths}`);
  }
  const now = options.now ?? new Date();
  const cutoff = monthsBefore(now, options.retentionMonths);
  const before = await verifyAuditChain(dataSource.manager);
  if (!before.ok) throw new Error(`The audit chain does not verify (${before.reason}): nothing is pruned, the trail is evidence`);

  return dataSource.transaction(async (manager) => {
    // One prune at a time.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('cadre-assessment:audit-prune', 0))`);
    const streams: Array<{ entity_type: string; entity_id: string; upto: number }> = await manager.query(
      `SELECT entity_type, entity_id, least(max(seq), coalesce(min(seq) FILTER (WHERE occurred_at >= $1), max(seq))) - 1 AS upto
         FROM audit_log GROUP BY entity_type, entity_id
       HAVING min(seq) < least(max(seq), coalesce(min(seq) FILTER (WHERE occurred_at >= $1), max(seq)))
        ORDER BY entity_type, entity_id`,
      [cutoff],
    );
    if (streams.length === 0) return { ...none(`No audit entry is older than ${cutoff.toISOString()} (the newest entry of each record is always kept)`), cutoff };
    // Appenders only add after a stream's newest entry, which is never pruned: no stream lock is needed.

    await fs.mkdir(options.archiveDir, { recursive: true, mode: 0o700 });
    const stamp = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    const archive = path.resolve(options.archiveDir, `audit-archive-${stamp}.jsonl`);
    const out = createWriteStream(archive, { flags: 'wx', mode: 0o600 });
    const hash = createHash('sha256');
    const write = async (line: string) => {
      hash.update(line);
      if (!out.write(line)) await once(out, 'drain');
    };
    let entries = 0;
    const lasts: Array<{ type: string; id: string; seq: number; hash: string; fromVersion: number | null; firstScope: string | null }> = [];
    for (const s of streams) {
      const rows: PrunedRow[] = await manager.query(
        `SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2 AND seq <= $3 ORDER BY seq`,
        [s.entity_type, s.entity_id, s.upto],
      );
      for (const row of rows) await write(`${JSON.stringify({ ...row, occurred_at: new Date(row.occurred_at).toISOString() })}\n`);
      entries += rows.length;
      const last = rows.at(-1)!;
      const first = rows[0]!;
      lasts.push({ type: s.entity_type, id: s.entity_id, seq: last.seq, hash: last.hash, fromVersion: last.from_version, firstScope: first.scope_path });
    }
    out.end();
    await once(out, 'finish');
    const sha256 = hash.digest('hex');
    await fs.writeFile(`${archive}.sha256`, `${sha256}  ${path.basename(archive)}\n`, { mode: 0o600 });

    for (const l of lasts) {
      // A stream pruned before keeps the scope of its very first entry.
      await manager.query(
        `INSERT INTO audit_checkpoint (entity_type, entity_id, last_pruned_seq, last_pruned_hash, last_pruned_from_version, first_scope_path, pruned_before, archive_file, archive_sha256, pruned_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (entity_type, entity_id) DO UPDATE SET last_pruned_seq = EXCLUDED.last_pruned_seq, last_pruned_hash = EXCLUDED.last_pruned_hash,
           last_pruned_from_version = EXCLUDED.last_pruned_from_version, pruned_before = EXCLUDED.pruned_before,
           archive_file = EXCLUDED.archive_file, archive_sha256 = EXCLUDED.archive_sha256, pruned_at = EXCLUDED.pruned_at`,
        [l.type, l.id, l.seq, l.hash, l.fromVersion, l.firstScope, cutoff, path.basename(archive), sha256, now],
      );
    }
    await manager.query(`SELECT set_config('cadre.audit_prune_cutoff', $1, true)`, [cutoff.toISOString()]);
    await manager.query(
      `DELETE FROM audit_log a USING audit_checkpoint c
        WHERE c.entity_type = a.entity_type AND c.entity_id = a.entity_id AND a.seq <= c.last_pruned_seq AND c.archive_file = $1`,
      [path.basename(archive)],
    );
    await manager.query(`SELECT set_config('cadre.audit_prune_cutoff', '', true)`);
    await appendAudit(manager, {
      entityType: 'system',
      entityId: 'audit-retention',
      action: 'AUDIT_PRUNED',
      actorUserId: null,
      actorRole: 'SYSTEM',
      scopePath: null,
      occurredAt: now,
      payload: { cutoff: cutoff.toISOString(), retentionMonths: options.retentionMonths, entries, streams: streams.length, archive: path.basename(archive), sha256 },
    });
    return { pruned: true, reason: null, cutoff, entries, streams: streams.length, archive, sha256 };
  });
}
