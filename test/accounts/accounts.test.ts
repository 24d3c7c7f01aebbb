import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, passwordViolations } from '../../server/accounts/password-policy.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';
import { CHANGE, createRosterUnit, signInWith } from './fixtures.js';

let t: TestApp;
let admin: string;
let unit: { unitId: string; subId: string };
beforeAll(async () => {
  t = await startTestApp({ config: { passwordPolicy: { minLength: 11, minClasses: 3, expiryDays: 90 }, signInUrl: 'https://kaohe.example.gov.cn/' } });
  admin = await t.signIn('sysadmin');
  unit = await createRosterUnit(t, 'ZX', [
    { personNo: 'ZX-7001', name: '严柏舟' },
    { personNo: 'ZX-7002', name: '苏晚晴' },
    { personNo: 'ZX-7003', name: '韩立群' },
    { personNo: 'ZX-7004', name: '贺老成', status: 'RETIRED' },
    { personNo: 'ZX-7005', name: '孟知远' },
    { personNo: 'ZX-7101', name: '程一帆', sub: true },
  ]);
});
afterAll(() => t?.close());

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id username cadreId cadrePersonNo mustChangePassword } }`;
const BULK = `mutation($input: CreateAccountsForUnitInput!) { createAccountsForUnit(input: $input) {
  created { userId username oneTimePassword displayName personNo organisationName }
  skipped { personNo reason username } skippedCount signInUrl } }`;
const ME = `{ me { username passwordChangeRequired } }`;
const HISTORY = `query($userId: ID, $first: Int) { signInHistory(userId: $userId, first: $first) { totalCount nodes { action succeeded ip userAgent method actorUsername } pageInfo { hasNextPage endCursor } } }`;

interface Bulk {
  createAccountsForUnit: {
    created: Array<{ userId: string; username: string; oneTimePassword: string; displayName: string; personNo: string; organisationName: string }>;
    skipped: Array<{ personNo: string; reason: string; username: string | null }>;
    skippedCount: number;
    signInUrl: string;
  };
}

describe('password policy (minimum 11, three classes)', () => {
  it.each([
    ['Ab3!', ['TOO_SHORT']],
    ['qingshanlvshui', ['TOO_FEW_CLASSES']],
    ['QingshanLvshui', ['TOO_FEW_CLASSES']],
    ['qs', ['TOO_SHORT', 'TOO_FEW_CLASSES']],
    ['Zx.Policy-77', ['EQUALS_USERNAME']],
    ['Initial#Pass-2026', ['SAME_AS_CURRENT']],
  ])('%s is refused: %j', async (password, reasons) => {
    const token = await t.signIn('zx.policy-77', 'Initial#Pass-2026');
    const res = await t.gql(CHANGE, { input: { currentPassword: 'Initial#Pass-2026', newPassword: password } }, { token });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.reasons).toEqual(reasons);
    expect((res.errors![0]!.extensions!.fields as Array<{ field: string }>)[0]!.field).toBe('input.newPassword');
  });

  it.each([
    ['Qingshan#lvshui', 3],
    ['qingshan7lvshui!', 3],
    ['QINGSHAN7LVSHUI!a', 4],
  ])('%s is accepted (%i classes) by the policy', (password, classes) => {
    expect(passwordViolations({ minLength: 11, minClasses: classes, expiryDays: 0 }, password, 'someone')).toEqual([]);
  });

  it.each([
    [{ minLength: 8, minClasses: 2, expiryDays: 0 }, 'abcd1234', []],
    [{ minLength: 8, minClasses: 4, expiryDays: 0 }, 'abcd1234', ['TOO_FEW_CLASSES']],
    [{ minLength: 16, minClasses: 1, expiryDays: 0 }, 'abcdefghijklmno', ['TOO_SHORT']],
    [{ minLength: 6, minClasses: 1, expiryDays: 0 }, '密码是青山绿水', []],
  ])('policy %j: %s → %j', (policy, password, reasons) => {
    expect(passwordViolations(policy, password, 'someone')).toEqual(reasons);
  });

  it('a wrong current password is INVALID_CREDENTIALS; a good new one is taken, ends the other sessions and is audited without the password', async () => {
    const other = await t.signIn('zx.policy-77', 'Initial#Pass-2026');
    const token = await t.signIn('zx.policy-77', 'Initial#Pass-2026');
    const wrong = await t.gql(CHANGE, { input: { currentPassword: 'Not#The-Password1', newPassword: 'Shanshui#2027x' } }, { token });
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
    const ok = await t.gql<{ changePassword: { passwordChangeRequired: string | null } }>(
      CHANGE,
      { input: { currentPassword: 'Initial#Pass-2026', newPassword: 'Shanshui#2027x' } },
      { token },
    );
    expect(ok.errors).toBeUndefined();
    expect((await t.gql<{ me: unknown }>(ME, {}, { token })).data!.me).not.toBeNull();
    expect((await t.gql<{ me: unknown }>(ME, {}, { token: other })).data!.me).toBeNull();
    expect(codeOf((await signInWith(t, 'zx.policy-77', 'Initial#Pass-2026')).res)).toBe('INVALID_CREDENTIALS');
    expect((await signInWith(t, 'zx.policy-77', 'Shanshui#2027x')).token).toBeTruthy();
    const trail = (await t.dataSource.query(`SELECT payload::text AS p FROM audit_log WHERE action = 'PASSWORD_CHANGED'`)) as Array<{ p: string }>;
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.some((r) => r.p.includes('Shanshui'))).toBe(false);
  });
});

beforeAll(async () => {
  // The account of the policy table: created by the administrator with a password the table then tries to replace.
  const res = await t.gql(CREATE_USER, { input: { username: 'zx.policy-77', displayName: '策略测试', password: 'Initial#Pass-2026' } }, { token: admin });
  expect(res.errors).toBeUndefined();
});

describe('linking an account by personnel number', () => {
  it('createUser takes cadrePersonNo and links the cadre', async () => {
    const res = await t.gql<{ createUser: { cadreId: string; cadrePersonNo: string } }>(
      CREATE_USER,
      { input: { username: 'menzhiyuan', displayName: '孟知远', password: 'Linked#User-2026', cadrePersonNo: 'ZX-7005' } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser.cadrePersonNo).toBe('ZX-7005');
    const [row] = (await t.dataSource.query(`SELECT id FROM cadre WHERE person_no = 'ZX-7005'`)) as Array<{ id: string }>;
    expect(res.data!.createUser.cadreId).toBe(row!.id);
  });

  it.each([
    [true, 'ONE_TIME'],
    [false, null],
    [null, null],
    [undefined, null],
  ] as const)('createUser with mustChangePassword %s: the first sign-in requires %s', async (mustChange, required) => {
    const username = `onetime-${String(mustChange)}`;
    const input = { username, displayName: '一次性密码', password: 'Handed#Over-2026', ...(mustChange === undefined ? {} : { mustChangePassword: mustChange }) };
    const res = await t.gql<{ createUser: { mustChangePassword: boolean } }>(CREATE_USER, { input }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createUser.mustChangePassword).toBe(required !== null);
    const signedIn = await signInWith(t, username, 'Handed#Over-2026');
    expect(signedIn.required).toBe(required);
  });

  it.each([['ZX-9999'], ['QH-NOPE']])('an unknown number %s is UNKNOWN_PERSON_NO naming it', async (personNo) => {
    const res = await t.gql(CREATE_USER, { input: { username: `u-${personNo}`, displayName: '无此人', password: 'Linked#User-2026', cadrePersonNo: personNo } }, { token: admin });
    expect(codeOf(res)).toBe('UNKNOWN_PERSON_NO');
    expect(res.errors![0]!.extensions!.personNo).toBe(personNo);
  });

  it('the cadre search finds by name or number, saying who already has an account', async () => {
    const res = await t.gql<{ accountCadreCandidates: Array<{ personNo: string; name: string; username: string | null }> }>(
      `{ accountCadreCandidates(search: "ZX-700") { personNo name username } }`,
      {},
      { token: admin },
    );
    expect(res.data!.accountCadreCandidates.map((c) => [c.personNo, c.username])).toEqual([
      ['ZX-7001', null],
      ['ZX-7002', null],
      ['ZX-7003', null],
      ['ZX-7004', null],
      ['ZX-7005', 'menzhiyuan'],
    ]);
  });
});

describe('accounts for a unit', () => {
  let first: Bulk['createAccountsForUnit'];

  it('is for SYSTEM_ADMIN only', async () => {
    const token = await t.signIn('orgadmin');
    const res = await t.gql(BULK, { input: { organisationId: unit.unitId } }, { token });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('PREFIX_PERSON_NO needs a prefix', async () => {
    const res = await t.gql(BULK, { input: { organisationId: unit.unitId, usernameRule: 'PREFIX_PERSON_NO' } }, { token: admin });
    expect(codeOf(res)).toBe('VALIDATION');
  });

  it('makes an account per serving cadre without one, skipping the linked, the retired and a taken username', async () => {
    // Someone already uses the name the rule gives 韩立群.
    await t.gql(CREATE_USER, { input: { username: 'zx.ZX-7003', displayName: '占用者', password: 'Taken#Name-2026' } }, { token: admin });
    const res = await t.gql<Bulk>(
      BULK,
      { input: { organisationId: unit.unitId, usernameRule: 'PREFIX_PERSON_NO', usernamePrefix: 'zx.', roles: ['CADRE', 'RATER'] } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    first = res.data!.createAccountsForUnit;
    expect(first.created.map((a) => [a.username, a.displayName, a.organisationName])).toEqual([
      ['zx.ZX-7001', '严柏舟', 'ZX镇'],
      ['zx.ZX-7002', '苏晚晴', 'ZX镇'],
    ]);
    expect(first.skipped).toEqual([
      { personNo: 'ZX-7003', reason: 'USERNAME_TAKEN', username: 'zx.ZX-7003' },
      { personNo: 'ZX-7004', reason: 'NOT_SERVING', username: null },
      { personNo: 'ZX-7005', reason: 'HAS_ACCOUNT', username: 'menzhiyuan' },
    ]);
    expect(first.signInUrl).toBe('https://kaohe.example.gov.cn/');
    for (const a of first.created) {
      expect(a.oneTimePassword.length).toBeGreaterThanOrEqual(12);
      expect(passwordViolations({ ...DEFAULT_PASSWORD_POLICY, minLength: 11 }, a.oneTimePassword, a.username)).toEqual([]);
    }
    expect(first.created[0]!.oneTimePassword).not.toBe(first.created[1]!.oneTimePassword);
    const roles = (await t.dataSource.query(
      `SELECT ra.role FROM role_assignment ra JOIN user_account u ON u.id = ra.user_id WHERE u.username = 'zx.ZX-7001' ORDER BY ra.role`,
    )) as Array<{ role: string }>;
    expect(roles.map((r) => r.role)).toEqual(['CADRE', 'RATER']);
    const trail = (await t.dataSource.query(`SELECT payload::text AS p FROM audit_log WHERE entity_type IN ('user', 'organisation') AND occurred_at = $1`, [t.clock.now()])) as Array<{
      p: string;
    }>;
    expect(trail.length).toBeGreaterThanOrEqual(3);
    for (const a of first.created) expect(trail.some((r) => r.p.includes(a.oneTimePassword))).toBe(false);
  });

  it('running it again creates nothing new; by the plain number and with the sub-units it adds the ones left', async () => {
    const again = await t.gql<Bulk>(BULK, { input: { organisationId: unit.unitId, usernameRule: 'PREFIX_PERSON_NO', usernamePrefix: 'zx.' } }, { token: admin });
    expect(again.data!.createAccountsForUnit.created).toEqual([]);
    expect(again.data!.createAccountsForUnit.skipped.map((s) => [s.personNo, s.reason])).toEqual([
      ['ZX-7001', 'HAS_ACCOUNT'],
      ['ZX-7002', 'HAS_ACCOUNT'],
      ['ZX-7003', 'USERNAME_TAKEN'],
      ['ZX-7004', 'NOT_SERVING'],
      ['ZX-7005', 'HAS_ACCOUNT'],
    ]);
    const deeper = await t.gql<Bulk>(BULK, { input: { organisationId: unit.unitId, includeSubunits: true } }, { token: admin });
    // 韩立群's plain number is free (only zx.ZX-7003 was taken); the sub-unit's cadre comes in with includeSubunits.
    expect(deeper.data!.createAccountsForUnit.created.map((a) => [a.username, a.organisationName])).toEqual([
      ['ZX-7003', 'ZX镇'],
      ['ZX-7101', 'ZX街道'],
    ]);
    expect(deeper.data!.createAccountsForUnit.skippedCount).toBe(4);
  });

  it('a new account signs in with its one-time password and may do nothing but change it; then it may', async () => {
    const account = first.created[0]!;
    const { token, required } = await signInWith(t, account.username, account.oneTimePassword);
    expect(required).toBe('ONE_TIME');
    const refused = [
      `{ myAssessments { id } }`,
      `{ signInHistory { totalCount } }`,
      `{ ... on Query { myAssessments { id } } }`,
      `query { ...Sneak } fragment Sneak on Query { myAssessments { id } }`,
      `{ me { username } myAssessments { id } }`,
    ];
    for (const query of refused) {
      const res = await t.gql(query, {}, { token });
      expect(codeOf(res), query).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(res.errors![0]!.extensions!.reason).toBe('ONE_TIME');
    }
    expect((await t.gql<{ me: { passwordChangeRequired: string } }>(ME, {}, { token })).data!.me.passwordChangeRequired).toBe('ONE_TIME');
    expect((await t.gql<{ passwordPolicy: { minLength: number } }>(`{ passwordPolicy { minLength minClasses expiryDays } }`, {}, { token })).data!.passwordPolicy).toEqual({
      minLength: 11,
      minClasses: 3,
      expiryDays: 90,
    });
    const changed = await t.gql<{ changePassword: { passwordChangeRequired: string | null } }>(
      CHANGE,
      { input: { currentPassword: account.oneTimePassword, newPassword: 'Baizhou#River-2027' } },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changePassword.passwordChangeRequired).toBeNull();
    const after = await t.gql<{ myAssessments: unknown[] }>(`{ myAssessments { id } }`, {}, { token });
    expect(after.errors).toBeUndefined();
  });
});

describe('reset, disable and enable', () => {
  const RESET = `mutation($id: ID!) { resetPassword(userId: $id) { oneTimePassword user { username mustChangePassword } } }`;
  const DISABLE = `mutation($id: ID!) { disableUser(userId: $id) { disabled } }`;
  const ENABLE = `mutation($id: ID!) { enableUser(userId: $id) { disabled } }`;
  const idOf = async (username: string) => ((await t.dataSource.query(`SELECT id FROM user_account WHERE username = $1`, [username])) as Array<{ id: string }>)[0]!.id;

  it('a reset hands out a one-time password once, ends the sessions and forces a change', async () => {
    const session = await t.signIn('hr.verifier');
    const res = await t.gql<{ resetPassword: { oneTimePassword: string; user: { mustChangePassword: boolean } } }>(RESET, { id: await idOf('hr.verifier') }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.resetPassword.user.mustChangePassword).toBe(true);
    expect((await t.gql<{ me: unknown }>(ME, {}, { token: session })).data!.me).toBeNull();
    expect(codeOf((await signInWith(t, 'hr.verifier', 'Demo@2026')).res)).toBe('INVALID_CREDENTIALS');
    const again = await signInWith(t, 'hr.verifier', res.data!.resetPassword.oneTimePassword);
    expect(again.required).toBe('ONE_TIME');
    const trail = (await t.dataSource.query(`SELECT payload::text AS p FROM audit_log WHERE action = 'PASSWORD_RESET'`)) as Array<{ p: string }>;
    expect(trail.some((r) => r.p.includes(res.data!.resetPassword.oneTimePassword))).toBe(false);
  });

  it('only SYSTEM_ADMIN resets, and not their own account', async () => {
    expect(codeOf(await t.gql(RESET, { id: await idOf('hr') }, { token: await t.signIn('auditor') }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(RESET, { id: await idOf('sysadmin') }, { token: admin }))).toBe('VALIDATION');
  });

  it('a disabled account’s session stops at once and it cannot sign in; enabled again, it can', async () => {
    const session = await t.signIn('discipline');
    const id = await idOf('discipline');
    expect((await t.gql<{ disableUser: { disabled: boolean } }>(DISABLE, { id }, { token: admin })).data!.disableUser.disabled).toBe(true);
    expect((await t.gql<{ me: unknown }>(ME, {}, { token: session })).data!.me).toBeNull();
    expect(codeOf(await t.gql(`{ myAssessments { id } }`, {}, { token: session }))).toBe('UNAUTHENTICATED');
    expect(codeOf((await signInWith(t, 'discipline', 'Demo@2026')).res)).toBe('INVALID_CREDENTIALS');
    expect((await t.gql<{ enableUser: { disabled: boolean } }>(ENABLE, { id }, { token: admin })).data!.enableUser.disabled).toBe(false);
    expect((await signInWith(t, 'discipline', 'Demo@2026')).token).toBeTruthy();
  });
});

describe('sign-in history', () => {
  it('shows one’s own sign-ins and failures with address, browser and method, newest first', async () => {
    await t.gql(`mutation { signIn(input: { username: "committee", password: "wrong-password" }) { token } }`, {}, { headers: { 'user-agent': 'ZX-Browser/1.0' } });
    const token = (await t.gql<{ signIn: { token: string } }>(`mutation { signIn(input: { username: "committee", password: "Demo@2026" }) { token } }`, {}, { headers: { 'user-agent': 'ZX-Browser/2.0' } })).data!.signIn.token;
    const res = await t.gql<{ signInHistory: { nodes: Array<{ action: string; succeeded: boolean; userAgent: string | null; method: string | null; ip: string | null }> } }>(
      HISTORY,
      { first: 2 },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.signInHistory.nodes.map((n) => [n.action, n.succeeded, n.userAgent, n.method])).toEqual([
      ['SIGNED_IN', true, 'ZX-Browser/2.0', 'PASSWORD'],
      ['SIGN_IN_FAILED', false, 'ZX-Browser/1.0', null],
    ]);
    expect(res.data!.signInHistory.nodes[0]!.ip).toMatch(/127\.0\.0\.1/);
  });

  it('pages with a cursor', async () => {
    const token = await t.signIn('committee');
    const one = await t.gql<{ signInHistory: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(HISTORY, { first: 1 }, { token });
    expect(one.data!.signInHistory.pageInfo.hasNextPage).toBe(true);
    expect(one.data!.signInHistory.totalCount).toBeGreaterThanOrEqual(3);
    const next = await t.gql<{ signInHistory: { nodes: Array<{ action: string }> } }>(
      `query($after: String) { signInHistory(first: 1, after: $after) { nodes { action } } }`,
      { after: one.data!.signInHistory.pageInfo.endCursor },
      { token },
    );
    expect(next.data!.signInHistory.nodes.map((n) => n.action)).toEqual(['SIGNED_IN']);
  });

  it('another’s history is for SYSTEM_ADMIN, who also sees who reset or disabled it', async () => {
    const id = ((await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'discipline'`)) as Array<{ id: string }>)[0]!.id;
    expect(codeOf(await t.gql(HISTORY, { userId: id }, { token: await t.signIn('hr') }))).toBe('FORBIDDEN');
    const res = await t.gql<{ signInHistory: { nodes: Array<{ action: string; actorUsername: string | null }> } }>(HISTORY, { userId: id, first: 3 }, { token: admin });
    expect(res.data!.signInHistory.nodes.map((n) => [n.action, n.actorUsername])).toEqual([
      ['SIGNED_IN', null],
      ['ACCOUNT_ENABLED', 'sysadmin'],
      ['SIGN_IN_FAILED', null],
    ]);
  });
});

describe('linking an existing account to a cadre', () => {
  const LINK = `mutation($input: LinkUserToCadreInput!) { linkUserToCadre(input: $input) { username cadrePersonNo } }`;
  it.each([
    ['orgadmin', 'ZX-7004', 'FORBIDDEN', null],
    ['sysadmin', 'ZX-0000', 'UNKNOWN_PERSON_NO', null],
    ['sysadmin', 'ZX-7001', 'VALIDATION', null],
    ['sysadmin', 'ZX-7004', null, 'ZX-7004'],
    ['sysadmin', 'ZX-7004', null, 'ZX-7004'],
  ])('%s links zx.policy-77 to %s → %s', async (who, personNo, code, linked) => {
    const token = who === 'sysadmin' ? admin : await t.signIn(who);
    const userId = ((await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'zx.policy-77'`)) as Array<{ id: string }>)[0]!.id;
    const res = await t.gql<{ linkUserToCadre: { cadrePersonNo: string | null } }>(LINK, { input: { userId, cadrePersonNo: personNo } }, { token });
    expect(codeOf(res) ?? null).toBe(code);
    if (linked) expect(res.data!.linkUserToCadre.cadrePersonNo).toBe(linked);
  });

  it('is audited once, not again when the link stays as it was', async () => {
    const rows = (await t.dataSource.query(`SELECT payload->>'personNo' AS p FROM audit_log WHERE action = 'CADRE_LINKED'`)) as Array<{ p: string }>;
    expect(rows.map((r) => r.p)).toEqual(['ZX-7004']);
  });
});

describe('password expiry (90 days)', () => {
  it('a password older than the policy allows must be changed first, as a one-time one', async () => {
    const [row] = (await t.dataSource.query(`SELECT password_changed_at FROM user_account WHERE username = 'assessor'`)) as Array<{ password_changed_at: Date }>;
    t.clock.set(new Date(new Date(row!.password_changed_at).getTime() + 89 * 86_400_000));
    expect((await signInWith(t, 'assessor', 'Demo@2026')).required).toBeNull();
    t.clock.set(new Date(new Date(row!.password_changed_at).getTime() + 90 * 86_400_000));
    const { token, required } = await signInWith(t, 'assessor', 'Demo@2026');
    expect(required).toBe('EXPIRED');
    const res = await t.gql(`{ cycles { id } }`, {}, { token });
    expect(codeOf(res)).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(res.errors![0]!.extensions!.reason).toBe('EXPIRED');
  });
});
