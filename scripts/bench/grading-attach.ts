/**
 * `node dist/scripts/bench/grading-attach.js <url> <cycle id> <data dir>`: one grading run of the cycle a
 * `BENCH_HOLD=1 npm run bench:grading -- --cadres N` set-up holds (a process of its own, on the code built
 * now, so one long set-up serves an A/B). Prints the phases, the CPU seconds of this process and of
 * PostgreSQL and the peak RSS. A second run grades the same rows again (as version 2).
 */
import 'reflect-metadata';
import os from 'node:os';
import { createDataSource } from '../../server/db/data-source.js';
import { hashToken, loadViewer } from '../../server/auth/auth.service.js';
import { GradingService } from '../../server/grading/grading.service.js';
import { postgresCpuSeconds } from './postgres-cpu.js';
import { timeStatements } from './statement-timer.js';

const [url, cycleId, dir] = process.argv.slice(2);
// BENCH_PROFILE=1: each statement's mean time per call in the first and the last third of the run (a statement that grows with the
// cycle, or with what the run has written so far, costs more late than early), measured at the driver, prepared ones included.
const calls: Array<{ key: string; at: number; ms: number }> = [];
if (process.env.BENCH_PROFILE) await timeStatements(90, (key, at, ms) => calls.push({ key, at, ms }));
if (!url || !cycleId || !dir) throw new Error('usage: grading-attach <url> <cycle id> <data dir>');
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const ds = createDataSource(url, { poolSize: 8 });
await ds.initialize();
const viewer = (await loadViewer(ds.manager, { tokenHash: hashToken('bench'), now: new Date() }))!;
const now = () => new Date('2026-01-10T09:00:00+08:00');
const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1`, [cycleId])) as [{ n: number }];
const before = peakRss;
const pgBefore = postgresCpuSeconds(dir);
const cpuBefore = process.cpuUsage();
const t = performance.now();
const grading = new GradingService(ds, now);
// Every tenth of the run: how far, the time per 1,000 graded so far and the peak RSS (a run stopped early still tells its cost and memory).
let shown = 0;
const run = await grading.gradeCycle(viewer, cycleId, (phase, done, all) => {
  if (phase !== 'GRADING' || done < shown + all / 10) return;
  shown = done;
  const ms = performance.now() - t;
  console.log(`  progress ${done.toLocaleString()} of ${all.toLocaleString()} in ${(ms / 1000).toFixed(1)} s (${(ms / (done / 1000)).toFixed(0)} ms per 1,000), peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB`);
});
const total = performance.now() - t;
const cpu = process.cpuUsage(cpuBefore);
const pgCpu = postgresCpuSeconds(dir) - pgBefore;
const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
clearInterval(sampler);
console.log(`grading ${run.graded.toLocaleString()} of ${n.toLocaleString()} assessments:`);
for (const [phase, ms] of Object.entries(run.millis)) console.log(`  ${phase.padEnd(8)} ${(ms / 1000).toFixed(2)} s`);
console.log(`  total    ${(total / 1000).toFixed(2)} s; per 1,000 assessments ${(total / (n / 1000)).toFixed(0)} ms`);
console.log(`  CPU      ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s in this process, ${pgCpu.toFixed(2)} s in PostgreSQL (load average ${os.loadavg()[0]!.toFixed(1)})`);
console.log(`  memory   peak RSS ${(maxRss / 2 ** 20).toFixed(0)} MB (before the run ${(before / 2 ** 20).toFixed(0)} MB)`);
console.log(`  grades   ${run.byGrade.map((g) => `${g.grade} ${g.count}`).join(', ')}`);
if (calls.length) {
  const third = total / 3;
  const stats = new Map<string, { early: number[]; late: number[]; ms: number }>();
  for (const c of calls.filter((call) => call.at >= t)) {
    const s = stats.get(c.key) ?? { early: [], late: [], ms: 0 };
    s.ms += c.ms;
    if (c.at - t < third) s.early.push(c.ms);
    else if (c.at - t > 2 * third) s.late.push(c.ms);
    stats.set(c.key, s);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  console.log('  statement (total; mean per call in the first third → the last third):');
  for (const [key, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 16)) {
    console.log(`  ${(s.ms / 1000).toFixed(1)} s  ${mean(s.early).toFixed(0)} → ${mean(s.late).toFixed(0)} ms (${s.early.length}/${s.late.length} calls)  ${key}`);
  }
}
await ds.destroy();
