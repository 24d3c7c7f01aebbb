import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: organisations as a tree, cadres and their status periods,
 * users with roles scoped to a subtree, sessions, versioned rule sets per
 * jurisdiction, and the append-only, hash-chained audit log.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION refuse_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES organisation(id),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        category text NOT NULL,
        path text NOT NULL,
        depth int NOT NULL,
        restricted_development boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisation_path_format CHECK (path LIKE '/%/')
      )`);
    await q.query(`COMMENT ON COLUMN organisation.path IS 'Materialised path of ids, /root/…/self/: a subtree is path LIKE prefix%'`);
    await q.query(`CREATE UNIQUE INDEX organisation_path_idx ON organisation (path text_pattern_ops)`);
    await q.query(`CREATE INDEX organisation_parent_idx ON organisation (parent_id)`);

    await q.query(`
      CREATE TABLE cadre (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        person_no text NOT NULL UNIQUE,
        name text NOT NULL,
        gender text NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
        birth_date date,
        post text NOT NULL,
        rank_level text NOT NULL,
        position_type text NOT NULL CHECK (position_type IN ('PRINCIPAL', 'DEPUTY')),
        population text NOT NULL DEFAULT 'LEADING_CADRE',
        took_post_on date,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX cadre_org_name_idx ON cadre (organisation_id, name, id)`);

    await q.query(`
      CREATE TABLE cadre_status_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        kind text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        note text NOT NULL DEFAULT '',
        recorded_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cadre_status_period_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX cadre_status_period_cadre_idx ON cadre_status_period (cadre_id, starts_on)`);

    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        cadre_id uuid REFERENCES cadre(id),
        failed_attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_account_username_idx ON user_account (lower(username))`);
    await q.query(`CREATE UNIQUE INDEX user_account_cadre_idx ON user_account (cadre_id) WHERE cadre_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE role_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id),
        role text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        granted_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_assignment_unique UNIQUE (user_id, role, organisation_id)
      )`);
    await q.query(`CREATE INDEX role_assignment_org_idx ON role_assignment (organisation_id)`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`COMMENT ON COLUMN auth_session.token_hash IS 'sha256 of the bearer token; the token itself is never stored'`);
    await q.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);

    await q.query(`
      CREATE TABLE rule_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction_id uuid NOT NULL REFERENCES organisation(id),
        version int NOT NULL,
        effective_from date NOT NULL,
        settings jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rule_set_version_unique UNIQUE (jurisdiction_id, version),
        CONSTRAINT rule_set_effective_unique UNIQUE (jurisdiction_id, effective_from)
      )`);
    await q.query(`COMMENT ON TABLE rule_set IS 'Versioned, effective-dated settings per jurisdiction; rows are never updated: a change is a new version'`);
    await q.query(`CREATE TRIGGER rule_set_immutable BEFORE UPDATE OR DELETE ON rule_set FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        seq int NOT NULL,
        scope_path text,
        occurred_at timestamptz NOT NULL,
        actor_user_id uuid,
        actor_role text,
        action text NOT NULL,
        from_state text,
        to_state text,
        from_version int,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash text,
        hash text NOT NULL,
        CONSTRAINT audit_log_stream_seq UNIQUE (entity_type, entity_id, seq),
        CONSTRAINT audit_log_from_version UNIQUE (entity_type, entity_id, from_version)
      )`);
    await q.query(`COMMENT ON TABLE audit_log IS 'Append-only. Each row carries the hash of the previous row of its stream (entity_type, entity_id); UPDATE, DELETE and TRUNCATE are refused by trigger'`);
    await q.query(`CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_scope_idx ON audit_log (scope_path text_pattern_ops, id DESC)`);
    await q.query(`COMMENT ON COLUMN audit_log.scope_path IS 'Organisation path the action happened in; auditors see the rows inside their jurisdiction. NULL: system-wide, root auditors only'`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_row_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE rule_set`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE role_assignment`);
    await q.query(`DROP TABLE user_account`);
    await q.query(`DROP TABLE cadre_status_period`);
    await q.query(`DROP TABLE cadre`);
    await q.query(`DROP TABLE organisation`);
    await q.query(`DROP FUNCTION refuse_row_change()`);
  }
}
