import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { pruneAudit } from '../audit/audit-prune.js';
import { createDataSource } from '../db/data-source.js';
import { configuredDatabase } from '../backup/database.js';

/**
 * `npm run audit:prune`: with AUDIT_RETENTION_MONTHS set (at least 6),
 * archives the audit entries older than that to
 * `<BACKUP_DIR>/audit-archive/audit-archive-<Beijing time>.jsonl` (with its
 * `.sha256`), then removes them, keeping each stream verifiable from its
 * first remaining entry. Without the setting it does nothing and says so.
 */
const log = (line: string) => console.log(line);
try {
  const config = loadConfig();
  if (config.auditRetentionMonths === null) {
    log('AUDIT_RETENTION_MONTHS is not set: the audit trail is kept for ever, nothing is pruned.');
    process.exit(0);
  }
  const db = await configuredDatabase(config, log);
  const dataSource = createDataSource(db.url, { poolSize: 2, applicationName: 'cadre-assessment-audit-prune' });
  try {
    await dataSource.initialize();
    const result = await pruneAudit(dataSource, { retentionMonths: config.auditRetentionMonths, archiveDir: path.join(config.backupDir, 'audit-archive') });
    if (!result.pruned) log(result.reason ?? 'Nothing pruned.');
    else {
      log(`Pruned ${result.entries} audit entries older than ${result.cutoff!.toISOString()} from ${result.streams} records' trails.`);
      log(`Archive: ${result.archive}`);
      log(`SHA-256: ${result.sha256} (also in ${result.archive}.sha256)`);
      log('Keep the archive with the backups: the trail before the cut-off is only there now.');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await db.release();
  }
} catch (error) {
  console.error(`Audit prune failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
