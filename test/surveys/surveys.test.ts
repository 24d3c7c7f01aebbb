import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A survey of 泰宁市's 2025 cycle over its three teams (the city and its two
 * counties): planned, fieldwork, the firm's file (a bad one refused line by
 * line first), closed, published; 好差评 ratings of 东江区; the survey
 * component in the engine's proposal, every figure computed by hand.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let surveyId: string;
const org: Record<string, string> = {};
const team: Record<string, string> = {};

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const SURVEY_FIELDS = `id state questionnaireVersion totalResponses shortfalls questions { code weight } sample { organisationCode target responses score sd margin shortfall origin ratingScore }`;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2025-11-20T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'committee']) tokens[u] = await t.signIn(u);
  for (const code of ['QH-TN', 'QH-TN-DJ', 'QH-TN-LS']) {
    const [row] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [code])) as Array<{ id: string }>;
    org[code] = row!.id;
  }
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN');
  for (const row of (await t.dataSource.query(`SELECT a.id, o.code FROM assessment a JOIN organisation o ON o.id = a.organisation_id WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL'`, [cycleId])) as Array<{
    id: string;
    code: string;
  }>)
    team[row.code] = row.id;
});
afterAll(() => t?.close());

const plan = (token: string, extra: Record<string, unknown> = {}) =>
  t.gql<{ planSurvey: { id: string; state: string } }>(`mutation($input: PlanSurveyInput!) { planSurvey(input: $input) { id state } }`, {
    input: {
      cycleId,
      kind: 'PUBLIC_OPINION',
      title: '2025年度泰宁市民意调查',
      firm: '青禾民意调查中心',
      fieldworkFrom: '2025-12-01',
      fieldworkTo: '2025-12-20',
      sample: [
        { organisationId: org['QH-TN'], target: 300 },
        { organisationId: org['QH-TN-DJ'], target: 400 },
        { organisationId: org['QH-TN-LS'], target: 200 },
      ],
      questions: [
        { code: 'Q1', text: '对本地区领导班子工作的总体评价', weight: 60 },
        { code: 'Q2', text: '对本地区干部作风的评价', weight: 40 },
      ],
      ...extra,
    },
  }, { token });

const step = (mutation: string, token = tokens.orgadmin!) => t.gql<Record<string, { state: string }>>(`mutation($id: ID!) { ${mutation}(id: $id) { state } }`, { id: surveyId }, { token });

describe('a survey as an object of the cycle', () => {
  it('only ORG_ADMIN within the cycle’s jurisdiction plans it; its window and sample are checked', async () => {
    expect(codeOf(await plan(tokens.assessor!))).toBe('FORBIDDEN');
    expect(codeOf(await plan(tokens['orgadmin.hefeng']!))).toBe('FORBIDDEN');
    expect(codeOf(await plan(tokens.orgadmin!, { fieldworkTo: '2025-11-30' }))).toBe('VALIDATION');
    const outside = await plan(tokens.orgadmin!, { sample: [{ organisationId: (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`))[0].id, target: 10 }] });
    expect(codeOf(outside)).toBe('VALIDATION');
    const twice = await plan(tokens.orgadmin!, { questions: [{ code: 'Q1', text: 'a', weight: 1 }, { code: 'q1', text: 'b', weight: 1 }] });
    expect(codeOf(twice)).toBe('VALIDATION');
    const res = await plan(tokens.orgadmin!);
    expect(res.errors).toBeUndefined();
    expect(res.data!.planSurvey.state).toBe('PLANNED');
    surveyId = res.data!.planSurvey.id;
    expect(codeOf(await plan(tokens.orgadmin!))).toBe('CONFLICT');
  });

  it('a planned survey takes a new questionnaire version; results wait for the fieldwork, which waits for the window', async () => {
    const updated = await t.gql<{ updateSurveyPlan: { questionnaireVersion: number } }>(`mutation($input: UpdateSurveyPlanInput!) { updateSurveyPlan(input: $input) { questionnaireVersion } }`, {
      input: { surveyId, questions: [{ code: 'Q1', text: '对本地区领导班子工作的总体评价', weight: 60 }, { code: 'Q2', text: '对本地区干部作风和廉洁自律的评价', weight: 40 }] },
    }, { token: tokens.orgadmin });
    expect(updated.data!.updateSurveyPlan.questionnaireVersion).toBe(2);
    const early = await t.gql(`mutation($input: ImportSurveyResultsInput!) { importSurveyResults(input: $input) { id } }`, {
      input: { surveyId, fileName: 'r.csv', contentBase64: b64('organisationCode,responses,score\nQH-TN,10,80\n') },
    }, { token: tokens.orgadmin });
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    expect(codeOf(await step('startSurveyFieldwork'))).toBe('INVALID_TRANSITION'); // 2025-11-20 < 2025-12-01
    t.clock.set(new Date('2025-12-01T08:00:00+08:00'));
    expect(codeOf(await step('publishSurvey'))).toBe('INVALID_TRANSITION');
    expect((await step('startSurveyFieldwork')).data!.startSurveyFieldwork!.state).toBe('FIELDWORK');
    const frozen = await t.gql(`mutation($input: UpdateSurveyPlanInput!) { updateSurveyPlan(input: $input) { id } }`, { input: { surveyId, fieldworkTo: '2025-12-25' } }, { token: tokens.orgadmin });
    expect(codeOf(frozen)).toBe('INVALID_TRANSITION');
  });

  it('a file with bad lines is refused line by line and nothing is imported', async () => {
    const res = await t.gql(`mutation($input: ImportSurveyResultsInput!) { importSurveyResults(input: $input) { id } }`, {
      input: {
        surveyId,
        fileName: 'bad.csv',
        contentBase64: b64('单位代码,有效样本量,得分,标准差,Q1,Q2\nQH-XX,100,80,,,\nQH-TN,0,80,,,\nQH-TN-DJ,400,120,,,\nQH-TN-LS,150,,,90,\nQH-TN,320,,,90,80\nQH-TN,300,80,,,\n'),
      },
    }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe('VALIDATION');
    const fields = (res.errors![0]!.extensions!.fields as Array<{ field: string; messages: string[] }>).map((f) => [f.field, f.messages]);
    expect(fields).toEqual([
      ['line 2', ['organisation QH-XX is not in the sample plan']],
      ['line 3', ['responses must be a whole number of at least 1']],
      ['line 4', ['the score must be a number from 0 to 100']],
      ['line 5', ['give the overall score or a score for every question']],
      ['line 6', ['repeats line 3']],
      ['line 7', ['repeats line 3']],
    ]);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM survey_result WHERE survey_id = $1`, [surveyId])) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('the firm’s file: n, score (from the questions where no overall score), margin and shortfall per organisation', async () => {
    const res = await t.gql<{ importSurveyResults: { totalResponses: number; shortfalls: number; sample: Array<Record<string, unknown>> } }>(
      `mutation($input: ImportSurveyResultsInput!) { importSurveyResults(input: $input) { ${SURVEY_FIELDS} } }`,
      { input: { surveyId, fileName: 'results.csv', contentBase64: b64('单位代码,有效样本量,得分,标准差,Q1,Q2\nQH-TN,320,,,90,80\nQH-TN-DJ,400,85,12,,\nQH-TN-LS,150,80,,,\n') } },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    const rows = Object.fromEntries(res.data!.importSurveyResults.sample.map((s) => [s.organisationCode, s]));
    // 泰宁市: (60·90 + 40·80)/100 = 86; p = .86: 100·1.96·√(.86·.14/320) = 3.80
    expect(rows['QH-TN']).toMatchObject({ target: 300, responses: 320, score: 86, sd: null, margin: 3.8, shortfall: false, origin: 'FILE' });
    // 东江区: sd 12: 1.96·12/√400 = 1.176
    expect(rows['QH-TN-DJ']).toMatchObject({ target: 400, responses: 400, score: 85, sd: 12, margin: 1.18, shortfall: false });
    // 临山县: p = .8: 100·1.96·√(.8·.2/150) = 6.40; 150 < 200
    expect(rows['QH-TN-LS']).toMatchObject({ target: 200, responses: 150, score: 80, margin: 6.4, shortfall: true });
    expect(res.data!.importSurveyResults).toMatchObject({ totalResponses: 870, shortfalls: 1 });
  });

  it('好差评 ratings: bad lines refused, then imported per period; the score is 100·good/(good+bad) over the year', async () => {
    const bad = await t.gql(`mutation($input: ImportServiceRatingsInput!) { importServiceRatings(input: $input) }`, {
      input: { year: 2025, fileName: 'hcp.csv', contentBase64: b64('单位代码,期间,非常满意,满意,基本满意,不满意,非常不满意\nQH-TN-DJ,2024-12,1,1,1,1,1\nQH-TN-DJ,2025-Q1,1,-1,1,1,1\nQH-NONE,2025-Q1,1,1,1,1,1\n') },
    }, { token: tokens.orgadmin });
    expect(codeOf(bad)).toBe('VALIDATION');
    expect((bad.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['line 2', 'line 3', 'line 4']);
    const ok = await t.gql<{ importServiceRatings: number }>(`mutation($input: ImportServiceRatingsInput!) { importServiceRatings(input: $input) }`, {
      input: { year: 2025, fileName: 'hcp.csv', contentBase64: b64('单位代码,期间,非常满意,满意,基本满意,不满意,非常不满意\nQH-TN-DJ,2025-Q1,250,150,70,20,10\nQH-TN-DJ,2025-Q2,250,150,70,15,15\n') },
    }, { token: tokens.orgadmin });
    expect(ok.data!.importServiceRatings).toBe(2);
    const goodBad = await t.gql(`mutation($input: ImportServiceRatingsInput!) { importServiceRatings(input: $input) }`, {
      input: { year: 2025, fileName: 'hcp2.csv', contentBase64: b64('organisationCode,period,good,bad\nQH-TN-LS,2025,180,20\n') },
    }, { token: tokens.orgadmin });
    expect(goodBad.errors).toBeUndefined();
    const table = await t.gql<{ serviceRatings: Array<Record<string, unknown>> }>(`{ serviceRatings(year: 2025) { organisationCode periods verySatisfied dissatisfied good bad score } }`, {}, { token: tokens.committee });
    // The demo's provincial departments have ratings of their own: this city's are the two imported here.
    expect(table.data!.serviceRatings.filter((r) => String(r.organisationCode).startsWith('QH-TN'))).toEqual([
      // 940 good, 60 bad
      { organisationCode: 'QH-TN-DJ', periods: 2, verySatisfied: 500, dissatisfied: 35, good: 940, bad: 60, score: 94 },
      { organisationCode: 'QH-TN-LS', periods: 1, verySatisfied: null, dissatisfied: null, good: 180, bad: 20, score: 90 },
    ]);
  });

  it('publishing makes the survey the teams’ 5% component (the rating mixed in at 20%), over a score entered by hand', async () => {
    const ids = Object.values(team);
    await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    const rows = ids.flatMap((assessmentId) => [
      { assessmentId, component: 'DEVELOPMENT', value: 80, source: '统计部门' },
      { assessmentId, component: 'OTHER_INDICATORS', value: 90, source: '统计部门' },
    ]);
    rows.push({ assessmentId: team['QH-TN']!, component: 'PUBLIC_SURVEY', value: 70, source: '手工录入' });
    expect((await t.gql(`mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, { rows }, { token: tokens.assessor })).errors).toBeUndefined();
    const grade = () => t.gql(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId }, { token: tokens.assessor });
    const proposal = async (id: string) =>
      (
        await t.gql<{ assessment: { gradingResult: { score: number; components: Array<{ key: string; weight: number; value: number | null; surveySource: { surveys: Array<{ title: string; responses: number; margin: number }>; rating: { score: number; sharePercent: number } | null } | null }> } } }>(
          `query($id: ID!) { assessment(id: $id) { gradingResult { score components { key weight value surveySource { surveys { title responses margin } rating { score sharePercent } } } } } }`,
          { id },
          { token: tokens.committee },
        )
      ).data!.assessment.gradingResult;
    expect((await grade()).errors).toBeUndefined();
    // Not published yet: 泰宁市's entered 70; regular missing, so over 5 + 39 + 26 = 70: (5·70 + 39·80 + 26·90)/70 = 83
    expect(await proposal(team['QH-TN']!)).toMatchObject({ score: 83 });

    expect((await step('closeSurveyFieldwork')).data!.closeSurveyFieldwork!.state).toBe('CLOSED');
    expect((await step('publishSurvey', tokens['orgadmin.hefeng'])).errors).toBeDefined();
    expect((await step('publishSurvey')).data!.publishSurvey!.state).toBe('PUBLISHED');
    expect((await grade()).errors).toBeUndefined();

    const tn = await proposal(team['QH-TN']!);
    const tnSurvey = tn.components.find((c) => c.key === 'PUBLIC_SURVEY')!;
    expect(tnSurvey).toMatchObject({ weight: 5, value: 86, surveySource: { surveys: [{ title: '2025年度泰宁市民意调查', responses: 320, margin: 3.8 }], rating: null } });
    // (5·86 + 39·80 + 26·90)/70 = 5890/70 = 84.142…
    expect(tn.score).toBe(84.14);
    const dj = await proposal(team['QH-TN-DJ']!);
    // 80% of 85 + 20% of 94 = 86.8; (5·86.8 + 3120 + 2340)/70 = 5894/70 = 84.2
    expect(dj.components.find((c) => c.key === 'PUBLIC_SURVEY')).toMatchObject({ value: 86.8, surveySource: { rating: { score: 94, sharePercent: 20 } } });
    expect(dj.score).toBe(84.2);
    // 临山县: 80% of 80 + 20% of 90 = 82
    expect((await proposal(team['QH-TN-LS']!)).components.find((c) => c.key === 'PUBLIC_SURVEY')!.value).toBe(82);
  });

  it('a published survey is final and every change is in the audit trail', async () => {
    expect(codeOf(await step('closeSurveyFieldwork'))).toBe('INVALID_TRANSITION');
    const entered = await t.gql(`mutation($input: EnterSurveyResultInput!) { enterSurveyResult(input: $input) { id } }`, { input: { surveyId, organisationId: org['QH-TN'], responses: 10, score: 50 } }, { token: tokens.orgadmin });
    expect(codeOf(entered)).toBe('INVALID_TRANSITION');
    const actions = ((await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'survey' AND entity_id = $1 ORDER BY occurred_at, id`, [surveyId])) as Array<{ action: string }>).map((r) => r.action);
    expect(actions).toEqual(['SURVEY_PLANNED', 'SURVEY_PLAN_CHANGED', 'SURVEY_FIELDWORK_STARTED', 'SURVEY_RESULTS_IMPORTED', 'SURVEY_FIELDWORK_CLOSED', 'SURVEY_PUBLISHED']);
  });
});
