import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { HandBrowser, startOidcProvider, TEST_CLIENT, type TestOidcProvider } from '../support/oidc-provider.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Sign-in through the organisation's identity provider: a real OpenID Connect
 * provider (oidc-provider) on 127.0.0.1, the whole authorization code flow
 * walked by hand over HTTP, and the session it opens used on /graphql.
 */
let t: TestApp;
let idp: TestOidcProvider;
let admin: string;
/** A cadre with no account yet, whose personnel-file number the provider sends as employee_no. */
let unaccounted: { id: string; personNo: string };

const EMPLOYEE_NO_SUBJECT = 'idp-4410-wang';

/** The provider's extra claims by subject, read at each sign-in (filled in once the database is there). */
const claims: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  idp = await startOidcProvider(claims);
  t = await startTestApp({
    config: {
      oidc: {
        issuer: idp.issuer,
        clientId: TEST_CLIENT.clientId,
        clientSecret: TEST_CLIENT.clientSecret,
        redirectUri: '',
        scopes: 'openid profile',
        displayName: '青禾统一身份认证',
        matchClaim: 'employee_no',
        matchField: 'personNo',
        passwordForLinkedAccounts: false,
      },
    },
  });
  idp.register(`${t.url}/auth/oidc/callback`);
  unaccounted = ((await t.dataSource.query(
    `SELECT c.id, c.person_no AS "personNo" FROM cadre c WHERE NOT EXISTS (SELECT 1 FROM user_account u WHERE u.cadre_id = c.id) ORDER BY c.person_no DESC LIMIT 1`,
  )) as Array<{ id: string; personNo: string }>)[0]!;
  claims[EMPLOYEE_NO_SUBJECT] = { employee_no: unaccounted.personNo };
  admin = await t.signIn('sysadmin');
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const USER_ID = `query($search: String) { users(search: $search, first: 5) { nodes { id username externalIdentities { id issuer subject matchedByClaim } } } }`;
const LINK = `mutation($input: LinkExternalIdentityInput!) { linkExternalIdentity(input: $input) { username externalIdentities { id subject matchedByClaim } } }`;
const UNLINK = `mutation($id: ID!) { unlinkExternalIdentity(identityId: $id) { username externalIdentities { id } } }`;
const ME = `{ me { username } }`;

async function userOf(username: string) {
  const res = await t.gql<{ users: { nodes: Array<{ id: string; username: string; externalIdentities: Array<{ id: string; issuer: string; subject: string; matchedByClaim: boolean }> }> } }>(
    USER_ID,
    { search: username },
    { token: admin },
  );
  return res.data!.users.nodes.find((u) => u.username === username)!;
}

async function link(username: string, subject: string) {
  const user = await userOf(username);
  return t.gql<{ linkExternalIdentity: { username: string; externalIdentities: Array<{ id: string; subject: string; matchedByClaim: boolean }> } }>(
    LINK,
    { input: { userId: user.id, subject } },
    { token: admin },
  );
}

const isCallback = (u: URL) => u.origin === t.url && u.pathname === '/auth/oidc/callback';

/** Starts at the app, signs in at the provider's own page as `login`, and stops where the provider sends the browser back. */
async function toCallback(browser: HandBrowser, login: string): Promise<URL> {
  const loginPage = await browser.follow(`${t.url}/auth/oidc/start?redirect=/audit`);
  expect(loginPage.url.origin).toBe(idp.issuer);
  let answer = await browser.submitLogin(loginPage, login);
  for (let hops = 0; answer.location && !isCallback(answer.location) && hops < 10; hops++) answer = await browser.request(answer.location);
  expect(answer.location && isCallback(answer.location)).toBe(true);
  return answer.location!;
}

/** The page the callback sends the browser to, and the session it holds then. */
async function land(browser: HandBrowser, callback: URL) {
  const answer = await browser.request(callback);
  expect(answer.status).toBe(303);
  const session = browser.cookie(t.url, 'cadre_session');
  const me = session ? await t.gql<{ me: { username: string } | null }>(ME, {}, { headers: { cookie: `cadre_session=${session}` } }) : null;
  return { location: answer.location!, refusal: answer.location!.searchParams.get('oidcError'), username: me?.data?.me?.username ?? null };
}

describe('sign-in through the identity provider', () => {
  it('signInOptions tells the sign-in page the button’s text, without signing in', async () => {
    const res = await t.gql<{ signInOptions: { identityProvider: { displayName: string; startPath: string; issuer: string; passwordForLinkedAccounts: boolean } } }>(
      `{ signInOptions { identityProvider { displayName startPath issuer passwordForLinkedAccounts } } }`,
    );
    expect(res.data!.signInOptions.identityProvider).toEqual({ displayName: '青禾统一身份认证', startPath: '/auth/oidc/start', issuer: idp.issuer, passwordForLinkedAccounts: false });
  });

  it('a subject an administrator linked signs in as that account: same session cookie, /graphql knows them, audited as OIDC', async () => {
    const linked = await link('hr.verifier', 'idp-7302-li');
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkExternalIdentity.externalIdentities).toEqual([{ id: expect.any(String), subject: 'idp-7302-li', matchedByClaim: false }]);
    const browser = new HandBrowser();
    const landed = await land(browser, await toCallback(browser, 'idp-7302-li'));
    expect(landed.refusal).toBeNull();
    expect(landed.location.pathname).toBe('/audit');
    expect(landed.username).toBe('hr.verifier');
    const [entry] = (await t.dataSource.query(
      `SELECT a.payload FROM audit_log a JOIN user_account u ON u.id::text = a.entity_id WHERE u.username = 'hr.verifier' AND a.action = 'SIGNED_IN' ORDER BY a.id DESC LIMIT 1`,
    )) as Array<{ payload: Record<string, unknown> }>;
    expect(entry!.payload).toMatchObject({ method: 'OIDC', issuer: idp.issuer, subject: 'idp-7302-li', sessionId: expect.any(String) });
  });

  it('with OIDC_PASSWORD_FOR_LINKED=0 the linked account’s right password is refused; an unlinked one still signs in', async () => {
    const signIn = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
    expect(codeOf(await t.gql(signIn, { input: { username: 'hr.verifier', password: 'Demo@2026' } }))).toBe('PASSWORD_SIGN_IN_DISABLED');
    expect(codeOf(await t.gql(signIn, { input: { username: 'hr.verifier', password: 'not-the-password' } }))).toBe('INVALID_CREDENTIALS');
    expect((await t.gql<{ signIn: { token: string } }>(signIn, { input: { username: 'hr', password: 'Demo@2026' } })).data!.signIn.token).toBeTruthy();
  });

  it('OIDC_MATCH_CLAIM: the first sign-in matches the claim to the cadre’s account and links it; the next uses the link', async () => {
    const created = await t.gql<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'wang.jianguo', displayName: '王建国', password: 'Initial-Pass-2031', cadreId: unaccounted.id } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    for (const round of [1, 2]) {
      const browser = new HandBrowser();
      const landed = await land(browser, await toCallback(browser, EMPLOYEE_NO_SUBJECT));
      expect([round, landed.refusal, landed.username]).toEqual([round, null, 'wang.jianguo']);
    }
    expect((await userOf('wang.jianguo')).externalIdentities).toEqual([{ id: expect.any(String), issuer: idp.issuer, subject: EMPLOYEE_NO_SUBJECT, matchedByClaim: true }]);
  });

  it.each([
    ['a subject linked to no account and matching none', 'idp-0001-nobody', 'UNKNOWN_SUBJECT'],
    ['a subject whose account is disabled', 'idp-5520-disabled', 'ACCOUNT_DISABLED'],
  ])('%s is refused with a coded reason, no session, and the refusal is audited', async (_case, subject, reason) => {
    if (reason === 'ACCOUNT_DISABLED') {
      await t.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { username: 'zhao.left', displayName: '赵离任', password: 'Initial-Pass-2032' } }, { token: admin });
      expect((await link('zhao.left', subject)).errors).toBeUndefined();
      // No mutation disables an account yet (part of the accounts work): the fixture sets the flag.
      await t.dataSource.query(`UPDATE user_account SET disabled = true WHERE username = 'zhao.left'`);
    }
    const browser = new HandBrowser();
    const landed = await land(browser, await toCallback(browser, subject));
    expect([landed.location.pathname, landed.refusal, landed.username]).toEqual(['/sign-in', reason, null]);
    const rows = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE action = 'OIDC_SIGN_IN_REFUSED' AND payload->>'subject' = $1`, [subject])) as Array<{
      payload: Record<string, unknown>;
    }>;
    expect(rows.map((r) => r.payload)).toEqual([{ method: 'OIDC', reason, issuer: idp.issuer, subject }]);
  });

  /** Ways the callback is altered on its way back; each is refused and opens no session. */
  it.each<[string, (browser: HandBrowser, callback: URL) => Promise<URL>, string]>([
    ['a tampered state', async (_b, cb) => withParam(cb, 'state', 'forged-state-value'), 'BAD_STATE'],
    ['a callback in another browser (no start cookie)', async (b, cb) => (b.cookies.get(new URL(t.url).origin)!.delete('cadre_oidc'), cb), 'BAD_STATE'],
    ['a started sign-in that expired (eleven minutes)', async (_b, cb) => (t.clock.advance(11 * 60_000), cb), 'BAD_STATE'],
    ['a wrong issuer in the answer (RFC 9207)', async (_b, cb) => withParam(cb, 'iss', 'http://127.0.0.1:1/'), 'PROVIDER_ERROR'],
    ['a code that is not the provider’s', async (_b, cb) => withParam(cb, 'code', 'forged-code'), 'PROVIDER_ERROR'],
    [
      'an ID token whose nonce is not the one sent',
      async (_b, cb) => {
        await t.dataSource.query(`UPDATE oidc_pending_sign_in SET nonce = 'another-nonce-value' WHERE state = $1`, [cb.searchParams.get('state')]);
        return cb;
      },
      'PROVIDER_ERROR',
    ],
    ['an error answer of the provider', async (_b, cb) => new URL(`${cb.origin}${cb.pathname}?error=access_denied&state=${cb.searchParams.get('state')}&iss=${encodeURIComponent(idp.issuer)}`), 'PROVIDER_ERROR'],
  ])('%s is refused (%#)', async (_case, alter, reason) => {
    const browser = new HandBrowser();
    const callback = await toCallback(browser, 'idp-7302-li');
    const landed = await land(browser, await alter(browser, callback));
    expect([landed.location.pathname, landed.refusal, landed.username]).toEqual(['/sign-in', reason, null]);
  });

  it('a callback replayed after it signed in is refused: a started sign-in is taken once', async () => {
    const browser = new HandBrowser();
    const callback = await toCallback(browser, 'idp-7302-li');
    const start = browser.cookie(t.url, 'cadre_oidc')!;
    expect((await land(browser, callback)).username).toBe('hr.verifier');
    browser.cookies.get(new URL(t.url).origin)!.set('cadre_oidc', start);
    browser.cookies.get(new URL(t.url).origin)!.delete('cadre_session');
    expect((await land(browser, callback)).refusal).toBe('BAD_STATE');
  });
});

describe('signing out of a session opened through the provider', () => {
  const END = `mutation { endSession { providerSignOutUrl } }`;

  it('endSession ends the session here and gives the provider’s end-session URL; following it signs the browser out there and back to /sign-in', async () => {
    await link('discipline', 'idp-8814-zhao');
    const browser = new HandBrowser();
    const landed = await land(browser, await toCallback(browser, 'idp-8814-zhao'));
    expect(landed.username).toBe('discipline');
    const cookie = `cadre_session=${browser.cookie(t.url, 'cadre_session')}`;
    const [kept] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM auth_session s JOIN user_account u ON u.id = s.user_id WHERE u.username = 'discipline' AND s.id_token IS NOT NULL AND s.revoked_at IS NULL`)) as Array<{ n: number }>;
    expect(kept!.n).toBe(1);

    const ended = await t.gql<{ endSession: { providerSignOutUrl: string | null } }>(END, {}, { headers: { cookie } });
    expect(ended.errors).toBeUndefined();
    const url = new URL(ended.data!.endSession.providerSignOutUrl!);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${t.url}/sign-in`);
    expect(url.searchParams.get('client_id')).toBe(TEST_CLIENT.clientId);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // Ended here at once, and the ID token is no longer kept.
    expect((await t.gql<{ me: unknown }>(ME, {}, { headers: { cookie } })).data!.me).toBeNull();
    const [left] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM auth_session s JOIN user_account u ON u.id = s.user_id WHERE u.username = 'discipline' AND s.id_token IS NOT NULL`)) as Array<{ n: number }>;
    expect(left!.n).toBe(0);
    const [audited] = (await t.dataSource.query(
      `SELECT a.action FROM audit_log a JOIN user_account u ON u.id::text = a.entity_id WHERE u.username = 'discipline' ORDER BY a.id DESC LIMIT 1`,
    )) as Array<{ action: string }>;
    expect(audited!.action).toBe('SIGNED_OUT');

    // At the provider: it accepts the hint and the registered return address, asks to confirm, signs out and sends the browser back.
    const confirm = await browser.follow(url);
    expect(confirm.status).toBe(200);
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(confirm.body);
    expect(form, confirm.body.slice(0, 300)).not.toBeNull();
    const fields = Object.fromEntries([...form![2]!.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const back = await browser.request(new URL(form![1]!.replace(/&amp;/g, '&'), confirm.url), { form: { ...fields, logout: 'yes' } });
    let answer = back;
    for (let hops = 0; answer.location && answer.location.origin !== t.url && hops < 5; hops++) answer = await browser.request(answer.location);
    expect(answer.location?.href).toBe(`${t.url}/sign-in`);
    // The provider's session is gone: starting again asks for the login once more.
    const again = await browser.follow(`${t.url}/auth/oidc/start`);
    expect(again.url.origin).toBe(idp.issuer);
    expect(again.body).toMatch(/<form[^>]*action="[^"]+"/);
    expect(again.body).toMatch(/name="login"/);
  });

  it('a password session ends with no URL to follow', async () => {
    const token = await t.signIn('committee');
    const ended = await t.gql<{ endSession: { providerSignOutUrl: string | null } }>(END, {}, { token });
    expect(ended.data!.endSession).toEqual({ providerSignOutUrl: null });
    expect((await t.gql<{ me: unknown }>(ME, {}, { token })).data!.me).toBeNull();
  });
});

describe('linking and unlinking', () => {
  it('a subject already linked cannot be linked again (CONFLICT); an empty subject is VALIDATION', async () => {
    expect(codeOf(await link('orgadmin', 'idp-7302-li'))).toBe('CONFLICT');
    expect(codeOf(await link('orgadmin', ''))).toBe('VALIDATION');
  });

  it('after unlinking, the subject is refused as unknown; an unknown link id is NOT_FOUND', async () => {
    await link('auditor', 'idp-9034-zhou');
    const identity = (await userOf('auditor')).externalIdentities[0]!;
    const unlinked = await t.gql<{ unlinkExternalIdentity: { externalIdentities: unknown[] } }>(UNLINK, { id: identity.id }, { token: admin });
    expect(unlinked.data!.unlinkExternalIdentity.externalIdentities).toEqual([]);
    const browser = new HandBrowser();
    expect((await land(browser, await toCallback(browser, 'idp-9034-zhou'))).refusal).toBe('UNKNOWN_SUBJECT');
    expect(codeOf(await t.gql(UNLINK, { id: identity.id }, { token: admin }))).toBe('NOT_FOUND');
  });

  it.each(['orgadmin', 'hr', 'auditor'])('%s may not link identities (FORBIDDEN)', async (username) => {
    const token = await t.signIn(username);
    const target = await userOf('committee');
    expect(codeOf(await t.gql(LINK, { input: { userId: target.id, subject: 'idp-1111-x' } }, { token }))).toBe('FORBIDDEN');
  });
});

describe('without OIDC_ISSUER', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await startTestApp({ seed: false, config: { oidc: loadConfig({}).oidc } });
  });
  afterAll(() => off?.close());

  it('signInOptions offers no provider and /auth/oidc/start is not there', async () => {
    const res = await off.gql<{ signInOptions: { identityProvider: unknown } }>(`{ signInOptions { identityProvider { displayName } } }`);
    expect(res.data!.signInOptions.identityProvider).toBeNull();
    const start = await fetch(`${off.url}/auth/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(404);
  });
});

describe('rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    const oidc = { ...t.app.services.oidc!, passwordForLinkedAccounts: true };
    const signIn = { points: 3, durationSeconds: 60 };
    limited = await startTestApp({ seed: false, config: { oidc, rateLimits: { signIn, lodgeObjection: signIn, publicNotices: signIn } } });
  });
  afterAll(() => limited?.close());

  it('past RATE_LIMIT_SIGNIN_PER_MINUTE starts from one address, the next is sent back with RATE_LIMITED', async () => {
    const browser = new HandBrowser();
    const locations: string[] = [];
    for (let i = 0; i < 4; i++) locations.push((await browser.request(`${limited.url}/auth/oidc/start`)).location!.href);
    expect(locations.slice(0, 3).every((l) => l.startsWith(`${idp.issuer}/auth?`))).toBe(true);
    expect(locations[3]).toBe(`${limited.url}/sign-in?oidcError=RATE_LIMITED`);
  });
});

function withParam(url: URL, name: string, value: string): URL {
  const altered = new URL(url);
  altered.searchParams.set(name, value);
  return altered;
}
