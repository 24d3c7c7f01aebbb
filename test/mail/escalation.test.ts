import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { startSmtp, type TestSmtp } from '../support/smtp.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let smtp: TestSmtp;
let cycleId: string;
let cadreAssessment: string;
let cityOffice: string;
const CITY_ADDRESS = 'zuzhibu@taining.gov.cn';
const PROVINCE_ADDRESS = 'zuzhibu@qinghe.gov.cn';

const SETTINGS = `mutation($input: NotificationSettingsInput!) { setMyNotificationSettings(input: $input) { email } }`;
const escalated = async () =>
  (await t.dataSource.query(
    `SELECT u.username, count(*)::int AS n FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.kind = 'OVERDUE_ESCALATION' GROUP BY u.username ORDER BY u.username`,
  )) as Array<{ username: string; n: number }>;
const overdueNow = async () =>
  ((await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND state = 'selfReport.overdue'`, [cycleId])) as [{ n: number }])[0].n;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await startTestApp({ config: { sessionHours: 24 * 365, mail: smtp.settings({ escalationWorkingDays: 2 }) } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  // The city's organisation department runs the cycle of 东江区: it is the office responsible for its overdue self-reports.
  cityOffice = await t.signIn('orgadmin.taining');
  cycleId = await openCycleFor(t, cityOffice, 'QH-TN-DJ');
  for (const [token, email] of [
    [cityOffice, CITY_ADDRESS],
    [await t.signIn('orgadmin'), PROVINCE_ADDRESS],
  ] as const) {
    const res = await t.gql(SETTINGS, { input: { email, delivery: 'IMMEDIATE' } }, { token });
    expect(res.errors).toBeUndefined();
  }
  [{ id: cadreAssessment }] = (await t.dataSource.query(
    `SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`,
    [cycleId],
  )) as [{ id: string }];
  // The self-reports are due on 2026-01-20 18:00; the deadline job marks them overdue on Friday 23 January.
  t.clock.set(new Date('2026-01-23T09:00:00+08:00'));
  const fired = await t.app.services.deadlines.run();
  expect(fired.fired).toBeGreaterThan(1);
});
afterAll(async () => {
  await t?.close();
  await smtp?.stop();
});

describe('an overdue self-report escalates to the office responsible after two working days, once', () => {
  it('a cadre who submits before the escalation ends the overdue period', async () => {
    t.clock.set(new Date('2026-01-23T10:00:00+08:00'));
    const cadre = await t.signIn('cadre');
    await writeSelfReport(t, cadre, cadreAssessment);
    const after = await act(t, cadre, 'submitSelfReport', { assessmentId: cadreAssessment });
    expect(after.state).toBe('selfReport.submitted');
  });

  it.each([
    ['2026-01-23T18:00:00+08:00', 'Friday, the first day overdue', false],
    ['2026-01-24T09:00:00+08:00', 'Saturday: one working day has passed', false],
    ['2026-01-26T09:00:00+08:00', 'Monday: still one, the weekend does not count', false],
    ['2026-01-27T09:00:00+08:00', 'Tuesday: two working days (Friday and Monday) have passed', true],
    ['2026-01-27T09:00:00+08:00', 'the same run again', false],
    ['2026-01-28T09:00:00+08:00', 'the next day', false],
  ])('at %s (%s): escalates now? %s', async (when, _what, now) => {
    t.clock.set(new Date(when));
    const before = (await escalated()).reduce((s, r) => s + r.n, 0);
    // Two processes run the job at once.
    const runs = await Promise.all([t.app.services.escalations.run(), t.app.services.escalations.run()]);
    const expected = now ? await overdueNow() : 0;
    expect(runs[0]!.escalated + runs[1]!.escalated).toBe(expected);
    expect((await escalated()).reduce((s, r) => s + r.n, 0)).toBe(before + expected);
  });

  it('reached the city’s organisation department only, one notification per overdue step, audited', async () => {
    const overdue = await overdueNow();
    expect(overdue).toBeGreaterThan(1);
    expect(await escalated()).toEqual([{ username: 'orgadmin.taining', n: overdue }]);
    const [{ rows, audits, mine }] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM overdue_escalation) AS rows,
              (SELECT count(*)::int FROM audit_log WHERE entity_type = 'overdue_escalation' AND action = 'OVERDUE_ESCALATED' AND actor_role = 'SYSTEM') AS audits,
              (SELECT count(*)::int FROM overdue_escalation WHERE instance_id = $1) AS mine`,
      [cadreAssessment],
    )) as [{ rows: number; audits: number; mine: number }];
    expect({ rows, audits, mine }).toEqual({ rows: overdue, audits: overdue, mine: 0 });
  });

  it('in the app and by e-mail, in Chinese, with the link to the assessment', async () => {
    const res = await t.gql<{ myNotifications: { nodes: Array<{ kind: string; payload: { workingDaysOverdue: number; overdueSince: string } }> } }>(
      `{ myNotifications(first: 5) { nodes { kind payload } } }`,
      {},
      { token: cityOffice },
    );
    expect(res.data!.myNotifications.nodes[0]).toMatchObject({ kind: 'OVERDUE_ESCALATION', payload: { workingDaysOverdue: 2, overdueSince: '2026-01-23' } });
    const run = await t.app.services.outbox.deliver();
    expect(run.sent).toBe(await overdueNow());
    const to = smtp.messages.map((m) => (m.to && !Array.isArray(m.to) ? m.to.value[0]!.address : ''));
    expect(new Set(to)).toEqual(new Set([CITY_ADDRESS]));
    expect(smtp.messages[0]!.subject).toBe('【干部考核】超期督办：考核已超期 2 个工作日（述职报告逾期未交）');
    expect(smtp.messages[0]!.text).toContain('期限：已于2026年1月23日起超期');
    expect(smtp.messages[0]!.text).toMatch(/链接：https:\/\/kaohe\.qinghe\.gov\.cn\/assessments\/[0-9a-f-]{36}/);
  });
});
