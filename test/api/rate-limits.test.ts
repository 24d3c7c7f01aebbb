import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    config: {
      trustProxy: 'loopback',
      rateLimits: {
        signIn: { points: 4, durationSeconds: 60 },
        lodgeObjection: { points: 3, durationSeconds: 600 },
        publicNotices: { points: 5, durationSeconds: 60 },
      },
    },
  });
});
afterAll(() => t?.close());

async function post(address: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: json.errors?.[0]?.extensions?.code, ext: json.errors?.[0]?.extensions };
}

const OBJECT = `mutation($input: LodgeObjectionInput!) { lodgeObjection(input: $input) { assessmentId } }`;
const objection = () => ({ input: { assessmentId: randomUUID(), content: '公示对象存在问题，请核实。' } });
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const NOTICES = `{ publicNotices { assessmentId } }`;

describe('rate limits on the anonymous operations, per client address, shared by every process', () => {
  it.each([
    ['lodgeObjection', 3, OBJECT, objection],
    ['signIn', 4, SIGN_IN, () => ({ input: { username: 'rater', password: DEMO_PASSWORD } })],
    ['publicNotices', 5, NOTICES, () => ({})],
  ] as const)('%s: %i requests per window from one address, then 429 RATE_LIMITED with Retry-After; another address is not held', async (_field, allowed, query, variables) => {
    const address = `198.51.100.${allowed}`;
    for (let i = 0; i < allowed; i++) expect((await post(address, query, variables())).code).not.toBe('RATE_LIMITED');
    const refused = await post(address, query, variables());
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.ext!.retryAfterSeconds).toBe(Number(refused.retryAfter));
    expect((await post(`203.0.113.${allowed}`, query, variables())).code).not.toBe('RATE_LIMITED');
  });

  it('signed-in work is not limited by these counts', async () => {
    const token = await t.signIn('orgadmin');
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': '198.51.100.99' },
        body: JSON.stringify({ query: `{ me { username } }` }),
      });
      expect(response.status).toBe(200);
    }
  });
});
