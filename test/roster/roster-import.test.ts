import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { apply, csvOf, differencesOf, errorsOf, IMPORT_FIELDS, upload, xlsxOf, type Roster } from './roster-fixture.js';

/**
 * Roster import through the upload endpoint and GraphQL, as 泰宁市's
 * organisation department (orgadmin.taining): a new county's roster from the
 * template, the same file again, its CSV and GB18030 forms, an updated file's
 * differences applied in one transaction with its audit entry, a change in
 * between refused, and another city's administrator refused row by row.
 */
let t: TestApp;
const tokens: Record<string, string> = {};

const county: Roster = {
  单位: [
    ['QH-TN-BY', '白云县', 'QH-TN', '县（市、区）', '乡村振兴类县', '是', ''],
    ['QH-TN-BY-SX', '石溪镇', 'QH-TN-BY', '乡镇（街道）', '未分类', '否', ''],
    ['QH-TN-BY-JYJ', '白云县教育局', 'QH-TN-BY', '部门', '社会发展类部门', '否', ''],
  ],
  干部: [
    ['BY-0001', '韩松涛', '男', '1971-04', 'QH-TN-BY', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2023-09-01', '在职'],
    ['BY-0002', '苏映雪', '女', '1978-11-23', 'QH-TN-BY', '县长', '县处级正职', '正职', '领导干部', '是', '', '2024-01-15', '在职'],
    ['BY-0003', '贺明远', '男', '1983-02', 'QH-TN-BY', '副县长', '县处级副职', '副职', '领导干部', '是', '', '2025-06-01', '在职'],
    ['BY-0004', '邱兰芝', '女', '1986-07', 'QH-TN-BY-SX', '镇党委书记', '乡科级正职', '正职', '领导干部', '是', '', '2022-03-01', '在职'],
    ['BY-0005', '戴文博', '男', '1980-12', 'QH-TN-BY-JYJ', '局长', '乡科级正职', '正职', '公务员', '否', 'QH-TN', '2021-05-10', '在职'],
  ],
  状态信息: [
    ['BY-0003', '试用期', '2025-06-01', '2026-05-31', '新任职试用期一年'],
    ['BY-0004', '病假', '2025-10-08', '2025-11-20', '住院治疗'],
  ],
};

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-02-10T10:00:00+08:00'));
  for (const u of ['orgadmin.taining', 'orgadmin.hefeng', 'sysadmin', 'auditor', 'hr', 'rater']) tokens[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('a county roster from the template', () => {
  let id: string;

  it('is previewed as additions only, nothing written yet', async () => {
    const { status, json } = await upload(t, tokens['orgadmin.taining']!, '白云县名册.xlsx', await xlsxOf(county));
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'READY', errorCount: 0, organisationRows: 3, cadreRows: 5, statusRows: 2, added: 10, changed: 0, moved: 0, retired: 0 });
    id = json.id;
    const diffs = await differencesOf(t, tokens['orgadmin.taining']!, id);
    expect(diffs.map((d) => `${d.entity} ${d.kind} ${d.code}`)).toEqual([
      'ORGANISATION ADDED QH-TN-BY', 'ORGANISATION ADDED QH-TN-BY-SX', 'ORGANISATION ADDED QH-TN-BY-JYJ',
      'CADRE ADDED BY-0001', 'CADRE ADDED BY-0002', 'CADRE ADDED BY-0003', 'CADRE ADDED BY-0004', 'CADRE ADDED BY-0005',
      'STATUS ADDED BY-0003', 'STATUS ADDED BY-0004',
    ]);
    expect(await t.dataSource.query(`SELECT 1 FROM cadre WHERE person_no LIKE 'BY-%'`)).toEqual([]);
  });

  it('is applied: units in the tree, cadres with their managing jurisdiction by rule or as named, status facts', async () => {
    const r = await apply(t, tokens['orgadmin.taining']!, id);
    expect(r.errors).toBeUndefined();
    expect(r.data!.applyRosterImport.status).toBe('APPLIED');
    const orgs = await t.dataSource.query(
      `SELECT o.code, p.code AS parent, o.kind, o.category, o.restricted_development AS r, o.depth, o.path = p.path || o.id || '/' AS path_ok
         FROM organisation o JOIN organisation p ON p.id = o.parent_id WHERE o.code LIKE 'QH-TN-BY%' ORDER BY o.code`,
    );
    expect(orgs).toEqual([
      { code: 'QH-TN-BY', parent: 'QH-TN', kind: 'COUNTY', category: 'COUNTY_RURAL_REVITALISATION', r: true, depth: 2, path_ok: true },
      { code: 'QH-TN-BY-JYJ', parent: 'QH-TN-BY', kind: 'DEPARTMENT', category: 'DEPT_SOCIAL_DEVELOPMENT', r: false, depth: 3, path_ok: true },
      { code: 'QH-TN-BY-SX', parent: 'QH-TN-BY', kind: 'TOWNSHIP', category: 'UNCATEGORISED', r: false, depth: 3, path_ok: true },
    ]);
    const cadres = await t.dataSource.query(
      `SELECT c.person_no, u.code AS unit, m.code AS managing, c.gender, c.birth_date::text AS birth, c.rank_level, c.population, c.team_member, c.employment_status
         FROM cadre c JOIN organisation u ON u.id = c.organisation_id JOIN organisation m ON m.id = c.managing_organisation_id WHERE c.person_no LIKE 'BY-%' ORDER BY c.person_no`,
    );
    expect(cadres.map((c: Record<string, unknown>) => Object.values(c).join(' '))).toEqual([
      'BY-0001 QH-TN-BY QH-TN MALE 1971-04-01 DIVISION_PRINCIPAL LEADING_CADRE true SERVING',
      'BY-0002 QH-TN-BY QH-TN FEMALE 1978-11-23 DIVISION_PRINCIPAL LEADING_CADRE true SERVING',
      'BY-0003 QH-TN-BY QH-TN MALE 1983-02-01 DIVISION_DEPUTY LEADING_CADRE true SERVING',
      'BY-0004 QH-TN-BY-SX QH-TN-BY FEMALE 1986-07-01 SECTION_PRINCIPAL LEADING_CADRE true SERVING',
      'BY-0005 QH-TN-BY-JYJ QH-TN MALE 1980-12-01 SECTION_PRINCIPAL CIVIL_SERVANT false SERVING',
    ]);
    const facts = await t.dataSource.query(
      `SELECT c.person_no, p.kind, p.starts_on::text AS s, p.ends_on::text AS e, p.note FROM cadre_status_period p JOIN cadre c ON c.id = p.cadre_id WHERE c.person_no LIKE 'BY-%' ORDER BY 1`,
    );
    expect(facts).toEqual([
      { person_no: 'BY-0003', kind: 'PROBATION', s: '2025-06-01', e: '2026-05-31', note: '新任职试用期一年' },
      { person_no: 'BY-0004', kind: 'SICK_LEAVE', s: '2025-10-08', e: '2025-11-20', note: '住院治疗' },
    ]);
  });

  it('leaves an audit entry with the summary, which the auditor reads', async () => {
    const r = await t.gql<{ auditLog: { nodes: Array<{ action: string; actorRole: string; payload: { differences: Array<{ entity: string; kind: string; n: number }> } }> } }>(
      `query($id: String) { auditLog(entityType: "roster_import", entityId: $id, first: 5) { nodes { action actorRole payload } } }`,
      { id },
      { token: tokens.auditor },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.auditLog.nodes.map((n) => [n.action, n.actorRole])).toEqual([['ROSTER_IMPORTED', 'ORG_ADMIN']]);
    expect(r.data!.auditLog.nodes[0]!.payload.differences).toEqual([
      { entity: 'CADRE', kind: 'ADDED', n: 5 },
      { entity: 'ORGANISATION', kind: 'ADDED', n: 3 },
      { entity: 'STATUS', kind: 'ADDED', n: 2 },
    ]);
  });

  it('leaves one entry per record in the record’s own trail, chained, with the changes', async () => {
    const [cadre] = (await t.dataSource.query(`SELECT id FROM cadre WHERE person_no = 'BY-0003'`)) as Array<{ id: string }>;
    const r = await t.gql<{ auditLog: { nodes: Array<{ action: string; payload: { kind: string; entity: string; importId: string } }> }; verifyAuditChain: { ok: boolean } }>(
      `query($id: String) { auditLog(entityType: "cadre", entityId: $id, first: 5) { nodes { action payload } } verifyAuditChain { ok } }`,
      { id: cadre!.id },
      { token: tokens.auditor },
    );
    expect(r.errors).toBeUndefined();
    // Newest first: the probation fact, then the cadre added.
    expect(r.data!.auditLog.nodes.map((n) => [n.action, n.payload.entity, n.payload.kind, n.payload.importId])).toEqual([
      ['ROSTER_IMPORTED', 'STATUS', 'ADDED', id],
      ['ROSTER_IMPORTED', 'CADRE', 'ADDED', id],
    ]);
    expect(r.data!.verifyAuditChain.ok).toBe(true);
  });

  it('cannot be applied twice', async () => {
    const again = await apply(t, tokens['orgadmin.taining']!, id);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['the same workbook', '白云县名册.xlsx', async () => xlsxOf(county)],
    ['the cadres as UTF-8 CSV with BOM', '干部.csv', async () => csvOf('干部', county.干部!, 'utf8-bom')],
    ['the cadres as UTF-8 CSV without BOM', '干部.csv', async () => csvOf('干部', county.干部!, 'utf8')],
    ['the units as GB18030 CSV', '单位.csv', async () => csvOf('单位', county.单位!, 'gb18030')],
    ['the status facts as GB18030 CSV', '状态.csv', async () => csvOf('状态信息', county.状态信息!, 'gb18030')],
  ])('imported again as %s shows no difference and changes nothing', async (_what, name, file) => {
    const before = await t.dataSource.query(`SELECT person_no, version FROM cadre WHERE person_no LIKE 'BY-%' ORDER BY 1`);
    const { json } = await upload(t, tokens['orgadmin.taining']!, name, await file());
    expect(json).toMatchObject({ status: 'READY', errorCount: 0, added: 0, changed: 0, moved: 0, retired: 0 });
    const r = await apply(t, tokens['orgadmin.taining']!, json.id, json.version);
    expect(r.errors).toBeUndefined();
    expect(await t.dataSource.query(`SELECT person_no, version FROM cadre WHERE person_no LIKE 'BY-%' ORDER BY 1`)).toEqual(before);
  });
});

describe('an updated roster', () => {
  const updated: Roster = {
    单位: [
      ['QH-TN-BY', '白云县', 'QH-TN', '县（市、区）', '乡村振兴类县', '是', ''],
      ['QH-TN-BY-SX', '石溪镇', 'QH-TN-BY', '乡镇（街道）', '未分类', '否', '2026-01-31'],
      ['QH-TN-BY-JYJ', '白云县教育和体育局', 'QH-TN-BY', '部门', '社会发展类部门', '否', ''],
    ],
    干部: [
      ['BY-0001', '韩松涛', '男', '1971-04', 'QH-TN-BY', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2023-09-01', '退休'],
      ['BY-0002', '苏映雪', '女', '1978-11-23', 'QH-TN-BY', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2026-01-20', '在职'],
      ['BY-0003', '贺明远', '男', '1983-02', 'QH-TN-BY', '副县长', '县处级副职', '副职', '领导干部', '是', '', '2025-06-01', '在职'],
      ['BY-0004', '邱兰芝', '女', '1986-07', 'QH-TN-BY-JYJ', '局长', '乡科级正职', '正职', '领导干部', '是', '', '2026-01-25', '在职'],
      ['BY-0006', '梁晓川', '男', '1990-03', 'QH-TN-BY-SX', '镇长', '乡科级正职', '正职', '领导干部', '是', '', '2026-01-25', '在职'],
    ],
    状态信息: [['BY-0003', '试用期', '2025-06-01', '2026-03-31', '试用期缩短']],
  };

  it('shows what is added, changed field by field, moved and retired; a cadre missing from the file stays unless asked', async () => {
    const { json } = await upload(t, tokens['orgadmin.taining']!, '白云县名册2026.xlsx', await xlsxOf(updated));
    if (json.status !== 'READY') console.log(JSON.stringify(await errorsOf(t, tokens['orgadmin.taining']!, json.id)));
    expect(json).toMatchObject({ status: 'READY', added: 1, changed: 3, moved: 1, retired: 2 });
    const diffs = await differencesOf(t, tokens['orgadmin.taining']!, json.id);
    expect(diffs.map((d) => [d.entity, d.kind, d.code, d.changes.map((c) => `${c.field}: ${c.old ?? '—'} → ${c.new ?? '—'}`)])).toEqual([
      ['ORGANISATION', 'RETIRED', 'QH-TN-BY-SX', ['retiredOn: — → 2026-01-31']],
      ['ORGANISATION', 'CHANGED', 'QH-TN-BY-JYJ', ['name: 白云县教育局 → 白云县教育和体育局']],
      ['CADRE', 'RETIRED', 'BY-0001', ['employmentStatus: SERVING → RETIRED']],
      ['CADRE', 'CHANGED', 'BY-0002', ['post: 县长 → 县委书记', 'tookPostOn: 2024-01-15 → 2026-01-20']],
      ['CADRE', 'MOVED', 'BY-0004', ['unit: QH-TN-BY-SX → QH-TN-BY-JYJ', 'post: 镇党委书记 → 局长', 'tookPostOn: 2022-03-01 → 2026-01-25']],
      ['CADRE', 'ADDED', 'BY-0006', []],
      ['STATUS', 'CHANGED', 'BY-0003', ['endsOn: 2026-05-31 → 2026-03-31', 'note: 新任职试用期一年 → 试用期缩短']],
    ]);
    await t.gql(`mutation($id: ID!) { discardRosterImport(id: $id) { status } }`, { id: json.id }, { token: tokens['orgadmin.taining'] });
  });

  it('with "retire those missing" also marks serving cadres of the file’s units absent from it as having left', async () => {
    const { json } = await upload(t, tokens['orgadmin.taining']!, '白云县名册2026.xlsx', await xlsxOf(updated), '&retireMissing=1');
    const diffs = await differencesOf(t, tokens['orgadmin.taining']!, json.id);
    expect(diffs.filter((d) => d.line === null).map((d) => [d.kind, d.code, d.changes])).toEqual([['RETIRED', 'BY-0005', [{ field: 'employmentStatus', old: 'SERVING', new: 'LEFT' }]]]);

    const r = await apply(t, tokens['orgadmin.taining']!, json.id, json.version);
    expect(r.errors).toBeUndefined();
    const cadres = await t.dataSource.query(
      `SELECT c.person_no, u.code AS unit, c.post, c.employment_status AS s, c.employment_status_since::text AS since FROM cadre c JOIN organisation u ON u.id = c.organisation_id WHERE c.person_no LIKE 'BY-%' ORDER BY 1`,
    );
    expect(cadres).toEqual([
      { person_no: 'BY-0001', unit: 'QH-TN-BY', post: '县委书记', s: 'RETIRED', since: '2026-02-10' },
      { person_no: 'BY-0002', unit: 'QH-TN-BY', post: '县委书记', s: 'SERVING', since: null },
      { person_no: 'BY-0003', unit: 'QH-TN-BY', post: '副县长', s: 'SERVING', since: null },
      { person_no: 'BY-0004', unit: 'QH-TN-BY-JYJ', post: '局长', s: 'SERVING', since: null },
      { person_no: 'BY-0005', unit: 'QH-TN-BY-JYJ', post: '局长', s: 'LEFT', since: '2026-02-10' },
      { person_no: 'BY-0006', unit: 'QH-TN-BY-SX', post: '镇长', s: 'SERVING', since: null },
    ]);
    expect(await t.dataSource.query(`SELECT retired_on::text AS r FROM organisation WHERE code = 'QH-TN-BY-SX'`)).toEqual([{ r: '2026-01-31' }]);
  });

  it('is refused with CONFLICT when the roster changed between preview and apply, and nothing is written', async () => {
    const changed: Roster = { 干部: [['BY-0003', '贺明远', '男', '1983-02', 'QH-TN-BY', '常务副县长', '县处级副职', '副职', '领导干部', '是', '', '2025-06-01', '在职']] };
    const { json } = await upload(t, tokens['orgadmin.taining']!, '变更.xlsx', await xlsxOf(changed));
    expect(json).toMatchObject({ status: 'READY', changed: 1 });
    const [cadre] = (await t.dataSource.query(`SELECT id, version FROM cadre WHERE person_no = 'BY-0006'`)) as Array<{ id: string; version: number }>;
    const edit = await t.gql(`mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { id } }`, { input: { id: cadre!.id, expectedVersion: cadre!.version, post: '镇长（兼）' } }, { token: tokens['orgadmin.taining'] });
    expect(edit.errors).toBeUndefined();
    const r = await apply(t, tokens['orgadmin.taining']!, json.id, json.version);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await t.dataSource.query(`SELECT post FROM cadre WHERE person_no = 'BY-0003'`)).toEqual([{ post: '副县长' }]);
  });
});

describe('an organisation given another parent', () => {
  it('moves with its subtree’s paths and keeps its cadres', async () => {
    const moved: Roster = { 单位: [['QH-TN-BY-JYJ', '白云县教育和体育局', 'QH-TN', '部门', '社会发展类部门', '否', '']] };
    const { json } = await upload(t, tokens['orgadmin.taining']!, '调整.xlsx', await xlsxOf(moved));
    expect(json).toMatchObject({ status: 'READY', moved: 1, added: 0, changed: 0 });
    expect((await differencesOf(t, tokens['orgadmin.taining']!, json.id)).map((d) => [d.kind, d.code, d.changes])).toEqual([
      ['MOVED', 'QH-TN-BY-JYJ', [{ field: 'parent', old: 'QH-TN-BY', new: 'QH-TN' }]],
    ]);
    const r = await apply(t, tokens['orgadmin.taining']!, json.id, json.version);
    expect(r.errors).toBeUndefined();
    expect(
      await t.dataSource.query(
        `SELECT o.depth, o.path = p.path || o.id || '/' AS path_ok, (SELECT count(*)::int FROM cadre c WHERE c.organisation_id = o.id) AS cadres
           FROM organisation o JOIN organisation p ON p.id = o.parent_id WHERE o.code = 'QH-TN-BY-JYJ' AND p.code = 'QH-TN'`,
      ),
    ).toEqual([{ depth: 2, path_ok: true, cadres: 2 }]);
  });
});

describe('who may import', () => {
  it.each([
    ['orgadmin.hefeng', 'another city’s administrator: every row outside 禾丰市 refused', 200],
    ['sysadmin', 'the system administrator at the root: anywhere', 200],
  ])('%s — %s', async (user, _what, status) => {
    const { status: got, json } = await upload(t, tokens[user]!, '白云县名册.xlsx', await xlsxOf(county));
    expect(got).toBe(status);
    if (user === 'orgadmin.hefeng') {
      expect(json.status).toBe('INVALID');
      const errors = await errorsOf(t, tokens[user]!, json.id);
      expect(new Set(errors.map((e) => e.code))).toEqual(new Set(['OUTSIDE_JURISDICTION']));
      expect(errors.filter((e) => e.sheet === 'ORGANISATIONS').map((e) => e.line)).toEqual([2, 3, 4]);
      expect(errors.find((e) => e.sheet === 'CADRES' && e.line === 2)!.message).toBe('干部编号：超出您的管辖范围（BY-0001）');
      const r = await apply(t, tokens[user]!, json.id);
      expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    } else {
      expect(json.status).toBe('READY');
    }
  });

  it.each([
    ['hr', 403],
    ['rater', 403],
  ])('%s may not upload (HTTP %i, FORBIDDEN)', async (user, status) => {
    const { status: got, json } = await upload(t, tokens[user]!, '白云县名册.xlsx', await xlsxOf(county));
    expect(got).toBe(status);
    expect(json.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('nobody signed in may upload, and a simple cross-site request is refused', async () => {
    const anonymous = await fetch(`${t.url}/imports/roster?fileName=a.csv`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'x' });
    expect(anonymous.status).toBe(401);
    const simple = await fetch(`${t.url}/imports/roster?fileName=a.csv`, { method: 'POST', headers: { authorization: `Bearer ${tokens['orgadmin.taining']}`, 'content-type': 'text/plain' }, body: 'x' });
    expect(simple.status).toBe(400);
  });

  it('another importer’s upload is not found for a narrower administrator', async () => {
    const { json } = await upload(t, tokens.sysadmin!, '白云县名册.xlsx', await xlsxOf(county));
    const r = await t.gql(`query($id: ID!) { rosterImport(id: $id) { ${IMPORT_FIELDS} } }`, { id: json.id }, { token: tokens['orgadmin.taining'] });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
