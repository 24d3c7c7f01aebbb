import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling: failed attempts counted atomically per key — an
 * account, an account from one client address, a client address across
 * accounts — each with the time until which the next attempt must wait.
 * Keys are built from the typed username whether or not such an account
 * exists, so the throttle's answer says nothing about which usernames exist.
 * Also the request rate limits of anonymous operations.
 */
export class SignInThrottle1764400000000 implements MigrationInterface {
  name = 'SignInThrottle1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL DEFAULT 0,
        blocked_until timestamptz,
        last_failure_at timestamptz
      )`);
    await q.query(`CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at)`);
    // Request rate limits on the anonymous and sign-in operations (the layout rate-limiter-flexible's
    // PostgreSQL store expects), shared by every server process.
    await q.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limit`);
    await q.query(`DROP TABLE sign_in_throttle`);
  }
}
