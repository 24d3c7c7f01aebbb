import ExcelJS from 'exceljs';
import type { DataSource, EntityManager } from 'typeorm';
import { indicatorsOf } from '../../workflows/indicators/scheme.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, can, scopeOf, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation, type FieldError } from '../common/errors.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { subtreePatterns } from '../common/sql.js';
import { parseIndicatorFile, type IndicatorValueRow } from './indicator-file.js';
import { pinnedSchemes, schemeFor } from './rollup.js';

export type { IndicatorValueRow } from './indicator-file.js';

/**
 * Indicator data of a cycle (file import and manual entry, the import
 * template), members' responsibilities for team indicators, and the
 * recorded approvals that raise a pool's excellent quota. Every change is
 * one transaction with its audit row.
 */
export class IndicatorDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Imports an indicator file (.xlsx or .csv): every row checked, nothing written unless all are valid. */
  async importFile(viewer: Viewer | null, cycleId: string, fileName: string, contentBase64: string): Promise<number> {
    const rows = await parseIndicatorFile(fileName, contentBase64);
    return this.setValues(viewer, cycleId, rows, { fileName });
  }

  private async organisation(m: EntityManager, id: string): Promise<Organisation> {
    const org = await m.getRepository(Organisation).findOneBy({ id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  private async cycle(m: EntityManager, cycleId: string) {
    const [cycle] = (await m.query(`SELECT id, year, org_path, indicator_scheme_versions AS versions FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{
      id: string;
      year: number;
      org_path: string;
      versions: string[];
    }>;
    if (!cycle) throw notFound('Cycle');
    return cycle;
  }

  /**
   * Indicator figures for a cycle, by organisation code or cadre number. Every
   * row is checked first (subject inside the cycle and the viewer's
   * jurisdiction, indicator of the scheme the cycle pinned for it, a number, a
   * period of the cycle's year, a source, no duplicate); nothing is written
   * unless all rows are valid.
   */
  async setValues(viewer: Viewer | null, cycleId: string, rows: IndicatorValueRow[], origin: { fileName?: string } = {}): Promise<number> {
    assertCan(viewer, 'indicator-data:write');
    if (rows.length === 0) throw validation([{ field: 'file', messages: ['has no data row'] }]);
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, cycleId);
      assertCan(viewer, 'indicator-data:write', cycle.org_path);
      const schemes = await pinnedSchemes(m, cycle.versions);
      const orgs: Array<{ id: string; code: string; path: string; category: string }> = await m.query(`SELECT id, code, path, category FROM organisation WHERE code = ANY($1::text[])`, [
        [...new Set(rows.map((r) => r.organisationCode).filter(Boolean))],
      ]);
      const cadres: Array<{ id: string; person_no: string; path: string; category: string }> = await m.query(
        `SELECT c.id, c.person_no, o.path, o.category FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.person_no = ANY($1::text[])`,
        [[...new Set(rows.map((r) => r.personNo).filter(Boolean))]],
      );
      const orgByCode = new Map(orgs.map((o) => [o.code, o]));
      const cadreByNo = new Map(cadres.map((c) => [c.person_no, c]));
      const errors: FieldError[] = [];
      const seen = new Map<string, string>();
      const valid: Array<{ type: 'ORGANISATION' | 'CADRE'; id: string; row: IndicatorValueRow }> = [];
      rows.forEach((r, i) => {
        const where = r.line !== undefined ? `line ${r.line}` : `input.${i}`;
        const problems: string[] = [];
        let subject: { type: 'ORGANISATION' | 'CADRE'; id: string; path: string; category: string } | null = null;
        if (!!r.organisationCode === !!r.personNo) problems.push('give either an organisation code or a cadre number');
        else if (r.organisationCode) {
          const o = orgByCode.get(r.organisationCode);
          if (!o) problems.push(`no organisation with code ${r.organisationCode}`);
          else subject = { type: 'ORGANISATION', ...o };
        } else {
          const c = cadreByNo.get(r.personNo!);
          if (!c) problems.push(`no cadre with number ${r.personNo}`);
          else subject = { type: 'CADRE', ...c };
        }
        if (subject) {
          if (!subject.path.startsWith(cycle.org_path)) problems.push('outside the cycle');
          else if (!can(viewer, 'indicator-data:write', subject.path)) problems.push('outside your jurisdiction');
          else {
            const scheme = schemeFor(schemes, subject);
            if (!scheme) problems.push(`no indicator scheme of category ${subject.category} is pinned by the cycle`);
            else if (!indicatorsOf(scheme.tree).some((ind) => ind.code === r.indicatorCode)) problems.push(`indicator ${r.indicatorCode || '(empty)'} is not in the scheme for ${subject.category}`);
          }
          const key = `${subject.type}:${subject.id}:${r.indicatorCode}`;
          if (seen.has(key)) problems.push(`repeats ${seen.get(key)}`);
          else seen.set(key, where);
        }
        if (!Number.isFinite(r.value)) problems.push('value must be a number');
        if (!r.period.trim()) problems.push('a period is required');
        else if (!r.period.trim().startsWith(String(cycle.year))) problems.push(`the period must lie in ${cycle.year}`);
        if (!r.source.trim()) problems.push('a data source is required');
        if (problems.length) errors.push({ field: where, messages: problems });
        else valid.push({ type: subject!.type, id: subject!.id, row: r });
      });
      if (errors.length) throw validation(errors, `${errors.length} row(s) are not valid; nothing was imported`);
      await m.query(
        `INSERT INTO indicator_value (cycle_id, subject_type, subject_id, indicator_code, value, period, source, recorded_by, recorded_at)
         SELECT $1, t, s, c, v, p, src, $7, $8 FROM unnest($2::text[], $3::uuid[], $4::text[], $5::numeric[], $6::text[], $9::text[]) AS x(t, s, c, v, p, src)
         ON CONFLICT (cycle_id, subject_type, subject_id, indicator_code)
         DO UPDATE SET value = EXCLUDED.value, period = EXCLUDED.period, source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [
          cycleId,
          valid.map((v) => v.type),
          valid.map((v) => v.id),
          valid.map((v) => v.row.indicatorCode),
          valid.map((v) => v.row.value),
          valid.map((v) => v.row.period.trim()),
          viewer.userId,
          this.now(),
          valid.map((v) => v.row.source.trim()),
        ],
      );
      await appendAudit(m, {
        entityType: 'indicator_data',
        entityId: cycleId,
        action: origin.fileName ? 'INDICATOR_FILE_IMPORTED' : 'INDICATOR_VALUES_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-data:write', cycle.org_path),
        scopePath: cycle.org_path,
        payload: origin.fileName ? { fileName: origin.fileName, rows: valid.length } : { values: rows.map(({ line: _line, ...r }) => r) },
        occurredAt: this.now(),
      });
      return valid.length;
    });
  }

  /**
   * The import template of a cycle as an .xlsx workbook: the data sheet with
   * the Chinese headers the import reads and one example row, and a reference
   * sheet listing the indicators of every scheme the cycle pinned (category,
   * dimension, code, name, unit, data source).
   */
  async templateWorkbook(viewer: Viewer | null, cycleId: string): Promise<{ fileName: string; buffer: Buffer }> {
    assertCan(viewer, 'indicator-data:write');
    const m = this.dataSource.manager;
    const cycle = await this.cycle(m, cycleId);
    assertCan(viewer, 'indicator-data:write', cycle.org_path);
    const schemes = await pinnedSchemes(m, cycle.versions);
    const workbook = new ExcelJS.Workbook();
    workbook.created = this.now();
    const data = workbook.addWorksheet('指标数据');
    data.columns = [
      { header: '单位代码', key: 'org', width: 16 },
      { header: '干部编号', key: 'person', width: 16 },
      { header: '指标代码', key: 'code', width: 24 },
      { header: '数值', key: 'value', width: 12 },
      { header: '期间', key: 'period', width: 12 },
      { header: '数据来源', key: 'source', width: 24 },
    ];
    data.getRow(1).font = { bold: true };
    data.views = [{ state: 'frozen', ySplit: 1 }];
    const first = schemes.flatMap((s) => indicatorsOf(s.tree))[0];
    if (first) data.addRow({ org: '', person: '', code: first.code, value: null, period: String(cycle.year), source: first.dataSource?.provider ?? '' });
    const ref = workbook.addWorksheet('指标清单');
    ref.columns = [
      { header: '类别', key: 'category', width: 28 },
      { header: '维度', key: 'dimension', width: 16 },
      { header: '指标代码', key: 'code', width: 24 },
      { header: '指标名称', key: 'name', width: 30 },
      { header: '单位', key: 'unit', width: 10 },
      { header: '数据来源', key: 'source', width: 24 },
    ];
    ref.getRow(1).font = { bold: true };
    for (const s of schemes) {
      for (const ind of indicatorsOf(s.tree)) ref.addRow({ category: s.category, dimension: ind.dimension, code: ind.code, name: ind.name, unit: ind.unit, source: ind.dataSource?.provider ?? '' });
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `指标数据导入模板-${cycle.year}.xlsx`, buffer };
  }

  /** Which team indicators a member answers for in a cycle (replaces the member's list). */
  async assignResponsibilities(viewer: Viewer | null, cycleId: string, cadreId: string, indicatorCodes: string[]): Promise<string[]> {
    assertCan(viewer, 'indicator-data:write');
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, cycleId);
      const [cadre] = (await m.query(`SELECT c.id, o.path, o.category FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{
        id: string;
        path: string;
        category: string;
      }>;
      if (!cadre) throw notFound('Cadre');
      assertCan(viewer, 'indicator-data:write', cadre.path);
      if (!cadre.path.startsWith(cycle.org_path)) throw new AppError('FORBIDDEN', 'The cadre is outside this cycle');
      const scheme = schemeFor(await pinnedSchemes(m, cycle.versions), cadre);
      const known = new Set(scheme ? indicatorsOf(scheme.tree).map((i) => i.code) : []);
      const unknown = indicatorCodes.filter((c) => !known.has(c));
      if (unknown.length) throw validation([{ field: 'input.indicatorCodes', messages: [`not in the scheme pinned for ${cadre.category}: ${unknown.join(', ')}`] }]);
      await m.query(`DELETE FROM indicator_responsibility WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, cadreId]);
      await m.query(
        `INSERT INTO indicator_responsibility (cycle_id, cadre_id, indicator_code, assigned_by, assigned_at) SELECT $1, $2, unnest($3::text[]), $4, $5`,
        [cycleId, cadreId, [...new Set(indicatorCodes)], viewer.userId, this.now()],
      );
      await appendAudit(m, {
        entityType: 'indicator_responsibility',
        entityId: `${cycleId}:${cadreId}`,
        action: 'INDICATOR_RESPONSIBILITIES_ASSIGNED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-data:write', cadre.path),
        scopePath: cadre.path,
        payload: { cycleId, cadreId, indicatorCodes },
        occurredAt: this.now(),
      });
      return [...new Set(indicatorCodes)];
    });
  }

  /**
   * Records the approval that raises one pool's excellent quota (the cycle's
   * teams, or a unit's members, optionally one rank level): who approved, the
   * document and the date. Without it the pool keeps the ordinary quota.
   */
  async recordQuotaRaise(
    viewer: Viewer | null,
    input: { cycleId: string; pool: 'TEAM' | 'MEMBERS'; organisationId?: string | null; rankLevel?: string | null; approvedBy: string; documentRef: string; approvedOn: string },
  ): Promise<string> {
    assertCan(viewer, 'quota-raise:record');
    if ((input.pool === 'MEMBERS') !== !!input.organisationId) throw validation([{ field: 'input.organisationId', messages: ["a members' pool names its unit; the teams' pool none"] }]);
    if (input.pool === 'TEAM' && input.rankLevel) throw validation([{ field: 'input.rankLevel', messages: ["only a members' pool has rank levels"] }]);
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, input.cycleId);
      const path = input.organisationId ? (await this.organisation(m, input.organisationId)).path : cycle.org_path;
      if (!path.startsWith(cycle.org_path)) throw new AppError('FORBIDDEN', 'The unit is outside this cycle');
      assertCan(viewer, 'quota-raise:record', path);
      const existing: unknown[] = await m.query(
        `SELECT 1 FROM quota_raise_approval WHERE cycle_id = $1 AND pool = $2 AND coalesce(organisation_id::text, '') = coalesce($3::text, '') AND coalesce(rank_level, '') = coalesce($4, '')`,
        [input.cycleId, input.pool, input.organisationId ?? null, input.rankLevel ?? null],
      );
      if (existing.length) throw new AppError('CONFLICT', 'A raise is already recorded for this pool');
      const [row] = (await m.query(
        `INSERT INTO quota_raise_approval (cycle_id, pool, organisation_id, rank_level, approved_by, document_ref, approved_on, recorded_by, recorded_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
        [input.cycleId, input.pool, input.organisationId ?? null, input.rankLevel ?? null, input.approvedBy, input.documentRef, input.approvedOn, viewer.userId, this.now()],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'quota_raise_approval',
        entityId: row!.id,
        action: 'QUOTA_RAISE_RECORDED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'quota-raise:record', path),
        scopePath: path,
        payload: input,
        occurredAt: this.now(),
      });
      return row!.id;
    });
  }

  /**
   * The quota raises recorded for a cycle (at most 1000), in the order
   * recorded: the teams' pool, and the members' pools of units in the
   * viewer's jurisdiction.
   */
  async quotaRaises(viewer: Viewer | null, cycle: { id: string }) {
    assertCan(viewer, 'assessment:read');
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT q.id, q.pool, q.organisation_id AS "organisationId", o.name AS "organisationName", q.rank_level AS "rankLevel", q.approved_by AS "approvedBy",
              q.document_ref AS "documentRef", to_char(q.approved_on, 'YYYY-MM-DD') AS "approvedOn", u.display_name AS "recordedByName", q.recorded_at AS "recordedAt"
         FROM quota_raise_approval q
         LEFT JOIN organisation o ON o.id = q.organisation_id
         LEFT JOIN user_account u ON u.id = q.recorded_by
        WHERE q.cycle_id = $1 AND (q.organisation_id IS NULL OR o.path LIKE ANY($2::text[]))
        ORDER BY q.recorded_at, q.id
        LIMIT 1000`,
      [cycle.id, subtreePatterns(scopeOf(viewer, 'assessment:read'))],
    );
    return rows;
  }
}
