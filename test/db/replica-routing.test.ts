import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicaUrlsFromEnv } from '../../server/config.js';
import { createDataSource, primaryUrl } from '../../server/db/data-source.js';
import { hasReplicas, readFromReplica } from '../../server/db/replica.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Which reads go to a replica. The "replica" here is the test database itself
 * reached as another role, so that each connection says where it came from
 * (`current_user`): the routing is what is checked, not the streaming (that
 * is test/ops/scaleout.test.ts, with a real standby).
 */
let t: TestApp;
let ds: DataSource;
const role = `replica_probe_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  await asAdmin(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
  await asAdmin(`GRANT SELECT ON schema_migration TO ${role}`);
  const replica = new URL(t.databaseUrl);
  replica.username = role;
  replica.password = password;
  ds = createDataSource(t.databaseUrl, { poolSize: 2, replicaUrls: [replica.toString()] });
  await ds.initialize();
});
afterAll(async () => {
  await ds?.destroy();
  if (t) await asAdmin(`DROP OWNED BY ${role}; DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  await t?.close();
});

const WHO = `SELECT current_user AS who`;
const primaryUser = () => decodeURIComponent(new URL(t.databaseUrl).username);

describe('reads on the replica, everything else on the primary', () => {
  it.each([
    ['a plain query', 'primary', () => ds.query(WHO)],
    ['a transaction', 'primary', () => ds.transaction((m) => m.query(WHO))],
    ['a query builder (what repositories use)', 'primary', () => ds.createQueryBuilder().select('current_user', 'who').from('schema_migration', 's').limit(1).getRawMany()],
    ['readFromReplica', 'replica', () => readFromReplica(ds, (m) => m.query(WHO))],
    ['readFromReplica through a query builder', 'replica', () => readFromReplica(ds, (_m, runner) => ds.createQueryBuilder().select('current_user', 'who').from('schema_migration', 's').limit(1).setQueryRunner(runner).getRawMany())],
  ] as const)('%s goes to the %s', async (_what, where, run) => {
    const [row] = (await run()) as Array<{ who: string }>;
    expect(row!.who).toBe(where === 'replica' ? role : primaryUser());
  });

  it('knows its primary and that it has replicas', () => {
    expect(primaryUrl(ds)).toBe(t.databaseUrl);
    expect(hasReplicas(ds)).toBe(true);
    expect(hasReplicas(t.dataSource)).toBe(false);
  });

  it('without replicas, readFromReplica reads the primary', async () => {
    const [row] = (await readFromReplica(t.dataSource, (m) => m.query(WHO))) as Array<{ who: string }>;
    expect(row!.who).toBe(primaryUser());
  });

  it('a replica that stops answering is passed over: the read goes to the primary', async () => {
    await asAdmin(`ALTER ROLE ${role} NOLOGIN`);
    await asAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
    try {
      const [row] = (await readFromReplica(ds, (m) => m.query(WHO))) as Array<{ who: string }>;
      expect(row!.who).toBe(primaryUser());
    } finally {
      await asAdmin(`ALTER ROLE ${role} LOGIN`);
    }
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  it.each([
    [{ DATABASE_URL: 'postgres://a@p/db' }, []],
    [{ DATABASE_URL: 'postgres://a@p/db', DATABASE_REPLICA_URLS: 'postgres://a@r1/db, postgres://a@r2/db' }, ['postgres://a@r1/db', 'postgres://a@r2/db']],
    [{ DATABASE_URL: 'postgres://a@p/db', DATABASE_REPLICA_URL: 'postgres://a@r1/db' }, ['postgres://a@r1/db']],
  ])('%j → %j', (env, urls) => {
    expect(replicaUrlsFromEnv(env)).toEqual(urls);
  });

  it.each([
    [{ DATABASE_REPLICA_URLS: 'postgres://a@r1/db' }, /needs DATABASE_URL/],
    [{ DATABASE_URL: 'postgres://a@p/db', DATABASE_REPLICA_URLS: 'not a url' }, /must be PostgreSQL connection URLs/],
  ])('%j is refused', (env, message) => {
    expect(() => replicaUrlsFromEnv(env)).toThrow(message);
  });
});
