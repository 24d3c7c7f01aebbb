import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Profiler } from 'node:inspector';
import { deriveAssessmentColumns, ASSESSMENT_COLUMNS } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';
import { hashPassword, hashToken } from '../../server/auth/auth.service.js';
import type { Viewer } from '../../server/auth/policy.js';
import { ensureDatabase, EMBEDDED_DATABASE, prepareDatabase } from '../../server/db/bootstrap.js';
import { createDataSource } from '../../server/db/data-source.js';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../../server/db/embedded-postgres.js';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { seedSynthetic } from '../../server/seed/synthetic.js';
import { createServices } from '../../server/services.js';
import { formatProfile, summariseProfile } from './cpuprofile.js';
import type { ServerStats } from './protocol.js';
import { runLifecycle, TARGET_RATE as LIFECYCLE_TARGET_RATE } from './lifecycle-mix.js';
import { cpuMeter, describe, fixed, log, machineCpu, mb, postGraphQL, printPhase, sampleWaitEvents, ServerProcess, setBenchDataDir, topStatements, type PhaseResult } from './harness.js';

/**
 * `npm run bench:transitions`: seeds a large cycle in a throw-away embedded
 * PostgreSQL, fires valid transitions from N concurrent GraphQL clients over
 * HTTP for a fixed time against the real app (in a child process), and, in the
 * same run, the bare SQL of one transition (load, version-checked update,
 * audit insert) from the same number of connections. Prints throughput,
 * latency percentiles, the server's peak memory and the API / SQL ratio.
 * Measures; never fails on a missed target.
 */

const HELP = `Usage: npm run bench:transitions -- [options]
  --cadres <n>     cadres in the synthetic province (default 20000)
  --seconds <n>    measured duration of each phase (default 20)
  --warmup <n>     warm-up seconds before each phase, not counted (default 3)
  --clients <n>    concurrent GraphQL clients = SQL connections (default 16)
  --pool <n>       each server process's DataSource pool size (default 20, as in production)
  --servers <n>    server processes, the clients spread over them as a load balancer would
                   (default: one per CPU, as WORKERS=2 npm start runs on 2 cores)
  --mix <m>        talk (recordTalk only, default), talk+opinion (alternate with recordOpinion), lifecycle:
                   whole assessments, every step by its role (scripts/bench/lifecycle-mix.ts; --cadres, --seconds,
                   --warmup, --clients, --pool, --servers, --profile and --dev apply), or floor: what every
                   request pays and nothing else (signed in, \`{ __typename }\`: HTTP, the GraphQL pipeline and the
                   session lookup), with the CPU it leaves a step under the lifecycle target
  --cycles <s>     lifecycle: unit (one cycle per unit of ≈ 300 cadres, default) or province (one cycle over all)
  --noticed <n>    lifecycle: EXCELLENT decisions each client puts on public notice a fortnight back in setup (default 24)
  --profile        CPU-profile the server during the measured API phase and print where the time goes, with
                   pg_stat_statements and wait-event samples (slows the API phase a little)
  --trace-sql      print the SQL statements of one API transition
  --app-sql        also replay the API's own statements for one transition over raw node-postgres
                   (no HTTP, GraphQL or TypeORM): separates the SQL's cost from the Node side's
  --dev            run the server with NODE_ENV unset (default: production)
  --help
Environment: BENCH_SERVER_CHILDREN=a/server-child.js,b/server-child.js (lifecycle) runs server i from script i
  (another build's dist/scripts/bench/server-child.js): an A/B of two builds under the same load, each one's
  CPU per request printed`;

const OPTIONS = {
  cadres: { type: 'string', default: '20000' },
  seconds: { type: 'string', default: '20' },
  warmup: { type: 'string', default: '3' },
  clients: { type: 'string', default: '16' },
  pool: { type: 'string', default: '20' },
  servers: { type: 'string', default: String(os.availableParallelism()) },
  mix: { type: 'string', default: 'talk' },
  noticed: { type: 'string', default: '24' },
  cycles: { type: 'string', default: 'unit' },
  profile: { type: 'boolean', default: false },
  'trace-sql': { type: 'boolean', default: false },
  'app-sql': { type: 'boolean', default: false },
  dev: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;
const flags = (() => {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
})();
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}
function positive(name: string, raw: string | undefined, min = 1): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    console.error(`--${name} must be a number ≥ ${min}, got "${raw}"\n\n${HELP}`);
    process.exit(2);
  }
  return value;
}
const CADRES = Math.round(positive('cadres', flags.cadres, 100));
const SECONDS = positive('seconds', flags.seconds, 1);
const WARMUP = positive('warmup', flags.warmup, 0);
const CLIENTS = Math.round(positive('clients', flags.clients, 1));
const POOL = Math.round(positive('pool', flags.pool, 1));
const SERVERS = Math.round(positive('servers', flags.servers, 1));
if (flags.mix !== 'talk' && flags.mix !== 'talk+opinion' && flags.mix !== 'lifecycle' && flags.mix !== 'floor') {
  console.error(`--mix is talk, talk+opinion, lifecycle or floor, got "${flags.mix}"`);
  process.exit(2);
}
const MIX = flags.mix;

const TARGET_RATE = 1000;
const TARGET_P99_MS = 50;
const BENCH_USER = 'bench.assessor';


// ---------- setup: database, data, cycle ----------

interface Seeded {
  databaseUrl: string;
  assessmentIds: string[];
  cycleId: string;
  userId: string;
  rootPath: string;
  totalAssessments: number;
}

async function seed(embedded: EmbeddedHandle): Promise<Seeded> {
  await ensureDatabase(embedded.url('postgres'), EMBEDDED_DATABASE);
  const databaseUrl = embedded.url(EMBEDDED_DATABASE);
  const ds = createDataSource(databaseUrl, { poolSize: 4, applicationName: 'cadre-bench-setup' });
  await ds.initialize();
  try {
    await prepareDatabase(ds, { seed: true, log: (line) => log(line) });
    let t = performance.now();
    const synthetic = await ds.transaction((m) => seedSynthetic(m, { cadres: CADRES, code: 'BENCH' }));
    const [root] = (await ds.query(`SELECT path FROM organisation WHERE id = $1`, [synthetic.rootId])) as Array<{ path: string }>;
    log(`Synthetic province BENCH: ${synthetic.organisations} organisations, ${synthetic.cadres} cadres (${((performance.now() - t) / 1000).toFixed(1)} s)`);

    // The benchmark's own account: ORG_ADMIN (to plan the cycle) and ASSESSOR (to record talks) over the synthetic province.
    // The demo accounts' jurisdiction is the demo province (QH) only.
    const [user] = (await ds.query(`INSERT INTO user_account (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
      BENCH_USER,
      '基准测试 考核组',
      await hashPassword(DEMO_PASSWORD),
    ])) as Array<{ id: string }>;
    for (const role of ['ORG_ADMIN', 'ASSESSOR']) {
      await ds.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [user!.id, role, synthetic.rootId]);
    }
    const viewer: Viewer = {
      userId: user!.id,
      username: BENCH_USER,
      displayName: '基准测试 考核组',
      cadreId: null,
      cadreOrganisationPath: null,
      cadreOrganisationId: null,
      cadrePositionType: null,
      grants: [
        { role: 'ORG_ADMIN', organisationId: synthetic.rootId, organisationPath: root!.path },
        { role: 'ASSESSOR', organisationId: synthetic.rootId, organisationPath: root!.path },
      ],
      sessionId: 'bench-setup',
    };

    // Plan, enrol and open an annual cycle through the services (the same code the GraphQL mutations call).
    t = performance.now();
    const services = createServices(ds, { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } }, () => new Date());
    const year = new Date().getFullYear();
    const deadlines: CycleDeadlines = {
      selfReportDue: `${year + 1}-01-20T18:00:00+08:00`,
      evaluationDue: null,
      reviewDue: null,
      finishBy: `${year + 1}-03-31T18:00:00+08:00`,
    };
    const cycle = await services.cycles.planCycle(viewer, { kind: 'ANNUAL', name: `BENCH ${year}`, year, organisationId: synthetic.rootId, deadlines });
    await services.cycles.enrol(viewer, cycle.id, { organisationIds: [synthetic.rootId], includeSubtree: true, includeTeams: true });
    await services.cycles.openCycle(viewer, cycle.id);
    log(`Cycle planned, enrolled and opened (${((performance.now() - t) / 1000).toFixed(1)} s)`);

    // Self-report submitted (as the stand-in SYSTEM: the real actor is each cadre), accepted, ballots opened — in bulk.
    t = performance.now();
    const ids = ((await ds.query(`SELECT id FROM assessment WHERE cycle_id = $1 ORDER BY id`, [cycle.id])) as Array<{ id: string }>).map((r) => r.id);
    const derive = deriveAssessmentColumns(cycle.deadlines);
    for (const type of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']) {
      const at = new Date().toISOString();
      let applied = 0;
      let skipped = 0;
      for (let i = 0; i < ids.length; i += 5000) {
        const batch = ids.slice(i, i + 5000);
        const result = await ds.transaction((m) =>
          applyBulkTransition(m, 'assessment', batch, () => ({ type, at }), { userId: null, role: 'SYSTEM' }, { derive, deriveColumns: ASSESSMENT_COLUMNS }),
        );
        applied += result.applied.length;
        skipped += result.skipped.length;
      }
      log(`  ${type}: ${applied} applied${skipped ? `, ${skipped} skipped` : ''}`);
    }
    // A steady state to measure from: no dead tuples from the bulk updates, fresh statistics.
    await ds.query(`VACUUM ANALYZE assessment`);
    await ds.query(`VACUUM ANALYZE audit_log`);
    const ready = ((await ds.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'evaluation.ballotsOpen' ORDER BY id`, [cycle.id])) as Array<{ id: string }>).map(
      (r) => r.id,
    );
    log(`${ready.length} of ${ids.length} assessments in evaluation.ballotsOpen (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    if (ready.length < 10_000) log(`warning: fewer than 10,000 assessments to spread the load over (--cadres ${CADRES})`);
    return { databaseUrl, assessmentIds: ready, cycleId: cycle.id, userId: user!.id, rootPath: root!.path, totalAssessments: ids.length };
  } finally {
    await ds.destroy();
  }
}

// ---------- phase 1: the API over HTTP ----------

const TALK = `mutation Talk($input: RecordTalkInput!) { recordTalk(input: $input) { id version } }`;
const OPINION = `mutation Opinion($input: RecordOpinionInput!) { recordOpinion(input: $input) { id version } }`;
/** The floor: no resolver, no statement of its own; the token still makes the context look the session up. */
const FLOOR = `query Floor { __typename }`;
const SOURCES = ['DISCIPLINE', 'INSPECTION_TOUR', 'AUDIT', 'PETITION', 'SUPERVISION'];


/** The server processes' figures added up (memory and CPU are per process; the peak is the sum of the peaks). */
async function allStats(): Promise<ServerStats> {
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

function partition(ids: string[], n: number): string[][] {
  const parts = Array.from({ length: n }, () => [] as string[]);
  ids.forEach((id, i) => parts[i % n]!.push(id));
  return parts;
}

async function signIn(agent: http.Agent, port: number): Promise<string> {
  const body = JSON.stringify({
    query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
    variables: { input: { username: BENCH_USER, password: DEMO_PASSWORD } },
  });
  const { json } = await postGraphQL(agent, port, body, null);
  const token = (json.data?.signIn as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return token;
}

interface ApiClient {
  agent: http.Agent;
  /** The server process this client talks to. */
  port: number;
  token: string;
  ids: string[];
  next: number;
}

async function runApi(clients: ApiClient[], seconds: number): Promise<PhaseResult> {
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let firstError: string | null = null;
  let ok = 0;
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  let sent = 0;
  const loop = async (client: ApiClient) => {
    while (performance.now() < deadline) {
      const id = client.ids[client.next++ % client.ids.length]!;
      const opinion = MIX === 'talk+opinion' && sent++ % 2 === 1;
      const body = JSON.stringify(
        MIX === 'floor'
          ? { query: FLOOR }
          : opinion
          ? { query: OPINION, variables: { input: { assessmentId: id, source: SOURCES[sent % SOURCES.length], summary: '基准测试: 征求纪检监察机关意见。' } } }
          : { query: TALK, variables: { input: { assessmentId: id, summary: '基准测试: 与该同志所在单位主要负责人个别谈话。' } } },
      );
      const t0 = performance.now();
      try {
        const { status, json } = await postGraphQL(client.agent, client.port, body, client.token);
        const ms = performance.now() - t0;
        const result = json.data?.[opinion ? 'recordOpinion' : 'recordTalk'] as { version?: number } | undefined;
        const answered = MIX === 'floor' ? json.data?.__typename === 'Query' : typeof result?.version === 'number';
        if (!json.errors && status === 200 && answered) {
          ok++;
          latencies.push(ms);
        } else {
          const code = json.errors?.[0]?.extensions?.code ?? `HTTP_${status}`;
          errors.set(code, (errors.get(code) ?? 0) + 1);
          firstError ??= JSON.stringify(json.errors ?? json).slice(0, 500);
        }
      } catch (error) {
        const code = `NETWORK_${(error as NodeJS.ErrnoException).code ?? 'ERROR'}`;
        errors.set(code, (errors.get(code) ?? 0) + 1);
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(clients.map(loop));
  const elapsed = (performance.now() - begin) / 1000;
  return { ok, seconds: elapsed, latencies: new Float64Array(latencies).sort(), errors, firstError };
}

// ---------- phase 2: the bare SQL of one transition ----------

/** loadViewer's query (server/auth/auth.service.ts), for the --app-sql replay. */
const VIEWER_SQL = `SELECT s.id AS session_id, u.id AS user_id, u.username, u.display_name, u.cadre_id,
            co.path AS cadre_org_path, c.organisation_id AS cadre_org_id, c.position_type AS cadre_position,
            (SELECT json_agg(json_build_object('role', ra.role, 'organisationId', ra.organisation_id, 'organisationPath', o.path)
                             ORDER BY o.path, ra.role)
               FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id
              WHERE ra.user_id = u.id) AS grants
       FROM auth_session s
       JOIN user_account u ON u.id = s.user_id
       LEFT JOIN cadre c ON c.id = u.cadre_id
       LEFT JOIN organisation co ON co.id = c.organisation_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT u.disabled`;

/**
 * `bare`: exactly the transition step — BEGIN; load; version-checked UPDATE;
 * audit INSERT; COMMIT — with a precomputed snapshot and a fake hash.
 * `app` (--app-sql): the same work with every statement the API sends for one
 * recordTalk (see --trace-sql), over raw node-postgres: what the app's SQL
 * costs without Node-side GraphQL, TypeORM and HTTP.
 */
async function runSql(
  mode: 'bare' | 'app',
  pool: pg.Pool,
  parts: string[][],
  tokens: string[],
  seeded: Seeded,
  seconds: number,
  seqOf: Map<string, { seq: number; hash: string }>,
): Promise<PhaseResult> {
  // A precomputed snapshot (one assessment's, as it is now) and a fake but well-formed hash.
  const [sample] = (await pool.query(`SELECT snapshot, state FROM assessment WHERE id = $1`, [parts[0]![0]])).rows as Array<{ snapshot: unknown; state: string }>;
  const snapshot = JSON.stringify(sample!.snapshot);
  const FAKE_HASH = randomBytes(32).toString('hex');
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let firstError: string | null = null;
  let ok = 0;
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  type Row = { id: string; state: string; snapshot: unknown; version: number; machine_id: string; org_path: string; cadre_id: string | null; cycle_id: string };
  const worker = async (ids: string[], w: number) => {
    const client = await pool.connect();
    const tokenHash = hashToken(tokens[w] ?? '');
    let next = 0;
    try {
      while (performance.now() < deadline) {
        const id = ids[next++ % ids.length]!;
        const t0 = performance.now();
        const at = new Date();
        try {
          if (mode === 'app') await client.query(VIEWER_SQL, [tokenHash, at]);
          await client.query('BEGIN');
          const { rows } = await client.query<Row>(
            mode === 'app' ? `SELECT * FROM assessment WHERE id = $1 LIMIT 1` : `SELECT id, state, snapshot, version, machine_id, org_path FROM assessment WHERE id = $1`,
            [id],
          );
          const row = rows[0]!;
          if (mode === 'app') {
            await client.query(`SELECT * FROM assessment_cycle WHERE id = $1 LIMIT 1`, [row.cycle_id]);
            await client.query(`INSERT INTO evaluation_record (assessment_id, kind, source, summary, recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [
              id,
              'TALK',
              null,
              '基准测试: 与该同志所在单位主要负责人个别谈话。',
              seeded.userId,
              at.toISOString(),
            ]);
          }
          const updated = await client.query(
            `UPDATE assessment SET snapshot = $3, state = $4, version = version + 1, updated_at = $5, overlay = $6, proposed_grade = $7, final_grade = $8, due_at = $9, due_event = $10
              WHERE id = $1 AND version = $2 RETURNING version`,
            [row.id, row.version, snapshot, row.state, at.toISOString(), 'NONE', null, null, null, null],
          );
          if (updated.rowCount !== 1) throw Object.assign(new Error('version check failed'), { code: 'CONFLICT' });
          // A stream of its own (entity_type 'bench'), so the real audit chains stay intact.
          let head = seqOf.get(id);
          if (mode === 'app') {
            await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`audit:bench:${id}`]);
            const heads = await client.query<{ seq: number; hash: string }>(`SELECT seq, hash FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq DESC LIMIT 1`, ['bench', id]);
            head = heads.rows[0];
          }
          const seq = (head?.seq ?? 0) + 1;
          await client.query(
            `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14) RETURNING id`,
            [
              'bench',
              id,
              seq,
              row.org_path,
              at,
              seeded.userId,
              'ASSESSOR',
              'RECORD_TALK',
              row.state,
              row.state,
              seq,
              JSON.stringify({ event: { type: 'RECORD_TALK', at: at.toISOString() } }),
              head?.hash ?? null,
              FAKE_HASH,
            ],
          );
          if (mode === 'app') {
            await client.query(`INSERT INTO notification (user_id, assessment_id, kind, payload, created_at) SELECT u.id, $1, $2, $3, $4 FROM user_account u WHERE u.cadre_id = $5`, [
              id,
              'RECORD_TALK',
              JSON.stringify({ state: row.state }),
              at.toISOString(),
              row.cadre_id,
            ]);
          }
          await client.query('COMMIT');
          if (mode === 'app') await client.query(`SELECT * FROM assessment WHERE id = $1 LIMIT 1`, [id]);
          seqOf.set(id, { seq, hash: FAKE_HASH });
          ok++;
          latencies.push(performance.now() - t0);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          const code = String((error as { code?: string }).code ?? 'ERROR');
          errors.set(code, (errors.get(code) ?? 0) + 1);
          firstError ??= String(error);
        }
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(parts.map(worker));
  const elapsed = (performance.now() - begin) / 1000;
  return { ok, seconds: elapsed, latencies: new Float64Array(latencies).sort(), errors, firstError };
}


// ---------- main ----------

let embedded: EmbeddedHandle | null = null;
let servers: ServerProcess[] = [];
let pool: pg.Pool | null = null;
let tmpDir: string | null = null;
const agents: http.Agent[] = [];

/** What the lifecycle mix started (lifecycle-mix.ts), stopped here as well. */
const track = { servers: [] as ServerProcess[], agents, pools: [] as pg.Pool[] };

let cleaning: Promise<void> | null = null;
/** Stops everything this run started, once (the signal handler and main's finally may both ask). */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const a of agents) a.destroy();
    for (const p of track.pools) await Promise.race([p.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    await Promise.all([...servers, ...track.servers].map((server) => server.stop().catch((e: unknown) => console.error(`stopping the server: ${String(e)}`))));
    // pool.end() waits for checked-out clients; after an interruption some may never come back.
    if (pool) await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    await embedded?.stop().catch((e: unknown) => console.error(`stopping PostgreSQL: ${String(e)}`));
    if (tmpDir) await fs.rm(tmpDir, { recursive: true, force: true }).catch((e: unknown) => console.error(`removing ${tmpDir}: ${String(e)}`));
  })();
  return cleaning;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${signal}: cleaning up …`);
    void cleanup().finally(() => process.exit(130));
  });
}

let background: number | null = null;

async function main(): Promise<void> {
  console.log(
    `bench:transitions — ${CADRES} cadres, ${CLIENTS} clients, ${SERVERS} server processes, ${SECONDS} s measured (+${WARMUP} s warm-up) per phase, server pool ${POOL}, mix ${MIX}, ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}`,
  );
  // Anything else running skews a 2-core measurement: say so up front.
  const idle0 = await machineCpu();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idle1 = await machineCpu();
  background = idle0 && idle1 ? ((idle1.busy - idle0.busy) / Math.max(1, idle1.total - idle0.total)) * os.cpus().length : null;
  if (background !== null) {
    log(`Background load before starting: ${fixed(background, 2)} of ${os.cpus().length} cores busy${background > 0.2 ? ' — other processes are using the CPU; the figures below will be lower and noisier than on an idle machine' : ''}`);
  }
  tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-bench-'));
  setBenchDataDir(tmpDir);
  log(`Starting the embedded PostgreSQL in ${tmpDir} …`);
  const pgLog = (line: string) => process.env.PG_LOG && console.error(line);
  embedded = await startEmbeddedPostgres(tmpDir, { log: pgLog });
  if (flags.profile) {
    // pg_stat_statements needs preloading: set it, then restart the cluster once (same data, new port).
    const admin = new pg.Client({ connectionString: embedded.url('postgres') });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.end();
    await embedded.stop();
    embedded = await startEmbeddedPostgres(tmpDir, { log: pgLog });
    // Its own settings exist only once the library is loaded.
    const loaded = new pg.Client({ connectionString: embedded.url('postgres') });
    await loaded.connect();
    await loaded.query(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
    await loaded.query(`SELECT pg_reload_conf()`);
    await loaded.end();
  }
  log(`PostgreSQL is up on 127.0.0.1:${embedded.port}`);
  if (MIX === 'lifecycle') {
    const noticed = Math.round(positive('noticed', flags.noticed, 0));
    if (flags.cycles !== 'unit' && flags.cycles !== 'province') {
      console.error(`--cycles is unit or province, got "${flags.cycles}"`);
      process.exit(2);
    }
    await runLifecycle({ embedded, cadres: CADRES, seconds: SECONDS, warmup: WARMUP, clients: CLIENTS, servers: SERVERS, pool: POOL, dev: flags.dev, profile: flags.profile, noticed, scope: flags.cycles, track, background });
    return;
  }
  const seeded = await seed(embedded);

  log(`Starting ${SERVERS} server process${SERVERS > 1 ? 'es' : ''} …`);
  const launched = await Promise.all(Array.from({ length: SERVERS }, () => ServerProcess.start(seeded.databaseUrl, { pool: POOL, traceSql: flags['trace-sql'], dev: flags.dev })));
  servers = launched.map((l) => l.server);
  const server = servers[0]!;
  const ports = launched.map((l) => l.port);
  for (const { port, pid } of launched) log(`Server (pid ${pid}, NODE_ENV=${flags.dev ? 'unset' : 'production'}) listening on 127.0.0.1:${port}`);
  const afterStart = await allStats();

  const parts = partition(seeded.assessmentIds, CLIENTS);
  const clients: ApiClient[] = [];
  for (let c = 0; c < CLIENTS; c++) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const port = ports[c % ports.length]!;
    clients.push({ agent, port, token: await signIn(agent, port), ids: parts[c]!, next: 0 });
  }
  log(`${CLIENTS} clients signed in as ${BENCH_USER}, ${parts[0]!.length}–${parts[parts.length - 1]!.length} assessments each`);

  if (flags['trace-sql']) {
    const c = clients[0]!;
    const body = JSON.stringify({ query: TALK, variables: { input: { assessmentId: c.ids[c.next++]!, summary: '基准测试: SQL trace.' } } });
    await server.ask({ type: 'reset' }, 'reset-done');
    await postGraphQL(c.agent, c.port, body, c.token);
    const { trace } = await server.stats();
    console.log(`\nSQL of one API transition (${trace.length} statements):\n${trace.map((q, i) => `  ${String(i + 1).padStart(2)}. ${q.slice(0, 220)}`).join('\n')}\n`);
  }

  if (WARMUP > 0) {
    log(`API warm-up, ${WARMUP} s …`);
    const warm = await runApi(clients, WARMUP);
    log(`  warm-up: ${fixed(warm.ok / warm.seconds, 0)}/s`);
  }
  await Promise.all(servers.map((one) => one.ask({ type: 'reset' }, 'reset-done')));
  const profilePath = path.join(os.tmpdir(), `cadre-bench-server-${Date.now()}.cpuprofile`);
  let sampler: ReturnType<typeof sampleWaitEvents> | null = null;
  if (flags.profile) {
    await server.ask({ type: 'profile-start', intervalMicros: 200 }, 'profile-started');
    const admin = new pg.Client({ connectionString: seeded.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    await admin.query(`SELECT pg_stat_statements_reset()`);
    await admin.end();
    sampler = sampleWaitEvents(seeded.databaseUrl, 'cadre-bench-server');
  }
  log(`API: ${CLIENTS} clients × ${MIX === 'floor' ? 'the floor ({ __typename }, signed in)' : `recordTalk${MIX === 'talk+opinion' ? '/recordOpinion' : ''}`} for ${SECONDS} s …`);
  const apiCpu = await cpuMeter();
  const api = await runApi(clients, SECONDS);
  const serverStats = await allStats();
  const apiCpuReport = await apiCpu(serverStats.cpuMicros / 1e6, 'load generator');
  const waits = await sampler?.stop();
  const statements = flags.profile ? await topStatements(seeded.databaseUrl, api.ok) : null;
  if (flags.profile) await server.ask({ type: 'profile-stop', path: profilePath }, 'profile-stopped', 120_000);
  const printProfile = async () => {
    if (flags.profile) {
      const profile = JSON.parse(await fs.readFile(profilePath, 'utf8')) as Profiler.Profile;
      console.log(`\n${SERVERS > 1 ? `(the first of ${SERVERS} server processes, per transition of its share of the load)\n` : ''}${formatProfile(summariseProfile(profile, 25), Math.round(api.ok / SERVERS))}\n  (profile kept at ${profilePath}: open it in Chrome DevTools → Performance, or VS Code)`);
      if (waits) {
        console.log(`\nThe server's PostgreSQL connections, sampled ${waits.samples} times (average connections per state · statement):`);
        for (const [what, n] of waits.tally.slice(0, 15)) console.log(`  ${fixed(n / Math.max(1, waits.samples), 2).padStart(6)}  ${what}`);
      }
      if (statements) console.log(`\n${statements}`);
    }
  };
  printPhase(`API (GraphQL over HTTP, ${CLIENTS} clients, keep-alive)`, api);
  const serverCores = serverStats.cpuMicros / 1e6 / api.seconds;
  console.log(
    `  server:      peak RSS ${mb(serverStats.peakRss)} during the run (${mb(afterStart.rss)} after start-up; kernel high-water mark ${mb(serverStats.vmHwm)}), heap used ${mb(serverStats.heapUsed)} at the end`,
  );
  console.log(`               ${fixed(serverStats.queries / Math.max(1, api.ok), 1)} SQL statements per transition; ${serverStats.errorsLogged} errors logged${serverStats.firstErrors.length ? `: ${serverStats.firstErrors.join(' | ')}` : ''}`);
  const serverMsPerTx = serverStats.cpuMicros / Math.max(1, api.ok) / 1000;
  const apiPgMsPerTx = apiCpuReport.postgres !== null ? (apiCpuReport.postgres * api.seconds * 1000) / Math.max(1, api.ok) : null;
  console.log(`  CPU:         ${apiCpuReport.line}`);
  console.log(
    `               per transition: server ${fixed(serverMsPerTx, 2)} ms (${fixed((100 * serverStats.cpuSystemMicros) / Math.max(1, serverStats.cpuMicros), 0)}% of it in the kernel)` +
      (apiPgMsPerTx !== null ? `, PostgreSQL ${fixed(apiPgMsPerTx, 2)} ms` : ''),
  );

  if (MIX === 'floor') {
    await printProfile();
    printFloor(api, serverMsPerTx, apiPgMsPerTx, serverStats.queries / Math.max(1, api.ok), serverCores);
    return;
  }

  // The bare SQL, on the same rows, from as many connections.
  pool = new pg.Pool({ connectionString: seeded.databaseUrl, max: CLIENTS, application_name: 'cadre-bench-sql' });
  // pool.end() does not wait for its clients to close; PostgreSQL stopping right after must not crash us.
  pool.on('error', () => undefined);
  const seqOf = new Map<string, { seq: number; hash: string }>();
  const tokens = clients.map((c) => c.token);
  if (WARMUP > 0) {
    log(`Bare SQL warm-up, ${WARMUP} s …`);
    await runSql('bare', pool, parts, tokens, seeded, WARMUP, seqOf);
  }
  log(`Bare SQL: ${CLIENTS} connections × (BEGIN; SELECT; UPDATE … WHERE version; INSERT audit_log; COMMIT) for ${SECONDS} s …`);
  const sqlCpu = await cpuMeter();
  const sql = await runSql('bare', pool, parts, tokens, seeded, SECONDS, seqOf);
  const sqlCpuReport = await sqlCpu(null, 'SQL client (this process)');
  printPhase(`Bare SQL of one transition (node-postgres, ${CLIENTS} connections)`, sql);
  const sqlPgMsPerTx = sqlCpuReport.postgres !== null ? (sqlCpuReport.postgres * sql.seconds * 1000) / Math.max(1, sql.ok) : null;
  console.log(`  CPU:         ${sqlCpuReport.line}`);
  console.log(`               per transition: PostgreSQL ${fixed(sqlPgMsPerTx ?? NaN, 2)} ms, SQL client ${fixed((sqlCpuReport.self * sql.seconds * 1000) / Math.max(1, sql.ok), 2)} ms`);

  let appSql: PhaseResult | null = null;
  if (flags['app-sql']) {
    log(`The app's SQL replayed: ${CLIENTS} connections × the 12 statements of one recordTalk, over raw node-postgres, for ${SECONDS} s …`);
    const appCpu = await cpuMeter();
    appSql = await runSql('app', pool, parts, tokens, seeded, SECONDS, seqOf);
    const appCpuReport = await appCpu(null, 'SQL client (this process)');
    printPhase(`The API's statements without the API (session lookup … re-read; node-postgres, ${CLIENTS} connections)`, appSql);
    console.log(`  CPU:         ${appCpuReport.line}`);
    if (appCpuReport.postgres !== null) {
      console.log(
        `               per transition: PostgreSQL ${fixed((appCpuReport.postgres * appSql.seconds * 1000) / Math.max(1, appSql.ok), 2)} ms, SQL client ${fixed((appCpuReport.self * appSql.seconds * 1000) / Math.max(1, appSql.ok), 2)} ms`,
      );
    }
  }

  await printProfile();

  const a = describe(api);
  const s = describe(sql);
  const ratio = a.rate / s.rate;
  const mark = (met: boolean) => (met ? 'met' : 'NOT met');
  console.log(`
================ bench:transitions summary ================
  data:               ${seeded.totalAssessments} assessments (${CADRES} cadres + teams), ${seeded.assessmentIds.length} in evaluation.ballotsOpen
  load:               ${CLIENTS} concurrent clients over ${SERVERS} server process${SERVERS > 1 ? 'es' : ''}, ${SECONDS} s, ${MIX === 'talk' ? 'recordTalk' : 'recordTalk / recordOpinion'} (valid self-transitions, disjoint assessments)
  API throughput:     ${fixed(a.rate, 0)} transitions/s
  API latency:        p50 ${fixed(a.p50, 2)} ms, p95 ${fixed(a.p95, 2)} ms, p99 ${fixed(a.p99, 2)} ms, max ${fixed(a.max, 2)} ms
  API errors:         ${a.errors}
  server peak RSS:    ${mb(serverStats.peakRss)} (kernel high-water mark ${mb(serverStats.vmHwm)})
  bare SQL:           ${fixed(s.rate, 0)} transitions/s (p50 ${fixed(s.p50, 2)} ms, p99 ${fixed(s.p99, 2)} ms), errors: ${s.errors}
  API / bare SQL:     ${fixed(ratio, 3)} (${fixed(ratio * 100, 1)}% of the bare SQL's throughput)${
    appSql
      ? `\n  app's SQL alone:    ${fixed(describe(appSql).rate, 0)} transitions/s (p99 ${fixed(describe(appSql).p99, 2)} ms) — API / app's SQL ${fixed(a.rate / describe(appSql).rate, 3)}, app's SQL / bare SQL ${fixed(describe(appSql).rate / s.rate, 3)}`
      : ''
  }
  per transition:     server ${fixed(serverMsPerTx, 2)} ms CPU (${fixed(serverCores, 2)} cores busy), PostgreSQL ${fixed(apiPgMsPerTx ?? NaN, 2)} ms CPU, ${fixed(serverStats.queries / Math.max(1, api.ok), 1)} SQL statements
                      (bare SQL: PostgreSQL ${fixed(sqlPgMsPerTx ?? NaN, 2)} ms CPU, 5 statements)
  ceiling estimate:   on ${os.cpus().length} otherwise idle cores, server + PostgreSQL CPU allow ≈ ${fixed((os.cpus().length * 1000) / (serverMsPerTx + (apiPgMsPerTx ?? 0)), 0)} transitions/s; ${SERVERS === 1 ? "the server's one event loop alone caps" : `the ${SERVERS} servers' event loops alone cap`} at ≈ ${fixed((SERVERS * 1000) / serverMsPerTx, 0)}/s
  target (2 cores):   ≥ ${TARGET_RATE} transitions/s — ${mark(a.rate >= TARGET_RATE)}; p99 < ${TARGET_P99_MS} ms — ${mark(a.p99 < TARGET_P99_MS)}   (this machine: ${os.cpus().length} CPUs${background !== null ? `, ${fixed(background, 2)} busy before the run` : ''})
============================================================`);
}

/** The lifecycle target's CPU budget per request on this machine, and how much of it the floor takes. */
function printFloor(api: PhaseResult, serverMs: number, postgresMs: number | null, statements: number, serverCores: number): void {
  const a = describe(api);
  const cores = os.cpus().length;
  const budget = (cores * 1000) / LIFECYCLE_TARGET_RATE;
  const floor = serverMs + (postgresMs ?? NaN);
  console.log(`
================ bench:transitions --mix floor summary ================
  load:               ${CLIENTS} concurrent clients over ${SERVERS} server process${SERVERS > 1 ? 'es' : ''}, ${SECONDS} s, \`{ __typename }\` signed in as ${BENCH_USER}
                      (HTTP, the GraphQL pipeline and the session lookup: what every step request pays before its own work)
  throughput:         ${fixed(a.rate, 0)} requests/s
  latency:            p50 ${fixed(a.p50, 2)} ms, p95 ${fixed(a.p95, 2)} ms, p99 ${fixed(a.p99, 2)} ms, max ${fixed(a.max, 2)} ms
  errors:             ${a.errors}
  per request:        server ${fixed(serverMs, 3)} ms CPU (${fixed(serverCores, 2)} cores busy), PostgreSQL ${fixed(postgresMs ?? NaN, 3)} ms CPU, ${fixed(statements, 1)} SQL statements
  lifecycle budget:   ${LIFECYCLE_TARGET_RATE} requests/s on ${cores} cores allow ${fixed(budget, 2)} ms of CPU per request; the floor takes ${fixed(floor, 2)} ms (${fixed((100 * floor) / budget, 0)}%),
                      leaving ${fixed(budget - floor, 2)} ms for a step's own statements, rules, machine and audit (compare the bare SQL's CPU per step in --mix lifecycle)
========================================================================`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
} finally {
  await cleanup();
}
// pg-boss / embedded-postgres handles must not keep the process alive.
process.exit(process.exitCode ?? 0);
