import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEADLINE_SWEEP, startJobs, type JobRunner } from '../../server/jobs/jobs.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const runners: JobRunner[] = [];

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-LS');
});
afterAll(async () => {
  for (const r of runners) await r.stop();
  await t?.close();
});

describe('the deadline job on pg-boss', () => {
  it('with two job runners (two server processes) on one database, a due deadline fires exactly once', async () => {
    const log: string[] = [];
    for (let i = 0; i < 2; i++) runners.push(await startJobs(t.databaseUrl, t.app.services, (line) => log.push(`${i}: ${line}`), { schedule: false }));
    const [{ n: due }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE due_event = 'MARK_SELF_REPORT_OVERDUE'`)) as [{ n: number }];
    expect(due).toBeGreaterThan(10);
    // The deadline passes (the services read the injected clock); both runners are asked to sweep at once.
    t.clock.set(new Date('2026-01-21T09:00:00+08:00'));
    await Promise.all([runners[0]!.boss.send(DEADLINE_SWEEP, {}), runners[1]!.boss.send(DEADLINE_SWEEP, {})]);
    for (let i = 0; i < 100; i++) {
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE state = 'selfReport.overdue'`)) as [{ n: number }];
      // The runner logs once its sweep has returned, a moment after the rows are committed.
      if (n === due && log.some((l) => l.includes('fired'))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [{ overdue, audits }] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM assessment WHERE state = 'selfReport.overdue') AS overdue,
              (SELECT count(*)::int FROM audit_log WHERE action = 'MARK_SELF_REPORT_OVERDUE') AS audits`,
    )) as [{ overdue: number; audits: number }];
    expect(overdue).toBe(due);
    expect(audits).toBe(due);
    expect(log.filter((l) => l.includes('fired'))).toHaveLength(1);
  });

  it('reminds cadres whose self-report falls due within three days, once a day', async () => {
    t.clock.set(new Date('2026-01-18T09:00:00+08:00'));
    const t2 = await startTestApp({ config: { sessionHours: 24 * 365 } });
    try {
      t2.clock.set(new Date('2026-01-06T09:00:00+08:00'));
      await openCycleFor(t2, await t2.signIn('orgadmin'), 'QH-TN-DJ');
      const reminders = await t2.app.services.reminders.send(new Date('2026-01-18T09:00:00+08:00'));
      expect(reminders).toBe(1); // only the demo cadre of 东江区 has an account
      expect(await t2.app.services.reminders.send(new Date('2026-01-18T12:00:00+08:00'))).toBe(0);
      expect(await t2.app.services.reminders.send(new Date('2026-01-19T09:00:00+08:00'))).toBe(1);
    } finally {
      await t2.close();
    }
  });
});
