import { In, type DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../../audit/audit.service.js';
import { AppError, notFound, validation } from '../../common/errors.js';
import type { OidcMatchField, OidcSettings } from '../../config.js';
import { UserAccount } from '../../users/user.entity.js';
import { assertCan, can, type Viewer } from '../policy.js';
import { UserIdentity } from './identity.entity.js';

/** Why a sign-in through the identity provider was refused; the sign-in page shows each in words (web locales `oidc.refusals`). */
export const OIDC_REFUSALS = [
  /** The subject is linked to no account, and no account matched the configured claim. */
  'UNKNOWN_SUBJECT',
  /** The linked account is disabled. */
  'ACCOUNT_DISABLED',
  /** The callback did not come back to the browser that started it, came too late, or its state was altered. */
  'BAD_STATE',
  /** The provider answered with an error, or its answer (code, ID token, issuer, nonce) did not check out. */
  'PROVIDER_ERROR',
  /** Too many callbacks from this address. */
  'RATE_LIMITED',
  /** The sign-in could not be completed for the moment (the database is away). */
  'UNAVAILABLE',
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export class OidcRefused extends Error {
  constructor(
    readonly reason: OidcRefusal,
    detail: string,
  ) {
    super(detail);
  }
}

interface AccountRow {
  id: string;
  disabled: boolean;
  version: number;
}

/**
 * External identities: which subject of which identity provider signs in as
 * which account. A SYSTEM_ADMIN links and unlinks them inside their
 * jurisdiction; with OIDC_MATCH_CLAIM set, a subject's first sign-in links it
 * to the one account whose username (or cadre personnel-file number) equals
 * the claim.
 */
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly oidc: OidcSettings | null,
  ) {}

  /** The identities of several accounts at once, oldest link first (the users page's batch loader). */
  async byUsers(userIds: readonly string[]): Promise<UserIdentity[][]> {
    const rows = await this.dataSource.getRepository(UserIdentity).find({ where: { userId: In([...userIds]) }, order: { linkedAt: 'ASC', id: 'ASC' } });
    return userIds.map((id) => rows.filter((r) => r.userId === id));
  }

  async link(viewer: Viewer | null, input: { userId: string; issuer?: string | null; subject: string }): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    return this.dataSource.transaction(async (m) => {
      // The account and its jurisdiction first: an account elsewhere is FORBIDDEN whatever the input.
      const user = await this.lockManagedUser(m, viewer, input.userId);
      const issuer = (input.issuer ?? this.oidc?.issuer ?? '').trim();
      if (!issuer) throw validation([{ field: 'input.issuer', messages: ['is needed: no identity provider is configured (OIDC_ISSUER)'] }]);
      const subject = input.subject.trim();
      if (!subject) throw validation([{ field: 'input.subject', messages: ['subject is required'] }]);
      const taken = await m.getRepository(UserIdentity).findOneBy({ issuer, subject });
      if (taken) {
        throw new AppError('CONFLICT', 'This subject of the identity provider is already linked to an account', {
          fields: [{ field: 'input.subject', messages: ['is already linked to an account'] }],
        });
      }
      const identity = await m.getRepository(UserIdentity).save(m.getRepository(UserIdentity).create({ issuer, subject, userId: user.id, linkedAt: this.now(), linkedBy: viewer.userId }));
      await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [user.id]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'IDENTITY_LINKED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: null,
        fromVersion: user.version,
        payload: { identityId: identity.id, issuer, subject, method: 'ADMINISTRATOR' },
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    });
  }

  async unlink(viewer: Viewer | null, identityId: string): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    return this.dataSource.transaction(async (m) => {
      const identity = await m.getRepository(UserIdentity).findOneBy({ id: identityId });
      if (!identity) throw notFound('External identity');
      const user = await this.lockManagedUser(m, viewer, identity.userId);
      await m.getRepository(UserIdentity).delete({ id: identity.id });
      await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [user.id]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'IDENTITY_UNLINKED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: null,
        fromVersion: user.version,
        payload: { identityId: identity.id, issuer: identity.issuer, subject: identity.subject },
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    });
  }

  /** The account, locked; refused when it holds roles only outside the administrator's jurisdiction (as unlockUser). */
  private async lockManagedUser(m: EntityManager, viewer: Viewer, userId: string): Promise<UserAccount> {
    const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :userId', { userId }).getOne();
    if (!user) throw notFound('User');
    const paths: Array<{ path: string }> = await m.query(
      `SELECT o.path FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id WHERE ra.user_id = $1`,
      [userId],
    );
    if (paths.length > 0 && !paths.some((row) => can(viewer, 'user:manage', row.path))) throw new AppError('FORBIDDEN', 'This user is outside your jurisdiction');
    return user;
  }

  /**
   * The account a verified subject signs in as, locked for the session to be
   * opened in the same transaction: its link, else (OIDC_MATCH_CLAIM) the one
   * account matching the claim, which is then linked. An unknown subject or a
   * disabled account is a refusal, audited in the same transaction (which the
   * caller commits all the same).
   */
  async accountFor(m: EntityManager, issuer: string, subject: string, claims: Record<string, unknown>): Promise<{ account: AccountRow } | { refusal: OidcRefusal }> {
    const linked: AccountRow[] = await m.query(
      `SELECT u.id, u.disabled, u.version FROM user_identity i JOIN user_account u ON u.id = i.user_id
        WHERE i.issuer = $1 AND i.subject = $2 FOR UPDATE OF u`,
      [issuer, subject],
    );
    let account = linked[0] ?? (await this.matchByClaim(m, claims));
    if (!account) {
      await this.refuse(m, { entityType: 'user_identity', entityId: `${issuer} ${subject}`, fromVersion: null }, 'UNKNOWN_SUBJECT', issuer, subject);
      return { refusal: 'UNKNOWN_SUBJECT' };
    }
    if (account.disabled) {
      await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [account.id]);
      await this.refuse(m, { entityType: 'user', entityId: account.id, fromVersion: account.version }, 'ACCOUNT_DISABLED', issuer, subject);
      return { refusal: 'ACCOUNT_DISABLED' };
    }
    if (!linked[0]) {
      await this.linkByClaim(m, account, issuer, subject);
      account = { ...account, version: account.version + 1 };
    }
    return { account };
  }

  private async matchByClaim(m: EntityManager, claims: Record<string, unknown>): Promise<AccountRow | null> {
    const claim = this.oidc?.matchClaim;
    const value = claim ? claims[claim] : undefined;
    if (typeof value !== 'string' || !value.trim()) return null;
    const where: Record<OidcMatchField, string> = {
      username: `lower(u.username) = lower($1)`,
      personNo: `u.cadre_id = (SELECT c.id FROM cadre c WHERE c.person_no = $1)`,
    };
    const rows: AccountRow[] = await m.query(
      `SELECT u.id, u.disabled, u.version FROM user_account u WHERE ${where[this.oidc!.matchField]} FOR UPDATE OF u`,
      [value.trim()],
    );
    // Two accounts of one cadre: no guess, an administrator links the right one.
    return rows.length === 1 ? rows[0]! : null;
  }

  private async linkByClaim(m: EntityManager, account: AccountRow, issuer: string, subject: string): Promise<void> {
    const [identity] = (await m.query(
      `INSERT INTO user_identity (issuer, subject, user_id, linked_at, linked_by) VALUES ($1, $2, $3, $4, NULL) RETURNING id`,
      [issuer, subject, account.id, this.now()],
    )) as Array<{ id: string }>;
    await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [account.id]);
    await appendAudit(m, {
      entityType: 'user',
      entityId: account.id,
      action: 'IDENTITY_LINKED',
      actorUserId: null,
      actorRole: null,
      scopePath: null,
      fromVersion: account.version,
      payload: { identityId: identity!.id, issuer, subject, method: 'CLAIM', claim: this.oidc!.matchClaim, field: this.oidc!.matchField },
      occurredAt: this.now(),
    });
  }

  private async refuse(
    m: EntityManager,
    stream: { entityType: 'user' | 'user_identity'; entityId: string; fromVersion: number | null },
    reason: OidcRefusal,
    issuer: string,
    subject: string,
  ): Promise<void> {
    await appendAudit(m, {
      ...stream,
      action: 'OIDC_SIGN_IN_REFUSED',
      actorUserId: null,
      actorRole: null,
      scopePath: null,
      payload: { method: 'OIDC', reason, issuer, subject },
      occurredAt: this.now(),
    });
  }
}
