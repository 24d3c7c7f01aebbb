import fs from 'node:fs/promises';
import pg from 'pg';
import { auditKeyId } from '../audit/audit-key.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import { createDataSource, migrate } from '../db/data-source.js';
import { manifestPathOf, runTool, sha256File, type BackupManifest } from './backup.js';
import { appliedMigrations, CODE_MIGRATIONS, keyCounts, userTables } from './database.js';
import { requireTool, toolConnection } from './pg-tools.js';

/** The restore did not start: the file, its manifest or the target is not fit (nothing was written). */
export class RestoreRefused extends Error {}

export interface RestoreReport {
  ok: boolean;
  /** One line per check, in order. */
  lines: string[];
  /** The checks that failed after the data was loaded. */
  problems: string[];
}

async function readManifest(file: string): Promise<BackupManifest | null> {
  const text = await fs.readFile(manifestPathOf(file), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return JSON.parse(text) as BackupManifest;
  } catch {
    throw new RestoreRefused(`${manifestPathOf(file)} is not a readable manifest`);
  }
}

/**
 * Loads a dump written by `npm run backup` into the EMPTY database at `url`
 * with pg_restore, then checks what it loaded. Refused before anything is
 * written (RestoreRefused) when the file does not match its manifest's
 * SHA-256, the dump's schema is newer than this code, the audit key here is
 * not the one the trail was sealed with, or the target has any table. After
 * loading: migrations the dump lacks are applied (an older dump), the row
 * counts are compared with the manifest and the whole audit chain is
 * verified; the report lists every failed check.
 */
export async function restoreBackup(options: { file: string; url: string; log?: (line: string) => void }): Promise<RestoreReport> {
  const lines: string[] = [];
  const problems: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    options.log?.(line);
  };
  const stat = await fs.stat(options.file).catch(() => null);
  if (!stat?.isFile()) throw new RestoreRefused(`${options.file} is not a file`);
  const manifest = await readManifest(options.file);
  if (manifest) {
    const sha256 = await sha256File(options.file);
    if (sha256 !== manifest.sha256) {
      throw new RestoreRefused(`${options.file} does not match its manifest: SHA-256 ${sha256}, the manifest says ${manifest.sha256}. The file was altered or damaged; nothing was restored.`);
    }
    say(`File: SHA-256 matches the manifest (${sha256})`);
    if (manifest.schemaVersion && !CODE_MIGRATIONS.includes(manifest.schemaVersion)) {
      throw new RestoreRefused(`The dump's schema (${manifest.schemaVersion}) is newer than this code (last migration ${CODE_MIGRATIONS.at(-1)}): restore it with the version of the system that wrote it, or upgrade first.`);
    }
    if (manifest.audit.keyId !== auditKeyId()) {
      throw new RestoreRefused(
        `The audit key here (fingerprint ${auditKeyId()}) is not the one the backup's trail was sealed with (${manifest.audit.keyId}): ` +
          `put the backed-up key in place first (AUDIT_HMAC_KEY, or audit-hmac.key in DATA_DIR), else the trail cannot be verified.`,
      );
    }
  } else {
    say(`File: no manifest beside it (${manifestPathOf(options.file)}): its integrity is not checked`);
  }

  const client = new pg.Client({ connectionString: options.url, application_name: 'cadre-assessment-restore' });
  await client.connect();
  try {
    const tables = await userTables(client);
    if (tables.length) {
      throw new RestoreRefused(`The target database is not empty (it has tables: ${tables.join(', ')}${tables.length === 5 ? ', …' : ''}). A restore goes into an empty database only; create a new one or drop this one first.`);
    }
    const pgRestore = await requireTool('pg_restore', manifest?.pgDump.major ?? 0, `the dump was written by pg_dump ${manifest?.pgDump.major ?? '?'}`);
    const { dbname, env } = toolConnection(options.url);
    await runTool(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, options.file], env);
    say(`Loaded with ${pgRestore.path} (${pgRestore.version})`);

    const applied = await appliedMigrations(client);
    const unknown = applied.filter((name) => !CODE_MIGRATIONS.includes(name));
    if (unknown.length) problems.push(`The restored schema has migrations this code does not know (${unknown.join(', ')}): it is newer than the code`);
    const counts = await keyCounts(client);
    if (manifest) {
      const differing = Object.entries(manifest.counts).filter(([table, n]) => counts[table] !== n);
      if (differing.length) problems.push(`Row counts differ from the manifest: ${differing.map(([t, n]) => `${t} ${counts[t] ?? 'missing'} (manifest ${n})`).join(', ')}`);
      else say(`Row counts match the manifest: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    } else {
      say(`Row counts: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    }
    if (unknown.length === 0) {
      const dataSource = createDataSource(options.url, { poolSize: 2, applicationName: 'cadre-assessment-restore' });
      await dataSource.initialize();
      try {
        const pending = await migrate(dataSource);
        say(pending.length ? `Applied the migrations the dump predates: ${pending.join(', ')}` : `Schema: up to date (${applied.at(-1) ?? 'no migrations'})`);
        const chain = await verifyAuditChain(dataSource.manager);
        if (chain.ok) say(`Audit chain verifies: ${chain.rowsChecked} entries in ${chain.streamsChecked} streams (key ${auditKeyId()})`);
        else problems.push(`The audit chain does not verify: ${chain.reason}${chain.brokenEntryId ? ` (entry ${chain.brokenEntryId})` : ''}`);
      } finally {
        await dataSource.destroy();
      }
    }
  } finally {
    await client.end();
  }
  for (const problem of problems) say(`FAILED: ${problem}`);
  return { ok: problems.length === 0, lines, problems };
}
