import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * The organisation tree and the roster as the organisation department keeps
 * them: organisations created, edited, moved with their subtree
 * and retired; cadres added, moved, retired and given a managing
 * jurisdiction (干部管理权限) — each refused with its own code where the
 * rules say no, and each in the audit trail.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};

const ORG = `id code name kind category depth parentId retiredOn version restrictedDevelopment`;
const CADRE = `id personNo name post rankLevel positionType teamMember employmentStatus employmentStatusSince version organisation { id code } managingOrganisation { id code }`;

type Org = { id: string; code: string; name: string; kind: string; category: string; depth: number; parentId: string; retiredOn: string | null; version: number };
type CadreRow = { id: string; personNo: string; post: string; rankLevel: string; teamMember: boolean; employmentStatus: string; version: number; organisation: { id: string; code: string }; managingOrganisation: { id: string; code: string } };

function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const createOrg = (who: string, input: Record<string, unknown>) =>
  t.gql<{ createOrganisation: Org }>(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORG} } }`, { input }, { token: tokens[who] });
const updateOrg = (who: string, input: Record<string, unknown>) =>
  t.gql<{ updateOrganisation: Org }>(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORG} } }`, { input }, { token: tokens[who] });
const moveOrg = (who: string, input: Record<string, unknown>) =>
  t.gql<{ moveOrganisation: Org }>(`mutation($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { ${ORG} } }`, { input }, { token: tokens[who] });
const retireOrg = (who: string, input: Record<string, unknown>) =>
  t.gql<{ retireOrganisation: Org }>(`mutation($input: RetireOrganisationInput!) { retireOrganisation(input: $input) { ${ORG} } }`, { input }, { token: tokens[who] });
const createCadre = (who: string, input: Record<string, unknown>) =>
  t.gql<{ createCadre: CadreRow }>(`mutation($input: CreateCadreInput!) { createCadre(input: $input) { ${CADRE} } }`, { input }, { token: tokens[who] });
const moveCadre = (who: string, input: Record<string, unknown>) =>
  t.gql<{ moveCadre: CadreRow }>(`mutation($input: MoveCadreInput!) { moveCadre(input: $input) { ${CADRE} } }`, { input }, { token: tokens[who] });
const setStatus = (who: string, input: Record<string, unknown>) =>
  t.gql<{ setCadreEmploymentStatus: CadreRow }>(`mutation($input: SetCadreEmploymentStatusInput!) { setCadreEmploymentStatus(input: $input) { ${CADRE} } }`, { input }, { token: tokens[who] });
const setManaging = (who: string, input: Record<string, unknown>) =>
  t.gql<{ setManagingJurisdiction: CadreRow }>(`mutation($input: SetManagingJurisdictionInput!) { setManagingJurisdiction(input: $input) { ${CADRE} } }`, { input }, { token: tokens[who] });
const version = async (table: 'organisation' | 'cadre', id: string): Promise<number> =>
  ((await t.dataSource.query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as [{ version: number }])[0].version;
const pathOf = async (id: string): Promise<string> => ((await t.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [id])) as [{ path: string }])[0].path;
const auditOf = async (id: string): Promise<string[]> =>
  ((await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [id])) as Array<{ action: string }>).map((r) => r.action);

const township = (code: string, parent: string, extra: Record<string, unknown> = {}) => ({ parentId: org[parent], code, name: `${code}镇`, kind: 'TOWNSHIP', category: 'UNCATEGORISED', ...extra });
const newCadre = (personNo: string, unit: string, extra: Record<string, unknown> = {}) => ({
  organisationId: org[unit], personNo, name: `卢${personNo.slice(-3)}`, gender: 'FEMALE', post: '党委副书记', rankLevel: 'SECTION_DEPUTY', positionType: 'DEPUTY', tookPostOn: '2023-04-17', ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng', 'sysadmin', 'hr', 'assessor']) tokens[u] = await t.signIn(u);
  for (const r of (await t.dataSource.query(`SELECT id, code FROM organisation`)) as Array<{ id: string; code: string }>) org[r.code] = r.id;
});
afterAll(() => t?.close());

describe('organisations: create, edit, move, retire', () => {
  it('an organisation department creates a township below a county; path and depth follow the parent; audited', async () => {
    const created = ok(await createOrg('orgadmin.taining', township('DJ-QSZ', 'QH-TN-DJ'))).createOrganisation;
    org['DJ-QSZ'] = created.id;
    const [parent] = (await t.dataSource.query(`SELECT path, depth FROM organisation WHERE id = $1`, [org['QH-TN-DJ']])) as [{ path: string; depth: number }];
    expect(created).toMatchObject({ depth: parent.depth + 1, parentId: org['QH-TN-DJ'], retiredOn: null, version: 1 });
    expect(await pathOf(created.id)).toBe(`${parent.path}${created.id}/`);
    expect(await auditOf(created.id)).toEqual(['ORGANISATION_CREATED']);
    const child = ok(await createOrg('sysadmin', { parentId: created.id, code: 'DJ-QSZ-DZB', name: '青石镇党政办', kind: 'INTERNAL_UNIT', category: 'UNCATEGORISED' })).createOrganisation;
    org['DJ-QSZ-DZB'] = child.id;
    expect(child.depth).toBe(parent.depth + 2);
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a category of another kind', 'orgadmin', { kind: 'CITY', category: 'COUNTY_DISTRICT' }, 'VALIDATION'],
    ['a township with a department category', 'orgadmin', { category: 'DEPT_ECONOMIC' }, 'VALIDATION'],
    ['a code already taken (临山县’s)', 'orgadmin', { code: 'QH-TN-LS' }, 'DUPLICATE'],
    ['below another city’s county', 'orgadmin.hefeng', {}, 'FORBIDDEN'],
    ['by personnel (HR holds no organisation:write)', 'hr', {}, 'FORBIDDEN'],
    ['by the assessment team', 'assessor', {}, 'FORBIDDEN'],
  ])('creating %s → %s', async (_what, who, extra, code) => {
    const res = await createOrg(who, township('DJ-BAD1', 'QH-TN-DJ', extra));
    expect(codeOf(res)).toBe(code);
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    ['renamed', { name: '青石镇（新）' }, null],
    ['to an internal unit, its category kept', { kind: 'INTERNAL_UNIT' }, null],
    ['to a county with a township category', { kind: 'COUNTY' }, 'VALIDATION'],
    ['with a version someone else already changed', { name: '青石', stale: true }, 'CONFLICT'],
  ])('updating it %s → %s', async (_what, changes, code) => {
    const { stale, ...rest } = changes;
    const v = await version('organisation', org['DJ-QSZ']!);
    const res = await updateOrg('orgadmin', { id: org['DJ-QSZ'], expectedVersion: stale ? v - 1 : v, ...rest });
    expect(codeOf(res) ?? null).toBe(code);
    if (!code) expect(res.data!.updateOrganisation).toMatchObject({ ...rest, version: v + 1 });
  });

  it.each<[string, string, string, string, string]>([
    ['a city below its own county', 'orgadmin', 'QH-TN', 'QH-TN-DJ', 'ORGANISATION_CYCLE'],
    ['a town below its own internal unit', 'orgadmin', 'DJ-QSZ', 'DJ-QSZ-DZB', 'ORGANISATION_CYCLE'],
    ['a town below itself', 'orgadmin', 'DJ-QSZ', 'DJ-QSZ', 'ORGANISATION_CYCLE'],
    ['a town into another city by that city’s administrator', 'orgadmin.taining', 'DJ-QSZ', 'QH-HF-ST', 'FORBIDDEN'],
    ['a town out of a city by another city’s administrator', 'orgadmin.hefeng', 'DJ-QSZ', 'QH-HF-ST', 'FORBIDDEN'],
  ])('moving %s → %s', async (_what, who, what, to, code) => {
    const res = await moveOrg(who, { id: org[what], expectedVersion: await version('organisation', org[what]!), parentId: org[to] });
    expect(codeOf(res)).toBe(code);
  });

  it('moving a town to another county rewrites the path and depth of its whole subtree', async () => {
    const moved = ok(await moveOrg('orgadmin.taining', { id: org['DJ-QSZ'], expectedVersion: await version('organisation', org['DJ-QSZ']!), parentId: org['QH-TN-LS'] })).moveOrganisation;
    const [ls] = (await t.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [org['QH-TN-LS']])) as [{ path: string }];
    expect(moved.parentId).toBe(org['QH-TN-LS']);
    expect(await pathOf(moved.id)).toBe(`${ls.path}${org['DJ-QSZ']}/`);
    const [child] = (await t.dataSource.query(`SELECT path FROM organisation WHERE id = $1`, [org['DJ-QSZ-DZB']])) as [{ path: string }];
    expect(child.path).toBe(`${ls.path}${org['DJ-QSZ']}/${org['DJ-QSZ-DZB']}/`);
    expect((await auditOf(org['DJ-QSZ']!)).at(-1)).toBe('ORGANISATION_MOVED');
  });
});

describe('cadres: create, move, in-post status, managing jurisdiction', () => {
  let cadre: CadreRow;

  it('adds a cadre to the town with the default managing jurisdiction (county for section level) and audits it', async () => {
    cadre = ok(await createCadre('orgadmin.taining', newCadre('TN-2026-0417', 'DJ-QSZ'))).createCadre;
    expect(cadre).toMatchObject({ personNo: 'TN-2026-0417', teamMember: true, employmentStatus: 'SERVING', organisation: { code: 'DJ-QSZ' }, managingOrganisation: { code: 'QH-TN-LS' } });
    expect(await auditOf(cadre.id)).toEqual(['CADRE_CREATED']);
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a personnel-file number already on the roster', 'orgadmin', { personNo: 'TN-2026-0417' }, 'DUPLICATE'],
    ['a managing jurisdiction that is a department, not a region', 'orgadmin', { managingOrganisationId: 'QH-D-CZT' }, 'VALIDATION'],
    ['a managing jurisdiction in another city', 'orgadmin', { managingOrganisationId: 'QH-HF' }, 'VALIDATION'],
    ['by another city’s administrator', 'orgadmin.hefeng', {}, 'FORBIDDEN'],
    ['by the assessment team', 'assessor', {}, 'FORBIDDEN'],
  ])('adding with %s → %s', async (_what, who, extra, code) => {
    const input: Record<string, unknown> = newCadre('TN-2026-0999', 'DJ-QSZ', extra);
    if (typeof extra.managingOrganisationId === 'string') input.managingOrganisationId = org[extra.managingOrganisationId];
    expect(codeOf(await createCadre(who, input))).toBe(code);
  });

  it('a duplicate personnel-file number names the number', async () => {
    const res = await createCadre('hr', newCadre('TN-2026-0417', 'DJ-QSZ'));
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'DUPLICATE', field: 'personNo', value: 'TN-2026-0417' });
  });

  it.each<[string, string, string, string | null]>([
    ['the city above the town', 'orgadmin.taining', 'QH-TN', null],
    ['a county the town is not in', 'orgadmin.taining', 'QH-TN-DJ', 'VALIDATION'],
    ['the province, by a city administrator', 'orgadmin.taining', 'QH', 'FORBIDDEN'],
    ['the province, by the provincial administrator', 'orgadmin', 'QH', null],
  ])('setting the managing jurisdiction to %s (%s) → %s', async (_what, who, to, code) => {
    const res = await setManaging(who, { id: cadre.id, expectedVersion: await version('cadre', cadre.id), managingOrganisationId: org[to] });
    expect(codeOf(res) ?? null).toBe(code);
    if (!code) expect(res.data!.setManagingJurisdiction.managingOrganisation.code).toBe(to);
  });

  it('a transfer and promotion to 临山县 takes the new post, rank and the default jurisdiction of the new unit; audited', async () => {
    const moved = ok(await moveCadre('orgadmin.taining', {
      id: cadre.id, expectedVersion: await version('cadre', cadre.id), organisationId: org['QH-TN-LS'], post: '县委组织部副部长', rankLevel: 'DIVISION_DEPUTY', positionType: 'DEPUTY', tookPostOn: '2026-03-02',
    })).moveCadre;
    expect(moved).toMatchObject({ post: '县委组织部副部长', rankLevel: 'DIVISION_DEPUTY', organisation: { code: 'QH-TN-LS' }, managingOrganisation: { code: 'QH-TN' } });
    expect(await auditOf(cadre.id)).toEqual(['CADRE_CREATED', 'MANAGING_JURISDICTION_CHANGED', 'MANAGING_JURISDICTION_CHANGED', 'CADRE_MOVED']);
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    ['into another city by a city administrator', 'orgadmin.taining', { organisationId: 'QH-HF-ST' }, 'FORBIDDEN'],
    ['with a version someone else changed', 'orgadmin', { stale: true }, 'CONFLICT'],
    ['with a took-post day that is no date', 'orgadmin', { tookPostOn: '2026-02-30' }, 'VALIDATION'],
  ])('moving %s → %s', async (_what, who, extra, code) => {
    const { stale, organisationId, ...rest } = extra;
    const v = await version('cadre', cadre.id);
    const res = await moveCadre(who, {
      id: cadre.id, expectedVersion: stale ? v - 1 : v, organisationId: org[(organisationId as string | undefined) ?? 'QH-TN-LS'], post: '副县长', rankLevel: 'DIVISION_DEPUTY', positionType: 'DEPUTY', tookPostOn: '2026-05-06', ...rest,
    });
    expect(codeOf(res)).toBe(code);
  });

  it('a cadre who left is no longer moved (NOT_SERVING); the status and its day are kept and audited', async () => {
    const left = ok(await setStatus('hr', { id: cadre.id, expectedVersion: await version('cadre', cadre.id), status: 'LEFT', since: '2026-06-30' })).setCadreEmploymentStatus;
    expect(left).toMatchObject({ employmentStatus: 'LEFT', employmentStatusSince: '2026-06-30' });
    const res = await moveCadre('orgadmin', { id: cadre.id, expectedVersion: left.version, organisationId: org['QH-TN-DJ'], post: '副区长', rankLevel: 'DIVISION_DEPUTY', positionType: 'DEPUTY', tookPostOn: '2026-07-01' });
    expect(codeOf(res)).toBe('NOT_SERVING');
    expect((await auditOf(cadre.id)).at(-1)).toBe('EMPLOYMENT_STATUS_CHANGED');
  });

  it.each<[string, Record<string, unknown>, number]>([
    ['a name prefix', { namePrefix: '卢4' }, 1],
    ['part of the personnel-file number', { search: '2026-04' }, 1],
    ['those who left, under 泰宁市', { employmentStatus: 'LEFT', organisationId: 'QH-TN', includeSubtree: true }, 1],
    ['those serving under 泰宁市 named 卢', { employmentStatus: 'SERVING', organisationId: 'QH-TN', includeSubtree: true, namePrefix: '卢4' }, 0],
  ])('searchCadres by %s (%o) finds %i', async (_what, args, n) => {
    const vars = { ...args, ...(typeof args.organisationId === 'string' ? { organisationId: org[args.organisationId] } : {}) };
    const res = ok(await t.gql<{ searchCadres: { totalCount: number; nodes: Array<{ personNo: string }> } }>(
      `query($namePrefix: String, $search: String, $employmentStatus: EmploymentStatus, $organisationId: ID, $includeSubtree: Boolean) {
        searchCadres(first: 20, namePrefix: $namePrefix, search: $search, employmentStatus: $employmentStatus, organisationId: $organisationId, includeSubtree: $includeSubtree) { totalCount nodes { personNo } } }`,
      vars, { token: tokens.orgadmin },
    ));
    expect(res.searchCadres.totalCount).toBe(n);
  });
});

describe('retiring an organisation', () => {
  it('is refused while it has serving cadres or live child units, with the counts', async () => {
    await createCadre('orgadmin', newCadre('TN-2026-0512', 'DJ-QSZ-DZB', { name: '严晓岚' }));
    const res = await retireOrg('orgadmin', { id: org['DJ-QSZ'], expectedVersion: await version('organisation', org['DJ-QSZ']!), retiredOn: '2026-08-31' });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'ORGANISATION_IN_USE', servingCadres: 0, openAssessments: 0, liveChildren: 1 });
    const inner = await retireOrg('orgadmin', { id: org['DJ-QSZ-DZB'], expectedVersion: await version('organisation', org['DJ-QSZ-DZB']!), retiredOn: '2026-08-31' });
    expect(inner.errors![0]!.extensions).toMatchObject({ code: 'ORGANISATION_IN_USE', servingCadres: 1, liveChildren: 0 });
  });

  it('once its cadre retired and its unit is retired, it retires; it then takes no cadre and no child, and hides from the tree on request', async () => {
    const [c] = (await t.dataSource.query(`SELECT id, version FROM cadre WHERE person_no = 'TN-2026-0512'`)) as [{ id: string; version: number }];
    ok(await setStatus('orgadmin', { id: c.id, expectedVersion: c.version, status: 'RETIRED', since: '2026-08-15' }));
    ok(await retireOrg('orgadmin', { id: org['DJ-QSZ-DZB'], expectedVersion: await version('organisation', org['DJ-QSZ-DZB']!), retiredOn: '2026-08-31' }));
    const retired = ok(await retireOrg('orgadmin.taining', { id: org['DJ-QSZ'], expectedVersion: await version('organisation', org['DJ-QSZ']!), retiredOn: '2026-08-31' })).retireOrganisation;
    expect(retired.retiredOn).toBe('2026-08-31');
    expect((await auditOf(org['DJ-QSZ']!)).at(-1)).toBe('ORGANISATION_RETIRED');
    expect(codeOf(await createCadre('orgadmin', newCadre('TN-2026-0601', 'DJ-QSZ')))).toBe('UNIT_RETIRED');
    expect(codeOf(await createOrg('orgadmin', township('DJ-QSZ-NEW', 'DJ-QSZ', { kind: 'INTERNAL_UNIT' })))).toBe('UNIT_RETIRED');
    const list = async (includeRetired: boolean) =>
      ok(await t.gql<{ organisations: { nodes: Array<{ code: string }> } }>(`query($r: Boolean) { organisations(first: 200, includeRetired: $r) { nodes { code } } }`, { r: includeRetired }, { token: tokens['orgadmin.taining'] }))
        .organisations.nodes.map((n) => n.code);
    expect([(await list(true)).includes('DJ-QSZ'), (await list(false)).includes('DJ-QSZ'), (await list(false)).includes('QH-TN-LS')]).toEqual([true, false, true]);
  });
});
