import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { declaredDecodedSize, readTable } from './spreadsheet.js';

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('数据');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const limits = { maxBytes: 1_000_000, maxDecodedBytes: 2_000_000, maxRows: 10 };

describe('reading an uploaded table within limits', () => {
  it('reads the first worksheet as rows of plain values, lines as in the file, formulas as their results', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('数据');
    sheet.addRow(['单位代码', '数值']);
    sheet.addRow(['QH-TN', 12.5]);
    sheet.addRow([]);
    sheet.addRow(['QH-HF', { formula: '1+1', result: 2 }]);
    const rows = await readTable('指标.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), limits);
    expect(rows).toEqual([
      { line: 1, cells: ['单位代码', '数值'] },
      { line: 2, cells: ['QH-TN', 12.5] },
      { line: 4, cells: ['QH-HF', 2] },
    ]);
  });

  it('refuses a workbook with more data rows than the limit, reading no further', async () => {
    const file = await workbook([['单位代码', '数值'], ...Array.from({ length: 50 }, (_, i) => [`U${i}`, i])]);
    await expect(readTable('x.xlsx', file, limits)).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: [{ field: 'file', messages: ['has more than 10 rows'] }] } });
    expect(await readTable('x.xlsx', file, { ...limits, maxRows: 50 })).toHaveLength(51);
  });

  it('refuses a compressed workbook by its decoded size before expanding it (a zip bomb)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
    zip.file('xl/worksheets/sheet1.xml', ' '.repeat(5_000_000));
    const bomb = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
    expect(bomb.length).toBeLessThan(50_000);
    expect(await declaredDecodedSize(bomb)).toBeGreaterThan(5_000_000);
    await expect(readTable('bomb.xlsx', bomb, limits)).rejects.toMatchObject({
      details: { fields: [{ field: 'file', messages: [expect.stringMatching(/^expands to \d+ bytes, more than the limit of 2000000$/)] }] },
    });
  });

  it('refuses a file over the byte limit, and a CSV over the row limit', async () => {
    await expect(readTable('big.csv', Buffer.alloc(1_000_001, 'a'), limits)).rejects.toMatchObject({ details: { fields: [{ field: 'file', messages: ['is 1000001 bytes, more than the limit of 1000000'] }] } });
    const csv = Buffer.from(['单位代码,数值', ...Array.from({ length: 11 }, (_, i) => `U${i},${i}`)].join('\n'));
    await expect(readTable('x.csv', csv, limits)).rejects.toMatchObject({ details: { fields: [{ field: 'file', messages: ['has more than 10 rows'] }] } });
    expect(await readTable('x.csv', csv, { ...limits, maxRows: 11 })).toHaveLength(12);
  });

  it('something that is not a workbook is said to be one it cannot read', async () => {
    await expect(readTable('x.xlsx', Buffer.from('not a workbook'), limits)).rejects.toMatchObject({ details: { fields: [{ field: 'file', messages: ['is not a readable .xlsx workbook'] }] } });
  });
});
