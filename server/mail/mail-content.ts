import escapeHtml from 'escape-html';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { eventLabel, RECORD_LABELS, stateLabel } from './mail-labels.js';

/** A notification as an e-mail needs it: what it is about, with the record's name and its current deadline. */
export interface MailItem {
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  assessmentId: string | null;
  outcomeTaskId: string | null;
  /** What the record is: the cycle and the person or unit assessed; null when unknown. */
  about: string | null;
  /** The current deadline of the assessment it is about, when the payload names none. */
  assessmentDueAt: Date | null;
}

/** One notification in words: what happened, what to do, by when, and the page to open. */
export interface MailLines {
  what: string;
  todo: string;
  due: string | null;
  link: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const PREFIX = '【干部考核】';

/** An instant in Beijing time, in Chinese; a deadline at midnight is the whole of the day before. */
export function beijingTime(at: Date): string {
  if (at.getTime() === chinaMidnight(chinaDay(at)).getTime()) {
    const last = chinaDay(new Date(at.getTime() - 1));
    return `${chineseDay(last)}24时前`;
  }
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return `${chineseDay(chinaDay(at))} ${time}`;
}

/** 2026-01-20 → 2026年1月20日. */
export function chineseDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

function pageOf(item: MailItem): string {
  const p = item.payload;
  if (item.kind === 'OVERDUE_ESCALATION') {
    const table = text(p.table);
    const id = text(p.instanceId);
    if (table === 'assessment' && id) return `/assessments/${id}`;
    if (table === 'outcome_task' && id) return `/outcomes/${id}`;
    if (table === 'review_case' && id) return `/reviews/${id}`;
    if (table === 'fault_tolerance_case' && id) return `/discipline/ft/${id}`;
    return '/queue';
  }
  if (item.outcomeTaskId) return `/outcomes/${item.outcomeTaskId}`;
  const caseId = text(p.caseId);
  if (caseId && p.table === 'review_case') return `/reviews/${caseId}`;
  if (caseId && p.table === 'fault_tolerance_case') return `/discipline/ft/${caseId}`;
  if (item.assessmentId) return `/assessments/${item.assessmentId}`;
  return '/';
}

/** What one notification says, in Chinese. */
export function describe(item: MailItem, publicUrl: string): MailLines {
  const p = item.payload;
  const state = text(p.state) ? stateLabel(text(p.state)!) : null;
  const payloadDue = text(p.dueAt) ? new Date(text(p.dueAt)!) : null;
  const dueAt = payloadDue ?? item.assessmentDueAt;
  const due = dueAt && !Number.isNaN(dueAt.getTime()) ? beijingTime(dueAt) : null;
  const link = `${publicUrl}${pageOf(item)}`;
  const record = RECORD_LABELS[text(p.table) ?? ''] ?? '事项';
  switch (item.kind) {
    case 'REMINDER':
      return { what: '述职报告即将截止', todo: '请在截止时间前登录系统撰写并提交述职报告。', due, link };
    case 'OUTCOME_REMINDER':
      return { what: `结果运用任务即将到期（${state ?? '办理中'}）`, todo: '请在截止时间前办理该结果运用任务。', due, link };
    case 'OUTCOME_OVERDUE':
      return { what: `结果运用任务已超期（${state ?? '逾期'}）`, todo: '该任务已超过办理期限，请尽快办理。', due: null, link };
    case 'CASE_REMINDER':
      return { what: `${record}即将到期（${state ?? '办理中'}）`, todo: '请在期限内办理并作出决定。', due, link };
    case 'OVERDUE_ESCALATION': {
      const days = typeof p.workingDaysOverdue === 'number' ? p.workingDaysOverdue : null;
      const since = text(p.overdueSince);
      return {
        what: `超期督办：${RECORD_LABELS[text(p.table) ?? ''] ?? '事项'}已超期${days === null ? '' : ` ${days} 个工作日`}（${state ?? '逾期'}）`,
        todo: '该事项由贵单位负责，请督促有关人员尽快办理，并在系统中办结。',
        due: since ? `已于${chineseDay(since)}起超期` : null,
        link,
      };
    }
    default:
      return {
        what: state ? `${eventLabel(item.kind)}，当前状态：${state}` : eventLabel(item.kind),
        todo: '请登录系统查看详情；如需您办理，请及时处理。',
        due,
        link,
      };
  }
}

function plainBlock(item: MailItem, lines: MailLines): string {
  return [
    `事项：${lines.what}`,
    ...(item.about ? [`对象：${item.about}`] : []),
    `办理：${lines.todo}`,
    ...(lines.due ? [`期限：${lines.due}`] : []),
    `时间：${beijingTime(item.createdAt)}`,
    `链接：${lines.link}`,
  ].join('\n');
}

function htmlBlock(item: MailItem, lines: MailLines): string {
  const row = (label: string, value: string) => `<tr><th align="left" style="padding:2px 12px 2px 0;color:#666;font-weight:normal;white-space:nowrap">${label}</th><td style="padding:2px 0">${value}</td></tr>`;
  return [
    '<table style="border-collapse:collapse;margin:8px 0 16px">',
    row('事项', `<strong>${escapeHtml(lines.what)}</strong>`),
    ...(item.about ? [row('对象', escapeHtml(item.about))] : []),
    row('办理', escapeHtml(lines.todo)),
    ...(lines.due ? [row('期限', escapeHtml(lines.due))] : []),
    row('时间', escapeHtml(beijingTime(item.createdAt))),
    row('链接', `<a href="${escapeHtml(lines.link)}">${escapeHtml(lines.link)}</a>`),
    '</table>',
  ].join('');
}

const FOOTER = '本邮件由干部考核管理系统自动发送，请勿直接回复。如需改为每日汇总或停止接收，请登录系统，在“我的设置”中修改通知方式。';

function page(greeting: string, blocks: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px;color:#222"><p>${escapeHtml(greeting)}</p>${blocks}<p style="color:#888;font-size:12px">${escapeHtml(FOOTER)}</p></body></html>`;
}

/** One notification as an e-mail: the subject says what happened; plain text and simple HTML, every value escaped. */
export function renderNotification(item: MailItem, recipient: string, publicUrl: string): RenderedMail {
  const lines = describe(item, publicUrl);
  const greeting = `${recipient}：您好！`;
  return {
    subject: `${PREFIX}${lines.what}`,
    text: `${greeting}\n\n${plainBlock(item, lines)}\n\n${FOOTER}\n`,
    html: page(greeting, htmlBlock(item, lines)),
  };
}

/** A Beijing day's notifications of one person as one e-mail. */
export function renderDigest(day: string, items: MailItem[], recipient: string, publicUrl: string): RenderedMail {
  const greeting = `${recipient}：您好！以下是${chineseDay(day)}发给您的 ${items.length} 条通知。`;
  const described = items.map((item) => ({ item, lines: describe(item, publicUrl) }));
  return {
    subject: `${PREFIX}${chineseDay(day)}通知汇总（共 ${items.length} 条）`,
    text: `${greeting}\n\n${described.map(({ item, lines }, i) => `${i + 1}. ${plainBlock(item, lines).replace(/\n/g, '\n   ')}`).join('\n\n')}\n\n${FOOTER}\n`,
    html: page(greeting, `${described.map(({ item, lines }, i) => `<h3 style="font-size:15px;margin:12px 0 0">${i + 1}.</h3>${htmlBlock(item, lines)}`).join('')}`),
  };
}
