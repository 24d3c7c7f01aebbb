import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The roster, team membership and accounts as data of the organisation.
 *
 * - `organisation.retired_on`: the day a unit was abolished or merged away
 *   (撤销); a retired unit keeps its past years but takes no new enrolment.
 * - `cadre.team_member`: whether the cadre sits on the leadership team
 *   (领导班子成员) of their unit. Backfilled true, which is what every cadre of
 *   a unit counted as before.
 * - `cadre.employment_status` and `cadre.employment_status_since`: serving,
 *   retired or left (在职状态); only serving cadres are enrolled.
 * - `assessment.post_title`, `assessment.rank_level`,
 *   `assessment.position_type`: the post, rank level and principal/deputy the
 *   cadre held when enrolled, so a year stays with the unit (already kept in
 *   `organisation_id`) and the post it was assessed in after the cadre moves
 *   or is promoted. Backfilled from the cadre.
 * - `user_account.must_change_password`, `password_changed_at`: a one-time
 *   password forces a change at the first sign-in; the password policy's
 *   expiry counts from the last change.
 * - `user_account.email`, `notification_delivery`: where and how often
 *   notifications reach the person by e-mail (immediately or as a daily
 *   digest).
 */
export class RosterAndAccounts1764900000000 implements MigrationInterface {
  name = 'RosterAndAccounts1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation ADD COLUMN retired_on date`);
    await q.query(`COMMENT ON COLUMN organisation.retired_on IS 'The day the unit was abolished or merged away (撤销); null while it exists. A retired unit keeps its past years and takes no new enrolment'`);

    await q.query(`ALTER TABLE cadre ADD COLUMN team_member boolean NOT NULL DEFAULT true`);
    await q.query(`COMMENT ON COLUMN cadre.team_member IS 'Whether the cadre sits on the leadership team (领导班子成员) of their unit'`);
    await q.query(`ALTER TABLE cadre ADD COLUMN employment_status text NOT NULL DEFAULT 'SERVING' CHECK (employment_status IN ('SERVING', 'RETIRED', 'LEFT'))`);
    await q.query(`ALTER TABLE cadre ADD COLUMN employment_status_since date`);
    await q.query(`COMMENT ON COLUMN cadre.employment_status IS 'In-post status (在职状态): SERVING, RETIRED or LEFT (transferred out, resigned, dismissed); only serving cadres are enrolled'`);
    await q.query(`CREATE INDEX cadre_organisation_serving ON cadre (organisation_id) WHERE employment_status = 'SERVING'`);
    await q.query(`CREATE INDEX cadre_name_search ON cadre (name text_pattern_ops)`);

    await q.query(`ALTER TABLE assessment ADD COLUMN post_title text, ADD COLUMN rank_level text, ADD COLUMN position_type text`);
    await q.query(`UPDATE assessment a SET post_title = c.post, rank_level = c.rank_level, position_type = c.position_type FROM cadre c WHERE c.id = a.cadre_id`);
    await q.query(`COMMENT ON COLUMN assessment.post_title IS 'The post (职务) the cadre held when enrolled; null for a team'`);
    await q.query(`COMMENT ON COLUMN assessment.rank_level IS 'The rank level the cadre held when enrolled (its quota pool); null for a team'`);
    await q.query(`COMMENT ON COLUMN assessment.position_type IS 'PRINCIPAL or DEPUTY when enrolled; null for a team'`);

    await q.query(`ALTER TABLE user_account ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE user_account ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now()`);
    await q.query(`ALTER TABLE user_account ADD COLUMN email text`);
    await q.query(`ALTER TABLE user_account ADD COLUMN notification_delivery text NOT NULL DEFAULT 'IMMEDIATE' CHECK (notification_delivery IN ('IMMEDIATE', 'DAILY_DIGEST'))`);
    await q.query(`COMMENT ON COLUMN user_account.must_change_password IS 'A one-time password was handed out: the next sign-in must change it before anything else'`);
    await q.query(`COMMENT ON COLUMN user_account.notification_delivery IS 'How e-mail notifications reach the person: IMMEDIATE or DAILY_DIGEST'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP COLUMN notification_delivery, DROP COLUMN email, DROP COLUMN password_changed_at, DROP COLUMN must_change_password`);
    await q.query(`ALTER TABLE assessment DROP COLUMN position_type, DROP COLUMN rank_level, DROP COLUMN post_title`);
    await q.query(`DROP INDEX cadre_name_search`);
    await q.query(`DROP INDEX cadre_organisation_serving`);
    await q.query(`ALTER TABLE cadre DROP COLUMN employment_status_since, DROP COLUMN employment_status, DROP COLUMN team_member`);
    await q.query(`ALTER TABLE organisation DROP COLUMN retired_on`);
  }
}
