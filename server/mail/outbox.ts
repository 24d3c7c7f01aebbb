import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import { addDays } from '../../workflows/calendar/working-days.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { returnedRows } from '../common/sql.js';
import { renderDigest, renderNotification, type MailItem, type RenderedMail } from './mail-content.js';
import type { MailSettings } from './mail-settings.js';

/** One e-mail handed to the SMTP server. */
export interface OutgoingMail extends RenderedMail {
  to: string;
  /** The same for every attempt at one outbox row, so a receiver can drop a duplicate. */
  messageId: string;
}

/** Sends one e-mail; throws what the server or the network said. */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

/** What one delivery run did. */
export interface DeliveryRun {
  sent: number;
  /** Failed for now, to be tried again later. */
  retrying: number;
  /** Refused for good by the SMTP server, or out of attempts. */
  failed: number;
  /** Not sent while still timely. */
  expired: number;
}

/** E-mails claimed per statement, and claimed per run at most. */
const BATCH = 10;
const PER_RUN = 1000;
/**
 * A claimed row is not claimed again for this long (a process that stops
 * mid-send leaves it to the next run): longer than a batch can take against
 * a server that never answers (10 × 40 s of timeouts).
 */
const LEASE_MINUTES = 10;
/** The longest wait between two attempts. */
const MAX_BACKOFF_MINUTES = 360;
/** Daily digests of missed days are still sent for this many days back. */
const DIGEST_CATCH_UP_DAYS = 3;

/** The organisation's SMTP server through nodemailer, or null when none is configured. */
export function smtpSender(settings: MailSettings): MailSender | null {
  if (!settings.transport) return null;
  const options = typeof settings.transport === 'string' ? settings.transport : { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, ...settings.transport };
  const transporter = nodemailer.createTransport(options);
  return async (mail) => {
    await transporter.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
  };
}

/** The wait after the n-th failed attempt: 1, 2, 4 … minutes, at most six hours. */
export function backoffMinutes(attempts: number): number {
  return Math.min(MAX_BACKOFF_MINUTES, 2 ** Math.max(0, attempts - 1));
}

/** An SMTP answer in the 5xx range refuses the message for good; anything else (4xx, no connection) may pass later. */
function isPermanent(error: unknown): boolean {
  const e = error as { responseCode?: unknown; rejectedErrors?: Array<{ responseCode?: unknown }> } | null;
  // A refused recipient comes back as an envelope error carrying the server's reply per recipient.
  const code = e?.responseCode ?? e?.rejectedErrors?.[0]?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

interface ClaimedRow {
  id: string;
  user_id: string;
  to_address: string;
  notification_id: string | null;
  digest_day: string | null;
  attempts: number;
  display_name: string;
}

interface ItemRow {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  created_at: Date;
  assessment_id: string | null;
  outcome_task_id: string | null;
  assessment_due_at: Date | null;
  about: string | null;
}

/** The notifications an e-mail carries, with the assessment's cycle and person (or unit) and the self-report's deadline. */
const ITEM_SELECT = `
  SELECT n.id, n.kind, n.payload, n.created_at, n.assessment_id, n.outcome_task_id,
         CASE WHEN a.due_event = 'MARK_SELF_REPORT_OVERDUE' THEN a.due_at END AS assessment_due_at,
         CASE WHEN a.id IS NULL THEN NULL ELSE c.name || ' · ' || coalesce(cd.name, o.name || '领导班子') END AS about
    FROM notification n
    LEFT JOIN assessment a ON a.id = n.assessment_id
    LEFT JOIN assessment_cycle c ON c.id = a.cycle_id
    LEFT JOIN cadre cd ON cd.id = a.cadre_id
    LEFT JOIN organisation o ON o.id = a.organisation_id`;

const toItem = (r: ItemRow): MailItem => ({
  kind: r.kind,
  payload: r.payload,
  createdAt: r.created_at,
  assessmentId: r.assessment_id,
  outcomeTaskId: r.outcome_task_id,
  about: r.about,
  assessmentDueAt: r.assessment_due_at,
});

/**
 * The outbox: e-mails queued in the transaction that made their
 * notifications (a trigger on `notification`), and the daily digests; the
 * delivery job sends what is due, marks it sent, and on failure records the
 * error and tries again later with a doubling delay. Rows are claimed with
 * SKIP LOCKED under a short lease, so several processes never send one row at
 * once and a process that stops mid-send leaves it to the next run.
 */
export class MailOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    readonly settings: MailSettings,
    private readonly send: MailSender | null = smtpSender(settings),
  ) {}

  /** Whether this server sends e-mail at all (an SMTP server is configured). */
  get enabled(): boolean {
    return this.send !== null;
  }

  /** Sends every pending e-mail that is due; expires those no longer timely. */
  async deliver(now = this.now()): Promise<DeliveryRun> {
    const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0, expired: 0 };
    const expired = returnedRows<{ id: string }>(await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'EXPIRED', last_error = coalesce(last_error, $3)
        WHERE status = 'PENDING' AND created_at < $1::timestamptz - make_interval(hours => $2) RETURNING id`,
      [now, this.settings.maxAgeHours, `not sent within ${this.settings.maxAgeHours} hours`],
    ));
    run.expired = expired.length;
    if (!this.send) return run;
    for (let claimed = 0; claimed < PER_RUN; ) {
      const rows = await this.claim(now);
      if (rows.length === 0) break;
      claimed += rows.length;
      for (const row of rows) await this.sendOne(row, now, run);
    }
    return run;
  }

  private async claim(now: Date): Promise<ClaimedRow[]> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE mail_outbox m SET attempts = m.attempts + 1, last_attempt_at = $1, next_attempt_at = $1::timestamptz + make_interval(mins => $3)
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.user_id, m.to_address, m.notification_id, to_char(m.digest_day, 'YYYY-MM-DD') AS digest_day, m.attempts
       )
       SELECT claimed.*, u.display_name FROM claimed JOIN user_account u ON u.id = claimed.user_id ORDER BY claimed.id`,
      [now, BATCH, LEASE_MINUTES],
    );
    return rows;
  }

  private async render(row: ClaimedRow): Promise<RenderedMail | null> {
    const publicUrl = this.settings.publicUrl;
    if (row.notification_id) {
      const [item] = (await this.dataSource.query(`${ITEM_SELECT} WHERE n.id = $1`, [row.notification_id])) as ItemRow[];
      return item ? renderNotification(toItem(item), row.display_name, publicUrl) : null;
    }
    const day = row.digest_day!;
    const items: ItemRow[] = await this.dataSource.query(
      `${ITEM_SELECT}
        WHERE n.user_id = $1 AND n.created_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND n.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.notification_id = n.id)
        ORDER BY n.id`,
      [row.user_id, day],
    );
    return items.length ? renderDigest(day, items.map(toItem), row.display_name, publicUrl) : null;
  }

  private async sendOne(row: ClaimedRow, now: Date, run: DeliveryRun): Promise<void> {
    let error: unknown = null;
    try {
      const mail = await this.render(row);
      if (!mail) throw Object.assign(new Error('nothing left to send'), { responseCode: 554 });
      const host = new URL(this.settings.publicUrl).hostname || 'localhost';
      await this.send!({ ...mail, to: row.to_address, messageId: `<outbox-${row.id}@${host}>` });
    } catch (e) {
      error = e;
    }
    if (error === null) {
      await this.dataSource.query(`UPDATE mail_outbox SET status = 'SENT', sent_at = $2, last_error = NULL WHERE id = $1`, [row.id, now]);
      run.sent++;
      return;
    }
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    if (isPermanent(error) || row.attempts >= this.settings.maxAttempts) {
      await this.dataSource.query(`UPDATE mail_outbox SET status = 'FAILED', last_error = $2 WHERE id = $1`, [row.id, message]);
      run.failed++;
    } else {
      await this.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = $2::timestamptz + make_interval(mins => $3), last_error = $4 WHERE id = $1`, [
        row.id,
        now,
        backoffMinutes(row.attempts),
        message,
      ]);
      run.retrying++;
    }
  }

  /**
   * Queues the daily digest of the Beijing day before `now` for every person
   * who asked for one — and, for a person who already had digests, of the
   * days since their last one that a missed run left out (three days back at
   * most): one per person and day, only for a day that brought them
   * notifications not already mailed one by one. Idempotent: running it
   * twice queues nothing more.
   */
  async queueDigests(now = this.now()): Promise<number> {
    const today = chinaDay(now);
    const days = Array.from({ length: DIGEST_CATCH_UP_DAYS }, (_, i) => addDays(today, -1 - i));
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO mail_outbox (user_id, to_address, digest_day, next_attempt_at, created_at)
       SELECT u.id, u.email, d.day, $2, $2
         FROM user_account u CROSS JOIN unnest($1::date[]) AS d(day)
        WHERE u.email IS NOT NULL AND u.notification_delivery = 'DAILY_DIGEST' AND NOT u.disabled
          AND (d.day = $1[1] OR d.day > (SELECT max(m.digest_day) FROM mail_outbox m WHERE m.user_id = u.id AND m.digest_day IS NOT NULL))
          AND EXISTS (SELECT 1 FROM notification n
                       WHERE n.user_id = u.id AND n.created_at >= (d.day::timestamp AT TIME ZONE 'Asia/Shanghai') AND n.created_at < ((d.day + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
                         AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.notification_id = n.id))
       ON CONFLICT (user_id, digest_day) WHERE digest_day IS NOT NULL DO NOTHING
       RETURNING id`,
      [days, now],
    );
    return rows.length;
  }
}
