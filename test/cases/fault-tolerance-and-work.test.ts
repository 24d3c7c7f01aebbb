import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';
import { fixtureEventFor } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The gaps the machine tests covered alone, now through GraphQL against
 * PostgreSQL with exact dates: a MITIGATED fault-tolerance decision (the
 * lighter sanction replaces the heavier; the grade re-decided only when
 * better, and the outcomes reconciled); a cadre's own application, taken
 * while accountability is undecided and refused once it is decided; `myWork`
 * gathering what waits on each role; case reminders; the case deadline sweep
 * run by two job runners at once, each deadline firing once.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
type Row = { assessmentId: string; cadreId: string; rank: string };
let a: Row; // the demo cadre: INCOMPETENT, asks for a review, applies for fault tolerance
let p: Row; // removed from party post → INCOMPETENT; MITIGATED to a warning → COMPETENT
let q: Row; // party probation → INCOMPETENT; MITIGATED to removal from party post → still INCOMPETENT
let r: Row; // accused, the accusation found untrue and cleared: EXCELLENT, a commendation, nothing blocks a promotion
let team: string; // 东江区's leadership team: POOR, reviewed on its behalf by its principal leader
let principalToken: string;
let ownCaseId: string;
let reviewId: string;

async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const versionsOf = async (row: Row) =>
  (await gql<{ assessment: { finalGrade: string; resultVersions: Array<{ version: number; grade: string; source: string }> } }>(
    tokens.orgadmin,
    `query($id: ID!) { assessment(id: $id) { finalGrade resultVersions { version grade source } } }`,
    { id: row.assessmentId },
  )).assessment;
const liveOutcomes = async (row: Row) =>
  (await gql<{ outcomeTasks: { nodes: Array<{ kind: string; state: string }> } }>(tokens.orgadmin, `query($c: ID!) { outcomeTasks(first: 50, cadreId: $c) { nodes { kind state } } }`, { c: row.cadreId })).outcomeTasks.nodes
    .filter((x) => x.state !== 'cancelled')
    .map((x) => x.kind)
    .sort();
const penaltiesOf = async (row: Row) =>
  (await gql<{ penaltiesOf: Array<{ id: string; kind: string; decidedOn: string | null; replacedBy: string | null; tolerated: boolean }> }>(
    tokens.discipline,
    `query($c: ID!) { penaltiesOf(cadreId: $c) { id kind decidedOn replacedBy tolerated } }`,
    { c: row.cadreId },
  )).penaltiesOf;
const factors = { motive: '推动工作落实，无私利', objectiveConditions: '政策界限尚不明确', procedure: '经集体研究', natureAndDegree: '工作失误', consequences: '影响较小', remedialEffort: '主动纠正' };

/** Own motion → accepted → investigated → decided MITIGATED to `lighterKind`. */
async function mitigate(row: Row, lighterKind: string, mistakeKey: string) {
  const [penalty] = await penaltiesOf(row);
  const opened = await gql<{ openFaultToleranceCase: { id: string } }>(tokens.discipline, `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
    input: { cadreId: row.cadreId, penaltyId: penalty!.id, origin: 'OWN_MOTION', mistakeKey, grounds: '依职权启动容错纠错程序' },
  });
  const caseId = opened.openFaultToleranceCase.id;
  await gql(tokens.discipline, `mutation($input: CaseActionInput!) { acceptFaultToleranceCase(input: $input) { state } }`, { input: { caseId } });
  await gql(tokens.discipline, `mutation($input: FtTextInput!) { completeFaultToleranceInvestigation(input: $input) { state } }`, { input: { caseId, text: '经调查，属探索中的失误。' } });
  return gql<{ decideFaultToleranceCase: { state: string; outcome: string; history: Array<{ action: string; actorRole: string }> } }>(
    tokens.discipline,
    `mutation($input: DecideFaultToleranceInput!) { decideFaultToleranceCase(input: $input) { state outcome history { action actorRole } } }`,
    { input: { caseId, outcome: 'MITIGATED', distinction: 'EXPLORATION_NOT_YET_RESTRICTED', factors, collective: unanimous, lighterKind, reason: '符合从轻情形，减轻处理' } },
  );
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'hr', 'cadre', 'sysadmin']) tokens[u] = await t.signIn(u);
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows: Row[] = await t.dataSource.query(
    `SELECT a.id AS "assessmentId", c.id AS "cadreId", c.rank_level AS rank FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no`,
    [cycleId],
  );
  const [{ cadre_id: mine }] = (await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'cadre'`)) as [{ cadre_id: string }];
  a = rows.find((x) => x.cadreId === mine)!;
  [p, q, r] = rows.filter((x) => x !== a && x.rank === 'SECTION_PRINCIPAL') as [Row, Row, Row];
  for (const [row, kind] of [[p, 'REMOVAL_FROM_PARTY_POST'], [q, 'PARTY_PROBATION']] as const) {
    await gql(tokens.discipline, `mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: row.cadreId, kind, decidedOn: '2025-04-10', note: kind } });
  }
  const [{ deadlines }] = (await t.dataSource.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as [{ deadlines: CycleDeadlines }];
  const [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
  team = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL' AND organisation_id = $2`, [cycleId, county.id])) as [{ id: string }])[0].id;
  const [principal] = (await t.dataSource.query(`SELECT id FROM cadre WHERE organisation_id = $1 AND position_type = 'PRINCIPAL' ORDER BY person_no LIMIT 1`, [county.id])) as [{ id: string }];
  const created = await gql<{ createUser: { id: string } }>(tokens.sysadmin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { username: 'dj.principal', displayName: '东江区委书记', password: 'cadre-password-2026', cadreId: principal.id },
  });
  await gql(tokens.sysadmin, `mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: county.id });
  principalToken = await t.signIn('dj.principal', 'cadre-password-2026');
  const ids = [...[a, p, q, r].map((x) => x.assessmentId), team];
  for (const type of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']) {
    const at = t.clock.now().toISOString();
    const eventFor = await fixtureEventFor(t, cycleId, ids, type, at);
    await t.dataSource.transaction((m) => applyBulkTransition(m, 'assessment', ids, eventFor, { userId: null, role: 'SYSTEM' }, { derive: deriveAssessmentColumns(deadlines), deriveColumns: ASSESSMENT_COLUMNS }));
  }
  await gql(tokens.assessor, `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, {
    rows: [
      ...[p, q].map((x) => ({ assessmentId: x.assessmentId, component: 'WORK_RESULTS', value: 85, source: '区统计局' })),
      { assessmentId: r.assessmentId, component: 'WORK_RESULTS', value: 96, source: '区统计局' },
    ],
  });
  t.clock.set(at('2026-02-20T09:00:00'));
  for (const row of [a, p, q]) {
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: row.assessmentId, grade: 'INCOMPETENT', comment: '综合研判提出等次建议。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: row.assessmentId, collective: unanimous });
  }
  t.clock.set(at('2026-03-02T10:00:00'));
  await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: a.assessmentId });
});
afterAll(() => t?.close());

describe('fault tolerance MITIGATED: a lighter sanction replaces the heavier; the grade re-decided only if better', () => {
  it('removal from party post (INCOMPETENT) mitigated to a party warning: INCOMPETENT becomes COMPETENT as version 2, the demotion cancelled', async () => {
    t.clock.set(at('2026-03-04T09:00:00'));
    expect(await liveOutcomes(p)).toEqual(['DEMOTION_OR_REMOVAL']);
    const decided = await mitigate(p, 'PARTY_WARNING', 'PILOT_PROCUREMENT');
    expect(decided.decideFaultToleranceCase).toMatchObject({ state: 'awaitingFeedback', outcome: 'MITIGATED' });
    expect(decided.decideFaultToleranceCase.history.map((h) => `${h.action}:${h.actorRole}`)).toEqual(['OPENED:DISCIPLINE', 'SUBMIT:DISCIPLINE', 'ACCEPT:DISCIPLINE', 'COMPLETE_INVESTIGATION:DISCIPLINE', 'DECIDE:DISCIPLINE']);
    const penalties = await penaltiesOf(p);
    const [heavier, lighter] = [penalties.find((x) => x.kind === 'REMOVAL_FROM_PARTY_POST'), penalties.find((x) => x.kind === 'PARTY_WARNING')];
    expect(heavier).toMatchObject({ replacedBy: lighter!.id, tolerated: false });
    expect(lighter).toMatchObject({ kind: 'PARTY_WARNING', decidedOn: '2025-04-10', replacedBy: null });
    const [trail] = (await t.dataSource.query(`SELECT action, actor_role, payload FROM audit_log WHERE entity_type = 'cadre_penalty' AND entity_id = $1 AND action = 'PENALTY_MITIGATED'`, [p.cadreId])) as Array<{ action: string; actor_role: string; payload: Record<string, unknown> }>;
    expect(trail).toMatchObject({ actor_role: 'DISCIPLINE', payload: { penaltyId: heavier!.id, kind: 'REMOVAL_FROM_PARTY_POST', lighterKind: 'PARTY_WARNING', lighterPenaltyId: lighter!.id } });
    const v = await versionsOf(p);
    // Work results 85 → COMPETENT; the warning still bars EXCELLENT.
    expect(v.resultVersions.map((x) => `${x.version} ${x.grade} ${x.source}`)).toEqual(['1 INCOMPETENT DECISION', '2 COMPETENT FAULT_TOLERANCE']);
    expect(await liveOutcomes(p)).toEqual([]);
  });

  it('party probation mitigated to removal from party post: still INCOMPETENT, so no new version and the outcomes stand', async () => {
    const decided = await mitigate(q, 'REMOVAL_FROM_PARTY_POST', 'PILOT_PROCUREMENT');
    expect(decided.decideFaultToleranceCase.outcome).toBe('MITIGATED');
    const penalties = await penaltiesOf(q);
    const [heavier, lighter] = [penalties.find((x) => x.kind === 'PARTY_PROBATION'), penalties.find((x) => x.kind === 'REMOVAL_FROM_PARTY_POST')];
    expect(heavier).toMatchObject({ replacedBy: lighter!.id });
    expect((await versionsOf(q)).resultVersions.map((x) => `${x.version} ${x.grade}`)).toEqual(['1 INCOMPETENT']);
    expect(await liveOutcomes(q)).toEqual(['DEMOTION_OR_REMOVAL']);
  });

  it('a lighter sanction must be lighter: a heavier one is refused with VALIDATION', async () => {
    const lighter = (await penaltiesOf(p)).find((x) => x.kind === 'PARTY_WARNING');
    const opened = await gql<{ openFaultToleranceCase: { id: string } }>(tokens.discipline, `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
      input: { cadreId: p.cadreId, penaltyId: lighter!.id, origin: 'OWN_MOTION', mistakeKey: 'LATE_REPORTING', grounds: '再次审查' },
    });
    const caseId = opened.openFaultToleranceCase.id;
    await gql(tokens.discipline, `mutation($input: CaseActionInput!) { acceptFaultToleranceCase(input: $input) { state } }`, { input: { caseId } });
    await gql(tokens.discipline, `mutation($input: FtTextInput!) { completeFaultToleranceInvestigation(input: $input) { state } }`, { input: { caseId, text: '调查完毕。' } });
    const heavier = await t.gql(`mutation($input: DecideFaultToleranceInput!) { decideFaultToleranceCase(input: $input) { id } }`, {
      input: { caseId, outcome: 'MITIGATED', distinction: 'EXPLORATION_NOT_YET_RESTRICTED', factors, collective: unanimous, lighterKind: 'DEMERIT', reason: '从轻' },
    }, { token: tokens.discipline });
    expect(codeOf(heavier)).toBe('VALIDATION');
  });
});

describe('a cadre’s own fault-tolerance application', () => {
  it('is taken once accountability has started and before it is decided; refused with NOT_ELIGIBLE once decided', async () => {
    t.clock.set(at('2026-03-05T09:00:00'));
    const started = await gql<{ startAccountability: { id: string; decidedOn: string | null } }>(tokens.discipline, `mutation($input: StartAccountabilityInput!) { startAccountability(input: $input) { id decidedOn } }`, {
      input: { cadreId: a.cadreId, kind: 'DEMERIT', startedOn: '2026-03-01', note: '项目审批问责' },
    });
    expect(started.startAccountability.decidedOn).toBeNull();
    const penaltyId = started.startAccountability.id;
    const apply = (origin: string) =>
      t.gql<{ openFaultToleranceCase: { id: string; state: string; origin: string; dueAt: string; history: Array<{ action: string; actorRole: string }> } }>(
        `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id state origin dueAt history { action actorRole } } }`,
        { input: { cadreId: a.cadreId, penaltyId, origin, mistakeKey: 'PROJECT_APPROVAL', grounds: '本人书面申请：审批系为推进项目落地，先行先试。' } },
        { token: tokens.cadre },
      );
    expect(codeOf(await apply('UNIT_APPLICATION'))).toBe('FORBIDDEN');
    const mine = await apply('CADRE_APPLICATION');
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.openFaultToleranceCase).toMatchObject({ state: 'awaitingAcceptance', origin: 'CADRE_APPLICATION', history: [{ action: 'OPENED', actorRole: 'SUBJECT' }, { action: 'SUBMIT', actorRole: 'SUBJECT' }] });
    // Acceptance within 5 days: the deadline job fires after 10 March.
    expect(new Date(mine.data!.openFaultToleranceCase.dueAt).toISOString()).toBe(at('2026-03-11T00:00:00').toISOString());
    ownCaseId = mine.data!.openFaultToleranceCase.id;
    // Another cadre's sanction is not the applicant's to apply about.
    const pPenalty = (await penaltiesOf(p))[0];
    const other = await t.gql(`mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
      input: { cadreId: a.cadreId, penaltyId: pPenalty!.id, origin: 'CADRE_APPLICATION', mistakeKey: 'X1', grounds: '申请' },
    }, { token: tokens.cadre });
    expect(codeOf(other)).toBe('VALIDATION');

    await gql(tokens.discipline, `mutation($input: DecidePenaltyInput!) { decidePenalty(input: $input) { decidedOn } }`, { input: { penaltyId, decidedOn: '2026-03-05' } });
    const late = await apply('CADRE_APPLICATION');
    expect(codeOf(late)).toBe('NOT_ELIGIBLE');
    expect(late.errors![0]!.extensions).toMatchObject({ accountabilityStarted: true, sanctionDecided: true });
  });
});

describe('myWork: what waits on each role, in typed sections with counts', () => {
  const MY_WORK = `{ myWork(first: 20) {
      total sections { key count }
      assessments { totalCount nodes { id state } }
      outcomeTasks { totalCount nodes { kind state cadre { id } } }
      reviewCases { totalCount nodes { id state availableActions } }
      faultToleranceCases { totalCount nodes { id state availableActions } }
      accusations { totalCount nodes { id state availableActions } } } }`;
  type Work = {
    total: number;
    sections: Array<{ key: string; count: number }>;
    outcomeTasks: { totalCount: number; nodes: Array<{ kind: string; state: string; cadre: { id: string } }> };
    reviewCases: { totalCount: number; nodes: Array<{ id: string; state: string; availableActions: string[] }> };
    faultToleranceCases: { totalCount: number; nodes: Array<{ id: string; state: string; availableActions: string[] }> };
    accusations: { totalCount: number; nodes: Array<{ id: string; state: string; availableActions: string[] }> };
  };
  const work = async (who: string) => (await gql<{ myWork: Work }>(tokens[who], MY_WORK)).myWork;

  it('the review organ sees the review; discipline inspection its fault-tolerance steps and accusations; the committee its approvals; HR the outcome tasks it carries out', async () => {
    t.clock.set(at('2026-03-06T09:00:00'));
    const review = await gql<{ requestReview: { id: string } }>(tokens.cadre, `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, {
      input: { assessmentId: a.assessmentId, route: 'REVIEW', grounds: '不称职认定与事实不符。' },
    });
    reviewId = review.requestReview.id;
    await gql(tokens.discipline, `mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
      input: { cadreId: r.cadreId, source: 'PETITION', points: ['违规使用公车'], concernsYear: 2025, negativeCode: 'INTEGRITY', receivedOn: '2026-03-06' },
    });

    const orgadmin = await work('orgadmin');
    expect(orgadmin.reviewCases.nodes).toEqual([{ id: reviewId, state: 'reviewPending', availableActions: ['DECIDE_REVIEW'] }]);
    expect(orgadmin.faultToleranceCases.totalCount).toBe(0);

    const discipline = await work('discipline');
    expect(discipline.reviewCases.totalCount).toBe(0);
    // 本人申请 (acceptance), 丙's and 丁's MITIGATED cases (feedback), 丙's second case (decision).
    expect(discipline.faultToleranceCases.nodes.map((n) => n.state).sort()).toEqual(['awaitingAcceptance', 'awaitingDecision', 'awaitingFeedback', 'awaitingFeedback']);
    expect(discipline.faultToleranceCases.nodes.find((n) => n.id === ownCaseId)!.availableActions).toEqual(['ACCEPT', 'REFUSE']);
    expect(discipline.accusations.nodes.map((n) => [n.state, n.availableActions])).toEqual([['underVerification', ['VERIFY']]]);
    expect(discipline.sections).toEqual([
      { key: 'ASSESSMENTS', count: 0 },
      { key: 'OUTCOME_TASKS', count: 0 },
      { key: 'REVIEW_CASES', count: 0 },
      { key: 'FAULT_TOLERANCE_CASES', count: 4 },
      { key: 'ACCUSATIONS', count: 1 },
    ]);
    expect(discipline.total).toBe(5);

    const committee = await work('committee');
    // The committee reviews too, but its members who decided the result are refused as reviewers when they try.
    expect(committee.reviewCases.totalCount).toBe(1);
    expect(committee.outcomeTasks.nodes.map((n) => `${n.kind} ${n.state}`).sort()).toEqual(['DEMOTION_OR_REMOVAL proposed.inTime', 'DEMOTION_OR_REMOVAL proposed.inTime']);
    expect(committee.outcomeTasks.nodes.map((n) => n.cadre.id).sort()).toEqual([a.cadreId, q.cadreId].sort());

    // HR carries out what the committee approved.
    const demotion = (await gql<{ outcomeTasks: { nodes: Array<{ id: string; kind: string }> } }>(tokens.committee, `query($c: ID!) { outcomeTasks(first: 10, cadreId: $c) { nodes { id kind } } }`, { c: q.cadreId })).outcomeTasks.nodes[0]!;
    await gql(tokens.committee, `mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { state } }`, { input: { outcomeId: demotion.id, choice: 'DEMOTION' } });
    const hr = await work('hr');
    expect(hr.outcomeTasks.nodes.map((n) => `${n.kind} ${n.state}`)).toEqual(['DEMOTION_OR_REMOVAL approved.inTime']);
    expect(hr.sections.find((s) => s.key === 'OUTCOME_TASKS')!.count).toBe(1);

    // The existing queues still answer as before.
    const queue = await gql<{ workQueue: { totalCount: number } }>(tokens.orgadmin, `{ workQueue(first: 5) { totalCount } }`);
    expect(queue.workQueue.totalCount).toBe((await work('orgadmin')).sections.find((s) => s.key === 'ASSESSMENTS')!.count);
  });
});

describe('a cleared accusation never blocks EXCELLENT, an outcome or a promotion', () => {
  it('while it counts the engine withholds EXCELLENT; once cleared, EXCELLENT is decided, commended, and nothing blocks a promotion', async () => {
    const cycleId = ((await t.dataSource.query(`SELECT cycle_id FROM assessment WHERE id = $1`, [r.assessmentId])) as [{ cycle_id: string }])[0].cycle_id;
    const engine = async () => {
      await gql(tokens.assessor, `mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId });
      return (await gql<{ assessment: { gradingResult: { grade: string; gates: Array<{ code: string }> } } }>(tokens.assessor, `query($id: ID!) { assessment(id: $id) { gradingResult { grade gates { code } } } }`, { id: r.assessmentId })).assessment.gradingResult;
    };
    const blockers = async () =>
      (await gql<{ promotionBlockers: { blocked: boolean; blockers: Array<{ kind: string }>; disregarded: Array<{ kind: string; explanation: string }> } }>(tokens.hr, `query($c: ID!) { promotionBlockers(cadreId: $c) { blocked blockers { kind } disregarded { kind explanation } } }`, { c: r.cadreId })).promotionBlockers;
    t.clock.set(at('2026-03-09T09:00:00'));
    expect((await engine()).gates.map((g) => g.code)).toContain('ACCUSATION_UNCLEARED');
    // Unverified, it does not block a promotion yet (only a substantiated one does).
    expect(await blockers()).toMatchObject({ blocked: false, blockers: [], disregarded: [] });
    const [accusation] = (await gql<{ accusations: { nodes: Array<{ id: string }> } }>(tokens.discipline, `query($c: ID!) { accusations(first: 5, cadreId: $c) { nodes { id } } }`, { c: r.cadreId })).accusations.nodes;
    await gql(tokens.discipline, `mutation($input: VerifyAccusationInput!) { verifyAccusation(input: $input) { state } }`, { input: { caseId: accusation!.id, findings: ['UNTRUE'] } });
    await gql(tokens.discipline, `mutation($input: ClearAccusationInput!) { clearAccusation(input: $input) { state } }`, { input: { caseId: accusation!.id, method: 'LETTER', scope: 'PERSON_ONLY', points: [0] } });
    // Cleared, the accusation leaves the gates (the engine's own quota, over the one assessment left in synthesis, is the committee's to weigh).
    const graded = await engine();
    expect(graded.gates.map((g) => g.code)).not.toContain('ACCUSATION_UNCLEARED');
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: r.assessmentId, grade: 'EXCELLENT', comment: '实绩突出，群众认可。' });
    expect((await act(t, tokens.committee!, 'approveGrade', { assessmentId: r.assessmentId, collective: unanimous })).state).toBe('awaitingNotice');
    await gql(tokens.orgadmin, `mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id } }`, { input: { assessmentIds: [r.assessmentId], startsOn: '2026-03-09' } });
    t.clock.set(at('2026-03-16T09:00:00'));
    expect((await act(t, tokens.orgadmin!, 'closePublicNotice', { assessmentId: r.assessmentId })).finalGrade).toBe('EXCELLENT');
    expect(await liveOutcomes(r)).toEqual(['COMMENDATION', 'RANK_TENURE_REDUCTION']);
    const after = await blockers();
    expect(after).toMatchObject({ blocked: false, blockers: [], disregarded: [{ kind: 'SUBSTANTIATED_ACCUSATION', explanation: expect.stringContaining('cleared') }] });
  });
});

describe('review and appeal of a leadership team’s result, by its principal leader on the team’s behalf', () => {
  it('POOR proposes the team measures; the principal asks for a review; corrected to AVERAGE, the measures are cancelled; the team’s record shows it all', async () => {
    t.clock.set(at('2026-03-16T10:00:00'));
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: team, grade: 'POOR', comment: '班子整体功能发挥不够。' });
    expect((await act(t, tokens.committee!, 'approveGrade', { assessmentId: team, collective: unanimous })).finalGrade).toBe('POOR');
    const [{ organisation_id: org }] = (await t.dataSource.query(`SELECT organisation_id FROM assessment WHERE id = $1`, [team])) as [{ organisation_id: string }];
    const teamOutcomes = async () =>
      (await gql<{ outcomeTasks: { nodes: Array<{ kind: string; state: string }> } }>(tokens.orgadmin, `query($o: ID!) { outcomeTasks(first: 50, organisationId: $o) { nodes { kind state cadre { id } } } }`, { o: org })).outcomeTasks.nodes
        .filter((x) => !('cadre' in x) || (x as { cadre: unknown }).cadre === null)
        .map((x) => `${x.kind} ${x.state}`)
        .sort();
    expect(await teamOutcomes()).toEqual(['ADMONISHMENT_TALK proposed.inTime', 'LEADER_ADJUSTMENT proposed.inTime', 'RECTIFICATION proposed.inTime', 'WRITTEN_SELF_EXAMINATION proposed.inTime']);
    await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: team });

    t.clock.set(at('2026-03-17T09:00:00'));
    const request = (token: string) =>
      t.gql<{ requestReview: { id: string; state: string; history: Array<{ action: string; actorRole: string }> } }>(
        `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id state history { action actorRole } } }`,
        { input: { assessmentId: team, route: 'REVIEW', grounds: '班子年度目标任务基本完成，评为较差依据不足。' } },
        { token },
      );
    // A member who is not the principal leader cannot ask on the team's behalf.
    expect(codeOf(await request(tokens.cadre!))).toBe('FORBIDDEN');
    const asked = await request(principalToken);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.requestReview).toMatchObject({ state: 'reviewPending', history: [{ action: 'OPENED', actorRole: 'SUBJECT' }, { action: 'REQUEST_REVIEW', actorRole: 'SUBJECT' }] });
    const caseId = asked.data!.requestReview.id;

    t.clock.set(at('2026-03-20T09:00:00'));
    // A team's result can be corrected only up its own scale; the committee that decided it cannot review it.
    const wrongScale = await t.gql(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { id } }`, { input: { caseId, decision: 'CORRECTED', grade: 'BASICALLY_COMPETENT', reason: '改定', collective: unanimous } }, { token: tokens.orgadmin });
    expect(codeOf(wrongScale)).toBe('INVALID_TRANSITION');
    expect(codeOf(await t.gql(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { id } }`, { input: { caseId, decision: 'UPHELD', reason: '维持' } }, { token: tokens.committee }))).toBe('CONFLICT_OF_INTEREST');
    const reason = '经复核，班子年度目标基本完成，改定为一般。';
    await gql(tokens.orgadmin, `mutation($input: CaseRulingInput!) { decideReview(input: $input) { state } }`, { input: { caseId, decision: 'CORRECTED', grade: 'AVERAGE', reason, collective: unanimous } });
    // AVERAGE once is not AVERAGE two years running: every team measure is cancelled with the correction as cause.
    expect(await teamOutcomes()).toEqual(['ADMONISHMENT_TALK cancelled', 'LEADER_ADJUSTMENT cancelled', 'RECTIFICATION cancelled', 'WRITTEN_SELF_EXAMINATION cancelled']);
    const record = await gql<{ cadreRecord: { subject: string; results: Array<{ grade: string; versions: Array<{ version: number; grade: string; source: string }> }>; timeline: Array<{ kind: string; status: string }> } }>(
      tokens.orgadmin,
      `query($o: ID!) { cadreRecord(organisationId: $o) { subject results { grade versions { version grade source } } timeline { kind status } } }`,
      { o: org },
    );
    expect(record.cadreRecord.results).toEqual([{ grade: 'AVERAGE', versions: [{ version: 1, grade: 'POOR', source: 'DECISION' }, { version: 2, grade: 'AVERAGE', source: 'REVIEW' }] }]);
    expect(record.cadreRecord.timeline.map((e) => e.kind)).toEqual(['RESULT', 'OUTCOME', 'OUTCOME', 'OUTCOME', 'OUTCOME', 'REVIEW', 'RESULT_VERSION']);
    // The principal leader follows the team's case (and may appeal it), as the applicant.
    const theirs = await gql<{ reviewCases: { nodes: Array<{ id: string; state: string; availableActions: string[] }> } }>(principalToken, `query($c: ID!) { reviewCases(first: 5, cadreId: $c) { nodes { id state availableActions } } }`, {
      c: ((await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'dj.principal'`)) as [{ cadre_id: string }])[0].cadre_id,
    });
    expect(theirs.reviewCases.nodes).toEqual([{ id: caseId, state: 'reviewDecided', availableActions: ['FILE_APPEAL'] }]);
  });
});

describe('case reminders and the deadline sweep', () => {
  it('reminds discipline inspection of an acceptance due within three days, once a day', async () => {
    expect(await t.app.services.reminders.send(at('2026-03-06T09:00:00'), ['review_case', 'fault_tolerance_case'])).toBe(0);
    const sent = await t.app.services.reminders.send(at('2026-03-08T09:00:00'), ['review_case', 'fault_tolerance_case']);
    expect(sent).toBeGreaterThan(0);
    expect(await t.app.services.reminders.send(at('2026-03-08T15:00:00'), ['review_case', 'fault_tolerance_case'])).toBe(0);
    const notes = await gql<{ myNotifications: { nodes: Array<{ kind: string; payload: { caseId: string; table: string; state: string } }> } }>(tokens.discipline, `{ myNotifications(first: 50) { nodes { kind payload } } }`);
    expect(notes.myNotifications.nodes.filter((n) => n.kind === 'CASE_REMINDER' && n.payload.caseId === ownCaseId)).toEqual([
      { kind: 'CASE_REMINDER', payload: expect.objectContaining({ table: 'fault_tolerance_case', state: 'awaitingAcceptance' }) },
    ]);
    // The review (asked on 6 March) is decided by 5 April: no reminder for it yet; from 3 April the review organ hears of it.
    const orgadminNotes = async () =>
      (await gql<{ myNotifications: { nodes: Array<{ kind: string; payload: { caseId: string } }> } }>(tokens.orgadmin, `{ myNotifications(first: 50) { nodes { kind payload } } }`)).myNotifications.nodes.filter(
        (n) => n.kind === 'CASE_REMINDER' && n.payload.caseId === reviewId,
      );
    expect(await orgadminNotes()).toEqual([]);
    await t.app.services.reminders.send(at('2026-04-02T09:00:00'), ['review_case', 'fault_tolerance_case']);
    expect(await orgadminNotes()).toEqual([]);
    await t.app.services.reminders.send(at('2026-04-03T09:00:00'), ['review_case', 'fault_tolerance_case']);
    expect(await orgadminNotes()).toHaveLength(1);
  });

  it('two job runners sweeping at once fire each due case deadline exactly once, as SYSTEM', async () => {
    t.clock.set(at('2026-04-06T00:30:00'));
    const [{ due }] = (await t.dataSource.query(
      `SELECT (SELECT count(*) FROM review_case WHERE due_at <= $1) + (SELECT count(*) FROM fault_tolerance_case WHERE due_at <= $1) AS due`,
      [t.clock.now()],
    )) as [{ due: string }];
    expect(Number(due)).toBeGreaterThanOrEqual(2);
    const sweep = () => gql<{ runCaseDeadlines: { fired: number; skipped: number } }>(tokens.orgadmin, `mutation { runCaseDeadlines { fired skipped } }`);
    const [one, two] = await Promise.all([sweep(), sweep()]);
    expect(one.runCaseDeadlines.fired + two.runCaseDeadlines.fired).toBe(Number(due));
    const audits: Array<{ entity_id: string; n: number; roles: string[] }> = await t.dataSource.query(
      `SELECT entity_id, count(*)::int AS n, array_agg(DISTINCT actor_role) AS roles FROM audit_log
        WHERE entity_type IN ('review_case', 'fault_tolerance_case') AND action IN ('MARK_OVERDUE', 'CLOSE') GROUP BY entity_id`,
    );
    expect(audits).toHaveLength(Number(due));
    expect(audits.every((x) => x.n === 1 && x.roles.join() === 'SYSTEM')).toBe(true);
    expect(audits.map((x) => x.entity_id)).toEqual(expect.arrayContaining([ownCaseId, reviewId]));
    // The team's review, decided on 20 March with no appeal within 15 days, is closed by the same sweep.
    const [{ state }] = (await t.dataSource.query(`SELECT r.state FROM review_case r JOIN assessment a ON a.id = r.assessment_id WHERE a.kind = 'TEAM_ANNUAL'`)) as [{ state: string }];
    expect(state).toBe('closed');
    // The review stays open and in force, flagged overdue; sweeping again fires nothing.
    const review = await gql<{ reviewCase: { state: string; dueAt: string | null; context: { overdue?: unknown } } }>(tokens.orgadmin, `query($id: ID!) { reviewCase(id: $id) { state dueAt context } }`, { id: reviewId });
    expect(review.reviewCase.state).toBe('reviewPending');
    expect((await sweep()).runCaseDeadlines.fired).toBe(0);
  });
});
