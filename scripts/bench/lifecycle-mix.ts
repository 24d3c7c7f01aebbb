import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Profiler } from 'node:inspector';
import { ensureDatabase, EMBEDDED_DATABASE } from '../../server/db/bootstrap.js';
import { createDataSource } from '../../server/db/data-source.js';
import type { EmbeddedHandle } from '../../server/db/embedded-postgres.js';
import { formatProfile, summariseProfile } from './cpuprofile.js';
import { cpuMeter, fixed, log, mb, percentile, postGraphQL, sampleWaitEvents, ServerProcess, topStatements } from './harness.js';
import { runBareMix } from './lifecycle-bare.js';
import { seedLifecycle, type CycleScope, type LifecycleItem } from './lifecycle-seed.js';
import { driveOne, STEP_NAMES, STEPS, StepStats, tokenFor, type MixClient, type StepName } from './lifecycle-steps.js';
import type { ServerStats } from './protocol.js';

/**
 * `npm run bench:transitions -- --mix lifecycle`: 16 clients drive whole
 * assessments over HTTP GraphQL (lifecycle-steps.ts), each with the sessions
 * of the roles that do each step, against the real server in child
 * processes; then, in the same run, the bare SQL of the same steps
 * (lifecycle-bare.ts), and the floor: the same clients sending a query
 * that does nothing of its own (`{ __typename }` signed in), what HTTP, the
 * GraphQL pipeline and the session lookup cost every request. Prints per
 * step type and overall: requests, latency percentiles, statements per
 * request (a census of one assessment), the ratio to the bare SQL, and the
 * ceiling of a step that would cost only the floor and its bare SQL.
 */

export interface LifecycleOptions {
  embedded: EmbeddedHandle;
  cadres: number;
  seconds: number;
  warmup: number;
  clients: number;
  servers: number;
  pool: number;
  dev: boolean;
  profile: boolean;
  /** Assessments each client puts on public notice a fortnight back in setup, to close during the run. */
  noticed: number;
  scope: CycleScope;
  /** What the caller must stop on the way out. */
  track: { servers: ServerProcess[]; agents: http.Agent[]; pools: pg.Pool[] };
  background: number | null;
}

export const TARGET_RATE = 1500;
const TARGET_P99_MS = 25;
const FORTNIGHT_MS = 14 * 24 * 3600 * 1000;

async function allStats(servers: ServerProcess[]): Promise<ServerStats> {
  const all = await Promise.all(servers.map((one) => one.stats()));
  const sum = (pick: (s: ServerStats) => number) => all.reduce((n, s) => n + pick(s), 0);
  return {
    peakRss: sum((s) => s.peakRss),
    rss: sum((s) => s.rss),
    heapUsed: sum((s) => s.heapUsed),
    vmHwm: all.every((s) => s.vmHwm !== null) ? sum((s) => s.vmHwm!) : null,
    queries: sum((s) => s.queries),
    errorsLogged: sum((s) => s.errorsLogged),
    firstErrors: all.flatMap((s) => s.firstErrors).slice(0, 5),
    samples: sum((s) => s.samples),
    cpuMicros: sum((s) => s.cpuMicros),
    cpuSystemMicros: sum((s) => s.cpuSystemMicros),
    trace: all[0]!.trace,
  };
}

/**
 * The floor: every client sends `{ __typename }` with the token of the role whose turn it is in the mix's
 * step order, so each request pays what any step pays before its own work (HTTP, the GraphQL pipeline and
 * the session lookup) and nothing else.
 */
async function runFloor(clients: MixClient[], seconds: number): Promise<{ ok: number; errors: number; seconds: number }> {
  const body = JSON.stringify({ query: 'query Floor { __typename }' });
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  let ok = 0;
  let errors = 0;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let k = c; performance.now() < deadline; k++) {
        const who = STEPS[STEP_NAMES[k % STEP_NAMES.length]!].who;
        const item = client.items[k % Math.max(1, client.items.length)];
        const token = item ? tokenFor(client, item, who, k) : client.tokens.assessor;
        const { status, json } = await postGraphQL(client.agent, client.port, body, token).catch(() => ({ status: 0, json: {} as { data?: Record<string, unknown> | null } }));
        if (status === 200 && json.data?.__typename === 'Query') ok++;
        else errors++;
      }
    }),
  );
  return { ok, errors, seconds: (performance.now() - begin) / 1000 };
}

/** Every client drives its own assessments, one after another, until the time is up. */
async function runMix(clients: MixClient[], seconds: number, clockOffsetMs: number, prepare = false): Promise<{ stats: StepStats; seconds: number }> {
  const stats = new StepStats();
  const begin = performance.now();
  const deadline = prepare ? Infinity : begin + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const item = client.items[client.next++];
        if (!item) break;
        await driveOne(client, item, { stats, deadline, clockOffsetMs, prepare });
      }
    }),
  );
  return { stats, seconds: (performance.now() - begin) / 1000 };
}

function sorted(values: number[]): Float64Array {
  return new Float64Array(values).sort();
}

function printTable(stats: StepStats, seconds: number): { rate: number; p50: number; p95: number; p99: number; max: number } {
  const all = sorted([...stats.latencies.values()].flat());
  const rate = all.length / seconds;
  const rows = STEP_NAMES.filter((s) => stats.latencies.has(s)).map((step) => {
    const l = sorted(stats.latencies.get(step)!);
    const statements = stats.statements.get(step);
    return [
      step,
      STEPS[step].who,
      String(l.length),
      `${fixed((100 * l.length) / Math.max(1, all.length), 1)}%`,
      fixed(percentile(l, 50), 2),
      fixed(percentile(l, 95), 2),
      fixed(percentile(l, 99), 2),
      fixed(l[l.length - 1] ?? NaN, 1),
      statements?.length ? fixed(statements.reduce((a, b) => a + b, 0) / statements.length, 0) : '–',
    ];
  });
  const header = ['step', 'by', 'requests', 'share', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'SQL stmts'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  const d = { rate, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), max: all[all.length - 1] ?? NaN };
  console.log(line(['all steps', '', String(all.length), '100%', fixed(d.p50, 2), fixed(d.p95, 2), fixed(d.p99, 2), fixed(d.max, 1), '']));
  console.log(`  ${all.length} requests in ${fixed(seconds, 1)} s = ${fixed(rate, 0)} transitions/s; EXCELLENT refused by the quota and proposed again as COMPETENT: ${stats.refusedProposals}`);
  console.log(`  errors: ${[...stats.errors].map(([k, n]) => `${k}×${n}`).join(', ') || 'none'}${stats.firstError ? `\n  first error: ${stats.firstError}` : ''}`);
  return d;
}

export async function runLifecycle(o: LifecycleOptions): Promise<void> {
  await ensureDatabase(o.embedded.url('postgres'), EMBEDDED_DATABASE);
  const databaseUrl = o.embedded.url(EMBEDDED_DATABASE);
  const ds = createDataSource(databaseUrl, { poolSize: 4, applicationName: 'cadre-bench-setup' });
  await ds.initialize();
  const seeded = await seedLifecycle(ds, o.cadres, o.scope).finally(() => ds.destroy());

  log(`Starting ${o.servers} server process${o.servers > 1 ? 'es' : ''} …`);
  // BENCH_SERVER_CHILDREN=a.js,b.js: server i runs script i (an A/B of two builds under the same load, per-server CPU printed).
  const scripts = (process.env.BENCH_SERVER_CHILDREN ?? '').split(',').filter(Boolean);
  const launched = await Promise.all(Array.from({ length: o.servers }, (_, i) => ServerProcess.start(databaseUrl, { pool: o.pool, traceSql: false, dev: o.dev, script: scripts[i] })));
  const servers = launched.map((l) => l.server);
  o.track.servers.push(...servers);
  const server = servers[0]!;
  for (const { port, pid } of launched) log(`Server (pid ${pid}, NODE_ENV=${o.dev ? 'unset' : 'production'}) listening on 127.0.0.1:${port}`);
  const afterStart = await allStats(servers);

  // Each client its own slice of the assessments (disjoint), the first few for the notices opened a fortnight back.
  const clients: MixClient[] = [];
  const perClient = Math.floor(seeded.items.length / o.clients);
  for (let c = 0; c < o.clients; c++) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    o.track.agents.push(agent);
    const items = seeded.items.slice(c * perClient, (c + 1) * perClient);
    clients.push({ agent, port: launched[c % launched.length]!.port, tokens: seeded.tokens, raterTokens: seeded.raterTokens, items, next: 0, noticed: [] });
  }

  log(`Setup through the API, the servers' clock a fortnight back: ${o.noticed} EXCELLENT proposals per client to public notice …`);
  await Promise.all(servers.map((s) => s.ask({ type: 'clock', offsetMs: -FORTNIGHT_MS }, 'clock-set')));
  const prepClients = clients.map((c) => ({ ...c, items: c.items.slice(0, o.noticed) }));
  const prep = await runMix(prepClients, 0, -FORTNIGHT_MS, true);
  for (const [i, c] of clients.entries()) {
    c.noticed = prepClients[i]!.noticed;
    c.next = o.noticed;
  }
  await Promise.all(servers.map((s) => s.ask({ type: 'clock', offsetMs: 0 }, 'clock-set')));
  const onNotice = clients.reduce((n, c) => n + c.noticed.filter((x) => x.state === 'publicNotice').length, 0);
  log(`  ${onNotice} on public notice since a fortnight, ${clients.reduce((n, c) => n + c.noticed.length, 0) - onNotice} decided without (the quota); ${prep.stats.total} requests, errors: ${[...prep.stats.errors].map(([k, n]) => `${k}×${n}`).join(', ') || 'none'}${prep.stats.firstError ? ` — ${prep.stats.firstError}` : ''}`);

  // The set-up's bulk writes leave autovacuum work behind; done now, it would run during the measured phase, and each vacuum or
  // analyze of a table a cached plan reads makes every connection plan that statement again (the decision's facts statement reads
  // ≈ 17 tables and takes milliseconds to plan). VACUUM ANALYZE first, as a database in steady use would be; the warm-up re-plans.
  const vacuumed = performance.now();
  {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`VACUUM ANALYZE`);
    await admin.end();
  }
  log(`VACUUM ANALYZE after the set-up (${fixed((performance.now() - vacuumed) / 1000, 1)} s)`);

  if (o.warmup > 0) {
    log(`API warm-up, ${o.warmup} s …`);
    const warm = await runMix(clients, o.warmup, 0);
    log(`  warm-up: ${fixed(warm.stats.total / warm.seconds, 0)}/s`);
  }
  await Promise.all(servers.map((one) => one.ask({ type: 'reset' }, 'reset-done')));
  const profilePath = path.join(os.tmpdir(), `cadre-bench-server-${Date.now()}.cpuprofile`);
  let sampler: ReturnType<typeof sampleWaitEvents> | null = null;
  if (o.profile) {
    await server.ask({ type: 'profile-start', intervalMicros: 200 }, 'profile-started');
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await admin.query(`SELECT pg_stat_statements_reset()`);
    await admin.end();
    sampler = sampleWaitEvents(databaseUrl, 'cadre-bench-server');
  }
  log(`API: ${o.clients} clients × whole assessments (${STEP_NAMES.length} step types) for ${o.seconds} s …`);
  const maintenance = async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const [row] = (
      await admin.query<{ vacuums: number; analyzes: number }>(
        `SELECT coalesce(sum(autovacuum_count), 0)::int AS vacuums, coalesce(sum(autoanalyze_count), 0)::int AS analyzes FROM pg_stat_user_tables`,
      )
    ).rows;
    await admin.end();
    return row!;
  };
  const maintenanceBefore = await maintenance();
  const apiCpu = await cpuMeter();
  const api = await runMix(clients, o.seconds, 0);
  const maintenanceAfter = await maintenance();
  const perServer = await Promise.all(servers.map((one) => one.stats()));
  const serverStats = await allStats(servers);
  const apiCpuReport = await apiCpu(serverStats.cpuMicros / 1e6, 'load generator');
  const waits = await sampler?.stop();
  const statements = o.profile ? await topStatements(databaseUrl, api.stats.total) : null;
  if (o.profile) await server.ask({ type: 'profile-stop', path: profilePath }, 'profile-stopped', 120_000);

  // The statement census: one more assessment, step by step through the first server, its statements counted per request.
  const census = clients[0]!;
  const fresh: LifecycleItem | undefined = census.items[census.next++];
  if (fresh) {
    await driveOne(census, fresh, {
      stats: api.stats,
      deadline: Infinity,
      clockOffsetMs: 0,
      around: async (step: StepName, request) => {
        await server.ask({ type: 'reset' }, 'reset-done');
        const ok = await request();
        const { queries } = await server.stats();
        if (ok) {
          const list = api.stats.statements.get(step) ?? [];
          list.push(queries);
          api.stats.statements.set(step, list);
        }
        return ok;
      },
    });
    // The census's own requests are not part of the measured phase.
    for (const step of api.stats.statements.keys()) for (let i = 0; i < api.stats.statements.get(step)!.length; i++) api.stats.latencies.get(step)!.pop();
  }

  console.log(`\nAPI (GraphQL over HTTP, ${o.clients} clients, keep-alive, ${o.servers} server process${o.servers > 1 ? 'es' : ''}), per step type:`);
  const a = printTable(api.stats, api.seconds);
  const serverMsPerTx = serverStats.cpuMicros / Math.max(1, api.stats.total) / 1000;
  const apiPgMsPerTx = apiCpuReport.postgres !== null ? (apiCpuReport.postgres * api.seconds * 1000) / Math.max(1, api.stats.total) : null;
  console.log(`  server:      peak RSS ${mb(serverStats.peakRss)} (${mb(afterStart.rss)} after start-up), ${fixed(serverStats.queries / Math.max(1, api.stats.total), 1)} SQL statements per request; ${serverStats.errorsLogged} errors logged${serverStats.firstErrors.length ? `: ${serverStats.firstErrors.join(' | ')}` : ''}`);
  console.log(`  CPU:         ${apiCpuReport.line}`);
  if (servers.length > 1)
    for (const [i, one] of perServer.entries())
      console.log(
        `               server ${i + 1}${scripts[i] ? ` (${scripts[i]})` : ''}: ${one.requests ?? '?'} requests, ${one.requests ? fixed(one.cpuMicros / one.requests / 1000, 3) : '?'} ms CPU per request (${fixed((100 * one.cpuSystemMicros) / Math.max(1, one.cpuMicros), 0)}% kernel), ${one.requests ? fixed(one.queries / one.requests, 2) : '?'} statements per request`,
      );
  console.log(`  autovacuum:  ${maintenanceAfter.vacuums - maintenanceBefore.vacuums} vacuums and ${maintenanceAfter.analyzes - maintenanceBefore.analyzes} analyzes during the API phase (each makes the connections plan the statements on that table again)`);
  console.log(`               per request: server ${fixed(serverMsPerTx, 2)} ms (${fixed((100 * serverStats.cpuSystemMicros) / Math.max(1, serverStats.cpuMicros), 0)}% of it in the kernel)${apiPgMsPerTx !== null ? `, PostgreSQL ${fixed(apiPgMsPerTx, 2)} ms` : ''}`);

  const pool = new pg.Pool({ connectionString: databaseUrl, max: o.clients, application_name: 'cadre-bench-sql' });
  pool.on('error', () => undefined);
  o.track.pools.push(pool);
  const driven = clients.map((c) => c.items.slice(0, c.next).map((i) => i.id));
  const weights = new Map(STEP_NAMES.map((s) => [s, api.stats.latencies.get(s)?.length ?? 0]));
  if (o.warmup > 0) {
    log(`Bare SQL warm-up, ${o.warmup} s …`);
    await runBareMix(pool, driven, weights, o.warmup);
  }
  log(`Bare SQL: ${o.clients} connections × the same steps in the same proportions, each its essential statements, for ${o.seconds} s …`);
  const sqlCpu = await cpuMeter();
  const bare = await runBareMix(pool, driven, weights, o.seconds);
  const sqlCpuReport = await sqlCpu(null, 'SQL client (this process)');
  console.log(`\nBare SQL of the same steps (node-postgres, ${o.clients} connections; see scripts/bench/lifecycle-bare.ts for the statements):`);
  const s = printTable(bare.stats, bare.seconds);
  console.log(`  CPU:         ${sqlCpuReport.line}`);

  // The floor, in the same run: what the framework costs a request that does nothing of its own.
  log(`Floor: ${o.clients} clients × { __typename } signed in, each request with the token of the role whose turn it is, for ${o.seconds} s …`);
  await Promise.all(servers.map((one) => one.ask({ type: 'reset' }, 'reset-done')));
  const floorCpu = await cpuMeter();
  const floor = await runFloor(clients, o.seconds);
  const floorServer = await allStats(servers);
  const floorCpuReport = await floorCpu(floorServer.cpuMicros / 1e6, 'load generator');
  const floorRate = floor.ok / floor.seconds;
  const floorServerMs = floorServer.cpuMicros / Math.max(1, floor.ok) / 1000;
  const floorPgMs = floorCpuReport.postgres !== null ? (floorCpuReport.postgres * floor.seconds * 1000) / Math.max(1, floor.ok) : NaN;
  // The bare SQL's CPU per step: the whole machine's busy cores over its rate (PostgreSQL and the SQL client, which does the
  // driver's work the server would do for those statements).
  const bareMs = sqlCpuReport.busy !== null ? (sqlCpuReport.busy * 1000) / Math.max(1, s.rate) : NaN;
  const ceilingMs = floorServerMs + floorPgMs + bareMs;
  console.log(`\nFloor (\`{ __typename }\` signed in: HTTP, the GraphQL pipeline, the session lookup; nothing of a step's own):`);
  console.log(`  ${floor.ok} requests in ${fixed(floor.seconds, 1)} s = ${fixed(floorRate, 0)}/s, errors: ${floor.errors}; ${fixed(floorServer.queries / Math.max(1, floor.ok), 1)} SQL statements per request`);
  console.log(`  CPU:         ${floorCpuReport.line}`);
  console.log(`               per request: server ${fixed(floorServerMs, 2)} ms, PostgreSQL ${fixed(floorPgMs, 2)} ms`);

  if (o.profile) {
    const profile = JSON.parse(await fs.readFile(profilePath, 'utf8')) as Profiler.Profile;
    console.log(`\n${o.servers > 1 ? `(the first of ${o.servers} server processes, per request of its share of the load)\n` : ''}${formatProfile(summariseProfile(profile, 25), Math.round(api.stats.total / o.servers), perServer[0] ? perServer[0].cpuMicros / 1000 : undefined)}\n  (profile kept at ${profilePath})`);
    if (waits) {
      console.log(`\nThe server's PostgreSQL connections, sampled ${waits.samples} times (average connections per state · statement):`);
      for (const [what, n] of waits.tally.slice(0, 15)) console.log(`  ${fixed(n / Math.max(1, waits.samples), 2).padStart(6)}  ${what}`);
    }
    if (statements) console.log(`\n${statements}`);
  }

  const ratio = a.rate / s.rate;
  const mark = (met: boolean) => (met ? 'met' : 'NOT met');
  console.log(`
================ bench:transitions --mix lifecycle summary ================
  data:               ${seeded.totalAssessments} assessments (${o.cadres} cadres + teams) in ${seeded.cycleIds.length} cycle${seeded.cycleIds.length > 1 ? 's' : ''} (--cycles ${o.scope}), ${seeded.items.length} cadre assessments to drive
  load:               ${o.clients} clients over ${o.servers} server process${o.servers > 1 ? 'es' : ''}, ${o.seconds} s, whole assessments (${STEP_NAMES.length} step types, each by its role)
  API throughput:     ${fixed(a.rate, 0)} transitions/s (every successful step request)
  API latency:        p50 ${fixed(a.p50, 2)} ms, p95 ${fixed(a.p95, 2)} ms, p99 ${fixed(a.p99, 2)} ms, max ${fixed(a.max, 1)} ms
  bare SQL:           ${fixed(s.rate, 0)} steps/s (p50 ${fixed(s.p50, 2)} ms, p99 ${fixed(s.p99, 2)} ms)
  API / bare SQL:     ${fixed(ratio, 3)} (${fixed(ratio * 100, 1)}% of the bare SQL's throughput)
  per request:        server ${fixed(serverMsPerTx, 2)} ms CPU, PostgreSQL ${fixed(apiPgMsPerTx ?? NaN, 2)} ms CPU, ${fixed(serverStats.queries / Math.max(1, api.stats.total), 1)} SQL statements
  floor:              ${fixed(floorRate, 0)} requests/s of \`{ __typename }\` signed in; server ${fixed(floorServerMs, 2)} + PostgreSQL ${fixed(floorPgMs, 2)} ms CPU per request
  ceiling:            a step costing the floor plus its bare SQL (${fixed(bareMs, 2)} ms of the machine's CPU per step) needs ${fixed(ceilingMs, 2)} ms: ≈ ${fixed((os.cpus().length * 1000) / ceilingMs, 0)}/s on ${os.cpus().length} cores
                      (the target's ${TARGET_RATE}/s allows ${fixed((os.cpus().length * 1000) / TARGET_RATE, 2)} ms; the API's steps take ${fixed(serverMsPerTx + (apiPgMsPerTx ?? NaN), 2)} ms)
  target (2 cores):   ≥ ${TARGET_RATE} transitions/s — ${mark(a.rate >= TARGET_RATE)}; p99 ≤ ${TARGET_P99_MS} ms — ${mark(a.p99 <= TARGET_P99_MS)}   (this machine: ${os.cpus().length} CPUs${o.background !== null ? `, ${fixed(o.background, 2)} busy before the run` : ''})
============================================================================`);
}
