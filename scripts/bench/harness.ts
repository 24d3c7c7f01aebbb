import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgresCpuSeconds as postgresCpuOf } from './postgres-cpu.js';
import type { ChildMessage, ParentMessage, ServerStats } from './protocol.js';

/**
 * What the transition benchmarks share: the server child process, one
 * GraphQL POST over a keep-alive agent, the CPU meters (PostgreSQL, server,
 * this process, the machine), PostgreSQL's wait events and statements, and
 * the phase figures (percentiles, the printed lines).
 */

const started = performance.now();
export const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);

/** The embedded PostgreSQL's directory (the postmaster naming it tells whose CPU is PostgreSQL's). */
let benchDataDir: string | null = null;
/** The ballot key every server process of one run shares (ballots sealed by one are opened by another). */
const benchBallotKey = randomBytes(32).toString('hex');
export function setBenchDataDir(dir: string | null): void {
  benchDataDir = dir;
}

export interface PhaseResult {
  ok: number;
  seconds: number;
  latencies: Float64Array;
  errors: Map<string, number>;
  firstError: string | null;
}

// ---------- small helpers ----------


export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);
export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Busy and total jiffies of the whole machine (/proc/stat), to tell how saturated the cores were. */
export async function machineCpu(): Promise<{ busy: number; total: number } | null> {
  const text = await fs.readFile('/proc/stat', 'utf8').catch(() => null);
  const line = text?.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, total: busy + idle! + iowait! };
}

/**
 * CPU seconds used so far by the embedded PostgreSQL: the postmaster and its children (backends, WAL writer, autovacuum …),
 * and what backends that have exited used (an idle pool closing its connections mid-phase must not lose their ticks).
 */
export async function postgresCpuSeconds(): Promise<number | null> {
  if (!benchDataDir) return null;
  const seconds = postgresCpuOf(benchDataDir, { reaped: true });
  return Number.isFinite(seconds) ? seconds : null;
}

export interface CpuReport {
  line: string;
  /** Cores used by PostgreSQL, this process (the load generator or the SQL client), the whole machine; null where unknown. */
  postgres: number | null;
  self: number;
  busy: number | null;
}

/** Where the CPU went during a phase, in cores: PostgreSQL, the server, this process, and anything else. */
export async function cpuMeter() {
  const [machine, postgres] = await Promise.all([machineCpu(), postgresCpuSeconds()]);
  const self = process.cpuUsage();
  const start = performance.now();
  return async (serverCpuSeconds: number | null, selfName: string): Promise<CpuReport> => {
    const [machine1, postgres1] = await Promise.all([machineCpu(), postgresCpuSeconds()]);
    const seconds = (performance.now() - start) / 1000;
    const mine = process.cpuUsage(self);
    const selfCores = (mine.user + mine.system) / 1e6 / seconds;
    const parts: string[] = [];
    // Backends that ended during the phase take their ticks with them: a negative difference is unknown, not a figure.
    const pgCores = postgres !== null && postgres1 !== null && postgres1 >= postgres ? (postgres1 - postgres) / seconds : null;
    if (pgCores !== null) parts.push(`PostgreSQL ${fixed(pgCores, 2)}`);
    if (serverCpuSeconds !== null) parts.push(`server ${fixed(serverCpuSeconds / seconds, 2)}`);
    parts.push(`${selfName} ${fixed(selfCores, 2)}`);
    const busy = machine && machine1 ? ((machine1.busy - machine.busy) / Math.max(1, machine1.total - machine.total)) * os.cpus().length : null;
    if (busy !== null) {
      const other = busy - (pgCores ?? 0) - (serverCpuSeconds ?? 0) / seconds - selfCores;
      parts.push(`other processes and kernel ${fixed(Math.max(0, other), 2)}`);
    }
    const line = busy !== null ? `${fixed(busy, 2)} of ${os.cpus().length} cores busy: ${parts.join(', ')}` : parts.join(', ');
    return { line, postgres: pgCores, self: selfCores, busy };
  };
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * One POST /graphql over a keep-alive agent (node:http: lighter on the
 * generator's CPU than fetch). An answer that is not JSON (a balancer's 502 page)
 * comes back as an error coded `HTTP_<status>`; a request unanswered after
 * `timeoutMs` fails with the code TIMEOUT.
 */
export function postGraphQL(agent: http.Agent, port: number, body: string, token: string | null, timeoutMs = 30_000): Promise<{ status: number; json: GraphQLResponse }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as GraphQLResponse });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.statusCode}` } }] } });
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer in time'), { code: 'TIMEOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

// ---------- the server child ----------

export class ServerProcess {
  private waiters: Array<{ type: ChildMessage['type']; resolve: (m: ChildMessage) => void; reject: (e: Error) => void }> = [];
  exited = false;

  private constructor(readonly child: ChildProcess) {
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'error') {
        console.error(`[server] ${message.message}`);
        return;
      }
      const i = this.waiters.findIndex((w) => w.type === message.type);
      if (i >= 0) this.waiters.splice(i, 1)[0]!.resolve(message);
    });
    child.on('exit', (code, signal) => {
      this.exited = true;
      for (const w of this.waiters.splice(0)) w.reject(new Error(`the server process exited (${signal ?? code}) while waiting for "${w.type}"`));
    });
  }

  /** `options.script`: another build's server-child.js (an A/B of two builds side by side under the same load); default this build's. */
  static async start(databaseUrl: string, options: { pool: number; traceSql: boolean; dev: boolean; script?: string }): Promise<{ server: ServerProcess; port: number; pid: number }> {
    const here = fileURLToPath(import.meta.url);
    const script = options.script || path.join(path.dirname(here), `server-child${path.extname(here)}`);
    const env: NodeJS.ProcessEnv = { BALLOT_KEY: benchBallotKey, ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(options.pool), BENCH_TRACE_SQL: options.traceSql ? '40' : '' };
    if (options.dev) delete env.NODE_ENV;
    else env.NODE_ENV = 'production';
    const child = fork(script, [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const server = new ServerProcess(child);
    const ready = await server.expect('ready', 120_000);
    if (ready.type !== 'ready') throw new Error('unexpected message');
    return { server, port: ready.port, pid: ready.pid };
  }

  expect<T extends ChildMessage['type']>(type: T, timeoutMs = 30_000): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error('the server process is not running'));
      const timer = setTimeout(() => reject(new Error(`no "${type}" from the server process within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        type,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ChildMessage, { type: T }>);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
    });
  }

  async ask<T extends ChildMessage['type']>(message: ParentMessage, reply: T, timeoutMs?: number): Promise<Extract<ChildMessage, { type: T }>> {
    const answer = this.expect(reply, timeoutMs);
    this.child.send(message);
    return answer;
  }

  async stats(): Promise<ServerStats> {
    return (await this.ask({ type: 'stats' }, 'stats')).stats;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      this.child.send({ type: 'stop' } satisfies ParentMessage);
    } catch {
      /* channel already closed */
    }
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
    if ((await Promise.race([gone, timeout])) === 'timeout' && this.child.pid) {
      process.kill(this.child.pid, 'SIGKILL');
      await gone;
    }
  }
}


// ---------- profiling PostgreSQL: wait events and statements ----------

/** Samples what the server's connections are doing every few ms: on CPU, or waiting for what. */
export function sampleWaitEvents(databaseUrl: string, applicationName: string) {
  const tally = new Map<string, number>();
  let samples = 0;
  let running = true;
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'cadre-bench-sampler' });
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ what: string; n: number }>(
        `SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'on CPU (active)')
                     WHEN state = 'idle in transaction' THEN 'idle in transaction (waiting for the app)'
                     ELSE state END || '  ·  ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS what, count(*)::int AS n
           FROM pg_stat_activity WHERE application_name = $1 AND state <> 'idle' GROUP BY 1`,
        [applicationName],
      );
      samples++;
      for (const r of rows) tally.set(r.what, (tally.get(r.what) ?? 0) + r.n);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { samples, tally: [...tally].sort((a, b) => b[1] - a[1]) };
    },
  };
}

export async function topStatements(databaseUrl: string, transitions: number): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ query: string; calls: string; plans: string; exec_ms: number; plan_ms: number; mean_ms: number; rows: string }>(
      `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query, calls, plans, total_exec_time AS exec_ms, total_plan_time AS plan_ms, mean_exec_time AS mean_ms, rows
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        ORDER BY total_exec_time + total_plan_time DESC LIMIT 15`,
    );
    const total = rows.reduce((a, r) => a + r.exec_ms + r.plan_ms, 0);
    return [
      `PostgreSQL statements during the API phase (pg_stat_statements; exec + plan time; ${fixed(total / Math.max(1, transitions) * 1000, 0)} µs of statement time per transition):`,
      ...rows.map(
        (r) =>
          `  ${fixed(((r.exec_ms + r.plan_ms) * 1000) / Math.max(1, transitions), 0).padStart(6)} µs/tx  exec ${fixed(r.mean_ms * 1000, 0).padStart(5)} µs/call  plan ${fixed((r.plan_ms * 1000) / Math.max(1, Number(r.calls)), 0).padStart(4)} µs/call (${r.plans} plans)  ${String(r.calls).padStart(7)} calls  ${r.query}`,
      ),
    ].join('\n');
  } finally {
    await client.end();
  }
}

// ---------- reporting ----------

export function describe(r: PhaseResult) {
  return {
    rate: r.ok / r.seconds,
    p50: percentile(r.latencies, 50),
    p95: percentile(r.latencies, 95),
    p99: percentile(r.latencies, 99),
    max: r.latencies.length ? r.latencies[r.latencies.length - 1]! : NaN,
    mean: r.latencies.length ? r.latencies.reduce((a, b) => a + b, 0) / r.latencies.length : NaN,
    errors: [...r.errors].map(([code, n]) => `${code}×${n}`).join(', ') || 'none',
  };
}

export function printPhase(title: string, r: PhaseResult) {
  const d = describe(r);
  console.log(`\n${title}`);
  console.log(`  transitions: ${r.ok} in ${r.seconds.toFixed(1)} s = ${fixed(d.rate, 0)} transitions/s`);
  console.log(`  latency ms:  p50 ${fixed(d.p50, 2)}  p95 ${fixed(d.p95, 2)}  p99 ${fixed(d.p99, 2)}  max ${fixed(d.max, 2)}  mean ${fixed(d.mean, 2)}`);
  console.log(`  errors:      ${d.errors}${r.firstError ? `\n  first error: ${r.firstError}` : ''}`);
}
