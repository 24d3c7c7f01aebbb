import { isEmail } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { assertCan, assertSignedIn, can, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { UserAccount } from '../users/user.entity.js';
import type { MailSettings } from './mail-settings.js';
import type { NotificationDelivery } from './notification-settings.types.js';

/** What the settings part shows: the address, the delivery, and whether this server sends e-mail. */
export interface NotificationSettingsShape {
  email: string | null;
  delivery: NotificationDelivery;
  mailEnabled: boolean;
  digestHour: number;
}

/**
 * An address as stored, or null to remove it; VALIDATION on `field` when it
 * is not a plain address (no display name, no line breaks, a domain with a
 * dot). Surrounding blanks are dropped.
 */
export function normaliseEmail(raw: string | null | undefined, field: string): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  if (value.length > 254 || /[\s<>,;"]/.test(value) || !isEmail(value, { allow_display_name: false, require_tld: true, allow_ip_domain: false })) {
    throw validation([{ field, messages: ['is not a valid e-mail address'] }]);
  }
  return value;
}

/** Each person's e-mail address and delivery choice; the system administrator may set a user's address. */
export class NotificationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly mail: MailSettings,
    private readonly mailEnabled: () => boolean,
  ) {}

  private shape(user: Pick<UserAccount, 'email' | 'notificationDelivery'>): NotificationSettingsShape {
    return { email: user.email, delivery: user.notificationDelivery, mailEnabled: this.mailEnabled(), digestHour: this.mail.digestHour };
  }

  async mine(viewer: Viewer | null): Promise<NotificationSettingsShape> {
    assertSignedIn(viewer);
    return this.shape(await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: viewer.userId }));
  }

  /** Sets the viewer's own address and delivery, audited with the account's version. */
  async setMine(viewer: Viewer | null, input: { email?: string | null; delivery: NotificationDelivery }): Promise<NotificationSettingsShape> {
    assertSignedIn(viewer);
    const email = normaliseEmail(input.email, 'input.email');
    const user = await this.dataSource.transaction((m) => this.change(m, viewer.userId, { email, delivery: input.delivery }, viewer, null));
    return this.shape(user);
  }

  /** The system administrator sets (or removes) a user's address inside their jurisdiction. */
  async setUserEmail(viewer: Viewer | null, userId: string, raw: string | null | undefined): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    const email = normaliseEmail(raw, 'email');
    return this.dataSource.transaction(async (m) => {
      const paths: Array<{ path: string }> = await m.query(
        `SELECT o.path FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id WHERE ra.user_id = $1`,
        [userId],
      );
      if (paths.length > 0 && !paths.some((row) => can(viewer, 'user:manage', row.path))) throw new AppError('FORBIDDEN', 'This user is outside your jurisdiction');
      return this.change(m, userId, { email }, viewer, 'SYSTEM_ADMIN');
    });
  }

  private async change(m: EntityManager, userId: string, to: { email: string | null; delivery?: NotificationDelivery }, viewer: Viewer, role: string | null): Promise<UserAccount> {
    const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :userId', { userId }).getOne();
    if (!user) throw notFound('User');
    const delivery = to.delivery ?? user.notificationDelivery;
    if (user.email === to.email && user.notificationDelivery === delivery) return user;
    await m.query(`UPDATE user_account SET email = $2, notification_delivery = $3, version = version + 1 WHERE id = $1`, [userId, to.email, delivery]);
    await appendAudit(m, {
      entityType: 'user',
      entityId: userId,
      action: 'NOTIFICATION_SETTINGS_CHANGED',
      actorUserId: viewer.userId,
      actorRole: role,
      scopePath: null,
      fromVersion: user.version,
      payload: { email: to.email, previousEmail: user.email, delivery, previousDelivery: user.notificationDelivery },
      occurredAt: this.now(),
    });
    return m.getRepository(UserAccount).findOneByOrFail({ id: userId });
  }
}
