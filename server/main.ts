import 'reflect-metadata';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, prepareDatabase } from './db/bootstrap.js';
import { startJobs, type JobRunner } from './jobs/jobs.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo.js';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
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

void main();
