import ExcelJS from 'exceljs';
import type { DataSource, EntityManager } from 'typeorm';
import { ORGANISATION_CATEGORIES } from '../../workflows/org/categories.js';
import { indicatorsOf, validateScheme, type SchemeError, type SchemeTree } from '../../workflows/indicators/scheme.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, can, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { AppError, notFound, validation, type FieldError } from '../common/errors.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { pinnedSchemes, schemeFor } from './rollup.js';

export interface SchemeVersionRow {
  id: string;
  schemeId: string;
  jurisdictionId: string;
  category: string;
  name: string;
  version: number;
  status: 'DRAFT' | 'PUBLISHED';
  effectiveFrom: string | null;
  tree: SchemeTree;
  note: string;
  createdAt: Date;
  publishedAt: Date | null;
  /** Problems the validator finds (a draft may have some; a published version has none). */
  issues: SchemeError[];
}

export interface IndicatorValueRow {
  organisationCode?: string | null;
  personNo?: string | null;
  indicatorCode: string;
  value: number;
  period: string;
  source: string;
  /** Line in the file (the header is line 1); absent for manual entry. */
  line?: number;
}

const VERSION_COLUMNS = `v.id, v.scheme_id AS "schemeId", s.jurisdiction_id AS "jurisdictionId", s.category, s.name, v.version, v.status,
  to_char(v.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", v.tree, v.note, v.created_at AS "createdAt", v.published_at AS "publishedAt", j.path AS "jurisdictionPath"`;

/** Column headers accepted in an indicator file, Chinese (statistics bureau) or English. */
const HEADERS: Record<keyof Omit<IndicatorValueRow, 'line'>, string[]> = {
  organisationCode: ['organisationcode', '单位代码', '单位编码'],
  personNo: ['personno', '干部编号', '人员编号'],
  indicatorCode: ['indicatorcode', '指标代码', '指标编码'],
  value: ['value', '数值', '指标值'],
  period: ['period', '期间', '统计期'],
  source: ['source', '来源', '数据来源'],
};

/**
 * Indicator schemes (drafts, publication), indicator data (file import and
 * manual entry), members' responsibilities for team indicators, and the
 * recorded approvals that raise a pool's excellent quota. Every change is one
 * transaction with its audit row.
 */
export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async organisation(m: EntityManager, id: string): Promise<Organisation> {
    const org = await m.getRepository(Organisation).findOneBy({ id });
    if (!org) throw notFound('Organisation');
    return org;
  }

  /** The validator's rules from the jurisdiction's rule set, and whether the scheme covers a restricted-development zone. */
  private async check(m: EntityManager, jurisdiction: Organisation, category: string, tree: unknown, day: string): Promise<SchemeError[]> {
    const { settings } = await effectiveRuleSet(m, jurisdiction, day);
    const [{ restricted }] = (await m.query(`SELECT EXISTS (SELECT 1 FROM organisation WHERE path LIKE $1 || '%' AND category = $2 AND restricted_development) AS restricted`, [
      jurisdiction.path,
      category,
    ])) as [{ restricted: boolean }];
    return validateScheme(tree, {
      gdpMayBeMainIndicator: settings.scoring.gdpMayBeMainIndicator,
      gdpWeightInRestrictedZones: settings.scoring.gdpWeightInRestrictedZones,
      restrictedZone: restricted,
    });
  }

  private async withIssues(m: EntityManager, rows: Array<SchemeVersionRow & { jurisdictionPath?: string }>): Promise<SchemeVersionRow[]> {
    const orgs = new Map<string, Organisation>();
    const day = chinaDay(this.now());
    for (const r of rows) {
      if (!orgs.has(r.jurisdictionId)) orgs.set(r.jurisdictionId, await this.organisation(m, r.jurisdictionId));
      r.issues = await this.check(m, orgs.get(r.jurisdictionId)!, r.category, r.tree, r.effectiveFrom ?? day);
      delete r.jurisdictionPath;
    }
    return rows;
  }

  /** Every version of the schemes of a jurisdiction, newest first. */
  async versions(viewer: Viewer | null, jurisdictionId: string): Promise<SchemeVersionRow[]> {
    const org = await this.organisation(this.dataSource.manager, jurisdictionId);
    assertCan(viewer, 'indicator-scheme:read', org.path);
    const rows: SchemeVersionRow[] = await this.dataSource.query(
      `SELECT ${VERSION_COLUMNS} FROM indicator_scheme_version v JOIN indicator_scheme s ON s.id = v.scheme_id JOIN organisation j ON j.id = s.jurisdiction_id
        WHERE s.jurisdiction_id = $1 ORDER BY s.category, v.version DESC`,
      [jurisdictionId],
    );
    return this.withIssues(this.dataSource.manager, rows);
  }

  async version(viewer: Viewer | null, id: string, m: EntityManager = this.dataSource.manager): Promise<SchemeVersionRow> {
    const [row] = (await m.query(
      `SELECT ${VERSION_COLUMNS} FROM indicator_scheme_version v JOIN indicator_scheme s ON s.id = v.scheme_id JOIN organisation j ON j.id = s.jurisdiction_id WHERE v.id = $1`,
      [id],
    )) as Array<SchemeVersionRow & { jurisdictionPath: string }>;
    if (!row) throw notFound('Indicator scheme version');
    assertCan(viewer, 'indicator-scheme:read', row.jurisdictionPath);
    return (await this.withIssues(m, [row]))[0]!;
  }

  /**
   * Saves the draft of a jurisdiction's scheme for a category: the open draft
   * is updated, or a new draft version is started. A draft may carry problems;
   * they are listed with it and block only its publication.
   */
  async saveDraft(viewer: Viewer | null, input: { jurisdictionId: string; category: string; name: string; tree: Record<string, unknown>; note: string }): Promise<SchemeVersionRow> {
    assertCan(viewer, 'indicator-scheme:write');
    if (!(ORGANISATION_CATEGORIES as readonly string[]).includes(input.category)) throw validation([{ field: 'input.category', messages: ['is not an organisation category'] }]);
    const id = await this.dataSource.transaction(async (m) => {
      const org = await this.organisation(m, input.jurisdictionId);
      assertCan(viewer, 'indicator-scheme:write', org.path);
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`indicator_scheme:${org.id}:${input.category}`]);
      const [scheme] = (await m.query(
        `INSERT INTO indicator_scheme (jurisdiction_id, category, name, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (jurisdiction_id, category) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [org.id, input.category, input.name, viewer.userId],
      )) as Array<{ id: string }>;
      const [draft] = (await m.query(`SELECT id, version FROM indicator_scheme_version WHERE scheme_id = $1 AND status = 'DRAFT'`, [scheme!.id])) as Array<{ id: string; version: number }>;
      let versionId: string;
      let version: number;
      if (draft) {
        await m.query(`UPDATE indicator_scheme_version SET tree = $2, note = $3, updated_at = $4 WHERE id = $1`, [draft.id, JSON.stringify(input.tree), input.note, this.now()]);
        versionId = draft.id;
        version = draft.version;
      } else {
        const [created] = (await m.query(
          `INSERT INTO indicator_scheme_version (scheme_id, version, status, tree, note, created_by, created_at, updated_at)
           SELECT $1, coalesce(max(version), 0) + 1, 'DRAFT', $2, $3, $4, $5, $5 FROM indicator_scheme_version WHERE scheme_id = $1 RETURNING id, version`,
          [scheme!.id, JSON.stringify(input.tree), input.note, viewer.userId, this.now()],
        )) as Array<{ id: string; version: number }>;
        versionId = created!.id;
        version = created!.version;
      }
      await appendAudit(m, {
        entityType: 'indicator_scheme',
        entityId: scheme!.id,
        action: draft ? 'INDICATOR_SCHEME_DRAFT_SAVED' : 'INDICATOR_SCHEME_DRAFT_STARTED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-scheme:write', org.path),
        scopePath: org.path,
        payload: { versionId, version, category: input.category, name: input.name, tree: input.tree, note: input.note },
        occurredAt: this.now(),
      });
      return versionId;
    });
    return this.version(viewer, id);
  }

  /** Publishes a draft from a date, only when the validator finds nothing; from then on the version never changes. */
  async publish(viewer: Viewer | null, versionId: string, effectiveFrom: string): Promise<SchemeVersionRow> {
    assertCan(viewer, 'indicator-scheme:write');
    await this.dataSource.transaction(async (m) => {
      const row = await this.version(viewer, versionId, m);
      const org = await this.organisation(m, row.jurisdictionId);
      assertCan(viewer, 'indicator-scheme:write', org.path);
      if (row.status !== 'DRAFT') throw new AppError('CONFLICT', `Version ${row.version} is already published and cannot change`);
      const issues = await this.check(m, org, row.category, row.tree, effectiveFrom);
      if (issues.length) {
        throw new AppError('VALIDATION', `The scheme is not valid: ${issues.map((e) => `${e.node} ${e.code}`).join('; ')}`, {
          fields: issues.map((e) => ({ field: `tree.${e.node}`, messages: [`${e.code}: ${e.message}`] })),
          issues,
        });
      }
      const clash: unknown[] = await m.query(`SELECT 1 FROM indicator_scheme_version WHERE scheme_id = $1 AND status = 'PUBLISHED' AND effective_from = $2`, [row.schemeId, effectiveFrom]);
      if (clash.length) throw new AppError('CONFLICT', `A version effective from ${effectiveFrom} already exists; choose another date`);
      await m.query(`UPDATE indicator_scheme_version SET status = 'PUBLISHED', effective_from = $2, published_by = $3, published_at = $4 WHERE id = $1`, [
        versionId,
        effectiveFrom,
        viewer.userId,
        this.now(),
      ]);
      await appendAudit(m, {
        entityType: 'indicator_scheme',
        entityId: row.schemeId,
        action: 'INDICATOR_SCHEME_PUBLISHED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'indicator-scheme:write', org.path),
        scopePath: org.path,
        payload: { versionId, version: row.version, effectiveFrom },
        occurredAt: this.now(),
      });
    });
    return this.version(viewer, versionId);
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
   * Reads an indicator file (.xlsx or .csv): a header row, then one row per
   * organisation or cadre × indicator. Headers in Chinese or English; lines
   * are numbered as in the file (the header is line 1).
   */
  static async parseIndicatorFile(fileName: string, contentBase64: string): Promise<IndicatorValueRow[]> {
    const buffer = Buffer.from(contentBase64, 'base64');
    let table: Array<{ line: number; cells: unknown[] }>;
    if (/\.xlsx$/i.test(fileName)) {
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      } catch {
        throw validation([{ field: 'file', messages: ['is not a readable .xlsx workbook'] }]);
      }
      const sheet = workbook.worksheets[0];
      if (!sheet) throw validation([{ field: 'file', messages: ['has no worksheet'] }]);
      table = [];
      sheet.eachRow({ includeEmpty: false }, (row, line) => {
        const cells: unknown[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
          const v = row.getCell(c).value;
          cells.push(v !== null && typeof v === 'object' && 'result' in v ? v.result : v !== null && typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : v);
        }
        table.push({ line, cells });
      });
    } else if (/\.csv$/i.test(fileName)) {
      table = parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
    } else {
      throw validation([{ field: 'fileName', messages: ['must end in .xlsx or .csv'] }]);
    }
    const header = table.shift();
    if (!header) throw validation([{ field: 'file', messages: ['is empty'] }]);
    const names = header.cells.map((c) => String(c ?? '').trim().toLowerCase());
    const column = Object.fromEntries(Object.entries(HEADERS).map(([key, aliases]) => [key, names.findIndex((n) => aliases.includes(n))])) as Record<keyof typeof HEADERS, number>;
    const missing = (['indicatorCode', 'value', 'period', 'source'] as const).filter((k) => column[k] < 0);
    if (column.organisationCode < 0 && column.personNo < 0) missing.unshift('organisationCode or personNo' as never);
    if (missing.length) throw validation([{ field: `line ${header.line}`, messages: [`missing column(s): ${missing.join(', ')}`] }]);
    const text = (cells: unknown[], k: keyof typeof HEADERS) => (column[k] < 0 ? '' : String(cells[column[k]] ?? '').trim());
    return table
      .filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''))
      .map(({ line, cells }) => {
        const raw = column.value < 0 ? null : cells[column.value];
        const value = typeof raw === 'number' ? raw : String(raw ?? '').trim() === '' ? Number.NaN : Number(String(raw).replace(/,/g, ''));
        return {
          line,
          organisationCode: text(cells, 'organisationCode') || null,
          personNo: text(cells, 'personNo') || null,
          indicatorCode: text(cells, 'indicatorCode'),
          value,
          period: text(cells, 'period'),
          source: text(cells, 'source'),
        };
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
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Lines are numbered from 1. */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) out.push({ line: start, cells: [...cells, cell] });
  return out;
}
