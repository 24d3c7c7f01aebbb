import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

/**
 * E-mail delivery as the deployment configures it (docs/operations.md). With
 * no SMTP server set, notifications stay in-app: nothing is sent, and queued
 * e-mails expire once they are no longer timely.
 */
export interface MailSettings {
  /** The organisation's SMTP server: an smtp(s):// URL or nodemailer's SMTP options; null: e-mail is off. */
  transport: string | SMTPTransport.Options | null;
  /** The sender (From), e.g. `"干部考核系统" <kaohe@example.gov.cn>`. */
  from: string;
  /** The public address of the web app, for the links in e-mails (no trailing slash). */
  publicUrl: string;
  /** The Beijing hour (0–23) at which the daily digests of the day before go out. */
  digestHour: number;
  /** An overdue step escalates to the office responsible once it is overdue by this many working days. */
  escalationWorkingDays: number;
  /** Attempts before an e-mail is given up (FAILED). */
  maxAttempts: number;
  /** An e-mail not sent within this many hours of being queued expires (EXPIRED) instead of arriving late. */
  maxAgeHours: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return value;
}

/** The mail settings from the environment: SMTP_URL, or SMTP_HOST with SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD; MAIL_FROM; PUBLIC_URL; the job settings. */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv, port: number): MailSettings {
  let transport: MailSettings['transport'] = null;
  if (env.SMTP_URL) transport = env.SMTP_URL;
  else if (env.SMTP_HOST) {
    const secure = env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1';
    transport = {
      host: env.SMTP_HOST,
      port: whole(env, 'SMTP_PORT', secure ? 465 : 587, 65_535),
      secure,
      ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
    };
  }
  if (transport && !env.MAIL_FROM) throw new Error('MAIL_FROM must be set when an SMTP server is (SMTP_URL or SMTP_HOST)');
  return {
    transport,
    from: env.MAIL_FROM ?? '',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    digestHour: whole(env, 'MAIL_DIGEST_HOUR', 8, 23),
    escalationWorkingDays: Math.max(1, whole(env, 'ESCALATION_WORKING_DAYS', 2, 60)),
    maxAttempts: Math.max(1, whole(env, 'MAIL_MAX_ATTEMPTS', 10, 100)),
    maxAgeHours: Math.max(1, whole(env, 'MAIL_MAX_AGE_HOURS', 72)),
  };
}
