import { validation } from '../common/errors.js';
import { readTable } from '../common/spreadsheet.js';

/** One line of a business-assessment result file, or one result entered by hand. */
export interface BusinessResultRow {
  organisationCode: string;
  score: number | null;
  passed: boolean | null;
  note: string;
  /** Unreadable cells of the line, in words (a score that is not a number, a pass that is neither 通过 nor 不通过). */
  unreadable?: string[];
  /** Line in the file (the header is line 1); absent for manual entry. */
  line?: number;
}

const HEADERS = {
  organisationCode: ['organisationcode', '单位代码', '单位编码'],
  score: ['score', '得分', '分数'],
  passed: ['passed', '是否通过', '结果'],
  note: ['note', '备注', '说明'],
} as const;

const PASS = new Set(['通过', '合格', '是', 'pass', 'passed', 'true', 'yes', '1']);
const FAIL = new Set(['不通过', '不合格', '否', 'fail', 'failed', 'false', 'no', '0']);

/**
 * Reads a business-assessment result file (.xlsx or .csv): a header row
 * (单位代码, then 得分 for a scored assessment or 是否通过 for a gate, and
 * 备注), then one unit per line. Lines are numbered as in the file.
 */
export async function parseBusinessFile(fileName: string, contentBase64: string): Promise<BusinessResultRow[]> {
  const table = await readTable(fileName, Buffer.from(contentBase64, 'base64'));
  const header = table.shift();
  if (!header) throw validation([{ field: 'file', messages: ['is empty'] }]);
  const names = header.cells.map((c) => String(c ?? '').trim().toLowerCase());
  const column = Object.fromEntries(Object.entries(HEADERS).map(([key, aliases]) => [key, names.findIndex((n) => (aliases as readonly string[]).includes(n))])) as Record<keyof typeof HEADERS, number>;
  if (column.organisationCode < 0 || (column.score < 0 && column.passed < 0)) {
    throw validation([{ field: `line ${header.line}`, messages: ['the header needs 单位代码 and 得分 (a scored assessment) or 是否通过 (a gate)'] }]);
  }
  const cell = (cells: unknown[], i: number) => (i < 0 ? '' : String(cells[i] ?? '').trim());
  return table
    .filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''))
    .map(({ line, cells }) => {
      const unreadable: string[] = [];
      const rawScore = column.score < 0 ? null : cells[column.score];
      let score: number | null = null;
      if (typeof rawScore === 'number') score = rawScore;
      else if (String(rawScore ?? '').trim() !== '') {
        score = Number(String(rawScore).trim());
        if (!Number.isFinite(score)) {
          unreadable.push(`score "${String(rawScore).trim()}" is not a number`);
          score = null;
        }
      }
      const rawPass = cell(cells, column.passed).toLowerCase();
      let passed: boolean | null = null;
      if (rawPass !== '') {
        if (PASS.has(rawPass)) passed = true;
        else if (FAIL.has(rawPass)) passed = false;
        else unreadable.push(`"${cell(cells, column.passed)}" is neither 通过 nor 不通过`);
      }
      return { line, organisationCode: cell(cells, column.organisationCode), score, passed, note: cell(cells, column.note), unreadable };
    });
}
