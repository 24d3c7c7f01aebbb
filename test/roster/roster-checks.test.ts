import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, csvOf, differencesOf, errorsOf, upload, xlsxOf, type Roster } from './roster-fixture.js';

/**
 * A roster file is refused line by line with every reason, and nothing is
 * imported unless the whole file is valid; the roster exported from the
 * database, and the templates, read back without a difference.
 */
let t: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-03-02T09:30:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng']) tokens[u] = await t.signIn(u);
});
afterAll(() => t?.close());

const goodUnit = ['QH-HF-LX', '柳溪县', 'QH-HF', '县（市、区）', '生态保护类县', '否', ''];
const goodCadre = ['LX-1001', '杜若川', '男', '1979-09', 'QH-HF-LX', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2024-12-01', '在职'];

describe('a bad row is refused with its line and reasons, in Chinese with a code', () => {
  it.each<[string, Roster, Array<[string, number, string, string | null]>]>([
    ['unknown parent code', { 单位: [['QH-HF-LX', '柳溪县', 'QH-HF-ZZ', '县（市、区）', '生态保护类县', '否', '']] }, [['ORGANISATIONS', 2, 'UNKNOWN_PARENT', '上级单位代码']]],
    ['duplicate code in the file', { 单位: [goodUnit, ['QH-HF-LX', '柳溪县二', 'QH-HF', '县（市、区）', '生态保护类县', '否', '']] }, [['ORGANISATIONS', 3, 'DUPLICATE_CODE', '单位代码']]],
    [
      'a cycle in the parent chain',
      { 单位: [['QH-HF-A1', '甲镇', 'QH-HF-A2', '乡镇（街道）', '未分类', '否', ''], ['QH-HF-A2', '乙镇', 'QH-HF-A1', '乡镇（街道）', '未分类', '否', '']] },
      [['ORGANISATIONS', 2, 'PARENT_CYCLE', '上级单位代码'], ['ORGANISATIONS', 3, 'PARENT_CYCLE', '上级单位代码']],
    ],
    ['kind and category that do not fit', { 单位: [['QH-HF-LX', '柳溪县', 'QH-HF', '县（市、区）', '高等院校', '否', '']] }, [['ORGANISATIONS', 2, 'KIND_CATEGORY_MISMATCH', '单位类别']]],
    ['an unknown kind word and a bad retirement date', { 单位: [['QH-HF-LX', '柳溪县', 'QH-HF', '县城', '生态保护类县', '否', '2026-02-30']] }, [['ORGANISATIONS', 2, 'BAD_DATE', '撤销日期'], ['ORGANISATIONS', 2, 'UNKNOWN_WORD', '单位类型']]],
    ['unknown unit', { 干部: [[...goodCadre.slice(0, 4), 'QH-HF-NONE', ...goodCadre.slice(5)]] }, [['CADRES', 2, 'UNKNOWN_UNIT', '所在单位代码']]],
    ['missing name and an unknown rank word', { 单位: [goodUnit], 干部: [['LX-1001', '', '男', '1979-09', 'QH-HF-LX', '县委书记', '处级', '正职', '领导干部', '是', '', '', '在职']] }, [['CADRES', 2, 'MISSING_FIELD', '姓名'], ['CADRES', 2, 'UNKNOWN_WORD', '职级']]],
    ['a bad birth month and gender', { 单位: [goodUnit], 干部: [['LX-1001', '杜若川', '未知', '1979-13', 'QH-HF-LX', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '', '在职']] }, [['CADRES', 2, 'BAD_DATE', '出生年月'], ['CADRES', 2, 'UNKNOWN_WORD', '性别']]],
    ['duplicate cadre number', { 单位: [goodUnit], 干部: [goodCadre, goodCadre] }, [['CADRES', 3, 'DUPLICATE_PERSON_NO', '干部编号']]],
    ['unknown managing unit', { 单位: [goodUnit], 干部: [[...goodCadre.slice(0, 10), 'QH-XX', ...goodCadre.slice(11)]] }, [['CADRES', 2, 'UNKNOWN_MANAGING_UNIT', '管理权限单位代码']]],
    ['a unit of another city', { 干部: [[...goodCadre.slice(0, 4), 'QH-TN-DJ', ...goodCadre.slice(5)]] }, [['CADRES', 2, 'OUTSIDE_JURISDICTION', '所在单位代码']]],
    ['a status of an unknown cadre, an unknown status word', { 状态信息: [['LX-9999', '试用期', '2026-01-01', '', ''], ['LX-9999', '出差', '2026-01-01', '', '']] }, [['STATUSES', 2, 'UNKNOWN_CADRE', '干部编号'], ['STATUSES', 3, 'UNKNOWN_WORD', '状态']]],
    ['a status ending before it starts', { 单位: [goodUnit], 干部: [goodCadre], 状态信息: [['LX-1001', '事假', '2026-01-10', '2026-01-05', '']] }, [['STATUSES', 2, 'END_BEFORE_START', '结束日期']]],
  ])('%s', async (_case, roster, expected) => {
    const { json } = await upload(t, tokens['orgadmin.hefeng']!, '名册.xlsx', await xlsxOf(roster));
    expect(json.status).toBe('INVALID');
    const errors = await errorsOf(t, tokens['orgadmin.hefeng']!, json.id);
    expect(errors.map((e) => [e.sheet, e.line, e.code, e.field])).toEqual(expected);
    expect(errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    expect(await differencesOf(t, tokens['orgadmin.hefeng']!, json.id)).toEqual([]);
  });

  it('and one bad row keeps every good row out', async () => {
    const { json } = await upload(t, tokens['orgadmin.hefeng']!, '名册.xlsx', await xlsxOf({ 单位: [goodUnit], 干部: [goodCadre, [...goodCadre.slice(0, 6), '县处级', ...goodCadre.slice(7)]] }));
    expect(json).toMatchObject({ status: 'INVALID', errorCount: 1 });
    const r = await apply(t, tokens['orgadmin.hefeng']!, json.id);
    expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(await t.dataSource.query(`SELECT 1 FROM organisation WHERE code = 'QH-HF-LX'`)).toEqual([]);
  });

  it.each([
    ['a CSV without a known header', '名册.csv', Buffer.from('编号,名字\n1,2\n'), 'NO_SHEET'],
    ['a CSV missing a required column', '名册.csv', Buffer.from('干部编号,姓名,性别\nX1,甲,男\n'), 'MISSING_COLUMN'],
    ['a header only', '名册.csv', csvOf('干部', []), 'NO_ROWS'],
    ['not a workbook', '名册.xlsx', Buffer.from('PK not really a zip'), 'BAD_FILE'],
  ])('the file as a whole: %s', async (_case, name, body, code) => {
    const { json } = await upload(t, tokens['orgadmin.hefeng']!, name, body);
    expect(json.status).toBe('INVALID');
    expect((await errorsOf(t, tokens['orgadmin.hefeng']!, json.id)).map((e) => [e.sheet, e.line, e.code])).toEqual([['FILE', 0, code]]);
  });
});

describe('export and templates', () => {
  const get = async (token: string, path: string) => {
    const res = await fetch(`${t.url}/exports/${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') };
  };

  it.each([['orgadmin.taining'], ['orgadmin']])('the roster %s exports imports back without a difference', async (user) => {
    const file = await get(tokens[user]!, 'roster.xlsx');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['单位', '干部', '状态信息']);
    expect(workbook.getWorksheet('干部')!.rowCount).toBeGreaterThan(50);
    const { json } = await upload(t, tokens[user]!, 'roster.xlsx', file.body);
    expect(json).toMatchObject({ status: 'READY', errorCount: 0, added: 0, changed: 0, moved: 0, retired: 0 });
  });

  it.each([['organisations'], ['cadres'], ['statuses']])('the %s sheet exported as CSV imports back without a difference', async (sheet) => {
    const file = await get(tokens['orgadmin.taining']!, `roster/${sheet}.csv`);
    expect(file.status).toBe(200);
    expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const { json } = await upload(t, tokens['orgadmin.taining']!, `${sheet}.csv`, file.body);
    expect(json).toMatchObject({ status: 'READY', added: 0, changed: 0, moved: 0, retired: 0 });
  });

  it('another city is refused', async () => {
    const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN'`)) as Array<{ id: string }>;
    expect((await get(tokens['orgadmin.hefeng']!, `roster.xlsx?organisationId=${org!.id}`)).status).toBe(403);
  });

  it('the templates carry the headers and an example row that imports as an addition', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get(tokens['orgadmin.taining']!, 'roster-template.xlsx')).body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('干部')!.getRow(1).values).toEqual([undefined, '干部编号', '姓名', '性别', '出生年月', '所在单位代码', '职务', '职级', '正职/副职', '人员类别', '领导班子成员', '管理权限单位代码', '任职时间', '在职状态']);
    const template = await get(tokens['orgadmin.taining']!, 'roster-template.xlsx');
    const { json } = await upload(t, tokens['orgadmin.taining']!, 'template.xlsx', template.body);
    expect(json).toMatchObject({ status: 'READY', added: 3 });
    const csv = await get(tokens['orgadmin.taining']!, 'roster-template/organisations.csv');
    expect(csv.body.toString('utf8')).toContain('单位代码,单位名称,上级单位代码,单位类型,单位类别,限制开发区,撤销日期');
  });
});
