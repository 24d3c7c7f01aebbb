import type { DataSource } from 'typeorm';
import { assertCan, isRootPath, scopeOf, type Viewer } from '../auth/policy.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { forbidden, notFound } from '../common/errors.js';
import { likeEscape, Params, subtreePatterns } from '../common/sql.js';
import { readFromReplica } from '../db/replica.js';
import type { UserAccount } from '../users/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { verifyAuditChain, type ChainVerification } from './audit.service.js';

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorUserId?: string | null;
  /** Part of the actor's username or display name. */
  actor?: string | null;
  /** The subtree of this organisation. */
  organisationId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * A ballot cast is shown without its voter. Since ballots are sealed the row
 * has none (it is on the ballot box's stream); rows written before named the
 * rater as actor and are read with the actor left out (the stored row and its
 * hash are unchanged, so the chain still verifies).
 */
function withoutVoter(entry: AuditEntry): AuditEntry {
  if (entry.action !== 'BALLOT_CAST' || entry.actorUserId === null) return entry;
  return Object.assign(new AuditEntry(), entry, { actorUserId: null });
}

/**
 * Reading the trail: auditors see the rows of their jurisdiction, newest
 * first. The log's pages, counts and verification are read on a replica when
 * there is one (db/replica.ts): an entry a moment old may be missing from a
 * page; a record's own history (history.ts) is read on the primary.
 */
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Display name and username of the actor, from the request's batched users; null for system actions. */
  async actorName(entry: AuditEntry, users: { load(id: string): Promise<UserAccount | null> }): Promise<string | null> {
    if (!entry.actorUserId) return null;
    const user = await users.load(entry.actorUserId);
    return user ? `${user.displayName} (${user.username})` : null;
  }

  async list(viewer: Viewer | null, filter: AuditFilter, first: number, after?: string | null): Promise<ConnectionShape<AuditEntry>> {
    assertCan(viewer, 'audit:read');
    const scope = scopeOf(viewer, 'audit:read');
    const p = new Params();
    const seesSystemRows = scope.some((path) => path.split('/').length === 3);
    const qb = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('a')
      .where(`(a.scope_path LIKE ANY(${p.add(subtreePatterns(scope))}::text[])${seesSystemRows ? ' OR a.scope_path IS NULL' : ''})`);
    // Ballots cast before they were sealed named the voter (on the invitation's stream): those rows never answer a search by actor.
    if (filter.actorUserId || filter.actor?.trim()) qb.andWhere(`a.action <> 'BALLOT_CAST'`);
    if (filter.entityType) qb.andWhere(`a.entity_type = ${p.add(filter.entityType)}`);
    if (filter.entityId) qb.andWhere(`a.entity_id = ${p.add(filter.entityId)}`);
    if (filter.actorUserId) qb.andWhere(`a.actor_user_id = ${p.add(filter.actorUserId)}`);
    if (filter.actor?.trim()) {
      const pattern = `%${likeEscape(filter.actor.trim())}%`;
      qb.andWhere(`a.actor_user_id IN (SELECT u.id FROM user_account u WHERE u.username ILIKE ${p.add(pattern)} OR u.display_name ILIKE ${p.add(pattern)})`);
    }
    if (filter.organisationId) {
      const [org] = (await this.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [filter.organisationId])) as Array<{ path: string }>;
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'audit:read', org.path);
      qb.andWhere(`a.scope_path LIKE ${p.add(subtreePatterns([org.path])[0])}`);
    }
    if (filter.action) qb.andWhere(`a.action = ${p.add(filter.action)}`);
    if (filter.from) qb.andWhere(`a.occurred_at >= ${p.add(filter.from)}`);
    if (filter.to) qb.andWhere(`a.occurred_at < ${p.add(filter.to)}`);
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 1);
    if (cursor) qb.andWhere(`a.id < ${p.add(cursor[0])}`, p.values);
    const rows = (await readFromReplica(this.dataSource, (_m, runner) => qb.setQueryRunner(runner).orderBy('a.id', 'DESC').limit(first + 1).getMany())).map(withoutVoter);
    return toConnection(rows, first, (a) => [a.id], () => readFromReplica(this.dataSource, (_m, runner) => counter.setQueryRunner(runner).getCount()));
  }

  /** Verifies the whole log (root auditors) or one record's trail. */
  /**
   * Verifies the chains the viewer's jurisdiction covers: an auditor of a
   * city verifies the streams that began in that city (one of them, or all),
   * never another city's or the system-wide ones (users, the calendar); an
   * auditor at a root verifies everything.
   */
  async verify(viewer: Viewer | null, stream?: { entityType: string; entityId: string }): Promise<ChainVerification> {
    assertCan(viewer, 'audit:read');
    const scopes = scopeOf(viewer, 'audit:read');
    const everywhere = scopes.some(isRootPath);
    if (stream && !everywhere) {
      // A stream whose beginning was pruned (audit retention) keeps its first entry's scope in its checkpoint.
      const [first] = (await this.dataSource.query(
        `SELECT first_scope_path AS scope_path FROM audit_checkpoint WHERE entity_type = $1 AND entity_id = $2
         UNION ALL SELECT scope_path FROM audit_log WHERE entity_type = $1 AND entity_id = $2 AND seq = 1 LIMIT 1`,
        [
        stream.entityType,
        stream.entityId,
      ])) as Array<{ scope_path: string | null }>;
      if (!first) throw notFound('Audit trail');
      if (!first.scope_path || !scopes.some((p) => first.scope_path!.startsWith(p))) throw forbidden('This audit trail is outside your jurisdiction');
    }
    return readFromReplica(this.dataSource, (m) => verifyAuditChain(m, stream, 5000, stream || everywhere ? undefined : scopes));
  }
}
