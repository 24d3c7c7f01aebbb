import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';

/**
 * The key of the audit trail's HMAC. It lives outside the database — in
 * AUDIT_HMAC_KEY (64 hex digits) or in `audit-hmac.key` beside the data
 * (created on first use, readable by the server's OS user only) — so that
 * someone who can write the database (its administrator, or the server's
 * own database role) cannot recompute a hash after changing a row. Keep a
 * copy of the key with the backups: without it the trail cannot be verified.
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
  const fromEnv = env.AUDIT_HMAC_KEY?.trim();
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64,}$/.test(fromEnv)) throw new Error('AUDIT_HMAC_KEY must be at least 64 hexadecimal digits (32 bytes)');
    return Buffer.from(fromEnv, 'hex');
  }
  const file = path.join(dataDir, 'audit-hmac.key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx': only the first of several starting processes writes it; the others read what it wrote.
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} does not hold an audit key (64 hexadecimal digits)`);
  return Buffer.from(text, 'hex');
}
