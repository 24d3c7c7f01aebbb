import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A session opened through the identity provider keeps the ID token the
 * provider issued for it, so that signing out here can also sign the
 * browser out at the provider (RP-initiated logout: the token is the
 * `id_token_hint`). It is cleared when the session ends.
 */
export class SessionIdToken1768200000000 implements MigrationInterface {
  name = 'SessionIdToken1768200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_session ADD COLUMN id_token text`);
    await q.query(
      `COMMENT ON COLUMN auth_session.id_token IS 'The ID token of a session opened through the identity provider (its id_token_hint for signing out there); cleared when the session ends'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_session DROP COLUMN IF EXISTS id_token`);
  }
}
