import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createDataSource } from '../../server/db/data-source.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Two server processes on one database, as with WORKERS=2 or behind a load
 * balancer: each keeps its own session cache, so a sign-out or a role change
 * made through one must reach the other's cache at once.
 */
let t: TestApp;
let other: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  t = await startTestApp();
  const dataSource = createDataSource(t.databaseUrl, { poolSize: 4 });
  await dataSource.initialize();
  const app = await createApp({ dataSource, config: { ...loadConfig({}), databaseUrl: t.databaseUrl }, now: t.clock.now, log: () => undefined });
  const port = await app.listen(0, '127.0.0.1');
  other = {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.stop();
      await dataSource.destroy();
    },
  };
});
afterAll(async () => {
  await other?.close();
  await t?.close();
});

async function meOn(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ me { username grants { role } } }` }),
  });
  return ((await response.json()) as { data: { me: { username: string; grants: Array<{ role: string }> } | null } }).data.me;
}

describe('sessions across server processes', () => {
  it('a sign-out through one process ends the session on the other at once, although the other had just served it', async () => {
    const token = await t.signIn('auditor');
    expect((await meOn(other.url, token))?.username).toBe('auditor');
    expect((await meOn(other.url, token))?.username).toBe('auditor');
    const out = await t.gql(`mutation { signOut }`, {}, { token });
    expect(out.data).toEqual({ signOut: true });
    expect(await meOn(other.url, token)).toBeNull();
  });

  it('a role revoked through one process is gone on the other at once', async () => {
    const token = await t.signIn('hr');
    expect((await meOn(other.url, token))?.grants).toEqual([{ role: 'HR' }]);
    const admin = await t.signIn('sysadmin');
    const users = await t.gql<{ users: { nodes: Array<{ username: string; roles: Array<{ id: string; role: string }> }> } }>(
      `{ users(first: 5, search: "hr") { nodes { username roles { id role } } } }`,
      {},
      { token: admin },
    );
    const hr = users.data!.users.nodes.find((u) => u.username === 'hr')!;
    const revoked = await t.gql(`mutation($id: ID!) { revokeRole(assignmentId: $id) { id } }`, { id: hr.roles[0]!.id }, { token: admin });
    expect(revoked.errors).toBeUndefined();
    expect((await meOn(other.url, token))?.grants).toEqual([]);
  });
});
