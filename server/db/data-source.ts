import 'reflect-metadata';
import pg from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { Assessment, EvaluationRecord, Objection, SelfReport } from '../assessments/assessment.entity.js';
import { AssessmentCycle } from '../cycles/cycle.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Cadre, CadreStatusPeriod } from '../cadres/cadre.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OutcomeTask } from '../outcomes/outcome.entity.js';
import { RuleSet } from '../rule-sets/rule-set.entity.js';
import { AuthSession, RoleAssignment, UserAccount } from '../users/user.entity.js';
import { UserIdentity } from '../auth/oidc/identity.entity.js';

export const ENTITIES = [
  Organisation,
  Cadre,
  CadreStatusPeriod,
  UserAccount,
  RoleAssignment,
  AuthSession,
  UserIdentity,
  RuleSet,
  AuditEntry,
  AssessmentCycle,
  Assessment,
  SelfReport,
  Objection,
  EvaluationRecord,
  OutcomeTask,
];

/**
 * The application's DataSource on `url`. With `replicaUrls`, TypeORM's
 * replication: every query, transaction and repository read goes to the
 * primary (`defaultMode: 'master'`, so a write is always read back where it
 * was made); only the reads that ask for it go to a replica
 * (db/replica.ts `readFromReplica`: reports, dashboards, exports, the audit log).
 */
export function createDataSource(
  url: string,
  options: { poolSize?: number; applicationName?: string; logger?: Logger; replicaUrls?: string[] } = {},
): DataSource {
  const replicas = options.replicaUrls ?? [];
  const slaves = replicas.map((replica) => ({ url: replica }));
  const dataSource = new DataSource({
    type: 'postgres',
    ...(replicas.length
      ? { replication: { master: { url }, slaves, defaultMode: 'master' as const } }
      : { url }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    ...(options.logger ? { logger: options.logger } : {}),
    poolSize: options.poolSize ?? 20,
    applicationName: options.applicationName ?? 'cadre-assessment',
    extra: { connectionTimeoutMillis: 10_000 },
  });
  if (slaves.length) tolerateReplicasDown(dataSource, new Set(slaves), options.poolSize ?? 20, options.applicationName ?? 'cadre-assessment');
  return dataSource;
}

/**
 * TypeORM opens one connection to every replica when the DataSource starts
 * and fails the start if one is down. A replica is not needed to serve: its
 * pool is made without that first connection instead (pg connects on first
 * use), and the replica monitor (db/replica-health.ts) keeps it out of the
 * rotation until it answers.
 */
function tolerateReplicasDown(dataSource: DataSource, replicas: Set<object>, poolSize: number, applicationName: string): void {
  const driver = dataSource.driver as unknown as { createPool: (options: unknown, credentials: { url?: string }) => Promise<pg.Pool> };
  const createPool = driver.createPool.bind(driver);
  driver.createPool = async (options, credentials) => {
    if (!replicas.has(credentials)) return createPool(options, credentials);
    try {
      return await createPool(options, credentials);
    } catch {
      const pool = new pg.Pool({ connectionString: credentials.url, max: poolSize, application_name: applicationName, connectionTimeoutMillis: 10_000 });
      pool.on('error', () => undefined);
      return pool;
    }
  };
}

/** The primary's connection string of a DataSource made by createDataSource (with or without replicas). */
export function primaryUrl(dataSource: DataSource): string | undefined {
  const options = dataSource.options as { url?: string; replication?: { master: { url?: string } } };
  return options.replication?.master.url ?? options.url;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

// `date` columns are calendar days: keep them as 'YYYY-MM-DD' strings in raw queries too,
// instead of node-postgres turning them into midnight in the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
// bigint ids (audit_log) stay strings: they can outgrow Number.MAX_SAFE_INTEGER.
