import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excellentQuota } from '../../workflows/rules/quota.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The figures behind dashboards and quota meters (counted in SQL, inside the
 * jurisdiction), the Excel export of a cycle's results, the rater's list of
 * ballots, and the audit trail's filters by actor and organisation.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let all: Array<{ id: string; organisationId: string; kind: string; rankLevel: string | null }>;
let pool: string[];

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'orgadmin.taining', 'assessor', 'committee', 'auditor', 'sysadmin', 'rater', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  all = await t.dataSource.query(
    `SELECT a.id, a.organisation_id AS "organisationId", a.kind, c.rank_level AS "rankLevel" FROM assessment a LEFT JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY a.id`,
    [cycleId],
  );
  await advanceAssessments(t, cycleId, all.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
  // The largest pool (unit and rank level): two EXCELLENT proposals there, one approved.
  const byUnit = new Map<string, string[]>();
  for (const a of all.filter((x) => x.kind === 'CADRE_ANNUAL')) byUnit.set(`${a.organisationId}|${a.rankLevel}`, [...(byUnit.get(`${a.organisationId}|${a.rankLevel}`) ?? []), a.id]);
  pool = [...byUnit.values()].sort((a, b) => b.length - a.length)[0]!;
});
afterAll(() => t?.close());

describe('ballot invitations', () => {
  it('tell the rater whom each ballot is about, and leave the list once cast', async () => {
    const [rater] = (await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'rater'`)) as Array<{ id: string }>;
    const target = pool[0]!;
    const invited = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, { input: { assessmentId: target, raters: [{ userId: rater!.id, group: 'PEER' }] } }, { token: tokens.assessor });
    expect(invited.errors).toBeUndefined();
    const list = await t.gql<{ myBallotInvitations: Array<Record<string, string | null>> }>(
      `{ myBallotInvitations { assessmentId group state kind subject post organisationName cycleName } }`,
      {},
      { token: tokens.rater },
    );
    const [cadre] = (await t.dataSource.query(`SELECT c.name, c.post, o.name AS org FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id WHERE a.id = $1`, [target])) as Array<{
      name: string;
      post: string;
      org: string;
    }>;
    expect(list.data!.myBallotInvitations).toEqual([
      { assessmentId: target, group: 'PEER', state: 'evaluation.ballotsOpen', kind: 'CADRE_ANNUAL', subject: cadre!.name, post: cadre!.post, organisationName: cadre!.org, cycleName: 'QH-TN-DJ 2025' },
    ]);
    const cast = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
      input: { assessmentId: target, overall: 'EXCELLENT', scores: { morality: 95, ability: 92, diligence: 94, results: 96, integrity: 97 } },
    }, { token: tokens.rater });
    expect(cast.errors).toBeUndefined();
    const after = await t.gql<{ myBallotInvitations: unknown[] }>(`{ myBallotInvitations { assessmentId } }`, {}, { token: tokens.rater });
    expect(after.data!.myBallotInvitations).toEqual([]);
  });

  it('another user’s list never shows them', async () => {
    const other = await t.gql<{ myBallotInvitations: unknown[] }>(`{ myBallotInvitations { assessmentId } }`, {}, { token: tokens.cadre });
    expect(other.data!.myBallotInvitations).toEqual([]);
  });
});

describe('cycleReport', () => {
  const REPORT = `query($c: ID!, $o: ID) { cycleReport(cycleId: $c, organisationId: $o) {
    organisationId quotaPools { organisationId organisationName subject rankLevel graded allowed used proposed }
    gradeDistribution { organisationId organisationName key count } progress { organisationId key count } } }`;
  type Report = {
    organisationId: string;
    quotaPools: Array<{ organisationId: string | null; subject: string; rankLevel: string | null; graded: number; allowed: number; used: number; proposed: number }>;
    gradeDistribution: Array<{ key: string; count: number }>;
    progress: Array<{ key: string; count: number }>;
  };

  beforeAll(async () => {
    await advanceAssessments(t, cycleId, all.map((a) => a.id), ['CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    for (const id of pool.slice(0, 2)) await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: id, grade: 'EXCELLENT', comment: '实绩突出，群众公认。' });
    for (const id of pool.slice(2)) await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: id, grade: 'COMPETENT', comment: '履职尽责。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: pool[0]!, collective: unanimous });
  });

  it('counts the quota pool as the committee’s check does: graded, allowed, decided and waiting EXCELLENT', async () => {
    const res = await t.gql<{ cycleReport: Report }>(REPORT, { c: cycleId }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const unit = all.find((a) => a.id === pool[0])!.organisationId;
    const level = all.find((a) => a.id === pool[0])!.rankLevel;
    const p = res.data!.cycleReport.quotaPools.find((x) => x.organisationId === unit && x.subject === 'CADRE' && (x.rankLevel === null || x.rankLevel === level))!;
    expect(p).toMatchObject({ graded: pool.length, allowed: excellentQuota(pool.length, { excellentQuotaPercent: 20, excellentQuotaRaisedPercent: 25 }), used: 1, proposed: 1 });
    expect(res.data!.cycleReport.quotaPools.some((x) => x.subject === 'TEAM' && x.organisationId === null)).toBe(true);
  });

  it('grade distribution and progress add up to every assessment, and are grouped, not listed', async () => {
    const res = await t.gql<{ cycleReport: Report }>(REPORT, { c: cycleId }, { token: tokens.orgadmin });
    const sum = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);
    expect(sum(res.data!.cycleReport.gradeDistribution)).toBe(all.length);
    expect(sum(res.data!.cycleReport.progress)).toBe(all.length);
    expect(res.data!.cycleReport.gradeDistribution.length).toBeLessThan(all.length);
    const excellent = res.data!.cycleReport.gradeDistribution.filter((r) => r.key === 'EXCELLENT');
    expect(sum(excellent)).toBe(2); // one decided, one proposed
    expect(new Set(res.data!.cycleReport.progress.map((r) => r.key))).toEqual(new Set(['committeeReview', 'synthesis', 'decisionRouting', 'awaitingNotice'].filter((s) => res.data!.cycleReport.progress.some((r) => r.key === s))));
  });

  it('is refused outside the jurisdiction and to roles without assessment:read', async () => {
    expect(codeOf(await t.gql(REPORT, { c: cycleId }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORT, { c: cycleId }, { token: tokens.rater }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(REPORT, { c: 'not-a-uuid' }, { token: tokens.orgadmin }))).toBe('NOT_FOUND');
  });
});

describe('Excel export of a cycle’s results', () => {
  const url = () => `${t.url}/exports/cycles/${cycleId}/results.xlsx`;

  it('gives the signed-in jurisdiction a workbook whose rows are the cycle’s assessments', async () => {
    const res = await fetch(url(), { headers: { authorization: `Bearer ${tokens['orgadmin.taining']}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('QH-TN-DJ 2025-考核结果.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('考核结果')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '对象', '职务', '单位', '考核类别', '当前环节', '特别情形', '建议等次', '党委审定', '确定等次', '综合得分']);
    expect(sheet.rowCount - 1).toBe(all.length);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    const [approved] = (await t.dataSource.query(`SELECT c.name FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.id = $1`, [pool[0]])) as Array<{ name: string }>;
    const row = rows.find((r) => r[1] === approved!.name)!;
    expect(row[7]).toBe('优秀');
    expect(row[8]).toBe('优秀');
    expect(row[9] ?? '').toBe(''); // EXCELLENT is final only after the public notice (an empty cell)
    expect(rows.filter((r) => r[4] === '领导班子年度考核').length).toBe(all.filter((a) => a.kind === 'TEAM_ANNUAL').length);
    // Words, never codes: the stage, the kind and every grade column read in Chinese.
    for (const r of rows) {
      for (const cell of [r[4], r[5], r[6], r[7], r[8], r[9]]) expect(String(cell ?? '')).not.toMatch(/[A-Za-z_.]/);
      expect(String(r[5])).not.toBe('');
    }
    expect(new Set(rows.map((r) => r[5]))).toContain('党委(党组)审定');
    const trail = (await t.dataSource.query(`SELECT payload FROM audit_log WHERE action = 'RESULTS_EXPORTED' AND entity_id = $1`, [cycleId])) as Array<{ payload: { rows: number } }>;
    expect(trail.at(-1)!.payload.rows).toBe(all.length);
  });

  it('is refused without a session, outside the jurisdiction and for an unknown cycle, with coded JSON errors', async () => {
    const anonymous = await fetch(url());
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const other = await fetch(url(), { headers: { authorization: `Bearer ${tokens['orgadmin.hefeng']}` } });
    expect(other.status).toBe(403);
    const cadre = await fetch(url(), { headers: { authorization: `Bearer ${tokens.cadre}` } });
    expect(cadre.status).toBe(403);
    const missing = await fetch(`${t.url}/exports/cycles/00000000-0000-4000-8000-000000000000/results.xlsx`, { headers: { authorization: `Bearer ${tokens.orgadmin}` } });
    expect(missing.status).toBe(404);
  });
});

describe('audit trail filters', () => {
  const LOG = `query($actor: String, $o: ID, $action: String) { auditLog(first: 200, actor: $actor, organisationId: $o, action: $action) { totalCount nodes { action actorUserId } } }`;

  it('finds an actor by username or name, and an organisation’s subtree', async () => {
    const byActor = await t.gql<{ auditLog: { totalCount: number; nodes: Array<{ action: string }> } }>(LOG, { actor: 'committee', action: 'APPROVE_GRADE' }, { token: tokens.auditor });
    expect(byActor.errors).toBeUndefined();
    expect(byActor.data!.auditLog.totalCount).toBe(1);
    const [dj] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
    const [hf] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`)) as Array<{ id: string }>;
    const inside = await t.gql<{ auditLog: { totalCount: number } }>(LOG, { o: dj!.id, action: 'PROPOSE_GRADE' }, { token: tokens.auditor });
    expect(inside.data!.auditLog.totalCount).toBe(pool.length);
    const elsewhere = await t.gql<{ auditLog: { totalCount: number } }>(LOG, { o: hf!.id, action: 'PROPOSE_GRADE' }, { token: tokens.auditor });
    expect(elsewhere.data!.auditLog.totalCount).toBe(0);
    expect(codeOf(await t.gql(LOG, { o: 'nope' }, { token: tokens.auditor }))).toBe('VALIDATION');
  });
});
