import { validation } from '../common/errors.js';
import { readTable, type TableLimits } from '../common/spreadsheet.js';

export { parseCsv } from '../common/spreadsheet.js';

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
export async function parseIndicatorFile(fileName: string, contentBase64: string, limits?: TableLimits): Promise<IndicatorValueRow[]> {
  const table = await readTable(fileName, Buffer.from(contentBase64, 'base64'), limits);
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
