import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Runs `read` on a read replica when DATABASE_REPLICA_URLS names any (a
 * random one per call; TypeORM's `createQueryRunner('slave')`), else on the
 * primary. Only for reads that may be a moment old — reports, dashboards,
 * exports, the audit log: a replica replays the primary's WAL a little
 * behind it (docs/operations.md, "Deployment beyond one machine"). Never
 * inside a transaction and never for a read that must see the caller's own
 * write. A replica that cannot be reached is passed over: the read goes to
 * the primary, so a replica down slows reports, it does not stop them.
 */
export async function readFromReplica<T>(dataSource: DataSource, read: (manager: EntityManager, runner: QueryRunner) => Promise<T>): Promise<T> {
  let runner = dataSource.createQueryRunner('slave');
  try {
    await runner.connect();
  } catch {
    await runner.release().catch(() => undefined);
    runner = dataSource.createQueryRunner('master');
    await runner.connect();
  }
  try {
    return await read(runner.manager, runner);
  } finally {
    await runner.release();
  }
}

/** Whether the DataSource has read replicas. */
export function hasReplicas(dataSource: DataSource): boolean {
  return Boolean((dataSource.options as { replication?: unknown }).replication);
}
