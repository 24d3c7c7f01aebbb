import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Kinds that add up, through the public API: the 2025 regular results, four
 * special assessments with their rules and a 2023–2025 term feed the 2025
 * annual and term proposals of 大江县 (QH-TN-DJ) cadres. Every figure below
 * is worked out by hand from the defaults (regular 30% of the annual, work
 * results 70% × 70% = 49, abilities 21; 好 without a score = 95; bonuses at
 * most 5 points a year; term targets 50%, years 50%, 称职 = 85).
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let county: string;
let annualId: string;
/** X: regular + bonuses; Y: gated special, term; Z: a deduction; W: gated after its proposal. */
const cadre: Record<'X' | 'Y' | 'Z' | 'W', string> = { X: '', Y: '', Z: '', W: '' };
const annualOf: Record<string, string> = {};

async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function plan(kind: 'REGULAR' | 'SPECIAL' | 'TERM', name: string, extra: Record<string, unknown>): Promise<string> {
  const { planCycle } = await gql<{ planCycle: { id: string } }>(tokens.orgadmin, `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
    input: { kind, name, year: 2025, organisationId: county, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' }, ...extra },
  });
  await gql(tokens.orgadmin, `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: planCycle.id, organisationIds: [county], includeSubtree: false, includeTeams: false } });
  await gql(tokens.orgadmin, `mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`, { input: { cycleId: planCycle.id } });
  return planCycle.id;
}

async function assessmentOf(cycleId: string, cadreId: string): Promise<string> {
  const [row] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, cadreId])) as Array<{ id: string }>;
  return row!.id;
}

/** Appraises one cadre's regular or special assessment as the assessor does. */
async function appraise(cycleId: string, cadreId: string, first: 'SUBMIT_SUMMARY' | 'COMPLETE_FACT_FINDING', grade: string, score: number | null) {
  const id = await assessmentOf(cycleId, cadreId);
  await advanceAssessments(t, cycleId, [id], [first]);
  await act(t, tokens.assessor!, 'appraise', { assessmentId: id, grade, score, comment: '综合研判。' });
}

const SET_RULE = `mutation($input: SpecialRuleInput!) { setSpecialRule(input: $input) { mode threshold points gateEffect bonusLimit deductionLimit } }`;
const RESULT = `query($id: ID!) { assessment(id: $id) { gradingResult { grade score components { key weight value contribution source } gates { code effect } } } }`;
type Result = { grade: string; score: number | null; components: Array<{ key: string; weight: number; value: number | null; contribution: number; source: string | null }>; gates: Array<{ code: string }> };
const resultOf = async (id: string) => (await gql<{ assessment: { gradingResult: Result } }>(tokens.assessor, RESULT, { id })).assessment.gradingResult;

let specials: string[] = [];
let termCycle: string;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee']) tokens[u] = await t.signIn(u);
  [{ id: county }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
  const clean: Array<{ id: string }> = await t.dataSource.query(
    `SELECT c.id FROM cadre c WHERE c.organisation_id = $1 AND c.employment_status = 'SERVING'
        AND NOT EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM accusation x WHERE x.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.cadre_id = c.id)
      ORDER BY c.person_no LIMIT 4`,
    [county],
  );
  [cadre.X, cadre.Y, cadre.Z, cadre.W] = clean.map((c) => c.id) as [string, string, string, string];

  // The year's regular results: X 好 96 in Q1, 好 without a score in Q2; Q3 and Q4 not assessed.
  const q1 = await plan('REGULAR', '2025年第一季度平时考核', { quarter: 1 });
  const q2 = await plan('REGULAR', '2025年第二季度平时考核', { quarter: 2 });
  await appraise(q1, cadre.X, 'SUBMIT_SUMMARY', 'GOOD', 96);
  await appraise(q2, cadre.X, 'SUBMIT_SUMMARY', 'GOOD', null);

  // Four special assessments, each with its rule.
  specials = [
    await plan('SPECIAL', '防汛救灾专项考核', { task: '2025年防汛救灾' }),
    await plan('SPECIAL', '招商引资专项考核', { task: '2025年招商引资' }),
    await plan('SPECIAL', '安全生产专项考核', { task: '2025年安全生产' }),
    await plan('SPECIAL', '信访维稳专项考核', { task: '2025年信访维稳' }),
  ];
  await gql(tokens.orgadmin, SET_RULE, { input: { cycleId: specials[0], mode: 'BONUS', threshold: 'FAIR', points: 4 } });
  await gql(tokens.orgadmin, SET_RULE, { input: { cycleId: specials[1], mode: 'BONUS', threshold: 'GOOD', points: 3 } });
  await gql(tokens.orgadmin, SET_RULE, { input: { cycleId: specials[2], mode: 'DEDUCTION', threshold: 'AVERAGE', points: 3 } });
  await gql(tokens.orgadmin, SET_RULE, { input: { cycleId: specials[3], mode: 'GATE', threshold: 'AVERAGE', gateEffect: 'NO_EXCELLENT' } });
  await appraise(specials[0]!, cadre.X, 'COMPLETE_FACT_FINDING', 'GOOD', 93);
  await appraise(specials[1]!, cadre.X, 'COMPLETE_FACT_FINDING', 'GOOD', null);
  await appraise(specials[3]!, cadre.X, 'COMPLETE_FACT_FINDING', 'GOOD', null);
  await appraise(specials[0]!, cadre.Z, 'COMPLETE_FACT_FINDING', 'POOR', null);
  await appraise(specials[2]!, cadre.Z, 'COMPLETE_FACT_FINDING', 'AVERAGE', null);
  await appraise(specials[3]!, cadre.Y, 'COMPLETE_FACT_FINDING', 'POOR', null);

  // The 2025 annual, to the proposal step, with work results entered.
  annualId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const all: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [annualId]);
  await advanceAssessments(t, annualId, all.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  for (const k of ['X', 'Y', 'Z', 'W'] as const) annualOf[k] = await assessmentOf(annualId, cadre[k]);
  const work = { X: 80, Y: 95, Z: 80, W: 95 };
  await gql(tokens.assessor, `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, {
    rows: (['X', 'Y', 'Z', 'W'] as const).map((k) => ({ assessmentId: annualOf[k], component: 'WORK_RESULTS', value: work[k], source: '县考核办工作实绩核定' })),
  });
  await gql(tokens.assessor, `mutation($id: ID!) { gradeCycle(cycleId: $id) { graded } }`, { id: annualId });
});
afterAll(() => t?.close());

describe('the annual reads the regular component and the special results of its year', () => {
  it('X: regular (96 + 95) / 2 = 95.5; composite (95.5×30 + 80×49) / 79 = 85.89; bonuses 4 + 3 capped at 5 → 90.89', async () => {
    const r = await resultOf(annualOf.X!);
    expect(r.score).toBe(90.89);
    const parts = Object.fromEntries(r.components.map((c) => [c.key + (c.key.startsWith('SPECIAL') ? `:${c.source}` : ''), [c.value, c.contribution]]));
    expect(parts.REGULAR).toEqual([95.5, 36.27]);
    expect(parts.WORK_RESULTS).toEqual([80, 49.62]);
    expect(r.components.filter((c) => c.key.startsWith('SPECIAL')).map((c) => [c.key, c.value, c.contribution])).toEqual([
      ['SPECIAL_BONUS', 4, 4],
      ['SPECIAL_BONUS', 1, 1],
      ['SPECIAL_NOT_APPLIED', 0, 0],
    ]);
    expect(r.components.find((c) => c.key === 'REGULAR')!.source).toBe(
      '2025年第一季度平时考核：好 96 分；2025年第二季度平时考核：好（无分数，按等次折算 95 分）；取已确定的 2 次平时考核的平均分 95.5',
    );
    expect(r.components.find((c) => c.key === 'SPECIAL_BONUS' && c.value === 1)!.source).toBe('专项考核「2025年招商引资」好（好及以上加 3 分；全年加分以 5 分为限，计 1 分）');
  });

  it('Z: no regular result (the component is missing and re-weighted): 80; a deduction of 3 → 77; the bonus its 较差 missed is explained', async () => {
    const r = await resultOf(annualOf.Z!);
    expect(r.score).toBe(77);
    expect(r.components.find((c) => c.key === 'REGULAR')).toMatchObject({ value: null, source: '本年度没有已确定的平时考核结果' });
    expect(r.components.filter((c) => c.key.startsWith('SPECIAL')).map((c) => [c.key, c.contribution])).toEqual([
      ['SPECIAL_DEDUCTION', -3],
      ['SPECIAL_NOT_APPLIED', 0],
    ]);
    expect(r.grade).toBe('COMPETENT');
  });

  it('Y: 95 by the score, but 较差 in a special whose gate bites at 一般: the engine proposes COMPETENT, and EXCELLENT is refused on every path', async () => {
    const r = await resultOf(annualOf.Y!);
    expect(r).toMatchObject({ score: 95, grade: 'COMPETENT' });
    expect(r.gates.map((g) => g.code)).toContain('SPECIAL_RESULT_BARS_EXCELLENT');
    const propose = (grade: string) =>
      t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id state } }`, { input: { assessmentId: annualOf.Y, grade, comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor });
    const refused = await propose('EXCELLENT');
    expect(codeOf(refused)).toBe('GRADE_REFUSED');
    expect((refused.errors![0]!.extensions as { rule: string }).rule).toBe('SPECIAL_RESULT_BARS_EXCELLENT');
    expect((await propose('COMPETENT')).errors).toBeUndefined();
    const changed = await t.gql(
      `mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id } }`,
      { input: { assessmentId: annualOf.Y, grade: 'EXCELLENT', reason: '经党委集体研究调整等次。', collective: unanimous } },
      { token: tokens.committee },
    );
    expect(codeOf(changed)).toBe('GRADE_REFUSED');
    const approved = await gql<{ approveGrade: { finalGrade: string } }>(tokens.committee, `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { finalGrade } }`, {
      input: { assessmentId: annualOf.Y, collective: unanimous },
    });
    expect(approved.approveGrade.finalGrade).toBe('COMPETENT');
  });

  it('W: proposed EXCELLENT, then 一般 in the gated special: the committee’s approval is refused (the shared facts loader reads it live)', async () => {
    const proposed = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id } }`, { input: { assessmentId: annualOf.W, grade: 'EXCELLENT', comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor });
    expect(proposed.errors).toBeUndefined();
    await appraise(specials[3]!, cadre.W, 'COMPLETE_FACT_FINDING', 'AVERAGE', null);
    const refused = await t.gql(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { finalGrade } }`, { input: { assessmentId: annualOf.W, collective: unanimous } }, { token: tokens.committee });
    expect(codeOf(refused)).toBe('GRADE_REFUSED');
    expect((refused.errors![0]!.extensions as { refusals: Array<{ gate: string }> }).refusals.map((x) => x.gate)).toEqual(['SPECIAL_RESULT_BARS_EXCELLENT']);
  });
});

describe('a special rule is set within its bounds, by the cycle’s own organisation department', () => {
  it.each([
    ['points above the year’s bonus limit', { mode: 'BONUS', threshold: 'GOOD', points: 6 }, 'VALIDATION', 'input.points'],
    ['a deduction without points', { mode: 'DEDUCTION', threshold: 'POOR' }, 'VALIDATION', 'input.points'],
    ['a gate without its effect', { mode: 'GATE', threshold: 'POOR' }, 'VALIDATION', 'input.gateEffect'],
  ])('%s', async (_name, rule, code, field) => {
    const res = await t.gql(SET_RULE, { input: { cycleId: specials[0], ...rule } }, { token: tokens.orgadmin });
    expect(codeOf(res)).toBe(code);
    expect((res.errors![0]!.extensions as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual([field]);
  });
  it('an annual cycle carries no special rule; an assessor may not set one', async () => {
    expect(codeOf(await t.gql(SET_RULE, { input: { cycleId: annualId, mode: 'BONUS', threshold: 'GOOD', points: 1 } }, { token: tokens.orgadmin }))).toBe('VALIDATION');
    expect(codeOf(await t.gql(SET_RULE, { input: { cycleId: specials[0], mode: 'BONUS', threshold: 'GOOD', points: 1 } }, { token: tokens.assessor }))).toBe('FORBIDDEN');
  });
  it('the rule is read back on the cycle and audited', async () => {
    const { cycle } = await gql<{ cycle: { specialRule: unknown } }>(tokens.orgadmin, `query($id: ID!) { cycle(id: $id) { specialRule { mode threshold points gateEffect bonusLimit } } }`, { id: specials[1] });
    expect(cycle.specialRule).toEqual({ mode: 'BONUS', threshold: 'GOOD', points: 3, gateEffect: null, bonusLimit: 5 });
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'SPECIAL_RULE_SET' AND entity_id = ANY($1::text[])`, [specials])) as [{ n: number }];
    expect(n).toBe(4);
  });
});

describe('a term assessment: term targets and the years over the term', () => {
  beforeAll(async () => {
    termCycle = await plan('TERM', '2023—2025年任期考核', {});
  });
  it('the term ends in the cycle’s year, after it starts', async () => {
    const set = (startsOn: string, endsOn: string) => t.gql(`mutation($input: TermPeriodInput!) { setTermPeriod(input: $input) { startsOn endsOn } }`, { input: { cycleId: termCycle, startsOn, endsOn } }, { token: tokens.orgadmin });
    expect(codeOf(await set('2023-01-01', '2024-12-31'))).toBe('VALIDATION');
    expect(codeOf(await set('2025-12-31', '2025-01-01'))).toBe('VALIDATION');
    expect((await set('2023-01-01', '2025-12-31')).data).toEqual({ setTermPeriod: { startsOn: '2023-01-01', endsOn: '2025-12-31' } });
  });
  it('Y: targets (100 + 0 + 80) / 3 = 60, the term’s one decided year 称职 = 85: 60×50% + 85×50% = 72.5 → BASICALLY_COMPETENT', async () => {
    const termY = await assessmentOf(termCycle, cadre.Y);
    const targets = [
      { target: '新增城镇就业 3000 人', measure: '人社部门统计', achieved: true },
      { target: '建成高标准农田 2 万亩', measure: '农业农村部门验收', achieved: false },
      { target: '营商环境评价进入全省前 30 位', measure: '第三方评价', achieved: true, score: 80 },
      { target: '完成老旧小区改造 12 个', measure: '住建部门验收', achieved: null },
    ];
    const set = await gql<{ setTermTargets: Array<{ position: number; achieved: boolean | null; score: number | null }> }>(
      tokens.assessor,
      `mutation($input: TermTargetsInput!) { setTermTargets(input: $input) { position achieved score } }`,
      { input: { assessmentId: termY, targets } },
    );
    expect(set.setTermTargets.map((x) => [x.position, x.achieved, x.score])).toEqual([[1, true, null], [2, false, null], [3, true, 80], [4, null, null]]);
    const view = await gql<{ assessment: { termYears: Array<{ year: number; grade: string }> } }>(tokens.assessor, `query($id: ID!) { assessment(id: $id) { termYears { year grade } } }`, { id: termY });
    expect(view.assessment.termYears).toEqual([{ year: 2025, grade: 'COMPETENT' }]);
    await advanceAssessments(t, termCycle, [termY], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    await gql(tokens.assessor, `mutation($id: ID!) { gradeCycle(cycleId: $id) { graded } }`, { id: termCycle });
    const r = await resultOf(termY);
    expect(r.components.map((c) => [c.key, c.weight, c.value, c.contribution])).toEqual([
      ['TERM_TARGETS', 50, 60, 30],
      ['TERM_YEARS', 50, 85, 42.5],
    ]);
    expect(r).toMatchObject({ score: 72.5, grade: 'BASICALLY_COMPETENT' });
  });
  it('term targets belong to term assessments only', async () => {
    const res = await t.gql(`mutation($input: TermTargetsInput!) { setTermTargets(input: $input) { id } }`, { input: { assessmentId: annualOf.X, targets: [] } }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
  });
});
