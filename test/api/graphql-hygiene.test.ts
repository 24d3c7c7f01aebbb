import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgadmin: string;
beforeAll(async () => {
  t = await startTestApp();
  orgadmin = await t.signIn('orgadmin');
});
afterAll(() => t?.close());

describe('GraphQL limits and errors', () => {
  it('a too-deep query is refused with QUERY_TOO_COMPLEX before anything runs', async () => {
    const deep = `{ organisations(first: 1) { nodes { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } }`;
    const res = await t.gql(deep, {}, { token: orgadmin });
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0]!.message).toMatch(/depth/i);
  });

  it('a too-costly query (several pages of 200 with nested fields) is refused with QUERY_TOO_COMPLEX', async () => {
    t.queries.length = 0;
    const page = `cadres(first: 200) { nodes { id name post organisation { name } statusPeriods { kind } } }`;
    const costly = `{ a: ${page} b: ${page} c: ${page} d: ${page} }`;
    const res = await t.gql(costly, {}, { token: orgadmin });
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0]!.extensions).toMatchObject({ maxCost: 40_000 });
    expect(t.queries.filter((q) => /FROM "cadre"/.test(q))).toHaveLength(0);
  });

  it('the cost follows the page-size variables of the same document (the estimate is cached per page size, not per text)', async () => {
    const page = `cadres(first: $n) { nodes { id name post organisation { name } statusPeriods { kind } } }`;
    const doc = `query Pages($n: Int!) { a: ${page} b: ${page} c: ${page} d: ${page} }`;
    const small = await t.gql(doc, { n: 5 }, { token: orgadmin });
    expect(small.errors).toBeUndefined();
    expect(codeOf(await t.gql(doc, { n: 200 }, { token: orgadmin }))).toBe('QUERY_TOO_COMPLEX');
    expect((await t.gql(doc, { n: 5 }, { token: orgadmin })).errors).toBeUndefined();
  });

  it('too many aliases are refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { username }`).join(' ');
    expect(codeOf(await t.gql(`{ ${aliases} }`, {}, { token: orgadmin }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('malformed input gives VALIDATION with the field named', async () => {
    const res = await t.gql(
      `mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`,
      { input: { cadreId: 'not-a-uuid', kind: 'PROBATION', startsOn: '2026-13-45' } },
      { token: orgadmin },
    );
    expect(codeOf(res)).toBe('VALIDATION');
    const fields = (res.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort();
    expect(fields).toEqual(['cadreId', 'startsOn']);
  });

  it('a page size over 200 is a VALIDATION error on `first`', async () => {
    const res = await t.gql(`{ cadres(first: 5000) { nodes { id } } }`, {}, { token: orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([{ field: 'first', messages: ['first must not be greater than 200'] }]);
  });

  it('an unknown field or a syntax error is BAD_REQUEST, never INTERNAL', async () => {
    expect(codeOf(await t.gql(`{ nosuchfield }`, {}, { token: orgadmin }))).toBe('BAD_REQUEST');
    expect(codeOf(await t.gql(`{ cadres(first: 1) { `, {}, { token: orgadmin }))).toBe('BAD_REQUEST');
  });

  it('a request larger than the body limit is refused with a coded JSON error', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { username } }`, variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/larger than the limit/), extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('every answer tells the server\'s own time in Server-Timing (app;dur in milliseconds), errors included', async () => {
    for (const query of [`{ me { username } }`, `{ nosuchfield }`]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${orgadmin}` },
        body: JSON.stringify({ query }),
      });
      expect(response.headers.get('server-timing')).toMatch(/^app;dur=\d+(\.\d)?$/);
    }
  });

  it('CSRF prevention: a simple cross-site form POST is refused before it runs', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation%20%7B%20signOut%20%7D',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('a malformed id the database refuses reaches the client as VALIDATION with no SQL or stack', async () => {
    const res = await t.gql(`query($id: ID!) { cadre(id: $id) { id } }`, { id: 'definitely-not-a-uuid' }, { token: orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/SELECT|uuid|stack|at /i);
  });

  it('lists use DataLoader: fifty cadres with organisation and statuses take a fixed number of queries', async () => {
    t.queries.length = 0;
    const res = await t.gql<{ cadres: { nodes: unknown[] } }>(
      `{ cadres(first: 50) { nodes { id organisation { name parent { name } } statusPeriods { kind } } } }`,
      {},
      { token: orgadmin },
    );
    expect(res.data!.cadres.nodes).toHaveLength(50);
    // viewer + list + organisation batch + parent batch + statuses batch
    expect(t.queries.length).toBeLessThanOrEqual(6);
  });

  it('cursor pagination walks the whole list once, in order, and totalCount agrees', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const res: Awaited<ReturnType<typeof t.gql<{ cadres: { totalCount: number; nodes: Array<{ id: string; name: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await t.gql(`query($after: String) { cadres(first: 70, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`, { after }, { token: orgadmin });
      const page = res.data!.cadres;
      total = page.totalCount;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    expect(total).toBeGreaterThan(250);
  });

  it('a forged cursor is a VALIDATION error', async () => {
    expect(codeOf(await t.gql(`{ cadres(first: 5, after: "garbage") { nodes { id } } }`, {}, { token: orgadmin }))).toBe('VALIDATION');
  });
});

describe('in production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ seed: false, config: { production: true } });
  });
  afterAll(() => prod?.close());

  it('introspection is off', async () => {
    const res = await prod.gql(`{ __schema { types { name } } }`);
    expect(codeOf(res)).toBe('BAD_REQUEST');
    expect(res.errors![0]!.message).toMatch(/introspection/i);
  });
});
