import 'reflect-metadata';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * "1+N": the 2025 annual cycle of 泰宁市 (the city and its two districts,
 * 东江区 and 临山县) absorbs three business assessments; each running
 * department enters or imports its own part; the results flow into the one
 * grading (weighted scores, a gate binding on every path) and the report
 * counts the inspections it replaced. Figures computed by hand.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const org: Record<string, string> = {};
let cycleId: string;
const ba: Record<string, string> = {};

const DECLARE = `mutation($input: DeclareBusinessAssessmentInput!) { declareBusinessAssessment(input: $input) }`;
const ENTER = `mutation($input: EnterBusinessResultsInput!) { enterBusinessResults(input: $input) }`;
const IMPORT = `mutation($input: ImportBusinessResultsInput!) { importBusinessResults(input: $input) }`;
const UNITS = `query($id: ID!) { businessAssessmentUnits(businessAssessmentId: $id) { organisationCode version score passed note } }`;
const REPORT = `query($c: ID!) { businessAssessmentReport(cycleId: $c) { absorbed unitsCovered resultsEntered resultsMissing inspectionsReplaced
  lines { name departmentName mode unitsCovered resultsEntered resultsMissing failed inspectionsReplaced } } }`;

async function ok<T>(res: Promise<GraphQLResponse<T>>): Promise<T> {
  const r = await res;
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}
const declare = (token: string, input: Record<string, unknown>) => t.gql<{ declareBusinessAssessment: string }>(DECLARE, { input: { cycleId, ...input } }, { token });
const enter = (token: string, id: string, results: Array<Record<string, unknown>>) => t.gql<{ enterBusinessResults: number }>(ENTER, { input: { businessAssessmentId: id, results } }, { token });
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const ECO = { name: '生态环境保护', coversTeams: true, coversCadres: false, organisationKinds: ['CITY', 'COUNTY'], mode: 'SCORE', weight: 30, inspectionsPerUnit: 2 };
const IDEOLOGY = { name: '意识形态工作', coversTeams: true, coversCadres: true, organisationKinds: ['CITY', 'COUNTY'], mode: 'GATE', weight: null, inspectionsPerUnit: 1 };
const MARKET = { name: '市场监管', coversTeams: true, coversCadres: false, organisationKinds: ['COUNTY'], mode: 'SCORE', weight: 20, inspectionsPerUnit: 3 };

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'committee', 'dept.eco', 'dept.ideology', 'dept.market', 'auditor']) tokens[u] = await t.signIn(u);
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code LIKE 'QH%'`)) as Array<{ id: string; code: string }>) org[row.code] = row.id;
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN');
  const all: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId]);
  await advanceAssessments(t, cycleId, all.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
}, 180_000);
afterAll(() => t?.close());

describe('declaring the business assessments a cycle absorbs', () => {
  it('the organisation department declares three: a weighted score, a gate, a county-only score', async () => {
    ba.eco = (await ok(declare(tokens.orgadmin!, { ...ECO, departmentId: org['QH-D-STT'] }))).declareBusinessAssessment;
    t.clock.set(new Date('2026-01-06T09:01:00+08:00'));
    ba.ideology = (await ok(declare(tokens.orgadmin!, { ...IDEOLOGY, departmentId: org['QH-D-XCB'] }))).declareBusinessAssessment;
    t.clock.set(new Date('2026-01-06T09:02:00+08:00'));
    ba.market = (await ok(declare(tokens.orgadmin!, { ...MARKET, departmentId: org['QH-D-SCJ'] }))).declareBusinessAssessment;
    const listed = await ok(t.gql<{ businessAssessments: Array<{ name: string; mode: string; weight: number | null; unitsCovered: number; departmentName: string }> }>(
      `query($c: ID!) { businessAssessments(cycleId: $c) { name mode weight unitsCovered departmentName } }`,
      { c: cycleId },
      { token: tokens.orgadmin },
    ));
    expect(listed.businessAssessments).toEqual([
      { name: '生态环境保护', mode: 'SCORE', weight: 30, unitsCovered: 3, departmentName: '省生态环境厅' },
      { name: '意识形态工作', mode: 'GATE', weight: null, unitsCovered: 3, departmentName: '省委宣传部' },
      { name: '市场监管', mode: 'SCORE', weight: 20, unitsCovered: 2, departmentName: '省市场监督管理局' },
    ]);
  });

  it.each([
    ['a scored one without its weight', 'orgadmin', { ...ECO, name: '安全生产', weight: null }, 'VALIDATION'],
    ['a gate with a weight', 'orgadmin', { ...IDEOLOGY, name: '信访', weight: 10 }, 'VALIDATION'],
    ['run by a city, not a department', 'orgadmin', { ...ECO, name: '安全生产', dept: 'QH-TN' }, 'VALIDATION'],
    ['weights over 100% of the component (30 + 20 + 60)', 'orgadmin', { ...ECO, name: '安全生产', weight: 60 }, 'VALIDATION'],
    ['covering nobody', 'orgadmin', { ...ECO, name: '安全生产', coversTeams: false }, 'VALIDATION'],
    ['a name the cycle already absorbs', 'orgadmin', { ...ECO }, 'CONFLICT'],
    ['by a city’s organisation department outside its jurisdiction', 'orgadmin.hefeng', { ...ECO, name: '安全生产' }, 'FORBIDDEN'],
    ['by a business department', 'dept.eco', { ...ECO, name: '安全生产' }, 'FORBIDDEN'],
    ['by the assessment team', 'assessor', { ...ECO, name: '安全生产' }, 'FORBIDDEN'],
  ])('refuses %s (%s): %s', async (_name, user, input, code) => {
    const { dept, ...rest } = input as typeof input & { dept?: string };
    const res = await declare(tokens[user]!, { ...rest, departmentId: org[dept ?? 'QH-D-STT'] });
    expect(codeOf(res)).toBe(code);
  });
});

describe('each department enters its own part, inside its jurisdiction, while the cycle is open', () => {
  it.each([
    ['the running department', 'dept.eco', 'eco', [{ organisationCode: 'QH-TN', score: 90 }], null],
    ['another department', 'dept.ideology', 'eco', [{ organisationCode: 'QH-TN', score: 90 }], 'FORBIDDEN'],
    ['the organisation department', 'orgadmin', 'eco', [{ organisationCode: 'QH-TN', score: 90 }], 'FORBIDDEN'],
    ['the assessment team', 'assessor', 'eco', [{ organisationCode: 'QH-TN', score: 90 }], 'FORBIDDEN'],
    ['a unit outside the cycle', 'dept.eco', 'eco', [{ organisationCode: 'QH-HF', score: 90 }], 'VALIDATION'],
    ['a unit the assessment does not cover (a city for a county-only one)', 'dept.market', 'market', [{ organisationCode: 'QH-TN', score: 90 }], 'VALIDATION'],
    ['a score over 100', 'dept.eco', 'eco', [{ organisationCode: 'QH-TN-DJ', score: 101 }], 'VALIDATION'],
    ['a score for a gate', 'dept.ideology', 'ideology', [{ organisationCode: 'QH-TN-DJ', score: 80 }], 'VALIDATION'],
  ])('%s (%s on %s)', async (_name, user, which, results, code) => {
    const res = await enter(tokens[user]!, ba[which]!, results);
    if (code === null) expect(res.errors).toBeUndefined();
    else expect(codeOf(res)).toBe(code);
  });

  it('imports a file: every bad line reported with its number, nothing recorded; the good file goes in', async () => {
    const bad = await t.gql(IMPORT, {
      input: { businessAssessmentId: ba.eco, fileName: '生态环境保护.csv', contentBase64: csv('单位代码,得分,备注\nQH-TN-DJ,88,\nQH-NOPE,70,\nQH-TN-LS,abc,\nQH-TN-DJ,91,\n') },
    }, { token: tokens['dept.eco'] });
    expect(codeOf(bad)).toBe('VALIDATION');
    const fields = (bad.errors![0]!.extensions as { fields: Array<{ field: string; messages: string[] }> }).fields;
    expect(fields.map((f) => f.field)).toEqual(['line 3', 'line 4', 'line 5']);
    expect(fields[0]!.messages.join()).toContain('no unit with code QH-NOPE');
    expect(fields[1]!.messages.join()).toContain('not a number');
    expect(fields[2]!.messages.join()).toContain('repeats line 2');
    const units = await ok(t.gql<{ businessAssessmentUnits: Array<{ organisationCode: string; version: number | null }> }>(UNITS, { id: ba.eco }, { token: tokens['dept.eco'] }));
    expect(units.businessAssessmentUnits.map((u) => [u.organisationCode, u.version])).toEqual([['QH-TN', 1], ['QH-TN-DJ', null], ['QH-TN-LS', null]]);
    const good = await ok(t.gql<{ importBusinessResults: number }>(IMPORT, {
      input: { businessAssessmentId: ba.eco, fileName: '生态环境保护.csv', contentBase64: csv('单位代码,得分,备注\nQH-TN-DJ,90,\nQH-TN-LS,50,初评\n') },
    }, { token: tokens['dept.eco'] }));
    expect(good.importBusinessResults).toBe(2);
  });

  it('a correction is a new version, audited; the old one stays', async () => {
    await ok(enter(tokens['dept.eco']!, ba.eco!, [{ organisationCode: 'QH-TN-LS', score: 60, note: '复核更正' }]));
    const units = await ok(t.gql<{ businessAssessmentUnits: Array<{ organisationCode: string; version: number | null; score: number | null; note: string | null }> }>(UNITS, { id: ba.eco }, { token: tokens.orgadmin }));
    expect(units.businessAssessmentUnits).toEqual([
      { organisationCode: 'QH-TN', version: 1, score: 90, passed: null, note: '' },
      { organisationCode: 'QH-TN-DJ', version: 1, score: 90, passed: null, note: '' },
      { organisationCode: 'QH-TN-LS', version: 2, score: 60, passed: null, note: '复核更正' },
    ]);
    const [{ versions }] = (await t.dataSource.query(`SELECT count(*)::int AS versions FROM business_result WHERE business_assessment_id = $1 AND organisation_id = $2`, [ba.eco, org['QH-TN-LS']])) as [{ versions: number }];
    expect(versions).toBe(2);
    const audit = (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'business_assessment' AND entity_id = $1 ORDER BY seq`, [ba.eco])) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['BUSINESS_ASSESSMENT_DECLARED', 'BUSINESS_RESULTS_ENTERED', 'BUSINESS_RESULTS_IMPORTED', 'BUSINESS_RESULTS_ENTERED']);
  });

  it('a cycle only planned takes no results yet', async () => {
    const [hf] = [org['QH-HF']];
    const planned = await ok(t.gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'ANNUAL', name: '禾丰市 2025', year: 2025, organisationId: hf, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } },
    }, { token: tokens.orgadmin }));
    const id = (await ok(t.gql<{ declareBusinessAssessment: string }>(DECLARE, { input: { ...ECO, cycleId: planned.planCycle.id, departmentId: org['QH-D-STT'] } }, { token: tokens.orgadmin }))).declareBusinessAssessment;
    expect(codeOf(await enter(tokens['dept.eco']!, id, [{ organisationCode: 'QH-HF', score: 80 }]))).toBe('CYCLE_NOT_ACCEPTING_INPUTS');
  });
});

describe('one result: the business results in the one grading', () => {
  const PROPOSE = `mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id state proposedGrade } }`;
  const APPROVE = `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id state finalGrade } }`;
  const cleanCadres = async (code: string) =>
    (await t.dataSource.query(
      `SELECT a.id FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND o.code = $2 AND a.overlay = 'NONE' AND a.state = 'synthesis'
          AND NOT EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = c.id) AND NOT EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM accusation x WHERE x.cadre_id = c.id) AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.cadre_id = c.id)
        ORDER BY c.rank_level, c.person_no`,
      [cycleId, code],
    )) as Array<{ id: string }>;

  it('a failed gate (意识形态工作 不通过 for 临山县) bars EXCELLENT at the committee’s approval of a grade proposed before it, and at a new proposal', async () => {
    const [first, second] = await cleanCadres('QH-TN-LS');
    await ok(t.gql(PROPOSE, { input: { assessmentId: first!.id, grade: 'EXCELLENT', comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor }));
    await ok(enter(tokens['dept.ideology']!, ba.ideology!, [{ organisationCode: 'QH-TN-LS', passed: false, note: '意识形态工作责任制落实不到位' }]));
    const approved = await t.gql(APPROVE, { input: { assessmentId: first!.id, collective: unanimous } }, { token: tokens.committee });
    expect(codeOf(approved)).toBe('GRADE_REFUSED');
    const refusals = (approved.errors![0]!.extensions as { refusals: Array<{ gate: string; facts: { assessments?: string[] } }> }).refusals;
    expect(refusals.find((r) => r.gate === 'BUSINESS_GATE_FAILED')?.facts.assessments).toEqual(['意识形态工作']);
    const proposed = await t.gql(PROPOSE, { input: { assessmentId: second!.id, grade: 'EXCELLENT', comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor });
    expect(codeOf(proposed)).toBe('GRADE_REFUSED');
    expect(await ok(t.gql(PROPOSE, { input: { assessmentId: second!.id, grade: 'COMPETENT', comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor }))).toBeTruthy();
  });

  it('a unit that passed is not barred (东江区 通过)', async () => {
    await ok(enter(tokens['dept.ideology']!, ba.ideology!, [{ organisationCode: 'QH-TN-DJ', passed: true }]));
    const limits = await ok(t.gql<{ assessment: { gradeLimits: { gates: Array<{ gate: string }> } } }>(`query($id: ID!) { assessment(id: $id) { gradeLimits { gates { gate } } } }`, { id: (await cleanCadres('QH-TN-DJ'))[0]!.id }, { token: tokens.assessor }));
    expect(limits.assessment.gradeLimits.gates.map((g) => g.gate)).not.toContain('BUSINESS_GATE_FAILED');
  });

  it.each([
    // 东江区: 生态环境保护 90 × 30% + 市场监管 70 × 20% + its own other indicators 80 × 50% = 27 + 14 + 40 = 81
    ['QH-TN-DJ', 81, ['生态环境保护 90分（权重30%）', '市场监管 70分（权重20%）', '本项其他得分 80分（权重50%）']],
    // 临山县: 市场监管 missing, re-weighted: (60 × 30 + 80 × 50) / 80 = 72.5
    ['QH-TN-LS', 72.5, ['生态环境保护 60分（权重30%）', '市场监管 未录入（权重20%）']],
    // 泰宁市 (a city, not covered by 市场监管): (90 × 30 + 80 × 70) / 100 = 83
    ['QH-TN', 83, ['生态环境保护 90分（权重30%）', '本项其他得分 80分（权重70%）']],
  ])('the team of %s: other indicators %s, its explanation naming each business assessment', async (code, value, words) => {
    if (code === 'QH-TN-DJ') {
      await ok(enter(tokens['dept.market']!, ba.market!, [{ organisationCode: 'QH-TN-DJ', score: 70 }]));
      const teams = (await t.dataSource.query(`SELECT a.id FROM assessment a WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL'`, [cycleId])) as Array<{ id: string }>;
      await ok(t.gql(`mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, { rows: teams.map((a) => ({ assessmentId: a.id, component: 'OTHER_INDICATORS', value: 80, source: '考核办汇总' })) }, { token: tokens.assessor }));
      await ok(t.gql(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId }, { token: tokens.assessor }));
    }
    const [team] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN organisation o ON o.id = a.organisation_id WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND o.code = $2`, [cycleId, code])) as Array<{ id: string }>;
    const res = await ok(t.gql<{ assessment: { gradingResult: { components: Array<{ key: string; value: number | null; source: string | null }> } } }>(
      `query($id: ID!) { assessment(id: $id) { gradingResult { components { key value source } } } }`,
      { id: team!.id },
      { token: tokens.assessor },
    ));
    const other = res.assessment.gradingResult.components.find((c) => c.key === 'OTHER_INDICATORS')!;
    expect(other.value).toBe(value);
    for (const w of words) expect(other.source).toContain(w);
  });
});

describe('the report of what the cycle absorbed', () => {
  it('counts units, results entered and missing per department, and the inspections replaced (3×2 + 3×1 + 2×3 = 15)', async () => {
    const res = await ok(t.gql<{ businessAssessmentReport: unknown }>(REPORT, { c: cycleId }, { token: tokens.auditor }));
    expect(res.businessAssessmentReport).toEqual({
      absorbed: 3,
      unitsCovered: 3,
      resultsEntered: 6,
      resultsMissing: 2,
      inspectionsReplaced: 15,
      lines: [
        { name: '生态环境保护', departmentName: '省生态环境厅', mode: 'SCORE', unitsCovered: 3, resultsEntered: 3, resultsMissing: 0, failed: 0, inspectionsReplaced: 6 },
        { name: '意识形态工作', departmentName: '省委宣传部', mode: 'GATE', unitsCovered: 3, resultsEntered: 2, resultsMissing: 1, failed: 1, inspectionsReplaced: 3 },
        { name: '市场监管', departmentName: '省市场监督管理局', mode: 'SCORE', unitsCovered: 2, resultsEntered: 1, resultsMissing: 1, failed: 0, inspectionsReplaced: 6 },
      ],
    });
  });

  it('exports the report as a workbook: the totals per business assessment, then every covered unit’s result in force (未录入 where none); audited', async () => {
    const get = (token?: string) => fetch(`${t.url}/exports/cycles/${cycleId}/business-results.xlsx`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    const res = await get(tokens.auditor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('业务考核结果（1+N）.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    const summary = workbook.getWorksheet('汇总')!;
    expect(values(summary, 1)).toEqual(['序号', '业务考核', '牵头部门', '计入方式', '覆盖单位', '已录入结果', '待录入结果', '未通过', '减少单独实地检查（次）']);
    expect(values(summary, 3)).toEqual([2, '意识形态工作', '省委宣传部', '否决（未通过不得评为优秀）', 3, 2, 1, 1, 3]);
    expect(values(summary, 5).slice(1)).toEqual(['合计', undefined, undefined, undefined, 6, 2, 1, 15]);
    const units = workbook.getWorksheet('各单位结果')!;
    expect(values(units, 1)).toEqual(['序号', '单位代码', '单位', '业务考核', '牵头部门', '计入方式', '权重（%）', '得分', '是否通过', '说明', '结果版本', '录入时间（北京时间）', '录入人']);
    const rows = Array.from({ length: units.rowCount - 1 }, (_, i) => values(units, i + 2));
    // 3 + 3 + 2 covered unit lines, as the report counts them; the missing ones say so.
    expect(rows).toHaveLength(8);
    expect(rows.filter((r) => r[7] === '未录入')).toHaveLength(2);
    const linshan = rows.find((r) => r[1] === 'QH-TN-LS' && r[3] === '意识形态工作')!;
    expect([linshan[5], linshan[8]]).toEqual(['否决（未通过不得评为优秀）', '未通过']);
    expect(String(linshan[11])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const eco = rows.filter((r) => r[3] === '生态环境保护');
    expect(eco.every((r) => r[6] === 30 && typeof r[7] === 'number' && r[10] !== '')).toBe(true);
    const [trail] = (await t.dataSource.query(`SELECT payload, actor_role FROM audit_log WHERE action = 'BUSINESS_RESULTS_EXPORTED' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`, [cycleId])) as Array<{ payload: { resultsEntered: number; resultsMissing: number }; actor_role: string }>;
    expect(trail!.payload).toMatchObject({ resultsEntered: 6, resultsMissing: 2 });
    expect((await get()).status).toBe(401);
    expect((await get(tokens['dept.eco'])).status).toBe(403);
    expect((await get(tokens['orgadmin.hefeng'])).status).toBe(403);
  });

  it('a department cannot read the report; a city outside the cycle’s tree is refused', async () => {
    expect(codeOf(await t.gql(REPORT, { c: cycleId }, { token: tokens['dept.eco'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORT, { c: cycleId }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
  });
});
