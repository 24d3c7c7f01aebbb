import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { lockout: { maxFailures: 3, minutes: 15 }, trustProxy: 'loopback' } });
});
afterAll(() => t?.close());

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt viewer { username grants { role organisation { code } } permissions } } }`;
const ME = `{ me { username displayName grants { role organisation { name } } permissions } }`;

describe('sign-in', () => {
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.scope] as const))('%s signs in as %s over %s', async (username, role, scope) => {
    const res = await t.gql<{ signIn: { token: string; viewer: { grants: Array<{ role: string; organisation: { code: string } }> } } }>(SIGN_IN, {
      input: { username, password: DEMO_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.token).toMatch(/^[\w-]{40,}$/);
    expect(res.data!.signIn.viewer.grants).toEqual([{ role, organisation: { code: scope } }]);
  });

  it('SYSTEM_ADMIN holds user management, the calendar and the roster (名册) import, no assessment permission', async () => {
    const token = await t.signIn('sysadmin');
    const res = await t.gql<{ me: { permissions: string[] } }>(ME, {}, { token });
    expect(res.data!.me.permissions).toEqual(['organisation:read', 'organisation:write', 'user:manage', 'roster:import', 'calendar:manage']);
  });

  it('a wrong password gives INVALID_CREDENTIALS, and so does an unknown user (no hint which)', async () => {
    const wrong = await t.gql(SIGN_IN, { input: { username: 'hr', password: 'nope-nope' } });
    const unknown = await t.gql(SIGN_IN, { input: { username: 'nobody', password: 'nope-nope' } });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
  });

  it('an empty username is a VALIDATION error naming the field', async () => {
    const res = await t.gql(SIGN_IN, { input: { username: '', password: 'x' } });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([{ field: 'username', messages: ['username is required'] }]);
  });

  /** A sign-in from a given client address (the test app trusts the loopback proxy's X-Forwarded-For). */
  const signInFrom = (address: string, username: string, password: string) =>
    t.gql(SIGN_IN, { input: { username, password } }, { headers: { 'x-forwarded-for': address } });
  const waitOf = (res: Awaited<ReturnType<typeof signInFrom>>) => res.errors?.[0]?.extensions?.retryAfterSeconds;

  it('after the free failures, each further one makes the next attempt wait twice as long; the right password waits too, then works', async () => {
    const from = '203.0.113.10';
    for (let i = 1; i <= 3; i++) expect(codeOf(await signInFrom(from, 'discipline', `bad-${i}`))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await signInFrom(from, 'discipline', 'bad-4'))).toBe('INVALID_CREDENTIALS');
    const waiting = await signInFrom(from, 'discipline', DEMO_PASSWORD);
    expect(codeOf(waiting)).toBe('TOO_MANY_ATTEMPTS');
    expect(waitOf(waiting)).toBe(1);
    t.clock.advance(1_000);
    expect(codeOf(await signInFrom(from, 'discipline', 'bad-5'))).toBe('INVALID_CREDENTIALS');
    expect(waitOf(await signInFrom(from, 'discipline', DEMO_PASSWORD))).toBe(2);
    t.clock.advance(2_000);
    expect(codeOf(await signInFrom(from, 'discipline', 'bad-6'))).toBe('INVALID_CREDENTIALS');
    expect(waitOf(await signInFrom(from, 'discipline', DEMO_PASSWORD))).toBe(4);
    t.clock.advance(4_000);
    expect(codeOf(await signInFrom(from, 'discipline', DEMO_PASSWORD))).toBeUndefined();
    // A success starts the count again.
    expect(codeOf(await signInFrom(from, 'discipline', 'bad-again'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await signInFrom(from, 'discipline', DEMO_PASSWORD))).toBeUndefined();
  });

  it('a wrong current password in changePassword counts as a failed sign-in: after the free failures it waits, and so does signing in', async () => {
    const from = '203.0.113.30';
    const token = await t.signIn('rater');
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { username } }`;
    const change = (current: string) =>
      t.gql(CHANGE, { input: { currentPassword: current, newPassword: 'Qh-rater-2027!x' } }, { token, headers: { 'x-forwarded-for': from } });
    for (let i = 1; i <= 4; i++) expect(codeOf(await change(`guess-${i}`))).toBe('INVALID_CREDENTIALS');
    const waiting = await change(DEMO_PASSWORD);
    expect(codeOf(waiting)).toBe('TOO_MANY_ATTEMPTS');
    expect(waiting.errors![0]!.extensions!.retryAfterSeconds).toBe(1);
    expect(codeOf(await signInFrom(from, 'rater', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    t.clock.advance(1_000);
    // The right current password works once the wait is over, and starts the count again.
    expect(codeOf(await change(DEMO_PASSWORD))).toBeUndefined();
    expect(codeOf(await signInFrom(from, 'rater', 'Qh-rater-2027!x'))).toBeUndefined();
  });

  it('an unknown username gets exactly the answers a real one gets, delays included', async () => {
    const answers = async (username: string, from: string) => {
      const seen: Array<[unknown, unknown]> = [];
      for (let i = 0; i < 6; i++) {
        const res = await signInFrom(from, username, `guess-${i}`);
        seen.push([codeOf(res), waitOf(res)]);
      }
      return seen;
    };
    const real = await answers('auditor', '203.0.113.20');
    const unknown = await answers('no-such-user', '203.0.113.21');
    expect(unknown).toEqual(real);
    expect(real.map(([code]) => code)).toContain('TOO_MANY_ATTEMPTS');
  });

  it('a stranger failing from another address does not keep the user out', async () => {
    for (let i = 0; i < 8; i++) await signInFrom('198.51.100.7', 'committee', `attack-${i}`);
    expect(codeOf(await signInFrom('198.51.100.7', 'committee', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await signInFrom('203.0.113.30', 'committee', DEMO_PASSWORD))).toBeUndefined();
  });

  it('a burst of parallel attempts checks no more passwords than the allowance, counted atomically', async () => {
    const from = '203.0.113.40';
    const burst = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => signInFrom(from, 'hr', `burst-${i}`)),
      signInFrom(from, 'hr', DEMO_PASSWORD),
    ]);
    const codes = burst.map((r) => codeOf(r) ?? 'OK');
    const checked = codes.filter((c) => c !== 'TOO_MANY_ATTEMPTS').length;
    // Three free failures, then one more admitted that starts the delay: at most four passwords checked.
    expect(checked).toBeLessThanOrEqual(4);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS').length).toBeGreaterThanOrEqual(37);
    const audited: Array<{ n: number }> = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log a JOIN user_account u ON a.entity_id = u.id::text
        WHERE u.username = 'hr' AND a.action IN ('SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'SIGNED_IN') AND a.occurred_at >= $1`,
      [t.clock.now()],
    );
    expect(audited[0]!.n).toBe(checked);
  });

  it('SYSTEM_ADMIN can lift a wait at once; the user list shows until when an account waits', async () => {
    const from = '203.0.113.50';
    for (let i = 0; i < 5; i++) await signInFrom(from, 'orgadmin.hefeng', `bad-${i}`);
    expect(codeOf(await signInFrom(from, 'orgadmin.hefeng', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    const admin = await t.signIn('sysadmin');
    const users = await t.gql<{ users: { nodes: Array<{ id: string; username: string; lockedUntil: string | null }> } }>(
      `{ users(first: 50, search: "orgadmin.hefeng") { nodes { id username lockedUntil } } }`,
      {},
      { token: admin },
    );
    const waiting = users.data!.users.nodes.find((u) => u.username === 'orgadmin.hefeng')!;
    expect(waiting.lockedUntil).not.toBeNull();
    const unlocked = await t.gql(`mutation($id: ID!) { unlockUser(userId: $id) { lockedUntil } }`, { id: waiting.id }, { token: admin });
    expect(unlocked.data).toEqual({ unlockUser: { lockedUntil: null } });
    expect(codeOf(await signInFrom(from, 'orgadmin.hefeng', DEMO_PASSWORD))).toBeUndefined();
  });

  it('sets an httpOnly session cookie that authenticates the browser, and sign-out ends the session', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { username: 'auditor', password: DEMO_PASSWORD } } }),
    });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^cadre_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await t.gql<{ me: { username: string } | null }>(ME, {}, { headers: { cookie } });
    expect(me.data!.me!.username).toBe('auditor');

    const out = await t.gql(`mutation { signOut }`, {}, { headers: { cookie } });
    expect(out.data).toEqual({ signOut: true });
    expect((await t.gql<{ me: null }>(ME, {}, { headers: { cookie } })).data).toEqual({ me: null });
  });

  it('a bearer token expires with its session', async () => {
    const token = await t.signIn('hr');
    expect((await t.gql<{ me: { username: string } }>(ME, {}, { token })).data!.me.username).toBe('hr');
    t.clock.advance(13 * 3_600_000);
    expect((await t.gql(ME, {}, { token })).data).toEqual({ me: null });
    expect(codeOf(await t.gql(`{ cadres(first: 1) { nodes { id } } }`, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('every sign-in, failure, delay and unlock is in the audit trail', async () => {
    const actions = async (username: string) =>
      (
        (await t.dataSource.query(
          `SELECT a.action FROM audit_log a JOIN user_account u ON a.entity_id = u.id::text WHERE u.username = $1 ORDER BY a.seq`,
          [username],
        )) as Array<{ action: string }>
      ).map((r) => r.action);
    expect(await actions('discipline')).toEqual([
      'SIGNED_IN',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_THROTTLED',
      'SIGN_IN_THROTTLED',
      'SIGN_IN_THROTTLED',
      'SIGNED_IN',
      'SIGN_IN_FAILED',
      'SIGNED_IN',
    ]);
    expect(await actions('orgadmin.hefeng')).toEqual([
      'SIGNED_IN',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_FAILED',
      'SIGN_IN_THROTTLED',
      'ACCOUNT_UNLOCKED',
      'SIGNED_IN',
    ]);
  });
});
