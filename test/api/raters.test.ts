import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The assessment team's rater workspace: whom it may invite (RATER users of
 * its jurisdiction), invitations for many assessments of a unit at once (all
 * or nothing, never the assessed themself), and the turnout per assessment —
 * counts only, never who voted how. Also the indicator import template.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let unitId: string;
let unitAssessments: Array<{ id: string; cadre_id: string | null }>;
let raters: Array<{ id: string; username: string; password: string }>;

const TURNOUT = `query($c: ID!, $o: ID!) { raterTurnout(cycleId: $c, organisationId: $o) { assessmentId kind state cadreName invitable invitedTotal returned turnoutPercent minimumTurnoutPercent invited { group count } } }`;
const INVITE = `mutation($input: InviteRatersToAssessmentsInput!) { inviteRatersToAssessments(input: $input) { added alreadyInvited skippedSelf } }`;
const CANDIDATES = `query($s: String, $o: ID, $first: Int) { raterCandidates(search: $s, organisationId: $o, first: $first) { totalCount items { userId displayName organisationName post } } }`;

interface Turnout {
  assessmentId: string;
  kind: string;
  state: string;
  invitable: boolean;
  invitedTotal: number;
  returned: number;
  turnoutPercent: number;
  minimumTurnoutPercent: number;
  invited: Array<{ group: string; count: number }>;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'sysadmin', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  // The unit with the most assessments of the county (its team and its cadres).
  const [unit] = (await t.dataSource.query(`SELECT organisation_id FROM assessment WHERE cycle_id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, [cycleId])) as Array<{ organisation_id: string }>;
  unitId = unit!.organisation_id;
  unitAssessments = await t.dataSource.query(`SELECT id, cadre_id FROM assessment WHERE cycle_id = $1 AND organisation_id = $2 ORDER BY id`, [cycleId, unitId]);
  raters = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 6, 'rater.bulk');
});
afterAll(() => t?.close());

describe('rater candidates', () => {
  it('are the users holding RATER inside the jurisdiction, searchable by name', async () => {
    const all = await t.gql<{ raterCandidates: { totalCount: number; items: Array<{ userId: string; displayName: string; organisationName: string }> } }>(CANDIDATES, {}, { token: tokens.assessor });
    expect(all.errors).toBeUndefined();
    const ids = all.data!.raterCandidates.items.map((c) => c.userId);
    for (const r of raters) expect(ids).toContain(r.id);
    expect(all.data!.raterCandidates.totalCount).toBe(ids.length);
    const found = await t.gql<{ raterCandidates: { totalCount: number; items: Array<{ displayName: string }> } }>(CANDIDATES, { s: '测评人3' }, { token: tokens.assessor });
    expect(found.data!.raterCandidates.items.map((c) => c.displayName)).toEqual(['测评人3']);
    const page = await t.gql<{ raterCandidates: { totalCount: number; items: unknown[] } }>(CANDIDATES, { first: 2 }, { token: tokens.assessor });
    expect(page.data!.raterCandidates.items).toHaveLength(2);
    expect(page.data!.raterCandidates.totalCount).toBe(ids.length);
  });

  it('are refused under an organisation outside the jurisdiction, and to a cadre', async () => {
    const outside = await t.gql(CANDIDATES, { o: unitId }, { token: tokens['orgadmin.hefeng'] });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CANDIDATES, {}, { token: tokens.cadre }))).toBe('FORBIDDEN');
  });
});

describe('bulk invitations and turnout', () => {
  it('refuse the whole batch while any assessment is not taking invitations', async () => {
    const before = await t.gql<{ raterTurnout: Turnout[] }>(TURNOUT, { c: cycleId, o: unitId }, { token: tokens.assessor });
    expect(before.errors).toBeUndefined();
    expect(before.data!.raterTurnout).toHaveLength(unitAssessments.length);
    expect(before.data!.raterTurnout.every((a) => !a.invitable && a.invitedTotal === 0)).toBe(true);
    const res = await t.gql(INVITE, { input: { assessmentIds: unitAssessments.map((a) => a.id), raters: [{ userId: raters[0]!.id, group: 'PEER' }] } }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(Number((await t.dataSource.query(`SELECT count(*) FROM rater_invitation`))[0].count)).toBe(0);
  });

  it('invite every rater to every assessment of the unit at once, leaving the assessed out of their own', async () => {
    await advanceAssessments(t, cycleId, unitAssessments.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    // One rater is a cadre of the unit (one with no account yet: an account names at most one cadre): a peer of the others, never a rater of themself.
    const accounted = new Set(((await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE cadre_id IS NOT NULL`)) as Array<{ cadre_id: string }>).map((u) => u.cadre_id));
    const self = unitAssessments.find((a) => a.cadre_id && !accounted.has(a.cadre_id))!;
    await t.dataSource.query(`UPDATE user_account SET cadre_id = $2 WHERE id = $1`, [raters[5]!.id, self.cadre_id]);
    const groups = ['SUPERIOR', 'PEER', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT', 'PEER'];
    const input = { assessmentIds: unitAssessments.map((a) => a.id), raters: raters.map((r, i) => ({ userId: r.id, group: groups[i] })) };
    const res = await t.gql<{ inviteRatersToAssessments: { added: number; alreadyInvited: number; skippedSelf: number } }>(INVITE, { input }, { token: tokens.assessor });
    expect(res.errors).toBeUndefined();
    expect(res.data!.inviteRatersToAssessments).toEqual({ added: unitAssessments.length * 6 - 1, alreadyInvited: 0, skippedSelf: 1 });
    const again = await t.gql<{ inviteRatersToAssessments: { added: number; alreadyInvited: number } }>(INVITE, { input }, { token: tokens.assessor });
    expect(again.data!.inviteRatersToAssessments).toMatchObject({ added: 0, alreadyInvited: unitAssessments.length * 6 - 1 });
    const audit = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'RATERS_INVITED'`)) as Array<{ n: number }>;
    expect(audit[0]!.n).toBe(unitAssessments.length);
    const turnout = (await t.gql<{ raterTurnout: Turnout[] }>(TURNOUT, { c: cycleId, o: unitId }, { token: tokens.assessor })).data!.raterTurnout;
    const own = turnout.find((a) => a.assessmentId === self.id)!;
    expect(own.invitedTotal).toBe(5);
    expect(own.invited.find((g) => g.group === 'PEER')!.count).toBe(2);
    expect(turnout.every((a) => a.invitable && a.minimumTurnoutPercent === 80)).toBe(true);
  });

  it('counts returned ballots without saying whose or what', async () => {
    const target = unitAssessments.find((a) => a.cadre_id && a.cadre_id !== unitAssessments.find((x) => x.cadre_id)!.cadre_id) ?? unitAssessments[0]!;
    for (const r of raters.slice(0, 4)) {
      const token = await t.signIn(r.username, r.password);
      const cast = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
        input: { assessmentId: target.id, overall: 'COMPETENT', scores: { morality: 90, ability: 90, diligence: 90, results: 90, integrity: 90 } },
      }, { token });
      expect(cast.errors).toBeUndefined();
    }
    const turnout = (await t.gql<{ raterTurnout: Array<Record<string, unknown>> }>(TURNOUT, { c: cycleId, o: unitId }, { token: tokens.assessor })).data!.raterTurnout;
    const row = turnout.find((a) => a.assessmentId === target.id)!;
    expect(row).toMatchObject({ returned: 4, invitedTotal: 6, turnoutPercent: 66.67 });
    // No field of the view names a rater or a vote.
    expect(Object.keys(row).sort()).toEqual(['assessmentId', 'cadreName', 'invitable', 'invited', 'invitedTotal', 'kind', 'minimumTurnoutPercent', 'returned', 'state', 'turnoutPercent']);
  });

  it('refuse a unit outside the jurisdiction and a user without the RATER role', async () => {
    expect(codeOf(await t.gql(TURNOUT, { c: cycleId, o: unitId }, { token: tokens['orgadmin.hefeng'] }))).toBe('FORBIDDEN');
    const [plain] = (await t.dataSource.query(`SELECT id FROM user_account WHERE username = 'committee'`)) as Array<{ id: string }>;
    const res = await t.gql(INVITE, { input: { assessmentIds: [unitAssessments[0]!.id], raters: [{ userId: plain!.id, group: 'PEER' }] } }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(JSON.stringify(res.errors![0]!.extensions!.fields)).toContain('RATER');
  });
});

describe('indicator import template', () => {
  it('is a workbook with the headers the import reads and the pinned indicators', async () => {
    const res = await fetch(`${t.url}/exports/cycles/${cycleId}/indicator-template.xlsx`, { headers: { authorization: `Bearer ${tokens.assessor}` } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect((workbook.getWorksheet('指标数据')!.getRow(1).values as unknown[]).slice(1)).toEqual(['单位代码', '干部编号', '指标代码', '数值', '期间', '数据来源']);
    expect(workbook.getWorksheet('指标清单')).toBeDefined();
    const outside = await fetch(`${t.url}/exports/cycles/${cycleId}/indicator-template.xlsx`, { headers: { authorization: `Bearer ${tokens['orgadmin.hefeng']}` } });
    expect(outside.status).toBe(403);
  });
});
