import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * The roster over the years: a cadre transferred and promoted
 * keeps last year where it was assessed (unit, post, rank level, result); a
 * running cycle keeps them in the quota pool they were enrolled in; the
 * leadership team is its members (`teamMember`), not every cadre of the unit;
 * only serving cadres of units that exist are enrolled.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};
const chinaTime = (iso: string) => new Date(`${iso}+08:00`);

function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
async function cadreOf(unit: string, post: string): Promise<{ id: string; version: number }> {
  const [row] = (await t.dataSource.query(
    `SELECT c.id, c.version FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = $1 AND c.post = $2 ORDER BY c.person_no LIMIT 1`,
    [unit, post],
  )) as Array<{ id: string; version: number }>;
  if (!row) throw new Error(`no ${post} in ${unit}`);
  return row;
}
const updateCadre = async (cadreId: string, changes: Record<string, unknown>) => {
  const [{ version }] = (await t.dataSource.query(`SELECT version FROM cadre WHERE id = $1`, [cadreId])) as [{ version: number }];
  return ok(await t.gql(`mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { id } }`, { input: { id: cadreId, expectedVersion: version, ...changes } }, { token: tokens.orgadmin }));
};

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['orgadmin', 'assessor', 'committee', 'sysadmin']) tokens[u] = await t.signIn(u);
  for (const r of (await t.dataSource.query(`SELECT id, code FROM organisation`)) as Array<{ id: string; code: string }>) org[r.code] = r.id;
});
afterAll(() => t?.close());

describe('a cadre moved and promoted keeps last year in the old unit and post', () => {
  let cadreId: string;
  let lastYear: string;
  let openCycle: string;
  type Pool = { organisationId: string | null; rankLevel: string | null; graded: number };
  const pools = async (): Promise<Pool[]> =>
    ok(await t.gql<{ cycleReport: { quotaPools: Pool[] } }>(`query($c: ID!) { cycleReport(cycleId: $c) { quotaPools { organisationId rankLevel graded } } }`, { c: openCycle }, { token: tokens.orgadmin }))
      .cycleReport.quotaPools.filter((p) => p.organisationId === org['QH-TN-DJ']);
  let before: Pool[];

  beforeAll(async () => {
    t.clock.set(chinaTime('2026-01-06T09:00:00'));
    const cycle2025 = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2025);
    cadreId = (await cadreOf('QH-TN-DJ', '组织部部长')).id;
    [{ id: lastYear }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycle2025, cadreId])) as [{ id: string }];
    await decideAndNotify(t, { assessor: tokens.assessor!, committee: tokens.committee!, orgadmin: tokens.orgadmin! }, cycle2025, [lastYear], 'COMPETENT');
    openCycle = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2026);
    before = await pools();
    const [{ version }] = (await t.dataSource.query(`SELECT version FROM cadre WHERE id = $1`, [cadreId])) as [{ version: number }];
    ok(await t.gql(`mutation($input: MoveCadreInput!) { moveCadre(input: $input) { id } }`, {
      input: { id: cadreId, expectedVersion: version, organisationId: org['QH-TN-LS'], post: '临山县县长', rankLevel: 'DIVISION_PRINCIPAL', positionType: 'PRINCIPAL', tookPostOn: '2026-02-09' },
    }, { token: tokens.orgadmin }));
  });

  it('last year’s assessment still names 东江区, the post 组织部部长, the rank it was enrolled with and its result', async () => {
    const { assessment } = ok(await t.gql<{ assessment: { organisation: { code: string }; postTitle: string; rankLevel: string; positionType: string; finalGrade: string } }>(
      `query($id: ID!) { assessment(id: $id) { organisation { code } postTitle rankLevel positionType finalGrade } }`, { id: lastYear }, { token: tokens.orgadmin },
    ));
    expect(assessment).toEqual({ organisation: { code: 'QH-TN-DJ' }, postTitle: '组织部部长', rankLevel: 'DIVISION_DEPUTY', positionType: 'DEPUTY', finalGrade: 'COMPETENT' });
  });

  it('the cadre is now 临山县县长, and the postings and the profile list each year with the unit and post it was assessed in', async () => {
    const { cadre } = ok(await t.gql<{ cadre: { post: string; organisation: { code: string }; postings: Array<{ year: number; organisationName: string; postTitle: string; rankLevel: string; finalGrade: string | null }>; profile: Array<{ year: number; organisationName: string; postTitle: string }> } }>(
      `query($id: ID!) { cadre(id: $id) { post organisation { code } postings { year organisationName postTitle rankLevel finalGrade } profile { year organisationName postTitle } } }`, { id: cadreId }, { token: tokens.orgadmin },
    ));
    expect([cadre.post, cadre.organisation.code]).toEqual(['临山县县长', 'QH-TN-LS']);
    expect(cadre.postings).toEqual([
      { year: 2025, organisationName: '东江区', postTitle: '组织部部长', rankLevel: 'DIVISION_DEPUTY', finalGrade: 'COMPETENT' },
      { year: 2026, organisationName: '东江区', postTitle: '组织部部长', rankLevel: 'DIVISION_DEPUTY', finalGrade: null },
    ]);
    expect(cadre.profile.map((y) => [y.year, y.organisationName, y.postTitle])).toEqual([[2025, '东江区', '组织部部长'], [2026, '东江区', '组织部部长']]);
  });

  it('the open cycle’s quota pools are unchanged: the cadre stays in the deputy pool of 东江区 they were enrolled in', async () => {
    expect(before.find((p) => p.rankLevel === 'DIVISION_DEPUTY')!.graded).toBeGreaterThan(0);
    expect(await pools()).toEqual(before);
  });
});

describe('the leadership team is its members; only serving cadres of existing units are enrolled (石塘县 2025)', () => {
  let report: { cadres: number; teams: number; skipped: Array<{ cadre: { id: string } | null; reason: string }> };
  let cycleId: string;
  const who: Record<string, string> = {};

  beforeAll(async () => {
    t.clock.set(chinaTime('2026-01-07T09:00:00'));
    for (const [key, post] of [['secretary', '县委书记'], ['mayor', '县长'], ['retired', '县委副书记'], ['left', '副县长']] as const) who[key] = (await cadreOf('QH-HF-ST', post)).id;
    await updateCadre(who.secretary!, { teamMember: false });
    await updateCadre(who.retired!, { employmentStatus: 'RETIRED', employmentStatusSince: '2025-11-30' });
    await updateCadre(who.left!, { employmentStatus: 'LEFT', employmentStatusSince: '2025-12-15' });
    const planned = ok(await t.gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'ANNUAL', name: '石塘县2025年度考核', year: 2025, organisationId: org['QH-HF-ST'], deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } },
    }, { token: tokens.orgadmin }));
    cycleId = planned.planCycle.id;
    report = ok(await t.gql<{ enrolInCycleWithReport: typeof report }>(`mutation($input: EnrolInput!) { enrolInCycleWithReport(input: $input) { cadres teams skipped { cadre { id } reason } } }`, {
      input: { cycleId, organisationIds: [org['QH-HF-ST']], includeSubtree: true, includeTeams: true },
    }, { token: tokens.orgadmin })).enrolInCycleWithReport;
  });

  it.each<[string, string, string | null]>([
    ['the retired deputy secretary', 'retired', 'NOT_SERVING'],
    ['the deputy county head who left', 'left', 'NOT_SERVING'],
    ['the secretary, off the team but serving', 'secretary', null],
  ])('%s is skipped as %s', async (_what, key, reason) => {
    expect(report.skipped.find((s) => s.cadre?.id === who[key])?.reason ?? null).toBe(reason);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, who[key]])) as [{ n: number }];
    expect(n).toBe(reason ? 0 : 1);
  });

  it('enrolling the retired one by hand is refused NOT_SERVING', async () => {
    const res = await t.gql(`mutation($input: EnrolCadreInput!) { enrolCadreInCycle(input: $input) { id } }`, { input: { cycleId, cadreId: who.retired } }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe('NOT_SERVING');
  });

  it('the team’s members are its serving team members: the secretary is not among them and has no team assessment', async () => {
    const [{ id: teamId }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL'`, [cycleId])) as [{ id: string }];
    const { assessment } = ok(await t.gql<{ assessment: { members: Array<{ cadre: { id: string } }> } }>(`query($id: ID!) { assessment(id: $id) { members { cadre { id } } } }`, { id: teamId }, { token: tokens.orgadmin }));
    const members = assessment.members.map((m) => m.cadre.id);
    expect([members.includes(who.secretary!), members.includes(who.mayor!), members.includes(who.retired!)]).toEqual([false, true, false]);
    const [{ team }] = (await t.dataSource.query(`SELECT team_assessment_id AS team FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, who.secretary])) as [{ team: string | null }];
    expect(team).toBeNull();
  });

  it.each<[string, string, boolean]>([
    ['the county head, a principal team member at the top rank', 'mayor', true],
    ['the secretary, off the team', 'secretary', false],
  ])('%s writes the team summary: %s', async (_what, key, writes) => {
    const [{ w }] = (await t.dataSource.query(`SELECT writes_team_report($1) AS w`, [who[key]])) as [{ w: boolean }];
    expect(w).toBe(writes);
  });

  it('a retired unit takes no enrolment', async () => {
    const town = ok(await t.gql<{ createOrganisation: { id: string; version: number } }>(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`, {
      input: { parentId: org['QH-HF-ST'], code: 'ST-BSZ', name: '白沙镇', kind: 'TOWNSHIP', category: 'UNCATEGORISED' },
    }, { token: tokens.orgadmin })).createOrganisation;
    const cadre = ok(await t.gql<{ createCadre: { id: string; version: number } }>(`mutation($input: CreateCadreInput!) { createCadre(input: $input) { id version } }`, {
      input: { organisationId: town.id, personNo: 'YC-2025-0088', name: '韦宏图', gender: 'MALE', post: '镇长', rankLevel: 'SECTION_PRINCIPAL', positionType: 'PRINCIPAL' },
    }, { token: tokens.orgadmin })).createCadre;
    ok(await t.gql(`mutation($input: SetCadreEmploymentStatusInput!) { setCadreEmploymentStatus(input: $input) { id } }`, { input: { id: cadre.id, expectedVersion: cadre.version, status: 'LEFT', since: '2025-10-08' } }, { token: tokens.orgadmin }));
    ok(await t.gql(`mutation($input: RetireOrganisationInput!) { retireOrganisation(input: $input) { id } }`, { input: { id: town.id, expectedVersion: town.version, retiredOn: '2025-12-31' } }, { token: tokens.orgadmin }));
    // Serving again on paper, in a retired unit: the unit's retirement refuses it.
    const [{ version }] = (await t.dataSource.query(`SELECT version FROM cadre WHERE id = $1`, [cadre.id])) as [{ version: number }];
    ok(await t.gql(`mutation($input: SetCadreEmploymentStatusInput!) { setCadreEmploymentStatus(input: $input) { id } }`, { input: { id: cadre.id, expectedVersion: version, status: 'SERVING', since: '2026-01-02' } }, { token: tokens.orgadmin }));
    const res = await t.gql(`mutation($input: EnrolCadreInput!) { enrolCadreInCycle(input: $input) { id } }`, { input: { cycleId, cadreId: cadre.id } }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe('UNIT_RETIRED');
  });
});

describe('moving a unit: running assessments follow it, those of cancelled cycles stay where they were (高坝县 → 玛曲源县)', () => {
  const gql = <T>(query: string, input: Record<string, unknown>) => t.gql<T>(query, { input }, { token: tokens.orgadmin }).then(ok);
  const plan = async (name: string) =>
    (await gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      kind: 'ANNUAL', name, year: 2025, organisationId: org['QH-XY'], deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' },
    })).planCycle.id;
  const pathOf = async (table: 'organisation' | 'assessment', where: string, id: string): Promise<string> =>
    ((await t.dataSource.query(`SELECT ${table === 'organisation' ? 'path' : 'org_path AS path'} FROM ${table} WHERE ${where} = $1`, [id])) as [{ path: string }])[0].path;
  let town: { id: string; version: number };
  let cancelled: string;
  let running: string;
  let accusation: string;

  beforeAll(async () => {
    t.clock.set(chinaTime('2026-01-08T09:00:00'));
    town = (await gql<{ createOrganisation: { id: string; version: number } }>(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version } }`, {
      parentId: org['QH-XY-GB'], code: 'GB-SNZ', name: '高坝县松南镇', kind: 'TOWNSHIP', category: 'UNCATEGORISED',
    })).createOrganisation;
    await gql(`mutation($input: CreateCadreInput!) { createCadre(input: $input) { id } }`, {
      organisationId: town.id, personNo: 'GB-2025-0316', name: '扎西顿珠', gender: 'MALE', post: '镇党委书记', rankLevel: 'SECTION_PRINCIPAL', positionType: 'PRINCIPAL', managingOrganisationId: org['QH-XY'],
    });
    cancelled = await plan('雪原州2025年度考核（作废）');
    await gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { cycleId: cancelled, organisationIds: [town.id], includeSubtree: false, includeTeams: true });
    await gql(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { id } }`, { cycleId: cancelled, reason: '测试：考核方案调整，重新组织' });
    running = await plan('雪原州2025年度考核');
    await gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { cycleId: running, organisationIds: [town.id], includeSubtree: false, includeTeams: true });
    const [{ id: cadreId }] = (await t.dataSource.query(`SELECT id FROM cadre WHERE person_no = 'GB-2025-0316'`)) as [{ id: string }];
    accusation = ok(
      await t.gql<{ recordAccusation: { id: string } }>(
        `mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`,
        { input: { cadreId, source: 'PETITION', points: ['反映其在征地补偿中优亲厚友'], concernsYear: 2025, receivedOn: '2026-01-07' } },
        { token: await t.signIn('discipline') },
      ),
    ).recordAccusation.id;
    await gql(`mutation($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { id } }`, { id: town.id, expectedVersion: town.version, parentId: org['QH-XY-MQ'] });
  });

  it.each<[string, () => string, 'new' | 'old']>([
    ['the running cycle’s cadre assessment', () => running, 'new'],
    ['the cancelled cycle’s cadre assessment', () => cancelled, 'old'],
  ])('%s is under the %s path', async (_what, cycle, which) => {
    const [row] = (await t.dataSource.query(`SELECT org_path FROM assessment WHERE cycle_id = $1 AND organisation_id = $2 AND cadre_id IS NOT NULL`, [cycle(), town.id])) as [{ org_path: string }];
    const newPath = await pathOf('organisation', 'id', town.id);
    const oldPath = `${await pathOf('organisation', 'id', org['QH-XY-GB']!)}${town.id}/`;
    expect(newPath).toBe(`${await pathOf('organisation', 'id', org['QH-XY-MQ']!)}${town.id}/`);
    expect(row.org_path).toBe(which === 'new' ? newPath : oldPath);
  });

  it('an open accusation against the unit’s cadre follows it into the new jurisdiction', async () => {
    const [row] = (await t.dataSource.query(`SELECT org_path FROM accusation WHERE id = $1`, [accusation])) as [{ org_path: string }];
    expect(row.org_path).toBe(await pathOf('organisation', 'id', town.id));
  });
});
