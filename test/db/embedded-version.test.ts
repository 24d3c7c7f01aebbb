import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedMajor, startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';

describe('a data folder made by another PostgreSQL major version', () => {
  it.each([[14], [17]])('made by %i: refused with the versions and the way over, before PostgreSQL is started', async (made) => {
    const binaries = await embeddedMajor();
    if (made === binaries) return;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-pg-version-'));
    try {
      await fs.mkdir(path.join(dir, 'pg'), { recursive: true });
      await fs.writeFile(path.join(dir, 'pg', 'PG_VERSION'), `${made}\n`);
      await expect(startEmbeddedPostgres(dir)).rejects.toThrow(`was made by PostgreSQL ${made}, but this version of the system runs PostgreSQL ${binaries}`);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('the binaries are the major version the backup tools of the operating system match (15)', async () => {
    expect(await embeddedMajor()).toBe(15);
  });
});
