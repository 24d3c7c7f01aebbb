import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { AppError } from '../common/errors.js';
import type { Grant, Viewer } from './policy.js';
import type { Role } from './roles.js';

export interface AuthSettings {
  sessionHours: number;
  lockout: { maxFailures: number; minutes: number };
}

/** How long a looked-up session is reused by one process. */
export const SESSION_CACHE_MS = 5_000;

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

  /**
   * Checks the password; on success opens a session and returns its token
   * (shown once, stored only as a hash). Repeated failures lock the account for
   * a while; every outcome on a real account is in its audit stream.
   */
  async signIn(username: string, password: string, meta: { ip?: string; userAgent?: string } = {}) {
    const user = await this.dataSource.transaction(async (m) => {
      const rows: UserRow[] = await m.query(
        `SELECT id, username, display_name, password_hash, failed_attempts, locked_until, disabled, version
           FROM user_account WHERE lower(username) = lower($1)`,
        [username],
      );
      return rows[0] ?? null;
    });
    if (!user) {
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
      await argon2.verify(await dummyHash, password).catch(() => false);
      throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
    }
    const now = this.now();
    if (user.disabled) throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
    if (user.locked_until && user.locked_until > now) {
      throw new AppError('ACCOUNT_LOCKED', 'Too many failed sign-ins: this account is locked for a while', {
        lockedUntil: user.locked_until.toISOString(),
      });
    }
    const valid = await argon2.verify(user.password_hash, password).catch(() => false);
    return this.dataSource.transaction(async (m) => {
      // Re-read under lock: concurrent attempts must each count.
      const [fresh] = (await m.query(`SELECT failed_attempts, locked_until, version FROM user_account WHERE id = $1 FOR UPDATE`, [
        user.id,
      ])) as Array<Pick<UserRow, 'failed_attempts' | 'locked_until' | 'version'>>;
      if (!fresh) throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
      if (!valid) {
        const failures = fresh.failed_attempts + 1;
        const lock = failures >= this.settings.lockout.maxFailures;
        const lockedUntil = lock ? new Date(now.getTime() + this.settings.lockout.minutes * 60_000) : null;
        await m.query(`UPDATE user_account SET failed_attempts = $2, locked_until = $3, version = version + 1 WHERE id = $1`, [
          user.id,
          lock ? 0 : failures,
          lockedUntil,
        ]);
        await appendAudit(m, {
          entityType: 'user',
          entityId: user.id,
          action: lock ? 'ACCOUNT_LOCKED' : 'SIGN_IN_FAILED',
          actorUserId: null,
          actorRole: null,
          scopePath: null,
          fromVersion: fresh.version,
          payload: { failures, ip: meta.ip ?? null, lockedUntil: lockedUntil?.toISOString() ?? null },
          occurredAt: now,
        });
        return { failed: lock ? ('locked' as const) : ('wrong' as const), lockedUntil };
      }
      await m.query(`UPDATE user_account SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = $1`, [user.id]);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + this.settings.sessionHours * 3_600_000);
      const [session] = (await m.query(
        `INSERT INTO auth_session (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4) RETURNING id`,
        [hashToken(token), user.id, now, expiresAt],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'SIGNED_IN',
        actorUserId: user.id,
        actorRole: null,
        scopePath: null,
        fromVersion: fresh.version,
        payload: { sessionId: session!.id, ip: meta.ip ?? null, userAgent: meta.userAgent ?? null },
        occurredAt: now,
      });
      return { failed: null, token, expiresAt, userId: user.id };
    }).then((outcome) => {
      if (outcome.failed === 'locked') {
        throw new AppError('ACCOUNT_LOCKED', 'Too many failed sign-ins: this account is locked for a while', {
          lockedUntil: outcome.lockedUntil?.toISOString(),
        });
      }
      if (outcome.failed === 'wrong') throw new AppError('INVALID_CREDENTIALS', 'Wrong username or password');
      return { token: outcome.token!, expiresAt: outcome.expiresAt!, userId: outcome.userId! };
    });
  }

  async signOut(viewer: Viewer): Promise<void> {
    this.forgetUser(viewer.userId);
    await this.dataSource.transaction(async (m) => {
      await m.query(`UPDATE auth_session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [viewer.sessionId, this.now()]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: viewer.userId,
        action: 'SIGNED_OUT',
        actorUserId: viewer.userId,
        actorRole: null,
        scopePath: null,
        payload: { sessionId: viewer.sessionId },
        occurredAt: this.now(),
      });
    });
  }

  /**
   * The viewer behind a bearer token, or null when it is unknown, expired,
   * revoked or the account is disabled. Looked up at most every few seconds
   * per token and process (on the injected clock): a revocation, a new role or
   * a disabled account elsewhere takes effect within SESSION_CACHE_MS.
   */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const tokenHash = hashToken(token);
    const now = this.now().getTime();
    const cached = this.sessionCache.get(tokenHash);
    if (cached && now - cached.at < SESSION_CACHE_MS && now >= cached.at) return cached.viewer;
    const viewer = await loadViewer(this.dataSource.manager, { tokenHash, now: this.now() });
    if (this.sessionCache.size > 10_000) this.sessionCache.clear();
    if (viewer) this.sessionCache.set(tokenHash, { viewer, at: now });
    else this.sessionCache.delete(tokenHash);
    return viewer;
  }

  private readonly sessionCache = new Map<string, { viewer: Viewer; at: number }>();

  /** Drops every cached session of a user (after sign-out, role or lock changes made through this process). */
  forgetUser(userId: string): void {
    for (const [hash, entry] of this.sessionCache) if (entry.viewer.userId === userId) this.sessionCache.delete(hash);
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
  grants: Array<{ role: Role; organisationId: string; organisationPath: string }> | null;
}

/** One query: the session, the user, their cadre's place and every grant with its jurisdiction path. */
export async function loadViewer(manager: EntityManager, by: { tokenHash: string; now: Date }): Promise<Viewer | null> {
  const rows: ViewerRow[] = await manager.query(
    `SELECT s.id AS session_id, u.id AS user_id, u.username, u.display_name, u.cadre_id,
            co.path AS cadre_org_path, c.organisation_id AS cadre_org_id, c.position_type AS cadre_position,
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
    grants,
  };
}
