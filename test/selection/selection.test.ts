import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPastResults, seedPromotion, type PastResult } from '../../server/selection/selection-seed.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * 选任参考 through the API: counters by hand, the search's filters and its
 * ranking, the promoted-excellent share (13 of 18 → 72.2%), authority by role
 * and jurisdiction, candidate lists and their export.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};
let tn: Array<{ id: string; name: string; personNo: string }> = [];
let hf: { id: string } | undefined;

const E = 'EXCELLENT';
const C = 'COMPETENT';

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'orgadmin.hefeng', 'hr', 'committee', 'cadre']) tokens[u] = await t.signIn(u);
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH', 'QH-TN', 'QH-HF')`)) as Array<{ id: string; code: string }>) org[row.code] = row.id;
  tn = await t.dataSource.query(`SELECT c.id, c.name, c.person_no AS "personNo" FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code LIKE 'QH-TN%' ORDER BY c.person_no LIMIT 20`);
  [hf] = (await t.dataSource.query(`SELECT c.id FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code LIKE 'QH-HF%' ORDER BY c.person_no LIMIT 1`)) as Array<{ id: string }>;
  const results: PastResult[] = [];
  // 18 promoted in 2023: 13 with an EXCELLENT among 2020–2022; of the other 5, one EXCELLENT in 2019 and one in 2023 (outside the window).
  for (let i = 0; i < 18; i += 1) {
    for (const year of [2019, 2020, 2021, 2022, 2023]) {
      const excellent = (i < 13 && year === 2020 + (i % 3)) || (i === 13 && year === 2019) || (i === 14 && year === 2023);
      results.push({ cadreId: tn[i]!.id, year, grade: excellent ? E : C });
    }
  }
  // A: 2021 E, 2022 E, 2023 C, 2024 E, 2025 E.  B: 2021 基本称职, 2022 C, 2023 E, 2024 不称职, 2025 E.
  for (const [year, grade] of [[2021, E], [2022, E], [2023, C], [2024, E], [2025, E]] as const) results.push({ cadreId: tn[18]!.id, year, grade });
  for (const [year, grade] of [[2021, 'BASICALLY_COMPETENT'], [2022, C], [2023, E], [2024, 'INCOMPETENT'], [2025, E]] as const) results.push({ cadreId: tn[19]!.id, year, grade });
  await t.dataSource.transaction(async (m) => {
    await seedPastResults(m, org.QH!, results);
    for (let i = 0; i < 18; i += 1) await seedPromotion(m, tn[i]!.id, i % 4 ? 'PROMOTED' : 'FURTHER_USED', `2023-${String(1 + (i % 12)).padStart(2, '0')}-10`, null);
    // A second promotion the same year counts the cadre once.
    await seedPromotion(m, tn[0]!.id, 'PROMOTED', '2023-12-01', null);
  });
}, 120_000);
afterAll(() => t?.close());

const RECORD = `query($c: ID!, $y: Int) { selectionRecord(cadreId: $c, asOfYear: $y) { name blocked blockers { kind }
  years { year grade versions } regular { fromYear toYear assessed }
  counters { asOfYear excellentLast3 excellentLast5 consecutiveExcellent basicallyCompetentLast5 incompetentLast5 latestGrade latestYear } promotions { kind promotedOn excellentBefore } } }`;
type Counters = { asOfYear: number; excellentLast3: number; excellentLast5: number; consecutiveExcellent: number; basicallyCompetentLast5: number; incompetentLast5: number; latestGrade: string | null; latestYear: number | null };

describe('the selection record’s counters, by hand', () => {
  it.each<[string, number, number | null, Omit<Counters, 'asOfYear'>]>([
    ['A', 18, 2025, { excellentLast3: 2, excellentLast5: 4, consecutiveExcellent: 2, basicallyCompetentLast5: 0, incompetentLast5: 0, latestGrade: E, latestYear: 2025 }],
    ['A', 18, 2023, { excellentLast3: 2, excellentLast5: 2, consecutiveExcellent: 0, basicallyCompetentLast5: 0, incompetentLast5: 0, latestGrade: C, latestYear: 2023 }],
    ['A', 18, null, { excellentLast3: 2, excellentLast5: 4, consecutiveExcellent: 2, basicallyCompetentLast5: 0, incompetentLast5: 0, latestGrade: E, latestYear: 2025 }],
    ['B', 19, 2025, { excellentLast3: 2, excellentLast5: 2, consecutiveExcellent: 1, basicallyCompetentLast5: 1, incompetentLast5: 1, latestGrade: E, latestYear: 2025 }],
    ['B', 19, 2024, { excellentLast3: 1, excellentLast5: 1, consecutiveExcellent: 0, basicallyCompetentLast5: 1, incompetentLast5: 1, latestGrade: 'INCOMPETENT', latestYear: 2024 }],
    ['the 14th promoted', 13, 2023, { excellentLast3: 0, excellentLast5: 1, consecutiveExcellent: 0, basicallyCompetentLast5: 0, incompetentLast5: 0, latestGrade: C, latestYear: 2023 }],
  ])('%s (cadre %i) as of %s', async (_who, index, asOf, expected) => {
    const res = await t.gql<{ selectionRecord: { counters: Counters; years: Array<{ year: number }> } }>(RECORD, { c: tn[index]!.id, y: asOf }, { token: tokens.hr });
    expect(res.errors).toBeUndefined();
    expect(res.data!.selectionRecord.counters).toEqual({ asOfYear: asOf ?? 2025, ...expected });
    expect(res.data!.selectionRecord.years[0]!.year).toBeGreaterThanOrEqual(2023);
  });

  it('lists the years newest first with one version each, and the promotions with whether an EXCELLENT came before', async () => {
    const res = await t.gql<{ selectionRecord: { years: Array<{ year: number; grade: string; versions: number }>; promotions: Array<{ kind: string; promotedOn: string; excellentBefore: boolean }> } }>(RECORD, { c: tn[0]!.id }, { token: tokens.hr });
    expect(res.errors).toBeUndefined();
    expect(res.data!.selectionRecord.years.map((y) => [y.year, y.grade, y.versions])).toEqual([[2023, C, 1], [2022, C, 1], [2021, C, 1], [2020, E, 1], [2019, C, 1]]);
    expect(res.data!.selectionRecord.promotions).toEqual([
      { kind: 'PROMOTED', promotedOn: '2023-12-01', excellentBefore: true },
      { kind: 'FURTHER_USED', promotedOn: '2023-01-10', excellentBefore: true },
    ]);
  });
});

describe('the share of promoted cadres graded EXCELLENT', () => {
  const SHARES = `query($o: ID, $f: Int!, $t: Int!) { promotionExcellentShares(organisationId: $o, fromYear: $f, toYear: $t) { year organisationName promoted withExcellent share } }`;
  it.each<[string, string, string | undefined, Array<[number, number, number, number | null]>]>([
    ['the province, 2022–2024', 'hr', undefined, [[2022, 0, 0, null], [2023, 18, 13, 72.2], [2024, 0, 0, null]]],
    ['泰宁市 for its own department', 'orgadmin.taining', 'QH-TN', [[2023, 18, 13, 72.2]]],
    ['禾丰市: nobody promoted', 'orgadmin.hefeng', 'QH-HF', [[2023, 0, 0, null]]],
  ])('%s', async (_what, user, code, expected) => {
    const years = expected.map((e) => e[0]);
    const res = await t.gql<{ promotionExcellentShares: Array<{ year: number; promoted: number; withExcellent: number; share: number | null }> }>(
      SHARES, { o: code ? org[code] : null, f: Math.min(...years), t: Math.max(...years) }, { token: tokens[user] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.promotionExcellentShares.map((r) => [r.year, r.promoted, r.withExcellent, r.share])).toEqual(expected);
  });

  it('refuses another city’s jurisdiction and a span over 20 years', async () => {
    expect(codeOf(await t.gql(SHARES, { o: org['QH-TN'], f: 2023, t: 2023 }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(SHARES, { f: 2000, t: 2030 }, { token: tokens.hr }))).toBe('VALIDATION');
  });
});

describe('candidate search: filters and ranking', () => {
  const SEARCH = `query($i: CandidateSearchInput!, $first: Int, $after: String) { candidateSearch(input: $i, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { place cadreId blocked counters { excellentLast5 } } } }`;
  type Hit = { place: number; cadreId: string; blocked: boolean; counters: { excellentLast5: number } };
  const search = async (input: Record<string, unknown>, token = tokens.hr, first = 50) => {
    const res = await t.gql<{ candidateSearch: { totalCount: number; nodes: Hit[] } }>(SEARCH, { i: { organisationId: org['QH-TN'], asOfYear: 2025, ...input }, first }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.candidateSearch;
  };
  const who = (hits: Hit[]) => hits.map((h) => tn.findIndex((c) => c.id === h.cadreId));

  it.each<[string, Record<string, unknown>, number[]]>([
    ['two EXCELLENT in the last 3 years: A (4 in 5) before B (2 in 5)', { minExcellent: 2, inLastYears: 3 }, [18, 19]],
    ['four EXCELLENT in the last 5 years: A only', { minExcellent: 4, inLastYears: 5 }, [18]],
    ['one EXCELLENT in the last 3 as of 2023: the 13 with 2021 or 2022 counted, A, B and the one of 2023', { minExcellent: 1, inLastYears: 3, asOfYear: 2023, rankLevels: null }, [18, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 19].filter((i) => i >= 13 || i % 3 !== 0 || i === 18 || i === 19)],
    ['latest grade at least EXCELLENT, as of 2024: A, and the 15th promoted (latest result 2023, EXCELLENT)', { minExcellent: 1, inLastYears: 5, asOfYear: 2024, lastGradeAtLeast: 'EXCELLENT' }, [14, 18]],
    ['latest grade at least EXCELLENT, as of 2024, two EXCELLENT in 5: A only', { minExcellent: 2, inLastYears: 5, asOfYear: 2024, lastGradeAtLeast: 'EXCELLENT' }, [18]],
  ])('%s', async (_what, input, expected) => {
    const found = await search(input);
    expect(who(found.nodes).sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
    expect(found.totalCount).toBe(expected.length);
    if (expected[0] === 18) expect(who(found.nodes)[0]).toBe(18);
  });

  it('ranks by EXCELLENT years in the last 5, then the run, and pages by place', async () => {
    const first = await t.gql<{ candidateSearch: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Hit[] } }>(SEARCH, { i: { organisationId: org['QH-TN'], asOfYear: 2025, minExcellent: 1, inLastYears: 5 }, first: 2 }, { token: tokens.hr });
    expect(first.errors).toBeUndefined();
    expect(who(first.data!.candidateSearch.nodes)).toEqual([18, 19]);
    expect(first.data!.candidateSearch.nodes.map((h) => h.place)).toEqual([1, 2]);
    const next = await t.gql<{ candidateSearch: { nodes: Hit[] } }>(SEARCH, { i: { organisationId: org['QH-TN'], asOfYear: 2025, minExcellent: 1, inLastYears: 5 }, first: 2, after: first.data!.candidateSearch.pageInfo.endCursor }, { token: tokens.hr });
    expect(next.data!.candidateSearch.nodes.map((h) => h.place)).toEqual([3, 4]);
  });

  it('an open investigation blocks B: ranked last, and left out with noBlockers', async () => {
    await t.dataSource.query(`INSERT INTO cadre_status_period (cadre_id, kind, starts_on, ends_on, note) VALUES ($1, 'INVESTIGATION', '2025-12-01', NULL, '立案审查')`, [tn[19]!.id]);
    const all = await search({ minExcellent: 1, inLastYears: 3 });
    // A (4 in 5), the 15th promoted (2023 EXCELLENT: 1 in 5), then B although B has 2 in 5: a blocked cadre ranks last.
    expect(who(all.nodes)).toEqual([18, 14, 19]);
    expect(all.nodes.map((h) => h.blocked)).toEqual([false, false, true]);
    expect(who((await search({ minExcellent: 1, inLastYears: 3, noBlockers: true })).nodes)).toEqual([18, 14]);
    const record = await t.gql<{ selectionRecord: { blocked: boolean; blockers: Array<{ kind: string }> } }>(RECORD, { c: tn[19]!.id }, { token: tokens.hr });
    expect(record.data!.selectionRecord.blockers.map((b) => b.kind)).toEqual(['OPEN_INVESTIGATION']);
  });

  it.each<[string, string, string]>([
    ['a city’s department outside its city', 'orgadmin.hefeng', 'FORBIDDEN'],
    ['the committee (no selection role)', 'committee', 'FORBIDDEN'],
    ['a cadre', 'cadre', 'FORBIDDEN'],
  ])('refuses %s', async (_who, user, code) => {
    expect(codeOf(await t.gql(SEARCH, { i: { organisationId: org['QH-TN'] } }, { token: tokens[user] }))).toBe(code);
    expect(codeOf(await t.gql(RECORD, { c: tn[0]!.id }, { token: tokens[user] }))).toBe(code);
  });
});

describe('candidate lists and their export', () => {
  let listId: string;
  const CREATE = `mutation($i: CreateCandidateListInput!) { createCandidateList(input: $i) { id name memberCount version organisationName } }`;
  const CHANGE = `mutation($i: ChangeCandidateListInput!) { changeCandidateList(input: $i) { id memberCount version } }`;

  it('泰宁市 builds a list of A and B; another city may neither read nor change it', async () => {
    const created = await t.gql<{ createCandidateList: { id: string; memberCount: number; version: number; organisationName: string } }>(CREATE, { i: { name: '泰宁市副市长人选', purpose: '职位空缺', organisationId: org['QH-TN'] } }, { token: tokens['orgadmin.taining'] });
    expect(created.errors).toBeUndefined();
    listId = created.data!.createCandidateList.id;
    expect(created.data!.createCandidateList).toMatchObject({ memberCount: 0, version: 1, organisationName: '泰宁市' });
    const changed = await t.gql<{ changeCandidateList: { memberCount: number; version: number } }>(CHANGE, { i: { listId, expectedVersion: 1, add: [tn[18]!.id, tn[19]!.id] } }, { token: tokens['orgadmin.taining'] });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeCandidateList).toMatchObject({ memberCount: 2, version: 2 });
    expect(codeOf(await t.gql(CHANGE, { i: { listId, expectedVersion: 2, add: [] } }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`query($id: ID!) { candidateList(id: $id) { id } }`, { id: listId }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { i: { name: '越权', organisationId: org['QH-TN'] } }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE, { i: { name: '省里', organisationId: org['QH-TN'] } }, { token: tokens.committee }))).toBe('FORBIDDEN');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a cadre of another city', { expectedVersion: 2, add: ['HF'] }, 'VALIDATION'],
    ['a stale version', { expectedVersion: 1, add: [] }, 'CONFLICT'],
  ])('refuses %s', async (_what, input, code) => {
    const add = (input.add as string[]).map((x) => (x === 'HF' ? hf!.id : x));
    expect(codeOf(await t.gql(CHANGE, { i: { listId, ...input, add } }, { token: tokens['orgadmin.taining'] }))).toBe(code);
  });

  it('exports the list as a workbook of the records, audited; the print is audited too', async () => {
    const res = await fetch(`${t.url}/exports/candidate-lists/${listId}.xlsx`, { headers: { authorization: `Bearer ${tokens.hr}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('选任参考')!;
    const rows = sheet.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[0]!.slice(5, 10)).toEqual(['2021年度', '2022年度', '2023年度', '2024年度', '2025年度']);
    expect(rows[1]!.slice(0, 3)).toEqual([1, tn[18]!.name, tn[18]!.personNo]);
    expect(rows[1]!.slice(5, 15)).toEqual(['优秀', '优秀', '称职', '优秀', '优秀', 2, 4, 2, 0, 0]);
    expect(rows[2]!.slice(5, 15)).toEqual(['基本称职', '称职', '优秀', '不称职', '优秀', 2, 2, 1, 1, 1]);
    expect(rows[2]![16]).toBe('正在接受立案审查（2025-12-01至今）');
    expect(rows[1]![16]).toBe('无');
    expect(rows).toHaveLength(3);
    const refused = await fetch(`${t.url}/exports/candidate-lists/${listId}.xlsx`, { headers: { authorization: `Bearer ${tokens['orgadmin.hefeng']}` } });
    expect(refused.status).toBe(403);
    const printed = await t.gql<{ printCandidateList: { members: Array<{ name: string }> } }>(`mutation($id: ID!) { printCandidateList(id: $id) { members { name } } }`, { id: listId }, { token: tokens.hr });
    expect(printed.errors).toBeUndefined();
    expect(printed.data!.printCandidateList.members.map((m) => m.name)).toEqual([tn[18]!.name, tn[19]!.name]);
    const audit = (await t.dataSource.query(`SELECT action, payload->>'format' AS format FROM audit_log WHERE entity_id = $1 ORDER BY seq`, [listId])) as Array<{ action: string; format: string | null }>;
    expect(audit).toEqual([
      { action: 'CANDIDATE_LIST_CREATED', format: null },
      { action: 'CANDIDATE_LIST_CHANGED', format: null },
      { action: 'CANDIDATE_LIST_EXPORTED', format: 'XLSX' },
      { action: 'CANDIDATE_LIST_EXPORTED', format: 'PRINT' },
    ]);
  });
});

describe('recording a promotion', () => {
  const RECORD_PROMOTION = `mutation($i: RecordPromotionInput!) { recordPromotion(input: $i) { kind promotedOn excellentBefore cadreName } }`;
  it.each<[string, string, Record<string, unknown>, string | null, boolean | null]>([
    ['A promoted in 2025: EXCELLENT in 2022 counts', 'orgadmin.taining', { cadre: 18, kind: 'PROMOTED', promotedOn: '2025-05-01' }, null, true],
    ['B further used in 2025: 2023 EXCELLENT counts', 'hr', { cadre: 19, kind: 'FURTHER_USED', promotedOn: '2025-06-01' }, null, true],
    ['the same record twice', 'hr', { cadre: 19, kind: 'FURTHER_USED', promotedOn: '2025-06-01' }, 'DUPLICATE', null],
    ['a day in the future', 'hr', { cadre: 18, kind: 'PROMOTED', promotedOn: '2026-02-01' }, 'VALIDATION', null],
    ['not a day', 'hr', { cadre: 18, kind: 'PROMOTED', promotedOn: '2025-02-30' }, 'VALIDATION', null],
    ['another city’s department', 'orgadmin.hefeng', { cadre: 18, kind: 'PROMOTED', promotedOn: '2025-03-01' }, 'FORBIDDEN', null],
    ['the committee', 'committee', { cadre: 18, kind: 'PROMOTED', promotedOn: '2025-03-01' }, 'FORBIDDEN', null],
  ])('%s', async (_what, user, { cadre, ...input }, code, excellentBefore) => {
    const res = await t.gql<{ recordPromotion: { excellentBefore: boolean } }>(RECORD_PROMOTION, { i: { cadreId: tn[cadre as number]!.id, ...input } }, { token: tokens[user] });
    if (code) expect(codeOf(res)).toBe(code);
    else {
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordPromotion.excellentBefore).toBe(excellentBefore);
    }
  });

  it('the 2025 share counts both: 2 of 2', async () => {
    const res = await t.gql<{ promotionExcellentShares: Array<{ promoted: number; withExcellent: number; share: number }> }>(`query { promotionExcellentShares(fromYear: 2025, toYear: 2025) { promoted withExcellent share } }`, {}, { token: tokens.hr });
    expect(res.data!.promotionExcellentShares).toEqual([{ promoted: 2, withExcellent: 2, share: 100 }]);
    const audit = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'PROMOTION_RECORDED'`)) as Array<{ n: number }>;
    expect(audit[0]!.n).toBe(2);
  });
});
