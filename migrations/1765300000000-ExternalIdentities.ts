import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through the organisation's identity provider (OpenID Connect).
 *
 * - `user_identity`: which account a subject of an identity provider signs in
 *   as; one account may have several, a subject maps to one account.
 *   `linked_by` is the administrator who linked it, null when the first
 *   sign-in matched it by the configured claim (OIDC_MATCH_CLAIM).
 * - `oidc_pending_sign_in`: a sign-in started at /auth/oidc/start and not yet
 *   come back: its state, nonce and PKCE verifier, kept on the server under the
 *   hash of a random value the browser holds in a short-lived cookie; used once.
 */
export class ExternalIdentities1765300000000 implements MigrationInterface {
  name = 'ExternalIdentities1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_identity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        linked_at timestamptz NOT NULL,
        linked_by uuid REFERENCES user_account(id),
        CONSTRAINT user_identity_issuer_subject UNIQUE (issuer, subject)
      )`);
    await q.query(`CREATE INDEX user_identity_user ON user_identity (user_id)`);
    await q.query(`COMMENT ON TABLE user_identity IS 'An account of an external identity provider (OpenID Connect) that signs in as this user account'`);
    await q.query(`COMMENT ON COLUMN user_identity.issuer IS 'The identity provider''s issuer URL, as in the ID token''s iss claim'`);
    await q.query(`COMMENT ON COLUMN user_identity.subject IS 'The person''s subject identifier at that issuer (the ID token''s sub claim)'`);
    await q.query(`COMMENT ON COLUMN user_identity.user_id IS 'The account the subject signs in as'`);
    await q.query(`COMMENT ON COLUMN user_identity.linked_at IS 'When the link was made'`);
    await q.query(`COMMENT ON COLUMN user_identity.linked_by IS 'The administrator who linked it; null when the first sign-in matched it by the configured claim'`);

    await q.query(`
      CREATE TABLE oidc_pending_sign_in (
        binding_hash text PRIMARY KEY,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        redirect_uri text NOT NULL,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX oidc_pending_sign_in_expires ON oidc_pending_sign_in (expires_at)`);
    await q.query(`COMMENT ON TABLE oidc_pending_sign_in IS 'A sign-in sent to the identity provider and not yet back; deleted when it comes back or expires'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.binding_hash IS 'sha256 of the random value in the browser''s short-lived cookie, which ties the callback to the browser that started it'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.state IS 'The state sent to the provider; the callback must bring it back unchanged'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.nonce IS 'The nonce the ID token must carry'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.code_verifier IS 'The PKCE code verifier, sent with the code exchange'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.redirect_uri IS 'The redirect URI the authorization request named (the code exchange repeats it)'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.return_to IS 'The page of the web app to open once signed in (a path of this site)'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.created_at IS 'When the sign-in was started'`);
    await q.query(`COMMENT ON COLUMN oidc_pending_sign_in.expires_at IS 'After this the callback is refused (ten minutes)'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_pending_sign_in`);
    await q.query(`DROP TABLE user_identity`);
  }
}
