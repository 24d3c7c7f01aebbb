import type { DataSource, EntityManager } from 'typeorm';
import { categoryFits, type OrganisationCategory, type OrganisationKind } from '../../workflows/org/categories.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, isRootPath, type Viewer } from '../auth/policy.js';
import { AppError, conflict, notFound, validation } from '../common/errors.js';
import { returnedRows } from '../common/sql.js';
import { Organisation } from './organisation.entity.js';

export interface NewOrganisation {
  parentId: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  category: OrganisationCategory;
  restrictedDevelopment?: boolean | null;
}

export interface OrganisationChanges {
  name?: string | null;
  kind?: OrganisationKind | null;
  category?: OrganisationCategory | null;
  restrictedDevelopment?: boolean | null;
}

/** Assessments still under way: their cycle is being planned or is open, and they were not cancelled. */
const OPEN_ASSESSMENT = `a.state <> 'cancelled' AND a.cycle_id IN (SELECT y.id FROM assessment_cycle y WHERE y.state IN ('planning', 'open'))`;

const kindCategoryRefusal = (kind: OrganisationKind, category: OrganisationCategory) =>
  validation([{ field: 'input.category', messages: [`category ${category} does not belong to kind ${kind}`] }]);

/**
 * The organisation tree as the organisation department keeps it:
 * new units under a parent, their name, kind and category, moves to another
 * parent and retirement (撤销). Each change is one transaction with its audit
 * entry, under `organisation:write` at the organisation (and, for a move, at
 * the new parent too); edits carry the version the editor saw.
 *
 * A move rewrites the materialised path and depth of the whole subtree in one
 * statement, so every jurisdiction below follows it. Assessments whose cycle
 * is still being planned or open follow the unit to its new place
 * (`org_path`: the new parent's organisation department sees the running
 * year); assessments of closed or cancelled cycles stay where they were
 * assessed, in the jurisdiction that decided them.
 */
export class OrganisationAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async load(m: EntityManager, id: string): Promise<Organisation> {
    const org = await m.getRepository(Organisation).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!org) throw notFound('Organisation');
    return org;
  }

  private async audit(m: EntityManager, viewer: Viewer, org: Organisation, action: 'ORGANISATION_CREATED' | 'ORGANISATION_UPDATED' | 'ORGANISATION_MOVED' | 'ORGANISATION_RETIRED', payload: Record<string, unknown>, scopePath = org.path): Promise<void> {
    await appendAudit(m, {
      entityType: 'organisation',
      entityId: org.id,
      action,
      actorUserId: viewer.userId,
      actorRole: actingRole(viewer, 'organisation:write', scopePath),
      scopePath,
      fromVersion: action === 'ORGANISATION_CREATED' ? 0 : org.version,
      payload,
      occurredAt: this.now(),
    });
  }

  async create(viewer: Viewer | null, input: NewOrganisation): Promise<Organisation> {
    assertCan(viewer, 'organisation:write');
    if (!categoryFits(input.kind, input.category)) throw kindCategoryRefusal(input.kind, input.category);
    return this.dataSource.transaction(async (m) => {
      const parent = await m.getRepository(Organisation).findOne({ where: { id: input.parentId }, lock: { mode: 'pessimistic_read' } });
      if (!parent) throw validation([{ field: 'input.parentId', messages: ['no such organisation'] }]);
      assertCan(viewer, 'organisation:write', parent.path);
      if (parent.retiredOn) throw new AppError('UNIT_RETIRED', `${parent.name} is retired: it takes no new child organisation`, { organisationId: parent.id });
      const [row] = returnedRows<{ id: string }>(await m.query(
        `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth, restricted_development, created_at)
         SELECT g.id, $1, $2, $3, $4, $5, $6 || g.id || '/', $7, $8, $9 FROM (SELECT gen_random_uuid() AS id) g
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [parent.id, input.code, input.name, input.kind, input.category, parent.path, parent.depth + 1, input.restrictedDevelopment ?? false, this.now()],
      ));
      if (!row) throw new AppError('DUPLICATE', `The organisation code ${input.code} is already taken`, { field: 'code', value: input.code });
      const org = await m.getRepository(Organisation).findOneByOrFail({ id: row.id });
      await this.audit(m, viewer, org, 'ORGANISATION_CREATED', { parentId: parent.id, code: org.code, name: org.name, kind: org.kind, category: org.category, restrictedDevelopment: org.restrictedDevelopment });
      return org;
    });
  }

  async update(viewer: Viewer | null, id: string, expectedVersion: number, changes: OrganisationChanges): Promise<Organisation> {
    assertCan(viewer, 'organisation:write');
    return this.dataSource.transaction(async (m) => {
      const org = await this.load(m, id);
      assertCan(viewer, 'organisation:write', org.path);
      if (org.version !== expectedVersion) throw conflict();
      const next = {
        name: changes.name ?? org.name,
        kind: changes.kind ?? org.kind,
        category: changes.category ?? org.category,
        restrictedDevelopment: changes.restrictedDevelopment ?? org.restrictedDevelopment,
      };
      if (!categoryFits(next.kind, next.category)) throw kindCategoryRefusal(next.kind, next.category);
      const changed = (Object.keys(next) as Array<keyof typeof next>).filter((k) => next[k] !== org[k]);
      if (changed.length === 0) return org;
      await m.query(
        `UPDATE organisation SET name = $2, kind = $3, category = $4, restricted_development = $5, version = version + 1 WHERE id = $1`,
        [id, next.name, next.kind, next.category, next.restrictedDevelopment],
      );
      await this.audit(m, viewer, org, 'ORGANISATION_UPDATED', { changes: Object.fromEntries(changed.map((k) => [k, { from: org[k], to: next[k] }])) });
      return m.getRepository(Organisation).findOneByOrFail({ id });
    });
  }

  /**
   * Moves an organisation with its whole subtree below another parent; refused below itself (ORGANISATION_CYCLE) or below a retired unit.
   * Running assessments, open cases (review, fault tolerance, accusation) and open outcome tasks move with it; finished ones stay where they were.
   */
  async move(viewer: Viewer | null, id: string, expectedVersion: number, parentId: string): Promise<Organisation> {
    assertCan(viewer, 'organisation:write');
    return this.dataSource.transaction(async (m) => {
      const org = await this.load(m, id);
      assertCan(viewer, 'organisation:write', org.path);
      if (org.version !== expectedVersion) throw conflict();
      if (!org.parentId) throw validation([{ field: 'input.id', messages: ['the root organisation cannot move'] }]);
      const parent = await m.getRepository(Organisation).findOneBy({ id: parentId });
      if (!parent) throw validation([{ field: 'input.parentId', messages: ['no such organisation'] }]);
      if (parent.path.startsWith(org.path)) throw new AppError('ORGANISATION_CYCLE', `${org.name} cannot move below itself or below one of its own units`, { parentId });
      assertCan(viewer, 'organisation:write', parent.path);
      if (parent.retiredOn) throw new AppError('UNIT_RETIRED', `${parent.name} is retired: it takes no new child organisation`, { organisationId: parent.id });
      if (parent.id === org.parentId) return org;
      const oldPath = org.path;
      const newPath = `${parent.path}${org.id}/`;
      const delta = parent.depth + 1 - org.depth;
      // One statement for the subtree; the new paths share no prefix with the old ones, so the unique path index never sees a clash.
      const moved = returnedRows<{ id: string }>(await m.query(
        `UPDATE organisation SET path = $2 || substr(path, length($1) + 1), depth = depth + $3,
                parent_id = CASE WHEN id = $4 THEN $5::uuid ELSE parent_id END,
                version = CASE WHEN id = $4 THEN version + 1 ELSE version END
          WHERE path LIKE $1 || '%' RETURNING id`,
        [oldPath, newPath, delta, org.id, parent.id],
      ));
      const running = returnedRows<{ id: string }>(await m.query(
        `UPDATE assessment a SET org_path = $2 || substr(a.org_path, length($1) + 1) WHERE a.org_path LIKE $1 || '%' AND ${OPEN_ASSESSMENT} RETURNING a.id`,
        [oldPath, newPath],
      ));
      // Open cases and outcome tasks follow the unit into its new jurisdiction, as running assessments do; finished ones keep the path they had.
      let openCases = 0;
      for (const table of ['review_case', 'fault_tolerance_case', 'accusation', 'outcome_task'] as const) {
        const rows = returnedRows<{ id: string }>(await m.query(
          `UPDATE ${table} SET org_path = $2 || substr(org_path, length($1) + 1) WHERE org_path LIKE $1 || '%' AND coalesce(snapshot->>'status', 'active') <> 'done' RETURNING id`,
          [oldPath, newPath],
        ));
        openCases += rows.length;
      }
      await this.audit(m, viewer, org, 'ORGANISATION_MOVED', { fromParentId: org.parentId, toParentId: parent.id, fromPath: oldPath, toPath: newPath, organisations: moved.length, runningAssessments: running.length, openCasesAndTasks: openCases }, newPath);
      return m.getRepository(Organisation).findOneByOrFail({ id });
    });
  }

  /** Retires (撤销) an organisation on a day; refused with ORGANISATION_IN_USE while it has serving cadres, running assessments or live child units. */
  async retire(viewer: Viewer | null, id: string, expectedVersion: number, retiredOn: string): Promise<Organisation> {
    assertCan(viewer, 'organisation:write');
    return this.dataSource.transaction(async (m) => {
      const org = await this.load(m, id);
      assertCan(viewer, 'organisation:write', org.path);
      if (org.version !== expectedVersion) throw conflict();
      if (isRootPath(org.path)) throw validation([{ field: 'input.id', messages: ['the root organisation cannot be retired'] }]);
      if (org.retiredOn) throw validation([{ field: 'input.id', messages: [`already retired on ${org.retiredOn}`] }]);
      const [use] = (await m.query(
        `SELECT (SELECT count(*)::int FROM cadre c WHERE c.organisation_id = $1 AND c.employment_status = 'SERVING') AS "servingCadres",
                (SELECT count(*)::int FROM assessment a WHERE a.organisation_id = $1 AND ${OPEN_ASSESSMENT}) AS "openAssessments",
                (SELECT count(*)::int FROM organisation o WHERE o.parent_id = $1 AND o.retired_on IS NULL) AS "liveChildren"`,
        [id],
      )) as Array<{ servingCadres: number; openAssessments: number; liveChildren: number }>;
      if (use!.servingCadres + use!.openAssessments + use!.liveChildren > 0) {
        throw new AppError('ORGANISATION_IN_USE', `${org.name} still has ${use!.servingCadres} serving cadres, ${use!.openAssessments} running assessments and ${use!.liveChildren} live child units`, { ...use });
      }
      await m.query(`UPDATE organisation SET retired_on = $2, version = version + 1 WHERE id = $1`, [id, retiredOn]);
      await this.audit(m, viewer, org, 'ORGANISATION_RETIRED', { retiredOn });
      return m.getRepository(Organisation).findOneByOrFail({ id });
    });
  }
}
