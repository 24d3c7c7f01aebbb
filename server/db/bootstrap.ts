import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { seedDemo } from '../seed/demo.js';
import { seedSelectionDemo } from '../selection/selection-seed.js';
import { createDataSource, migrate } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from './embedded-postgres.js';

export const EMBEDDED_DATABASE = 'cadre';

export interface OpenDatabase {
  dataSource: DataSource;
  /** The connection string in use (embedded or DATABASE_URL), for other clients such as the job queue. */
  url: string;
  embedded: EmbeddedHandle | null;
  /** Closes the pool, then stops the embedded server if we started it. */
  close: () => Promise<void>;
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * With DATABASE_URL: that database. Without: the embedded PostgreSQL under
 * `.data/`, started on a free port (never 5432), its data kept between runs.
 */
export async function openDatabase(config: AppConfig, log: (line: string) => void, poolSize?: number): Promise<OpenDatabase> {
  let embedded: EmbeddedHandle | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`Starting the embedded PostgreSQL in ${config.dataDir} …`);
    embedded = await startEmbeddedPostgres(config.dataDir, { log: (line) => process.env.PG_LOG && log(line), notice: log });
    await ensureDatabase(embedded.url('postgres'), EMBEDDED_DATABASE);
    url = embedded.url(EMBEDDED_DATABASE);
    log(`Embedded PostgreSQL is up on 127.0.0.1:${embedded.port}`);
  }
  const dataSource = createDataSource(url, { poolSize, replicaUrls: config.databaseReplicaUrls });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url,
    embedded,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * Migrates and, on an empty database, seeds the demo province — under a
 * session advisory lock, so that several processes starting together against
 * one database do this exactly once.
 */
export async function prepareDatabase(dataSource: DataSource, options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtextextended('cadre-assessment:startup', 0))`);
    const applied = await migrate(dataSource);
    if (applied.length) options.log(`Applied migrations: ${applied.join(', ')}`);
    if (options.seed) {
      const [{ n }] = (await runner.query(`SELECT count(*)::int AS n FROM organisation`)) as [{ n: number }];
      if (n === 0) {
        const counts = await dataSource.transaction(async (m) => {
          const seeded = await seedDemo(m);
          // 选任参考: past annual results, promotions and a candidate list (on start only: the tests seed their own figures).
          const [root] = (await m.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
          if (root) await seedSelectionDemo(m, root.id);
          return seeded;
        });
        options.log(`Seeded the demo province: ${counts.organisations} organisations, ${counts.cadres} cadres, ${counts.users} demo accounts`);
      }
    }
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtextextended('cadre-assessment:startup', 0))`).catch(() => undefined);
    await runner.release();
  }
}
