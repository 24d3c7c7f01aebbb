import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from 'typeorm';
import { loadConfig } from '../../server/config.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgadmin: string;
let auditor: string;
let cycleId: string;
beforeAll(async () => {
  t = await startTestApp();
  orgadmin = await t.signIn('orgadmin');
  auditor = await t.signIn('auditor');
  cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ');
});
afterAll(() => t?.close());

const healthz = async () => {
  const response = await fetch(`${t.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; database: string } };
};

/** The heaviest requests the limits allow, each just under the cost limit of 40,000. */
const CADRE_FIELDS = `id name gender birthDate post rankLevel positionType organisation { id name kind parent { id name } } statusPeriods { kind startsOn endsOn }`;
const HEAVY: Array<[string, string, Record<string, unknown>, () => string]> = [
  ['two pages of 200 cadres with their organisations and statuses', `{ a: cadres(first: 200) { nodes { ${CADRE_FIELDS} } } b: cadres(first: 200, after: null) { nodes { id name post } } }`, {}, () => orgadmin],
  [
    'a page of 200 audit entries with payloads, twice',
    `{ a: auditLog(first: 200) { nodes { id entityType entityId seq occurredAt actorRole action fromState toState payload prevHash hash actorName } } b: auditLog(first: 200) { nodes { id payload hash } } }`,
    {},
    () => auditor,
  ],
  [
    'the largest page of a cycle’s trail',
    `query($id: ID!) { cycle(id: $id) { historyPage(first: 200) { totalCount nodes { id seq occurredAt actorRole action fromState toState payload hash actorName } } } }`,
    { id: '' },
    () => orgadmin,
  ],
];

async function heavy(index: number) {
  const [, query, variables, token] = HEAVY[index % HEAVY.length]!;
  return t.gql(query, 'id' in variables ? { id: cycleId } : variables, { token: token() });
}

describe('/healthz answers while the app is busy', () => {
  it('answers 200 from memory while every connection of the app’s pool is held', async () => {
    const held: QueryRunner[] = Array.from({ length: 10 }, () => t.dataSource.createQueryRunner());
    await Promise.all(held.map((runner) => runner.connect()));
    try {
      // The pool (10 in tests) is exhausted: a check that queued for a connection would never answer here.
      expect(await healthz()).toEqual({ status: 200, body: { ok: true, database: 'up', checkedAt: expect.any(String) } });
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
  });

  it.each(HEAVY.map(([name], i) => [name, i] as const))('%s is allowed (no error, a full answer)', async (_name, index) => {
    const res = await heavy(index);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res.data).length).toBeGreaterThan(1_000);
  });

  it('answers 200 while twelve of the heaviest allowed requests run in parallel', async () => {
    const running = Array.from({ length: 12 }, (_, i) => heavy(i));
    const checks: Array<{ status: number; body: { ok: boolean } }> = [];
    for (let i = 0; i < 5; i++) checks.push(await healthz());
    const answers = await Promise.all(running);
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(checks.map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
  });
});

describe('heavy requests take turns (GRAPHQL_HEAVY_COST, one at a time per process)', () => {
  let busy: TestApp;
  let token: string;
  beforeAll(async () => {
    busy = await startTestApp({ config: { limits: { ...loadConfig({}).limits, heavyCost: 1_000, heavyConcurrency: 1, heavyQueue: 0 } } });
    token = await busy.signIn('auditor');
  });
  afterAll(() => busy?.close());

  const AUDIT_PAGE = `{ auditLog(first: 200) { nodes { id action payload hash } } }`;

  it('while one heavy request runs, a second one finds the queue full (RATE_LIMITED), a light one and /healthz are served, and the slot is freed after', async () => {
    const locker = new pg.Client({ connectionString: busy.databaseUrl });
    await locker.connect();
    await locker.query(`BEGIN`);
    await locker.query(`LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE`);
    // The first heavy request takes the one slot and waits inside execution for the table.
    const first = busy.gql(AUDIT_PAGE, {}, { token });
    for (;;) {
      // The statistics are a snapshot per transaction: take a fresh one each time.
      await locker.query(`SELECT pg_stat_clear_snapshot()`);
      const [waiting] = (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%audit_log%'`)).rows as Array<{ n: number }>;
      if (waiting!.n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const second = await busy.gql(AUDIT_PAGE, {}, { token });
    expect(second.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
    const light = await busy.gql<{ me: { username: string } }>(`{ me { username } }`, {}, { token });
    expect(light.data!.me.username).toBe('auditor');
    const health = await fetch(`${busy.url}/healthz`);
    expect(health.status).toBe(200);
    await locker.query(`COMMIT`);
    await locker.end();
    expect((await first).errors).toBeUndefined();
    expect((await busy.gql(AUDIT_PAGE, {}, { token })).errors).toBeUndefined();
  });
});
