import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let smtp: TestSmtp;
let cadre: string;
let assessor: string;
let assessmentId: string;
const ADDRESS = 'dongjiang.digest@dongjiang.gov.cn';

const SETTINGS = `mutation($input: NotificationSettingsInput!) { setMyNotificationSettings(input: $input) { email delivery } }`;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ config: { sessionHours: 24 * 365, mail: smtp.settings({ publicUrl: 'https://kaohe.taining.gov.cn' }) } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
  cadre = await t.signIn('cadre');
  assessor = await t.signIn('assessor');
  [{ id: assessmentId }] = (await t.dataSource.query(
    `SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre'`,
  )) as [{ id: string }];
  await writeSelfReport(t, cadre, assessmentId);
  const res = await t.gql(SETTINGS, { input: { email: ADDRESS, delivery: 'DAILY_DIGEST' } }, { token: cadre });
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

/** Moves the clock to a Beijing time and runs one step there. */
async function at(beijing: string, step: () => Promise<unknown>): Promise<void> {
  t.clock.set(new Date(`${beijing}+08:00`));
  await step();
}
const submit = () => act(t, cadre, 'submitSelfReport', { assessmentId });
const giveBack = () => act(t, assessor, 'returnSelfReport', { assessmentId, reason: '请补充年度目标完成情况' });

describe('the daily digest', () => {
  it('notifications of a day reach a digest reader in one e-mail the next morning, and nothing one by one', async () => {
    // The cadre's own submissions tell nobody; each return is theirs to act on.
    await at('2026-01-07T10:00:00', submit);
    await at('2026-01-07T11:30:00', giveBack);
    await at('2026-01-07T15:00:00', submit);
    await at('2026-01-07T23:59:00', giveBack);
    await at('2026-01-07T23:59:30', () => t.app.services.outbox.deliver());
    expect(smtp.messages).toHaveLength(0);
    // Before the morning run, the day after: the day is not over for the job until it runs.
    await at('2026-01-08T08:00:00', async () => expect(await t.app.services.outbox.queueDigests()).toBe(1));
    expect(await t.app.services.outbox.deliver()).toMatchObject({ sent: 1 });
    expect(smtp.messages).toHaveLength(1);
    const digest = smtp.messages[0]!;
    expect(digest.subject).toBe('【干部考核】2026年1月7日通知汇总（共 2 条）');
    expect(digest.text).toContain('1. 事项：述职报告被退回修改，当前状态：述职报告退回修改');
    expect(digest.text).toContain('2. 事项：述职报告被退回修改，当前状态：述职报告退回修改');
    expect(digest.text).not.toContain('提交述职报告');
    expect(digest.text).toContain(`https://kaohe.taining.gov.cn/assessments/${assessmentId}`);
    expect(digest.to && !Array.isArray(digest.to) ? digest.to.value[0]!.address : null).toBe(ADDRESS);
  });

  it.each([
    ['2026-01-08T08:00:05', 'the same run again'],
    ['2026-01-08T13:00:00', 'a run later that day'],
  ])('%s (%s) queues no second digest of the day', async (when) => {
    await at(when, async () => expect(await t.app.services.outbox.queueDigests()).toBe(0));
    expect((await t.app.services.outbox.deliver()).sent).toBe(0);
    expect(smtp.messages).toHaveLength(1);
  });

  it('the next day brings its own digest with only its own notification', async () => {
    await at('2026-01-08T09:00:00', submit);
    await at('2026-01-08T09:30:00', giveBack);
    await at('2026-01-09T08:00:00', async () => expect(await t.app.services.outbox.queueDigests()).toBe(1));
    await t.app.services.outbox.deliver();
    expect(smtp.messages).toHaveLength(2);
    expect(smtp.messages[1]!.subject).toBe('【干部考核】2026年1月8日通知汇总（共 1 条）');
  });

  it('a day with nothing brings no digest; a missed morning run is made up by the next one', async () => {
    await at('2026-01-10T08:00:00', async () => expect(await t.app.services.outbox.queueDigests()).toBe(0));
    await at('2026-01-10T10:00:00', submit);
    await at('2026-01-10T10:30:00', giveBack);
    // No run on the morning of the 11th (the server was down); the 12th sends the 10th and the 11th's day.
    await at('2026-01-11T10:00:00', submit);
    await at('2026-01-11T10:30:00', giveBack);
    await at('2026-01-12T08:00:00', async () => expect(await t.app.services.outbox.queueDigests()).toBe(2));
    await t.app.services.outbox.deliver();
    expect(smtp.messages.slice(2).map((m) => m.subject).sort()).toEqual(['【干部考核】2026年1月10日通知汇总（共 1 条）', '【干部考核】2026年1月11日通知汇总（共 1 条）']);
  });
});

describe('setting one’s own e-mail address', () => {
  let rater: string;
  beforeAll(async () => {
    rater = await t.signIn('rater');
  });

  it.each([
    ['zhang.san@qinghe.gov.cn', 'zhang.san@qinghe.gov.cn'],
    ['  li.si@mail.taining.gov.cn  ', 'li.si@mail.taining.gov.cn'],
    ['wang.wu+kaohe@hefeng.gov.cn', 'wang.wu+kaohe@hefeng.gov.cn'],
    ['Zhao.Liu@QingHe.Gov.CN', 'Zhao.Liu@QingHe.Gov.CN'],
    ['', null],
    [null, null],
  ])('%j is kept as %j', async (email, stored) => {
    const res = await t.gql<{ setMyNotificationSettings: { email: string | null; delivery: string } }>(SETTINGS, { input: { email, delivery: 'IMMEDIATE' } }, { token: rater });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setMyNotificationSettings).toEqual({ email: stored, delivery: 'IMMEDIATE' });
    const [row] = (await t.dataSource.query(`SELECT email FROM user_account WHERE username = 'rater'`)) as Array<{ email: string | null }>;
    expect(row!.email).toBe(stored);
  });

  it.each([
    ['zhangsan'],
    ['zhangsan@'],
    ['@qinghe.gov.cn'],
    ['zhang@localhost'],
    ['zhang@@qinghe.gov.cn'],
    ['zhang san@qinghe.gov.cn'],
    ['张三 <zhang@qinghe.gov.cn>'],
    ['zhang@qinghe.gov.cn, li@qinghe.gov.cn'],
    ['zhang@qinghe.gov.cn\r\nBcc: li@qinghe.gov.cn'],
    [`${'z'.repeat(250)}@qinghe.gov.cn`],
  ])('%j is refused as VALIDATION on input.email, and nothing changes', async (email) => {
    await t.gql(SETTINGS, { input: { email: 'kept@qinghe.gov.cn', delivery: 'DAILY_DIGEST' } }, { token: rater });
    const res = await t.gql(SETTINGS, { input: { email, delivery: 'IMMEDIATE' } }, { token: rater });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([expect.objectContaining({ field: 'input.email' })]);
    const [row] = (await t.dataSource.query(`SELECT email, notification_delivery FROM user_account WHERE username = 'rater'`)) as Array<{ email: string; notification_delivery: string }>;
    expect(row).toEqual({ email: 'kept@qinghe.gov.cn', notification_delivery: 'DAILY_DIGEST' });
  });

  it('a change is audited on the account with who made it', async () => {
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log a JOIN user_account u ON u.id::text = a.entity_id AND a.actor_user_id = u.id
        WHERE u.username = 'rater' AND a.entity_type = 'user' AND a.action = 'NOTIFICATION_SETTINGS_CHANGED'`,
    )) as [{ n: number }];
    // Four addresses and the clearing (a second clearing changes nothing), then the address kept before each refusal (set once).
    expect(n).toBe(6);
  });

  it('the system administrator sets a user’s address; nobody else may', async () => {
    const sysadmin = await t.signIn('sysadmin');
    const [{ id }] = (await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'hr'`)) as [{ id: string }];
    const SET = `mutation($userId: ID!, $email: String) { setUserEmail(userId: $userId, email: $email) { username email notificationDelivery } }`;
    const ok = await t.gql<{ setUserEmail: unknown }>(SET, { userId: id, email: 'renshi@qinghe.gov.cn' }, { token: sysadmin });
    expect(ok.data?.setUserEmail).toEqual({ username: 'hr', email: 'renshi@qinghe.gov.cn', notificationDelivery: 'IMMEDIATE' });
    expect(codeOf(await t.gql(SET, { userId: id, email: 'renshi@qinghe' }, { token: sysadmin }))).toBe('VALIDATION');
    expect(codeOf(await t.gql(SET, { userId: id, email: 'other@qinghe.gov.cn' }, { token: await t.signIn('orgadmin') }))).toBe('FORBIDDEN');
    const [{ email }] = (await t.dataSource.query(`SELECT email FROM user_account WHERE id = $1`, [id])) as [{ email: string }];
    expect(email).toBe('renshi@qinghe.gov.cn');
    const [audit] = (await t.dataSource.query(
      `SELECT actor_role, payload->>'email' AS email FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 AND action = 'NOTIFICATION_SETTINGS_CHANGED'`,
      [id],
    )) as Array<{ actor_role: string; email: string }>;
    expect(audit).toEqual({ actor_role: 'SYSTEM_ADMIN', email: 'renshi@qinghe.gov.cn' });
  });
});
