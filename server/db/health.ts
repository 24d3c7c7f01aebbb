import pg from 'pg';

export interface DatabaseHealth {
  /** Whether the last probe reached the database. */
  ok: boolean;
  /** When the last probe finished. */
  checkedAt: Date;
  /** How long it took, in milliseconds. */
  latencyMs: number;
}

export interface DatabaseProbe {
  /** The last probe's answer: read from memory, never waits. */
  current(): DatabaseHealth;
  stop(): Promise<void>;
}

/**
 * The database's health for `/healthz`, probed in the background every
 * `intervalMs` over a connection of its own (a pool of one, outside the
 * app's pool), so that a health check never queues for a pool connection
 * behind heavy requests and never waits for the database at all: it reads
 * the last answer. A probe that gets no answer within `timeoutMs` counts as
 * the database being down. Resolves once the first probe has answered.
 */
export async function startDatabaseProbe(url: string, options: { intervalMs?: number; timeoutMs?: number } = {}): Promise<DatabaseProbe> {
  const intervalMs = options.intervalMs ?? 2_000;
  const timeoutMs = options.timeoutMs ?? 1_500;
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    statement_timeout: timeoutMs,
    application_name: 'cadre-assessment-health',
  });
  // A dropped idle connection is reported here; the next probe reconnects.
  pool.on('error', () => undefined);
  let last: DatabaseHealth = { ok: false, checkedAt: new Date(), latencyMs: 0 };
  const probe = async () => {
    const started = performance.now();
    try {
      await pool.query('SELECT 1');
      last = { ok: true, checkedAt: new Date(), latencyMs: performance.now() - started };
    } catch {
      last = { ok: false, checkedAt: new Date(), latencyMs: performance.now() - started };
    }
  };
  let running: Promise<void> | null = probe();
  await running;
  running = null;
  const timer = setInterval(() => {
    running ??= probe().finally(() => {
      running = null;
    });
  }, intervalMs);
  timer.unref();
  return {
    current: () => last,
    stop: async () => {
      clearInterval(timer);
      await running;
      await pool.end();
    },
  };
}
