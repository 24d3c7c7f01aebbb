import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { auditKeyId } from '../audit/audit-key.js';
import { appliedMigrations, keyCounts, serverMajor } from './database.js';
import { requireTool, toolConnection, type FoundTool } from './pg-tools.js';

/** What `npm run backup` writes beside the dump (`<dump>.manifest.json`). */
export interface BackupManifest {
  format: 'cadre-backup/1';
  /** The dump's file name (the manifest sits beside it). */
  file: string;
  bytes: number;
  sha256: string;
  /** When the snapshot was taken (ISO, UTC) and the same moment in Beijing time. */
  createdAt: string;
  createdAtBeijing: string;
  /** The schema version: the last migration applied, and how many. */
  schemaVersion: string | null;
  migrations: number;
  serverVersion: string;
  pgDump: { version: string; major: number };
  /** Row counts of the key tables, read in the dump's own snapshot. */
  counts: Record<string, number>;
  /** The audit trail as it stood: entries, the newest entry's id and hash, and the fingerprint of the key it is sealed with. */
  audit: { entries: number; headId: string | null; headHash: string | null; keyId: string };
}

export const manifestPathOf = (dumpFile: string) => `${dumpFile}.manifest.json`;

/** `2026-12-05T14:30:05Z` → `20261205-223005` (Beijing time, UTC+8, no daylight saving). */
export function beijingStamp(at: Date): string {
  const iso = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

export function beijingIso(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Runs a client tool; rejects with its standard error when it fails. */
export function runTool(tool: FoundTool, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${path.basename(tool.path)} failed (exit ${code}): ${err.trim()}`))));
  });
}

/**
 * Writes a custom-format dump (pg_dump -Fc) of the database at `url` and its
 * manifest. The row counts and the audit head are read in one REPEATABLE
 * READ transaction whose snapshot pg_dump is given (`--snapshot`), so the
 * manifest describes exactly what the dump holds, even while the server
 * keeps writing.
 */
export async function createBackup(options: { url: string; out?: string; backupDir: string; now?: Date; log?: (line: string) => void }): Promise<{
  file: string;
  manifest: BackupManifest;
}> {
  const now = options.now ?? new Date();
  const file = path.resolve(options.out ?? path.join(options.backupDir, `cadre-${beijingStamp(now)}.dump`));
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: options.url, application_name: 'cadre-assessment-backup' });
  await client.connect();
  try {
    const major = await serverMajor(client);
    const pgDump = await requireTool('pg_dump', major, `the database server is PostgreSQL ${major}, and pg_dump cannot dump a server newer than itself`);
    options.log?.(`Using ${pgDump.path} (${pgDump.version})`);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [{ snapshot }] = (await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot')).rows as [{ snapshot: string }];
    const counts = await keyCounts(client);
    const migrations = await appliedMigrations(client);
    const head = counts.audit_log
      ? (await client.query<{ id: string; hash: string }>(`SELECT id::text AS id, hash FROM audit_log ORDER BY audit_log.id DESC LIMIT 1`)).rows[0]
      : undefined;
    const { rows: version } = await client.query<{ server_version: string }>('SHOW server_version');
    const partial = `${file}.partial`;
    const { dbname, env } = toolConnection(options.url);
    try {
      await runTool(pgDump, ['--format=custom', `--snapshot=${snapshot}`, `--file=${partial}`, `--dbname=${dbname}`], env);
    } catch (error) {
      await fs.rm(partial, { force: true });
      throw error;
    } finally {
      await client.query('COMMIT');
    }
    await fs.chmod(partial, 0o600);
    await fs.rename(partial, file);
    const manifest: BackupManifest = {
      format: 'cadre-backup/1',
      file: path.basename(file),
      bytes: (await fs.stat(file)).size,
      sha256: await sha256File(file),
      createdAt: now.toISOString(),
      createdAtBeijing: beijingIso(now),
      schemaVersion: migrations.at(-1) ?? null,
      migrations: migrations.length,
      serverVersion: version[0]!.server_version,
      pgDump: { version: pgDump.version, major: pgDump.major },
      counts,
      audit: { entries: counts.audit_log ?? 0, headId: head?.id ?? null, headHash: head?.hash ?? null, keyId: auditKeyId() },
    };
    await fs.writeFile(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    return { file, manifest };
  } finally {
    await client.end();
  }
}
