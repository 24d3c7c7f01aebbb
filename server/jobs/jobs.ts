import PgBoss from 'pg-boss';
import type { Services } from '../services.js';

export const DEADLINE_SWEEP = 'deadline-sweep';
export const REMINDERS = 'self-report-reminders';
export const MAIL_DELIVERY = 'mail-delivery';
export const MAIL_DIGEST = 'mail-digest';
export const ESCALATIONS = 'overdue-escalations';
export const GRADING_RUN = 'grading-run';

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
  await boss.createQueue(MAIL_DELIVERY, { name: MAIL_DELIVERY, policy: 'singleton', retryLimit: 0, expireInSeconds: 600 });
  await boss.createQueue(MAIL_DIGEST, { name: MAIL_DIGEST, policy: 'singleton', retryLimit: 3 });
  await boss.createQueue(ESCALATIONS, { name: ESCALATIONS, policy: 'singleton', retryLimit: 3 });
  // A grading run started from the browser: the run record is claimed once (QUEUED → RUNNING), so a retry never grades twice.
  await boss.createQueue(GRADING_RUN, { name: GRADING_RUN, retryLimit: 0, expireInSeconds: 3600 });
  if (options.schedule ?? true) {
    await boss.schedule(DEADLINE_SWEEP, '* * * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.schedule(REMINDERS, '0 9 * * *', {}, { tz: 'Asia/Shanghai' });
    // The outbox is swept every minute (retries wait out their back-off there); digests at the configured Beijing hour.
    await boss.schedule(MAIL_DELIVERY, '* * * * *', {}, { tz: 'Asia/Shanghai' });
    await boss.schedule(MAIL_DIGEST, `0 ${services.outbox.settings.digestHour} * * *`, {}, { tz: 'Asia/Shanghai' });
    await boss.schedule(ESCALATIONS, '0 9 * * *', {}, { tz: 'Asia/Shanghai' });
  }
  await boss.work(DEADLINE_SWEEP, { pollingIntervalSeconds: 2 }, async () => {
    // The one runner, over every instance table registered with it (services.ts).
    const result = await services.deadlines.run();
    if (result.fired || result.skipped) log(`[jobs] deadlines: ${result.fired} fired, ${result.skipped} waiting on an open matter`);
    // Grading runs whose process died (no heartbeat within the lease) no longer block their cycle.
    await services.gradingRuns.sweepStale();
  });
  await boss.work(REMINDERS, { pollingIntervalSeconds: 30 }, async () => {
    // The one reminder job, driven by each machine's reminder data.
    const sent = await services.reminders.send();
    if (sent) log(`[jobs] ${sent} reminders sent`);
  });
  await boss.work(MAIL_DELIVERY, { pollingIntervalSeconds: 5 }, async () => {
    // Each row is claimed under a lease and retried with its own back-off: the job itself is never retried.
    const run = await services.outbox.deliver();
    if (run.sent || run.retrying || run.failed || run.expired) log(`[jobs] e-mail: ${run.sent} sent, ${run.retrying} to retry, ${run.failed} failed, ${run.expired} expired`);
  });
  await boss.work(MAIL_DIGEST, { pollingIntervalSeconds: 30 }, async () => {
    const queued = await services.outbox.queueDigests();
    if (queued) log(`[jobs] ${queued} daily digests queued`);
    await services.outbox.deliver();
  });
  await boss.work(ESCALATIONS, { pollingIntervalSeconds: 30 }, async () => {
    const run = await services.escalations.run();
    if (run.escalated) log(`[jobs] ${run.escalated} overdue steps escalated, ${run.notified} people notified`);
    await services.outbox.deliver();
  });
  await boss.work<{ runId: string }>(GRADING_RUN, { pollingIntervalSeconds: 2 }, async ([job]) => {
    if (job) await services.gradingRuns.execute(job.data.runId);
  });
  services.gradingRuns.useQueue(async (runId) => void (await boss.send(GRADING_RUN, { runId })));
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
