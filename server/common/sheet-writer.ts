import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';

/**
 * Writing a workbook as it is read: exceljs's streaming writer on `out` and
 * rows from a server-side cursor, each row committed as it is added (memory
 * stays flat at any size) and the event loop given back every 1,000 rows, so
 * other requests are answered while a large file is written.
 */
export function streamingWorkbook(out: Writable, created: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
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

/** Every row of `sql` added to `sheet` through `toRow` (given the row and its number from 1), then the sheet committed; returns the rows written. */
export async function streamRowsIntoSheet<R>(client: PoolClient, sql: string, params: unknown[], sheet: ExcelJS.Worksheet, toRow: (row: R, n: number) => Record<string, unknown>): Promise<number> {
  sheet.getRow(1).commit();
  let rows = 0;
  const stream = client.query(new QueryStream(sql, params, { batchSize: 1000 }));
  for await (const r of stream as AsyncIterable<R>) {
    rows += 1;
    sheet.addRow(toRow(r, rows)).commit();
    if (rows % 1000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
  return rows;
}
