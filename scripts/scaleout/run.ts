import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../server/db/embedded-postgres.js';
import { cpuSeconds } from './cpu.js';
import { DATABASE, startPrimaryAndReplica, waitForReplica, type PrimaryAndReplica } from './cluster.js';
import { findHaproxy, HAPROXY_INSTALL, startHaproxy, type Balancer } from './haproxy.js';
import { runMix, type Ack, type MixResult } from './mix.js';
import { prepareData } from './prepare.js';

export interface ScaleoutOptions {
  /** Length of the lifecycle mix, in seconds; one server process is killed half-way. */
  seconds: number;
  /** Seconds of the same mix before, not counted in the throughput (its transitions are checked all the same). */
  warmup: number;
  clients: number;
  /** Cadres of the synthetic province whose assessments the mix drives. */
  cadres: number;
  /** One request in this many is a report (read on the replica). */
  readEvery: number;
  log: (line: string) => void;
}

export interface ScaleoutResult {
  haproxy: string;
  seconds: number;
  killAt: number;
  mix: MixResult;
  /** Acknowledged transitions and ballots checked: the warm-up's and the mix's. */
  checked: number;
  /** Assessments in the cycles the mix drives, and how many of them it took up. */
  assessments: number;
  driven: number;
  /** Acknowledged transitions per second with both servers, and after one was killed. */
  before: number;
  after: number;
  /** Acknowledged transitions whose audit row (the transition's own record) the primary lacks, and acknowledged ballots not counted as returned: must be 0. */
  missingOnPrimary: number;
  /** The same on the replica once it caught up. */
  missingOnReplica: number;
  /** How long the replica took to replay everything after the mix, in milliseconds. */
  catchUpMs: number;
  /** Transactions the replica and the primary committed during the mix (pg_stat_database of the application's database). */
  replicaTransactions: number;
  primaryTransactions: number;
  /**
   * CPU milliseconds per acknowledged transition during the mix: the
   * primary's PostgreSQL (every backend; reports are on the replica), and the
   * server processes together; null where /proc cannot tell.
   */
  primaryCpuMs: number | null;
  serverCpuMs: number | null;
  /** The machine's one-minute load average at the end of the mix (the figures are worth what the machine had to spare). */
  loadAverage: number;
  /** The surviving server's /healthz after the run. */
  survivorHealthy: boolean;
}

const ROOT = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../../..') : path.resolve(here, '../..');
})();
const COMPILED = fileURLToPath(import.meta.url).endsWith('.js');

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

interface ServerProcess {
  port: number;
  child: ChildProcess;
  output: () => string;
}

/** One server process (`node dist/server/main.js`, or the sources through tsx) on `port`, against the primary and the replica. */
async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const args = COMPILED ? [path.join(ROOT, 'dist/server/main.js')] : ['--import', 'tsx', path.join(ROOT, 'server/main.ts')];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-6000)));
  child.stderr!.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-6000)));
  const until = Date.now() + 120_000;
  while (!(await healthy(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`server process on ${port} did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { port, child, output: () => output };
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const late = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(late);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function committed(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query(`SELECT xact_commit::float8 AS n FROM pg_stat_database WHERE datname = $1`, [DATABASE])).rows as [{ n: number }];
    return n;
  } finally {
    await client.end();
  }
}

/**
 * What the database at `url` lacks of the acknowledged: transitions with no
 * audit row of theirs (entity, from_version = version - 1), and ballots — an
 * assessment with fewer invitations marked voted than ballots acknowledged
 * for it (a ballot is secret: whose it was is not looked for).
 */
async function missing(url: string, acks: Ack[], ballots: Map<string, number>): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (
      await client.query(
        `SELECT (SELECT count(*)::int
                   FROM unnest($1::text[], $2::int[]) AS ack(id, version)
                  WHERE NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_type = 'assessment' AND l.entity_id = ack.id AND l.from_version = ack.version - 1))
              + (SELECT coalesce(sum(b.n - (SELECT count(*) FROM rater_invitation i WHERE i.assessment_id = b.id AND i.voted)), 0)::int
                   FROM unnest($3::uuid[], $4::int[]) AS b(id, n)
                  WHERE (SELECT count(*) FROM rater_invitation i WHERE i.assessment_id = b.id AND i.voted) < b.n) AS n`,
        [acks.map((a) => a.assessmentId), acks.map((a) => a.version), [...ballots.keys()], [...ballots.values()]],
      )
    ).rows as [{ n: number }];
    return n;
  } finally {
    await client.end();
  }
}

/**
 * The whole exercise: primary and replica, two server processes, HAProxy in
 * front, the lifecycle mix through it with one server killed (SIGKILL)
 * half-way, then every acknowledged transition looked for on the primary and
 * on the replica. Everything it started is stopped and its folder removed,
 * whatever happens.
 */
export async function runScaleout(options: ScaleoutOptions): Promise<ScaleoutResult> {
  const { log } = options;
  const haproxy = await findHaproxy();
  if (!haproxy) throw new Error(`HAProxy is needed for the balancer: ${HAPROXY_INSTALL}`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-scaleout-'));
  let cluster: PrimaryAndReplica | null = null;
  const servers: ServerProcess[] = [];
  let balancer: Balancer | null = null;
  const stopAll = async () => {
    await balancer?.stop().catch(() => undefined);
    // The survivor is stopped as an operator would (SIGTERM: drain, then close the pool); SIGKILL if it hangs.
    await Promise.all(servers.map((s) => stopServer(s.child)));
    await cluster?.stop().catch(() => undefined);
    await fs.rm(dir, { recursive: true, force: true });
  };
  const onSignal = () => void stopAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cluster = await startPrimaryAndReplica(path.join(dir, 'pg'), log);
    const primaryUrl = cluster.primary.url(DATABASE);
    const replicaUrl = cluster.replica.url(DATABASE);
    // The keys kept outside the database must be the same on every server process.
    const keys = { AUDIT_HMAC_KEY: randomBytes(32).toString('hex'), BALLOT_KEY: randomBytes(32).toString('hex') };
    Object.assign(process.env, keys);
    const prepared = await prepareData(primaryUrl, options.cadres, log);

    const env = {
      ...keys,
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: replicaUrl,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      SEED_DEMO: '0',
      WORKERS: '1',
      TRUST_PROXY: 'loopback',
      DATA_DIR: path.join(dir, 'server-data'),
    };
    const ports = [await freePort(), await freePort()];
    for (const port of ports) servers.push(await startServer(port, env));
    log(`server processes: 127.0.0.1:${ports.join(', 127.0.0.1:')} (pids ${servers.map((s) => s.child.pid).join(', ')})`);
    balancer = await startHaproxy(haproxy.path, dir, await freePort(), ports);
    log(`${haproxy.version}: round robin on 127.0.0.1:${balancer.port}, health check GET /healthz`);

    const mixOptions = {
      port: balancer.port,
      tokens: prepared.tokens,
      raterTokens: prepared.raterTokens,
      cycleId: prepared.cycleId,
      clients: options.clients,
      readEvery: options.readEvery,
      retries: 4,
    };
    if (options.warmup > 0) log(`warm-up: ${options.clients} clients for ${options.warmup} s through the balancer (not counted)`);
    const warm = options.warmup > 0 ? await runMix({ ...mixOptions, items: prepared.items, seconds: options.warmup }) : null;
    // The mix takes up assessments the warm-up left alone.
    const items = prepared.items.filter((item) => !warm?.consumed.has(item.id));
    const [replicaBefore, primaryBefore] = await Promise.all([committed(replicaUrl), committed(primaryUrl)]);
    const cpu = () => Promise.all([cpuSeconds(cluster!.primary.pid), ...servers.map((s) => cpuSeconds(s.child.pid!))]);
    const cpuBefore = await cpu();
    let victimCpu: number | null = null;
    const killAt = options.seconds / 2;
    const victim = servers[0]!;
    log(`lifecycle mix: ${options.clients} clients for ${options.seconds} s through the balancer; SIGKILL to server ${victim.port} (pid ${victim.child.pid}) at ${killAt} s`);
    const mix = await runMix({ ...mixOptions, items, seconds: options.seconds, at: {
        seconds: killAt,
        run: () =>
          void cpuSeconds(victim.child.pid!).then((seconds) => {
            victimCpu = seconds;
            victim.child.kill('SIGKILL');
          }),
      },
    });
    const cpuAfter = await cpu();
    const [replicaAfter, primaryAfter] = await Promise.all([committed(replicaUrl), committed(primaryUrl)]);
    const catchUpMs = await waitForReplica(cluster.primary.url(), cluster.replica.url(), 30_000);
    const acks = [...(warm?.acks ?? []), ...mix.acks];
    const ballots = new Map(mix.ballots);
    for (const [id, n] of warm?.ballots ?? []) ballots.set(id, (ballots.get(id) ?? 0) + n);
    const [missingOnPrimary, missingOnReplica] = await Promise.all([missing(primaryUrl, acks, ballots), missing(replicaUrl, acks, ballots)]);
    const ballotCount = [...ballots.values()].reduce((a, b) => a + b, 0);
    const k = Math.floor(killAt);
    const used = (i: number, after: number | null) => (after === null || cpuBefore[i] === null ? null : after - cpuBefore[i]!);
    const primaryCpu = used(0, cpuAfter[0]!);
    const serverCpu = [used(1, victimCpu), used(2, cpuAfter[2]!)];
    const acknowledged = mix.acks.length + [...mix.ballots.values()].reduce((a, b) => a + b, 0);
    const perAck = (seconds: number | null) => (seconds === null || acknowledged === 0 ? null : (seconds * 1000) / acknowledged);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return {
      haproxy: haproxy.version,
      seconds: options.seconds,
      killAt,
      mix,
      checked: acks.length + ballotCount,
      assessments: prepared.totalAssessments,
      driven: (warm?.consumed.size ?? 0) + mix.consumed.size,
      before: sum(mix.perSecond.slice(0, k)) / Math.max(1, k),
      after: sum(mix.perSecond.slice(k)) / Math.max(1, mix.perSecond.length - k),
      missingOnPrimary,
      missingOnReplica,
      catchUpMs,
      replicaTransactions: replicaAfter - replicaBefore,
      primaryTransactions: primaryAfter - primaryBefore,
      loadAverage: os.loadavg()[0]!,
      primaryCpuMs: perAck(primaryCpu),
      serverCpuMs: serverCpu.includes(null) ? null : perAck(serverCpu[0]! + serverCpu[1]!),
      survivorHealthy: await healthy(servers[1]!.port),
    };
  } catch (error) {
    for (const s of servers) if (s.child.exitCode === null) log(`--- server ${s.port} said:\n${s.output().slice(-1500)}`);
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await stopAll();
  }
}

/** The run in words and figures, for the console. */
export function describeScaleout(r: ScaleoutResult): string {
  const errors = [...r.mix.errors].map(([code, n]) => `${code} ×${n}`).join(', ') || 'none';
  const acknowledged = r.mix.perSecond.reduce((a, b) => a + b, 0);
  const steps = [...r.mix.bySteps].map(([step, n]) => `${step} ${n}`).join(', ');
  return `
Scale-out run (${r.haproxy}; 2 server processes; PostgreSQL primary + 1 streaming replica)
  mix:                ${r.seconds} s of the lifecycle mix (every step by its role, each mutation with an idempotency key), a cycle report (replica) every few requests
  assessments:        ${r.driven} of ${r.assessments} taken up
  acknowledged:       ${acknowledged} requests (${steps}), ${r.mix.reads} reports
  throughput:         ${r.before.toFixed(1)} acknowledged/s with 2 servers, ${r.after.toFixed(1)}/s after SIGKILL of one at ${r.killAt} s
  per second:         ${r.mix.perSecond.join(' ')}
  client errors:      ${errors}
  retried:            ${r.mix.retried} sends again with the same key, ${r.mix.retriedAcked} of those acknowledged; ${r.mix.lost} given up
  first error:        ${r.mix.firstError ?? '—'}
  lost acknowledged:  ${r.missingOnPrimary} missing on the primary, ${r.missingOnReplica} on the replica (of ${r.checked} transitions and ballots, the warm-up's included)
  replica:            caught up ${r.catchUpMs.toFixed(0)} ms after the mix; ${r.replicaTransactions} transactions served there, ${r.primaryTransactions} on the primary
  CPU per request:    primary PostgreSQL ${r.primaryCpuMs?.toFixed(2) ?? '?'} ms, server processes ${r.serverCpuMs?.toFixed(2) ?? '?'} ms (one core: ${r.primaryCpuMs ? Math.floor(1000 / r.primaryCpuMs) : '?'} requests/s of primary CPU)
  survivor /healthz:  ${r.survivorHealthy ? '200' : 'not answering'}
  machine:            ${os.availableParallelism()} CPUs, load average ${r.loadAverage.toFixed(1)} at the end of the mix
`;
}
