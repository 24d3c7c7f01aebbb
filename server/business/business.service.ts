import type { Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { OrganisationKind } from '../../workflows/org/categories.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertCanInside, assertSignedIn, can, scopeOf, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation, type FieldError } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { parseBusinessFile, type BusinessResultRow } from './business-file.js';
import { writeBusinessWorkbook } from './business-export.js';
import { COVERED, current } from './business-sql.js';
import type { BusinessMode } from './business.types.js';

/** The most business assessments one cycle absorbs: the source's "1+N" names nine. */
export const BUSINESS_ASSESSMENTS_MAX = 30;
/** The most units one business assessment lists. */
export const BUSINESS_UNITS_MAX = 2000;

interface CycleRow {
  id: string;
  kind: string;
  state: string;
  org_path: string;
}

interface BusinessRow {
  id: string;
  cycle_id: string;
  name: string;
  department_id: string;
  department_name: string;
  department_path: string;
  covers_teams: boolean;
  covers_cadres: boolean;
  org_kinds: OrganisationKind[];
  mode: BusinessMode;
  weight: number | null;
  inspections_per_unit: number;
  declared_at: Date;
}

/** The region a department serves: the organisation above it (a provincial department serves the province). */
export const regionOf = (departmentPath: string) => departmentPath.replace(/[^/]+\/$/, '');

/**
 * "1+N": the business assessments (业务考核) an annual cycle absorbs, the
 * results each running department enters or imports for the units it
 * covers (never overwritten: a correction is a new version), and the report
 * of what the cycle absorbed. Every change is one transaction with its audit row.
 */
export class BusinessAssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async cycle(m: EntityManager, cycleId: string): Promise<CycleRow> {
    const [row] = (await m.query(`SELECT id, kind, state, org_path FROM assessment_cycle WHERE id = $1`, [cycleId])) as CycleRow[];
    if (!row) throw notFound('Cycle');
    return row;
  }

  private async business(m: EntityManager, id: string, lock = false): Promise<BusinessRow> {
    const [row] = (await m.query(
      `SELECT ba.id, ba.cycle_id, ba.name, ba.department_id, d.name AS department_name, d.path AS department_path, ba.covers_teams, ba.covers_cadres, ba.org_kinds,
              ba.mode, ba.weight::float8 AS weight, ba.inspections_per_unit, ba.declared_at
         FROM business_assessment ba JOIN organisation d ON d.id = ba.department_id WHERE ba.id = $1 ${lock ? 'FOR UPDATE OF ba' : ''}`,
      [id],
    )) as BusinessRow[];
    if (!row) throw notFound('Business assessment');
    return row;
  }

  /** The DEPARTMENT grant the viewer holds at the department that runs `ba`, if any. */
  private departmentGrant(viewer: Viewer, ba: Pick<BusinessRow, 'department_id'>) {
    return viewer.grants.find((g) => g.role === 'DEPARTMENT' && g.organisationId === ba.department_id) ?? null;
  }

  /** Declares a business assessment for a planned or open annual cycle (the organisation department, over the cycle). */
  async declare(
    viewer: Viewer | null,
    input: { cycleId: string; name: string; departmentId: string; coversTeams: boolean; coversCadres: boolean; organisationKinds: OrganisationKind[]; mode: BusinessMode; weight?: number | null; inspectionsPerUnit: number },
  ): Promise<string> {
    assertCan(viewer, 'cycle:manage');
    const name = input.name.trim();
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, input.cycleId);
      assertCan(viewer, 'cycle:manage', cycle.org_path);
      const errors: FieldError[] = [];
      if (name.length < 2) errors.push({ field: 'input.name', messages: ['a name of at least 2 characters is required'] });
      if (!input.coversTeams && !input.coversCadres) errors.push({ field: 'input.coversTeams', messages: ['it must cover the teams, the cadres or both'] });
      if (input.mode === 'SCORE' && (input.weight === null || input.weight === undefined)) errors.push({ field: 'input.weight', messages: ['a scored business assessment needs its weight'] });
      if (input.mode === 'GATE' && input.weight !== null && input.weight !== undefined) errors.push({ field: 'input.weight', messages: ['a gate has no weight: it passes or fails'] });
      if (errors.length) throw validation(errors);
      if (cycle.kind !== 'ANNUAL') throw validation([{ field: 'input.cycleId', messages: ['only an annual cycle absorbs business assessments'] }]);
      if (!['planning', 'open'].includes(cycle.state)) throw new AppError('CYCLE_NOT_ACCEPTING_INPUTS', `Business assessments are declared while the cycle is planned or open; it is ${cycle.state}`, { state: cycle.state });
      await m.query(`SELECT id FROM assessment_cycle WHERE id = $1 FOR UPDATE`, [cycle.id]);
      const [department] = (await m.query(`SELECT id, kind, path FROM organisation WHERE id = $1`, [input.departmentId])) as Array<{ id: string; kind: string; path: string }>;
      if (!department) throw validation([{ field: 'input.departmentId', messages: ['no such organisation'] }]);
      if (department.kind !== 'DEPARTMENT') throw validation([{ field: 'input.departmentId', messages: ['the unit that runs a business assessment must be a department'] }]);
      const region = regionOf(department.path);
      if (!cycle.org_path.startsWith(region) && !region.startsWith(cycle.org_path)) throw validation([{ field: 'input.departmentId', messages: ['the department serves another region than the cycle'] }]);
      const existing: Array<{ name: string; mode: string; weight: number | null; covers_teams: boolean; covers_cadres: boolean }> = await m.query(
        `SELECT name, mode, weight::float8 AS weight, covers_teams, covers_cadres FROM business_assessment WHERE cycle_id = $1`,
        [cycle.id],
      );
      if (existing.some((e) => e.name === name)) throw new AppError('CONFLICT', `The cycle already absorbs a business assessment named ${name}`);
      if (existing.length >= BUSINESS_ASSESSMENTS_MAX) throw validation([{ field: 'input.cycleId', messages: [`a cycle absorbs at most ${BUSINESS_ASSESSMENTS_MAX} business assessments`] }]);
      if (input.mode === 'SCORE') {
        const sum = (covers: (e: (typeof existing)[number]) => boolean) => existing.filter((e) => e.mode === 'SCORE' && covers(e)).reduce((s, e) => s + (e.weight ?? 0), 0) + input.weight!;
        if ((input.coversTeams && sum((e) => e.covers_teams) > 100) || (input.coversCadres && sum((e) => e.covers_cadres) > 100)) {
          throw validation([{ field: 'input.weight', messages: ['the weights of the scored business assessments would add up to more than 100% of the component'] }]);
        }
      }
      const [row] = (await m.query(
        `INSERT INTO business_assessment (cycle_id, name, department_id, covers_teams, covers_cadres, org_kinds, mode, weight, inspections_per_unit, declared_by, declared_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id`,
        [cycle.id, name, department.id, input.coversTeams, input.coversCadres, [...new Set(input.organisationKinds)], input.mode, input.mode === 'SCORE' ? input.weight : null, input.inspectionsPerUnit, viewer.userId, this.now()],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'business_assessment',
        entityId: row!.id,
        action: 'BUSINESS_ASSESSMENT_DECLARED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'cycle:manage', cycle.org_path),
        scopePath: cycle.org_path,
        payload: { ...input, name },
        occurredAt: this.now(),
      });
      return row!.id;
    });
  }

  /** The business assessments a cycle absorbs, with units covered and results entered inside the reader's jurisdiction (or the department's region). */
  async list(viewer: Viewer | null, cycleId: string) {
    assertSignedIn(viewer);
    const m = this.dataSource.manager;
    const cycle = await this.cycle(m, cycleId);
    const reader = can(viewer, 'assessment:read') && scopeOf(viewer, 'assessment:read').some((p) => p.startsWith(cycle.org_path) || cycle.org_path.startsWith(p));
    const departments = viewer.grants.filter((g) => g.role === 'DEPARTMENT');
    if (!reader && departments.length === 0) assertCanInside(viewer, 'assessment:read', cycle.org_path);
    const rows = await this.summaries(m, `ba.cycle_id = $1`, [cycleId], viewer);
    return reader ? rows : rows.filter((r) => departments.some((g) => g.organisationId === r.departmentId));
  }

  /** The business assessments the viewer's departments run, in every cycle, newest first (at most 100). */
  async mine(viewer: Viewer | null) {
    assertSignedIn(viewer);
    const departments = viewer.grants.filter((g) => g.role === 'DEPARTMENT').map((g) => g.organisationId);
    if (departments.length === 0) return [];
    return this.summaries(this.dataSource.manager, `ba.department_id = ANY($1::uuid[])`, [departments], viewer, 100);
  }

  /** Patterns of the units a viewer sees results of: the jurisdiction of a reader, and each department's region. */
  private reach(viewer: Viewer, departmentId?: string): string[] {
    const regions = viewer.grants.filter((g) => g.role === 'DEPARTMENT' && (departmentId === undefined || g.organisationId === departmentId)).map((g) => regionOf(g.organisationPath));
    return subtreePatterns([...scopeOf(viewer, 'assessment:read'), ...regions]);
  }

  private async summaries(m: EntityManager, where: string, params: unknown[], viewer: Viewer, limit = BUSINESS_ASSESSMENTS_MAX) {
    const rows: Array<BusinessRow & { cycle_name: string; units: number; entered: number }> = await m.query(
      `WITH chosen AS (SELECT ba.* FROM business_assessment ba WHERE ${where} ORDER BY ba.declared_at DESC, ba.name LIMIT ${limit}),
            covered AS (${COVERED} AND ba.id IN (SELECT id FROM chosen) AND o.path LIKE ANY($${params.length + 1}::text[])),
            current AS (${current('IN (SELECT id FROM chosen)')})
       SELECT ba.id, ba.cycle_id, ba.name, ba.department_id, d.name AS department_name, ba.covers_teams, ba.covers_cadres, ba.org_kinds, ba.mode, ba.weight::float8 AS weight,
              ba.inspections_per_unit, ba.declared_at, count(c.organisation_id)::int AS units, count(cur.organisation_id)::int AS entered
         FROM chosen ba JOIN organisation d ON d.id = ba.department_id
         LEFT JOIN covered c ON c.ba_id = ba.id
         LEFT JOIN current cur ON cur.business_assessment_id = ba.id AND cur.organisation_id = c.organisation_id
        GROUP BY ba.id, ba.cycle_id, ba.name, ba.department_id, d.name, ba.covers_teams, ba.covers_cadres, ba.org_kinds, ba.mode, ba.weight, ba.inspections_per_unit, ba.declared_at
        ORDER BY ba.declared_at, ba.name`,
      [...params, this.reach(viewer)],
    );
    return rows.map((r) => ({
      id: r.id,
      cycleId: r.cycle_id,
      name: r.name,
      departmentId: r.department_id,
      departmentName: r.department_name,
      coversTeams: r.covers_teams,
      coversCadres: r.covers_cadres,
      organisationKinds: r.org_kinds,
      mode: r.mode,
      weight: r.weight,
      inspectionsPerUnit: r.inspections_per_unit,
      unitsCovered: r.units,
      resultsEntered: r.entered,
      declaredAt: r.declared_at,
    }));
  }

  /** The units a business assessment covers inside the viewer's reach, each with its result in force (at most 2000, by code). */
  async units(viewer: Viewer | null, businessAssessmentId: string) {
    assertSignedIn(viewer);
    const m = this.dataSource.manager;
    const ba = await this.business(m, businessAssessmentId);
    const cycle = await this.cycle(m, ba.cycle_id);
    if (!this.departmentGrant(viewer, ba)) assertCanInside(viewer, 'assessment:read', cycle.org_path);
    const rows: Array<Record<string, unknown>> = await m.query(
      `WITH covered AS (${COVERED} AND ba.id = $1 AND o.path LIKE ANY($2::text[])),
            current AS (${current('= $1')})
       SELECT c.organisation_id AS "organisationId", c.code AS "organisationCode", c.name AS "organisationName", cur.version, cur.score, cur.passed, cur.note,
              cur.recorded_by_name AS "recordedByName", cur.recorded_at AS "recordedAt"
         FROM covered c LEFT JOIN current cur ON cur.organisation_id = c.organisation_id
        ORDER BY c.code LIMIT ${BUSINESS_UNITS_MAX}`,
      [ba.id, this.reach(viewer, this.departmentGrant(viewer, ba) ? ba.department_id : undefined)],
    );
    return rows;
  }

  /** Imports a result file of the department's business assessment: every line checked, nothing written unless all are valid. */
  async importFile(viewer: Viewer | null, businessAssessmentId: string, fileName: string, contentBase64: string): Promise<number> {
    assertCan(viewer, 'business-result:write');
    const rows = await parseBusinessFile(fileName, contentBase64);
    return this.enter(viewer, businessAssessmentId, rows, { fileName });
  }

  /**
   * Results of the department's own business assessment, by unit code:
   * only the department that runs it, only for units it covers inside the
   * region it serves, only while the cycle is open. A unit with a result
   * gets a new version (a correction); nothing is ever overwritten.
   */
  async enter(viewer: Viewer | null, businessAssessmentId: string, rows: BusinessResultRow[], origin: { fileName?: string } = {}): Promise<number> {
    assertCan(viewer, 'business-result:write');
    if (rows.length === 0) throw validation([{ field: 'file', messages: ['has no data line'] }]);
    return this.dataSource.transaction(async (m) => {
      const ba = await this.business(m, businessAssessmentId, true);
      const grant = this.departmentGrant(viewer, ba);
      if (!grant) throw new AppError('FORBIDDEN', `Only ${ba.department_name}, which runs ${ba.name}, enters its results`, { permission: 'business-result:write' });
      const cycle = await this.cycle(m, ba.cycle_id);
      if (cycle.state !== 'open') throw new AppError('CYCLE_NOT_ACCEPTING_INPUTS', `The cycle is ${cycle.state}: results are entered while it is open`, { state: cycle.state });
      const region = regionOf(grant.organisationPath);
      const codes = [...new Set(rows.map((r) => r.organisationCode).filter(Boolean))];
      const orgs: Array<{ id: string; code: string; path: string }> = await m.query(`SELECT id, code, path FROM organisation WHERE code = ANY($1::text[])`, [codes]);
      const covered = new Set(
        ((await m.query(`${COVERED} AND ba.id = $1 AND o.code = ANY($2::text[])`, [ba.id, codes])) as Array<{ organisation_id: string }>).map((r) => r.organisation_id),
      );
      const byCode = new Map(orgs.map((o) => [o.code, o]));
      const errors: FieldError[] = [];
      const seen = new Map<string, string>();
      const valid: Array<{ organisationId: string; score: number | null; passed: boolean | null; note: string }> = [];
      rows.forEach((r, i) => {
        const where = r.line !== undefined ? `line ${r.line}` : `input.results.${i}`;
        const problems: string[] = [...(r.unreadable ?? [])];
        const org = byCode.get(r.organisationCode);
        if (!r.organisationCode) problems.push('a unit code is required');
        else if (!org) problems.push(`no unit with code ${r.organisationCode}`);
        else if (!org.path.startsWith(region) || !org.path.startsWith(cycle.org_path)) problems.push(`${r.organisationCode} is outside your department's jurisdiction`);
        else if (!covered.has(org.id)) problems.push(`${r.organisationCode} is not covered by ${ba.name} in this cycle`);
        else if (seen.has(org.id)) problems.push(`repeats ${seen.get(org.id)}`);
        else seen.set(org.id, where);
        if (ba.mode === 'SCORE') {
          if (r.passed !== null && r.passed !== undefined) problems.push('a scored business assessment takes a score, not a pass or fail');
          if (r.score === null || r.score === undefined) {
            if (!r.unreadable?.length) problems.push('a score is required');
          } else if (!(r.score >= 0 && r.score <= 100)) problems.push('the score must lie between 0 and 100');
        } else {
          if (r.score !== null && r.score !== undefined) problems.push('a gate takes 通过 or 不通过, not a score');
          if ((r.passed === null || r.passed === undefined) && !r.unreadable?.length) problems.push('通过 or 不通过 is required');
        }
        if (problems.length) errors.push({ field: where, messages: problems });
        else valid.push({ organisationId: org!.id, score: ba.mode === 'SCORE' ? Math.round(r.score! * 100) / 100 : null, passed: ba.mode === 'GATE' ? r.passed! : null, note: (r.note ?? '').trim() });
      });
      if (errors.length) throw validation(errors, `${errors.length} line(s) are not valid; nothing was recorded`);
      const inserted: Array<{ organisation_id: string; version: number }> = await m.query(
        `INSERT INTO business_result (business_assessment_id, organisation_id, version, score, passed, note, recorded_by, recorded_at)
         SELECT $1, x.o, coalesce((SELECT max(version) FROM business_result b WHERE b.business_assessment_id = $1 AND b.organisation_id = x.o), 0) + 1, x.s, x.p, x.n, $6, $7
           FROM unnest($2::uuid[], $3::numeric[], $4::boolean[], $5::text[]) AS x(o, s, p, n)
         RETURNING organisation_id, version`,
        [ba.id, valid.map((v) => v.organisationId), valid.map((v) => v.score), valid.map((v) => v.passed), valid.map((v) => v.note), viewer.userId, this.now()],
      );
      const corrections = inserted.filter((r) => r.version > 1).length;
      await appendAudit(m, {
        entityType: 'business_assessment',
        entityId: ba.id,
        action: origin.fileName ? 'BUSINESS_RESULTS_IMPORTED' : 'BUSINESS_RESULTS_ENTERED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'business-result:write', grant.organisationPath),
        scopePath: cycle.org_path,
        payload: {
          name: ba.name,
          ...(origin.fileName ? { fileName: origin.fileName } : {}),
          results: valid.map((v) => ({ organisationId: v.organisationId, score: v.score, passed: v.passed, note: v.note })),
          corrections,
        },
        occurredAt: this.now(),
      });
      return valid.length;
    });
  }

  /** The "1+N" report of a cycle inside the reader's jurisdiction. */
  async report(viewer: Viewer | null, cycleId: string) {
    assertCan(viewer, 'assessment:read');
    const m = this.dataSource.manager;
    const cycle = await this.cycle(m, cycleId);
    assertCanInside(viewer, 'assessment:read', cycle.org_path);
    const patterns = subtreePatterns(scopeOf(viewer, 'assessment:read'));
    const lines: Array<{ id: string; name: string; department_name: string; mode: BusinessMode; per_unit: number; units: number; entered: number; failed: number }> = await m.query(
      `WITH covered AS (${COVERED} AND ba.cycle_id = $1 AND o.path LIKE ANY($2::text[])),
            current AS (${current('IN (SELECT id FROM business_assessment WHERE cycle_id = $1)')})
       SELECT ba.id, ba.name, d.name AS department_name, ba.mode, ba.inspections_per_unit AS per_unit, count(c.organisation_id)::int AS units,
              count(cur.organisation_id)::int AS entered, count(*) FILTER (WHERE cur.passed = false)::int AS failed
         FROM business_assessment ba JOIN organisation d ON d.id = ba.department_id
         LEFT JOIN covered c ON c.ba_id = ba.id
         LEFT JOIN current cur ON cur.business_assessment_id = ba.id AND cur.organisation_id = c.organisation_id
        WHERE ba.cycle_id = $1
        GROUP BY ba.id, ba.name, d.name, ba.mode, ba.inspections_per_unit, ba.declared_at
        ORDER BY ba.declared_at, ba.name`,
      [cycleId, patterns],
    );
    const [{ units }] = (await m.query(`WITH covered AS (${COVERED} AND ba.cycle_id = $1 AND o.path LIKE ANY($2::text[])) SELECT count(DISTINCT organisation_id)::int AS units FROM covered`, [
      cycleId,
      patterns,
    ])) as [{ units: number }];
    const out = lines.map((l) => ({
      id: l.id,
      name: l.name,
      departmentName: l.department_name,
      mode: l.mode,
      unitsCovered: l.units,
      resultsEntered: l.entered,
      resultsMissing: l.units - l.entered,
      failed: l.failed,
      inspectionsReplaced: l.units * l.per_unit,
    }));
    return {
      cycleId,
      absorbed: out.length,
      unitsCovered: units,
      resultsEntered: out.reduce((s, l) => s + l.resultsEntered, 0),
      resultsMissing: out.reduce((s, l) => s + l.resultsMissing, 0),
      inspectionsReplaced: out.reduce((s, l) => s + l.inspectionsReplaced, 0),
      lines: out,
    };
  }
  /**
   * The "1+N" report as an Excel workbook (the totals per business assessment,
   * then every covered unit's result in force), for the same readers as the
   * report; BUSINESS_RESULTS_EXPORTED with the row count before the first byte.
   */
  async exportReport(viewer: Viewer | null, cycleId: string, ready: (fileName: string) => Writable): Promise<number> {
    const report = await this.report(viewer, cycleId);
    const [cycle] = (await this.dataSource.query(`SELECT name, org_path FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ name: string; org_path: string }>;
    const patterns = subtreePatterns(scopeOf(viewer!, 'assessment:read'));
    await this.dataSource.transaction((m) =>
      appendAudit(m, {
        entityType: 'assessment_cycle_export',
        entityId: cycleId,
        action: 'BUSINESS_RESULTS_EXPORTED',
        actorUserId: viewer!.userId,
        actorRole: actingRole(viewer!, 'assessment:read', cycle!.org_path) ?? actingRole(viewer!, 'assessment:read'),
        scopePath: cycle!.org_path,
        payload: { absorbed: report.absorbed, unitsCovered: report.unitsCovered, resultsEntered: report.resultsEntered, resultsMissing: report.resultsMissing },
        occurredAt: this.now(),
      }),
    );
    return writeBusinessWorkbook(this.dataSource, cycleId, patterns, report.lines, ready(`${cycle!.name}-业务考核结果（1+N）.xlsx`), this.now());
  }
}
