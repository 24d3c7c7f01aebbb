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
export async function readFromReplica<T>(
  dataSource: DataSource,
  read: (manager: EntityManager, runner: QueryRunner) => Promise<T>,
  options: { retryOnPrimary?: boolean } = {},
): Promise<T> {
  if (!hasReplicas(dataSource)) return onRunner(dataSource.createQueryRunner('master'), read);
  let runner = dataSource.createQueryRunner('slave');
  try {
    await runner.connect();
  } catch {
    await runner.release().catch(() => undefined);
    runner = dataSource.createQueryRunner('master');
  }
  try {
    return await onRunner(runner, read);
  } catch (error) {
    // A connection the replica dropped (it stopped, restarted, or cancelled the read for a conflict with recovery):
    // a read is safe to run again, on the primary — unless it has already sent part of its answer.
    if (runner.getReplicationMode() === 'slave' && options.retryOnPrimary !== false && isReplicaFailure(error)) {
      return onRunner(dataSource.createQueryRunner('master'), read);
    }
    throw error;
  }
}

async function onRunner<T>(runner: QueryRunner, read: (manager: EntityManager, runner: QueryRunner) => Promise<T>): Promise<T> {
  try {
    await runner.connect();
    return await read(runner.manager, runner);
  } finally {
    await runner.release();
  }
}

/**
 * Failures of the replica rather than of the read: connection exceptions
 * (08…), the server shutting down or not yet accepting (57P01–57P03), a read
 * cancelled for a conflict with recovery (40001 on a hot standby), or the
 * socket gone.
 */
export function isReplicaFailure(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string; message?: string }; message?: string };
  const code = e.driverError?.code ?? e.code ?? '';
  const message = e.driverError?.message ?? e.message ?? '';
  return /^(08|57P0[123]$|40001$)/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code) || /Connection terminated/i.test(message);
}

/** Whether the DataSource has read replicas. */
export function hasReplicas(dataSource: DataSource): boolean {
  return Boolean((dataSource.options as { replication?: unknown }).replication);
}
