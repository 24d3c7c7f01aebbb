/**
 * `npm run bench:web [-- --cadres 100000 --runs 7 --no-browser]`
 *
 * The web at province scale. Seeds the demo province and a synthetic one of
 * N cadres granted to the demo accounts (server/seed), in an embedded
 * PostgreSQL of its own under a temporary directory (never :5432), starts
 * the real server (`dist/server/main.js`) as a child process on it, then:
 *
 *  1. orgadmin plans an annual cycle over the synthetic province and, over
 *     HTTP, enrols all of it and opens the cycle (timed);
 *  2. every role's main pages: the GraphQL each page sends on opening, taken
 *     from the web's generated documents (web-pages.ts), `--runs` times,
 *     median and p95;
 *  3. the grading steps over HTTP: proposeGrade and approveGrade on
 *     assessments of different pools (set up in the `synthesis` state by one
 *     UPDATE, as bench:grading does), median and p95;
 *  4. the results export of the whole cycle streamed while a probe asks
 *     `/healthz` and a small GraphQL query back to back: their waiting (max,
 *     p99) and the server's peak RSS;
 *  5. in Chromium (playwright-core, /usr/bin/chromium), each main page's time
 *     to usable: from navigation until its GraphQL requests have all
 *     answered and no loading mask is left.
 *
 * Prints one table per part, and the set-up time.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Profiler } from 'node:inspector';
import pg from 'pg';
import { initialTransition, transition } from 'xstate';
import { ensureDatabase } from '../../server/db/bootstrap.js';
import { createDataSource, migrate } from '../../server/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { DEMO_PASSWORD, seedDemo } from '../../server/seed/demo.js';
import { grantDemoRoles, seedSynthetic } from '../../server/seed/synthetic.js';
import { persist } from '../../server/workflow/transition.js';
import { annualMachine } from '../../workflows/assessment/annual.machine.js';
import { formatProfile, summariseProfile } from './cpuprofile.js';
import { postgresCpuSeconds } from './postgres-cpu.js';
import { browserTimings } from './web-browser.js';
import { median, ms, PAGES, percentile, webOperations, type PageIds } from './web-pages.js';

const { values } = parseArgs({
  options: {
    cadres: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
    'no-browser': { type: 'boolean' },
    steps: { type: 'string', default: '40' },
    /** A V8 CPU profile of the server child (node --cpu-prof) summarised at the end, and the heaviest statements of each phase. */
    profile: { type: 'boolean' },
    /** Plans of statements slower than 2 s, with their actual rows and buffers (auto_explain), on stderr. */
    explain: { type: 'boolean' },
    /** Stop after the enrolment and opening (quick A/B of those two). */
    'open-only': { type: 'boolean' },
  },
});
const CADRES = Number(values.cadres);
const RUNS = Number(values.runs);
const STEPS = Number(values.steps);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const log = (line: string) => console.log(line);
const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`;
const since = (t: number) => performance.now() - t;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

/** CPU seconds (user + system) of one process, from /proc. */
const cpuOf = (pid: number) => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
};

/** CPU seconds of the embedded PostgreSQL, backends that have exited included. */
const postgresCpu = (dataDir: string) => postgresCpuSeconds(dataDir, { reaped: true });

const rssOf = (pid: number) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

const setupStarted = performance.now();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-bench-web-'));
let embedded = await startEmbeddedPostgres(dir);
let server: ReturnType<typeof spawn> | null = null;
try {
  {
    // pg_stat_statements needs preloading: set it, then restart the cluster once (same data).
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = ${values.explain ? "'pg_stat_statements', 'auto_explain'" : "'pg_stat_statements'"}`);
    await admin.end();
    await embedded.stop();
    embedded = await startEmbeddedPostgres(dir, { log: (line) => values.explain && console.error(line) });
    if (values.explain) {
      const loaded = new pg.Client({ connectionString: embedded.url('postgres') });
      await loaded.connect();
      for (const [name, value] of [['auto_explain.log_min_duration', '2s'], ['auto_explain.log_analyze', 'on'], ['auto_explain.log_timing', 'off'], ['auto_explain.log_buffers', 'on'], ['auto_explain.log_nested_statements', 'on']])
        await loaded.query(`ALTER SYSTEM SET ${name} = '${value}'`);
      await loaded.query(`SELECT pg_reload_conf()`);
      await loaded.end();
    }
  }
  await ensureDatabase(embedded.url('postgres'), 'bench');
  const ds = createDataSource(embedded.url('bench'), { poolSize: 4 });
  await ds.initialize();
  await migrate(ds);
  await ds.transaction((m) => seedDemo(m));
  let t = performance.now();
  const province = await ds.transaction(async (m) => {
    const seeded = await seedSynthetic(m, { cadres: CADRES, code: 'PROV' });
    await grantDemoRoles(m, seeded.rootId);
    return seeded;
  });
  await ds.query('ANALYZE');
  await ds.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  log(`setup: synthetic province of ${CADRES.toLocaleString()} cadres (${province.organisations} organisations) granted to the demo accounts in ${seconds(since(t))}`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const profileDir = path.join(dir, 'profile');
  server = spawn(process.execPath, [...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=1000'] : []), path.join(ROOT, 'dist/server/main.js')], {
    env: { ...process.env, DATABASE_URL: embedded.url('bench'), PORT: String(port), HOST: '127.0.0.1', JOBS: '0', SEED_DEMO: '0', WORKERS: '1', DATA_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = server.pid!;
  for (let i = 0; ; i++) {
    if (i > 600) throw new Error('the server did not answer /healthz');
    if ((await fetch(`${base}/healthz`).catch(() => null))?.ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  // What a phase costs whatever else the machine does: CPU seconds of the server and of PostgreSQL (from /proc), and the statements sent (pg_stat_statements).
  const stats = new pg.Client({ connectionString: embedded.url('bench') });
  await stats.connect();
  const meter = async () => {
    await stats.query('SELECT pg_stat_statements_reset()');
    const server0 = cpuOf(pid);
    const pg0 = postgresCpu(dir);
    return async () => {
      const serverCpu = cpuOf(pid) - server0;
      const postgresCpuSeconds = postgresCpu(dir) - pg0;
      const { rows } = await stats.query<{ query: string; calls: string; ms: number; rows: string }>(
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query, calls, total_exec_time + total_plan_time AS ms, rows
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
          ORDER BY total_exec_time + total_plan_time DESC`,
      );
      const statements = rows.reduce((n, r) => n + Number(r.calls), 0);
      const top = rows.slice(0, 8).map((r) => `    ${(r.ms / 1000).toFixed(2).padStart(7)} s ${String(r.calls).padStart(6)}× ${String(r.rows).padStart(7)} rows  ${r.query}`);
      return { serverCpu, postgresCpu: postgresCpuSeconds, statements, top };
    };
  };
  const cpuText = (c: { serverCpu: number; postgresCpu: number }) => `${c.serverCpu.toFixed(2)} + ${c.postgresCpu.toFixed(2)} s`;
  const loadText = () => os.loadavg()[0]!.toFixed(1);

  const ops = webOperations(ROOT);
  const tokens = new Map<string, string>();
  const gql = async <T = Record<string, unknown>>(
    username: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: T; errors?: Array<{ message: string }>; bytes: number; millis: number; serverMillis: number }> => {
    const started = performance.now();
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(tokens.has(username) ? { authorization: `Bearer ${tokens.get(username)}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    // The server's own time (Server-Timing: app;dur=…), apart from the network and this client.
    const serverMillis = Number(/app;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
    return { ...(JSON.parse(text) as { data?: T; errors?: Array<{ message: string }> }), bytes: text.length, millis: since(started), serverMillis };
  };
  const must = <T>(r: { data?: T; errors?: Array<{ message: string }> }, what: string): T => {
    if (r.errors || !r.data) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  for (const username of new Set(['orgadmin', 'assessor', 'committee', 'hr', 'discipline', 'auditor', 'sysadmin'])) {
    const r = await gql<{ signIn: { token: string } }>('', `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { username, password: DEMO_PASSWORD } });
    tokens.set(username, must(r, `sign-in of ${username}`).signIn.token);
  }
  log(`setup total (database, seed, server start, sign-ins): ${seconds(since(setupStarted))}`);

  // 1. Enrolment and opening of the whole province over HTTP.
  const planned = must(
    await gql<{ planCycle: { id: string } }>('orgadmin', `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'ANNUAL', name: '合成省 2025 年度考核', year: 2025, organisationId: province.rootId, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } },
    }),
    'planCycle',
  );
  const cycleId = planned.planCycle.id;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
  let done = await meter();
  const enrolLoad = loadText();
  const enrol = await gql('orgadmin', `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId, organisationIds: [province.rootId], includeSubtree: true, includeTeams: true } });
  must(enrol, 'enrolInCycle');
  const enrolCost = await done();
  const enrolPeak = peak;
  peak = 0;
  done = await meter();
  const openLoad = loadText();
  const open = await gql('orgadmin', `mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`, { input: { cycleId } });
  must(open, 'openCycle');
  const openCost = await done();
  const [{ n: assessments }] = (await ds.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1`, [cycleId])) as [{ n: number }];
  log('');
  log(`| step (over HTTP) | assessments | time | CPU server + PostgreSQL | statements | server peak RSS | load average | target |`);
  log(`|---|---|---|---|---|---|---|---|`);
  log(`| enrolInCycle | ${assessments.toLocaleString()} | ${seconds(enrol.millis)} | ${cpuText(enrolCost)} | ${enrolCost.statements} | ${(enrolPeak / 2 ** 20).toFixed(0)} MB | ${enrolLoad} → ${openLoad} | < 10 s: ${enrol.millis < 10_000 ? 'met' : 'NOT met'} |`);
  log(`| openCycle | ${assessments.toLocaleString()} | ${seconds(open.millis)} | ${cpuText(openCost)} | ${openCost.statements} | ${(peak / 2 ** 20).toFixed(0)} MB | ${openLoad} → ${loadText()} | < 10 s: ${open.millis < 10_000 ? 'met' : 'NOT met'} |`);
  if (values.profile) {
    log('  enrolInCycle, heaviest statements (exec + plan time, calls, rows):');
    for (const line of enrolCost.top) log(line);
    log('  openCycle, heaviest statements:');
    for (const line of openCost.top) log(line);
  }
  const openOnly = values['open-only'];
  if (!openOnly) {

    // 2. The steps of grading: assessments of different pools set straight into synthesis (set-up, not measured).
    let [snapshot] = initialTransition(annualMachine, { subject: 'CADRE', scale: 'CADRE', overlay: 'NONE' });
    for (const type of ['START_SELF_REPORT', 'SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION'] as const) {
      [snapshot] = transition(annualMachine, snapshot, type === 'CLOSE_BALLOTS' ? { type, turnout: { invited: 10, returned: 10, minimumPercent: 80 }, at: '2026-01-10T01:00:00.000Z' } : { type, at: '2026-01-10T01:00:00.000Z' });
    }
    const picked: Array<{ id: string }> = await ds.query(
      `WITH moved AS (
         UPDATE assessment SET state = 'synthesis', snapshot = $2
          WHERE id IN (SELECT DISTINCT ON (organisation_id) id FROM assessment WHERE cycle_id = $1 AND kind = 'CADRE_ANNUAL' AND overlay = 'NONE' ORDER BY organisation_id, id LIMIT $3)
          RETURNING id)
       SELECT id FROM moved`,
      [cycleId, JSON.stringify(persist(snapshot)), STEPS],
    );
    const stepTimes = { proposeGrade: [] as number[], approveGrade: [] as number[], assessmentDetail: [] as number[], availableActions: [] as number[] };
    const serverTimes: Record<string, number[]> = { proposeGrade: [], approveGrade: [], assessmentDetail: [] };
    const collective = { membersTotal: 11, attendance: 9, votesFor: 9, votesAgainst: 0, abstentions: 0, recusals: [] };
    const stepsDone = await meter();
    for (const [i, { id }] of picked.entries()) {
      const grade = i % 5 === 0 ? 'EXCELLENT' : 'COMPETENT';
      const p = await gql('assessor', `mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id state } }`, { input: { assessmentId: id, grade, comment: '工作扎实，成效明显。' } });
      must(p, 'proposeGrade');
      stepTimes.proposeGrade.push(p.millis);
      serverTimes.proposeGrade!.push(p.serverMillis);
      const d = await gql('committee', ops.get('AssessmentDetail')!, { id });
      must(d, 'AssessmentDetail');
      stepTimes.assessmentDetail.push(d.millis);
      serverTimes.assessmentDetail!.push(d.serverMillis);
      const a = await gql('committee', `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id state } }`, { input: { assessmentId: id, collective } });
      must(a, 'approveGrade');
      stepTimes.approveGrade.push(a.millis);
      serverTimes.approveGrade!.push(a.serverMillis);
    }
    const stepsCost = await stepsDone();
    log(`  grading steps (${picked.length} × proposeGrade, assessmentDetail, approveGrade): CPU ${cpuText(stepsCost)}, ${stepsCost.statements} statements; heaviest:`);
    for (const line of stepsCost.top) log(line);
    log('');
    log(`| step over HTTP (${picked.length} assessments, each in its own pool of ~${Math.round(CADRES / Math.max(1, province.organisations - 1))}) | median | p95 | max | on the server (Server-Timing): median, p95, max | target (server p95) | load average |`);
    log(`|---|---|---|---|---|---|---|`);
    for (const [name, list] of Object.entries(stepTimes)) {
      if (!list.length) continue;
      const sorted = [...list].sort((a, b) => a - b);
      const server = [...(serverTimes[name] ?? [])].sort((a, b) => a - b);
      log(
        `| ${name} | ${ms(median(list))} | ${ms(percentile(sorted, 95))} | ${ms(sorted.at(-1)!)} | ${ms(median(server))}, ${ms(percentile(server, 95))}, ${ms(server.at(-1)!)} | ${name.endsWith('Grade') ? `< 20 ms: ${percentile(server, 95) < 20 ? 'met' : 'NOT met'}` : ''} | ${loadText()} |`,
      );
    }

    // 3. Every role's main pages over HTTP.
    const units: Array<{ id: string }> = await ds.query(`SELECT DISTINCT organisation_id AS id FROM assessment WHERE cycle_id = $1 AND kind <> 'TEAM_ANNUAL' ORDER BY 1 LIMIT 50`, [cycleId]);
    const ids: PageIds = { cycleId, rootId: province.rootId, unitIds: units.map((u) => u.id) };
    log('');
    log(`| role | page | operations | bytes | median | p95 | CPU per opening, server + PostgreSQL | statements per opening | target < 1.5 s |`);
    log(`|---|---|---|---|---|---|---|---|---|`);
    const pageTops: string[] = [];
    for (const page of PAGES) {
      const times: number[] = [];
      const pageDone = await meter();
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const answers = await Promise.all(page.operations(ids).map(([name, variables]) => gql(page.role, ops.get(name) ?? `{ __typename }`, variables).then((r) => ({ name, r }))));
        times.push(since(started));
        bytes = 0;
        for (const { name, r } of answers) {
          if (r.errors) throw new Error(`${page.role} ${page.route(ids)} ${name}: ${JSON.stringify(r.errors).slice(0, 400)}`);
          bytes += r.bytes;
        }
      }
      const cost = await pageDone();
      const sorted = [...times].sort((a, b) => a - b);
      log(
        `| ${page.role} | ${page.route(ids).replace(cycleId, ':id')} | ${page.operations(ids).map(([n]) => n).join(', ')} | ${(bytes / 1024).toFixed(1)} KB | ${ms(median(times))} | ${ms(percentile(sorted, 95))} | ${ms((cost.serverCpu * 1000) / RUNS)} + ${ms((cost.postgresCpu * 1000) / RUNS)} | ${Math.round(cost.statements / RUNS)} | ${percentile(sorted, 95) < 1500 ? 'met' : 'NOT met'} |`,
      );
      if (values.profile) pageTops.push(`  ${page.role} ${page.route(ids).replace(cycleId, ':id')}:`, ...cost.top.slice(0, 4));
    }

    if (values.profile) {
      log(`  (load average ${loadText()}) heaviest statements per page, over ${RUNS} openings:`);
      for (const line of pageTops) log(line);
    }

    // 4. The results export streamed while a probe measures other requests' waiting; the same probe for a few seconds beforehand,
    // without the export, tells what the machine's load alone costs them (it is shared).
    const probeWhile = (running: () => boolean) => {
      const times = { health: [] as number[], graphql: [] as number[] };
      const done = (async () => {
        while (running()) {
          let started = performance.now();
          await fetch(`${base}/healthz`).then((r) => r.text());
          times.health.push(since(started));
          started = performance.now();
          await gql('auditor', `query { me { username } }`);
          times.graphql.push(since(started));
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      return { times, done };
    };
    const idleUntil = performance.now() + 3000;
    const idle = probeWhile(() => performance.now() < idleUntil);
    await idle.done;
    peak = rssOf(pid);
    const before = peak;
    const rssLimit = 256 * 2 ** 20;
    let exporting = true;
    const { times: probe, done: probing } = probeWhile(() => exporting);
    const exportDone = await meter();
    const exportLoad = loadText();
    t = performance.now();
    const res = await fetch(`${base}/exports/cycles/${cycleId}/results.xlsx`, { headers: { authorization: `Bearer ${tokens.get('orgadmin')}` } });
    let size = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) size += chunk.length;
    const exportMillis = since(t);
    exporting = false;
    await probing;
    const exportCost = await exportDone();
    clearInterval(sampler);
    log('');
    log(`| results export | rows | size | time | CPU server + PostgreSQL (with the probe) | statements | load average | server RSS before → peak | probe /healthz max, p99 | probe GraphQL max, p99 | targets |`);
    log(`|---|---|---|---|---|---|---|---|---|---|---|`);
    const p = (list: number[]) => [...list].sort((a, b) => a - b);
    log(
      `| none (the probe alone, 3 s before) | | | | | (${idle.times.health.length} probes) | ${exportLoad} | | ${ms(p(idle.times.health).at(-1)!)}, ${ms(percentile(p(idle.times.health), 99))} | ${ms(p(idle.times.graphql).at(-1)!)}, ${ms(percentile(p(idle.times.graphql), 99))} | |`,
    );
    log(
      `| streamed (HTTP ${res.status}) | ${assessments.toLocaleString()} | ${(size / 2 ** 20).toFixed(1)} MB | ${seconds(exportMillis)} | ${cpuText(exportCost)} | ${exportCost.statements} (${probe.health.length} probes) | ${exportLoad} → ${loadText()} | ${(before / 2 ** 20).toFixed(0)} → ${(peak / 2 ** 20).toFixed(0)} MB (the export: +${((peak - before) / 2 ** 20).toFixed(0)} MB) | ${ms(p(probe.health).at(-1)!)}, ${ms(percentile(p(probe.health), 99))} | ${ms(p(probe.graphql).at(-1)!)}, ${ms(percentile(p(probe.graphql), 99))} | RSS < 256 MB: ${peak < rssLimit ? 'met' : before >= rssLimit ? 'NOT met (over it before the export began)' : 'NOT met'}; waiting < 100 ms: ${Math.max(...probe.health, ...probe.graphql) < 100 ? 'met' : 'NOT met'} |`,
    );

    if (values.profile) {
      log('  export, heaviest statements:');
      for (const line of exportCost.top) log(line);
    }

    // 5. Chromium: each main page's time to usable.
    if (!values['no-browser']) {
      const rows = await browserTimings(base, PAGES, ids, Math.min(RUNS, 3));
      log('');
      if (!rows) log('Chromium: not found (apt-get install chromium, or CHROMIUM_PATH): skipped');
      else {
        log(`| role | page in Chromium | time to usable, median | max | target < 1.5 s |`);
        log(`|---|---|---|---|---|`);
        for (const r of rows) log(`| ${r.role} | ${r.route.replace(cycleId, ':id')} | ${ms(median(r.times))} | ${ms(Math.max(...r.times))} | ${Math.max(...r.times) < 1500 ? 'met' : 'NOT met'} |`);
      }
    }
  }
  log('');
  log(`load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(', ')} (${os.cpus().length} cores, shared with other work)`);
  clearInterval(sampler);
  await stats.end();
  await ds.destroy();
  if (values.profile && server) {
    // node --cpu-prof writes the profile as the server exits.
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    server = null;
    for (const file of await fs.readdir(profileDir).catch(() => [] as string[])) {
      const profile = JSON.parse(await fs.readFile(path.join(profileDir, file), 'utf8')) as Profiler.Profile;
      log('');
      log(formatProfile(summariseProfile(profile, 25), 1).replace(/1 transitions/, 'the whole run').replaceAll('µs/tx', 'µs in all'));
    }
  }
} finally {
  server?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await embedded.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
