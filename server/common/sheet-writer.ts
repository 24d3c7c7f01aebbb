import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';

/**
 * Writing a workbook as it is read: exceljs's streaming writer on `out` and
 * rows from a server-side cursor, each row committed as it is added (memory
 * stays flat at any size); the event loop is given back every
 * EXPORT_SLICE_MS of work, so other requests are answered while a large file
 * is written, and the writer waits while the client has not read what it was
 * sent (backpressure).
 */

/** Rows fetched from the cursor at a time: parsing a batch holds the event loop, so a small one keeps every other request's wait short. */
export const EXPORT_BATCH_ROWS = 250;
/**
 * The longest the export works before giving the event loop back to other requests (then it goes on after their I/O). Short: a
 * request passes through the event loop several times (its body, the session, each statement, the answer) and may wait behind one
 * slice each time, so a slice's length counts several times in another request's wait (scripts/bench/web.ts measures it).
 */
export const EXPORT_SLICE_MS = 2;
/**
 * Deflate level of the workbook's zip: the fastest. Compressing runs beside the event loop but takes CPU from every other request
 * on a small server; a somewhat larger file costs less than that.
 */
export const EXPORT_ZLIB_LEVEL = 1;
/**
 * Bytes the response may hold unsent before the export waits for the client to read them; it also waits whenever the response
 * asks for a drain (backpressure: the zip's and the sheet's buffers stay small with a slow client).
 */
export const EXPORT_BUFFERED_BYTES = 1 << 20;

/**
 * Gives the event loop back when the export has held it for EXPORT_SLICE_MS,
 * and waits while the client has not yet read what was written.
 */
export function exportPacer(out: Writable, sliceMs = EXPORT_SLICE_MS, bufferedBytes = EXPORT_BUFFERED_BYTES): () => Promise<void> | null {
  let since = performance.now();
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('close', done);
    });
  return () => {
    if ((out.writableNeedDrain || out.writableLength > bufferedBytes) && !out.destroyed && !out.writableEnded) return drained().then(() => void (since = performance.now()));
    if (performance.now() - since < sliceMs) return null;
    return new Promise<void>((resolve) => setImmediate(resolve)).then(() => void (since = performance.now()));
  };
}

export function streamingWorkbook(out: Writable, created: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: EXPORT_ZLIB_LEVEL } } });
  workbook.creator = '干部考核系统';
  workbook.created = created;
  return workbook;
}

/** A sheet with its header row in bold and frozen. */
export function sheetWithHeader(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: Array<Partial<ExcelJS.Column>>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/**
 * Every row of `sql` added to `sheet` through `toRow` (given the row and its number from 1), then the sheet committed; returns the
 * rows written. With `out` (the response the workbook is written to) the writer shares the event loop and waits for a slow client.
 */
export async function streamRowsIntoSheet<R>(
  client: PoolClient,
  sql: string,
  params: unknown[],
  sheet: ExcelJS.Worksheet,
  toRow: (row: R, n: number) => Record<string, unknown>,
  out?: Writable,
): Promise<number> {
  sheet.getRow(1).commit();
  let rows = 0;
  const pace = out ? exportPacer(out) : null;
  const stream = client.query(new QueryStream(sql, params, { batchSize: EXPORT_BATCH_ROWS }));
  for await (const r of stream as AsyncIterable<R>) {
    rows += 1;
    sheet.addRow(toRow(r, rows)).commit();
    const pause = pace ? pace() : rows % 1000 === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : null;
    if (pause) await pause;
  }
  sheet.commit();
  return rows;
}
