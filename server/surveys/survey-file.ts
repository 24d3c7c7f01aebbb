import { validation } from '../common/errors.js';
import { readTable } from '../common/spreadsheet.js';

/** A row of the survey firm's file, as read (checked by the service). */
export interface SurveyFileRow {
  line: number;
  organisationCode: string;
  responses: number;
  score: number | null;
  sd: number | null;
  /** Per-question scores by question code (upper case), for the cells not empty; NaN where a cell is not a number. */
  questionScores: Record<string, number>;
}

/** A row of a 好差评 file, as read (checked by the service). */
export interface RatingFileRow {
  line: number;
  organisationCode: string;
  period: string;
  levels: [number, number, number, number, number] | null;
  good: number | null;
  bad: number | null;
}

const SURVEY_HEADERS = {
  organisationCode: ['organisationcode', '单位代码', '单位编码'],
  responses: ['responses', '样本量', '有效样本量', '有效样本', '回收数'],
  score: ['score', '得分', '满意度', '综合得分', '总体满意度'],
  sd: ['sd', '标准差'],
};

const RATING_HEADERS = {
  organisationCode: ['organisationcode', '单位代码', '单位编码'],
  period: ['period', '期间', '统计期'],
  verySatisfied: ['verysatisfied', '非常满意'],
  satisfied: ['satisfied', '满意'],
  basicallySatisfied: ['basicallysatisfied', '基本满意'],
  dissatisfied: ['dissatisfied', '不满意'],
  veryDissatisfied: ['verydissatisfied', '非常不满意'],
  good: ['good', '好评', '好评数'],
  bad: ['bad', '差评', '差评数'],
};

/** A cell as a number: NaN when it holds text that is not one, null when empty. */
function numberOf(raw: unknown): number | null {
  if (typeof raw === 'number') return raw;
  const text = String(raw ?? '').trim().replace(/,/g, '');
  return text === '' ? null : Number(text);
}

async function table<K extends string>(fileName: string, contentBase64: string, headers: Record<K, string[]>) {
  const rows = await readTable(fileName, Buffer.from(contentBase64, 'base64'));
  const header = rows.shift();
  if (!header) throw validation([{ field: 'file', messages: ['is empty'] }]);
  const names = header.cells.map((c) => String(c ?? '').trim().toLowerCase());
  const column = Object.fromEntries(Object.entries<string[]>(headers).map(([key, aliases]) => [key, names.findIndex((n) => aliases.includes(n))])) as Record<K, number>;
  const data = rows.filter((r) => r.cells.some((c) => String(c ?? '').trim() !== ''));
  if (data.length === 0) throw validation([{ field: 'file', messages: ['has no data row'] }]);
  return { header, names, column, data };
}

/**
 * Reads the firm's file (.xlsx or .csv): a header row (Chinese or English),
 * then one row per organisation: its code, the responses, and an overall
 * score or one column per question of the questionnaire (headed by the
 * question's code), optionally the standard deviation.
 */
export async function parseSurveyFile(fileName: string, contentBase64: string, questionCodes: readonly string[]): Promise<SurveyFileRow[]> {
  const { header, names, column, data } = await table(fileName, contentBase64, SURVEY_HEADERS);
  const questionColumns = questionCodes.map((code) => [code.toUpperCase(), names.indexOf(code.toLowerCase())] as const).filter(([, i]) => i >= 0);
  const missing = (['organisationCode', 'responses'] as const).filter((k) => column[k] < 0);
  if (column.score < 0 && questionColumns.length < questionCodes.length) missing.push('score or every question' as never);
  if (missing.length) throw validation([{ field: `line ${header.line}`, messages: [`missing column(s): ${missing.join(', ')}`] }]);
  return data.map(({ line, cells }) => ({
    line,
    organisationCode: String(cells[column.organisationCode] ?? '').trim(),
    responses: numberOf(cells[column.responses]) ?? Number.NaN,
    score: column.score < 0 ? null : numberOf(cells[column.score]),
    sd: column.sd < 0 ? null : numberOf(cells[column.sd]),
    questionScores: Object.fromEntries(questionColumns.flatMap(([code, i]) => { const v = numberOf(cells[i]); return v === null ? [] : [[code, v]]; })),
  }));
}

/**
 * Reads a 好差评 file (.xlsx or .csv): per department and period, the counts
 * of the five levels (非常满意 … 非常不满意) or the good and bad counts.
 */
export async function parseRatingFile(fileName: string, contentBase64: string): Promise<RatingFileRow[]> {
  const { header, column, data } = await table(fileName, contentBase64, RATING_HEADERS);
  const levels = ['verySatisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied', 'veryDissatisfied'] as const;
  const hasLevels = levels.every((k) => column[k] >= 0);
  const hasGoodBad = column.good >= 0 && column.bad >= 0;
  const missing: string[] = (['organisationCode', 'period'] as const).filter((k) => column[k] < 0);
  if (!hasLevels && !hasGoodBad) missing.push('the five levels or good and bad');
  if (missing.length) throw validation([{ field: `line ${header.line}`, messages: [`missing column(s): ${missing.join(', ')}`] }]);
  return data.map(({ line, cells }) => ({
    line,
    organisationCode: String(cells[column.organisationCode] ?? '').trim(),
    period: String(cells[column.period] ?? '').trim(),
    levels: hasLevels ? (levels.map((k) => numberOf(cells[column[k]]) ?? 0) as RatingFileRow['levels'] & object) : null,
    good: hasLevels ? null : numberOf(cells[column.good]),
    bad: hasLevels ? null : numberOf(cells[column.bad]),
  }));
}
