import type { DataSource, EntityManager } from 'typeorm';
import type { Overlay } from '../../workflows/assessment/annual.machine.js';
import { hasOpenInvestigation, isInForce, isLongLeave, statusesInForce, type CadreStatusKind, type StatusPeriod } from '../../workflows/cadre/status.js';
import { chinaDay } from '../calendar/calendar.service.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import type { InstanceKind, WorkflowEngine } from '../workflow/engine.js';
import { canTake, type TransitionActor } from '../workflow/transition.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertSignedIn, can, scopeOf, type Permission, type Viewer } from '../auth/policy.js';
import { AppError, conflict, forbidden, notFound, validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { likeEscape, Params, returnedRows, subtreePatterns } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Cadre, type EmploymentStatus, type PositionType, type RankLevel } from './cadre.entity.js';

export interface CadreFilter {
  organisationId?: string | null;
  /** With organisationId: include the whole subtree below it. */
  includeSubtree?: boolean | null;
  search?: string | null;
  rankLevel?: RankLevel | null;
  positionType?: PositionType | null;
  employmentStatus?: EmploymentStatus | null;
  teamMember?: boolean | null;
  /** Names starting with this, ignoring case. */
  namePrefix?: string | null;
}

export interface CadreChanges {
  name?: string | null;
  post?: string | null;
  rankLevel?: RankLevel | null;
  positionType?: PositionType | null;
  organisationId?: string | null;
  tookPostOn?: string | null;
  managingOrganisationId?: string | null;
  teamMember?: boolean | null;
  employmentStatus?: EmploymentStatus | null;
  employmentStatusSince?: string | null;
}

export interface StatusInput {
  cadreId: string;
  kind: CadreStatusKind;
  startsOn: string;
  endsOn?: string | null;
  note?: string | null;
}

/** Investigations belong to discipline inspection; the other status facts to HR and the organisation department. */
const statusPermission = (kind: CadreStatusKind): Permission => (kind === 'INVESTIGATION' ? 'investigation:write' : 'cadre-status:write');

export class CadreService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly engine: WorkflowEngine,
    private readonly assessmentKind: InstanceKind<Assessment>,
  ) {}

  private async loadWithPath(manager: EntityManager, id: string, lock = false): Promise<{ cadre: Cadre; path: string }> {
    const qb = manager.getRepository(Cadre).createQueryBuilder('c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const cadre = await qb.getOne();
    if (!cadre) throw notFound('Cadre');
    const org = await manager.getRepository(Organisation).findOneByOrFail({ id: cadre.organisationId });
    return { cadre, path: org.path };
  }

  /** A cadre may read their own record; everyone else needs cadre:read over the cadre's organisation. */
  /** The statuses in force on a day (default: today in Beijing), from the request's batched status periods. */
  async statusesOn(cadreId: string, day: string | null | undefined, periodsOf: { load(cadreId: string): Promise<readonly StatusPeriod[]> }): Promise<CadreStatusKind[]> {
    return statusesInForce(await periodsOf.load(cadreId), day ?? chinaDay(this.now()));
  }

  async get(viewer: Viewer | null, id: string): Promise<Cadre> {
    assertSignedIn(viewer);
    const { cadre, path } = await this.loadWithPath(this.dataSource.manager, id);
    if (viewer.cadreId === id) return cadre;
    assertCan(viewer, 'cadre:read', path);
    return cadre;
  }

  async list(viewer: Viewer | null, filter: CadreFilter, first: number, after?: string | null): Promise<ConnectionShape<Cadre>> {
    assertCan(viewer, 'cadre:read');
    const p = new Params();
    const qb = this.dataSource
      .getRepository(Cadre)
      .createQueryBuilder('c')
      .innerJoin(Organisation, 'o', 'o.id = c.organisation_id')
      .where(`o.path LIKE ANY(${p.add(subtreePatterns(scopeOf(viewer, 'cadre:read')))}::text[])`);
    if (filter.organisationId) {
      if (filter.includeSubtree) {
        // Paths hold only uuids and slashes: no LIKE wildcard to escape.
        qb.andWhere(`o.path LIKE (SELECT path || '%' FROM organisation WHERE id = ${p.add(filter.organisationId)})`);
      } else {
        qb.andWhere(`c.organisation_id = ${p.add(filter.organisationId)}`);
      }
    }
    if (filter.rankLevel) qb.andWhere(`c.rank_level = ${p.add(filter.rankLevel)}`);
    if (filter.positionType) qb.andWhere(`c.position_type = ${p.add(filter.positionType)}`);
    if (filter.employmentStatus) qb.andWhere(`c.employment_status = ${p.add(filter.employmentStatus)}`);
    if (filter.teamMember !== undefined && filter.teamMember !== null) qb.andWhere(`c.team_member = ${p.add(filter.teamMember)}`);
    if (filter.namePrefix) qb.andWhere(`lower(c.name) LIKE lower(${p.add(`${likeEscape(filter.namePrefix)}%`)})`);
    if (filter.search) {
      const pattern = p.add(`%${likeEscape(filter.search)}%`);
      qb.andWhere(`(c.name ILIKE ${pattern} OR c.post ILIKE ${pattern} OR c.person_no ILIKE ${pattern})`);
    }
    qb.setParameters(p.values);
    const counter = qb.clone();
    const cursor = decodeCursor(after, 2);
    if (cursor) qb.andWhere(`(c.name, c.id) > (${p.add(cursor[0])}, ${p.add(cursor[1])}::uuid)`, p.values);
    const rows = await qb.orderBy('c.name', 'ASC').addOrderBy('c.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, (c) => [c.name, c.id], () => counter.getCount());
  }

  /**
   * Changes a cadre's record. `expectedVersion` is the version the editor saw:
   * if someone else changed the record since, the change is refused with
   * CONFLICT rather than silently overwriting theirs.
   */
  async update(viewer: Viewer | null, id: string, expectedVersion: number, changes: CadreChanges): Promise<Cadre> {
    assertCan(viewer, 'cadre:write');
    return this.dataSource.transaction(async (m) => {
      const { cadre, path } = await this.loadWithPath(m, id);
      assertCan(viewer, 'cadre:write', path);
      const next: Record<string, unknown> = {};
      for (const key of ['name', 'post', 'rankLevel', 'positionType', 'tookPostOn', 'teamMember', 'employmentStatus', 'employmentStatusSince'] as const) {
        const value = changes[key];
        if (value !== undefined && value !== null && value !== cadre[key]) next[key] = value;
      }
      if (changes.organisationId && changes.organisationId !== cadre.organisationId) {
        const target = await m.getRepository(Organisation).findOneBy({ id: changes.organisationId });
        if (!target) throw validation([{ field: 'input.organisationId', messages: ['no such organisation'] }]);
        if (!can(viewer, 'cadre:write', target.path)) throw forbidden('The new organisation is outside your jurisdiction');
        if (target.retiredOn) throw new AppError('UNIT_RETIRED', `${target.name} is retired: it takes no new cadre`, { organisationId: target.id });
        next.organisationId = target.id;
      }
      await this.managingChange(m, viewer, cadre, changes.managingOrganisationId ?? null, next);
      const columns: Record<string, string> = {
        name: 'name',
        post: 'post',
        rankLevel: 'rank_level',
        positionType: 'position_type',
        tookPostOn: 'took_post_on',
        organisationId: 'organisation_id',
        teamMember: 'team_member',
        employmentStatus: 'employment_status',
        employmentStatusSince: 'employment_status_since',
        managingOrganisationId: 'managing_organisation_id',
      };
      const keys = Object.keys(next);
      if (keys.length === 0) {
        if (cadre.version !== expectedVersion) throw conflict();
        return cadre;
      }
      const sets = keys.map((k, i) => `${columns[k]} = $${i + 3}`);
      const updated = returnedRows<{ id: string }>(await m.query(
        `UPDATE cadre SET ${sets.join(', ')}, version = version + 1, updated_at = $${keys.length + 3}
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, expectedVersion, ...keys.map((k) => next[k]), this.now()],
      ));
      if (updated.length === 0) throw conflict();
      await appendAudit(m, {
        entityType: 'cadre',
        entityId: id,
        action: 'CADRE_UPDATED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'cadre:write', path),
        scopePath: path,
        fromVersion: expectedVersion,
        payload: { changes: Object.fromEntries(keys.map((k) => [k, { from: (cadre as unknown as Record<string, unknown>)[k], to: next[k] }])) },
        occurredAt: this.now(),
      });
      return m.getRepository(Cadre).findOneByOrFail({ id });
    });
  }

  /**
   * The managing jurisdiction (干部管理权限) asked for, or — when the cadre
   * moves to a unit outside their current one — the default of the new unit
   * and rank (docs/domain.md §1). It must be the cadre's unit or one above it,
   * and the editor must hold cadre:write over both the old and the new one: a
   * city never takes over a cadre the province manages.
   */
  private async managingChange(m: EntityManager, viewer: Viewer, cadre: Cadre, requested: string | null, next: Record<string, unknown>): Promise<void> {
    const unitId = (next.organisationId as string | undefined) ?? cadre.organisationId;
    const [unit] = (await m.query(`SELECT path FROM organisation WHERE id = $1`, [unitId])) as Array<{ path: string }>;
    const [current] = (await m.query(`SELECT path FROM organisation WHERE id = $1`, [cadre.managingOrganisationId])) as Array<{ path: string }>;
    if (requested && requested !== cadre.managingOrganisationId) {
      const target = await m.getRepository(Organisation).findOneBy({ id: requested });
      if (!target) throw validation([{ field: 'input.managingOrganisationId', messages: ['no such organisation'] }]);
      if (!unit!.path.startsWith(target.path)) {
        throw validation([{ field: 'input.managingOrganisationId', messages: [`${target.name} is not the cadre's organisation nor above it`] }]);
      }
      if (!can(viewer, 'cadre:write', target.path) || !can(viewer, 'cadre:write', current!.path)) {
        throw forbidden('The managing jurisdiction, old or new, is outside your jurisdiction');
      }
      next.managingOrganisationId = target.id;
    } else if (next.organisationId && !unit!.path.startsWith(current!.path)) {
      const [row] = (await m.query(`SELECT default_managing_organisation($1, $2) AS id`, [unitId, (next.rankLevel as string | undefined) ?? cadre.rankLevel])) as Array<{ id: string }>;
      next.managingOrganisationId = row!.id;
    }
  }

  /**
   * Records the cadre a unit designates to write and submit its leadership
   * team's summary (besides its principal leaders), or withdraws it; the
   * organisation department of the jurisdiction does, audited.
   */
  async designateTeamReportAuthor(viewer: Viewer | null, organisationId: string, cadreId: string | null): Promise<Organisation> {
    assertCan(viewer, 'cycle:manage');
    return this.dataSource.transaction(async (m) => {
      const org = await m.getRepository(Organisation).findOne({ where: { id: organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'cycle:manage', org.path);
      if (cadreId) {
        const cadre = await m.getRepository(Cadre).findOneBy({ id: cadreId });
        if (!cadre || cadre.organisationId !== org.id) throw validation([{ field: 'input.cadreId', messages: [`not a cadre of ${org.name}`] }]);
      }
      await m.query(`UPDATE organisation SET team_report_author_id = $2, version = version + 1 WHERE id = $1`, [org.id, cadreId]);
      await appendAudit(m, {
        entityType: 'organisation',
        entityId: org.id,
        action: 'TEAM_REPORT_AUTHOR_DESIGNATED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'cycle:manage', org.path),
        scopePath: org.path,
        fromVersion: org.version,
        payload: { from: org.teamReportAuthorId, to: cadreId },
        occurredAt: this.now(),
      });
      return m.getRepository(Organisation).findOneByOrFail({ id: org.id });
    });
  }

  /** Records a status period (probation, leave, investigation, protected status) and bumps the cadre's version. */
  async recordStatus(viewer: Viewer | null, input: StatusInput): Promise<Cadre> {
    const permission = statusPermission(input.kind);
    assertCan(viewer, permission);
    if (input.endsOn && input.endsOn < input.startsOn) {
      throw validation([{ field: 'input.endsOn', messages: ['must not be before startsOn'] }]);
    }
    return this.dataSource.transaction(async (m) => {
      const { cadre, path } = await this.loadWithPath(m, input.cadreId, true);
      assertCan(viewer, permission, path);
      const overlapping: unknown[] = await m.query(
        `SELECT 1 FROM cadre_status_period
          WHERE cadre_id = $1 AND kind = $2 AND daterange(starts_on, ends_on, '[]') && daterange($3::date, $4::date, '[]') LIMIT 1`,
        [input.cadreId, input.kind, input.startsOn, input.endsOn ?? null],
      );
      if (overlapping.length > 0) {
        throw new AppError('CONFLICT', `A ${input.kind} period already covers part of these dates`);
      }
      const [period] = (await m.query(
        `INSERT INTO cadre_status_period (cadre_id, kind, starts_on, ends_on, note, recorded_by) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [input.cadreId, input.kind, input.startsOn, input.endsOn ?? null, input.note ?? '', viewer.userId],
      )) as Array<{ id: string }>;
      await m.query(`UPDATE cadre SET version = version + 1, updated_at = $2 WHERE id = $1`, [input.cadreId, this.now()]);
      await appendAudit(m, {
        entityType: 'cadre',
        entityId: input.cadreId,
        action: 'STATUS_RECORDED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, permission, path),
        scopePath: path,
        fromVersion: cadre.version,
        payload: { periodId: period!.id, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn ?? null, note: input.note ?? '' },
        occurredAt: this.now(),
      });
      await reconsiderOverlays(m, this.engine, this.assessmentKind, input.cadreId, { userId: viewer.userId, role: actingRole(viewer, permission, path) ?? 'SYSTEM' }, this.now());
      return m.getRepository(Cadre).findOneByOrFail({ id: input.cadreId });
    });
  }
}

/**
 * A status fact recorded while an annual assessment is under way (an
 * investigation opened, long leave, probation) changes what that assessment
 * may conclude: the overlay is recomputed with the pure rules and, where it
 * changed, sent to the machine as SET_OVERLAY in the same transaction,
 * through the workflow engine (the assessed told, as for any step).
 */
async function reconsiderOverlays(m: EntityManager, engine: WorkflowEngine, kind: InstanceKind<Assessment>, cadreId: string, actor: TransitionActor, now: Date): Promise<void> {
  const open: Array<{ id: string; year: number; overlay: Overlay; long_leave_months: number }> = await m.query(
    `SELECT a.id, c.year, a.overlay, (c.settings->'gates'->>'longLeaveMonths')::int AS long_leave_months
       FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
      WHERE a.cadre_id = $1 AND a.machine_id = 'annualAssessment' AND a.final_grade IS NULL AND c.state IN ('planning', 'open')`,
    [cadreId],
  );
  if (open.length === 0) return;
  const periods: StatusPeriod[] = await m.query(`SELECT kind, starts_on AS "startsOn", ends_on AS "endsOn" FROM cadre_status_period WHERE cadre_id = $1`, [cadreId]);
  for (const a of open) {
    const yearEnd = `${a.year}-12-31`;
    const [overlay, reason]: [Overlay, string | null] = hasOpenInvestigation(periods, yearEnd)
      ? ['UNGRADED', 'INVESTIGATION']
      : isLongLeave(periods, a.year, a.long_leave_months)
        ? ['UNGRADED', 'LONG_LEAVE']
        : periods.some((p) => p.kind === 'PROBATION' && isInForce(p, yearEnd))
          ? ['COMMENT_ONLY', 'PROBATION']
          : ['NONE', null];
    if (overlay === a.overlay) continue;
    const row = await kind.load(m, a.id);
    const event = { type: 'SET_OVERLAY', overlay, reason, at: now.toISOString() };
    if (!canTake(kind.instance(row), event)) continue;
    await engine.transition(kind, m, row, event, actor, event.at);
  }
}
