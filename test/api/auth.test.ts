import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/seed/demo.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ config: { lockout: { maxFailures: 3, minutes: 15 } } });
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

  it('SYSTEM_ADMIN holds user management only, no business permission', async () => {
    const token = await t.signIn('sysadmin');
    const res = await t.gql<{ me: { permissions: string[] } }>(ME, {}, { token });
    expect(res.data!.me.permissions).toEqual(['organisation:read', 'user:manage', 'calendar:manage']);
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

  it('locks the account after repeated failures, refuses even the right password, and SYSTEM_ADMIN can unlock it', async () => {
    for (let i = 1; i < 3; i++) expect(codeOf(await t.gql(SIGN_IN, { input: { username: 'discipline', password: `bad-${i}` } }))).toBe('INVALID_CREDENTIALS');
    const locking = await t.gql(SIGN_IN, { input: { username: 'discipline', password: 'bad-3' } });
    expect(codeOf(locking)).toBe('ACCOUNT_LOCKED');
    expect(locking.errors![0]!.extensions!.lockedUntil).toBe(new Date(t.clock.now().getTime() + 15 * 60_000).toISOString());
    expect(codeOf(await t.gql(SIGN_IN, { input: { username: 'discipline', password: DEMO_PASSWORD } }))).toBe('ACCOUNT_LOCKED');

    const admin = await t.signIn('sysadmin');
    const users = await t.gql<{ users: { nodes: Array<{ id: string; username: string; lockedUntil: string | null }> } }>(
      `{ users(first: 50, search: "discipline") { nodes { id username lockedUntil } } }`,
      {},
      { token: admin },
    );
    const locked = users.data!.users.nodes.find((u) => u.username === 'discipline')!;
    expect(locked.lockedUntil).not.toBeNull();
    const unlocked = await t.gql(`mutation($id: ID!) { unlockUser(userId: $id) { lockedUntil } }`, { id: locked.id }, { token: admin });
    expect(unlocked.data).toEqual({ unlockUser: { lockedUntil: null } });
    expect(codeOf(await t.gql(SIGN_IN, { input: { username: 'discipline', password: DEMO_PASSWORD } }))).toBeUndefined();
  });

  it('the lock lifts by itself once its time has passed', async () => {
    for (let i = 0; i < 3; i++) await t.gql(SIGN_IN, { input: { username: 'committee', password: 'bad' } });
    expect(codeOf(await t.gql(SIGN_IN, { input: { username: 'committee', password: DEMO_PASSWORD } }))).toBe('ACCOUNT_LOCKED');
    t.clock.advance(16 * 60_000);
    expect(codeOf(await t.gql(SIGN_IN, { input: { username: 'committee', password: DEMO_PASSWORD } }))).toBeUndefined();
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

  it('every sign-in, failure, lock and unlock is in the audit trail', async () => {
    const rows: Array<{ action: string }> = await t.dataSource.query(
      `SELECT a.action FROM audit_log a JOIN user_account u ON a.entity_id = u.id::text WHERE u.username = 'discipline' ORDER BY a.seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_FAILED', 'ACCOUNT_LOCKED', 'ACCOUNT_UNLOCKED', 'SIGNED_IN']);
  });
});
