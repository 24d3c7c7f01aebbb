import type pg from 'pg';
import type { AppConfig } from '../config.js';
import { EMBEDDED_DATABASE, ensureDatabase } from '../db/bootstrap.js';
import { runningEmbeddedUrl, startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { MIGRATIONS } from '../../migrations/index.js';

export interface ConfiguredDatabase {
  url: string;
  /** For the report: DATABASE_URL, the running embedded server, or the embedded server started for this command. */
  description: string;
  /** Stops the embedded server if this command started it. */
  release: () => Promise<void>;
}

/**
 * The database `npm start` uses: DATABASE_URL; else the embedded PostgreSQL
 * in DATA_DIR — reached where it runs (the server is up: its port is in
 * postmaster.pid), or started for the command and stopped after it.
 */
export async function configuredDatabase(config: AppConfig, log: (line: string) => void): Promise<ConfiguredDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, description: 'DATABASE_URL', release: async () => undefined };
  const running = await runningEmbeddedUrl(config.dataDir, 'postgres');
  if (running) {
    await ensureDatabase(running, EMBEDDED_DATABASE);
    return { url: withDatabase(running, EMBEDDED_DATABASE), description: `the running embedded PostgreSQL in ${config.dataDir}`, release: async () => undefined };
  }
  log(`Starting the embedded PostgreSQL in ${config.dataDir} …`);
  const embedded = await startEmbeddedPostgres(config.dataDir, { notice: log });
  await ensureDatabase(embedded.url('postgres'), EMBEDDED_DATABASE);
  return { url: embedded.url(EMBEDDED_DATABASE), description: `the embedded PostgreSQL in ${config.dataDir}`, release: () => embedded.stop() };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The tables whose row counts a backup records and a restore compares. */
export const KEY_TABLES = [
  'organisation',
  'cadre',
  'user_account',
  'role_assignment',
  'rule_set',
  'assessment_cycle',
  'assessment',
  'evaluation_record',
  'outcome_task',
  'audit_log',
  'audit_checkpoint',
  'schema_migration',
] as const;

/** Row counts of the key tables that exist (an older schema may lack some). */
export async function keyCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of KEY_TABLES) {
    const { rows } = await client.query<{ present: string | null }>(`SELECT to_regclass($1)::text AS present`, [`public.${table}`]);
    if (!rows[0]?.present) continue;
    const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${client.escapeIdentifier(table)}`);
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

/** The migrations the code knows, in order (their names as the schema_migration table records them). */
export const CODE_MIGRATIONS: string[] = MIGRATIONS.map((M) => new M().name ?? M.name);

/** The migrations recorded in a database, in the order they were applied. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ present: string | null }>(`SELECT to_regclass('public.schema_migration')::text AS present`);
  if (!rows[0]?.present) return [];
  const applied = await client.query<{ name: string }>(`SELECT name FROM schema_migration ORDER BY id`);
  return applied.rows.map((r) => r.name);
}

/** The tables of a database outside PostgreSQL's own schemas: a restore needs none. */
export async function userTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT schemaname || '.' || tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1 LIMIT 5`,
  );
  return rows.map((r) => r.name);
}

/** The server's major version (`server_version_num` 170002 → 17). */
export async function serverMajor(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
  return Math.floor(Number(rows[0]!.v) / 10_000);
}
