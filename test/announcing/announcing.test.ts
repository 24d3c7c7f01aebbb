import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Announcing a city's 2025 results (泰宁市: the city's own team and 21 cadres,
 * 东江区 and 临山县 with 16 cadres each), decided by hand below, with 2023
 * and 2024 behind them for the merit list. Every figure is counted by hand
 * from the grades set here.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const cycles: Record<number, string> = {};
/** Cadres of each unit in the 2025 cycle, by personnel number. */
const cadres: Record<string, Array<{ id: string; name: string }>> = {};
const org: Record<string, string> = {};

const setGrade = (cycleId: string, where: string, grade: string | null, params: unknown[] = []) =>
  t.dataSource.query(`UPDATE assessment a SET final_grade = $2 WHERE a.cycle_id = $1 AND ${where}`, [cycleId, grade, ...params]);

async function decide(year: number, teams: Record<string, string>, excellent: string[], others: Record<string, string>) {
  const c = cycles[year]!;
  await setGrade(c, `a.kind = 'CADRE_ANNUAL'`, 'COMPETENT');
  for (const [code, grade] of Object.entries(teams)) await setGrade(c, `a.kind = 'TEAM_ANNUAL' AND a.organisation_id = $3`, grade, [org[code]]);
  const byName = async (names: string[], grade: string) => {
    if (names.length) await setGrade(c, `a.kind = 'CADRE_ANNUAL' AND a.cadre_id IN (SELECT id FROM cadre WHERE name = ANY($3::text[]))`, grade, [names]);
  };
  await byName(excellent, 'EXCELLENT');
  for (const [name, grade] of Object.entries(others)) await byName([name], grade);
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng', 'committee', 'hr', 'cadre']) tokens[u] = await t.signIn(u);
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH-TN', 'QH-TN-DJ', 'QH-TN-LS')`)) as Array<{ id: string; code: string }>) org[row.code] = row.id;
  for (const year of [2023, 2024, 2025]) cycles[year] = await openCycleFor(t, tokens.orgadmin!, 'QH-TN', year);
  for (const code of ['QH-TN', 'QH-TN-DJ', 'QH-TN-LS']) {
    cadres[code] = await t.dataSource.query(
      `SELECT c.id, c.name FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND a.organisation_id = $2 ORDER BY c.person_no`,
      [cycles[2025], org[code]],
    );
  }
}, 180_000);
afterAll(() => t?.close());

const name = (code: string, i: number) => cadres[code]![i]!.name;

const DIST = `teams teamsExcellent teamsGood teamsAverage teamsPoor teamsUndecided cadres cadresExcellent cadresCompetent cadresBasicallyCompetent
  cadresIncompetent cadresNotGraded cadresUndecided excellentTeamPercent rectificationTeamPercent excellentCadrePercent`;
const REPORT = `query($c: ID!, $o: ID, $cat: OrganisationCategory) { resultsReport(cycleId: $c, organisationId: $o, category: $cat) {
  organisationName total { ${DIST} } regions { key name ${DIST} } categories { key ${DIST} }
  excellentTeams { totalCount nodes { organisationName grade kind } } rectificationTeams { totalCount nodes { organisationName grade regionName } }
  outstandingRegions { totalCount nodes { organisationName } } bonusCoefficients { grade coefficient } } }`;
const LISTS = `query($c: ID!) { announcementLists(cycleId: $c) { kind number issuedOn entries { name organisationName grade firstYear lastYear } } }`;
const ISSUE = `mutation($input: IssueAnnouncementListInput!) { issueAnnouncementList(input: $input) { kind number issuedOn entryCount entries { name } } }`;

type D = Record<string, number | null>;
const d = (teams: number[], cadres: number[], shares: Array<number | null>): D => ({
  teams: teams[0]!, teamsExcellent: teams[1]!, teamsGood: teams[2]!, teamsAverage: teams[3]!, teamsPoor: teams[4]!, teamsUndecided: teams[5]!,
  cadres: cadres[0]!, cadresExcellent: cadres[1]!, cadresCompetent: cadres[2]!, cadresBasicallyCompetent: cadres[3]!, cadresIncompetent: cadres[4]!, cadresNotGraded: cadres[5]!, cadresUndecided: cadres[6]!,
  excellentTeamPercent: shares[0]!, rectificationTeamPercent: shares[1]!, excellentCadrePercent: shares[2]!,
});

describe('before the results are final', () => {
  it('refuses to issue a list while results it draws on are open, naming how many', async () => {
    const res = await t.gql(ISSUE, { input: { cycleId: cycles[2025], kind: 'COMMENDED_TEAMS' } }, { token: tokens['orgadmin.taining'] });
    expect(codeOf(res)).toBe('RESULTS_NOT_DECIDED');
    expect((res.errors![0]!.extensions as { undecided: number }).undecided).toBe(3);
  });
});

describe('the 2025 results of 泰宁市', () => {
  beforeAll(async () => {
    // 2023: the city's first and third cadre and 东江区's first EXCELLENT; 2024: the first two and 东江区's first.
    await decide(2023, { 'QH-TN': 'GOOD', 'QH-TN-DJ': 'GOOD', 'QH-TN-LS': 'GOOD' }, [name('QH-TN', 0), name('QH-TN', 2), name('QH-TN-DJ', 0)], {});
    await decide(2024, { 'QH-TN': 'GOOD', 'QH-TN-DJ': 'GOOD', 'QH-TN-LS': 'GOOD' }, [name('QH-TN', 0), name('QH-TN', 1), name('QH-TN-DJ', 0)], {});
    // 2025: the city's first three EXCELLENT, its fourth BASICALLY_COMPETENT; 东江区: first EXCELLENT, second INCOMPETENT, third UNGRADED.
    await decide(2025, { 'QH-TN': 'EXCELLENT', 'QH-TN-DJ': 'AVERAGE', 'QH-TN-LS': 'POOR' }, [name('QH-TN', 0), name('QH-TN', 1), name('QH-TN', 2), name('QH-TN-DJ', 0)], {
      [name('QH-TN', 3)]: 'BASICALLY_COMPETENT',
      [name('QH-TN-DJ', 1)]: 'INCOMPETENT',
      [name('QH-TN-DJ', 2)]: 'UNGRADED',
    });
  });

  it('counts the distribution in all, per region and per category, with the shares', async () => {
    const res = await t.gql<{ resultsReport: Record<string, unknown> & { regions: Array<D & { key: string; name: string }>; categories: Array<D & { key: string }> } }>(REPORT, { c: cycles[2025] }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const r = res.data!.resultsReport;
    expect(r.organisationName).toBe('泰宁市');
    // 3 teams: 1 EXCELLENT, 1 AVERAGE, 1 POOR → 1/3 = 33.3 %, 2/3 = 66.7 %; 53 cadres, 52 graded, 4 EXCELLENT → 7.7 %.
    expect(r.total).toEqual(d([3, 1, 0, 1, 1, 0], [53, 4, 46, 1, 1, 1, 0], [33.3, 66.7, 7.7]));
    expect(r.regions.map((g) => g.name)).toEqual(['泰宁市', '东江区', '临山县']);
    const strip = ({ key: _k, name: _n, ...rest }: D & { key: string; name?: string }) => rest;
    expect(r.regions.map(strip)).toEqual([
      d([1, 1, 0, 0, 0, 0], [21, 3, 17, 1, 0, 0, 0], [100, 0, 14.3]),
      d([1, 0, 0, 1, 0, 0], [16, 1, 13, 0, 1, 1, 0], [0, 100, 6.7]),
      d([1, 0, 0, 0, 1, 0], [16, 0, 16, 0, 0, 0, 0], [0, 100, 0]),
    ]);
    expect(r.categories.map((g) => g.key)).toEqual(['CITY_STRONG_ECONOMY', 'COUNTY_DISTRICT']);
    expect(strip(r.categories[1]!)).toEqual(d([2, 0, 0, 1, 1, 0], [32, 1, 29, 0, 1, 1, 0], [0, 100, 3.2]));
    expect(r.excellentTeams).toEqual({ totalCount: 1, nodes: [{ organisationName: '泰宁市', grade: 'EXCELLENT', kind: 'CITY' }] });
    expect(r.rectificationTeams).toEqual({
      totalCount: 2,
      nodes: [
        { organisationName: '东江区', grade: 'AVERAGE', regionName: '东江区' },
        { organisationName: '临山县', grade: 'POOR', regionName: '临山县' },
      ],
    });
    expect(r.outstandingRegions).toEqual({ totalCount: 1, nodes: [{ organisationName: '泰宁市' }] });
    expect(r.bonusCoefficients).toEqual([
      { grade: 'EXCELLENT', coefficient: 1.2 },
      { grade: 'GOOD', coefficient: 1 },
      { grade: 'AVERAGE', coefficient: 0.9 },
      { grade: 'POOR', coefficient: 0.8 },
    ]);
  });

  it.each([
    ['COUNTY_DISTRICT', null, [2, 0, 0, 1, 1, 0], 0],
    ['CITY_STRONG_ECONOMY', null, [1, 1, 0, 0, 0, 0], 1],
    [null, 'QH-TN-DJ', [1, 0, 0, 1, 0, 0], 0],
  ])('filters by category %s and region %s', async (category, region, teams, excellent) => {
    const res = await t.gql<{ resultsReport: { total: D; excellentTeams: { totalCount: number } } }>(REPORT, { c: cycles[2025], cat: category, o: region ? org[region] : null }, { token: tokens['orgadmin.taining'] });
    expect(res.errors).toBeUndefined();
    const total = res.data!.resultsReport.total;
    expect([total.teams, total.teamsExcellent, total.teamsGood, total.teamsAverage, total.teamsPoor, total.teamsUndecided]).toEqual(teams);
    expect(res.data!.resultsReport.excellentTeams.totalCount).toBe(excellent);
  });

  it('draws the four lists: merit for 3 EXCELLENT years in a row, commendation for the rest, teams commended and criticised', async () => {
    const res = await t.gql<{ announcementLists: Array<{ kind: string; number: string | null; entries: Array<{ name: string; grade: string; firstYear: number; lastYear: number }> }> }>(LISTS, { c: cycles[2025] }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const byKind = Object.fromEntries(res.data!.announcementLists.map((l) => [l.kind, l]));
    expect(Object.keys(byKind)).toEqual(['COMMENDED_TEAMS', 'COMMENDED_CADRES', 'MERIT_CADRES', 'CRITICISED_TEAMS']);
    expect(byKind.COMMENDED_TEAMS!.entries.map((e) => e.name)).toEqual(['泰宁市']);
    expect(byKind.CRITICISED_TEAMS!.entries.map((e) => [e.name, e.grade])).toEqual([['临山县', 'POOR']]);
    expect(byKind.MERIT_CADRES!.entries.map((e) => [e.name, e.firstYear, e.lastYear])).toEqual([
      [name('QH-TN', 0), 2023, 2025],
      [name('QH-TN-DJ', 0), 2023, 2025],
    ]);
    // The second (2024, 2025) and third (2023, 2025: not in a row) are commended, not on the merit list.
    expect(new Set(byKind.COMMENDED_CADRES!.entries.map((e) => e.name))).toEqual(new Set([name('QH-TN', 1), name('QH-TN', 2)]));
    expect(byKind.COMMENDED_CADRES!.entries.every((e) => e.firstYear === 2025 && e.lastYear === 2025)).toBe(true);
    expect(res.data!.announcementLists.every((l) => l.number === null)).toBe(true);
  });

  it('lets only the organisation department of the cycle issue a list, once, with a number, audited', async () => {
    const input = { cycleId: cycles[2025], kind: 'MERIT_CADRES' };
    expect(codeOf(await t.gql(ISSUE, { input }, { token: tokens.committee }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ISSUE, { input }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ISSUE, { input: { ...input, cycleId: '00000000-0000-4000-8000-000000000000' } }, { token: tokens['orgadmin.taining'] }))).toBe('NOT_FOUND');
    const res = await t.gql<{ issueAnnouncementList: { number: string; issuedOn: string; entries: Array<{ name: string }> } }>(ISSUE, { input }, { token: tokens['orgadmin.taining'] });
    expect(res.errors).toBeUndefined();
    const issued = res.data!.issueAnnouncementList;
    expect(issued.issuedOn).toBe('2026-01-06');
    expect(issued.number).toMatch(/〔2026〕1号$/);
    expect(issued.entries.map((e) => e.name)).toEqual([name('QH-TN', 0), name('QH-TN-DJ', 0)]);
    expect(codeOf(await t.gql(ISSUE, { input }, { token: tokens['orgadmin.taining'] }))).toBe('CONFLICT');
    const trail = (await t.dataSource.query(`SELECT payload, actor_role FROM audit_log WHERE action = 'ANNOUNCEMENT_ISSUED'`)) as Array<{ payload: { number: string; entries: number }; actor_role: string }>;
    expect(trail).toHaveLength(1);
    expect(trail[0]!.payload).toMatchObject({ number: issued.number, entries: 2, kind: 'MERIT_CADRES' });
    // Frozen: a later correction does not change the issued list; the next list takes the next number.
    await setGrade(cycles[2025]!, `a.cadre_id = $3`, 'COMPETENT', [cadres['QH-TN-DJ']![0]!.id]);
    const lists = await t.gql<{ announcementLists: Array<{ kind: string; number: string | null; entries: Array<{ name: string }> }> }>(LISTS, { c: cycles[2025] }, { token: tokens.committee });
    expect(lists.data!.announcementLists.find((l) => l.kind === 'MERIT_CADRES')!.entries).toHaveLength(2);
    const second = await t.gql<{ issueAnnouncementList: { number: string } }>(ISSUE, { input: { ...input, kind: 'CRITICISED_TEAMS' } }, { token: tokens['orgadmin.taining'] });
    expect(second.data!.issueAnnouncementList.number).toMatch(/〔2026〕2号$/);
    await setGrade(cycles[2025]!, `a.cadre_id = $3`, 'EXCELLENT', [cadres['QH-TN-DJ']![0]!.id]);
  });

  it('prints an issued list as an official PDF and refuses one not issued', async () => {
    const ok = await fetch(`${t.url}/exports/documents/cycles/${cycles[2025]}/announcements/MERIT_CADRES.pdf`, { headers: { authorization: `Bearer ${tokens['orgadmin.taining']}` } });
    expect([200, 503]).toContain(ok.status); // 503 only where no CJK font is installed
    if (ok.status === 200) expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const draft = await fetch(`${t.url}/exports/documents/cycles/${cycles[2025]}/announcements/COMMENDED_TEAMS.pdf`, { headers: { authorization: `Bearer ${tokens['orgadmin.taining']}` } });
    expect(draft.status).toBe(404);
  });

  it('exports the annual-bonus coefficients for payroll: team grade’s coefficient for COMPETENT or better, 0 below or without a grade', async () => {
    const res = await fetch(`${t.url}/exports/cycles/${cycles[2025]}/payroll-bonus.xlsx`, { headers: { authorization: `Bearer ${tokens.hr}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('年度考核奖系数')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['序号', '干部编号', '姓名', '单位', '职务', '本人等次', '所在单位领导班子等次', '年度考核奖系数', '说明']);
    expect(sheet.rowCount - 1).toBe(53);
    const rows = new Map(Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1)).map((r) => [r[2] as string, r]));
    const check = (who: string, own: string, team: string, coefficient: number) => expect([rows.get(who)![5], rows.get(who)![6], rows.get(who)![7]]).toEqual([own, team, coefficient]);
    check(name('QH-TN', 0), '优秀', '优秀', 1.2);
    check(name('QH-TN', 4), '称职', '优秀', 1.2);
    check(name('QH-TN', 3), '基本称职', '优秀', 0);
    check(name('QH-TN-DJ', 0), '优秀', '一般', 0.9);
    check(name('QH-TN-DJ', 1), '不称职', '一般', 0);
    check(name('QH-TN-DJ', 2), '不定等次', '一般', 0);
    check(name('QH-TN-LS', 0), '称职', '较差', 0.8);
    const trail = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE action = 'PAYROLL_BONUS_EXPORTED' AND entity_id = $1`, [cycles[2025]])) as Array<{ payload: { rows: number } }>;
    expect(trail.at(-1)!.payload.rows).toBe(53);
    expect((await fetch(`${t.url}/exports/cycles/${cycles[2025]}/payroll-bonus.xlsx`)).status).toBe(401);
    expect((await fetch(`${t.url}/exports/cycles/${cycles[2025]}/payroll-bonus.xlsx`, { headers: { authorization: `Bearer ${tokens['orgadmin.hefeng']}` } })).status).toBe(403);
  });

  it('keeps the report and the lists inside the jurisdiction', async () => {
    expect(codeOf(await t.gql(REPORT, { c: cycles[2025] }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(LISTS, { c: cycles[2025] }, { token: tokens.cadre }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORT, { c: 'nope' }, { token: tokens.committee }))).toBe('NOT_FOUND');
  });
});
