import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';
import { fixtureEventFor } from '../support/cycle-fixture.js';
import { exampleCountyScheme } from '../fixtures/example-scheme.js';
import { indicatorsOf, type SchemeTree } from '../../workflows/indicators/scheme.js';
import { rollUp, scoreSubjects } from '../../workflows/indicators/scoring.js';
import { excellentQuota } from '../../workflows/rules/quota.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Indicator schemes to committee approval for one county (东江区): a scheme is
 * drafted with problems, fixed and published; the cycle pins it; a statistics
 * bureau Excel file is refused row by row, then imported; members answer for
 * the team indicators they are responsible for; the engine grades with the
 * scheme-computed components; profiles show the year; and the raised quota
 * counts only once its approval is recorded.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};
let v1: string;
let cycleId: string;
let team: { assessmentId: string } | undefined;
let principal: { assessmentId: string; cadreId: string; personNo: string } | undefined;
let deputy: { assessmentId: string; cadreId: string; personNo: string } | undefined;

const SYSTEM = { userId: null, role: 'SYSTEM' };
const SCHEME_FIELDS = `id version status effectiveFrom issues { code node message }`;
type Version = { id: string; version: number; status: string; effectiveFrom: string | null; issues: Array<{ code: string; node: string; message: string }> };

const saveDraft = (tree: unknown, category = 'COUNTY_DISTRICT', jurisdiction = org.QH) =>
  t.gql<{ saveIndicatorSchemeDraft: Version }>(`mutation($input: SaveSchemeDraftInput!) { saveIndicatorSchemeDraft(input: $input) { ${SCHEME_FIELDS} } }`, {
    input: { jurisdictionId: jurisdiction, category, name: '县(市、区)高质量发展综合绩效考核指标体系', tree },
  }, { token: tokens.orgadmin });
const publish = (versionId: string, effectiveFrom: string) =>
  t.gql<{ publishIndicatorScheme: Version }>(`mutation($input: PublishSchemeInput!) { publishIndicatorScheme(input: $input) { ${SCHEME_FIELDS} } }`, { input: { versionId, effectiveFrom } }, { token: tokens.orgadmin });

/** A statistics-bureau workbook: a header row in Chinese, then one row per organisation or cadre × indicator. */
async function workbook(rows: Array<Array<string | number | null>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('指标数据');
  sheet.addRow(['单位代码', '干部编号', '指标代码', '数值', '期间', '数据来源']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
const importFile = (contentBase64: string, fileName = '东江区2025年指标数据.xlsx') =>
  t.gql<{ importIndicatorFile: number }>(`mutation($input: ImportIndicatorFileInput!) { importIndicatorFile(input: $input) }`, { input: { cycleId, fileName, contentBase64 } }, { token: tokens.assessor });

/** 东江区's figures for 2025, one per indicator of the example scheme. */
const DJ_VALUES: Record<string, number> = {
  RD_INTENSITY: 1.8,
  HIGH_TECH_FIRMS: 30,
  GDP_GROWTH: 5.5,
  URBAN_RURAL_INCOME_RATIO: 2.1,
  GOOD_AIR_DAYS: 92,
  ENERGY_PER_GDP: 3.3,
  FOREIGN_TRADE_GROWTH: 6,
  RESIDENT_INCOME_GROWTH: 6.1,
  NEW_URBAN_JOBS: 2800,
  PUBLIC_SATISFACTION: 92,
  PARTY_BUILDING_REVIEW: 88,
  PRODUCTION_ACCIDENT_DEATHS: 1,
};

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'sysadmin', 'cadre', 'orgadmin.hefeng']) tokens[u] = await t.signIn(u);
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH', 'QH-TN-DJ', 'QH-TN-LS', 'QH-XY')`)) as Array<{ id: string; code: string }>) {
    org[row.code.replace(/-/g, '_')] = row.id;
  }
});
afterAll(() => t?.close());

describe('indicator schemes', () => {
  it('a draft with problems is saved with coded issues naming each node; publishing it is refused', async () => {
    const tree = exampleCountyScheme();
    // GDP alone in its dimension: the largest single weight of the scheme.
    const coordination = tree.dimensions.find((d) => d.key === 'COORDINATION')!;
    coordination.indicators = [{ ...coordination.indicators.find((i) => i.code === 'GDP_GROWTH')!, weight: 100 }];
    tree.dimensions.find((d) => d.key === 'LIVELIHOOD')!.indicators[0]!.dataSource = null;
    tree.dimensions.find((d) => d.key === 'SAFETY')!.weights.TEAM = 15;
    const draft = await saveDraft(tree);
    expect(draft.errors).toBeUndefined();
    const saved = draft.data!.saveIndicatorSchemeDraft;
    expect(saved).toMatchObject({ version: 1, status: 'DRAFT', effectiveFrom: null });
    expect(saved.issues.map((i) => [i.code, i.node])).toEqual(
      expect.arrayContaining([
        ['WEIGHTS_NOT_100', '(scheme)'],
        ['NO_DATA_SOURCE', 'LIVELIHOOD.NEW_URBAN_JOBS'],
        ['GDP_MAIN_INDICATOR', 'COORDINATION.GDP_GROWTH'],
      ]),
    );
    const refused = await publish(saved.id, '2025-01-01');
    expect(codeOf(refused)).toBe('VALIDATION');
    expect(refused.errors![0]!.extensions!.fields).toContainEqual({ field: 'tree.LIVELIHOOD.NEW_URBAN_JOBS', messages: [expect.stringMatching(/^NO_DATA_SOURCE: /)] });
  });

  it('the fixed draft publishes; a published version is immutable, and the next edit starts version 2', async () => {
    const fixed = await saveDraft(exampleCountyScheme());
    expect(fixed.data!.saveIndicatorSchemeDraft).toMatchObject({ version: 1, status: 'DRAFT', issues: [] });
    const published = await publish(fixed.data!.saveIndicatorSchemeDraft.id, '2025-01-01');
    expect(published.data!.publishIndicatorScheme).toMatchObject({ version: 1, status: 'PUBLISHED', effectiveFrom: '2025-01-01', issues: [] });
    v1 = published.data!.publishIndicatorScheme.id;
    await expect(t.dataSource.query(`UPDATE indicator_scheme_version SET tree = '{}' WHERE id = $1`, [v1])).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM indicator_scheme_version WHERE id = $1`, [v1])).rejects.toThrow(/immutable/);
    expect(codeOf(await publish(v1, '2025-02-01'))).toBe('CONFLICT');
    const trail: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'indicator_scheme' ORDER BY id`);
    expect(trail.map((r) => r.action)).toEqual(['INDICATOR_SCHEME_DRAFT_STARTED', 'INDICATOR_SCHEME_DRAFT_SAVED', 'INDICATOR_SCHEME_PUBLISHED']);
  });

  it('in a restricted-development zone GDP must weigh 0; only the organisation department writes schemes', async () => {
    const res = await saveDraft(exampleCountyScheme(), 'COUNTY_ECOLOGICAL_PROTECTION', org.QH_XY);
    expect(res.data!.saveIndicatorSchemeDraft.issues).toContainEqual({ code: 'GDP_IN_RESTRICTED_ZONE', node: 'COORDINATION.GDP_GROWTH', message: 'GDP must weigh 0 in a restricted-development zone' });
    const denied = await t.gql(`mutation($input: SaveSchemeDraftInput!) { saveIndicatorSchemeDraft(input: $input) { id } }`, {
      input: { jurisdictionId: org.QH, category: 'COUNTY_DISTRICT', name: 'x', tree: exampleCountyScheme() },
    }, { token: tokens.assessor });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    const outside = await t.gql(`mutation($input: SaveSchemeDraftInput!) { saveIndicatorSchemeDraft(input: $input) { id } }`, {
      input: { jurisdictionId: org.QH, category: 'COUNTY_DISTRICT', name: 'x', tree: exampleCountyScheme() },
    }, { token: tokens['orgadmin.hefeng'] });
    expect(codeOf(outside)).toBe('FORBIDDEN');
  });

  it('a cycle pins the versions in force when planned; a later version never changes it', async () => {
    // 东江区 sets one excellent quota for all its cadres, whatever their rank (a local rule set, pinned with the schemes).
    const rules = await t.gql(`mutation($input: PublishRuleSetInput!) { publishRuleSet(input: $input) { id } }`, {
      input: { jurisdictionId: org.QH_TN_DJ, effectiveFrom: '2025-01-01', settings: { gates: { quotaPerRankLevel: false } }, note: '不分职级核定优秀比例' },
    }, { token: tokens.orgadmin });
    expect(rules.errors).toBeUndefined();
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const pinned = async (id: string) =>
      (await t.gql<{ cycle: { indicatorSchemeVersions: string[] } }>(`query($id: ID!) { cycle(id: $id) { indicatorSchemeVersions } }`, { id }, { token: tokens.orgadmin })).data!.cycle.indicatorSchemeVersions;
    expect(await pinned(cycleId)).toEqual([v1]);
    const tree = exampleCountyScheme();
    tree.dimensions.find((d) => d.key === 'PARTY_BUILDING')!.indicators[0]!.target = 98;
    const v2 = await saveDraft(tree);
    expect(v2.data!.saveIndicatorSchemeDraft.version).toBe(2);
    expect((await publish(v2.data!.saveIndicatorSchemeDraft.id, '2025-06-01')).errors).toBeUndefined();
    expect(await pinned(cycleId)).toEqual([v1]);
    const later = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-LS');
    expect(await pinned(later)).toEqual([v2.data!.saveIndicatorSchemeDraft.id]);
  });
});

describe('indicator data', () => {
  it('an Excel file with bad rows is refused line by line, and nothing is imported', async () => {
    [principal, deputy] = (await t.dataSource.query(
      `SELECT a.id AS "assessmentId", c.id AS "cadreId", c.person_no AS "personNo" FROM assessment a JOIN cadre c ON c.id = a.cadre_id
        WHERE a.cycle_id = $1 AND c.organisation_id = $2 AND a.overlay = 'NONE' AND c.rank_level IN ('DIVISION_PRINCIPAL', 'DIVISION_DEPUTY')
          AND c.id IN (SELECT DISTINCT ON (position_type) id FROM cadre WHERE organisation_id = $2 AND rank_level LIKE 'DIVISION_%' ORDER BY position_type, person_no)
        ORDER BY c.position_type DESC`,
      [cycleId, org.QH_TN_DJ],
    )) as Array<NonNullable<typeof principal>>;
    const file = await workbook([
      ['QH-TN-DJ', null, 'RD_INTENSITY', 1.8, '2025', '区统计局'],
      ['QH-NOPE', null, 'RD_INTENSITY', 1.8, '2025', '区统计局'],
      ['QH-TN-DJ', null, 'TOURIST_ARRIVALS', 12, '2025', '区文旅局'],
      ['QH-TN-DJ', null, 'GDP_GROWTH', '五点五', '2025', '区统计局'],
      ['QH-TN-DJ', null, 'GOOD_AIR_DAYS', 92, '2024', ''],
      ['QH-TN-DJ', null, 'RD_INTENSITY', 1.9, '2025', '区统计局'],
      ['QH-TN-LS', null, 'RD_INTENSITY', 1.1, '2025', '县统计局'],
      ['QH-TN-DJ', principal!.personNo, 'NEW_URBAN_JOBS', 2800, '2025', '区人社局'],
    ]);
    const res = await importFile(file);
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.message).toBe('7 row(s) are not valid; nothing was imported');
    expect(res.errors![0]!.extensions!.fields).toEqual([
      { field: 'line 3', messages: ['no organisation with code QH-NOPE'] },
      { field: 'line 4', messages: ['indicator TOURIST_ARRIVALS is not in the scheme for COUNTY_DISTRICT'] },
      { field: 'line 5', messages: ['value must be a number'] },
      { field: 'line 6', messages: ['the period must lie in 2025', 'a data source is required'] },
      { field: 'line 7', messages: ['repeats line 2'] },
      { field: 'line 8', messages: ['outside the cycle'] },
      { field: 'line 9', messages: ['give either an organisation code or a cadre number'] },
    ]);
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM indicator_value`)) as [{ n: number }])[0].n).toBe(0);
    expect(codeOf(await importFile(file, '指标.docx'))).toBe('VALIDATION');
  });

  it('a valid Excel file imports every row; a figure is entered by hand; members are given the indicators they answer for', async () => {
    const ok = await importFile(await workbook(Object.entries(DJ_VALUES).map(([code, value]) => ['QH-TN-DJ', null, code, value, '2025年', '东江区统计局2025年统计公报'])));
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importIndicatorFile).toBe(Object.keys(DJ_VALUES).length);
    // The deputy's own employment figure (their part of the team target) is entered by hand.
    const manual = await t.gql(`mutation($input: IndicatorValueInput!) { setIndicatorValue(input: $input) }`, {
      input: { cycleId, personNo: deputy!.personNo, indicatorCode: 'NEW_URBAN_JOBS', value: 2400, period: '2025', source: '区人社局台账' },
    }, { token: tokens.assessor });
    expect(manual.errors).toBeUndefined();
    const assign = (cadreId: string, indicatorCodes: string[]) =>
      t.gql<{ assignIndicatorResponsibilities: string[] }>(`mutation($input: AssignResponsibilitiesInput!) { assignIndicatorResponsibilities(input: $input) }`, { input: { cycleId, cadreId, indicatorCodes } }, { token: tokens.assessor });
    expect((await assign(principal!.cadreId, Object.keys(DJ_VALUES))).errors).toBeUndefined();
    expect((await assign(deputy!.cadreId, ['NEW_URBAN_JOBS', 'GOOD_AIR_DAYS'])).data!.assignIndicatorResponsibilities).toEqual(['NEW_URBAN_JOBS', 'GOOD_AIR_DAYS']);
    expect(codeOf(await assign(deputy!.cadreId, ['TOURIST_ARRIVALS']))).toBe('VALIDATION');
  });
});

describe('grading with scheme-computed components, profiles, and the recorded quota raise', () => {
  it('ballots, then the engine grades with the components rolled up in SQL, matching the pure reference', async () => {
    const [{ deadlines }] = (await t.dataSource.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as [{ deadlines: CycleDeadlines }];
    const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND overlay = 'NONE'`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
    const bulk = async (types: string[]) => {
      for (const type of types) {
        const at = t.clock.now().toISOString();
        const eventFor = await fixtureEventFor(t, cycleId, ids, type, at);
        await t.dataSource.transaction((m) => applyBulkTransition(m, 'assessment', ids, eventFor, SYSTEM, { derive: deriveAssessmentColumns(deadlines), deriveColumns: ASSESSMENT_COLUMNS }));
      }
    };
    await bulk(['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    // Five raters (the anonymity minimum) rate the two members.
    for (let i = 0; i < 5; i++) {
      const created = await t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { username: `rater.ind.${i}`, displayName: `测评人${i}`, password: 'rater-password-2026' },
      }, { token: tokens.sysadmin });
      const id = created.data!.createUser.id;
      await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: RATER, organisationId: $o }) { id } }`, { u: id, o: org.QH_TN_DJ }, { token: tokens.sysadmin });
      const token = await t.signIn(`rater.ind.${i}`, 'rater-password-2026');
      for (const member of [principal!, deputy!]) {
        await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, { input: { assessmentId: member.assessmentId, raters: [{ userId: id, group: 'PEER' }] } }, { token: tokens.assessor });
        const cast = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
          input: { assessmentId: member.assessmentId, overall: 'EXCELLENT', scores: { morality: 90 + i, ability: 88, diligence: 92, results: 86 + i, integrity: 95 } },
        }, { token });
        expect(cast.errors).toBeUndefined();
      }
    }
    await bulk(['CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    // Entered work-results scores: the principal's is overridden by the scheme (indicator data exist), another member's is kept.
    const [other] = (await t.dataSource.query(
      `SELECT a.id FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND c.organisation_id = $2 AND c.rank_level = 'SECTION_PRINCIPAL' AND a.overlay = 'NONE' LIMIT 1`,
      [cycleId, org.QH_TN_DJ],
    )) as Array<{ id: string }>;
    const entered = await t.gql(`mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, {
      rows: [
        { assessmentId: principal!.assessmentId, component: 'WORK_RESULTS', value: 50, source: '手工录入' },
        { assessmentId: other!.id, component: 'WORK_RESULTS', value: 77, source: '手工录入' },
      ],
    }, { token: tokens.assessor });
    expect(entered.errors).toBeUndefined();
    const run = await t.gql<{ gradeCycle: { graded: number } }>(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId }, { token: tokens.assessor });
    expect(run.errors).toBeUndefined();

    const tree = exampleCountyScheme() as SchemeTree;
    const scored = scoreSubjects(indicatorsOf(tree), [
      { id: 'DJ', peerGroup: 'ORGANISATION|COUNTY_DISTRICT', values: DJ_VALUES },
      { id: 'deputy', peerGroup: 'CADRE|COUNTY_DISTRICT', values: { NEW_URBAN_JOBS: 2400 } },
    ]);
    const dj = scored.get('DJ')!;
    expect(dj).toMatchObject({ RD_INTENSITY: 75, HIGH_TECH_FIRMS: 100, URBAN_RURAL_INCOME_RATIO: 80, GOOD_AIR_DAYS: 85, PRODUCTION_ACCIDENT_DEATHS: 80 });
    const expectedTeam = rollUp(tree, dj, 'TEAM');
    const expectedPrincipal = rollUp(tree, dj, 'PRINCIPAL', new Set(Object.keys(DJ_VALUES)));
    const expectedDeputy = rollUp(tree, { ...dj, ...scored.get('deputy')! }, 'DEPUTY', new Set(['NEW_URBAN_JOBS', 'GOOD_AIR_DAYS']));

    [team] = (await t.dataSource.query(`SELECT id AS "assessmentId" FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL' AND organisation_id = $2`, [cycleId, org.QH_TN_DJ])) as Array<NonNullable<typeof team>>;
    const components = async (id: string) =>
      Object.fromEntries(
        (await t.gql<{ assessment: { gradingResult: { components: Array<{ key: string; value: number | null }> } } }>(`query($id: ID!) { assessment(id: $id) { gradingResult { components { key value } } } }`, { id }, { token: tokens.committee })).data!.assessment.gradingResult.components.map((c) => [c.key, c.value]),
      );
    expect(await components(team!.assessmentId)).toMatchObject({ DEVELOPMENT: expectedTeam.components.DEVELOPMENT, OTHER_INDICATORS: expectedTeam.components.OTHER_INDICATORS });
    expect((await components(principal!.assessmentId)).WORK_RESULTS).toBe(expectedPrincipal.overall);
    expect(expectedPrincipal.overall).not.toBe(50);
    expect((await components(other!.id)).WORK_RESULTS).toBe(77);
    expect((await components(deputy!.assessmentId)).WORK_RESULTS).toBe(expectedDeputy.overall);
    // The deputy's own figure (2400 → 40) and the team's air quality (85), by the deputies' weights: (85 × 15 + 40 × 20) / 35.
    expect(expectedDeputy.overall).toBe(59.29);
  });

  it("profiles show the year: grades, composite, components, 德能勤绩廉 averages and dimension scores, in a fixed number of queries", async () => {
    t.queries.length = 0;
    const res = await t.gql<{ cadreProfile: Array<{ year: number; engineGrade: string; compositeScore: number; components: Array<{ key: string }>; ballotAverages: { ballots: number; morality: number; integrity: number }; dimensionScores: Array<{ dimension: string; score: number }> }> }>(
      `query($id: ID!) { cadreProfile(cadreId: $id) { year engineGrade compositeScore components { key } ballotAverages { ballots morality integrity } dimensionScores { dimension score } } }`,
      { id: deputy!.cadreId },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    const [year] = res.data!.cadreProfile;
    expect(year).toMatchObject({ year: 2025, ballotAverages: { ballots: 5, morality: 92, integrity: 95 }, dimensionScores: [{ dimension: 'GREEN', score: 85 }, { dimension: 'LIVELIHOOD', score: 40 }] });
    expect(year!.compositeScore).toEqual(expect.any(Number));
    expect(year!.components.map((c) => c.key)).toEqual(['REGULAR', 'WORK_RESULTS', 'ABILITIES']);
    const appQueries = t.queries.filter((q) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(q)).length;
    expect(appQueries).toBeLessThanOrEqual(8);

    // On a list of cadres the profiles come in one batch: as many queries for 16 cadres as for 2.
    const listed = async (first: number) => {
      t.queries.length = 0;
      const r = await t.gql<{ cadres: { nodes: Array<{ id: string; profile: Array<{ year: number; compositeScore: number | null }> }> } }>(
        `query($o: ID!, $first: Int!) { cadres(organisationId: $o, first: $first) { nodes { id profile { year compositeScore } } } }`,
        { o: org.QH_TN_DJ, first },
        { token: tokens.orgadmin },
      );
      expect(r.errors).toBeUndefined();
      return { nodes: r.data!.cadres.nodes, queries: t.queries.length };
    };
    const few = await listed(2);
    const many = await listed(16);
    expect(many.nodes.length).toBeGreaterThan(few.nodes.length);
    expect(many.queries).toBe(few.queries);
    expect(many.nodes.find((n) => n.id === deputy!.cadreId)?.profile).toEqual([{ year: 2025, compositeScore: year!.compositeScore }]);

    const teamRes = await t.gql<{ teamProfile: Array<{ year: number; ballotAverages: null; dimensionScores: Array<{ dimension: string }> }> }>(
      `query($id: ID!) { teamProfile(organisationId: $id) { year ballotAverages { ballots } dimensionScores { dimension } } }`,
      { id: org.QH_TN_DJ },
      { token: tokens.committee },
    );
    expect(teamRes.data!.teamProfile).toEqual([{ year: 2025, ballotAverages: null, dimensionScores: ['COORDINATION', 'GREEN', 'INNOVATION', 'LIVELIHOOD', 'OPENNESS', 'PARTY_BUILDING', 'SAFETY', 'SHARING'].map((dimension) => ({ dimension })) }]);
    expect(codeOf(await t.gql(`query($id: ID!) { teamProfile(organisationId: $id) { year } }`, { id: org.QH_TN_DJ }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
  });

  it("cycleIndicators: each team's dimension scores and components by organisation, in one aggregate query, inside the jurisdiction", async () => {
    const QUERY = `query($c: ID!, $o: ID) { cycleIndicators(cycleId: $c, organisationId: $o) { organisationId teams { organisationId organisationName assessmentId dimensions { key score weight } components { key score weight } } } }`;
    type Teams = { cycleIndicators: { organisationId: string; teams: Array<{ organisationId: string; organisationName: string; assessmentId: string; dimensions: Array<{ key: string; score: number; weight: number | null }>; components: Array<{ key: string; score: number }> }> } };
    t.queries.length = 0;
    const res = await t.gql<Teams>(QUERY, { c: cycleId }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    // The viewer check, the cycle, the root organisation and the one aggregate statement: bounded whatever the number of teams.
    expect(t.queries.filter((q) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/.test(q)).length).toBeLessThanOrEqual(6);
    const { organisationId, teams } = res.data!.cycleIndicators;
    expect(organisationId).toBe(org.QH_TN_DJ);
    expect(teams.map((x) => [x.organisationName, x.assessmentId])).toEqual([['东江区', team!.assessmentId]]);
    const stored = (await t.dataSource.query(`SELECT level, key, score::float8 AS score FROM indicator_rollup WHERE assessment_id = $1 ORDER BY level, key`, [team!.assessmentId])) as Array<{ level: string; key: string; score: number }>;
    expect(teams[0]!.components.map((c) => [c.key, c.score])).toEqual(stored.filter((r) => r.level === 'COMPONENT').map((r) => [r.key, r.score]));
    expect(teams[0]!.dimensions.map((d) => d.key)).toEqual(['COORDINATION', 'GREEN', 'INNOVATION', 'LIVELIHOOD', 'OPENNESS', 'PARTY_BUILDING', 'SAFETY', 'SHARING']);
    expect(teams[0]!.dimensions.every((d) => d.weight !== null && d.score >= 0 && d.score <= 100)).toBe(true);
    // Drilled down to a unit without a team roll-up: nothing; another city's organisation department sees neither.
    const [township] = (await t.dataSource.query(`SELECT id FROM organisation WHERE parent_id = $1 LIMIT 1`, [org.QH_TN_DJ])) as Array<{ id: string }>;
    if (township) expect((await t.gql<Teams>(QUERY, { c: cycleId, o: township.id }, { token: tokens.committee })).data!.cycleIndicators.teams).toEqual([]);
    expect(codeOf(await t.gql(QUERY, { c: cycleId }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(QUERY, { c: cycleId }, { token: tokens.cadre }))).toBe('FORBIDDEN');
  });

  it('neither the team nor the committee can add one EXCELLENT over the quota; the raised quota applies only once its approval is recorded', async () => {
    // The pool of the county's own cadres (one pool for every rank, by 东江区's rule set).
    const pool = (await t.dataSource.query(
      `SELECT a.id AS "assessmentId" FROM assessment a JOIN cadre c ON c.id = a.cadre_id
        WHERE a.cycle_id = $1 AND a.organisation_id = $2 AND a.overlay = 'NONE' ORDER BY c.person_no`,
      [cycleId, org.QH_TN_DJ],
    )) as Array<{ assessmentId: string }>;
    const gates = DEFAULT_RULE_SETTINGS.gates;
    const ordinary = excellentQuota(pool.length, gates, false);
    const raised = excellentQuota(pool.length, gates, true);
    expect(raised).toBeGreaterThan(ordinary); // the demo county's pool is large enough for the raise to matter
    // The county's team is proposed GOOD, so its members keep the ordinary share.
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: team!.assessmentId, grade: 'GOOD', comment: '班子综合研判良好。' });
    const propose = (assessmentId: string, grade: string) =>
      t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id } }`, { input: { assessmentId, grade, comment: '综合研判提出等次建议。' } }, { token: tokens.assessor });
    for (const [i, c] of pool.entries()) {
      if (i === ordinary) {
        // The standing proposals fill the ordinary quota: one more EXCELLENT is refused at the proposal already.
        const over = await propose(c.assessmentId, 'EXCELLENT');
        expect(codeOf(over)).toBe('QUOTA_EXCEEDED');
        expect(over.errors![0]!.message).toContain(`used up: ${ordinary} of ${ordinary} (20% of ${pool.length} graded)`);
      }
      expect((await propose(c.assessmentId, i < ordinary ? 'EXCELLENT' : 'COMPETENT')).errors).toBeUndefined();
    }
    for (const c of pool.slice(0, ordinary)) await act(t, tokens.committee!, 'approveGrade', { assessmentId: c.assessmentId, collective: unanimous });
    const approveNext = () =>
      t.gql(`mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id finalGrade } }`, { input: { assessmentId: pool[ordinary]!.assessmentId, grade: 'EXCELLENT', reason: '实绩突出，经集体研究确定为优秀。', collective: unanimous } }, { token: tokens.committee });
    const over = await approveNext();
    expect(codeOf(over)).toBe('QUOTA_EXCEEDED');
    expect(over.errors![0]!.message).toContain(`used up: ${ordinary} of ${ordinary} (20% of ${pool.length} graded)`);

    const raise = (input: Record<string, unknown>, token = tokens.orgadmin) => t.gql<{ recordQuotaRaise: string }>(`mutation($input: QuotaRaiseInput!) { recordQuotaRaise(input: $input) }`, { input }, { token });
    const record = { cycleId, pool: 'MEMBERS', organisationId: org.QH_TN_DJ, approvedBy: '中共泰宁市委组织部', documentRef: '泰组字〔2026〕3号', approvedOn: '2026-01-05' };
    expect(codeOf(await raise(record, tokens.assessor))).toBe('FORBIDDEN');
    expect(codeOf(await raise({ ...record, organisationId: null }))).toBe('VALIDATION');
    const recorded = await raise(record);
    expect(recorded.errors).toBeUndefined();
    expect(codeOf(await raise(record))).toBe('CONFLICT');
    await expect(t.dataSource.query(`DELETE FROM quota_raise_approval`)).rejects.toThrow(/append-only/);
    const [audit] = (await t.dataSource.query(`SELECT actor_role, payload FROM audit_log WHERE action = 'QUOTA_RAISE_RECORDED'`)) as Array<{ actor_role: string; payload: { documentRef: string } }>;
    expect(audit).toMatchObject({ actor_role: 'ORG_ADMIN', payload: { documentRef: '泰组字〔2026〕3号' } });

    const allowed = await approveNext();
    expect(allowed.errors).toBeUndefined();
  });
});
