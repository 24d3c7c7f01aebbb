import type { DataSource } from 'typeorm';
import { forgetUsername } from '../auth/throttle.js';
import { appendAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { actingRole, assertCan, can, scopeOf, type Viewer } from '../auth/policy.js';
import type { Role } from '../auth/roles.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { likeEscape, Params, subtreePatterns } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RoleAssignment, UserAccount } from './user.entity.js';
import { assertManagesUser } from '../accounts/account.service.js';

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  cadreId?: string | null;
  /** The cadre's personnel number (干部编号), instead of cadreId. */
  cadrePersonNo?: string | null;
  /** The password is one-time: the holder must replace it at the first sign-in. */
  mustChangePassword?: boolean | null;
}

/** No cadre has this personnel number: UNKNOWN_PERSON_NO on `input.cadrePersonNo`, with the number. */
export const unknownPersonNo = (personNo: string) =>
  new AppError('UNKNOWN_PERSON_NO', `No cadre has the personnel number ${personNo}`, {
    personNo,
    fields: [{ field: 'input.cadrePersonNo', messages: ['no cadre has this personnel number'] }],
  });

/**
 * User management for SYSTEM_ADMIN: accounts and role assignments inside the
 * administrator's own subtree. It grants no business permission itself.
 */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Users with at least one role inside the administrator's subtree, plus users with no role yet (for root administrators). */
  async list(viewer: Viewer | null, search: string | null | undefined, first: number, after?: string | null): Promise<ConnectionShape<UserAccount>> {
    assertCan(viewer, 'user:manage');
    const p = new Params();
    const scope = p.add(subtreePatterns(scopeOf(viewer, 'user:manage')));
    const isRootAdmin = viewer.grants.some((g) => g.role === 'SYSTEM_ADMIN' && g.organisationPath.split('/').length === 3);
    const qb = this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .where(
        `(EXISTS (SELECT 1 FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id
                  WHERE ra.user_id = u.id AND o.path LIKE ANY(${scope}::text[]))
          ${isRootAdmin ? 'OR NOT EXISTS (SELECT 1 FROM role_assignment ra2 WHERE ra2.user_id = u.id)' : ''})`,
      );
    if (search) {
      const pattern = p.add(`%${likeEscape(search)}%`);
      qb.andWhere(`(u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern})`);
    }
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(lower(u.username), u.id) > (${p.add(cursor[0])}, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('lower(u.username)', 'ASC').addOrderBy('u.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (u) => [u.username.toLowerCase(), u.id], () => counter.getCount());
  }

  async create(viewer: Viewer | null, input: NewUser): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      const taken: unknown[] = await m.query(`SELECT 1 FROM user_account WHERE lower(username) = lower($1)`, [input.username]);
      if (taken.length) throw validation([{ field: 'input.username', messages: ['is already taken'] }]);
      let scopePath: string | null = null;
      let cadreId = input.cadreId ?? null;
      if (input.cadrePersonNo) {
        const rows: Array<{ id: string }> = await m.query(`SELECT id FROM cadre WHERE person_no = $1`, [input.cadrePersonNo.trim()]);
        if (!rows[0]) throw unknownPersonNo(input.cadrePersonNo.trim());
        if (cadreId && cadreId !== rows[0].id) {
          throw validation([{ field: 'input.cadrePersonNo', messages: ['names another cadre than cadreId'] }]);
        }
        cadreId = rows[0].id;
      }
      if (cadreId) {
        const rows: Array<{ path: string }> = await m.query(
          `SELECT o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`,
          [cadreId],
        );
        if (!rows[0]) throw validation([{ field: 'input.cadreId', messages: ['no such cadre'] }]);
        assertCan(viewer, 'user:manage', rows[0].path);
        scopePath = rows[0].path;
      }
      const user = await m.getRepository(UserAccount).save(
        m.getRepository(UserAccount).create({
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          cadreId,
          mustChangePassword: input.mustChangePassword === true,
          passwordChangedAt: this.now(),
        }),
      );
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'USER_CREATED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath,
        fromVersion: 0,
        payload: { username: user.username, displayName: user.displayName, cadreId: user.cadreId, mustChangePassword: user.mustChangePassword },
        occurredAt: this.now(),
      });
      return user;
    });
  }

  /**
   * Links an account to a cadre record (found by id or personnel number) —
   * or moves the link to another cadre — inside the administrator's
   * jurisdiction; a cadre linked to another account is refused. One
   * transaction with CADRE_LINKED.
   */
  async linkCadre(viewer: Viewer | null, input: { userId: string; cadreId?: string | null; cadrePersonNo?: string | null }): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    if (!input.cadreId && !input.cadrePersonNo) throw validation([{ field: 'input.cadrePersonNo', messages: ['is required'] }]);
    return this.dataSource.transaction(async (m) => {
      const found: Array<{ id: string; person_no: string; path: string }> = input.cadrePersonNo
        ? await m.query(`SELECT c.id, c.person_no, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.person_no = $1`, [input.cadrePersonNo.trim()])
        : await m.query(`SELECT c.id, c.person_no, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [input.cadreId]);
      const cadre = found[0];
      if (!cadre) throw input.cadrePersonNo ? unknownPersonNo(input.cadrePersonNo.trim()) : validation([{ field: 'input.cadreId', messages: ['no such cadre'] }]);
      if (input.cadreId && input.cadreId !== cadre.id) throw validation([{ field: 'input.cadrePersonNo', messages: ['names another cadre than cadreId'] }]);
      assertCan(viewer, 'user:manage', cadre.path);
      const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id: input.userId }).getOne();
      if (!user) throw notFound('User');
      await assertManagesUser(m, viewer, user.id);
      if (user.cadreId === cadre.id) return user;
      const other: Array<{ username: string }> = await m.query(`SELECT username FROM user_account WHERE cadre_id = $1 AND id <> $2`, [cadre.id, user.id]);
      if (other[0]) throw validation([{ field: input.cadrePersonNo ? 'input.cadrePersonNo' : 'input.cadreId', messages: [`already has an account (${other[0].username})`] }]);
      await m.query(`UPDATE user_account SET cadre_id = $2, version = version + 1 WHERE id = $1`, [user.id, cadre.id]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'CADRE_LINKED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: cadre.path,
        fromVersion: user.version,
        payload: { cadreId: cadre.id, personNo: cadre.person_no, previousCadreId: user.cadreId },
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    });
  }

  async assignRole(viewer: Viewer | null, userId: string, role: Role, organisationId: string): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    const changed = await this.dataSource.transaction(async (m) => {
      const org = await m.getRepository(Organisation).findOneBy({ id: organisationId });
      if (!org) throw validation([{ field: 'input.organisationId', messages: ['no such organisation'] }]);
      assertCan(viewer, 'user:manage', org.path);
      const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :userId', { userId }).getOne();
      if (!user) throw notFound('User');
      if (role === 'CADRE' && !user.cadreId) {
        throw validation([{ field: 'input.role', messages: ['CADRE needs an account linked to a cadre record'] }]);
      }
      const exists = await m.getRepository(RoleAssignment).findOneBy({ userId, role, organisationId });
      if (exists) return user;
      await m.getRepository(RoleAssignment).insert({ userId, role, organisationId, grantedBy: viewer.userId });
      await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [userId]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: userId,
        action: 'ROLE_ASSIGNED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'user:manage', org.path),
        scopePath: org.path,
        fromVersion: user.version,
        payload: { role, organisationId, organisationName: org.name },
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: userId });
    });
    return changed;
  }

  async revokeRole(viewer: Viewer | null, assignmentId: string): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    const changed = await this.dataSource.transaction(async (m) => {
      const assignment = await m.getRepository(RoleAssignment).findOneBy({ id: assignmentId });
      if (!assignment) throw notFound('Role assignment');
      const org = await m.getRepository(Organisation).findOneByOrFail({ id: assignment.organisationId });
      assertCan(viewer, 'user:manage', org.path);
      if (assignment.userId === viewer.userId && assignment.role === 'SYSTEM_ADMIN') {
        throw new AppError('VALIDATION', 'You cannot revoke your own SYSTEM_ADMIN role', { fields: [{ field: 'input.assignmentId', messages: ['is your own administrator role'] }] });
      }
      const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id: assignment.userId }).getOneOrFail();
      await m.getRepository(RoleAssignment).delete({ id: assignmentId });
      await m.query(`UPDATE user_account SET version = version + 1 WHERE id = $1`, [user.id]);
      await appendAudit(m, {
        entityType: 'user',
        entityId: user.id,
        action: 'ROLE_REVOKED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: org.path,
        fromVersion: user.version,
        payload: { role: assignment.role, organisationId: assignment.organisationId, organisationName: org.name },
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    });
    return changed;
  }

  async unlock(viewer: Viewer | null, userId: string): Promise<UserAccount> {
    assertCan(viewer, 'user:manage');
    return this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserAccount).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :userId', { userId }).getOne();
      if (!user) throw notFound('User');
      const paths: Array<{ path: string }> = await m.query(
        `SELECT o.path FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id WHERE ra.user_id = $1`,
        [userId],
      );
      if (paths.length > 0 && !paths.some((row) => can(viewer, 'user:manage', row.path))) throw new AppError('FORBIDDEN', 'This user is outside your jurisdiction');
      await m.query(`UPDATE user_account SET failed_attempts = 0, locked_until = NULL, version = version + 1 WHERE id = $1`, [userId]);
      await forgetUsername(m, user.username);
      await appendAudit(m, {
        entityType: 'user',
        entityId: userId,
        action: 'ACCOUNT_UNLOCKED',
        actorUserId: viewer.userId,
        actorRole: 'SYSTEM_ADMIN',
        scopePath: null,
        fromVersion: user.version,
        occurredAt: this.now(),
      });
      return m.getRepository(UserAccount).findOneByOrFail({ id: userId });
    });
  }
}
