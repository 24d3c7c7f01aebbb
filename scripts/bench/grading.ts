/**
 * `npm run bench:grading [-- --cadres 10000,100000 --ballots 30]`
 *
 * For each size, in a process of its own (so each peak memory is its own):
 * generates a province of N cadres with B anonymous ballots each and their
 * indicator data, then grades the whole cycle with the set-based engine
 * (GradingService.gradeCycle) and prints the set-up time, the time of each
 * phase and the peak memory of the process. Then a summary: the time per
 * 1,000 cadres at each size (the cost grows linearly when it stays flat).
 * Target on a 2-core machine: 100,000 cadres in 10 s and 512 MB. The
 * default sizes are 10,000 and 100,000; pass 1000000 for a million (its
 * set-up generates 30 million ballots and takes far longer than the run).
 *
 * Setup shortcuts, not measured: assessments are put straight into the
 * `synthesis` state with one UPDATE (the snapshot the pure machine gives),
 * and ballots, invitations, scores, indicator figures of every city and
 * county and the leadership members' responsibilities are generated with
 * generate_series. Indicator schemes are published through the service.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { initialTransition, transition } from 'xstate';
import { persist } from '../../server/workflow/transition.js';
import { postgresCpuSeconds } from './postgres-cpu.js';
import { timeStatements } from './statement-timer.js';
import { CycleService } from '../../server/cycles/cycle.service.js';
import { WorkflowEngine } from '../../server/workflow/engine.js';
import { hashPassword, loadViewer, hashToken } from '../../server/auth/auth.service.js';
import { ensureDatabase } from '../../server/db/bootstrap.js';
import { createDataSource, migrate } from '../../server/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { GradingService } from '../../server/grading/grading.service.js';
import { componentScores, groupAggregates, invitedCounts, resultVersions } from '../../server/grading/evaluation-inputs.js';
import { IndicatorService } from '../../server/indicators/indicator.service.js';
import { exampleCountyScheme } from '../../test/fixtures/example-scheme.js';
import { indicatorsOf } from '../../workflows/indicators/scheme.js';
import { seedDemo } from '../../server/seed/demo.js';
import { seedSynthetic } from '../../server/seed/synthetic.js';
import { annualMachine } from '../../workflows/assessment/annual.machine.js';

const { values } = parseArgs({
  options: {
    cadres: { type: 'string', default: '10000,100000' },
    ballots: { type: 'string', default: '30' },
    /** PostgreSQL's shared_buffers: by default a quarter of the machine's memory, as a production server is set. */
    'shared-buffers': { type: 'string', default: `${Math.floor(os.totalmem() / 4 / 2 ** 20)}MB` },
  },
});
const SIZES = values.cadres.split(',').map((x) => Number(x.trim()));
const SHARED_BUFFERS = values['shared-buffers'];
const BALLOTS = Number(values.ballots);
const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface SizeResult {
  cadres: number;
  assessments: number;
  ballots: number;
  setupMs: number;
  runMs: number;
  /** CPU seconds the run took in this process and in PostgreSQL: what the run costs whatever else the machine does. */
  nodeCpu: number;
  pgCpu: number;
  peakMb: number;
}

if (SIZES.length > 1) {
  // One process per size: each peak RSS is that size's own.
  const results: SizeResult[] = [];
  for (const n of SIZES) {
    log(`=== ${n.toLocaleString()} cadres ===`);
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cadres', String(n), '--ballots', String(BALLOTS), '--shared-buffers', SHARED_BUFFERS], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
      maxBuffer: 64 * 2 ** 20,
    });
    for (const line of out.split('\n')) {
      if (line.startsWith('RESULT ')) results.push(JSON.parse(line.slice(7)) as SizeResult);
      else if (line) log(line);
    }
  }
  log('');
  log('summary (one run per size; the machine is shared, so figures vary from run to run):');
  log('  cadres      assessments  ballots      set-up     run        per 1,000 cadres  CPU node + PostgreSQL  peak RSS');
  for (const r of results) {
    log(
      `  ${r.cadres.toLocaleString().padEnd(11)} ${r.assessments.toLocaleString().padEnd(12)} ${r.ballots.toLocaleString().padEnd(12)} ${seconds(r.setupMs).padEnd(10)} ${seconds(r.runMs).padEnd(10)} ${`${(r.runMs / (r.cadres / 1000)).toFixed(0)} ms`.padEnd(17)} ${`${r.nodeCpu.toFixed(1)} s + ${r.pgCpu.toFixed(1)} s`.padEnd(22)} ${r.peakMb} MB`,
    );
  }
  const [first, last] = [results[0], results.at(-1)];
  if (first && last && first !== last) {
    const ratio = last.runMs / last.cadres / (first.runMs / first.cadres);
    const cpuRatio = (last.nodeCpu + last.pgCpu) / last.cadres / ((first.nodeCpu + first.pgCpu) / first.cadres);
    log(`  linearity: the time per cadre at ${last.cadres.toLocaleString()} is ${ratio.toFixed(2)}× that at ${first.cadres.toLocaleString()}, the CPU per cadre ${cpuRatio.toFixed(2)}× (1.00 is exactly linear)`);
  }
  const at100k = results.find((r) => r.cadres === 100_000);
  if (at100k) log(`  target 100,000 cadres in ≤ 10 s and ≤ 512 MB: ${at100k.runMs <= 10_000 ? 'time met' : 'time NOT met'}, ${at100k.peakMb <= 512 ? 'memory met' : 'memory NOT met'}`);
  process.exit(0);
}
const CADRES = SIZES[0]!;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-bench-grading-'));
// PostgreSQL set as a production server is (a quarter of the memory for its buffers), not at its 128 MB default: at 1,000,000 cadres
// the run's tables are gigabytes, and every page read outside the buffers costs a read from the kernel's cache.
const pg = await startEmbeddedPostgres(dir, { settings: { shared_buffers: SHARED_BUFFERS } });
log(`PostgreSQL shared_buffers ${SHARED_BUFFERS} (--shared-buffers)`);
try {
  await ensureDatabase(pg.url('postgres'), 'bench');
  const ds = createDataSource(pg.url('bench'), { poolSize: 8 });
  await ds.initialize();
  await migrate(ds);
  await ds.transaction((m) => seedDemo(m));
  const setupStart = performance.now();
  let t = performance.now();
  const province = await ds.transaction((m) => seedSynthetic(m, { cadres: CADRES, code: 'BENCH' }));
  log(`setup: synthetic province of ${CADRES.toLocaleString()} cadres in ${seconds(performance.now() - t)}`);

  // A user who runs the cycle over the synthetic province.
  const [user] = (await ds.query(`INSERT INTO user_account (username, display_name, password_hash) VALUES ('bench', 'bench', $1) RETURNING id`, [
    await hashPassword('bench-password'),
  ])) as Array<{ id: string }>;
  for (const role of ['ORG_ADMIN', 'ASSESSOR']) {
    await ds.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [user!.id, role, province.rootId]);
  }
  await ds.query(`INSERT INTO auth_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [hashToken('bench'), user!.id]);
  const viewer = (await loadViewer(ds.manager, { tokenHash: hashToken('bench'), now: new Date() }))!;
  const now = () => new Date('2026-01-10T09:00:00+08:00');
  const cycles = new CycleService(ds, now, new WorkflowEngine(ds, now));
  const grading = new GradingService(ds, now);

  // One published indicator scheme per city and county category (GDP at 0 for the ecological counties), pinned by the cycle.
  t = performance.now();
  const indicators = new IndicatorService(ds, now);
  const scheme = exampleCountyScheme();
  for (const category of ['CITY_STRONG_ECONOMY', 'CITY_RURAL_REVITALISATION', 'CITY_ETHNIC_REGION', 'COUNTY_DISTRICT', 'COUNTY_RURAL_REVITALISATION', 'COUNTY_ECOLOGICAL_PROTECTION']) {
    const tree = structuredClone(scheme);
    if (category === 'COUNTY_ECOLOGICAL_PROTECTION') {
      for (const ind of tree.dimensions.find((d) => d.key === 'COORDINATION')!.indicators) ind.weight = ind.gdp ? 0 : 100;
    }
    const draft = await indicators.saveDraft(viewer, { jurisdictionId: province.rootId, category, name: `bench ${category}`, tree: tree as never, note: '' });
    await indicators.publish(viewer, draft.id, '2025-01-01');
  }
  log(`setup: 6 indicator schemes published in ${seconds(performance.now() - t)}`);

  t = performance.now();
  const cycle = await cycles.planCycle(viewer, {
    kind: 'ANNUAL',
    name: 'bench',
    year: 2025,
    organisationId: province.rootId,
    deadlines: { selfReportDue: '2026-01-20T10:00:00Z', evaluationDue: null, reviewDue: null, finishBy: '2026-03-30T10:00:00Z' },
  });
  await cycles.enrol(viewer, cycle.id, { organisationIds: [province.rootId], includeSubtree: true, includeTeams: true });
  log(`setup: cycle planned and ${CADRES.toLocaleString()} cadres plus their teams enrolled in ${seconds(performance.now() - t)}`);

  // Straight to synthesis (setup only): the snapshot the machine reaches on the normal path.
  t = performance.now();
  for (const subject of ['CADRE', 'TEAM'] as const) {
    let [snapshot] = initialTransition(annualMachine, { subject, scale: subject, overlay: 'NONE' });
    for (const type of ['START_SELF_REPORT', 'SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION'] as const) {
      const at = '2026-01-10T01:00:00.000Z';
      // Every rater below is invited to every assessment and has voted: the turnout is met.
      [snapshot] = transition(annualMachine, snapshot, type === 'CLOSE_BALLOTS' ? { type, turnout: { invited: BALLOTS, returned: BALLOTS, minimumPercent: 80 }, at } : { type, at });
    }
    await ds.query(`UPDATE assessment SET state = 'synthesis', snapshot = $2 WHERE cycle_id = $1 AND overlay = 'NONE' AND (kind = 'TEAM_ANNUAL') = $3`, [
      cycle.id,
      JSON.stringify(persist(snapshot)),
      subject === 'TEAM',
    ]);
  }
  const raters: Array<{ id: string; username: string }> = await ds.query(
    `INSERT INTO user_account (username, display_name, password_hash) SELECT 'bench.rater.' || g, '测评人' || g, 'x' FROM generate_series(1, $1::int) g RETURNING id, username`,
    [BALLOTS],
  );
  // Rater n is bench.rater.n (not the order of random ids): two runs on the same sizes cast the same ballots, so their results can be compared.
  raters.sort((a, b) => Number(a.username.split('.').at(-1)) - Number(b.username.split('.').at(-1)));
  // The bulk of the set-up (30 ballots and invitations per assessment: 30 million at 1,000,000 cadres), set-based on one connection:
  // foreign-key triggers off for the load (every id comes from rows just read), the two tables' indexes dropped and built again after
  // (a sort instead of one random insert per row into a uuid index), invitations, ballots and their running tallies in one statement.
  // Every figure hangs on a stable key (the cadre's number or the unit's code), so two runs on the same sizes grade the same data.
  const bulk = ds.createQueryRunner();
  await bulk.connect();
  try {
    await bulk.query(`SET session_replication_role = replica`);
    await bulk.query(`SET synchronous_commit = off`);
    await bulk.query(`SET maintenance_work_mem = '256MB'`);
    const constraints: Array<{ table: string; name: string; def: string }> = await bulk.query(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid IN ('ballot'::regclass, 'rater_invitation'::regclass) AND contype IN ('p', 'u')`,
    );
    const indexes: Array<{ name: string; def: string }> = await bulk.query(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
        WHERE tablename IN ('ballot', 'rater_invitation') AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    );
    for (const c of constraints) await bulk.query(`ALTER TABLE ${c.table} DROP CONSTRAINT ${c.name}`);
    for (const i of indexes) await bulk.query(`DROP INDEX ${i.name}`);
    await bulk.query(
      `WITH raters AS (SELECT id, n FROM unnest($2::uuid[]) WITH ORDINALITY AS r(id, n)),
            targets AS (
              SELECT a.id, coalesce(c.person_no, o.code) AS key FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
               WHERE a.cycle_id = $1 AND a.state = 'synthesis'
            ),
            invited AS (
              INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_at, voted)
              SELECT t.id, r.id, (ARRAY['SUPERIOR','PEER','PEER','SUBORDINATE','SUBORDINATE','SERVICE_RECIPIENT'])[1 + r.n % 6], now(), true
                FROM targets t CROSS JOIN raters r
              RETURNING assessment_id, rater_group, rater_user_id
            ),
            cast_ AS (
              INSERT INTO ballot (assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on)
              SELECT i.assessment_id, i.rater_group, s, s, s - 2, s + 1, s,
                     CASE WHEN s >= 90 THEN 'EXCELLENT' WHEN s >= 70 THEN 'COMPETENT' WHEN s >= 60 THEN 'BASICALLY_COMPETENT' ELSE 'INCOMPETENT' END, '2026-01-10'
                FROM invited i JOIN targets t ON t.id = i.assessment_id JOIN raters r ON r.id = i.rater_user_id
                CROSS JOIN LATERAL (SELECT (62 + (abs(hashtext(t.key || '/' || r.n)) % 36))::numeric AS s) x
              RETURNING assessment_id, rater_group, morality, ability, diligence, results, integrity, overall
            )
       -- The running tallies, as casting each ballot would have kept them.
       INSERT INTO ballot_tally
       SELECT assessment_id, rater_group, count(*), sum((morality + ability + diligence + results + integrity) / 5),
              sum(morality), sum(ability), sum(diligence), sum(results), sum(integrity),
              count(*) FILTER (WHERE overall = 'EXCELLENT'), count(*) FILTER (WHERE overall IN ('EXCELLENT', 'COMPETENT')),
              count(*) FILTER (WHERE overall = 'INCOMPETENT')
         FROM cast_ GROUP BY assessment_id, rater_group`,
      [cycle.id, raters.map((r) => r.id)],
    );
    for (const c of constraints) await bulk.query(`ALTER TABLE ${c.table} ADD CONSTRAINT ${c.name} ${c.def}`);
    for (const i of indexes) await bulk.query(i.def);
    await bulk.query(`SET session_replication_role = origin`);
  } finally {
    await bulk.release();
  }
  log(`setup: invitations, ballots and tallies in ${seconds(performance.now() - t)}`);
  await ds.query(
    `INSERT INTO score_input (assessment_id, component, value, source, recorded_at)
     SELECT a.id, c.component, 60 + (abs(hashtext(coalesce(p.person_no, o.code) || c.component)) % 40), 'bench', now()
       FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre p ON p.id = a.cadre_id
       CROSS JOIN (VALUES ('WORK_RESULTS'), ('DEVELOPMENT'), ('PUBLIC_SURVEY'), ('OTHER_INDICATORS')) c(component)
      WHERE a.cycle_id = $1 AND a.state = 'synthesis'`,
    [cycle.id],
  );
  // Indicator figures of every city and county (a spread around each indicator's baseline and target) and the leadership members' responsibilities.
  const list = indicatorsOf(scheme);
  const span = list.map((i) => {
    const marks = i.method === 'THRESHOLDS' ? (i.bands ?? []).map((b) => b.threshold) : i.method === 'RANK_AMONG_PEERS' ? [0, 50] : [i.baseline, i.target];
    const lo = Math.min(...marks);
    const hi = Math.max(...marks);
    return { code: i.code, lo: lo - (hi - lo) * 0.2, hi: hi + (hi - lo) * 0.2 };
  });
  await ds.query(
    `INSERT INTO indicator_value (cycle_id, subject_type, subject_id, indicator_code, value, period, source, recorded_at)
     SELECT $1, 'ORGANISATION', o.id, i.code, round((i.lo + (abs(hashtext(o.code || i.code)) % 1000) / 1000.0 * (i.hi - i.lo))::numeric, 2), '2025', 'bench', now()
       FROM organisation o CROSS JOIN unnest($3::text[], $4::float8[], $5::float8[]) AS i(code, lo, hi)
      WHERE o.path LIKE $2 AND o.kind IN ('CITY', 'COUNTY')`,
    [cycle.id, `/${province.rootId}/%`, span.map((x) => x.code), span.map((x) => x.lo), span.map((x) => x.hi)],
  );
  await ds.query(
    `INSERT INTO indicator_responsibility (cycle_id, cadre_id, indicator_code, assigned_at)
     SELECT DISTINCT $1::uuid, a.cadre_id, r.indicator_code, now()
       FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
       CROSS JOIN LATERAL unnest(CASE WHEN c.post = '主要负责人' THEN $2::text[]
                                      ELSE ARRAY[($2::text[])[1 + abs(hashtext(c.person_no)::bigint) % cardinality($2::text[])], ($2::text[])[1 + (abs(hashtext(c.person_no)::bigint) + 5) % cardinality($2::text[])]] END) AS r(indicator_code)
      WHERE a.cycle_id = $1 AND o.kind IN ('CITY', 'COUNTY') AND c.post IN ('主要负责人', '副职领导')`,
    [cycle.id, span.map((x) => x.code)],
  );
  // As the tables stand in service long after the ballots were cast (autovacuum has been by): hint bits set, visibility map current.
  await ds.query(`VACUUM ANALYZE`);
  const [{ ballots }] = (await ds.query(`SELECT count(*)::int AS ballots FROM ballot`)) as [{ ballots: number }];
  const [{ figures, members }] = (await ds.query(
    `SELECT (SELECT count(*) FROM indicator_value)::int AS figures, (SELECT count(DISTINCT cadre_id) FROM indicator_responsibility)::int AS members`,
  )) as [{ figures: number; members: number }];
  log(`setup: ${ballots.toLocaleString()} ballots, invitations, component scores, ${figures.toLocaleString()} indicator figures and ${members.toLocaleString()} members' responsibilities in ${seconds(performance.now() - t)}`);

  // --profile: the time of each statement the run sends, by its first words (the heaviest first).
  const profile = new Map<string, { n: number; ms: number }>();
  // At the driver, so the prepared statements (server/common/sql.ts preparedQuery) are counted too.
  if (process.env.BENCH_PROFILE)
    await timeStatements(110, (key, _at, ms) => {
      const p = profile.get(key) ?? { n: 0, ms: 0 };
      profile.set(key, { n: p.n + 1, ms: p.ms + ms });
    });
  const setupMs = performance.now() - setupStart;
  log(`setup: ${seconds(setupMs)} in all`);
  if (process.env.BENCH_HOLD) {
    // Set-up only: the database stays up, ungraded, for runs of scripts/bench/grading-attach.ts (each a process of its own, on the code built then).
    log(`BENCH_HOLD: ${pg.url('bench')} ${cycle.id} ${dir}; stop this process to clean up`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await ds.destroy();
    await pg.stop();
    await fs.rm(dir, { recursive: true, force: true });
    process.exit(0);
  }
  peakRss = process.memoryUsage().rss;
  const before = peakRss;
  const pgBefore = postgresCpuSeconds(dir);
  const cpuBefore = process.cpuUsage();
  t = performance.now();
  const run = await grading.gradeCycle(viewer, cycle.id);
  const total = performance.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  const nodeCpu = (cpu.user + cpu.system) / 1e6;
  const pgCpu = postgresCpuSeconds(dir) - pgBefore;
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  log('');
  log(`grading ${run.graded.toLocaleString()} assessments (${ballots.toLocaleString()} ballots), one run:`);
  for (const [phase, ms] of Object.entries(run.millis)) log(`  ${phase.padEnd(8)} ${seconds(ms)}`);
  log(`  total    ${seconds(total)}`);
  const [{ rolled }] = (await ds.query(`SELECT count(DISTINCT assessment_id)::int AS rolled FROM indicator_rollup`)) as [{ rolled: number }];
  log(`  scheme   ${rolled.toLocaleString()} assessments with scheme-computed components`);
  // The reads restructured for the province-scale work against the statements they replaced (main 3e3923e), on 2,500 assessments spread over the cycle,
  // after the run (so the result versions are there to read): the same rows, whatever the order.
  {
    const sample = ((await ds.query(`SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM assessment WHERE cycle_id = $1) x WHERE n % $2 = 0 LIMIT 2500`, [
      cycle.id,
      Math.max(1, Math.floor(run.graded / 2500)),
    ])) as Array<{ id: string }>).map((r) => r.id);
    const same = (a: unknown[], b: unknown[]) => {
      const key = (rows: unknown[]) => rows.map((r) => JSON.stringify(Object.entries(r as object).sort())).sort();
      return JSON.stringify(key(a)) === JSON.stringify(key(b));
    };
    const checks = await ds.transaction(async (m) => {
      const previous = {
        tallies: await m.query(
          `SELECT assessment_id, rater_group, n, sum_mean::float8 AS counted_sum, n AS counted_n,
                  (sum_morality / n)::float8 AS morality, (sum_ability / n)::float8 AS ability, (sum_diligence / n)::float8 AS diligence,
                  (sum_results / n)::float8 AS results, (sum_integrity / n)::float8 AS integrity,
                  excellent, excellent_or_competent, incompetent
             FROM ballot_tally WHERE assessment_id = ANY($1::uuid[])`,
          [sample],
        ),
        invited: await m.query(`SELECT assessment_id, rater_group, count(*)::int AS n FROM rater_invitation WHERE assessment_id = ANY($1::uuid[]) GROUP BY 1, 2`, [sample]),
        scores: await m.query(`SELECT assessment_id, component, value::float8 AS value FROM score_input WHERE assessment_id = ANY($1::uuid[])`, [sample]),
        scheme: await m.query(`SELECT assessment_id, key AS component, score::float8 AS value FROM indicator_rollup WHERE level = 'COMPONENT' AND assessment_id = ANY($1::uuid[])`, [sample]),
        versions: await m.query(`SELECT assessment_id, max(version)::int AS v FROM grading_result WHERE assessment_id = ANY($1::uuid[]) GROUP BY 1`, [sample]),
      };
      const invited = await invitedCounts(m, sample);
      const { scores, schemeScores } = await componentScores(m, sample);
      const versions = await resultVersions(m, sample);
      return {
        tallies: same(previous.tallies, await groupAggregates(m, sample, false)),
        invited: same(previous.invited, [...invited].flatMap(([id, groups]) => Object.entries(groups).map(([g, n]) => ({ assessment_id: id, rater_group: g, n })))),
        scores: same(previous.scores, scores),
        scheme: same(previous.scheme, schemeScores),
        versions: same(previous.versions, [...versions].map(([id, v]) => ({ assessment_id: id, v }))),
      };
    });
    const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([name]) => name);
    log(`  check    ${sample.length.toLocaleString()} assessments' tallies, invitations, scores, scheme scores and versions read as the previous statements read them: ${failed.length ? `DIFFERENT (${failed.join(', ')})` : 'the same'}`);
    if (failed.length) process.exitCode = 1;
  }
  if (process.env.BENCH_DUMP) {
    // The results the run wrote, keyed by what the set-up derives them from (the cadre's number, the unit's code): two runs compare with diff.
    const dumped: Array<{ line: string }> = await ds.query(
      `SELECT concat_ws(' ', coalesce(c.person_no, o.code), a.kind, g.version, g.grade, g.score, g.components, g.gates, g.flags, g.quota, g.evaluation) AS line
         FROM grading_result g JOIN assessment a ON a.id = g.assessment_id JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
        WHERE a.cycle_id = $1 ORDER BY 1`,
      [cycle.id],
    );
    await fs.writeFile(process.env.BENCH_DUMP, dumped.map((r) => r.line).join('\n') + '\n');
    log(`  dump     ${dumped.length.toLocaleString()} results written to ${process.env.BENCH_DUMP}`);
  }
  log(`  grades   ${run.byGrade.map((g) => `${g.grade} ${g.count.toLocaleString()}`).join(', ')}`);
  log(`  memory   peak RSS ${(maxRss / 2 ** 20).toFixed(0)} MB (before the run: ${(before / 2 ** 20).toFixed(0)} MB)`);
  log(`  per 1,000 cadres ${(total / (CADRES / 1000)).toFixed(0)} ms`);
  log(`  CPU      ${nodeCpu.toFixed(2)} s in this process, ${pgCpu.toFixed(2)} s in PostgreSQL (load average ${os.loadavg()[0]!.toFixed(1)} at the end)`);
  console.log(`RESULT ${JSON.stringify({ cadres: CADRES, assessments: run.graded, ballots, setupMs, runMs: total, nodeCpu, pgCpu, peakMb: Math.round(maxRss / 2 ** 20) } satisfies SizeResult)}`);
  for (const [sql, p] of [...profile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) log(`  ${seconds(p.ms)} ${p.n}x ${sql}`);
  if (process.env.BENCH_KEEP) {
    // For EXPLAIN by hand: the database stays up (graded once) until this process is stopped.
    log(`BENCH_KEEP: ${pg.url('bench')} (cycle ${cycle.id}); stop this process to clean up`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
  await ds.destroy();
} finally {
  clearInterval(sampler);
  await pg.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
