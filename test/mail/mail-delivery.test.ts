import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let smtp: TestSmtp;
let cadre: string;
let assessor: string;
let assessmentId: string;
const ADDRESS = 'liu.dongjiang@dongjiang.gov.cn';

const SETTINGS = `mutation($input: NotificationSettingsInput!) { setMyNotificationSettings(input: $input) { email delivery mailEnabled digestHour } }`;

async function settle(token: string, email: string | null, delivery: 'IMMEDIATE' | 'DAILY_DIGEST'): Promise<void> {
  const res = await t.gql(SETTINGS, { input: { email, delivery } }, { token });
  expect(res.errors).toBeUndefined();
}

const outbox = async () =>
  (await t.dataSource.query(`SELECT status, attempts, last_error, digest_day IS NOT NULL AS digest FROM mail_outbox ORDER BY id`)) as Array<{ status: string; attempts: number; last_error: string | null; digest: boolean }>;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ config: { sessionHours: 24 * 365, mail: smtp.settings() } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
  cadre = await t.signIn('cadre');
  assessor = await t.signIn('assessor');
  [{ id: assessmentId }] = (await t.dataSource.query(
    `SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre'`,
  )) as [{ id: string }];
  await writeSelfReport(t, cadre, assessmentId);
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

describe('a notification reaches a person who wants each at once by e-mail', () => {
  it('the settings say e-mail is on and the address is kept', async () => {
    const res = await t.gql<{ setMyNotificationSettings: Record<string, unknown> }>(SETTINGS, { input: { email: ADDRESS, delivery: 'IMMEDIATE' } }, { token: cadre });
    expect(res.data?.setMyNotificationSettings).toEqual({ email: ADDRESS, delivery: 'IMMEDIATE', mailEnabled: true, digestHour: 8 });
  });

  it('the cadre’s own submission mails nobody; the team returning it queues one e-mail in the same transaction, sent in Chinese with the link and what to do', async () => {
    const before = (await outbox()).length;
    await act(t, cadre, 'submitSelfReport', { assessmentId });
    expect(await outbox()).toHaveLength(before);
    await act(t, assessor, 'returnSelfReport', { assessmentId, reason: '请补充分管领域的量化成效' });
    // Queued with the notification, before any job ran.
    expect((await outbox()).slice(before)).toEqual([{ status: 'PENDING', attempts: 0, last_error: null, digest: false }]);
    expect(await t.app.services.outbox.deliver()).toEqual({ sent: 1, retrying: 0, failed: 0, expired: 0 });
    const mail = smtp.messages.at(-1)!;
    expect(smtp.messages).toHaveLength(1);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]!.address : null).toBe(ADDRESS);
    expect(mail.from?.value[0]?.address).toBe('kaohe@qinghe.gov.cn');
    expect(mail.subject).toBe('【干部考核】述职报告被退回修改，当前状态：述职报告退回修改');
    expect(mail.text).toContain(`https://kaohe.qinghe.gov.cn/assessments/${assessmentId}`);
    expect(mail.text).toContain('干部(东江区)：您好！');
    expect(mail.text).toContain('办理：请登录系统查看详情；如需您办理，请及时处理。');
    expect(mail.html).toContain(`<a href="https://kaohe.qinghe.gov.cn/assessments/${assessmentId}">`);
    // Sent once: the next run has nothing to do.
    expect(await t.app.services.outbox.deliver()).toEqual({ sent: 0, retrying: 0, failed: 0, expired: 0 });
    expect(smtp.messages).toHaveLength(1);
  });

  it('a person without an address gets nothing by e-mail', async () => {
    await settle(cadre, null, 'IMMEDIATE');
    const before = (await outbox()).length;
    await act(t, cadre, 'submitSelfReport', { assessmentId });
    await act(t, assessor, 'returnSelfReport', { assessmentId, reason: '请补充年度工作目标' });
    expect(await outbox()).toHaveLength(before);
  });
});

describe('the SMTP server is away or refuses', () => {
  it('while the server is down the e-mail waits, with the error and a growing delay, and arrives once it is back — once', async () => {
    await settle(cadre, ADDRESS, 'IMMEDIATE');
    await smtp.stop();
    const sent = smtp.messages.length;
    await act(t, cadre, 'submitSelfReport', { assessmentId });
    await act(t, assessor, 'returnSelfReport', { assessmentId, reason: '请补充述责述廉内容' });
    expect(await t.app.services.outbox.deliver()).toEqual({ sent: 0, retrying: 1, failed: 0, expired: 0 });
    const [failed] = (await outbox()).slice(-1);
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(failed!.last_error).toMatch(/ECONNREFUSED|connect/i);
    // Still down a minute later: the second attempt waits two minutes.
    t.clock.advance(60_000);
    expect(await t.app.services.outbox.deliver()).toEqual({ sent: 0, retrying: 1, failed: 0, expired: 0 });
    await smtp.start();
    // Back, but the back-off has not run out: nothing is sent before its time.
    t.clock.advance(60_000);
    expect((await t.app.services.outbox.deliver()).sent).toBe(0);
    t.clock.advance(60_000);
    expect((await t.app.services.outbox.deliver()).sent).toBe(1);
    expect(await t.app.services.outbox.deliver()).toEqual({ sent: 0, retrying: 0, failed: 0, expired: 0 });
    expect(smtp.messages).toHaveLength(sent + 1);
    expect(smtp.messages.at(-1)!.subject).toBe('【干部考核】述职报告被退回修改，当前状态：述职报告退回修改');
    expect((await outbox()).at(-1)).toEqual({ status: 'SENT', attempts: 3, last_error: null, digest: false });
  });

  it.each([
    [451, 'PENDING', 1, 0],
    [452, 'PENDING', 1, 0],
    [550, 'FAILED', 0, 1],
    [553, 'FAILED', 0, 1],
  ])('an SMTP reply %i leaves the e-mail %s (retrying %i, failed %i)', async (code, status, retrying, failed) => {
    await t.dataSource.query(`UPDATE mail_outbox SET status = 'EXPIRED' WHERE status = 'PENDING'`);
    smtp.refuse(code);
    try {
      await act(t, cadre, 'submitSelfReport', { assessmentId });
      await act(t, assessor, 'returnSelfReport', { assessmentId, reason: '继续测试：退回修改' });
      expect(await t.app.services.outbox.deliver()).toEqual({ sent: 0, retrying, failed, expired: 0 });
      const [row] = (await outbox()).slice(-1);
      expect(row).toMatchObject({ status, attempts: 1 });
      expect(row!.last_error).toContain(String(code));
    } finally {
      smtp.refuse(null);
      await t.dataSource.query(`UPDATE mail_outbox SET status = 'EXPIRED' WHERE status = 'PENDING'`);
    }
  });

  it('an e-mail not sent within the configured hours expires instead of arriving late', async () => {
    await smtp.stop();
    try {
      await act(t, cadre, 'submitSelfReport', { assessmentId });
      await act(t, assessor, 'returnSelfReport', { assessmentId, reason: '请补充年度考核指标完成情况' });
      expect((await t.app.services.outbox.deliver()).retrying).toBe(1);
      t.clock.advance(73 * 3_600_000);
      expect((await t.app.services.outbox.deliver()).expired).toBe(1);
      expect((await outbox()).at(-1)!.status).toBe('EXPIRED');
    } finally {
      await smtp.start();
    }
  });
});
