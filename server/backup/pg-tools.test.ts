import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTools, majorOf, PgToolError, requireTool } from './pg-tools.js';

describe('the version a client tool reports', () => {
  it.each([
    ['pg_dump (PostgreSQL) 17.9', 17],
    ['pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)', 15],
    ['pg_restore (PostgreSQL) 18beta2', 18],
    ['pg_dump (PostgreSQL) 9.6.24', 9],
    ['something else entirely', null],
  ])('%j is major %j', (text, major) => {
    expect(majorOf(text)).toBe(major);
  });
});

describe('choosing pg_dump for a server', () => {
  let dir: string;
  const fake = async (folder: string, version: string) => {
    await fs.mkdir(path.join(dir, folder), { recursive: true });
    const file = path.join(dir, folder, 'pg_dump');
    await fs.writeFile(file, `#!/bin/sh\necho "pg_dump (PostgreSQL) ${version}"\n`, { mode: 0o755 });
    return file;
  };
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-pg-tools-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it.each([
    // PG_BIN_DIR's version, the server's major, what happens
    ['99.1', 17, 'chosen'],
    ['99.1', 99, 'chosen'],
    ['16.4', 17, 'refused'],
    ['16.4', 99, 'refused'],
  ])('a pg_dump %s in PG_BIN_DIR for a PostgreSQL %i server is %s', async (version, server, outcome) => {
    const file = await fake(`v${version}-${server}`, version);
    const env = { PG_BIN_DIR: path.dirname(file), PATH: '' };
    const others = (await findTools('pg_dump', env)).filter((t) => t.path !== file);
    const newestOther = others[0]?.major ?? 0;
    if (outcome === 'chosen') {
      expect(await requireTool('pg_dump', server, 'test', env)).toMatchObject({ path: file, major: Number(version.split('.')[0]) });
    } else if (newestOther < server) {
      const refusal = requireTool('pg_dump', server, `the server is PostgreSQL ${server}`, env);
      await expect(refusal).rejects.toThrow(PgToolError);
      await expect(refusal).rejects.toThrow(`pg_dump ${server} or newer is needed: the server is PostgreSQL ${server}. Found: `);
      await expect(requireTool('pg_dump', server, 'x', env)).rejects.toThrow(`${file} (${version.split('.')[0]})`);
    } else {
      expect((await requireTool('pg_dump', server, 'test', env)).path).not.toBe(file);
    }
  });
});
