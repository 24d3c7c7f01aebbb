import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { validation } from './errors.js';

/**
 * Reading an uploaded table (.xlsx or .csv) within bounds: the file's size,
 * the decoded size of a workbook (refused from the zip's directory before
 * anything is expanded: a small compressed file can hold gigabytes) and the
 * number of rows (the workbook is read as a stream and reading stops at the
 * limit). Every refusal is a VALIDATION error on `file`.
 */
export interface TableLimits {
  /** The file as uploaded, in bytes. */
  maxBytes: number;
  /** The sum of a workbook's entries once decompressed, in bytes. */
  maxDecodedBytes: number;
  /** Data rows (the header not counted). */
  maxRows: number;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = { maxBytes: 8 * 1024 * 1024, maxDecodedBytes: 64 * 1024 * 1024, maxRows: 100_000 };

export interface TableRow {
  /** The row's number in the file (the header is line 1). */
  line: number;
  cells: unknown[];
}

const refuse = (message: string) => validation([{ field: 'file', messages: [message] }]);

/** The first worksheet (or the CSV), as rows of plain cell values, within the limits. */
export async function readTable(fileName: string, buffer: Buffer, limits: TableLimits = DEFAULT_TABLE_LIMITS): Promise<TableRow[]> {
  if (buffer.length > limits.maxBytes) throw refuse(`is ${buffer.length} bytes, more than the limit of ${limits.maxBytes}`);
  if (/\.xlsx$/i.test(fileName)) return readWorkbook(buffer, limits);
  if (/\.csv$/i.test(fileName)) {
    const rows = parseCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
    if (rows.length - 1 > limits.maxRows) throw refuse(`has more than ${limits.maxRows} rows`);
    return rows;
  }
  throw validation([{ field: 'fileName', messages: ['must end in .xlsx or .csv'] }]);
}

/** The decompressed size the workbook's zip directory declares, read without expanding anything. */
export async function declaredDecodedSize(buffer: Buffer): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  return new Promise<number>((resolve, reject) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      zip.readEntry();
    });
    zip.on('end', () => resolve(total));
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function readWorkbook(buffer: Buffer, limits: TableLimits): Promise<TableRow[]> {
  let decoded: number;
  try {
    decoded = await declaredDecodedSize(buffer);
  } catch {
    throw refuse('is not a readable .xlsx workbook');
  }
  if (decoded > limits.maxDecodedBytes) throw refuse(`expands to ${decoded} bytes, more than the limit of ${limits.maxDecodedBytes}`);
  const rows: TableRow[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (rows.length > limits.maxRows) throw refuse(`has more than ${limits.maxRows} rows`);
        const values = Array.isArray(row.values) ? row.values.slice(1) : [];
        const cells = values.map(plainValue);
        if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) rows.push({ line: row.number, cells });
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw refuse('is not a readable .xlsx workbook');
  }
  if (rows.length === 0) throw refuse('has no worksheet');
  return rows;
}

/** A cell as the value a person sees: a formula's result, rich text's text. */
function plainValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if ('result' in v) return (v as { result: unknown }).result;
  if ('richText' in v) return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
  if ('text' in v) return (v as { text: unknown }).text;
  return v;
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
