import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Cadre management authority (干部管理权限) and one assessment per cadre, kind
 * and period (docs/domain.md §1, §3 step 2): a city that enrols cadres the
 * province already assesses for the year is refused or skipped with the cycle
 * named; a race enrols once; the leadership team's report comes from its
 * principal leader or the designated author; cancelling a cycle cancels its
 * assessments; a team is voted on the team scale.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};

const chinaTime = (iso: string) => new Date(`${iso}+08:00`);

/** The cadre holding a post in a unit (the first by personnel number). */
async function cadreOf(unit: string, post: string): Promise<string> {
  const [row] = (await t.dataSource.query(
    `SELECT c.id FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = $1 AND c.post = $2 ORDER BY c.person_no LIMIT 1`,
    [unit, post],
  )) as Array<{ id: string }>;
  if (!row) throw new Error(`no ${post} in ${unit}`);
  return row.id;
}

async function plan(token: string, unit: string, year: number, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.gql<{ planCycle: { id: string } }>(
    `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
    { input: { kind: 'ANNUAL', name, year, organisationId: org[unit], deadlines: { selfReportDue: `${year + 1}-01-20T18:00:00+08:00`, finishBy: `${year + 1}-03-31T18:00:00+08:00` }, ...extra } },
    { token },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.planCycle.id;
}

const ENROL_ONE = `mutation($input: EnrolCadreInput!) { enrolCadreInCycle(input: $input) { id kind state cycle { id } } }`;
const enrolOne = (token: string, cycleId: string, cadreId: string) =>
  t.gql<{ enrolCadreInCycle: { id: string; kind: string; state: string } }>(ENROL_ONE, { input: { cycleId, cadreId } }, { token });

type Skip = { cadre: { id: string } | null; organisation: { code: string }; kind: string; reason: string; existingCycleId: string | null; existingCycleName: string | null; existingAssessmentId: string | null; managingOrganisationName: string | null };
type Report = { cycle: { id: string; enrolled: number }; cadres: number; teams: number; skipped: Skip[] };
const ENROL_REPORT = `mutation($input: EnrolInput!) { enrolInCycleWithReport(input: $input) {
  cycle { id } cadres teams
  skipped { cadre { id } organisation { code } kind reason existingCycleId existingCycleName existingAssessmentId managingOrganisationName } } }`;

const liveAssessments = async (cadreId: string, period: string): Promise<number> =>
  ((await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cadre_id = $1 AND kind = 'CADRE_ANNUAL' AND period = $2 AND state <> 'cancelled'`, [cadreId, period])) as [{ n: number }])[0].n;

async function cadreUser(cadreId: string, username: string): Promise<string> {
  const created = await t.gql<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { username, displayName: username, password: 'cadre-password-2026', cadreId } },
    { token: tokens.sysadmin },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const [{ organisation_id: unit }] = (await t.dataSource.query(`SELECT organisation_id FROM cadre WHERE id = $1`, [cadreId])) as [{ organisation_id: string }];
  await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.data!.createUser.id, o: unit }, { token: tokens.sysadmin });
  return t.signIn(username, 'cadre-password-2026');
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 * 6 } });
  t.clock.set(chinaTime('2026-01-05T09:00:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng', 'assessor', 'sysadmin', 'hr', 'cadre']) tokens[u] = await t.signIn(u);
  for (const { code, id } of (await t.dataSource.query(`SELECT code, id FROM organisation`)) as Array<{ code: string; id: string }>) org[code] = id;
});
afterAll(() => t?.close());

describe('the managing jurisdiction (干部管理权限) of each cadre', () => {
  it.each<[string, string, string]>([
    ['QH-TN', '市委书记', 'QH'],
    ['QH-TN', '组织部部长', 'QH'],
    ['QH-TN', '办公室主任', 'QH-TN'],
    ['QH-TN-DJ', '县委书记', 'QH-TN'],
    ['QH-TN-DJ', '常务副县长', 'QH-TN'],
    ['QH-TN-DJ', '县委办公室主任', 'QH-TN-DJ'],
    ['QH-D-CZT', '党组书记、厅长', 'QH'],
    ['QH-D-CZT', '办公室主任', 'QH'],
  ])('by default, %s %s is managed by %s (province: bureau level; city: county-division level; county: township-section level)', async (unit, post, managing) => {
    const res = await t.gql<{ cadre: { managingOrganisation: { code: string } } }>(`query($id: ID!) { cadre(id: $id) { managingOrganisation { code } } }`, { id: await cadreOf(unit, post) }, { token: tokens.orgadmin });
    expect(res.data!.cadre.managingOrganisation.code).toBe(managing);
  });

  const UPDATE = `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { version managingOrganisation { code } } }`;
  it.each<[string, string, string, string, string | null]>([
    ['the province moves a county cadre to the city', 'orgadmin', '县委办公室主任', 'QH-TN', null],
    ['the city takes a cadre the province manages', 'orgadmin.taining', '县委书记', 'QH-TN-DJ', null],
    ['HR of the province gives it back to the county', 'hr', '县委办公室主任', 'QH-TN-DJ', null],
    ['a unit that is not above the cadre', 'orgadmin', '县委办公室主任', 'QH-TN-LS', 'VALIDATION'],
    ['another city, outside the editor’s jurisdiction', 'orgadmin.hefeng', '县委办公室主任', 'QH-HF', 'FORBIDDEN'],
  ])('%s: %s sets 东江区 %s to %s → %s', async (_what, who, post, to, code) => {
    const id = await cadreOf('QH-TN-DJ', post);
    const [{ version }] = (await t.dataSource.query(`SELECT version FROM cadre WHERE id = $1`, [id])) as [{ version: number }];
    const res = await t.gql<{ updateCadre: { version: number; managingOrganisation: { code: string } } }>(UPDATE, { input: { id, expectedVersion: version, managingOrganisationId: org[to] } }, { token: tokens[who] });
    if (code) {
      expect(codeOf(res)).toBe(code);
      return;
    }
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCadre).toEqual({ version: version + 1, managingOrganisation: { code: to } });
    const [audit] = (await t.dataSource.query(`SELECT action, payload FROM audit_log WHERE entity_type = 'cadre' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`, [id])) as Array<{ action: string; payload: { changes: Record<string, { to: string }> } }>;
    expect(audit!.action).toBe('CADRE_UPDATED');
    expect(audit!.payload.changes.managingOrganisationId!.to).toBe(org[to]);
  });

  it('a city cannot take over a cadre the province manages', async () => {
    const id = await cadreOf('QH-TN', '市委书记');
    const [{ version }] = (await t.dataSource.query(`SELECT version FROM cadre WHERE id = $1`, [id])) as [{ version: number }];
    expect(codeOf(await t.gql(UPDATE, { input: { id, expectedVersion: version, managingOrganisationId: org['QH-TN'] } }, { token: tokens['orgadmin.taining'] }))).toBe('FORBIDDEN');
  });
});

describe('one annual assessment per cadre and year: a city after the province (2026)', () => {
  let provinceCycle: string;
  let cityCycle: string;
  let report: Report;

  beforeAll(async () => {
    // The province assesses 东江区 (its cadres and its team) for 2026.
    provinceCycle = await plan(tokens.orgadmin!, 'QH-TN-DJ', 2026, '东江区2026年度考核');
    const enrolled = await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: provinceCycle, organisationIds: [org['QH-TN-DJ']], includeSubtree: true, includeTeams: true } }, { token: tokens.orgadmin });
    expect(enrolled.errors).toBeUndefined();
    // Then the city plans its own 2026 cycle and enrols its whole subtree.
    cityCycle = await plan(tokens['orgadmin.taining']!, 'QH-TN', 2026, '泰宁市2026年度考核');
    const res = await t.gql<{ enrolInCycleWithReport: Report }>(ENROL_REPORT, { input: { cycleId: cityCycle, organisationIds: [org['QH-TN']], includeSubtree: true, includeTeams: true } }, { token: tokens['orgadmin.taining'] });
    expect(res.errors).toBeUndefined();
    report = res.data!.enrolInCycleWithReport;
  });

  it('the city cycle is run by the city: its assessing organisation is 泰宁市', async () => {
    const res = await t.gql<{ cycle: { assessingOrganisation: { code: string } } }>(`query($id: ID!) { cycle(id: $id) { assessingOrganisation { code } } }`, { id: cityCycle }, { token: tokens['orgadmin.taining'] });
    expect(res.data!.cycle.assessingOrganisation.code).toBe('QH-TN');
  });

  it('bulk: enrols the 12 city-managed cadres of 泰宁市 and the 16 of 临山县 with its team, and reports who was skipped', () => {
    expect({ cadres: report.cadres, teams: report.teams }).toEqual({ cadres: 28, teams: 1 });
    const tally = (reason: string, kind: string, unit: string) => report.skipped.filter((s) => s.reason === reason && s.kind === kind && s.organisation.code === unit).length;
    expect({
      provinceManagedCityLeaders: tally('OUTSIDE_MANAGING_JURISDICTION', 'CADRE_ANNUAL', 'QH-TN'),
      alreadyInProvinceCycle: tally('ALREADY_ENROLLED', 'CADRE_ANNUAL', 'QH-TN-DJ'),
      cityTeam: tally('OUTSIDE_MANAGING_JURISDICTION', 'TEAM_ANNUAL', 'QH-TN'),
      countyTeam: tally('ALREADY_ENROLLED', 'TEAM_ANNUAL', 'QH-TN-DJ'),
      total: report.skipped.length,
    }).toEqual({ provinceManagedCityLeaders: 9, alreadyInProvinceCycle: 16, cityTeam: 1, countyTeam: 1, total: 27 });
    for (const s of report.skipped.filter((x) => x.reason === 'ALREADY_ENROLLED')) {
      expect(s).toMatchObject({ existingCycleId: provinceCycle, existingCycleName: '东江区2026年度考核' });
      expect(s.existingAssessmentId).toMatch(/^[0-9a-f-]{36}$/);
    }
    for (const s of report.skipped.filter((x) => x.reason === 'OUTSIDE_MANAGING_JURISDICTION')) expect(s.managingOrganisationName).toBe('青禾省');
  });

  it('the skipped are in the ENROL audit entry of the city cycle', async () => {
    const [entry] = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE entity_type = 'assessment_cycle' AND entity_id = $1 AND action = 'ENROL'`, [cityCycle])) as Array<{ payload: { cadres: number; teams: number; skipped: unknown[] } }>;
    expect({ cadres: entry!.payload.cadres, teams: entry!.payload.teams, skipped: entry!.payload.skipped.length }).toEqual({ cadres: 28, teams: 1, skipped: 27 });
  });

  it.each<[string, string, string, string, (cycles: { province: string; city: string }) => Record<string, unknown>]>([
    ['a county leader the province already assesses', 'QH-TN-DJ', '县委书记', 'ALREADY_ENROLLED', (c) => ({ cycleId: c.province, cycleName: '东江区2026年度考核' })],
    ['a city cadre already enrolled in this very cycle', 'QH-TN', '办公室主任', 'ALREADY_ENROLLED', (c) => ({ cycleId: c.city, cycleName: '泰宁市2026年度考核' })],
    ['the city’s party secretary, whom the province manages', 'QH-TN', '市委书记', 'OUTSIDE_MANAGING_JURISDICTION', () => ({ managingOrganisationId: org.QH, managingOrganisationName: '青禾省' })],
  ])('one cadre: %s (%s %s) is refused with %s, naming what holds it', async (_what, unit, post, code, facts) => {
    const cadreId = await cadreOf(unit, post);
    const res = await enrolOne(tokens['orgadmin.taining']!, cityCycle, cadreId);
    expect(codeOf(res)).toBe(code);
    expect(res.errors![0]!.extensions).toMatchObject(facts({ province: provinceCycle, city: cityCycle }));
    if (code === 'ALREADY_ENROLLED') expect(res.errors![0]!.extensions!.assessmentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await liveAssessments(cadreId, '2026')).toBe(code === 'ALREADY_ENROLLED' ? 1 : 0);
  });

  it('the reward and sanction counters meet one 2026 assessment per cadre: no cadre holds two', async () => {
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT cadre_id FROM assessment WHERE kind = 'CADRE_ANNUAL' AND period = '2026' AND state <> 'cancelled' GROUP BY cadre_id HAVING count(*) > 1) d`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it.each<[string, number, string]>([
    ['2027, another year', 2027, 'ANNUAL'],
    ['2026, a term assessment', 2026, 'TERM'],
  ])('the same cadre may be enrolled for %s', async (_what, year, kind) => {
    const cycle = await plan(tokens['orgadmin.taining']!, 'QH-TN', year, `泰宁市${year}${kind}`, { kind });
    const res = await enrolOne(tokens['orgadmin.taining']!, cycle, await cadreOf('QH-TN-DJ', '县委书记'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.enrolCadreInCycle.kind).toBe(kind === 'TERM' ? 'TERM' : 'CADRE_ANNUAL');
  });

  it('the database refuses a second assessment for the period even without the service', async () => {
    const cadreId = await cadreOf('QH-TN-DJ', '县长');
    await expect(
      t.dataSource.query(
        `INSERT INTO assessment (cycle_id, kind, cadre_id, organisation_id, org_path, machine_id, machine_version, input, state, snapshot)
         SELECT $1, 'CADRE_ANNUAL', a.cadre_id, a.organisation_id, a.org_path, a.machine_id, a.machine_version, a.input, a.state, a.snapshot
           FROM assessment a WHERE a.cadre_id = $2 AND a.cycle_id = $3`,
        [cityCycle, cadreId, provinceCycle],
      ),
    ).rejects.toThrow(/assessment_cadre_period_once/);
  });
});

describe('a race: two cycles enrol the same cadre at the same moment (2028)', () => {
  it.each<[string]>([['县长'], ['县委副书记'], ['常务副县长']])('临山县 %s: exactly one enrolment wins, the other is told which cycle holds the year', async (post) => {
    const cadreId = await cadreOf('QH-TN-LS', post);
    const province = await plan(tokens.orgadmin!, 'QH-TN-LS', 2028, `临山县2028年度考核·${post}`);
    const city = await plan(tokens['orgadmin.taining']!, 'QH-TN', 2028, `泰宁市2028年度考核·${post}`);
    const results: Array<GraphQLResponse<{ enrolCadreInCycle: { id: string } }>> = await Promise.all([
      enrolOne(tokens.orgadmin!, province, cadreId),
      enrolOne(tokens['orgadmin.taining']!, city, cadreId),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(codeOf(lost[0]!)).toBe('ALREADY_ENROLLED');
    expect(lost[0]!.errors![0]!.extensions!.assessmentId).toBe(won[0]!.data!.enrolCadreInCycle.id);
    expect(await liveAssessments(cadreId, '2028')).toBe(1);
  });
});

describe('cancelling a cycle cancels its assessments (2029)', () => {
  let cycleId: string;
  const QUEUE = `{ workQueue(first: 200) { totalCount nodes { id } } }`;

  beforeAll(async () => {
    t.clock.set(chinaTime('2030-01-05T09:00:00'));
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2029);
  });

  it('the cadre’s self-report waits in their work queue while the cycle runs', async () => {
    const queue = await t.gql<{ workQueue: { nodes: Array<{ id: string }> } }>(QUEUE, {}, { token: tokens.cadre });
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND due_at IS NOT NULL`, [cycleId])) as [{ n: number }];
    expect(queue.data!.workQueue.nodes).toHaveLength(1);
    expect(n).toBe(17);
  });

  it('cancelling the open cycle moves all 17 assessments to cancelled in one go, each audited, out of every queue and deadline', async () => {
    const res = await t.gql<{ cancelCycle: { state: string; progress: Array<{ state: string; kind: string; count: number }> } }>(
      `mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { state progress { state kind count } } }`,
      { input: { cycleId, reason: '考核方案调整，重新部署' } },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelCycle).toEqual({
      state: 'cancelled',
      progress: [
        { state: 'cancelled', kind: 'CADRE_ANNUAL', count: 16 },
        { state: 'cancelled', kind: 'TEAM_ANNUAL', count: 1 },
      ],
    });
    const [{ audited, due }] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM audit_log l JOIN assessment a ON l.entity_id = a.id::text WHERE l.entity_type = 'assessment' AND a.cycle_id = $1 AND l.action = 'CANCEL_ASSESSMENT' AND l.actor_role = 'ORG_ADMIN') AS audited,
              (SELECT count(*)::int FROM assessment WHERE cycle_id = $1 AND due_at IS NOT NULL) AS due`,
      [cycleId],
    )) as [{ audited: number; due: number }];
    expect({ audited, due }).toEqual({ audited: 17, due: 0 });
    expect((await t.gql<{ workQueue: { nodes: unknown[] } }>(QUEUE, {}, { token: tokens.cadre })).data!.workQueue.nodes).toHaveLength(0);
    // The self-report deadline passes: nothing of the cancelled cycle fires.
    t.clock.set(chinaTime('2030-01-21T09:00:00'));
    const run = await t.gql<{ runDueDeadlines: { fired: number } }>(`mutation { runDueDeadlines { fired } }`, {}, { token: tokens.orgadmin });
    expect(run.data!.runDueDeadlines.fired).toBe(0);
  });

  it('the year is free again: a new cycle enrols the same county', async () => {
    const again = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ', 2029);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1`, [again])) as [{ n: number }];
    expect(n).toBe(17);
  });

  it('a cycle with a decided result is not cancelled: the result stands (a regular appraisal)', async () => {
    const regular = await plan(tokens.orgadmin!, 'QH-TN-DJ', 2029, '东江区2029年第三季度平时考核', { kind: 'REGULAR', quarter: 3 });
    await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: regular, organisationIds: [org['QH-TN-DJ']], includeSubtree: false, includeTeams: false } }, { token: tokens.orgadmin });
    const [mine] = (await t.gql<{ myAssessments: Array<{ id: string; cycle: { id: string } }> }>(`{ myAssessments { id cycle { id } } }`, {}, { token: tokens.cadre })).data!.myAssessments.filter((a) => a.cycle.id === regular);
    await act(t, tokens.cadre!, 'submitSummary', { assessmentId: mine!.id });
    await act(t, tokens.assessor!, 'appraise', { assessmentId: mine!.id, grade: 'GOOD', comment: '本季度工作成效明显。' });
    const res = await t.gql(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { state } }`, { input: { cycleId: regular, reason: '重新部署' } }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe('INVALID_TRANSITION');
    expect(res.errors![0]!.extensions!.decided).toBe(1);
    const [{ state }] = (await t.dataSource.query(`SELECT state FROM assessment WHERE id = $1`, [mine!.id])) as [{ state: string }];
    expect(state).toBe('feedback');
  });
});

describe('the leadership team’s report: its principal leader or the designated author (2025)', () => {
  let cycleId: string;
  let teamId: string;
  const who: Record<string, string> = {};
  const DESIGNATE = `mutation($input: DesignateTeamReportAuthorInput!) { designateTeamReportAuthor(input: $input) { id teamReportAuthor { id name } } }`;

  beforeAll(async () => {
    t.clock.set(chinaTime('2026-01-06T09:00:00'));
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-HF-ST', 2025);
    [{ id: teamId }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL'`, [cycleId])) as [{ id: string }];
    for (const [key, post] of [['secretary', '县委书记'], ['office', '县委办公室主任'], ['deputy', '常务副县长']] as const) {
      who[key] = await cadreUser(await cadreOf('QH-HF-ST', post), `st.${key}`);
    }
  });

  it.each<[string, string, string | null]>([
    ['a principal who is not the principal leader (县委办公室主任)', 'office', 'FORBIDDEN'],
    ['a deputy (常务副县长)', 'deputy', 'FORBIDDEN'],
    ['the principal leader (县委书记)', 'secretary', null],
  ])('before any designation, %s (%s) writing the team summary → %s', async (_what, key, code) => {
    const res = await t.gql(
      `mutation($input: SelfReportDraftInput!) { saveSelfReportDraft(input: $input) { draftVersion } }`,
      { input: { assessmentId: teamId, draftVersion: 0, workSummary: '班子年度工作总结。', dutiesAndTargets: '', responsibilityStatement: '', integrityStatement: '' } },
      { token: who[key] },
    );
    expect(codeOf(res) ?? null).toBe(code);
    if (code) expect(res.errors![0]!.message).toContain('主要负责人或指定人员');
  });

  it('the team assessment is among the principal leader’s own, not the office director’s', async () => {
    const mine = async (key: string) => (await t.gql<{ myAssessments: Array<{ id: string }> }>(`{ myAssessments { id } }`, {}, { token: who[key] })).data!.myAssessments.map((a) => a.id);
    expect([(await mine('secretary')).includes(teamId), (await mine('office')).includes(teamId)]).toEqual([true, false]);
  });

  it.each<[string, string, string, string]>([
    ['another city’s organisation department', 'orgadmin.hefeng', '县委办公室主任', 'QH-TN-DJ'],
    ['a cadre of another unit', 'orgadmin', '县委书记', 'QH-HF-YC'],
  ])('%s cannot designate the author', async (_what, admin, post, cadreUnit) => {
    const unit = cadreUnit === 'QH-TN-DJ' ? 'QH-TN-DJ' : 'QH-HF-ST';
    const res = await t.gql(DESIGNATE, { input: { organisationId: org[unit], cadreId: await cadreOf(cadreUnit, post) } }, { token: tokens[admin] });
    expect(codeOf(res)).toBe(admin === 'orgadmin' ? 'VALIDATION' : 'FORBIDDEN');
  });

  it('once the organisation department designates the office director, they write and submit; the designation is audited and shown', async () => {
    const office = await cadreOf('QH-HF-ST', '县委办公室主任');
    const res = await t.gql<{ designateTeamReportAuthor: { teamReportAuthor: { id: string } } }>(DESIGNATE, { input: { organisationId: org['QH-HF-ST'], cadreId: office } }, { token: tokens.orgadmin });
    expect(res.errors).toBeUndefined();
    expect(res.data!.designateTeamReportAuthor.teamReportAuthor.id).toBe(office);
    const [audit] = (await t.dataSource.query(`SELECT action, actor_role, payload FROM audit_log WHERE entity_type = 'organisation' AND entity_id = $1`, [org['QH-HF-ST']])) as Array<{ action: string; actor_role: string; payload: { to: string } }>;
    expect(audit).toMatchObject({ action: 'TEAM_REPORT_AUTHOR_DESIGNATED', actor_role: 'ORG_ADMIN', payload: { to: office } });
    const [{ draft_version: version }] = (await t.dataSource.query(`SELECT draft_version FROM self_report WHERE assessment_id = $1`, [teamId])) as [{ draft_version: number }];
    await writeSelfReport(t, who.office!, teamId, version);
    const submitted = await act(t, who.office!, 'submitSelfReport', { assessmentId: teamId });
    expect(submitted.state).toBe('selfReport.submitted');
    // The deputy, not designated, still may not.
    const deputy = await t.gql(`mutation($input: ActionInput!) { returnSelfReport: submitSelfReport(input: $input) { id } }`, { input: { assessmentId: teamId } }, { token: who.deputy });
    expect(codeOf(deputy)).toBe('FORBIDDEN');
  });
});

describe('a team is voted on the team scale (2025)', () => {
  let cycleId: string;
  let teamId: string;
  let cadreAssessment: string;
  let rater: string;

  beforeAll(async () => {
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-HF-YC', 2025);
    [{ id: teamId }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL'`, [cycleId])) as [{ id: string }];
    [{ id: cadreAssessment }] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'CADRE_ANNUAL' ORDER BY id LIMIT 1`, [cycleId])) as [{ id: string }];
    await advanceAssessments(t, cycleId, [teamId, cadreAssessment], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    const [r] = await createRaters(t, tokens.sysadmin!, 'QH-HF-YC', 1, 'rater.team');
    rater = await t.signIn(r!.username, r!.password);
    for (const assessmentId of [teamId, cadreAssessment]) {
      const res = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, { input: { assessmentId, raters: [{ userId: r!.id, group: 'PEER' }] } }, { token: tokens.assessor });
      expect(res.errors).toBeUndefined();
    }
  });

  it('the invitation offers the team scale for the team and the cadre scale for a cadre', async () => {
    const res = await t.gql<{ myBallotInvitations: Array<{ assessmentId: string; overallVotes: string[] }> }>(`{ myBallotInvitations { assessmentId overallVotes } }`, {}, { token: rater });
    const votes = Object.fromEntries(res.data!.myBallotInvitations.map((i) => [i.assessmentId, i.overallVotes]));
    expect(votes).toEqual({ [teamId]: ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'], [cadreAssessment]: ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] });
  });

  const cast = (assessmentId: string, overall: string) =>
    t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, { input: { assessmentId, overall, scores: { morality: 88, ability: 86, diligence: 90, results: 85, integrity: 92 } } }, { token: rater });

  it.each<[string, 'team' | 'cadre', string, string | null]>([
    ['a cadre grade on a team ballot', 'team', 'COMPETENT', 'VALIDATION'],
    ['the lowest cadre grade on a team ballot', 'team', 'INCOMPETENT', 'VALIDATION'],
    ['a team grade on a cadre ballot', 'cadre', 'GOOD', 'VALIDATION'],
    ['a team grade on the team ballot', 'team', 'GOOD', null],
    ['a cadre grade on the cadre ballot', 'cadre', 'COMPETENT', null],
  ])('%s (%s, %s) → %s', async (_what, whose, overall, code) => {
    const res = await cast(whose === 'team' ? teamId : cadreAssessment, overall);
    expect(codeOf(res) ?? null).toBe(code);
    if (code) expect(res.errors![0]!.extensions!.fields).toEqual([{ field: 'input.overall', messages: [expect.stringContaining(whose === 'team' ? 'EXCELLENT, GOOD, AVERAGE, POOR' : 'EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT')] }]);
  });
});
