import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { configuredDatabase } from '../backup/database.js';
import { PgToolError } from '../backup/pg-tools.js';
import { RestoreRefused, restoreBackup } from '../backup/restore.js';

/**
 * `npm run restore FILE`: loads a dump of `npm run backup` into the
 * configured database (DATABASE_URL, or the embedded PostgreSQL's `cadre`
 * database), which must be empty, then checks it: the manifest's SHA-256,
 * the schema against the code (pending migrations applied to an older dump,
 * a newer one refused), the row counts and the audit chain. Exit 0 when
 * every check passed; 1 when refused or a check failed; 2 when no
 * pg_restore new enough is found.
 */
const log = (line: string) => console.log(line);
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: npm run restore FILE   (a dump written by npm run backup; its .manifest.json beside it)');
  process.exit(1);
}

try {
  const config = loadConfig();
  const db = await configuredDatabase(config, log);
  try {
    log(`Restoring ${file} into ${db.description} …`);
    const report = await restoreBackup({ file, url: db.url, log });
    log(report.ok ? 'Restore complete: every check passed.' : `Restore FAILED: ${report.problems.length} check(s) failed (see above).`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await db.release();
  }
} catch (error) {
  const refused = error instanceof RestoreRefused;
  console.error(`${refused ? 'Restore refused' : 'Restore failed'}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof PgToolError ? 2 : 1);
}
