import { describe, expect, it } from 'vitest';
import { describeMachine } from '../../workflows/lifecycle.js';
import { MACHINES, type MachineSpec } from '../../workflows/registry.js';
import { beijingTime, renderDigest, renderNotification, type MailItem } from './mail-content.js';
import { EVENT_LABELS, stateLabel } from './mail-labels.js';

const specs = Object.values(MACHINES as Record<string, MachineSpec>);
const item = (over: Partial<MailItem>): MailItem => ({
  kind: 'RETURN_SELF_REPORT',
  payload: { state: 'selfReport.returned' },
  createdAt: new Date('2026-03-02T10:15:00+08:00'),
  assessmentId: '0b1c2d3e-0000-4000-8000-000000000001',
  outcomeTaskId: null,
  about: '泰宁市 2025 · 刘东江',
  assessmentDueAt: null,
  ...over,
});

describe('the words of an e-mail', () => {
  it('every event of every machine has its Chinese words', () => {
    const events = [...new Set(specs.flatMap((s) => s.machine.events))].filter((e) => e && !e.startsWith('xstate.') && e !== '*');
    expect(events.filter((e) => !EVENT_LABELS[e])).toEqual([]);
  });

  it('every state of every machine is said in Chinese', () => {
    const states = specs.flatMap((s) => describeMachine(s.machine).nodes.map((n) => n.id));
    expect(states.filter((s) => !/\p{Script=Han}/u.test(stateLabel(s)))).toEqual([]);
  });

  it.each([
    ['2026-01-21T00:00:00+08:00', '2026年1月20日24时前'],
    ['2026-01-20T18:00:00+08:00', '2026年1月20日 18:00'],
    ['2026-12-31T16:00:00Z', '2026年12月31日24时前'],
    ['2026-07-01T01:30:00Z', '2026年7月1日 09:30'],
  ])('%s reads %s in Beijing time', (at, words) => {
    expect(beijingTime(new Date(at))).toBe(words);
  });

  it.each([
    ['REMINDER', { dueAt: '2026-01-21T00:00:00+08:00' }, '【干部考核】述职报告即将截止', '期限：2026年1月20日24时前', '/assessments/'],
    ['OUTCOME_OVERDUE', { state: 'approved.overdue' }, '【干部考核】结果运用任务已超期（落实逾期）', '办理：该任务已超过办理期限，请尽快办理。', '/outcomes/'],
    ['CASE_REMINDER', { table: 'review_case', caseId: 'c1', state: 'reviewPending', dueAt: '2026-02-01T00:00:00+08:00' }, '【干部考核】复核、申诉案件即将到期（复核中）', '期限：2026年1月31日24时前', '/reviews/c1'],
    ['OVERDUE_ESCALATION', { table: 'fault_tolerance_case', instanceId: 'f1', state: 'investigating', workingDaysOverdue: 3, overdueSince: '2026-02-24' }, '【干部考核】超期督办：容错纠错案件已超期 3 个工作日（调查核实）', '期限：已于2026年2月24日起超期', '/discipline/ft/f1'],
  ])('%s: subject, deadline and link', (kind, payload, subject, line, link) => {
    const mail = renderNotification(item({ kind, payload, outcomeTaskId: kind.startsWith('OUTCOME') ? 't1' : null, assessmentId: kind === 'CASE_REMINDER' || kind === 'OVERDUE_ESCALATION' ? null : 'a1' }), '刘东江', 'https://kaohe.example.cn');
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(line);
    expect(mail.text).toContain(`链接：https://kaohe.example.cn${link}`);
  });

  it('what comes from the records is escaped in the HTML and left as it is in the text', () => {
    const mail = renderNotification(item({ about: '<script>alert(1)</script> & “单位”' }), '<b>王</b>', 'https://kaohe.example.cn');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “单位”');
    expect(mail.html).toContain('&lt;b&gt;王&lt;/b&gt;：您好！');
    expect(mail.text).toContain('对象：<script>alert(1)</script> & “单位”');
  });

  it('a digest numbers every item of the day', () => {
    const mail = renderDigest('2026-03-02', [item({}), item({ kind: 'SUBMIT_SELF_REPORT', payload: { state: 'selfReport.submitted' } })], '刘东江', 'https://kaohe.example.cn');
    expect(mail.subject).toBe('【干部考核】2026年3月2日通知汇总（共 2 条）');
    expect(mail.text).toContain('1. 事项：述职报告被退回修改，当前状态：述职报告退回修改');
    expect(mail.text).toContain('2. 事项：提交述职报告，当前状态：述职报告待审阅');
  });
});
