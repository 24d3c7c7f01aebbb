import 'reflect-metadata';
import fs from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import type { Logger } from 'typeorm';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/data-source.js';
import type { ChildMessage, ParentMessage, ServerStats } from './protocol.js';

/**
 * The server under test, in a process of its own (forked by transitions.ts):
 * the real Express + Apollo app from `createApp`, on its own DataSource, so
 * that its memory is measured alone and the load generator does not share
 * its event loop. Talks to the parent over the IPC channel only.
 */

const url = process.env.BENCH_DATABASE_URL;
if (!url || !process.send) {
  console.error('server-child.ts is started by scripts/bench/transitions.ts (fork, with BENCH_DATABASE_URL)');
  process.exit(2);
}
const send = (message: ChildMessage) => process.send?.(message);

let queries = 0;
const traceLimit = Number(process.env.BENCH_TRACE_SQL || 0);
let trace: string[] = [];
let cpuAtReset = process.cpuUsage();
let errorsLogged = 0;
let firstErrors: string[] = [];
/** Counts the SQL statements the app sends (TypeORM hands every query to a custom logger). */
const logger: Logger = {
  logQuery: (query, parameters) => {
    queries++;
    if (trace.length < traceLimit) trace.push(`${query.replace(/\s+/g, ' ').trim()}${parameters?.length ? `  -- ${parameters.length} params` : ''}`);
  },
  logQueryError: (error) => {
    errorsLogged++;
    if (firstErrors.length < 5) firstErrors.push(`[sql] ${String(error)}`);
  },
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

const poolSize = Number(process.env.BENCH_POOL_SIZE || 20);
const dataSource = createDataSource(url, { poolSize, applicationName: 'cadre-bench-server', logger });
await dataSource.initialize();
const config = { ...loadConfig(process.env), databaseUrl: url };
/** The server's clock: the real time, shifted by what the parent sets (`clock`), so a bench can open a notice "a fortnight ago". */
let clockOffsetMs = 0;
const app = await createApp({
  dataSource,
  config,
  now: () => new Date(Date.now() + clockOffsetMs),
  log: (message) => {
    errorsLogged++;
    if (firstErrors.length < 5) firstErrors.push(message.slice(0, 2000));
  },
});
const port = await app.listen(0, '127.0.0.1');
let requests = 0;
// Before Express's own listener, which trims the mount path off req.url.
app.httpServer.prependListener('request', (req: { url?: string }) => {
  if (req.url?.startsWith('/graphql')) requests++;
});

// Peak RSS, sampled every 100 ms (reset at the start of the measured phase).
let peakRss = process.memoryUsage.rss();
let samples = 0;
const sampler = setInterval(() => {
  const rss = process.memoryUsage.rss();
  samples++;
  if (rss > peakRss) peakRss = rss;
}, 100);
sampler.unref();

async function vmHwm(): Promise<number | null> {
  const status = await fs.readFile('/proc/self/status', 'utf8').catch(() => '');
  const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

let session: Session | null = null;

async function stats(): Promise<ServerStats> {
  const memory = process.memoryUsage();
  if (memory.rss > peakRss) peakRss = memory.rss;
  const cpu = process.cpuUsage(cpuAtReset);
  return {
    peakRss,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    vmHwm: await vmHwm(),
    queries,
    requests,
    errorsLogged,
    firstErrors,
    samples,
    cpuMicros: cpu.user + cpu.system,
    cpuSystemMicros: cpu.system,
    trace,
  };
}

process.on('message', (raw: ParentMessage) => {
  void (async () => {
    switch (raw.type) {
      case 'reset':
        peakRss = process.memoryUsage.rss();
        samples = 0;
        queries = 0;
        requests = 0;
        errorsLogged = 0;
        firstErrors = [];
        trace = [];
        cpuAtReset = process.cpuUsage();
        send({ type: 'reset-done' });
        break;
      case 'profile-start':
        session = new Session();
        session.connect();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: raw.intervalMicros });
        await session.post('Profiler.start');
        send({ type: 'profile-started' });
        break;
      case 'profile-stop': {
        if (!session) {
          send({ type: 'profile-stopped', path: null });
          break;
        }
        const { profile } = (await session.post('Profiler.stop')) as { profile: Profiler.Profile };
        session.disconnect();
        session = null;
        await fs.writeFile(raw.path, JSON.stringify(profile));
        send({ type: 'profile-stopped', path: raw.path });
        break;
      }
      case 'clock':
        clockOffsetMs = raw.offsetMs;
        send({ type: 'clock-set' });
        break;
      case 'stats':
        send({ type: 'stats', stats: await stats() });
        break;
      case 'stop':
        clearInterval(sampler);
        await app.stop().catch(() => undefined);
        await dataSource.destroy().catch(() => undefined);
        send({ type: 'stopped' });
        process.disconnect?.();
        process.exit(0);
    }
  })().catch((error: unknown) => {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
// The parent went away without saying stop: do not linger.
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', port, pid: process.pid });
