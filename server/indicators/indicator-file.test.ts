import { describe, expect, it } from 'vitest';
import { parseCsv, parseIndicatorFile } from './indicator-file.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('reading an indicator file', () => {
  it('parses quoted CSV fields with commas, quotes and line breaks, numbering lines as in the file', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",3\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', '3'] },
    ]);
  });

  it('reads a statistics-bureau CSV with Chinese headers (BOM, thousands separators, blank lines skipped)', async () => {
    const csv = '\uFEFF单位代码,干部编号,指标代码,数值,期间,数据来源\nQH-TN-DJ,,NEW_URBAN_JOBS,"2,800",2025,区人社局\n\n,QH0001,GOOD_AIR_DAYS,,2025,区生态环境分局\n';
    expect(await parseIndicatorFile('东江区.csv', b64(csv))).toEqual([
      { line: 2, organisationCode: 'QH-TN-DJ', personNo: null, indicatorCode: 'NEW_URBAN_JOBS', value: 2800, period: '2025', source: '区人社局' },
      { line: 4, organisationCode: null, personNo: 'QH0001', indicatorCode: 'GOOD_AIR_DAYS', value: Number.NaN, period: '2025', source: '区生态环境分局' },
    ]);
  });

  it('refuses a file without the needed columns, naming them', async () => {
    await expect(parseIndicatorFile('x.csv', b64('指标代码,数值\nA,1\n'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: [{ field: 'line 1', messages: ['missing column(s): organisationCode or personNo, period, source'] }] },
    });
    await expect(parseIndicatorFile('x.xlsx', b64('not a workbook'))).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
