import fs from 'node:fs';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsv } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { sheetOfHeaders, sheetOfName, SHEETS, type SheetKey } from './roster-sheets.js';

/**
 * Reading a roster file from disk as a stream, one row at a time, so that a
 * file of 100,000 cadres never sits in memory: .xlsx through exceljs's
 * streaming WorkbookReader (its zip directory checked first against a
 * decompression bomb), .csv through fast-csv, UTF-8 with or without BOM or
 * GB18030 (what Excel writes on a Chinese Windows), told apart by whether the
 * first bytes are valid UTF-8.
 */
export interface RosterFileLimits {
  maxBytes: number;
  maxDecodedBytes: number;
  maxRows: number;
}
export const ROSTER_FILE_LIMITS: RosterFileLimits = { maxBytes: 100 * 1024 * 1024, maxDecodedBytes: 800 * 1024 * 1024, maxRows: 300_000 };

export type FileProblem = 'BAD_FILE' | 'NO_SHEET' | 'NO_ROWS' | 'MISSING_COLUMN';
export class RosterFileError extends Error {
  constructor(readonly problem: FileProblem, readonly detail: string | null = null) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'RosterFileError';
  }
}

export interface RosterRowSink {
  /** One data row of a sheet: its line (the header is line 1) and its cells by header. */
  row(sheet: SheetKey, line: number, cells: Record<string, string>): Promise<void>;
}

/** A cell as a person reads it: a formula's result, rich text's text, a date as YYYY-MM-DD. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellText((v as { result: unknown }).result);
    if ('richText' in v) return (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
    if ('text' in v) return cellText((v as { text: unknown }).text);
    return '';
  }
  return String(v as string | number | boolean).trim();
}

/** Headers of a sheet, checked: the sheet's required columns must all be there. */
function headerMap(sheet: SheetKey, headers: string[]): string[] {
  const missing = SHEETS[sheet].required.filter((h) => !headers.includes(h));
  if (missing.length > 0) throw new RosterFileError('MISSING_COLUMN', `${SHEETS[sheet].name}：${missing.join('、')}`);
  return headers;
}

class RowCounter {
  rows = 0;
  constructor(private readonly max: number) {}
  count() {
    this.rows += 1;
    if (this.rows > this.max) throw new RosterFileError('BAD_FILE', `超过 ${this.max} 行`);
  }
}

async function declaredDecodedSize(path: string): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  return new Promise<number>((resolve, reject) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      zip.readEntry();
    });
    zip.on('end', () => {
      zip.close();
      resolve(total);
    });
    zip.on('error', reject);
    zip.readEntry();
  });
}

async function* wholeCharacters(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs's streaming reader decodes each compressed chunk of the sheets and
 * shared strings as UTF-8 on its own, so a Chinese character cut by a chunk
 * boundary comes out as U+FFFD. Its worksheets and shared strings are handed
 * text decoded across chunks instead.
 */
function decodeWholeCharacters(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  const internals = reader as unknown as {
    _parseWorksheet: (iterator: AsyncIterable<Buffer | string>, sheetNo: string) => Generator<unknown>;
    _parseSharedStrings: (entry: Readable) => AsyncGenerator<unknown>;
  };
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(wholeCharacters(iterator), sheetNo);
  internals._parseSharedStrings = (entry) => {
    const text = entry.pipe(new PassThrough());
    text.setEncoding('utf8');
    return parseSharedStrings(text);
  };
}

async function readWorkbook(path: string, sink: RosterRowSink, limits: RosterFileLimits): Promise<number> {
  let decoded: number;
  try {
    decoded = await declaredDecodedSize(path);
  } catch {
    throw new RosterFileError('BAD_FILE');
  }
  if (decoded > limits.maxDecodedBytes) throw new RosterFileError('BAD_FILE', `解压后 ${decoded} 字节`);
  const counter = new RowCounter(limits.maxRows);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(path), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  decodeWholeCharacters(reader);
  // exceljs reads a worksheet that comes before xl/workbook.xml in the zip with `model` still unset and throws
  // (the order varies between writers); sheets are told apart by their header row, so an empty model will do.
  const unparsed = reader as unknown as { model?: { sheets?: unknown[] } };
  unparsed.model ??= { sheets: [] };
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      let sheet: SheetKey | null = null;
      let headers: string[] = [];
      for await (const row of worksheet) {
        const cells = (Array.isArray(row.values) ? row.values.slice(1) : []).map(cellText);
        if (!cells.some((c) => c !== '')) continue;
        if (sheet === null) {
          sheet = sheetOfHeaders(cells) ?? sheetOfName((worksheet as unknown as { name?: string }).name ?? '');
          if (sheet === null) break;
          headers = headerMap(sheet, cells);
          sheets += 1;
          continue;
        }
        counter.count();
        await sink.row(sheet, row.number, Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
      }
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError('BAD_FILE');
  }
  if (sheets === 0) throw new RosterFileError('NO_SHEET');
  return counter.rows;
}

/** UTF-8 (a BOM is dropped with the first cell) unless the first bytes are not valid UTF-8, then GB18030. */
function decoder(): Transform {
  let decode: ((chunk: Buffer) => string) | null = null;
  let finish: () => string = () => '';
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!decode) {
        // A multi-byte character cut at the end of the probe is no reason to doubt the encoding.
        const probe = chunk.subarray(0, Math.min(chunk.length, 4096));
        const isUtf8 = !(probe.length < chunk.length ? probe.subarray(0, probe.length - 3) : probe).toString('utf8').includes('\uFFFD');
        if (isUtf8) {
          const utf8 = new StringDecoder('utf8');
          decode = (c) => utf8.write(c);
          finish = () => utf8.end();
        } else {
          const gb = iconv.getDecoder('gb18030');
          decode = (c) => gb.write(c);
          finish = () => gb.end() ?? '';
        }
      }
      done(null, decode(chunk));
    },
    flush(done) {
      done(null, finish());
    },
  });
}

async function readCsv(path: string, sink: RosterRowSink, limits: RosterFileLimits): Promise<number> {
  const counter = new RowCounter(limits.maxRows);
  const parser = fs.createReadStream(path).pipe(decoder()).pipe(parseCsv({ headers: false, ignoreEmpty: false, trim: true }));
  let sheet: SheetKey | null = null;
  let headers: string[] = [];
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      const cells = record.map((c) => c.replace(/^\uFEFF/, '').trim());
      if (!cells.some((c) => c !== '')) continue;
      if (sheet === null) {
        sheet = sheetOfHeaders(cells);
        if (sheet === null) throw new RosterFileError('NO_SHEET');
        headers = headerMap(sheet, cells);
        continue;
      }
      counter.count();
      await sink.row(sheet, line, Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])));
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError('BAD_FILE');
  }
  if (sheet === null) throw new RosterFileError('NO_SHEET');
  return counter.rows;
}

/** Streams the file's rows into the sink; the number of data rows read. */
export async function readRosterFile(path: string, fileName: string, sink: RosterRowSink, limits: RosterFileLimits = ROSTER_FILE_LIMITS): Promise<number> {
  const rows = /\.xlsx$/i.test(fileName) ? await readWorkbook(path, sink, limits) : await readCsv(path, sink, limits);
  if (rows === 0) throw new RosterFileError('NO_ROWS');
  return rows;
}

export const isRosterFileName = (name: string) => /\.(xlsx|csv)$/i.test(name);
