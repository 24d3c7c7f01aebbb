import type { Writable } from 'node:stream';
import { format as csvFormat } from '@fast-csv/format';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';
import { SHEETS, type SheetKey } from './roster-sheets.js';
import {
  EMPLOYMENT_STATUS_WORDS,
  GENDER_WORDS,
  ORGANISATION_CATEGORY_WORDS,
  ORGANISATION_KIND_WORDS,
  POPULATION_WORDS,
  POSITION_TYPE_WORDS,
  RANK_LEVEL_WORDS,
  STATUS_KIND_WORDS,
  wordOf,
} from './roster-words.js';

/**
 * The roster as the import reads it: the same three sheets with the same
 * headers and words, so that an export imported back shows no difference.
 * Rows are read in keyset pages and written as they come (exceljs's streaming
 * WorkbookWriter, fast-csv's formatter), so a jurisdiction of 100,000 cadres
 * never sits in memory. A managing jurisdiction is written only where it is
 * not the default rule's.
 */
const PAGE = 5000;
const yesNo = (b: boolean) => (b ? '是' : '否');
type Words = Readonly<Record<string, readonly [string, ...string[]]>>;
const word = (words: Words, code: string) => (code in words ? wordOf(words, code) : code);

export const SHEET_SLUGS: Record<string, SheetKey> = { organisations: 'ORGANISATIONS', cadres: 'CADRES', statuses: 'STATUSES' };

/** The organisation an export covers: the one asked for, inside the viewer's jurisdiction, or the viewer's first jurisdiction. */
export async function exportRoot(dataSource: DataSource, viewer: Viewer | null, organisationId: string | null): Promise<{ path: string; code: string }> {
  assertCan(viewer, 'roster:import');
  const scope = scopeOf(viewer, 'roster:import');
  const rows: Array<{ path: string; code: string }> = organisationId
    ? await dataSource.query(`SELECT path, code FROM organisation WHERE id = $1`, [organisationId])
    : await dataSource.query(`SELECT path, code FROM organisation WHERE path = $1`, [scope[0]]);
  const root = rows[0];
  if (!root) throw new AppError('NOT_FOUND', 'Organisation not found');
  if (!scope.some((s) => root.path.startsWith(s))) throw new AppError('FORBIDDEN', 'roster:import is outside your jurisdiction', { permission: 'roster:import' });
  return root;
}

async function* pages(dataSource: DataSource, sheet: SheetKey, prefix: string): AsyncGenerator<string[][]> {
  let after = '';
  let afterLine = '';
  for (;;) {
    let rows: Array<{ k: string; k2: string; cells: string[] }>;
    if (sheet === 'ORGANISATIONS') {
      const found: Array<{ k: string; k2: string; code: string; name: string; parent: string | null; kind: string; category: string; restricted: boolean; retired: string | null }> = await dataSource.query(
        `SELECT o.path AS k, '' AS k2, o.code, o.name, p.code AS parent, o.kind, o.category, o.restricted_development AS restricted, o.retired_on::text AS retired
           FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id
          WHERE o.path LIKE $1 AND o.path > $2 ORDER BY o.path LIMIT $3`,
        [`${prefix}%`, after, PAGE],
      );
      // Sorted by path, a parent always comes before its children.
      rows = found.map((o) => ({ k: o.k, k2: '', cells: [o.code, o.name, o.parent ?? '', word(ORGANISATION_KIND_WORDS, o.kind), word(ORGANISATION_CATEGORY_WORDS, o.category), yesNo(o.restricted), o.retired ?? ''] }));
    } else if (sheet === 'CADRES') {
      const found: Array<Record<string, string | boolean | null>> = await dataSource.query(
        `SELECT c.person_no AS k, c.name, c.gender, c.birth_date::text AS birth, u.code AS unit, c.post, c.rank_level, c.position_type, c.population, c.team_member,
                CASE WHEN c.managing_organisation_id <> default_managing_organisation(c.organisation_id, c.rank_level) THEN m.code END AS managing,
                c.took_post_on::text AS took, c.employment_status
           FROM cadre c JOIN organisation u ON u.id = c.organisation_id JOIN organisation m ON m.id = c.managing_organisation_id
          WHERE u.path LIKE $1 AND c.person_no > $2 ORDER BY c.person_no LIMIT $3`,
        [`${prefix}%`, after, PAGE],
      );
      const s = (v: unknown) => (v === null || v === undefined ? '' : String(v as string));
      rows = found.map((c) => ({
        k: s(c.k),
        k2: '',
        cells: [s(c.k), s(c.name), word(GENDER_WORDS, s(c.gender)), s(c.birth), s(c.unit), s(c.post), word(RANK_LEVEL_WORDS, s(c.rank_level)), word(POSITION_TYPE_WORDS, s(c.position_type)),
          word(POPULATION_WORDS, s(c.population)), yesNo(c.team_member === true), s(c.managing), s(c.took), word(EMPLOYMENT_STATUS_WORDS, s(c.employment_status))],
      }));
    } else {
      const found: Array<{ k: string; k2: string; kind: string; starts: string; ends: string | null; note: string }> = await dataSource.query(
        `SELECT c.person_no AS k, p.id::text AS k2, p.kind, p.starts_on::text AS starts, p.ends_on::text AS ends, p.note
           FROM cadre_status_period p JOIN cadre c ON c.id = p.cadre_id JOIN organisation u ON u.id = c.organisation_id
          WHERE u.path LIKE $1 AND (c.person_no, p.id::text) > ($2, $4) ORDER BY c.person_no, p.id::text LIMIT $3`,
        [`${prefix}%`, after, PAGE, afterLine],
      );
      rows = found.map((p) => ({ k: p.k, k2: p.k2, cells: [p.k, word(STATUS_KIND_WORDS, p.kind), p.starts, p.ends ?? '', p.note] }));
    }
    if (rows.length === 0) return;
    yield rows.map((r) => r.cells);
    const last = rows[rows.length - 1]!;
    after = last.k;
    afterLine = last.k2;
    if (rows.length < PAGE) return;
  }
}

/** The three sheets as one workbook, streamed into `out`; only the header and example rows for a template. */
export async function writeRosterWorkbook(out: Writable, source: { dataSource: DataSource; prefix: string } | 'template'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  for (const key of ['ORGANISATIONS', 'CADRES', 'STATUSES'] as const) {
    const sheet = workbook.addWorksheet(SHEETS[key].name);
    sheet.addRow([...SHEETS[key].headers]).commit();
    if (source === 'template') sheet.addRow([...SHEETS[key].example]).commit();
    else for await (const page of pages(source.dataSource, key, source.prefix)) for (const cells of page) sheet.addRow(cells).commit();
    sheet.commit();
  }
  await workbook.commit();
}

/** One sheet as CSV (UTF-8 with BOM, which Excel opens as such), streamed into `out`. */
export async function writeRosterCsv(out: Writable, sheet: SheetKey, source: { dataSource: DataSource; prefix: string } | 'template'): Promise<void> {
  const csv = csvFormat({ writeBOM: true });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    csv.on('error', reject);
  });
  csv.pipe(out);
  const write = async (cells: readonly string[]) => {
    if (!csv.write([...cells])) await new Promise((resolve) => csv.once('drain', resolve));
  };
  await write(SHEETS[sheet].headers);
  if (source === 'template') await write(SHEETS[sheet].example);
  else for await (const page of pages(source.dataSource, sheet, source.prefix)) for (const cells of page) await write(cells);
  csv.end();
  await done;
}
