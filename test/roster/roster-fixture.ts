import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { TestApp } from '../support/test-app.js';

/** Roster files built in the test from the template's headers, uploaded as the web page does. */
export const HEADERS = {
  单位: ['单位代码', '单位名称', '上级单位代码', '单位类型', '单位类别', '限制开发区', '撤销日期'],
  干部: ['干部编号', '姓名', '性别', '出生年月', '所在单位代码', '职务', '职级', '正职/副职', '人员类别', '领导班子成员', '管理权限单位代码', '任职时间', '在职状态'],
  状态信息: ['干部编号', '状态', '开始日期', '结束日期', '备注'],
} as const;
export type SheetName = keyof typeof HEADERS;
export type Roster = Partial<Record<SheetName, string[][]>>;

export async function xlsxOf(roster: Roster): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of Object.keys(roster) as SheetName[]) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([...HEADERS[name]]);
    for (const row of roster[name]!) sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csvOf(name: SheetName, rows: string[][], encoding: 'utf8-bom' | 'utf8' | 'gb18030' = 'utf8-bom'): Buffer {
  const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const text = [[...HEADERS[name]], ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return Buffer.from(encoding === 'utf8-bom' ? `\uFEFF${text}` : text, 'utf8');
}

export interface ImportView {
  id: string;
  status: string;
  version: string;
  errorCount: number;
  added: number;
  changed: number;
  moved: number;
  retired: number;
  organisationRows: number;
  cadreRows: number;
  statusRows: number;
}

export async function upload(t: TestApp, token: string, fileName: string, body: Buffer, query = ''): Promise<{ status: number; json: ImportView & { errors?: Array<{ extensions: { code: string } }> } }> {
  const res = await fetch(`${t.url}/imports/roster?fileName=${encodeURIComponent(fileName)}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(body),
  });
  const json = (await res.json()) as ImportView & { errors?: Array<{ extensions: { code: string } }> };
  if (process.env.ROSTER_DEBUG && json.status === 'INVALID') console.log('INVALID', fileName, JSON.stringify(await errorsOf(t, token, json.id)));
  return { status: res.status, json };
}

export const IMPORT_FIELDS = 'id status version errorCount added changed moved retired organisationRows cadreRows statusRows';

export async function errorsOf(t: TestApp, token: string, id: string) {
  const r = await t.gql<{ rosterImport: { errors: { nodes: Array<{ sheet: string; line: number; code: string; field: string | null; message: string }> } } }>(
    `query($id: ID!) { rosterImport(id: $id) { errors(first: 200) { nodes { sheet line code field message } } } }`,
    { id },
    { token },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.rosterImport.errors.nodes;
}

export async function differencesOf(t: TestApp, token: string, id: string) {
  const r = await t.gql<{ rosterImport: { differences: { nodes: Array<{ entity: string; kind: string; code: string; name: string; line: number | null; changes: Array<{ field: string; old: string | null; new: string | null }> }> } } }>(
    `query($id: ID!) { rosterImport(id: $id) { differences(first: 200) { nodes { entity kind code name line changes { field old new } } } } }`,
    { id },
    { token },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.rosterImport.differences.nodes;
}

export async function apply(t: TestApp, token: string, id: string, expectedVersion?: string) {
  return t.gql<{ applyRosterImport: ImportView }>(
    `mutation($id: ID!, $v: String) { applyRosterImport(id: $id, expectedVersion: $v) { ${IMPORT_FIELDS} } }`,
    { id, v: expectedVersion ?? null },
    { token },
  );
}
