import type { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/auth.service.js';
import { assertCan, type Viewer } from '../auth/policy.js';
import { notFound, validation } from '../common/errors.js';
import { likeEscape } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { BulkRole, CreateAccountsForUnitPayload, CreatedAccount, SkippedCadre, UsernameRule } from './account.types.js';
import { generateOneTimePassword, type PasswordPolicy } from './password-policy.js';

/** The most accounts one run creates (each password is hashed with argon2id: a few seconds per hundred); run again for the rest. */
export const MAX_ACCOUNTS_PER_RUN = 200;
/** The most skipped cadres listed in the answer; skippedCount counts them all. */
export const MAX_SKIPPED_LISTED = 1000;
/** How many passwords are hashed at once (libuv's thread pool has four threads). */
const HASH_CONCURRENCY = 4;

export interface AccountsForUnitRequest {
  organisationId: string;
  includeSubunits: boolean;
  usernameRule: UsernameRule;
  usernamePrefix?: string | null;
  roles: BulkRole[];
}

interface CadreRow {
  id: string;
  name: string;
  person_no: string;
  employment_status: string;
  organisation_id: string;
  organisation_name: string;
  linked_username: string | null;
}

/** The username the rule gives a personnel number. */
export function usernameFor(rule: UsernameRule, personNo: string, prefix?: string | null): string {
  return rule === 'PREFIX_PERSON_NO' ? `${prefix ?? ''}${personNo}` : personNo;
}

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Accounts for every serving cadre of a unit (and, when asked, of the units
 * below it) who has none: username by the rule, a random one-time password
 * meeting the policy (handed back once, stored only as an argon2id hash, never
 * audited), the account linked to the cadre, the chosen roles over the
 * cadre's own unit, and a forced change at the first sign-in. Idempotent: a
 * cadre with an account is skipped (HAS_ACCOUNT), so running it again creates
 * nothing new. Each account and its USER_CREATED entry, and the unit's
 * ACCOUNTS_CREATED_FOR_UNIT summary, are one transaction.
 */
export async function createAccountsForUnit(
  dataSource: DataSource,
  viewer: Viewer | null,
  request: AccountsForUnitRequest,
  settings: { now: Date; policy: PasswordPolicy; signInUrl: string },
): Promise<CreateAccountsForUnitPayload> {
  assertCan(viewer, 'user:manage');
  if (request.usernameRule === 'PREFIX_PERSON_NO' && !request.usernamePrefix) {
    throw validation([{ field: 'input.usernamePrefix', messages: ['is required for PREFIX_PERSON_NO'] }]);
  }
  const roles = [...new Set(request.roles)];
  if (roles.length === 0) throw validation([{ field: 'input.roles', messages: ['must name at least one role'] }]);
  const org = await dataSource.getRepository(Organisation).findOneBy({ id: request.organisationId });
  if (!org) throw notFound('Organisation');
  assertCan(viewer, 'user:manage', org.path);

  const cadres = (): Promise<CadreRow[]> =>
    dataSource.query(
      `SELECT c.id, c.name, c.person_no, c.employment_status, c.organisation_id, o.name AS organisation_name, u.username AS linked_username
         FROM cadre c JOIN organisation o ON o.id = c.organisation_id LEFT JOIN user_account u ON u.cadre_id = c.id
        WHERE ${request.includeSubunits ? `o.path LIKE $1` : `c.organisation_id = $1`}
        ORDER BY o.path, c.person_no`,
      [request.includeSubunits ? `${likeEscape(org.path)}%` : org.id],
    );
  const planned = await cadres();
  const wanted = planned.filter((c) => c.employment_status === 'SERVING' && !c.linked_username).slice(0, MAX_ACCOUNTS_PER_RUN);
  const secrets = await mapLimited(wanted, HASH_CONCURRENCY, async () => {
    const password = generateOneTimePassword(settings.policy);
    return { password, hash: await hashPassword(password) };
  });
  const secretOf = new Map(wanted.map((c, i) => [c.id, secrets[i]!]));

  return dataSource.transaction(async (m) => {
    // One run at a time: what is skipped is decided under the lock, so two runs never make two accounts for one cadre.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('createAccountsForUnit', 0))`);
    const rows: CadreRow[] = await m.query(
      `SELECT c.id, u.username AS linked_username FROM cadre c LEFT JOIN user_account u ON u.cadre_id = c.id WHERE c.id = ANY($1::uuid[])`,
      [planned.map((c) => c.id)],
    );
    const linked = new Map(rows.map((r) => [r.id, r.linked_username]));
    const names = planned.map((c) => usernameFor(request.usernameRule, c.person_no, request.usernamePrefix).toLowerCase());
    const takenRows: Array<{ name: string }> = await m.query(`SELECT lower(username) AS name FROM user_account WHERE lower(username) = ANY($1::text[])`, [names]);
    const taken = new Set(takenRows.map((r) => r.name));

    const created: CreatedAccount[] = [];
    const skipped: SkippedCadre[] = [];
    const skip = (c: CadreRow, reason: SkippedCadre['reason'], username: string | null = null) =>
      skipped.push({ cadreId: c.id, name: c.name, personNo: c.person_no, organisationName: c.organisation_name, reason, username });
    for (const c of planned) {
      const username = usernameFor(request.usernameRule, c.person_no, request.usernamePrefix);
      const already = linked.get(c.id);
      if (already) skip(c, 'HAS_ACCOUNT', already);
      else if (c.employment_status !== 'SERVING') skip(c, 'NOT_SERVING');
      else if (taken.has(username.toLowerCase())) skip(c, 'USERNAME_TAKEN', username);
      else if (!secretOf.has(c.id)) skip(c, 'BATCH_LIMIT');
      else {
        taken.add(username.toLowerCase());
        const [user] = (await m.query(
          `INSERT INTO user_account (username, display_name, password_hash, cadre_id, must_change_password, password_changed_at)
           VALUES ($1, $2, $3, $4, true, $5) RETURNING id`,
          [username, c.name, secretOf.get(c.id)!.hash, c.id, settings.now],
        )) as Array<{ id: string }>;
        for (const role of roles) {
          await m.query(`INSERT INTO role_assignment (user_id, role, organisation_id, granted_by) VALUES ($1, $2, $3, $4)`, [
            user!.id,
            role,
            c.organisation_id,
            viewer.userId,
          ]);
        }
        await appendAudit(m, {
          entityType: 'user',
          entityId: user!.id,
          action: 'USER_CREATED',
          actorUserId: viewer.userId,
          actorRole: 'SYSTEM_ADMIN',
          scopePath: org.path,
          fromVersion: 0,
          payload: { username, displayName: c.name, cadreId: c.id, roles, organisationId: c.organisation_id, oneTimePassword: 'handed out, not recorded', via: 'createAccountsForUnit' },
          occurredAt: settings.now,
        });
        created.push({
          userId: user!.id,
          username,
          oneTimePassword: secretOf.get(c.id)!.password,
          displayName: c.name,
          cadreId: c.id,
          personNo: c.person_no,
          organisationName: c.organisation_name,
        });
      }
    }
    const count = (reason: SkippedCadre['reason']) => skipped.filter((s) => s.reason === reason).length;
    await appendAudit(m, {
      entityType: 'organisation',
      entityId: org.id,
      action: 'ACCOUNTS_CREATED_FOR_UNIT',
      actorUserId: viewer.userId,
      actorRole: 'SYSTEM_ADMIN',
      scopePath: org.path,
      payload: {
        includeSubunits: request.includeSubunits,
        usernameRule: request.usernameRule,
        usernamePrefix: request.usernamePrefix ?? null,
        roles,
        created: created.map((a) => a.username),
        skipped: { HAS_ACCOUNT: count('HAS_ACCOUNT'), NOT_SERVING: count('NOT_SERVING'), USERNAME_TAKEN: count('USERNAME_TAKEN'), BATCH_LIMIT: count('BATCH_LIMIT') },
      },
      occurredAt: settings.now,
    });
    return { created, skipped: skipped.slice(0, MAX_SKIPPED_LISTED), skippedCount: skipped.length, signInUrl: settings.signInUrl };
  });
}
