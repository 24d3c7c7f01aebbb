import type { DataSource, EntityManager } from 'typeorm';
import { REGION_KINDS, type OrganisationKind } from '../../workflows/org/categories.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-vocabulary.js';
import { actingRole, assertCan, can, type Viewer } from '../auth/policy.js';
import { AppError, conflict, forbidden, notFound, validation } from '../common/errors.js';
import { returnedRows } from '../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Cadre, type EmploymentStatus, type Gender, type PositionType, type Population, type RankLevel } from './cadre.entity.js';

export interface NewCadre {
  organisationId: string;
  personNo: string;
  name: string;
  gender: Gender;
  birthDate?: string | null;
  post: string;
  rankLevel: RankLevel;
  positionType: PositionType;
  population?: Population | null;
  tookPostOn?: string | null;
  teamMember?: boolean | null;
  managingOrganisationId?: string | null;
}

export interface CadreMove {
  organisationId: string;
  post: string;
  rankLevel: RankLevel;
  positionType: PositionType;
  tookPostOn: string;
  teamMember?: boolean | null;
  managingOrganisationId?: string | null;
}

/** One year of a cadre's career as their assessments recorded it: the unit and post they were enrolled with. */
export interface CadrePosting {
  year: number;
  cycleId: string;
  cycleName: string;
  assessmentId: string;
  kind: string;
  organisationId: string;
  organisationName: string;
  postTitle: string | null;
  rankLevel: string | null;
  positionType: string | null;
  finalGrade: string | null;
}

/**
 * The roster (干部名册) as the organisation department keeps it:
 * new cadres, transfers and promotions, the in-post status and the managing
 * jurisdiction (干部管理权限). Each change is one transaction with its audit
 * entry, under `cadre:write` at the cadre's unit (and at the new unit for a
 * move); edits carry the version the editor saw. Past assessments are never
 * touched: they keep the unit (`organisation_id`) and the post, rank level
 * and position they were enrolled with, so last year stays where it was.
 */
export class CadreRosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async unit(m: EntityManager, id: string, field: string): Promise<Organisation> {
    const org = await m.getRepository(Organisation).findOneBy({ id });
    if (!org) throw validation([{ field, messages: ['no such organisation'] }]);
    return org;
  }

  private async locked(m: EntityManager, id: string): Promise<{ cadre: Cadre; unit: Organisation }> {
    const cadre = await m.getRepository(Cadre).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cadre) throw notFound('Cadre');
    const unit = await m.getRepository(Organisation).findOneByOrFail({ id: cadre.organisationId });
    return { cadre, unit };
  }

  /**
   * The managing jurisdiction asked for: a region (province, city, county) at
   * or above the unit, inside the editor's jurisdiction.
   */
  private async managing(m: EntityManager, viewer: Viewer, unit: Organisation, id: string, field: string): Promise<Organisation> {
    const target = await this.unit(m, id, field);
    if (!REGION_KINDS.includes(target.kind as OrganisationKind)) throw validation([{ field, messages: [`${target.name} is not a region with an organisation department`] }]);
    if (!unit.path.startsWith(target.path)) throw validation([{ field, messages: [`${target.name} is not the cadre's organisation nor above it`] }]);
    if (!can(viewer, 'cadre:write', target.path)) throw forbidden('The managing jurisdiction is outside your jurisdiction');
    return target;
  }

  private async audit(m: EntityManager, viewer: Viewer, cadreId: string, action: AuditAction, path: string, fromVersion: number, payload: Record<string, unknown>): Promise<void> {
    await appendAudit(m, {
      entityType: 'cadre',
      entityId: cadreId,
      action,
      actorUserId: viewer.userId,
      actorRole: actingRole(viewer, 'cadre:write', path),
      scopePath: path,
      fromVersion,
      payload,
      occurredAt: this.now(),
    });
  }

  /** A new cadre in a unit that is not retired; a personnel-file number already on the roster gives DUPLICATE. */
  async create(viewer: Viewer | null, input: NewCadre): Promise<Cadre> {
    assertCan(viewer, 'cadre:write');
    return this.dataSource.transaction(async (m) => {
      const unit = await this.unit(m, input.organisationId, 'input.organisationId');
      assertCan(viewer, 'cadre:write', unit.path);
      if (unit.retiredOn) throw new AppError('UNIT_RETIRED', `${unit.name} is retired: it takes no new cadre`, { organisationId: unit.id });
      const managing = input.managingOrganisationId ? await this.managing(m, viewer, unit, input.managingOrganisationId, 'input.managingOrganisationId') : null;
      // The managing jurisdiction defaults by unit and rank level (the insert trigger of migration ManagingJurisdiction).
      const [row] = returnedRows<{ id: string }>(await m.query(
        `INSERT INTO cadre (organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, population, took_post_on, team_member, managing_organisation_id,
                            employment_status, employment_status_since, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'SERVING', $13, $14, $14)
         ON CONFLICT (person_no) DO NOTHING RETURNING id`,
        [
          unit.id, input.personNo, input.name, input.gender, input.birthDate ?? null, input.post, input.rankLevel, input.positionType,
          input.population ?? 'LEADING_CADRE', input.tookPostOn ?? null, input.teamMember ?? true, managing?.id ?? null, input.tookPostOn ?? null, this.now(),
        ],
      ));
      if (!row) throw new AppError('DUPLICATE', `The personnel-file number ${input.personNo} is already on the roster`, { field: 'personNo', value: input.personNo });
      const cadre = await m.getRepository(Cadre).findOneByOrFail({ id: row.id });
      await this.audit(m, viewer, cadre.id, 'CADRE_CREATED', unit.path, 0, {
        organisationId: unit.id, personNo: cadre.personNo, name: cadre.name, post: cadre.post, rankLevel: cadre.rankLevel, positionType: cadre.positionType,
        teamMember: cadre.teamMember, managingOrganisationId: cadre.managingOrganisationId,
      });
      return cadre;
    });
  }

  /**
   * A transfer or promotion (调动/晋升): new unit, post, rank level and
   * position from a day. The managing jurisdiction is the one asked for, or
   * the default of the new unit and rank level. The cadre's past and running
   * assessments keep the unit and post they were enrolled with.
   */
  async move(viewer: Viewer | null, id: string, expectedVersion: number, input: CadreMove): Promise<Cadre> {
    assertCan(viewer, 'cadre:write');
    return this.dataSource.transaction(async (m) => {
      const { cadre, unit: from } = await this.locked(m, id);
      assertCan(viewer, 'cadre:write', from.path);
      if (cadre.version !== expectedVersion) throw conflict();
      if (cadre.employmentStatus !== 'SERVING') throw new AppError('NOT_SERVING', `${cadre.name} is not serving (${cadre.employmentStatus}): only a serving cadre moves`, { cadreId: cadre.id });
      const to = await this.unit(m, input.organisationId, 'input.organisationId');
      assertCan(viewer, 'cadre:write', to.path);
      if (to.retiredOn) throw new AppError('UNIT_RETIRED', `${to.name} is retired: it takes no new cadre`, { organisationId: to.id });
      const managingId = input.managingOrganisationId
        ? (await this.managing(m, viewer, to, input.managingOrganisationId, 'input.managingOrganisationId')).id
        : ((await m.query(`SELECT default_managing_organisation($1, $2) AS id`, [to.id, input.rankLevel])) as Array<{ id: string }>)[0]!.id;
      const teamMember = input.teamMember ?? cadre.teamMember;
      const updated = returnedRows<{ id: string }>(await m.query(
        `UPDATE cadre SET organisation_id = $3, post = $4, rank_level = $5, position_type = $6, took_post_on = $7, team_member = $8, managing_organisation_id = $9,
                version = version + 1, updated_at = $10
          WHERE id = $1 AND version = $2 RETURNING id`,
        [id, expectedVersion, to.id, input.post, input.rankLevel, input.positionType, input.tookPostOn, teamMember, managingId, this.now()],
      ));
      if (updated.length === 0) throw conflict();
      // A designated team-report author who leaves the unit no longer writes its summary.
      await m.query(`UPDATE organisation SET team_report_author_id = NULL, version = version + 1 WHERE team_report_author_id = $1 AND id <> $2`, [id, to.id]);
      const payload = {
        from: { organisationId: from.id, post: cadre.post, rankLevel: cadre.rankLevel, positionType: cadre.positionType, tookPostOn: cadre.tookPostOn, managingOrganisationId: cadre.managingOrganisationId, teamMember: cadre.teamMember },
        to: { organisationId: to.id, post: input.post, rankLevel: input.rankLevel, positionType: input.positionType, tookPostOn: input.tookPostOn, managingOrganisationId: managingId, teamMember },
      };
      await this.audit(m, viewer, id, 'CADRE_MOVED', to.path, expectedVersion, payload);
      return m.getRepository(Cadre).findOneByOrFail({ id });
    });
  }

  /** Serving, retired or left (在职状态) from a day; only serving cadres are enrolled afterwards. */
  async setEmploymentStatus(viewer: Viewer | null, id: string, expectedVersion: number, status: EmploymentStatus, since: string): Promise<Cadre> {
    assertCan(viewer, 'cadre:write');
    return this.dataSource.transaction(async (m) => {
      const { cadre, unit } = await this.locked(m, id);
      assertCan(viewer, 'cadre:write', unit.path);
      if (cadre.version !== expectedVersion) throw conflict();
      if (status === cadre.employmentStatus && since === cadre.employmentStatusSince) return cadre;
      await m.query(`UPDATE cadre SET employment_status = $2, employment_status_since = $3, version = version + 1, updated_at = $4 WHERE id = $1`, [id, status, since, this.now()]);
      await this.audit(m, viewer, id, 'EMPLOYMENT_STATUS_CHANGED', unit.path, expectedVersion, {
        from: { status: cadre.employmentStatus, since: cadre.employmentStatusSince },
        to: { status, since },
      });
      return m.getRepository(Cadre).findOneByOrFail({ id });
    });
  }

  /** The managing jurisdiction (干部管理权限): a region at or above the cadre's unit; the editor holds cadre:write over the old and the new one. */
  async setManagingJurisdiction(viewer: Viewer | null, id: string, expectedVersion: number, managingOrganisationId: string): Promise<Cadre> {
    assertCan(viewer, 'cadre:write');
    return this.dataSource.transaction(async (m) => {
      const { cadre, unit } = await this.locked(m, id);
      assertCan(viewer, 'cadre:write', unit.path);
      if (cadre.version !== expectedVersion) throw conflict();
      const target = await this.managing(m, viewer, unit, managingOrganisationId, 'input.managingOrganisationId');
      const current = await m.getRepository(Organisation).findOneByOrFail({ id: cadre.managingOrganisationId });
      if (!can(viewer, 'cadre:write', current.path)) throw forbidden('The current managing jurisdiction is outside your jurisdiction');
      if (target.id === cadre.managingOrganisationId) return cadre;
      await m.query(`UPDATE cadre SET managing_organisation_id = $2, version = version + 1, updated_at = $3 WHERE id = $1`, [id, target.id, this.now()]);
      await this.audit(m, viewer, id, 'MANAGING_JURISDICTION_CHANGED', unit.path, expectedVersion, { from: current.id, to: target.id, fromName: current.name, toName: target.name });
      return m.getRepository(Cadre).findOneByOrFail({ id });
    });
  }

  /** Where the cadre was assessed each year: the unit and post of every annual or term assessment not cancelled, oldest first. */
  async postings(cadreId: string): Promise<CadrePosting[]> {
    return this.dataSource.query(
      `SELECT cy.year, cy.id AS "cycleId", cy.name AS "cycleName", a.id AS "assessmentId", a.kind, a.organisation_id AS "organisationId", o.name AS "organisationName",
              a.post_title AS "postTitle", a.rank_level AS "rankLevel", a.position_type AS "positionType", a.final_grade AS "finalGrade"
         FROM assessment a JOIN assessment_cycle cy ON cy.id = a.cycle_id JOIN organisation o ON o.id = a.organisation_id
        WHERE a.cadre_id = $1 AND a.kind IN ('CADRE_ANNUAL', 'TERM') AND a.state <> 'cancelled'
        ORDER BY cy.year, cy.created_at
        LIMIT 50`,
      [cadreId],
    );
  }
}
