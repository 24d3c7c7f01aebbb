import PgBoss from 'pg-boss';
import type { Services } from '../services.js';

export const DEADLINE_SWEEP = 'deadline-sweep';
export const REMINDERS = 'self-report-reminders';

export interface JobRunner {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/**
 * Deadlines are data (assessment.due_at, outcome_task.due_at); pg-boss, a job queue on PostgreSQL,
 * runs the sweep that fires them. Its cron schedule is cluster-wide and the
 * sweep queue is a singleton, so with several server processes one sweep runs
 * at a time; the sweep itself claims rows with SKIP LOCKED and the transition
 * step's version check stops any double firing. Nothing relies on in-memory
 * timers, so a restart loses nothing.
 */
export async function startJobs(connectionString: string, services: Services, log: (line: string) => void, options: { schedule?: boolean } = {}): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 3, application_name: 'cadre-assessment-jobs', schedule: options.schedule ?? true });
  boss.on('error', (error: Error) => log(`[jobs] ${error.message}`));
  await boss.start();
  await boss.createQueue(DEADLINE_SWEEP, { name: DEADLINE_SWEEP, policy: 'singleton', retryLimit: 3, expireInSeconds: 300 });
  await boss.createQueue(REMINDERS, { name: REMINDERS, policy: 'singleton', retryLimit: 3 });
  if (options.schedule ?? true) {
    await boss.schedule(DEADLINE_SWEEP, '* * * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.schedule(REMINDERS, '0 9 * * *', {}, { tz: 'Asia/Shanghai' });
  }
  await boss.work(DEADLINE_SWEEP, { pollingIntervalSeconds: 2 }, async () => {
    // The one runner, over every instance table registered with it (services.ts).
    const result = await services.deadlines.run();
    if (result.fired || result.skipped) log(`[jobs] deadlines: ${result.fired} fired, ${result.skipped} waiting on an open matter`);
  });
  await boss.work(REMINDERS, { pollingIntervalSeconds: 30 }, async () => {
    // The one reminder job, driven by each machine's reminder data.
    const sent = await services.reminders.send();
    if (sent) log(`[jobs] ${sent} reminders sent`);
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
