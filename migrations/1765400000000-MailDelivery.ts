import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications by e-mail, and the escalation of overdue steps.
 *
 * - `mail_outbox`: one e-mail to send — one notification of a person who
 *   wants each at once (IMMEDIATE), or one person's daily digest of a Beijing
 *   day. A trigger on `notification` writes the IMMEDIATE rows in the very
 *   statement (so the very transaction) that creates the notifications, for
 *   every writer of notifications there is; the delivery job sends pending
 *   rows, retries with a growing delay and records the last error. A row is
 *   never deleted by the job: its status says what became of it.
 * - `overdue_escalation`: a step overdue by the configured working days was
 *   reported to the office responsible, once per step and overdue period (the
 *   audit row that marked it overdue).
 */
export class MailDelivery1765400000000 implements MigrationInterface {
  name = 'MailDelivery1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account(id),
        to_address text NOT NULL,
        notification_id bigint REFERENCES notification(id),
        digest_day date,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'EXPIRED')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_attempt_at timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL,
        CHECK ((notification_id IS NULL) <> (digest_day IS NULL))
      )`);
    await q.query(`COMMENT ON TABLE mail_outbox IS 'E-mails to send through the organisation''s SMTP server: one notification (IMMEDIATE delivery) or one daily digest per person and Beijing day'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.to_address IS 'The address the person had when the e-mail was queued'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.notification_id IS 'The notification this e-mail carries (IMMEDIATE delivery); null for a digest'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.digest_day IS 'The Beijing day whose notifications this digest carries (DAILY_DIGEST delivery); null for a single notification'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.status IS 'PENDING (to send or to retry), SENT, FAILED (refused for good or out of attempts) or EXPIRED (not sent while still timely, e.g. while no SMTP server was configured)'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.attempts IS 'How many times sending was tried'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.next_attempt_at IS 'Not to be tried before then: the queueing time, a claim''s lease, or the back-off after a failure'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.last_error IS 'What the SMTP server or the network said at the last failed attempt'`);
    await q.query(`COMMENT ON COLUMN mail_outbox.sent_at IS 'When the SMTP server accepted the e-mail'`);
    await q.query(`CREATE UNIQUE INDEX mail_outbox_notification ON mail_outbox (notification_id) WHERE notification_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX mail_outbox_digest ON mail_outbox (user_id, digest_day) WHERE digest_day IS NOT NULL`);
    await q.query(`CREATE INDEX mail_outbox_pending ON mail_outbox (next_attempt_at) WHERE status = 'PENDING'`);

    // Every writer of notifications (the transition step, the deadline runner, the reminder job, the outcome tasks, the
    // escalations) gets its e-mails queued in its own statement: committed or rolled back with the notifications.
    await q.query(`
      CREATE FUNCTION queue_notification_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO mail_outbox (user_id, to_address, notification_id, next_attempt_at, created_at)
        SELECT n.user_id, u.email, n.id, n.created_at, n.created_at
          FROM added n JOIN user_account u ON u.id = n.user_id
         WHERE u.email IS NOT NULL AND u.notification_delivery = 'IMMEDIATE' AND NOT u.disabled;
        RETURN NULL;
      END $$`);
    await q.query(`COMMENT ON FUNCTION queue_notification_mail() IS 'Queues an e-mail for each new notification whose recipient has an address, wants each at once and is not disabled'`);
    await q.query(`CREATE TRIGGER notification_mail AFTER INSERT ON notification REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION queue_notification_mail()`);

    await q.query(`
      CREATE TABLE overdue_escalation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        instance_table text NOT NULL,
        instance_id uuid NOT NULL,
        overdue_seq int NOT NULL,
        machine_id text NOT NULL,
        state text NOT NULL,
        overdue_since date NOT NULL,
        working_days_overdue int NOT NULL,
        recipients int NOT NULL,
        escalated_at timestamptz NOT NULL,
        UNIQUE (instance_table, instance_id, overdue_seq)
      )`);
    await q.query(`COMMENT ON TABLE overdue_escalation IS 'A step overdue by the configured working days, reported to the office responsible for it: once per step and overdue period'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.instance_table IS 'The table of the overdue instance (assessment, outcome_task, review_case, fault_tolerance_case)'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.overdue_seq IS 'The audit row (seq in the instance''s trail) that marked the step overdue: the overdue period escalated'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.state IS 'The overdue state the instance was in'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.overdue_since IS 'The Beijing day the step was marked overdue'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.working_days_overdue IS 'Working days the step had been overdue when escalated'`);
    await q.query(`COMMENT ON COLUMN overdue_escalation.recipients IS 'How many people of the responsible office were notified'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE overdue_escalation`);
    await q.query(`DROP TRIGGER notification_mail ON notification`);
    await q.query(`DROP FUNCTION queue_notification_mail()`);
    await q.query(`DROP TABLE mail_outbox`);
  }
}
