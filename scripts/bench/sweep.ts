/**
 * `npm run bench:sweep [-- --notices 10000]`
 *
 * The deadline sweep over public notices that all end at the same minute:
 * against a throw-away embedded PostgreSQL, a synthetic province of five
 * cadres per notice is enrolled in an annual cycle and every fifth cadre of
 * each unit is put on public notice for EXCELLENT (one in ten of those with
 * an objection still open, one in ten with one dismissed), all due at
 * 2026-03-07 00:00 Beijing time. Then one run of the deadline job closes
 * them (chunks of 5,000, one transaction each): prints the time, the
 * statements sent to the database, the outcome (decided, back to the
 * committee, waiting for an objection) and what followed (result versions,
 * notifications, outcome tasks, audit rows). Measures; never fails on a
 * missed target.
 *
 * Setup shortcut, not measured: the notices' snapshots are the pure
 * machine's on the normal path (test/fixtures/notice-snapshots.ts), written
 * with one UPDATE per kind of notice.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashPassword, hashToken, loadViewer } from '../../server/auth/auth.service.js';
import { CycleService } from '../../server/cycles/cycle.service.js';
import { ensureDatabase } from '../../server/db/bootstrap.js';
import { createDataSource, migrate } from '../../server/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { seedDemo } from '../../server/seed/demo.js';
import { seedSynthetic } from '../../server/seed/synthetic.js';
import { createServices } from '../../server/services.js';
import { WorkflowEngine } from '../../server/workflow/engine.js';
import { noticeSnapshot } from '../../test/fixtures/notice-snapshots.js';
import { postgresCpuSeconds } from './postgres-cpu.js';

const { values } = parseArgs({ options: { notices: { type: 'string', default: '10000' } } });
const NOTICES = Number(values.notices);
const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// Every statement any pooled client sends (transaction control included).
let statements = 0;
// BENCH_PROFILE=1: the time of each statement by its first words (the heaviest first).
const profile = new Map<string, { n: number; ms: number }>();
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  const result = (query as (...a: unknown[]) => unknown).apply(this, args);
  if (process.env.BENCH_PROFILE && result instanceof Promise) {
    const t0 = performance.now();
    const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text);
    const key = text.replace(/\s+/g, ' ').slice(0, 110);
    void result.finally(() => {
      const p = profile.get(key) ?? { n: 0, ms: 0 };
      profile.set(key, { n: p.n + 1, ms: p.ms + performance.now() - t0 });
    }).catch(() => undefined);
  }
  return result;
} as typeof query;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-bench-sweep-'));
const server = await startEmbeddedPostgres(dir);
try {
  await ensureDatabase(server.url('postgres'), 'bench');
  const ds = createDataSource(server.url('bench'), { poolSize: 4 });
  await ds.initialize();
  await migrate(ds);
  await ds.transaction((m) => seedDemo(m));
  let t = performance.now();
  const cadres = NOTICES * 5;
  const province = await ds.transaction((m) => seedSynthetic(m, { cadres, code: 'BENCH' }));
  const [user] = (await ds.query(`INSERT INTO user_account (username, display_name, password_hash) VALUES ('bench', 'bench', $1) RETURNING id`, [
    await hashPassword('bench-password'),
  ])) as Array<{ id: string }>;
  for (const role of ['ORG_ADMIN', 'ASSESSOR']) await ds.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1, $2, $3)`, [user!.id, role, province.rootId]);
  await ds.query(`INSERT INTO auth_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [hashToken('bench'), user!.id]);
  const viewer = (await loadViewer(ds.manager, { tokenHash: hashToken('bench'), now: new Date() }))!;
  const due = new Date('2026-03-07T00:00:00+08:00');
  const now = () => due;
  const cycles = new CycleService(ds, now, new WorkflowEngine(ds, now));
  const cycle = await cycles.planCycle(viewer, {
    kind: 'ANNUAL',
    name: 'bench',
    year: 2025,
    organisationId: province.rootId,
    deadlines: { selfReportDue: '2026-01-20T10:00:00Z', evaluationDue: null, reviewDue: null, finishBy: '2026-03-30T10:00:00Z' },
  });
  await cycles.enrol(viewer, cycle.id, { organisationIds: [province.rootId], includeSubtree: true, includeTeams: true });
  // Every fifth cadre of each unit and rank goes on notice: one in ten with an objection open, one in ten with one dismissed.
  await ds.query(
    `CREATE TEMP TABLE on_notice AS
     SELECT id, row_number() OVER (ORDER BY id) AS k FROM (
       SELECT a.id, row_number() OVER (PARTITION BY a.organisation_id, a.rank_level ORDER BY a.id) AS n
         FROM assessment a WHERE a.cycle_id = $1 AND a.kind = 'CADRE_ANNUAL') x
      WHERE n % 5 = 1 LIMIT $2`,
    [cycle.id, NOTICES],
  );
  const window = { year: 2025, startsOn: '2026-03-02', endsOn: '2026-03-06' };
  for (const [kind, snapshot] of [
    [0, noticeSnapshot({ ...window, objections: { 'obj-1': 'OPEN' } })],
    [1, noticeSnapshot({ ...window, objections: { 'obj-1': 'DISMISSED' } })],
    [-1, noticeSnapshot(window)],
  ] as const) {
    await ds.query(
      `UPDATE assessment a SET state = 'publicNotice', snapshot = $1, proposed_grade = 'EXCELLENT', due_at = $2, due_event = 'CLOSE_NOTICE'
        FROM on_notice o WHERE o.id = a.id AND a.state <> 'publicNotice' AND ($3::int < 0 OR o.k % 10 = $3::int)`,
      [JSON.stringify(snapshot), due, kind === -1 ? -1 : kind],
    );
  }
  await ds.query(`ANALYZE`);
  const [{ notices }] = (await ds.query(`SELECT count(*)::int AS notices FROM assessment WHERE state = 'publicNotice' AND due_at = $1`, [due])) as [{ notices: number }];
  log(`setup: ${cadres.toLocaleString()} cadres enrolled and ${notices.toLocaleString()} notices due at ${due.toISOString()} in ${seconds(performance.now() - t)}`);

  const services = createServices(ds, { sessionHours: 12, lockout: { maxFailures: 5, minutes: 15 } }, now);
  const count = async () =>
    (await ds.query(
      `SELECT (SELECT count(*) FROM result_version)::int AS versions, (SELECT count(*) FROM notification)::int AS notifications,
              (SELECT count(*) FROM outcome_task)::int AS tasks, (SELECT count(*) FROM audit_log)::int AS audit`,
    )) as [{ versions: number; notifications: number; tasks: number; audit: number }];
  const [before] = await count();
  peakRss = process.memoryUsage().rss;
  statements = 0;
  profile.clear();
  const pgBefore = postgresCpuSeconds(dir);
  const cpuBefore = process.cpuUsage();
  t = performance.now();
  const run = await services.deadlines.run(due, ['assessment']);
  const total = performance.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  const pgCpu = postgresCpuSeconds(dir) - pgBefore;
  const sent = statements;
  const [after] = await count();
  const states: Array<{ state: string; n: number }> = await ds.query(`SELECT a.state, count(*)::int AS n FROM assessment a JOIN on_notice o ON o.id = a.id GROUP BY 1 ORDER BY 1`);
  log('');
  log(`deadline sweep over ${notices.toLocaleString()} notices due at the same minute, one run:`);
  log(`  time        ${seconds(total)} (${((total / notices) * 1000).toFixed(0)} µs per notice)`);
  log(`  CPU         ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s in this process, ${pgCpu.toFixed(2)} s in PostgreSQL (load average ${os.loadavg()[0]!.toFixed(1)} at the end)`);
  log(`  statements  ${sent.toLocaleString()} (${(sent / notices).toFixed(3)} per notice)`);
  log(`  fired       ${run.fired.toLocaleString()}, skipped ${run.skipped.toLocaleString()} (an objection still open: the notice waits)`);
  log(`  states      ${states.map((s) => `${s.state} ${s.n.toLocaleString()}`).join(', ')}`);
  log(
    `  followed    ${(after!.versions - before!.versions).toLocaleString()} result versions, ${(after!.notifications - before!.notifications).toLocaleString()} notifications, ` +
      `${(after!.tasks - before!.tasks).toLocaleString()} outcome tasks, ${(after!.audit - before!.audit).toLocaleString()} audit rows`,
  );
  log(`  memory      peak RSS ${(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20).toFixed(0)} MB`);
  log(`  target      10,000 notices in ≤ 30 s: ${notices >= 10_000 ? (total <= 30_000 ? 'met' : 'NOT met') : 'not measured at this size'}`);
  for (const [sql, p] of [...profile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) log(`  ${seconds(p.ms)} ${p.n}x ${sql}`);
  await ds.destroy();
} finally {
  clearInterval(sampler);
  await server.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
