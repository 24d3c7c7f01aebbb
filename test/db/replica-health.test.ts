import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type RunningApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/data-source.js';
import { replicaName } from '../../server/db/replica-health.js';
import { readFromReplica } from '../../server/db/replica.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A replica that is down: the server still starts, /healthz reports each
 * replica (reachable, replay lag) and stays 200 while the primary answers,
 * reads go to the primary meanwhile, and the replica is taken back as soon as
 * it answers. The "replica" is the test database reached as another role
 * (as in replica-routing.test.ts); stopping it is refusing that role its
 * logins and ending its sessions. A second replica that never exists (a
 * closed port) stays down throughout.
 */
let t: TestApp;
let ds: DataSource;
let app: RunningApp;
let url: string;
const role = `replica_health_${randomBytes(4).toString('hex')}`;
const password = randomBytes(12).toString('hex');
let replicaUrl: string;
const deadUrl = 'postgres://nobody:nothing@127.0.0.1:9/cadre';

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
const stopReplica = async () => {
  await asAdmin(`ALTER ROLE ${role} NOLOGIN`);
  await asAdmin(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${role}'`);
};
const startReplica = () => asAdmin(`ALTER ROLE ${role} LOGIN`);
const who = async () => ((await readFromReplica(ds, (m) => m.query(`SELECT current_user AS who`))) as Array<{ who: string }>)[0]!.who;
const primaryUser = () => decodeURIComponent(new URL(t.databaseUrl).username);
const health = async () => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; replicas: Array<{ name: string; state: string; standby: boolean | null; lagSeconds: number | null }> } };
};
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the replica monitor did not catch up');
}

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  await asAdmin(`CREATE ROLE ${role} NOLOGIN PASSWORD '${password}'`);
  await asAdmin(`GRANT SELECT ON schema_migration TO ${role}`);
  const replica = new URL(t.databaseUrl);
  replica.username = role;
  replica.password = password;
  replicaUrl = replica.toString();
  // Both replicas are down as the server starts.
  ds = createDataSource(t.databaseUrl, { poolSize: 2, replicaUrls: [replicaUrl, deadUrl] });
  await ds.initialize();
  app = await createApp({ dataSource: ds, config: { ...loadConfig({}), databaseUrl: t.databaseUrl, databaseReplicaUrls: [replicaUrl, deadUrl] }, log: () => undefined, replicaProbeMs: 50 });
  url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await ds?.destroy();
  if (t) await asAdmin(`DROP OWNED BY ${role}; DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  await t?.close();
});

describe('a replica down when the server starts, then back, then down again', () => {
  it('the server started; /healthz is 200 and reports both replicas down; reads go to the primary', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.replicas).toEqual([
      { name: replicaName(replicaUrl), state: 'down', standby: null, lagSeconds: null, checkedAt: expect.any(String) },
      { name: '127.0.0.1:9/cadre', state: 'down', standby: null, lagSeconds: null, checkedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(body)).not.toContain(password);
    expect(await who()).toBe(primaryUser());
  });

  it('once the replica answers it is back in the rotation: reads go to it, /healthz reports it up (not a standby: no lag)', async () => {
    await startReplica();
    await until(async () => (await health()).body.replicas[0]!.state === 'up');
    expect((await health()).body.replicas.map((r) => [r.state, r.standby, r.lagSeconds])).toEqual([
      ['up', false, null],
      ['down', null, null],
    ]);
    for (let i = 0; i < 5; i++) expect(await who()).toBe(role);
  });

  it('stopped again: out of the rotation, reads on the primary, /healthz still 200', async () => {
    await stopReplica();
    // Even before the monitor notices, a read sent to it falls back to the primary.
    expect(await who()).toBe(primaryUser());
    await until(async () => (await health()).body.replicas[0]!.state === 'down');
    for (let i = 0; i < 5; i++) expect(await who()).toBe(primaryUser());
    expect((await health()).status).toBe(200);
  });
});

describe('replicaName', () => {
  it.each([
    ['postgres://ro:secret@db-replica:5432/cadre', 'db-replica:5432/cadre'],
    ['postgres://ro@10.0.0.7/cadre?sslmode=require', '10.0.0.7/cadre'],
    ['not a url', 'replica'],
  ])('%s → %s', (given, name) => {
    expect(replicaName(given)).toBe(name);
  });
});
