import type { EntityManager } from 'typeorm';
import type { RosterRowSink } from './roster-file.js';
import {
  readCadre,
  readOrganisation,
  readStatus,
  REASON_CODES,
  SHEETS,
  type OrganisationRow,
  type ReasonCode,
  type RowReason,
  type SheetKey,
} from './roster-sheets.js';

/**
 * Staging a roster file: each row read and checked alone as it streams in,
 * written in batches with one INSERT … SELECT FROM unnest per batch; then the
 * checks that need the whole file and the database, made set-based in SQL
 * (cadres, status facts) or over the organisations, which are few, in memory.
 */
const BATCH = 2000;

export interface StagedError {
  sheet: SheetKey | 'FILE';
  line: number;
  code: ReasonCode;
  field: string | null;
  value: string | null;
}

export const reasonMessage = (e: { code: ReasonCode; field: string | null; value: string | null }) =>
  `${e.field ? `${e.field}：` : ''}${REASON_CODES[e.code]}${e.value ? `（${e.value}）` : ''}`;

export interface StagedOrganisation extends OrganisationRow {
  line: number;
}

export class RosterStager implements RosterRowSink {
  readonly organisations: StagedOrganisation[] = [];
  private cadres: unknown[][] = [];
  private statuses: unknown[][] = [];
  private errors: StagedError[] = [];
  counts = { ORGANISATIONS: 0, CADRES: 0, STATUSES: 0 } as Record<SheetKey, number>;
  errorCount = 0;

  constructor(private readonly manager: EntityManager, private readonly importId: string) {}

  async row(sheet: SheetKey, line: number, cells: Record<string, string>): Promise<void> {
    this.counts[sheet] += 1;
    let reasons: RowReason[];
    if (sheet === 'ORGANISATIONS') {
      const read = readOrganisation(cells);
      reasons = read.reasons;
      if (reasons.length === 0) this.organisations.push({ ...read.row, line });
    } else if (sheet === 'CADRES') {
      const { row: c, reasons: r } = readCadre(cells);
      reasons = r;
      if (r.length === 0) {
        this.cadres.push([line, c.personNo, c.name, c.gender, c.birthDate, c.unitCode, c.post, c.rankLevel, c.positionType, c.population, c.teamMember, c.managingCode, c.tookPostOn, c.employmentStatus]);
      }
    } else {
      const { row: s, reasons: r } = readStatus(cells);
      reasons = r;
      if (r.length === 0) this.statuses.push([line, s.personNo, s.kind, s.startsOn, s.endsOn, s.note]);
    }
    for (const reason of reasons) this.error({ sheet, line, ...reason });
    if (this.cadres.length >= BATCH || this.statuses.length >= BATCH || this.errors.length >= BATCH) await this.flush();
  }

  error(e: StagedError) {
    this.errors.push(e);
    this.errorCount += 1;
  }

  async flush(): Promise<void> {
    const columns = (rows: unknown[][]) => (rows[0] ?? []).map((_, i) => rows.map((r) => r[i]));
    if (this.cadres.length > 0) {
      await this.manager.query(
        `INSERT INTO roster_import_cadre (import_id, line, person_no, name, gender, birth_date, unit_code, post, rank_level, position_type, population, team_member, managing_code, took_post_on, employment_status)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[], $13::text[], $14::date[], $15::text[])`,
        [this.importId, ...columns(this.cadres)],
      );
      this.cadres = [];
    }
    if (this.statuses.length > 0) {
      await this.manager.query(
        `INSERT INTO roster_import_status (import_id, line, person_no, kind, starts_on, ends_on, note)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[])`,
        [this.importId, ...columns(this.statuses)],
      );
      this.statuses = [];
    }
    if (this.errors.length > 0) {
      const rows = this.errors.map((e) => [e.sheet, e.line, e.code, e.field, e.value, reasonMessage(e)]);
      await this.manager.query(
        `INSERT INTO roster_import_error (import_id, sheet, line, code, field, value, message)
         SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [this.importId, ...columns(rows)],
      );
      this.errors = [];
    }
  }

  /** The organisations, checked against each other, the tree in the database and the importer's jurisdiction. */
  async checkOrganisations(scopePaths: string[]): Promise<void> {
    const db: Array<{ id: string; code: string; parent_code: string | null; path: string }> = await this.manager.query(
      `SELECT o.id, o.code, p.code AS parent_code, o.path FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id`,
    );
    const inDb = new Map(db.map((o) => [o.code, o]));
    const inScope = (path: string) => scopePaths.some((s) => path.startsWith(s));
    const scopeCodes = new Set(db.filter((o) => scopePaths.includes(o.path)).map((o) => o.code));
    const parentOf = new Map<string, string | null>(db.map((o) => [o.code, o.parent_code]));
    const seen = new Set<string>();
    const fileCodes = new Set<string>();
    const org = (o: StagedOrganisation, code: ReasonCode, field: string | null, value: string | null) =>
      this.error({ sheet: 'ORGANISATIONS', line: o.line, code, field, value });
    for (const o of this.organisations) {
      if (seen.has(o.code)) org(o, 'DUPLICATE_CODE', '单位代码', o.code);
      seen.add(o.code);
      fileCodes.add(o.code);
      parentOf.set(o.code, o.parentCode);
    }
    for (const o of this.organisations) {
      const existing = inDb.get(o.code);
      if (o.parentCode === null) {
        if (!existing || existing.parent_code !== null) org(o, 'MISSING_FIELD', '上级单位代码', null);
      } else if (!fileCodes.has(o.parentCode) && !inDb.has(o.parentCode)) {
        org(o, 'UNKNOWN_PARENT', '上级单位代码', o.parentCode);
        continue;
      }
      const chain: string[] = [];
      let at: string | null | undefined = o.code;
      let cycle = false;
      while (at) {
        if (chain.includes(at)) {
          cycle = true;
          break;
        }
        chain.push(at);
        at = parentOf.get(at);
      }
      if (cycle) {
        org(o, 'PARENT_CYCLE', '上级单位代码', o.parentCode);
        continue;
      }
      if ((existing && !inScope(existing.path)) || !chain.some((c) => scopeCodes.has(c))) org(o, 'OUTSIDE_JURISDICTION', '单位代码', o.code);
      else if (existing && scopeCodes.has(o.code) && existing.parent_code !== o.parentCode) org(o, 'ROOT_MOVED', '上级单位代码', o.parentCode);
    }
  }

  /** Duplicates, units, managing units, cadres and the jurisdiction, set-based over the staged cadres and status facts. */
  async checkCadresAndStatuses(scopePaths: string[]): Promise<void> {
    await this.flush();
    // Fresh statistics for the rows just staged, or the planner takes 100,000 rows for a handful.
    await this.manager.query(`ANALYZE roster_import_organisation, roster_import_cadre, roster_import_status`);
    const checks: Array<{ sheet: SheetKey; code: ReasonCode; field: string; value: string; from: string }> = [
      {
        sheet: 'CADRES', code: 'DUPLICATE_PERSON_NO', field: '干部编号', value: 's.person_no',
        from: `roster_import_cadre s WHERE s.import_id = $1 AND EXISTS (SELECT 1 FROM roster_import_cadre e WHERE e.import_id = $1 AND e.person_no = s.person_no AND e.line < s.line)`,
      },
      {
        sheet: 'CADRES', code: 'UNKNOWN_UNIT', field: '所在单位代码', value: 's.unit_code',
        from: `roster_import_cadre s WHERE s.import_id = $1 AND NOT EXISTS (SELECT 1 FROM roster_import_organisation f WHERE f.import_id = $1 AND f.code = s.unit_code) AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = s.unit_code)`,
      },
      {
        sheet: 'CADRES', code: 'OUTSIDE_JURISDICTION', field: '所在单位代码', value: 's.unit_code',
        from: `roster_import_cadre s JOIN organisation o ON o.code = s.unit_code WHERE s.import_id = $1 AND NOT o.path LIKE ANY ($2::text[])
               AND NOT EXISTS (SELECT 1 FROM roster_import_organisation f WHERE f.import_id = $1 AND f.code = s.unit_code)`,
      },
      {
        sheet: 'CADRES', code: 'OUTSIDE_JURISDICTION', field: '干部编号', value: 's.person_no',
        from: `roster_import_cadre s JOIN cadre c ON c.person_no = s.person_no JOIN organisation o ON o.id = c.organisation_id WHERE s.import_id = $1 AND NOT o.path LIKE ANY ($2::text[])`,
      },
      {
        sheet: 'CADRES', code: 'UNKNOWN_MANAGING_UNIT', field: '管理权限单位代码', value: 's.managing_code',
        from: `roster_import_cadre s WHERE s.import_id = $1 AND s.managing_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM roster_import_organisation f WHERE f.import_id = $1 AND f.code = s.managing_code) AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.code = s.managing_code)`,
      },
      {
        sheet: 'STATUSES', code: 'DUPLICATE_STATUS', field: '开始日期', value: 's.starts_on::text',
        from: `roster_import_status s WHERE s.import_id = $1 AND EXISTS (SELECT 1 FROM roster_import_status e WHERE e.import_id = $1 AND e.person_no = s.person_no AND e.kind = s.kind AND e.starts_on = s.starts_on AND e.line < s.line)`,
      },
      {
        sheet: 'STATUSES', code: 'UNKNOWN_CADRE', field: '干部编号', value: 's.person_no',
        from: `roster_import_status s WHERE s.import_id = $1 AND NOT EXISTS (SELECT 1 FROM roster_import_cadre f WHERE f.import_id = $1 AND f.person_no = s.person_no) AND NOT EXISTS (SELECT 1 FROM cadre c WHERE c.person_no = s.person_no)`,
      },
      {
        sheet: 'STATUSES', code: 'OUTSIDE_JURISDICTION', field: '干部编号', value: 's.person_no',
        from: `roster_import_status s JOIN cadre c ON c.person_no = s.person_no JOIN organisation o ON o.id = c.organisation_id WHERE s.import_id = $1 AND NOT o.path LIKE ANY ($2::text[])
               AND NOT EXISTS (SELECT 1 FROM roster_import_cadre f WHERE f.import_id = $1 AND f.person_no = s.person_no)`,
      },
    ];
    const patterns = scopePaths.map((p) => `${p}%`);
    for (const c of checks) {
      const message = `'${c.field}：${REASON_CODES[c.code]}（' || ${c.value} || '）'`;
      const rows: Array<{ n: number }> = await this.manager.query(
        `WITH ins AS (INSERT INTO roster_import_error (import_id, sheet, line, code, field, value, message)
           SELECT $1, '${c.sheet}', s.line, '${c.code}', '${c.field}', ${c.value}, ${message} FROM ${c.from} RETURNING 1)
         SELECT count(*)::int AS n FROM ins`,
        c.from.includes('$2') ? [this.importId, patterns] : [this.importId],
      );
      this.errorCount += rows[0]?.n ?? 0;
    }
  }

  /** The valid organisations, staged (after the checks, so that only they reach the table). */
  async stageOrganisations(): Promise<void> {
    const rows = this.organisations;
    if (rows.length === 0) return;
    await this.manager.query(
      `INSERT INTO roster_import_organisation (import_id, line, code, name, parent_code, kind, category, restricted_development, retired_on)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[], $9::date[])`,
      [
        this.importId,
        rows.map((o) => o.line),
        rows.map((o) => o.code),
        rows.map((o) => o.name),
        rows.map((o) => o.parentCode),
        rows.map((o) => o.kind),
        rows.map((o) => o.category),
        rows.map((o) => o.restrictedDevelopment),
        rows.map((o) => o.retiredOn),
      ],
    );
  }
}

export const SHEET_NAMES: Record<SheetKey | 'FILE', string> = { FILE: '文件', ORGANISATIONS: SHEETS.ORGANISATIONS.name, CADRES: SHEETS.CADRES.name, STATUSES: SHEETS.STATUSES.name };
