import type { DataSource } from 'typeorm';
import { assertCan, can, scopeOf, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { likeEscape, Params, subtreePatterns } from '../common/sql.js';
import type { Cadre } from '../cadres/cadre.entity.js';
import { Organisation } from './organisation.entity.js';

export interface OrganisationFilter {
  parentId?: string | null;
  search?: string | null;
  kind?: string | null;
  /** False: leave retired organisations out. */
  includeRetired?: boolean | null;
}

export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The parent, when the viewer may see it (a jurisdiction root's parent is outside), from the request's batched organisations. */
  async visibleParent(viewer: Viewer | null, org: Organisation, organisations: { load(id: string): Promise<Organisation | null> }): Promise<Organisation | null> {
    if (!org.parentId) return null;
    const parent = await organisations.load(org.parentId);
    return parent && can(viewer, 'organisation:read', parent.path) ? parent : null;
  }

  /** The designated author of the unit's leadership-team summary, for those who may read cadres there (and the cadres of the unit). */
  async teamReportAuthor(viewer: Viewer | null, org: Organisation, cadres: { load(id: string): Promise<Cadre | null> }): Promise<Cadre | null> {
    if (!org.teamReportAuthorId) return null;
    if (!can(viewer, 'cadre:read', org.path) && viewer?.cadreOrganisationId !== org.id) return null;
    return cadres.load(org.teamReportAuthorId);
  }

  async get(viewer: Viewer | null, id: string): Promise<Organisation> {
    const org = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!org) throw notFound('Organisation');
    assertCan(viewer, 'organisation:read', org.path);
    return org;
  }

  /** Organisations inside the viewer's jurisdictions, in tree order (path), keyset-paginated. */
  async list(viewer: Viewer | null, filter: OrganisationFilter, first: number, after?: string | null): Promise<ConnectionShape<Organisation>> {
    assertCan(viewer, 'organisation:read');
    const p = new Params();
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where(`o.path LIKE ANY(${p.add(subtreePatterns(scopeOf(viewer, 'organisation:read')))}::text[])`);
    if (filter.parentId) qb.andWhere(`o.parent_id = ${p.add(filter.parentId)}`);
    if (filter.kind) qb.andWhere(`o.kind = ${p.add(filter.kind)}`);
    if (filter.includeRetired === false) qb.andWhere('o.retired_on IS NULL');
    if (filter.search) {
      const pattern = p.add(`%${likeEscape(filter.search)}%`);
      qb.andWhere(`(o.name ILIKE ${pattern} OR o.code ILIKE ${pattern})`);
    }
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 1);
    if (cursor) qb.andWhere(`o.path > ${p.add(cursor[0])}`, p.values);
    const rows = await qb.orderBy('o.path', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (o) => [o.path], () => counter.getCount());
  }
}
