import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { assertCan, can, isRootPath, scopeOf, type Viewer } from '../auth/policy.js';
import { likeEscape, subtreePatterns } from '../common/sql.js';
import { forgetUsername } from '../auth/throttle.js';
import { AppError, notFound } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { UserAccount } from '../users/user.entity.js';
import { SIGN_IN_HISTORY_ACTIONS, type AccountCadreCandidate, type SignInEvent, type SignInHistoryAction } from './account.types.js';
import { generateOneTimePassword, type PasswordPolicy } from './password-policy.js';

/**
 * The organisation paths an account belongs to: its roles' jurisdictions and
 * its cadre's unit. An administrator manages the account when one of them is
 * inside their jurisdiction; an account with neither belongs to the root
 * administrators.
 */
export async function assertManagesUser(m: EntityManager, viewer: Viewer, userId: string): Promise<void> {
  const rows: Array<{ path: string }> = await m.query(
    `SELECT o.path FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id WHERE ra.user_id = $1
     UNION SELECT o.path FROM user_account u JOIN cadre c ON c.id = u.cadre_id JOIN organisation o ON o.id = c.organisation_id WHERE u.id = $1`,
    [userId],
  );
  const allowed = rows.length
    ? rows.some((r) => can(viewer, 'user:manage', r.path))
    : viewer.grants.some((g) => g.role === 'SYSTEM_ADMIN' && isRootPath(g.organisationPath));
  if (!allowed) throw new AppError('FORBIDDEN', 'This user is outside your jurisdiction', { permission: 'user:manage' });
}

interface HistoryRow {
  id: string;
  seq: number;
  occurred_at: Date;
  action: SignInHistoryAction;
  payload: { ip?: string | null; userAgent?: string | null; method?: string | null };
  actor_user_id: string | null;
  actor_username: string | null;
}

/**
 * The administrator's side of accounts — one-time password resets, disabling
 * and enabling — and every account's sign-in history. Each change is one
 * transaction with its audit entry; no password is ever written to the trail.
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly policy: () => PasswordPolicy,
  ) {}

  /** Locks the account row for a change by an administrator other than its owner. */
  private async lockForChange(m: EntityManager, viewer: Viewer, userId: string, what: string): Promise<UserAccount> {
    const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :userId', { userId }).getOne();
    if (!user) throw notFound('User');
    await assertManagesUser(m, viewer, userId);
    if (userId === viewer.userId) {
      throw new AppError('VALIDATION', `You cannot ${what} your own account`, { fields: [{ field: 'userId', messages: [`is your own account`] }] });
    }
    return user;
  }

  private async endSessions(m: EntityManager, userId: string, now: Date): Promise<number> {
    const result = (await m.query(`UPDATE auth_session SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2`, [userId, now])) as [
      unknown,
      number,
    ];
    return result[1];
  }

  /**
   * A new one-time password (random, meeting the policy) for someone who lost
   * theirs: shown in the answer only, the account must change it at the next
   * sign-in, its sessions end and a sign-in delay is lifted.
   */
  async resetPassword(viewer: Viewer | null, userId: string): Promise<{ user: UserAccount; oneTimePassword: string }> {
    assertCan(viewer, 'user:manage');
    const oneTimePassword = generateOneTimePassword(this.policy());
    const passwordHash = await hashPassword(oneTimePassword);
    const now = this.now();
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockForChange(m, viewer, userId, 'reset the password of');
      await m.query(
        `UPDATE user_account SET password_hash = $2, must_change_password = true, password_changed_at = $3, failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = $1`,
        [userId, passwordHash, now],
      );
      await forgetUsername(m, user.username);
      const sessionsEnded = await this.endSessions(m, userId, now);
      await appendAudit(m, {
        entityType: 'user',
        entityId: userId,
        action: 'PASSWORD_RESET',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: null,
        fromVersion: user.version,
        payload: { sessionsEnded },
        occurredAt: now,
      });
      return { user: await m.getRepository(UserAccount).findOneByOrFail({ id: userId }), oneTimePassword };
    });
  }

  /** Disables (true) or enables (false) an account; disabling ends its sessions at once. Setting what is already set changes nothing. */
  async setDisabled(viewer: Viewer | null, userId: string, disabled: boolean): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    const now = this.now();
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockForChange(m, viewer, userId, disabled ? 'disable' : 'enable');
      if (user.disabled === disabled) return user;
      await m.query(`UPDATE user_account SET disabled = $2, version = version + 1 WHERE id = $1`, [userId, disabled]);
      const sessionsEnded = disabled ? await this.endSessions(m, userId, now) : 0;
      await appendAudit(m, {
        entityType: 'user',
        entityId: userId,
        action: disabled ? 'ACCOUNT_DISABLED' : 'ACCOUNT_ENABLED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: null,
        fromVersion: user.version,
        payload: disabled ? { sessionsEnded } : {},
        occurredAt: now,
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: userId });
    });
  }

  /**
   * An account's sign-ins, failures, sign-outs and administrators' actions on
   * it, newest first, read from its audit stream. Your own, or another's
   * inside your jurisdiction as SYSTEM_ADMIN.
   */
  async signInHistory(viewer: Viewer | null, userId: string | null | undefined, first: number, after?: string | null): Promise<ConnectionShape<SignInEvent>> {
    if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
    const target = userId ?? viewer.userId;
    if (target !== viewer.userId) {
      assertCan(viewer, 'user:manage');
      const exists: unknown[] = await this.dataSource.query(`SELECT 1 FROM user_account WHERE id = $1`, [target]);
      if (!exists.length) throw notFound('User');
      await assertManagesUser(this.dataSource.manager, viewer, target);
    }
    const cursor = decodeCursor(after, 1);
    const before = cursor ? Number(cursor[0]) : null;
    const rows: HistoryRow[] = await this.dataSource.query(
      `SELECT a.id::text AS id, a.seq, a.occurred_at, a.action, a.payload, a.actor_user_id, actor.username AS actor_username
         FROM audit_log a LEFT JOIN user_account actor ON actor.id = a.actor_user_id
        WHERE a.entity_type = 'user' AND a.entity_id = $1 AND a.action = ANY($2::text[]) AND ($3::int IS NULL OR a.seq < $3)
        ORDER BY a.seq DESC LIMIT $4`,
      [target, [...SIGN_IN_HISTORY_ACTIONS], before, first + 1],
    );
    const events = rows.map((r) => ({
      seq: r.seq,
      id: r.id,
      occurredAt: r.occurred_at,
      action: r.action,
      succeeded: r.action !== 'SIGN_IN_FAILED' && r.action !== 'SIGN_IN_THROTTLED',
      ip: r.payload.ip ?? null,
      userAgent: r.payload.userAgent ?? null,
      method: r.action === 'SIGNED_IN' ? (r.payload.method ?? 'PASSWORD') : null,
      actorUsername: r.actor_user_id && r.actor_user_id !== target ? r.actor_username : null,
    }));
    return toConnection<SignInEvent & { seq: number }>(events, first, (e) => [e.seq], async () => {
      const [row] = (await this.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 AND action = ANY($2::text[])`,
        [target, [...SIGN_IN_HISTORY_ACTIONS]],
      )) as Array<{ n: number }>;
      return row!.n;
    });
  }
}

/** Cadres inside the administrator's jurisdiction whose name or personnel number holds `search`: the user form's cadre search. */
export async function searchCadresForAccount(dataSource: DataSource, viewer: Viewer | null, search: string, first: number): Promise<AccountCadreCandidate[]> {
  assertCan(viewer, 'user:manage');
  const rows: Array<AccountCadreCandidate> = await dataSource.query(
    `SELECT c.id AS "cadreId", c.person_no AS "personNo", c.name, o.name AS "organisationName", c.post, u.username
       FROM cadre c JOIN organisation o ON o.id = c.organisation_id LEFT JOIN user_account u ON u.cadre_id = c.id
      WHERE o.path LIKE ANY($1::text[]) AND (c.name ILIKE $2 OR c.person_no ILIKE $2)
      ORDER BY (c.person_no ILIKE $3) DESC, c.person_no LIMIT $4`,
    [subtreePatterns(scopeOf(viewer, 'user:manage')), `%${likeEscape(search.trim())}%`, `${likeEscape(search.trim())}%`, first],
  );
  return rows;
}
