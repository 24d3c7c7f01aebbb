import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createBackup } from '../backup/backup.js';
import { configuredDatabase } from '../backup/database.js';
import { PgToolError } from '../backup/pg-tools.js';

/**
 * `npm run backup [-- --out FILE]`: a consistent custom-format dump (pg_dump
 * -Fc) of the configured database — DATABASE_URL, or the embedded
 * PostgreSQL, reached while `npm start` runs — and its manifest beside it.
 * Exit 0 when written, 2 when no pg_dump new enough for the server is
 * found, 1 on any other failure.
 */
const log = (line: string) => console.log(line);
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
if (outAt >= 0 && !out) {
  console.error('--out needs a file name');
  process.exit(1);
}

try {
  const config = loadConfig();
  const db = await configuredDatabase(config, log);
  try {
    log(`Backing up ${db.description} …`);
    const { file, manifest } = await createBackup({ url: db.url, out, backupDir: config.backupDir, log });
    log(`Written: ${file}`);
    log(`Size: ${manifest.bytes} bytes`);
    log(`SHA-256: ${manifest.sha256}`);
    log(`Schema: ${manifest.schemaVersion ?? 'none'} (${manifest.migrations} migrations), PostgreSQL ${manifest.serverVersion}`);
    log(`Rows: ${Object.entries(manifest.counts).map(([table, n]) => `${table} ${n}`).join(', ')}`);
    log(`Audit head: entry ${manifest.audit.headId ?? '—'} (${manifest.audit.entries} entries, key ${manifest.audit.keyId})`);
    log(`Manifest: ${file}.manifest.json`);
    log('Keep the audit key (AUDIT_HMAC_KEY or audit-hmac.key in DATA_DIR) and ballot.key in a separate safe place: the dump does not hold them.');
  } finally {
    await db.release();
  }
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof PgToolError ? 2 : 1);
}
