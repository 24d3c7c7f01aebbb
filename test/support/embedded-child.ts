/**
 * A stand-in for `npm start`'s database side, run as a child process by the
 * crash-recovery test: starts the embedded PostgreSQL in the given folder,
 * writes one row, says READY and waits to be killed (SIGKILL: no clean-up;
 * SIGTERM: a clean stop).
 */
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';

const dataDir = process.argv[2] ?? '.data-crash-probe';
const handle = await startEmbeddedPostgres(dataDir);
const client = new pg.Client({ connectionString: handle.url('postgres') });
await client.connect();
await client.query('CREATE TABLE IF NOT EXISTS crash_probe (note text)');
await client.query(`INSERT INTO crash_probe VALUES ('written before the crash')`);
await client.end();
process.on('SIGTERM', () => void handle.stop().then(() => process.exit(0)));
process.stdout.write(`READY ${handle.port}\n`);
setInterval(() => undefined, 60_000);
