import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt, findChromium } from './browser.js';
import { createDataSource, migrate } from '../../server/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../../server/db/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A maintenance-database URL on the test server, for CREATE/DROP DATABASE. */
    adminUrl: string;
    /** A migrated database that each test file clones (CREATE DATABASE … TEMPLATE). */
    templateDatabase: string;
    /** Prefix of the per-file databases, so the teardown can sweep leftovers. */
    databasePrefix: string;
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Once per `npm test`: a real PostgreSQL (embedded in a throwaway directory,
 * or the server of DATABASE_URL), and a template database with every
 * migration applied. Each test file then gets a fresh clone of it, so files
 * run in parallel without seeing each other's rows. Everything is dropped at
 * the end: nothing is left behind on a shared server.
 */
export default async function setup(project: TestProject) {
  // The browser suites serve web/dist: build it once here (skipped when up to date), not in each file.
  if (findChromium() && process.env.SKIP_WEB_BUILD !== '1') ensureWebBuilt();
  let embedded: EmbeddedHandle | null = null;
  let tmpDir: string | null = null;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-test-pg-'));
    embedded = await startEmbeddedPostgres(tmpDir, {});
    adminUrl = embedded.url('postgres');
  }
  const templateDatabase = `cadre_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${templateDatabase}`);
  const ds = createDataSource(withDatabase(adminUrl, templateDatabase), { poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  const databasePrefix = `cadre_t_${process.pid}_`;
  project.provide('databasePrefix', databasePrefix);

  return async () => {
    // Test files drop their own clones; sweep any a crashed file left behind.
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${databasePrefix}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (tmpDir) await fs.rm(tmpDir, { recursive: true, force: true });
  };
}
