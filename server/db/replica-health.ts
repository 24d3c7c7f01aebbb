import pg from 'pg';
import type { DataSource } from 'typeorm';

/** One read replica as /healthz reports it. */
export interface ReplicaHealth {
  /** Where it is: host, port and database (never the credentials). */
  name: string;
  /** Whether the last probe reached it. */
  ok: boolean;
  /** Whether it is a standby replaying the primary's WAL (pg_is_in_recovery); null while unreachable. */
  standby: boolean | null;
  /**
   * How far behind the primary its replay is, in seconds: 0 when it has
   * replayed all it received, else the age of the last transaction replayed;
   * null when unreachable or not a standby.
   */
  lagSeconds: number | null;
  /** Whether reads are sent to it now (reachable at the last probe). */
  inRotation: boolean;
  /** When the last probe finished. */
  checkedAt: Date;
}

export interface ReplicaMonitor {
  /** The last probe of every replica, in DATABASE_REPLICA_URLS order: read from memory, never waits. */
  current(): ReplicaHealth[];
  stop(): Promise<void>;
}

interface DriverPools {
  slaves: pg.Pool[];
}

/** host:port/database of a connection string, without user or password. */
export function replicaName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'replica';
  }
}

const PROBE = `SELECT pg_is_in_recovery() AS standby,
                      CASE WHEN NOT pg_is_in_recovery() THEN NULL
                           WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                           ELSE greatest(0, extract(epoch FROM now() - pg_last_xact_replay_timestamp())) END::float8 AS lag`;

/**
 * Watches the read replicas of a DataSource made by createDataSource: each
 * is probed every `intervalMs` over a connection of its own (like the
 * primary's probe, db/health.ts), and only those that answered are in the
 * rotation readFromReplica picks from (the driver's replica pools). A
 * replica that is down — at start or later — is taken out, so reads go to
 * the primary without first waiting on it, and is put back as soon as a probe
 * reaches it again. Resolves once every replica has been probed once.
 */
export async function startReplicaMonitor(
  dataSource: DataSource,
  options: { intervalMs?: number; timeoutMs?: number; log?: (line: string) => void } = {},
): Promise<ReplicaMonitor> {
  const intervalMs = options.intervalMs ?? 2_000;
  const timeoutMs = options.timeoutMs ?? 1_500;
  const log = options.log ?? (() => undefined);
  const urls = ((dataSource.options as { replication?: { slaves: Array<{ url?: string }> } }).replication?.slaves ?? []).map((s) => s.url ?? '');
  const driver = dataSource.driver as unknown as DriverPools;
  // The driver's pools, one per replica in the same order; the rotation is the subset that answers.
  const all = [...driver.slaves];
  const probes = urls.map((url) => {
    const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs, statement_timeout: timeoutMs, application_name: 'cadre-assessment-health' });
    pool.on('error', () => undefined);
    return pool;
  });
  let states: ReplicaHealth[] = urls.map((url) => ({ name: replicaName(url), ok: false, standby: null, lagSeconds: null, inRotation: true, checkedAt: new Date() }));

  let first = true;
  const probeAll = async () => {
    const next = await Promise.all(
      probes.map(async (pool, i): Promise<ReplicaHealth> => {
        try {
          const { rows } = await pool.query<{ standby: boolean; lag: number | null }>(PROBE);
          return { name: states[i]!.name, ok: true, standby: rows[0]!.standby, lagSeconds: rows[0]!.lag === null ? null : Math.round(rows[0]!.lag * 1000) / 1000, inRotation: true, checkedAt: new Date() };
        } catch {
          return { name: states[i]!.name, ok: false, standby: null, lagSeconds: null, inRotation: false, checkedAt: new Date() };
        }
      }),
    );
    for (const [i, s] of next.entries()) {
      if (first ? !s.ok : s.ok !== states[i]!.ok) log(`[db] replica ${s.name} is ${s.ok ? 'up: reads go to it again' : 'down: its reads go to the primary until it answers'}`);
    }
    first = false;
    states = next;
    if (all.length === next.length) driver.slaves = all.filter((_, i) => next[i]!.ok);
  };

  let running: Promise<void> | null = probeAll();
  await running;
  running = null;
  const timer = setInterval(() => {
    running ??= probeAll().finally(() => {
      running = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    current: () => states,
    stop: async () => {
      clearInterval(timer);
      await running;
      // Every pool back with the driver, so that closing the DataSource closes them all.
      driver.slaves = all;
      await Promise.all(probes.map((p) => p.end()));
    },
  };
}
