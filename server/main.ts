import 'reflect-metadata';
import cluster from 'node:cluster';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, prepareDatabase } from './db/bootstrap.js';
import { startJobs, type JobRunner } from './jobs/jobs.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    // A setting out of range (e.g. AUDIT_RETENTION_MONTHS below 6) stops the start with its own message.
    console.error(`Refusing to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(config, log);
  } catch (error) {
    console.error(`Could not open the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let stopping = false;
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let jobs: JobRunner | null = null;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down …`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await jobs?.stop();
      await app?.stop();
      await db.close();
      log('Stopped cleanly.');
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  try {
    await prepareDatabase(db.dataSource, { seed: process.env.SEED_DEMO !== '0', log });
    app = await createApp({ dataSource: db.dataSource, config });
    if (process.env.JOBS !== '0') jobs = await startJobs(db.url, app.services, log);
    const port = await app.listen(config.port, process.env.HOST || '0.0.0.0');
    if (cluster.isWorker) return;
    log('');
    log(`干部考核系统 is running: http://localhost:${port}  (GraphQL: http://localhost:${port}/graphql)`);
    log(`Database: ${db.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`);
    log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(18)} ${a.role.padEnd(13)} ${a.what}`);
    log('Press Ctrl-C to stop.');
  } catch (error) {
    console.error(error);
    await jobs?.stop().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(1);
  }
}

/**
 * With WORKERS=n (n > 1) the primary process starts the database, migrates
 * and seeds it once, then runs n server processes sharing the port (node's
 * cluster): one event loop per core. Deadline jobs run in each; pg-boss and
 * the transition step's version check keep them from firing twice.
 */
async function primary(workers: number): Promise<void> {
  const config = loadConfig();
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(config, log, 2);
    await prepareDatabase(db.dataSource, { seed: process.env.SEED_DEMO !== '0', log });
    await db.dataSource.destroy();
  } catch (error) {
    console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  let stopping = false;
  let listening = 0;
  const fork = () => cluster.fork({ DATABASE_URL: db.url, SEED_DEMO: '0' });
  cluster.on('listening', () => {
    if (++listening !== workers) return;
    log('');
    log(`干部考核系统 is running with ${workers} server processes: http://localhost:${config.port}  (GraphQL: http://localhost:${config.port}/graphql)`);
    log(`Database: ${db.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`);
    log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) log(`  ${a.username.padEnd(18)} ${a.role.padEnd(13)} ${a.what}`);
    log('Press Ctrl-C to stop.');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log(`Server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: shutting down ${workers} server processes …`);
    const force = setTimeout(() => process.exit(1), 25_000);
    force.unref();
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    await db.embedded?.stop();
    log('Stopped cleanly.');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
}

const workers = Math.max(1, Number(process.env.WORKERS || 1) || 1);
if (cluster.isPrimary && workers > 1) void primary(workers);
else void main();
