import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgadmin: string;
beforeAll(async () => {
  t = await startTestApp();
  orgadmin = await t.signIn('orgadmin');
});
afterAll(() => t?.close());

/** One raw POST, so that the HTTP status is seen as well as the body. */
async function post(body: unknown, token = orgadmin) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => null)) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | null;
  return { status: response.status, json, code: json?.errors?.[0]?.extensions?.code };
}

describe('hostile input is refused with a 4xx or a coded error, never 500 or INTERNAL', () => {
  it.each([
    ['1,000 aliases', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { username }`).join(' ')} }` }, ['QUERY_TOO_COMPLEX']],
    ['2,100 tokens', { query: `{ me { ${Array.from({ length: 1100 }, () => 'username displayName').join(' ')} } }` }, ['QUERY_TOO_COMPLEX']],
    ['an invalid DateTime variable', { query: `query($at: DateTime!) { me { username } }`, variables: { at: 'not-a-date' } }, ['VALIDATION', 'BAD_REQUEST']],
    ['a non-UUID id', { query: `query($id: ID!) { cadre(id: $id) { id } }`, variables: { id: "1' OR '1'='1" } }, ['VALIDATION']],
    ['a NUL byte in a search', { query: `query($s: String) { cadres(first: 5, search: $s) { nodes { id } } }`, variables: { s: 'a\u0000b' } }, ['VALIDATION']],
    ['a NUL byte in an id', { query: `query($id: ID!) { organisation(id: $id) { id } }`, variables: { id: '\u0000' } }, ['VALIDATION']],
    ['a number where an object is wanted', { query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`, variables: { input: 42 } }, ['VALIDATION', 'BAD_REQUEST']],
    ['no query at all', { variables: {} }, ['BAD_REQUEST']],
    [
      'a required input field left out of a variable (votesFor)',
      {
        query: `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id } }`,
        variables: { input: { assessmentId: '00000000-0000-4000-8000-000000000000', collective: { membersTotal: 9, attendance: 8, votesAgainst: 0, abstentions: 0, recusals: [] } } },
      },
      ['VALIDATION'],
    ],
    ['a page size of the wrong type', { query: `query($n: Int!) { cadres(first: $n) { nodes { id } } }`, variables: { n: 'fifty' } }, ['VALIDATION']],
  ])('%s', async (_name, body, codes) => {
    const res = await post(body);
    expect(res.status).toBeLessThan(500);
    expect(codes).toContain(res.code);
    expect(JSON.stringify(res.json)).not.toMatch(/SELECT|stack|\bat [\w.]+ \(/);
  });
});

describe('the database away', () => {
  it('a request while the database refuses connections is SERVICE_UNAVAILABLE with retry advice; the next one after it is back works', async () => {
    const database = new URL(t.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: t.databaseUrl.replace(`/${database}`, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
      const res = await post({ query: `{ cadres(first: 1) { nodes { id } } }` });
      expect([200, 503]).toContain(res.status);
      expect(res.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.json!.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    const again = await post({ query: `{ cadres(first: 1) { nodes { id } } }` });
    expect(again.code).toBeUndefined();
  });
});
