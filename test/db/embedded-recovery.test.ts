import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';

const child = path.resolve(import.meta.dirname, '../support/embedded-child.ts');

/** Starts the stand-in server on `dataDir` and resolves once its database is up and written to. */
function startChild(dataDir: string): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.stdout!.on('data', (d: Buffer) => d.toString().includes('READY') && resolve(proc));
    proc.once('exit', (code) => reject(new Error(`the child exited (${code}) before READY: ${err}`)));
  });
}

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const dirs: string[] = [];
async function tempDataDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-crash-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('the embedded PostgreSQL after the server is killed', () => {
  it('kill -9 of the server leaves an orphaned postmaster; the next start stops it, starts afresh and keeps every committed row', async () => {
    const dataDir = await tempDataDir();
    const first = await startChild(dataDir);
    const orphan = await postmasterPid(dataDir);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(alive(orphan)).toBe(true);

    const notices: string[] = [];
    const handle = await startEmbeddedPostgres(dataDir, { notice: (line) => notices.push(line) });
    try {
      expect(alive(orphan)).toBe(false);
      expect(notices.join('\n')).toContain(`orphaned embedded PostgreSQL (pid ${orphan})`);
      const client = new pg.Client({ connectionString: handle.url('postgres') });
      await client.connect();
      const { rows } = await client.query<{ note: string }>('SELECT note FROM crash_probe');
      await client.end();
      expect(rows).toEqual([{ note: 'written before the crash' }]);
    } finally {
      await handle.stop();
    }
  });

  it('a cluster whose server is still running is left alone: the second start refuses and names the holder', async () => {
    const dataDir = await tempDataDir();
    const running = await startChild(dataDir);
    try {
      const holder = await postmasterPid(dataDir);
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(`in use by another server (pid ${holder})`);
      expect(alive(holder)).toBe(true);
    } finally {
      running.kill('SIGTERM');
      await new Promise((resolve) => running.once('exit', resolve));
    }
  });
});
