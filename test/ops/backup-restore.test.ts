import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { manifestPathOf, type BackupManifest } from '../../server/backup/backup.js';
import { CODE_MIGRATIONS } from '../../server/backup/database.js';
import { findTools, PgToolError, requireTool } from '../../server/backup/pg-tools.js';
import { embeddedMajor } from '../../server/db/embedded-postgres.js';
import { RestoreRefused, restoreBackup } from '../../server/backup/restore.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { PROJECT, runCli } from '../support/cli.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `npm run backup` and `npm run restore` against the test run's PostgreSQL:
 * a database with a cycle under way is dumped with the real pg_dump (as a
 * child process, like a user runs it), loaded into a fresh empty database on
 * the same server with pg_restore, and compared; the refusals leave the
 * target untouched. pg_dump cannot dump a server newer than itself: where
 * the machine has none new enough for the test server (the embedded
 * PostgreSQL 17 on a machine with the version 15 client), the round trip is
 * skipped loudly and the clear refusal is checked instead.
 */
let t: TestApp;
let dir: string;
const extraDatabases: string[] = [];

const adminUrl = () => inject('adminUrl');
function urlOf(database: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${database}`;
  return u.toString();
}
async function admin<T>(work: (client: pg.Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
/** A new empty database on the test server, named so that the global teardown sweeps it if this file crashes. */
async function emptyDatabase(): Promise<string> {
  const name = `${inject('databasePrefix')}restore_${extraDatabases.length}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  extraDatabases.push(name);
  return urlOf(name);
}
// Known before the suites are collected: whether this machine's pg_dump can dump the test server.
const serverMajor = await admin(async (c) => Math.floor(Number((await c.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0]!.v) / 10_000));
const newestDump = (await findTools('pg_dump'))[0]?.major ?? 0;
const canDump = newestDump >= serverMajor;
if (!canDump) console.warn(`SKIPPED the backup round trip: the test server is PostgreSQL ${serverMajor}, the newest pg_dump here is ${newestDump || 'none'}`);

const tableCount = (url: string) =>
  admin(async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`)).rows[0]!.n, url);

beforeAll(async () => {
  t = await startTestApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-backup-'));
  const orgadmin = await t.signIn('orgadmin');
  // A cycle moved forward: planned, enrolled, opened, self-reports submitted and accepted.
  const cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ');
  const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 ORDER BY id`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT']);
});
afterAll(async () => {
  for (const name of extraDatabases) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await t?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('with no pg_dump new enough for the server, the backup refuses with what to install (exit 2 from the command)', async () => {
    if (!canDump) {
      // This machine really has none: the command itself refuses.
      const res = await runCli('backup.ts', ['--out', path.join(dir, 'never.dump')], { DATABASE_URL: t.databaseUrl });
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(`pg_dump ${serverMajor} or newer is needed`);
      expect(res.stderr).toContain(`postgresql-client-${serverMajor}`);
      await expect(fs.access(path.join(dir, 'never.dump'))).rejects.toThrow();
      return;
    }
    // It has one: ask for a version newer than any installed, as a server from the future would.
    const future = newestDump + 10;
    const refusal = await requireTool('pg_dump', future, 'to dump a newer server').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PgToolError);
    expect((refusal as Error).message).toContain(`pg_dump ${future} or newer is needed`);
    expect((refusal as Error).message).toContain(`postgresql-client-${future}`);
  });

  it('reaches the embedded PostgreSQL while the server that started it runs, instead of starting another', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-backup-running-'));
    const server = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT, 'test/support/embedded-child.ts'), dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout!.on('data', (d: Buffer) => d.toString().includes('READY') && resolve());
        server.once('exit', (code) => reject(new Error(`the stand-in server exited (${code})`)));
      });
      const res = await runCli('backup.ts', ['--out', path.join(dataDir, 'live.dump')], { DATABASE_URL: undefined, DATA_DIR: dataDir });
      expect(res.stdout).toContain(`Backing up the running embedded PostgreSQL in ${dataDir}`);
      expect(res.stdout).not.toContain('Starting the embedded PostgreSQL');
      // Written with a pg_dump as new as the embedded server, refused clearly with an older one.
      const major = await embeddedMajor();
      if (((await findTools('pg_dump'))[0]?.major ?? 0) >= major) {
        expect(res.code).toBe(0);
        expect(res.stdout).toContain(`Written: ${path.join(dataDir, 'live.dump')}`);
      } else {
        expect(res.code).toBe(2);
        expect(res.stderr).toContain(`pg_dump ${major} or newer is needed`);
      }
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  describe.runIf(canDump)('the round trip', () => {
    let dump: string;
    let manifest: BackupManifest;
    beforeAll(async () => {
      dump = path.join(dir, 'cycle.dump');
      const res = await runCli('backup.ts', ['--out', dump], { DATABASE_URL: t.databaseUrl });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      manifest = JSON.parse(await fs.readFile(manifestPathOf(dump), 'utf8')) as BackupManifest;
      expect(res.stdout).toContain(`SHA-256: ${manifest.sha256}`);
    });

    it('the manifest holds the size, the row counts, the schema version and the audit head of the source', async () => {
      const [{ assessments, audit, head }] = (await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM assessment) AS assessments, (SELECT count(*)::int FROM audit_log) AS audit,
                (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) AS head`,
      )) as [{ assessments: number; audit: number; head: string }];
      expect(assessments).toBeGreaterThan(0);
      expect(manifest).toMatchObject({
        bytes: (await fs.stat(dump)).size,
        // The newest migration the source database has applied.
        schemaVersion: (await t.dataSource.query(`SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1`))[0].name,
        counts: { assessment: assessments, audit_log: audit, organisation: 23 },
        audit: { entries: audit, headHash: head },
      });
    });

    it('restores into a fresh empty database: every check passes, the audit chain verifies and the rows are the same', async () => {
      const target = await emptyDatabase();
      const res = await runCli('restore.ts', [dump], { DATABASE_URL: target });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain('SHA-256 matches the manifest');
      expect(res.stdout).toMatch(/Audit chain verifies: \d+ entries/);
      expect(res.stdout).toContain('Restore complete: every check passed.');
      const rowsOf = (url: string) =>
        admin(async (c) => ({
          assessments: (await c.query(`SELECT id, state, version, cadre_id FROM assessment ORDER BY id`)).rows,
          audit: (await c.query(`SELECT id::text, entity_type, entity_id, seq, hash FROM audit_log ORDER BY id`)).rows,
          users: (await c.query(`SELECT username, password_hash FROM user_account ORDER BY username`)).rows,
        }), url);
      const [before, after] = await Promise.all([rowsOf(t.databaseUrl), rowsOf(target)]);
      expect(after).toEqual(before);
      expect(after.assessments.every((a) => a.state === before.assessments.find((b) => b.id === a.id)?.state)).toBe(true);
    });

    it('an older dump (one migration behind the code) is restored and brought up to date', async () => {
      const olderUrl = await emptyDatabase();
      const older = new DataSource({ type: 'postgres', url: olderUrl, migrations: MIGRATIONS.slice(0, -1), migrationsTableName: 'schema_migration', logging: ['error'] });
      await older.initialize();
      try {
        await older.runMigrations({ transaction: 'each' });
      } finally {
        await older.destroy();
      }
      const olderDump = path.join(dir, 'older.dump');
      const backup = await runCli('backup.ts', ['--out', olderDump], { DATABASE_URL: olderUrl });
      expect(backup.code).toBe(0);
      const target = await emptyDatabase();
      const res = await runCli('restore.ts', [olderDump], { DATABASE_URL: target });
      expect(res.code).toBe(0);
      expect(res.stdout).toContain(`Applied the migrations the dump predates: ${CODE_MIGRATIONS.at(-1)}`);
      expect(await admin(async (c) => (await c.query(`SELECT count(*)::int AS n FROM schema_migration`)).rows[0].n, target)).toBe(CODE_MIGRATIONS.length);
    });

    it('refuses a database that has any table, and leaves it as it was', async () => {
      const before = await tableCount(t.databaseUrl);
      const res = await runCli('restore.ts', [dump], { DATABASE_URL: t.databaseUrl });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('Restore refused: The target database is not empty');
      expect(await tableCount(t.databaseUrl)).toBe(before);
    });

    it.each([
      ['a byte of the dump changed', 'damaged.dump', async (file: string) => {
        const bytes = await fs.readFile(file);
        bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
        await fs.writeFile(file, bytes);
      }, /does not match its manifest: SHA-256/],
      ['a schema newer than the code', 'future.dump', async (file: string) => {
        const m = JSON.parse(await fs.readFile(manifestPathOf(file), 'utf8')) as BackupManifest;
        await fs.writeFile(manifestPathOf(file), JSON.stringify({ ...m, schemaVersion: 'FromTheFuture1999999999999' }));
      }, /newer than this code/],
      ['another audit key', 'other-key.dump', async (file: string) => {
        const m = JSON.parse(await fs.readFile(manifestPathOf(file), 'utf8')) as BackupManifest;
        await fs.writeFile(manifestPathOf(file), JSON.stringify({ ...m, audit: { ...m.audit, keyId: '0123456789ab' } }));
      }, /audit key here .* is not the one/],
    ])('refuses %s before loading anything', async (_case, name, spoil, message) => {
      const file = path.join(dir, name);
      await fs.copyFile(dump, file);
      await fs.copyFile(manifestPathOf(dump), manifestPathOf(file));
      await spoil(file);
      const target = await emptyDatabase();
      await expect(restoreBackup({ file, url: target })).rejects.toThrow(RestoreRefused);
      await expect(restoreBackup({ file, url: target })).rejects.toThrow(message);
      expect(await tableCount(target)).toBe(0);
    });
  });
});
