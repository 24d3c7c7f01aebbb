import { createHash } from 'node:crypto';
import { loadKeyOutsideDatabase } from '../common/key-file.js';
import { loadConfig } from '../config.js';

/**
 * The key of the audit trail's HMAC. It lives outside the database — in
 * AUDIT_HMAC_KEY (64 hex digits) or in `audit-hmac.key` beside the data
 * (created on first use, readable by the server's OS user only) — so that
 * someone who can write the database (its administrator, or the server's
 * own database role) cannot recompute a hash after changing a row. Keep a
 * copy of the key apart from the database backups (npm run backup does not
 * hold it; docs/operations.md): without it the trail cannot be verified.
 */
let key: Buffer | null = null;

export function auditKey(): Buffer {
  key ??= loadAuditKey(process.env, loadConfig().dataDir);
  return key;
}

/** A short fingerprint of the key, to tell which key a verification used without showing it. */
export function auditKeyId(): string {
  return createHash('sha256').update(auditKey()).digest('hex').slice(0, 12);
}

export function loadAuditKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  return loadKeyOutsideDatabase(env, dataDir, { envName: 'AUDIT_HMAC_KEY', fileName: 'audit-hmac.key', what: 'an audit key' });
}
