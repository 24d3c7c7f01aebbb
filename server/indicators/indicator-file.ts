import ExcelJS from 'exceljs';
import { validation } from '../common/errors.js';

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
 * Reads an indicator file (.xlsx or .csv): a header row, then one row per
 * organisation or cadre × indicator. Headers in Chinese or English; lines
 * are numbered as in the file (the header is line 1).
 */
export async function parseIndicatorFile(fileName: string, contentBase64: string): Promise<IndicatorValueRow[]> {
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
