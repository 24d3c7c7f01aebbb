import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The evaluation inputs as the web reads them back: the component scores,
 * the political review and the negative-list findings of an assessment, and
 * what a cycle's inputs may name (its components and negative list).
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let assessmentId: string;
let ownAssessmentId: string;

const READ = `query($id: ID!) { assessment(id: $id) { id scoreInputs { component value source } politicalReview { rating veto note recordedBy } negativeFindings { code note cleared recordedBy } } }`;
const OPTIONS = `query($c: ID!) { evaluationInputOptions(cycleId: $c) { scoreComponents publicSurveyPercent negativeList { code label } } }`;
const SET = `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`;
const IMPORT = `mutation($csv: String!) { importScores(csv: $csv) }`;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'cadre', 'hr']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  // Another cadre's than the demo cadre's own (read below): the first by id could be the same one, whose scores then count twice.
  const [a] = (await t.dataSource.query(
    `SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL AND cadre_id IS DISTINCT FROM (SELECT cadre_id FROM user_account WHERE username = 'cadre') ORDER BY id LIMIT 1`,
    [cycleId],
  )) as Array<{ id: string }>;
  assessmentId = a!.id;
  const [own] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE a.cycle_id = $1 AND u.username = 'cadre'`, [cycleId])) as Array<{ id: string }>;
  ownAssessmentId = own!.id;
});
afterAll(() => t?.close());

describe('evaluationInputOptions', () => {
  it('names the four components, the survey weight and the negative list of the pinned settings', async () => {
    const res = await t.gql<{ evaluationInputOptions: { scoreComponents: string[]; publicSurveyPercent: number; negativeList: Array<{ code: string; label: string }> } }>(OPTIONS, { c: cycleId }, { token: tokens.assessor });
    expect(res.errors).toBeUndefined();
    expect(res.data!.evaluationInputOptions.scoreComponents).toEqual(['WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS']);
    expect(res.data!.evaluationInputOptions.publicSurveyPercent).toBe(5);
    expect(res.data!.evaluationInputOptions.negativeList.map((n) => n.code)).toContain('FORMALISM');
  });

  it.each([
    ['cadre', 'FORBIDDEN'],
    ['orgadmin.hefeng', 'FORBIDDEN'],
  ])('is refused to %s (%s)', async (user, code) => {
    expect(codeOf(await t.gql(OPTIONS, { c: cycleId }, { token: tokens[user] }))).toBe(code);
  });

  it('an unknown cycle is NOT_FOUND', async () => {
    expect(codeOf(await t.gql(OPTIONS, { c: '00000000-0000-0000-0000-000000000000' }, { token: tokens.assessor }))).toBe('NOT_FOUND');
  });
});

describe('scores, political review and findings read back', () => {
  it('shows what was set, and nothing when none is recorded', async () => {
    const before = await t.gql<{ assessment: { scoreInputs: unknown[]; politicalReview: unknown; negativeFindings: unknown[] } }>(READ, { id: assessmentId }, { token: tokens.assessor });
    expect(before.data!.assessment).toMatchObject({ scoreInputs: [], politicalReview: null, negativeFindings: [] });
    const set = await t.gql(SET, { rows: [{ assessmentId, component: 'PUBLIC_SURVEY', value: 88.25, source: '民意调查' }, { assessmentId, component: 'WORK_RESULTS', value: 91, source: '统计局' }] }, { token: tokens.assessor });
    expect(set.errors).toBeUndefined();
    await t.gql(`mutation($i: PoliticalReviewInput!) { recordPoliticalReview(input: $i) }`, { i: { assessmentId, rating: 'FAIR', veto: false, note: '政治表现较好' } }, { token: tokens.assessor });
    await t.gql(`mutation($i: NegativeFindingInput!) { recordNegativeFinding(input: $i) }`, { i: { assessmentId, code: 'FORMALISM', note: '文山会海' } }, { token: tokens.assessor });
    const after = await t.gql<{ assessment: { scoreInputs: unknown[]; politicalReview: unknown; negativeFindings: unknown[] } }>(READ, { id: assessmentId }, { token: tokens.assessor });
    expect(after.data!.assessment.scoreInputs).toEqual([
      { component: 'WORK_RESULTS', value: 91, source: '统计局' },
      { component: 'PUBLIC_SURVEY', value: 88.25, source: '民意调查' },
    ]);
    expect(after.data!.assessment.politicalReview).toMatchObject({ rating: 'FAIR', veto: false, note: '政治表现较好' });
    expect(after.data!.assessment.negativeFindings).toMatchObject([{ code: 'FORMALISM', note: '文山会海', cleared: false }]);
  });

  it('the assessed cadre reads their own assessment but none of its inputs', async () => {
    await t.gql(SET, { rows: [{ assessmentId: ownAssessmentId, component: 'PUBLIC_SURVEY', value: 70, source: '民意调查' }] }, { token: tokens.assessor });
    await t.gql(`mutation($i: PoliticalReviewInput!) { recordPoliticalReview(input: $i) }`, { i: { assessmentId: ownAssessmentId, rating: 'AVERAGE', veto: false, note: '' } }, { token: tokens.assessor });
    const asAssessor = await t.gql<{ assessment: { scoreInputs: unknown[]; politicalReview: unknown } }>(READ, { id: ownAssessmentId }, { token: tokens.assessor });
    expect(asAssessor.data!.assessment.scoreInputs).toHaveLength(1);
    const asCadre = await t.gql<{ assessment: { scoreInputs: unknown[]; politicalReview: unknown; negativeFindings: unknown[] } }>(READ, { id: ownAssessmentId }, { token: tokens.cadre });
    expect(asCadre.errors).toBeUndefined();
    expect(asCadre.data!.assessment).toMatchObject({ scoreInputs: [], politicalReview: null, negativeFindings: [] });
  });

  it.each([
    ['above 100', 100.01, 'value must be a number from 0 to 100'],
    ['below 0', -1, 'value must be a number from 0 to 100'],
  ])('a score %s is refused, never clamped, and nothing is written', async (_what, value, message) => {
    const res = await t.gql(SET, { rows: [{ assessmentId, component: 'DEVELOPMENT', value: 80, source: 'x' }, { assessmentId, component: 'DEVELOPMENT', value, source: 'x' }] }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(JSON.stringify(res.errors![0]!.extensions)).toContain(message);
    const [row] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM score_input WHERE assessment_id = $1 AND component = 'DEVELOPMENT'`, [assessmentId])) as Array<{ n: number }>;
    expect(row!.n).toBe(0);
  });

  it('an imported sheet names each bad line', async () => {
    const csv = `assessmentId,component,value,source\n${assessmentId},PUBLIC_SURVEY,90,民意调查\n${assessmentId},SURVEY,90,x\n${assessmentId},DEVELOPMENT,,x\n`;
    const res = await t.gql(IMPORT, { csv }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
    const fields = (res.errors![0]!.extensions as { fields: Array<{ field: string }> }).fields.map((f) => f.field);
    expect(fields).toEqual(['line 3', 'line 4']);
  });
});
