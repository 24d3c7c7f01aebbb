import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { AppError } from '../common/errors.js';
import { preparedQuery } from '../common/sql.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { assertPasswordAllowed, DEFAULT_PASSWORD_POLICY, passwordExpired, type PasswordPolicy } from '../accounts/password-policy.js';
import { PERMISSIONS, type Grant, type Permission, type Viewer } from './policy.js';
import type { Role } from './roles.js';
import { admit, refund, throttleKeys, type ThrottleSettings } from './throttle.js';

export interface AuthSettings {
  sessionHours: number;
  /** maxFailures: free failures for one account from one address; minutes: the longest delay after them. */
  lockout: { maxFailures: number; minutes: number };
  /** The other throttle keys' allowances (defaults: 50 per account, 100 per address, forgotten after a day). */
  throttle?: Partial<Pick<ThrottleSettings, 'accountFreeFailures' | 'addressFreeFailures' | 'forgetAfterSeconds'>>;
  /** The password policy (default: DEFAULT_PASSWORD_POLICY). */
  passwordPolicy?: PasswordPolicy;
  /** The sign-in address printed on one-time password slips; empty: the web app's own. */
  signInUrl?: string;
  /** false: an account linked to an external identity signs in only through the identity provider (default true). */
  passwordForLinkedAccounts?: boolean;
}

async function hasExternalIdentity(m: EntityManager, userId: string): Promise<boolean> {
  const rows: unknown[] = await m.query(`SELECT 1 FROM user_identity WHERE user_id = $1 LIMIT 1`, [userId]);
  return rows.length > 0;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** A fixed hash to verify against when the user does not exist, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | null = null;

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  failed_attempts: number;
  locked_until: Date | null;
  disabled: boolean;
  version: number;
}

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AuthSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The signed-in user as GraphQL shows it: grants with their organisations (from the request's batched organisations) and every permission the roles give. */
  async viewerView(viewer: Viewer, organisations: { loadMany(ids: readonly string[]): Promise<Array<Organisation | null | Error>> }) {
    const orgs = await organisations.loadMany(viewer.grants.map((g) => g.organisationId));
    const roles = new Set<Role>(viewer.grants.map((g) => g.role));
    return {
      userId: viewer.userId,
      username: viewer.username,
      displayName: viewer.displayName,
      cadreId: viewer.cadreId,
      grants: viewer.grants.map((g, i) => ({ role: g.role, organisation: orgs[i] as Organisation })),
      permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) => (PERMISSIONS[p] as readonly Role[]).some((r) => roles.has(r))),
      passwordChangeRequired: viewer.passwordChangeRequired ?? null,
    };
  }

  /** signIn, then the new session's viewer and its GraphQL view (for the signIn mutation, which also sets the cookie). */
  async signInWithView(
    username: string,
    password: string,
    meta: { ip?: string; userAgent?: string },
    organisations: { loadMany(ids: readonly string[]): Promise<Array<Organisation | null | Error>> },
  ) {
    const session = await this.signIn(username, password, meta);
    const viewer = await this.viewerForToken(session.token);
    return { token: session.token, expiresAt: session.expiresAt, viewer, view: await this.viewerView(viewer!, organisations) };
  }

  /**
   * Checks the password; on success opens a session and returns its token
   * (shown once, stored only as a hash). Failed attempts slow down instead of
   * locking the account (see throttle.ts); an unknown user, a disabled
   * account and a wrong password get the same answer. Every outcome on a real
   * account, and every delay it starts, is in the account's audit stream.
   */
  async signIn(username: string, password: string, meta: { ip?: string; userAgent?: string } = {}) {
    const now = this.now();
    await this.sweepThrottle(now);
    const keys = throttleKeys(username, meta.ip, this.throttle);
    const { admission, user } = await this.dataSource.transaction(async (m) => {
      const admission = await admit(m, keys, this.throttle, now);
      const rows: UserRow[] = await m.query(
        `SELECT id, username, display_name, password_hash, failed_attempts, locked_until, disabled, version
           FROM user_account WHERE lower(username) = lower($1)`,
        [username.trim()],
      );
      return { admission, user: rows[0] ?? null };
    });
    if (!admission.admitted) {
      throw new AppError('TOO_MANY_ATTEMPTS', `Too many failed sign-ins: please wait ${admission.retryAfterSeconds} s and try again`, {
        retryAfterSeconds: admission.retryAfterSeconds,
      });
    }
    const valid = user && !user.disabled ? await argon2.verify(user.password_hash, password).catch(() => false) : await this.verifyDummy(password);
    if (!user) throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
    const outcome = await this.dataSource.transaction(async (m) => {
      const [fresh] = (await m.query(`SELECT failed_attempts, version FROM user_account WHERE id = $1 FOR UPDATE`, [user.id])) as Array<
        Pick<UserRow, 'failed_attempts' | 'version'>
      >;
      if (!fresh) return null;
      if (!valid) {
        const delays = admission.delays.filter((d) => d.kind !== 'address');
        const until = delays.length ? new Date(now.getTime() + Math.max(...delays.map((d) => d.seconds)) * 1000) : null;
        await m.query(
          `UPDATE user_account SET failed_attempts = failed_attempts + 1, locked_until = coalesce($2, locked_until), version = version + 1 WHERE id = $1`,
          [user.id, until],
        );
        await appendAudit(m, {
          entityType: 'user',
          entityId: user.id,
          action: until ? 'SIGN_IN_THROTTLED' : 'SIGN_IN_FAILED',
          actorUserId: null,
          actorRole: null,
          scopePath: null,
          fromVersion: fresh.version,
          payload: {
            failures: fresh.failed_attempts + 1,
            ip: meta.ip ?? null,
            userAgent: meta.userAgent ?? null,
            ...(until ? { waitUntil: until.toISOString(), delays } : {}),
          },
          occurredAt: now,
        });
        return null;
      }
      await refund(m, keys);
      await m.query(`UPDATE user_account SET failed_attempts = 0, locked_until = NULL WHERE id = $1`, [user.id]);
      if (!this.passwordForLinkedAccounts && (await hasExternalIdentity(m, user.id))) {
        await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [user.id]);
        await appendAudit(m, {
          entityType: 'user',
          entityId: user.id,
          action: 'PASSWORD_SIGN_IN_REFUSED',
          actorUserId: null,
          actorRole: null,
          scopePath: null,
          fromVersion: fresh.version,
          payload: { ip: meta.ip ?? null, reason: 'EXTERNAL_IDENTITY' },
          occurredAt: now,
        });
        return 'LINKED' as const;
      }
      return this.openSession(m, { id: user.id, version: fresh.version }, { method: 'PASSWORD', ip: meta.ip ?? null, userAgent: meta.userAgent ?? null });
    });
    if (!outcome) throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
    if (outcome === 'LINKED') {
      throw new AppError('PASSWORD_SIGN_IN_DISABLED', 'This account signs in through the organisation’s identity provider, not with a password');
    }
    return outcome;
  }

  /**
   * Opens a session for an account whose sign-in succeeded (password or
   * identity provider), inside the caller's transaction: the session row, the
   * version step and the SIGNED_IN audit entry with `payload` (how, from
   * where). `user.version` is the account's version read under a row lock.
   * Returns the bearer token, shown once and stored only as a hash.
   */
  async openSession(m: EntityManager, user: { id: string; version: number }, payload: Record<string, unknown>, idToken: string | null = null) {
    const now = this.now();
    await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [user.id]);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3_600_000);
    const [session] = (await m.query(
      `INSERT INTO auth_session (token_hash, user_id, created_at, expires_at, id_token) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [hashToken(token), user.id, now, expiresAt, idToken],
    )) as Array<{ id: string }>;
    await appendAudit(m, {
      entityType: 'user',
      entityId: user.id,
      action: 'SIGNED_IN',
      actorUserId: user.id,
      actorRole: null,
      scopePath: null,
      fromVersion: user.version,
      payload: { sessionId: session!.id, ...payload },
      occurredAt: now,
    });
    return { token, expiresAt, userId: user.id };
  }

  /** Whether an account with an external identity may still sign in with its password (OIDC_PASSWORD_FOR_LINKED). */
  private get passwordForLinkedAccounts(): boolean {
    return this.settings.passwordForLinkedAccounts ?? true;
  }

  /** The same work as a real check, so timing does not tell an unknown or disabled account from a wrong password. */
  private async verifyDummy(password: string): Promise<false> {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }

  private lastSweep = 0;

  /** Forgets old failures now and then (every ten minutes per process), so the table holds only live counts. */
  private async sweepThrottle(now: Date): Promise<void> {
    if (Math.abs(now.getTime() - this.lastSweep) < 600_000) return;
    this.lastSweep = now.getTime();
    await this.dataSource.query(
      `DELETE FROM sign_in_throttle WHERE (last_failure_at IS NULL OR last_failure_at < $1) AND (blocked_until IS NULL OR blocked_until < $2)`,
      [new Date(now.getTime() - this.throttle.forgetAfterSeconds * 1000), now],
    );
  }

  private get throttle(): ThrottleSettings {
    return {
      pairFreeFailures: this.settings.lockout.maxFailures,
      accountFreeFailures: this.settings.throttle?.accountFreeFailures ?? 50,
      addressFreeFailures: this.settings.throttle?.addressFreeFailures ?? 100,
      maxDelaySeconds: this.settings.lockout.minutes * 60,
      forgetAfterSeconds: this.settings.throttle?.forgetAfterSeconds ?? 24 * 3600,
    };
  }

  /** The password policy in force. */
  get passwordPolicy(): PasswordPolicy {
    return this.settings.passwordPolicy ?? DEFAULT_PASSWORD_POLICY;
  }

  /** The sign-in address to print on one-time password slips; empty: the web app's own address. */
  get signInUrl(): string {
    return this.settings.signInUrl ?? '';
  }

  /**
   * Self-service change: the current password, then a new one meeting the
   * policy. Clears a pending forced change, restarts the expiry, ends every
   * other session of the account, and writes PASSWORD_CHANGED (never the
   * password) — one transaction. A wrong current password is
   * INVALID_CREDENTIALS on `input.currentPassword`, and counts as a failed
   * sign-in of the account (the same throttle and delays: TOO_MANY_ATTEMPTS).
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, meta: { ip?: string; userAgent?: string } = {}): Promise<Viewer> {
    const now = this.now();
    const [row] = (await this.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [viewer.userId])) as Array<{ password_hash: string }>;
    if (!row) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    // Guessing the current password from a stolen session is guessing the password: the sign-in throttle counts it (account, pair and address).
    const keys = throttleKeys(viewer.username, meta.ip, this.throttle);
    const admission = await this.dataSource.transaction((m) => admit(m, keys, this.throttle, now));
    if (!admission.admitted) {
      throw new AppError('TOO_MANY_ATTEMPTS', `Too many wrong passwords: please wait ${admission.retryAfterSeconds} s and try again`, {
        retryAfterSeconds: admission.retryAfterSeconds,
      });
    }
    const valid = await argon2.verify(row.password_hash, currentPassword).catch(() => false);
    if (!valid) {
      throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong', { fields: [{ field: 'input.currentPassword', messages: ['is wrong'] }] });
    }
    await this.dataSource.transaction((m) => refund(m, keys));
    assertPasswordAllowed(this.passwordPolicy, newPassword, viewer.username, 'input.newPassword', currentPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (m) => {
      const [fresh] = (await m.query(`SELECT version, must_change_password FROM user_account WHERE id = $1 FOR UPDATE`, [viewer.userId])) as Array<{
        version: number;
        must_change_password: boolean;
      }>;
      await m.query(
        `UPDATE user_account SET password_hash = $2, must_change_password = false, password_changed_at = $3, version = version + 1 WHERE id = $1`,
        [viewer.userId, passwordHash, now],
      );
      const revoked = (await m.query(
        `UPDATE auth_session SET revoked_at = $3 WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL AND expires_at > $3 RETURNING id`,
        [viewer.userId, viewer.sessionId, now],
      )) as [Array<{ id: string }>, number];
      await appendAudit(m, {
        entityType: 'user',
        entityId: viewer.userId,
        action: 'PASSWORD_CHANGED',
        actorUserId: viewer.userId,
        actorRole: null,
        scopePath: null,
        fromVersion: fresh!.version,
        payload: {
          sessionId: viewer.sessionId,
          wasOneTime: fresh!.must_change_password,
          otherSessionsEnded: revoked[1],
          ip: meta.ip ?? null,
          userAgent: meta.userAgent ?? null,
        },
        occurredAt: now,
      });
    });
    return { ...viewer, passwordChangeRequired: null };
  }

  /**
   * Ends the viewer's session. Returns the ID token it was opened with
   * through the identity provider (null for a password session), which the
   * session no longer keeps: the caller may sign the browser out there too.
   */
  async signOut(viewer: Viewer, audited: Record<string, unknown> = {}): Promise<{ idToken: string | null }> {
    return this.dataSource.transaction(async (m) => {
      const [ended] = (await m.query(
        `UPDATE auth_session s SET revoked_at = coalesce(s.revoked_at, $2), id_token = NULL FROM (SELECT id, id_token FROM auth_session WHERE id = $1 FOR UPDATE) old
          WHERE s.id = old.id RETURNING old.id_token`,
        [viewer.sessionId, this.now()],
      )) as [Array<{ id_token: string | null }>, number];
      await appendAudit(m, {
        entityType: 'user',
        entityId: viewer.userId,
        action: 'SIGNED_OUT',
        actorUserId: viewer.userId,
        actorRole: null,
        scopePath: null,
        payload: { sessionId: viewer.sessionId, ...audited },
        occurredAt: this.now(),
      });
      return { idToken: ended[0]?.id_token ?? null };
    });
  }

  /**
   * The viewer behind a bearer token, or null when it is unknown, expired,
   * revoked or the account is disabled. Read from the database on every
   * request, never cached: a sign-out, a role withdrawn or an account
   * disabled through any server process takes effect on every process at
   * once (one indexed query, the cost of being sure).
   */
  async viewerForToken(token: string): Promise<Viewer | null> {
    // A runner of its own, so that the read runs as a named prepared statement (planned once per connection).
    const runner = this.dataSource.createQueryRunner();
    try {
      return await loadViewer(runner.manager, { tokenHash: hashToken(token), now: this.now(), policy: this.settings.passwordPolicy });
    } finally {
      await runner.release();
    }
  }
}

interface ViewerRow {
  session_id: string;
  user_id: string;
  username: string;
  display_name: string;
  cadre_id: string | null;
  cadre_org_path: string | null;
  cadre_org_id: string | null;
  cadre_position: string | null;
  team_report_org_id: string | null;
  must_change_password: boolean;
  password_changed_at: Date;
  grants: Array<{ role: Role; organisationId: string; organisationPath: string }> | null;
}

/** One query: the session, the user, their cadre's place and every grant with its jurisdiction path. */
export async function loadViewer(manager: EntityManager, by: { tokenHash: string; now: Date; policy?: PasswordPolicy }): Promise<Viewer | null> {
  const rows = await preparedQuery<ViewerRow>(
    manager,
    `SELECT s.id AS session_id, u.id AS user_id, u.username, u.display_name, u.cadre_id, u.must_change_password, u.password_changed_at,
            co.path AS cadre_org_path, c.organisation_id AS cadre_org_id, c.position_type AS cadre_position,
            CASE WHEN c.id IS NOT NULL AND writes_team_report(c.id) THEN c.organisation_id END AS team_report_org_id,
            (SELECT json_agg(json_build_object('role', ra.role, 'organisationId', ra.organisation_id, 'organisationPath', o.path)
                             ORDER BY o.path, ra.role)
               FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id
              WHERE ra.user_id = u.id) AS grants
       FROM auth_session s
       JOIN user_account u ON u.id = s.user_id
       LEFT JOIN cadre c ON c.id = u.cadre_id
       LEFT JOIN organisation co ON co.id = c.organisation_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT u.disabled`,
    [by.tokenHash, by.now],
  );
  const row = rows[0];
  if (!row) return null;
  const grants: Grant[] = (row.grants ?? []).map((g) => ({ role: g.role, organisationId: g.organisationId, organisationPath: g.organisationPath }));
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    cadreId: row.cadre_id,
    cadreOrganisationPath: row.cadre_org_path,
    cadreOrganisationId: row.cadre_org_id,
    cadrePositionType: row.cadre_position,
    teamReportOrganisationId: row.team_report_org_id,
    grants,
    passwordChangeRequired: row.must_change_password
      ? 'ONE_TIME'
      : passwordExpired(by.policy ?? DEFAULT_PASSWORD_POLICY, new Date(row.password_changed_at), by.now)
        ? 'EXPIRED'
        : null,
  };
}
