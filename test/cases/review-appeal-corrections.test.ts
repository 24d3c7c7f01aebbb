import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';
import { fixtureEventFor } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * After the decision, through GraphQL against PostgreSQL with exact dates:
 * an INCOMPETENT result reviewed (the original decider refused as reviewer),
 * appealed on its edge days and corrected; an investigation closed with a
 * warning re-grading an UNGRADED year; a sanction exempted by fault tolerance
 * and the grade re-decided; a cleared accusation that no longer bars
 * EXCELLENT. Every change is a result version and in the audit trail.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
type Row = { assessmentId: string; cadreId: string; rank: string };
let rows: Row[];
let a: Row; // the demo cadre: INCOMPETENT, reviewed and appealed
let b: Row; // INCOMPETENT, asks too late
let c: Row; // under investigation: UNGRADED, then re-graded
let d: Row; // warned, then exempted by fault tolerance
let e: Row; // accused, then cleared
let caseId: string;

const CASE = `id state version dueAt dueEvent availableActions context history { action actorRole fromState toState }`;
async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
async function versions(id: string) {
  return (await gql<{ assessment: { finalGrade: string; resultVersions: Array<{ version: number; grade: string; previousGrade: string | null; source: string; reason: string | null; caseId: string | null; decidedRole: string }>; history: Array<{ action: string; actorRole: string }> } }>(
    tokens.orgadmin,
    `query($id: ID!) { assessment(id: $id) { finalGrade resultVersions { version grade previousGrade source reason caseId decidedRole } history { action actorRole } } }`,
    { id },
  )).assessment;
}
type Outcome = { id: string; kind: string; year: number; state: string; machineId: string; context: { cancellation?: { reason: string; cause: Record<string, unknown> | null } }; history: Array<{ action: string; actorRole: string; toState: string }> };
async function outcomesOf(row: Row): Promise<Outcome[]> {
  return (await gql<{ outcomeTasks: { nodes: Outcome[] } }>(
    tokens.orgadmin,
    `query($c: ID!) { outcomeTasks(first: 100, cadreId: $c) { nodes { id kind year state machineId context history(first: 20) { action actorRole toState } } } }`,
    { c: row.cadreId },
  )).outcomeTasks.nodes;
}
const liveKinds = (tasks: Outcome[]) => tasks.filter((x) => x.state !== 'cancelled').map((x) => `${x.year} ${x.kind}`).sort();
async function decide(row: Row, grade: string) {
  await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: row.assessmentId, grade, comment: '综合研判提出等次建议。' });
  await act(t, tokens.committee!, 'approveGrade', { assessmentId: row.assessmentId, collective: unanimous });
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'assessor', 'committee', 'discipline', 'sysadmin', 'cadre', 'hr']) tokens[u] = await t.signIn(u);
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  rows = await t.dataSource.query(
    `SELECT a.id AS "assessmentId", c.id AS "cadreId", c.rank_level AS rank FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no`,
    [cycleId],
  );
  const [{ cadre_id: mine }] = (await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'cadre'`)) as [{ cadre_id: string }];
  a = rows.find((r) => r.cadreId === mine)!;
  const others = rows.filter((r) => r !== a && r.rank === 'SECTION_PRINCIPAL');
  [b, c, d, e] = others as [Row, Row, Row, Row];
  // A login for cadre B, as the organisation department would set up.
  const [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
  const created = await gql<{ createUser: { id: string } }>(tokens.sysadmin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { username: 'cadre.b', displayName: '干部乙', password: 'cadre-password-2026', cadreId: b.cadreId },
  });
  await gql(tokens.sysadmin, `mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: county.id });
  tokens.b = await t.signIn('cadre.b', 'cadre-password-2026');

  // Cadre C is under investigation since June 2025: the open assessment goes UNGRADED.
  await gql(tokens.discipline, `mutation($input: OpenInvestigationInput!) { openInvestigation(input: $input) { id } }`, { input: { cadreId: c.cadreId, startsOn: '2025-06-01', note: '省纪委监委立案审查' } });
  // Cadre D received a party warning in 2025 (no EXCELLENT that year).
  await gql(tokens.discipline, `mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: d.cadreId, kind: 'PARTY_WARNING', decidedOn: '2025-05-10', note: '党内警告' } });

  // The self-report and ballots are covered elsewhere: everyone moves to synthesis as the system would.
  const [{ deadlines }] = (await t.dataSource.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as [{ deadlines: CycleDeadlines }];
  const ids = rows.map((r) => r.assessmentId);
  for (const type of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']) {
    const at = t.clock.now().toISOString();
    const eventFor = await fixtureEventFor(t, cycleId, ids, type, at);
    await t.dataSource.transaction((m) => applyBulkTransition(m, 'assessment', ids, eventFor, { userId: null, role: 'SYSTEM' }, { derive: deriveAssessmentColumns(deadlines), deriveColumns: ASSESSMENT_COLUMNS }));
  }
  await gql(tokens.assessor, `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, {
    rows: [
      { assessmentId: c.assessmentId, component: 'WORK_RESULTS', value: 85, source: '区统计局' },
      { assessmentId: d.assessmentId, component: 'WORK_RESULTS', value: 95, source: '区统计局' },
      { assessmentId: e.assessmentId, component: 'WORK_RESULTS', value: 95, source: '区统计局' },
    ],
  });
});
afterAll(() => t?.close());

describe('an accusation, verified untrue and cleared, no longer bars EXCELLENT', () => {
  it('an accusation of the year bars EXCELLENT until cleared; only the body that checked it clears it, point by point', async () => {
    const recorded = await gql<{ recordAccusation: { id: string; state: string; countsAgainst: boolean } }>(
      tokens.discipline,
      `mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id state countsAgainst } }`,
      { input: { cadreId: e.cadreId, source: 'PETITION', points: ['收受管理服务对象礼金', '违规插手工程招投标'], concernsYear: 2025, negativeCode: 'INTEGRITY', receivedOn: '2025-11-03' } },
    );
    expect(recorded.recordAccusation).toMatchObject({ state: 'underVerification', countsAgainst: true });
    const gates = async () => {
      await gql(tokens.assessor, `mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: (await t.dataSource.query(`SELECT cycle_id FROM assessment WHERE id = $1`, [e.assessmentId]))[0].cycle_id });
      return (await gql<{ assessment: { gradingResult: { grade: string; gates: Array<{ code: string }> } } }>(tokens.assessor, `query($id: ID!) { assessment(id: $id) { gradingResult { grade gates { code } } } }`, { id: e.assessmentId })).assessment.gradingResult;
    };
    expect((await gates()).gates.map((g) => g.code)).toContain('ACCUSATION_UNCLEARED');

    const id = recorded.recordAccusation.id;
    const verified = await gql<{ verifyAccusation: { state: string } }>(tokens.discipline, `mutation($input: VerifyAccusationInput!) { verifyAccusation(input: $input) { state } }`, {
      input: { caseId: id, findings: ['UNTRUE', 'UNTRUE'] },
    });
    expect(verified.verifyAccusation.state).toBe('untrue');
    const badPoint = await t.gql(`mutation($input: ClearAccusationInput!) { clearAccusation(input: $input) { id } }`, { input: { caseId: id, method: 'LETTER', scope: 'UNIT', points: [2] } }, { token: tokens.discipline });
    expect(codeOf(badPoint)).toBe('INVALID_TRANSITION');
    const cleared = await gql<{ clearAccusation: { state: string; countsAgainst: boolean; context: { clearing: { points: number[]; method: string } }; history: Array<{ action: string; actorRole: string }> } }>(
      tokens.discipline,
      `mutation($input: ClearAccusationInput!) { clearAccusation(input: $input) { state countsAgainst context history { action actorRole } } }`,
      { input: { caseId: id, method: 'CIRCULAR', scope: 'UNIT', scopeNote: '在东江区机关内通报', points: [0, 1] } },
    );
    expect(cleared.clearAccusation).toMatchObject({ state: 'cleared', countsAgainst: false, context: { clearing: { points: [0, 1], method: 'CIRCULAR' } } });
    expect(cleared.clearAccusation.history.map((h) => [h.action, h.actorRole])).toEqual([['OPENED', 'DISCIPLINE'], ['VERIFY', 'DISCIPLINE'], ['CLEAR', 'DISCIPLINE']]);
    const after = await gates();
    expect(after.gates.map((g) => g.code)).not.toContain('ACCUSATION_UNCLEARED');
  });
});

describe('review and appeal of an INCOMPETENT result', () => {
  it('the committee decides; the written notice goes out on 2 March 2026 (day 0); result version 1', async () => {
    t.clock.set(at('2026-02-20T09:00:00'));
    for (const r of rows) {
      if (r === a || r === b) await decide(r, 'INCOMPETENT');
      else if (r === c) await decide(r, 'UNGRADED');
      else if (r === d) await decide(r, 'COMPETENT');
    }
    t.clock.set(at('2026-03-02T10:00:00'));
    for (const r of [a, b, c, d]) await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: r.assessmentId });
    const v = await versions(a.assessmentId);
    expect(v.resultVersions).toEqual([{ version: 1, grade: 'INCOMPETENT', previousGrade: null, source: 'DECISION', reason: null, caseId: null, decidedRole: 'COMMITTEE' }]);
    // Results application: the INCOMPETENT result proposes demotion or removal, for the committee.
    const [demotion, ...none] = await outcomesOf(a);
    expect(none).toEqual([]);
    expect(demotion).toMatchObject({ kind: 'DEMOTION_OR_REMOVAL', year: 2025, state: 'proposed.inTime', machineId: 'committeeOutcomeTask' });
  });

  it('a review asked on day 31 is refused with DEADLINE_PASSED; day 30 is accepted; only the assessed may ask', async () => {
    t.clock.set(at('2026-04-02T09:00:00'));
    const late = await t.gql(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, { input: { assessmentId: b.assessmentId, route: 'REVIEW', grounds: '考核结果与事实不符' } }, { token: tokens.b });
    expect(codeOf(late)).toBe('DEADLINE_PASSED');
    expect(late.errors![0]!.extensions).toMatchObject({ lastDay: '2026-04-01', today: '2026-04-02' });
    const lateDirect = await t.gql(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, { input: { assessmentId: b.assessmentId, route: 'DIRECT_APPEAL', grounds: '考核结果与事实不符' } }, { token: tokens.b });
    expect(codeOf(lateDirect)).toBe('DEADLINE_PASSED');

    t.clock.set(at('2026-04-01T23:30:00'));
    const notMine = await t.gql(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, { input: { assessmentId: a.assessmentId, route: 'REVIEW', grounds: '考核结果与事实不符' } }, { token: tokens.b });
    expect(codeOf(notMine)).toBe('FORBIDDEN');
    const res = await gql<{ requestReview: { id: string; state: string; dueAt: string; dueEvent: string } }>(
      tokens.cadre,
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { ${CASE} } }`,
      { input: { assessmentId: a.assessmentId, route: 'REVIEW', grounds: '年度重点任务均已完成，评为不称职与事实不符。' } },
    );
    caseId = res.requestReview.id;
    // Decided within 30 days of the request: the deadline job fires the day after the 30th day.
    expect(res.requestReview).toMatchObject({ state: 'reviewPending', dueEvent: 'MARK_OVERDUE' });
    expect(new Date(res.requestReview.dueAt).toISOString()).toBe(at('2026-05-02T00:00:00').toISOString());
    // The result stays in force meanwhile.
    expect((await versions(a.assessmentId)).finalGrade).toBe('INCOMPETENT');
  });

  it('the committee member who decided the original is refused as reviewer; another decides (UPHELD)', async () => {
    t.clock.set(at('2026-04-10T09:00:00'));
    const conflicted = await t.gql(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { id } }`, { input: { caseId, decision: 'UPHELD', reason: '维持原结果' } }, { token: tokens.committee });
    expect(codeOf(conflicted)).toBe('CONFLICT_OF_INTEREST');
    const worse = await t.gql(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { id } }`, { input: { caseId, decision: 'CORRECTED', grade: 'INCOMPETENT', reason: 'x x', collective: unanimous } }, { token: tokens.orgadmin });
    expect(codeOf(worse)).toBe('INVALID_TRANSITION');
    const upheld = await gql<{ decideReview: { state: string; dueAt: string } }>(tokens.orgadmin, `mutation($input: CaseRulingInput!) { decideReview(input: $input) { ${CASE} } }`, {
      input: { caseId, decision: 'UPHELD', reason: '经复核，原考核结果认定事实清楚，予以维持。' },
    });
    expect(upheld.decideReview.state).toBe('reviewDecided');
    expect(new Date(upheld.decideReview.dueAt).toISOString()).toBe(at('2026-04-26T00:00:00').toISOString());
  });

  it('an appeal on the 16th day after the review is refused; on the 15th it is accepted', async () => {
    t.clock.set(at('2026-04-26T08:00:00'));
    const late = await t.gql(`mutation($input: AppealInput!) { appealReview(input: $input) { id } }`, { input: { caseId, grounds: '复核未考虑本人提交的材料。' } }, { token: tokens.cadre });
    expect(codeOf(late)).toBe('DEADLINE_PASSED');
    t.clock.set(at('2026-04-25T17:00:00')); // (the clock is set, never slept)
    const appealed = await gql<{ appealReview: { state: string } }>(tokens.cadre, `mutation($input: AppealInput!) { appealReview(input: $input) { state } }`, { input: { caseId, grounds: '复核未考虑本人提交的材料。' } });
    expect(appealed.appealReview.state).toBe('appealPending');
  });

  it('only the appeal body (ORG_ADMIN by default) may extend the appeal: the committee and HR are refused', async () => {
    for (const who of ['committee', 'hr'] as const) {
      const refused = await t.gql(`mutation($input: ExtendAppealInput!) { extendAppeal(input: $input) { id } }`, { input: { caseId, days: 30, reason: '案情复杂，需延长审理期限。' } }, { token: tokens[who] });
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0]!.message).toMatch(/ORG_ADMIN/);
    }
  });

  it('the appeal body (ORG_ADMIN by default) other than the reviewer corrects the result to BASICALLY_COMPETENT: version 2, the old one kept', async () => {
    t.clock.set(at('2026-05-20T09:00:00'));
    const reviewer = await t.gql(`mutation($input: CaseRulingInput!) { decideAppeal(input: $input) { id } }`, { input: { caseId, decision: 'UPHELD', reason: '维持' } }, { token: tokens.orgadmin });
    expect(codeOf(reviewer)).toBe('CONFLICT_OF_INTEREST');
    const notTheBody = await t.gql(`mutation($input: CaseRulingInput!) { decideAppeal(input: $input) { id } }`, { input: { caseId, decision: 'UPHELD', reason: '维持' } }, { token: tokens.committee });
    expect(codeOf(notTheBody)).toBe('FORBIDDEN');
    const reason = '经申诉审查，申诉人年度任务基本完成，原定不称职依据不足，改为基本称职。';
    // A correction is decided collectively, like the decision it corrects: never by one person, never without a quorum and a majority.
    const alone = await t.gql(`mutation($input: CaseRulingInput!) { decideAppeal(input: $input) { id } }`, { input: { caseId, decision: 'CORRECTED', grade: 'BASICALLY_COMPETENT', reason } }, { token: tokens['orgadmin.taining'] });
    expect(codeOf(alone)).toBe('VALIDATION');
    expect(alone.errors![0]!.extensions!.fields).toEqual([{ field: 'input.collective', messages: [expect.stringMatching(/decided collectively/)] }]);
    const noQuorum = await t.gql(`mutation($input: CaseRulingInput!) { decideAppeal(input: $input) { id } }`, {
      input: { caseId, decision: 'CORRECTED', grade: 'BASICALLY_COMPETENT', reason, collective: { ...unanimous, attendance: 4, votesFor: 4 } },
    }, { token: tokens['orgadmin.taining'] });
    expect(codeOf(noQuorum)).toBe('INVALID_TRANSITION');
    const decided = await gql<{ decideAppeal: { state: string; history: Array<{ action: string; actorRole: string }> } }>(
      tokens['orgadmin.taining'],
      `mutation($input: CaseRulingInput!) { decideAppeal(input: $input) { ${CASE} } }`,
      { input: { caseId, decision: 'CORRECTED', grade: 'BASICALLY_COMPETENT', reason, collective: unanimous } },
    );
    expect(decided.decideAppeal.state).toBe('appealDecided');
    expect(decided.decideAppeal.history.map((h) => `${h.action}:${h.actorRole}`)).toEqual(['OPENED:SUBJECT', 'REQUEST_REVIEW:SUBJECT', 'DECIDE_REVIEW:ORG_ADMIN', 'FILE_APPEAL:SUBJECT', 'DECIDE_APPEAL:ORG_ADMIN']);
    const v = await versions(a.assessmentId);
    expect(v.finalGrade).toBe('BASICALLY_COMPETENT');
    expect(v.resultVersions.map((r) => [r.version, r.grade, r.previousGrade, r.source, r.reason, r.caseId])).toEqual([
      [1, 'INCOMPETENT', null, 'DECISION', null, null],
      [2, 'BASICALLY_COMPETENT', 'INCOMPETENT', 'APPEAL', reason, caseId],
    ]);
    expect(v.history.at(-1)).toEqual({ action: 'CORRECT_RESULT', actorRole: 'ORG_ADMIN' });
    await expect(t.dataSource.query(`UPDATE result_version SET grade = 'EXCELLENT'`)).rejects.toThrow(/append-only/);
  });

  it('the appellant reads the ruling and its reason, not the meeting’s attendance, votes or recusals; the appeal body reads them', async () => {
    const q = `query($id: ID!) { reviewCase(id: $id) { context historyPage(first: 50) { edges { node { action payload } } } } }`;
    const own = await gql<{ reviewCase: { context: object; historyPage: { edges: Array<{ node: { payload: object } }> } } }>(tokens.cadre, q, { id: caseId });
    const ownJson = JSON.stringify(own.reviewCase);
    expect(ownJson).toContain('改为基本称职');
    for (const meeting of ['votesFor', 'attendance', 'recusals', 'membersTotal']) expect(ownJson).not.toContain(meeting);
    const body = await gql<{ reviewCase: object }>(tokens['orgadmin.taining'], q, { id: caseId });
    expect(JSON.stringify(body.reviewCase)).toContain('votesFor');
  });

  it('the correction reconciles the outcomes in the same transaction: demotion or removal cancelled with the correction as cause; admonishment, self-examination, improvement deadline and training proposed', async () => {
    const tasks = await outcomesOf(a);
    expect(liveKinds(tasks)).toEqual(['2025 ADMONISHMENT', '2025 IMPROVEMENT_DEADLINE', '2025 REMEDIAL_TRAINING', '2025 WRITTEN_SELF_EXAMINATION']);
    const demotion = tasks.find((x) => x.kind === 'DEMOTION_OR_REMOVAL')!;
    expect(demotion.state).toBe('cancelled');
    expect(demotion.context.cancellation!.reason).toContain('corrected from INCOMPETENT to BASICALLY_COMPETENT');
    expect(demotion.context.cancellation!.cause).toMatchObject({ kind: 'CORRECTED', assessmentId: a.assessmentId, previousGrade: 'INCOMPETENT', grade: 'BASICALLY_COMPETENT', by: { role: 'ORG_ADMIN' } });
    // Every change in the audit trail: proposed by the decision, cancelled by the system on the correction's cause.
    expect(demotion.history.map((h) => `${h.action}:${h.actorRole}:${h.toState}`)).toEqual(['PROPOSE:SYSTEM:proposed.inTime', 'CANCEL:SYSTEM:cancelled']);
    const training = tasks.find((x) => x.kind === 'REMEDIAL_TRAINING')!;
    expect(training).toMatchObject({ machineId: 'remedialTraining', state: 'assigned.inTime' });
    for (const task of tasks.filter((x) => x.state !== 'cancelled')) expect(task.history.map((h) => `${h.action}:${h.actorRole}`)).toEqual(['PROPOSE:SYSTEM']);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'outcome_task' AND entity_id = ANY($1::text[]) AND payload->'cause'->>'kind' = 'CORRECTED'`,
      [tasks.filter((x) => x.state !== 'cancelled').map((x) => x.id)],
    )) as [{ n: number }];
    expect(n).toBe(4);
    // The result's record: version 2 beside version 1, the cases and outcomes on one timeline.
    const record = await gql<{ cadreRecord: { results: Array<{ grade: string; versions: Array<{ version: number; grade: string; source: string }> }>; timeline: Array<{ kind: string; status: string; item: { __typename: string } }> } }>(
      tokens.orgadmin,
      `query($c: ID!) { cadreRecord(cadreId: $c) { results { grade versions { version grade source } } timeline { kind status item { __typename } } } }`,
      { c: a.cadreId },
    );
    expect(record.cadreRecord.results).toEqual([{ grade: 'BASICALLY_COMPETENT', versions: [{ version: 1, grade: 'INCOMPETENT', source: 'DECISION' }, { version: 2, grade: 'BASICALLY_COMPETENT', source: 'APPEAL' }] }]);
    expect(record.cadreRecord.timeline.map((e) => `${e.kind} ${e.status} ${e.item.__typename}`)).toEqual([
      'RESULT BASICALLY_COMPETENT YearResult',
      'OUTCOME cancelled OutcomeTask',
      'REVIEW appealDecided ReviewCase',
      'RESULT_VERSION BASICALLY_COMPETENT ResultVersion',
      'OUTCOME proposed.inTime OutcomeTask',
      'OUTCOME proposed.inTime OutcomeTask',
      'OUTCOME assigned.inTime OutcomeTask',
      'OUTCOME proposed.inTime OutcomeTask',
    ]);
  });
});

describe('an investigation closed with a warning re-grades the UNGRADED year', () => {
  it('the engine runs again for that assessment and the result becomes version 2, source INVESTIGATION_CLOSED', async () => {
    t.clock.set(at('2026-06-01T09:00:00'));
    expect((await versions(c.assessmentId)).finalGrade).toBe('UNGRADED');
    const [inv] = (await gql<{ investigationsOf: Array<{ id: string; conclusion: string | null }> }>(tokens.discipline, `query($c: ID!) { investigationsOf(cadreId: $c) { id conclusion } }`, { c: c.cadreId })).investigationsOf;
    const closed = await gql<{ closeInvestigation: { conclusion: string; endsOn: string; penaltyId: string } }>(
      tokens.discipline,
      `mutation($input: CloseInvestigationInput!) { closeInvestigation(input: $input) { conclusion endsOn penaltyId } }`,
      { input: { investigationId: inv!.id, closedOn: '2026-05-28', penaltyKind: 'PARTY_WARNING', note: '审查结束，给予党内警告处分。' } },
    );
    expect(closed.closeInvestigation).toMatchObject({ conclusion: 'PENALTY', endsOn: '2026-05-28' });
    const v = await versions(c.assessmentId);
    // Work results 85 → COMPETENT; the warning counts in the re-graded year (no EXCELLENT).
    expect(v.finalGrade).toBe('COMPETENT');
    expect(v.resultVersions.map((r) => [r.version, r.grade, r.source])).toEqual([
      [1, 'UNGRADED', 'DECISION'],
      [2, 'COMPETENT', 'INVESTIGATION_CLOSED'],
    ]);
    const explained = await gql<{ assessment: { overlay: string; gradingResult: { grade: string; gates: Array<{ code: string }> } } }>(tokens.orgadmin, `query($id: ID!) { assessment(id: $id) { overlay gradingResult { grade gates { code } } } }`, { id: c.assessmentId });
    expect(explained.assessment).toMatchObject({ overlay: 'NONE', gradingResult: { grade: 'COMPETENT', gates: [{ code: 'PENALTY_NO_EXCELLENT' }] } });
    const penalties = await gql<{ penaltiesOf: Array<{ kind: string; category: string; decidedOn: string; effectiveUntil: string }> }>(tokens.discipline, `query($c: ID!) { penaltiesOf(cadreId: $c) { kind category decidedOn effectiveUntil } }`, { c: c.cadreId });
    expect(penalties.penaltiesOf).toEqual([{ kind: 'PARTY_WARNING', category: 'PARTY_DISCIPLINE', decidedOn: '2026-05-28', effectiveUntil: '2026-11-27' }]);
  });
});

describe('fault tolerance: a sanction made EXEMPT and the grade it lowered re-decided', () => {
  it('an application after the sanction was decided is refused; the body opens the case on its own motion', async () => {
    t.clock.set(at('2026-06-02T09:00:00'));
    const [penalty] = (await gql<{ penaltiesOf: Array<{ id: string }> }>(tokens.discipline, `query($c: ID!) { penaltiesOf(cadreId: $c) { id } }`, { c: d.cadreId })).penaltiesOf;
    const late = await t.gql(`mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
      input: { cadreId: d.cadreId, penaltyId: penalty!.id, origin: 'UNIT_APPLICATION', mistakeKey: 'PILOT_LAND_POLICY', grounds: '单位书面申请容错' },
    }, { token: tokens.discipline });
    expect(codeOf(late)).toBe('NOT_ELIGIBLE');
    const opened = await gql<{ openFaultToleranceCase: { id: string; state: string; dueAt: string } }>(tokens.discipline, `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { ${CASE} } }`, {
      input: { cadreId: d.cadreId, penaltyId: penalty!.id, origin: 'OWN_MOTION', mistakeKey: 'PILOT_LAND_POLICY', grounds: '在土地政策改革试点中先行先试出现失误' },
    });
    expect(opened.openFaultToleranceCase.state).toBe('awaitingAcceptance');
    // Acceptance within 5 days (a setting).
    expect(new Date(opened.openFaultToleranceCase.dueAt).toISOString()).toBe(at('2026-06-08T00:00:00').toISOString());
    caseId = opened.openFaultToleranceCase.id;
  });

  it('accepted, investigated, decided collectively EXEMPT: the warning is tolerated and COMPETENT becomes EXCELLENT as version 2, after its public notice', async () => {
    const text = (mutation: string, value: string) => gql(tokens.discipline, `mutation($input: FtTextInput!) { ${mutation}(input: $input) { state } }`, { input: { caseId, text: value } });
    await gql(tokens.discipline, `mutation($input: CaseActionInput!) { acceptFaultToleranceCase(input: $input) { state } }`, { input: { caseId } });
    await text('completeFaultToleranceInvestigation', '经调查，失误系改革试点中缺乏经验所致，未谋私利。');
    const factors = { motive: '推动试点落地，无私利', objectiveConditions: '政策尚无明确规定', procedure: '经班子集体研究', natureAndDegree: '程序性失误', consequences: '未造成重大损失', remedialEffort: '主动纠正并挽回损失' };
    const decided = await gql<{ decideFaultToleranceCase: { state: string; context: { decision: { outcome: string; distinction: string } } } }>(
      tokens.discipline,
      `mutation($input: DecideFaultToleranceInput!) { decideFaultToleranceCase(input: $input) { ${CASE} } }`,
      { input: { caseId, outcome: 'EXEMPT', distinction: 'PILOTING_REFORM_INEXPERIENCE', factors, collective: unanimous, reason: '符合容错情形，予以免责' } },
    );
    expect(decided.decideFaultToleranceCase).toMatchObject({ state: 'awaitingFeedback', context: { decision: { outcome: 'EXEMPT', distinction: 'PILOTING_REFORM_INEXPERIENCE' } } });
    const penalties = await gql<{ penaltiesOf: Array<{ tolerated: boolean }> }>(tokens.discipline, `query($c: ID!) { penaltiesOf(cadreId: $c) { tolerated } }`, { c: d.cadreId });
    expect(penalties.penaltiesOf).toEqual([{ tolerated: true }]);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'cadre_penalty' AND entity_id = $1 AND action = 'PENALTY_TOLERATED'`, [d.cadreId])) as [{ n: number }];
    expect(n).toBe(1);
    // EXCELLENT passes a public notice whatever path produced it: the correction waits for it, the result in force stays COMPETENT.
    let v = await versions(d.assessmentId);
    expect(v.resultVersions.map((r) => [r.version, r.grade, r.source, r.caseId])).toEqual([[1, 'COMPETENT', 'DECISION', null]]);
    expect(v.history.at(-1)).toEqual({ action: 'CORRECT_RESULT', actorRole: 'DISCIPLINE' });
    const waiting = (await t.dataSource.query(`SELECT state, final_grade FROM assessment WHERE id = $1`, [d.assessmentId])) as Array<{ state: string; final_grade: string }>;
    expect(waiting).toEqual([{ state: 'awaitingNotice', final_grade: 'COMPETENT' }]);
    expect(liveKinds(await outcomesOf(d))).toEqual([]);
    const notice = await gql<{ openPublicNotice: Array<{ context: { notice: { endsOn: string } } }> }>(tokens.orgadmin, `mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { context } }`, {
      input: { assessmentIds: [d.assessmentId], startsOn: '2026-06-02' },
    });
    // Five working days from Tuesday 2 June 2026: the notice runs until Monday 8 June, that day included.
    expect(notice.openPublicNotice[0]!.context.notice.endsOn).toBe('2026-06-08');
    t.clock.set(at('2026-06-09T09:00:00'));
    await gql(tokens.orgadmin, `mutation($input: ActionInput!) { closePublicNotice(input: $input) { id } }`, { input: { assessmentId: d.assessmentId } });
    v = await versions(d.assessmentId);
    expect(v.resultVersions.map((r) => [r.version, r.grade, r.source, r.caseId])).toEqual([
      [1, 'COMPETENT', 'DECISION', null],
      [2, 'EXCELLENT', 'FAULT_TOLERANCE', caseId],
    ]);
    expect(v.history.at(-1)).toEqual({ action: 'CLOSE_NOTICE', actorRole: 'ORG_ADMIN' });
    // The lifted grade reconciles the outcomes in the same transaction: EXCELLENT now earns a commendation and 6 months off the next rank.
    const tasks = await outcomesOf(d);
    expect(liveKinds(tasks)).toEqual(['2025 COMMENDATION', '2025 RANK_TENURE_REDUCTION']);
    const [{ cause }] = (await t.dataSource.query(`SELECT payload->'cause' AS cause FROM audit_log WHERE entity_type = 'outcome_task' AND entity_id = $1 AND action = 'PROPOSE'`, [tasks[0]!.id])) as [{ cause: Record<string, unknown> }];
    expect(cause).toMatchObject({ kind: 'CORRECTED', previousGrade: 'COMPETENT', grade: 'EXCELLENT', by: { role: 'ORG_ADMIN' } });
    // The exempted warning no longer blocks a promotion: it is listed apart, with why.
    const promotion = await gql<{ promotionBlockers: { blocked: boolean; blockers: unknown[]; disregarded: Array<{ kind: string; explanation: string }> } }>(
      tokens.orgadmin,
      `query($c: ID!) { promotionBlockers(cadreId: $c) { blocked blockers { kind } disregarded { kind explanation } } }`,
      { c: d.cadreId },
    );
    expect(promotion.promotionBlockers).toMatchObject({ blocked: false, blockers: [] });

    await text('giveFaultToleranceFeedback', '已书面反馈申请单位及本人。');
    await text('fileFaultToleranceCase', '组备〔2026〕12号');
    await text('recordFaultToleranceCorrection', '已完善试点审批流程。');
    const closed = await gql<{ verifyFaultToleranceCorrection: { state: string; history: Array<{ action: string }> } }>(tokens.orgadmin, `mutation($input: CaseActionInput!) { verifyFaultToleranceCorrection(input: $input) { ${CASE} } }`, { input: { caseId } });
    expect(closed.verifyFaultToleranceCorrection.state).toBe('closed');
    expect(closed.verifyFaultToleranceCorrection.history.map((h) => h.action)).toEqual(['OPENED', 'SUBMIT', 'ACCEPT', 'COMPLETE_INVESTIGATION', 'DECIDE', 'GIVE_FEEDBACK', 'FILE_WITH_ORGANISATION', 'RECORD_CORRECTION', 'VERIFY_CORRECTION']);
  });

  it('the same mistake, tolerated once, is not tolerated again', async () => {
    await gql(tokens.discipline, `mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: d.cadreId, kind: 'ADMONISHMENT', decidedOn: '2026-06-01', note: '诫勉' } });
    const [, second] = (await gql<{ penaltiesOf: Array<{ id: string }> }>(tokens.discipline, `query($c: ID!) { penaltiesOf(cadreId: $c) { id } }`, { c: d.cadreId })).penaltiesOf;
    const opened = await gql<{ openFaultToleranceCase: { id: string } }>(tokens.discipline, `mutation($input: OpenFaultToleranceInput!) { openFaultToleranceCase(input: $input) { id } }`, {
      input: { cadreId: d.cadreId, penaltyId: second!.id, origin: 'OWN_MOTION', mistakeKey: 'PILOT_LAND_POLICY', grounds: '同类问题再次发生' },
    });
    const id = opened.openFaultToleranceCase.id;
    await gql(tokens.discipline, `mutation($input: CaseActionInput!) { acceptFaultToleranceCase(input: $input) { state } }`, { input: { caseId: id } });
    await gql(tokens.discipline, `mutation($input: FtTextInput!) { completeFaultToleranceInvestigation(input: $input) { state } }`, { input: { caseId: id, text: '同类失误再次发生。' } });
    const factors = { motive: '无私利', objectiveConditions: '已有明确规定', procedure: '未经集体研究', natureAndDegree: '同类失误', consequences: '损失较小', remedialEffort: '已纠正' };
    const again = await t.gql(`mutation($input: DecideFaultToleranceInput!) { decideFaultToleranceCase(input: $input) { id } }`, {
      input: { caseId: id, outcome: 'EXEMPT', distinction: 'PILOTING_REFORM_INEXPERIENCE', factors, collective: unanimous, reason: '申请免责' },
    }, { token: tokens.discipline });
    expect(codeOf(again)).toBe('NOT_ELIGIBLE');
  });
});

describe('promotion blockers: a cleared accusation never blocks, a substantiated one and an open investigation do', () => {
  it('lists sanction periods in force, open investigations and substantiated accusations; cleared ones are disregarded', async () => {
    t.clock.set(at('2026-06-10T09:00:00'));
    const blockers = async (row: Row) =>
      (await gql<{ cadreRecord: { promotionBlockers: { blocked: boolean; blockers: Array<{ kind: string; since: string | null; until: string | null }>; disregarded: Array<{ kind: string }> } } }>(
        tokens.orgadmin,
        `query($c: ID!) { cadreRecord(cadreId: $c) { promotionBlockers { blocked blockers { kind since until } disregarded { kind } } } }`,
        { c: row.cadreId },
      )).cadreRecord.promotionBlockers;
    // 戊's accusation was found untrue and cleared: nothing blocks.
    expect(await blockers(e)).toEqual({ blocked: false, blockers: [], disregarded: [{ kind: 'SUBSTANTIATED_ACCUSATION' }] });
    // 乙: an accusation found substantiated blocks; so does an investigation opened since.
    const accused = await gql<{ recordAccusation: { id: string } }>(tokens.discipline, `mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
      input: { cadreId: b.cadreId, source: 'REPORT', points: ['违规发放津贴补贴'], concernsYear: 2025, receivedOn: '2026-05-11' },
    });
    await gql(tokens.discipline, `mutation($input: VerifyAccusationInput!) { verifyAccusation(input: $input) { state } }`, { input: { caseId: accused.recordAccusation.id, findings: ['SUBSTANTIATED'] } });
    await gql(tokens.discipline, `mutation($input: OpenInvestigationInput!) { openInvestigation(input: $input) { id } }`, { input: { cadreId: b.cadreId, startsOn: '2026-06-01', note: '立案审查' } });
    expect(await blockers(b)).toEqual({
      blocked: true,
      blockers: [
        { kind: 'OPEN_INVESTIGATION', since: '2026-06-01', until: null },
        { kind: 'SUBSTANTIATED_ACCUSATION', since: null, until: null },
      ],
      disregarded: [],
    });
    // 丙's warning (decided 2026-05-28, six months) is a period in force.
    expect((await blockers(c)).blockers).toEqual([{ kind: 'PENALTY_PERIOD', since: '2026-05-28', until: '2026-11-27' }]);
  });
});

describe('the record', () => {
  it('one timeline of results, versions, cases, clearings and outcomes, in a fixed number of queries whatever the history', async () => {
    const RECORD = `query($c: ID!) { cadreRecord(cadreId: $c) {
      results { versions { version } }
      promotionBlockers { blocked }
      timeline { kind item { __typename
        ... on ReviewCase { state history(first: 20) { action } }
        ... on FaultToleranceCase { outcome history(first: 20) { action } }
        ... on Accusation { countsAgainst history(first: 20) { action } }
        ... on OutcomeTask { state history(first: 20) { action } }
        ... on ResultVersion { grade } } } } }`;
    const count = async (row: Row) => {
      t.queries.length = 0;
      const data = await gql<{ cadreRecord: { timeline: Array<{ kind: string }> } }>(tokens.orgadmin, RECORD, { c: row.cadreId });
      return { queries: t.queries.length, kinds: [...new Set(data.cadreRecord.timeline.map((e) => e.kind))].sort() };
    };
    const rich = await count(d); // results, a correction, two fault-tolerance cases, outcomes
    const accused = await count(e); // an accusation and its clearing
    const appealed = await count(a); // a result, its correction, a review and appeal, five outcomes
    const bare = await count(rows.at(-1)!); // nothing decided
    expect(rich.kinds).toEqual(['FAULT_TOLERANCE', 'OUTCOME', 'RESULT', 'RESULT_VERSION']);
    expect(appealed.kinds).toEqual(['OUTCOME', 'RESULT', 'RESULT_VERSION', 'REVIEW']);
    expect(accused.kinds).toEqual(['ACCUSATION', 'CLEARING']);
    expect(bare.kinds).toEqual([]);
    // Session, cadre, results, status periods, result details, outcomes, versions, three case tables, three promotion facts, one batch of audit trails.
    expect(rich.queries).toBe(appealed.queries);
    expect(accused.queries).toBeLessThanOrEqual(rich.queries);
    expect(bare.queries).toBeLessThanOrEqual(rich.queries);
    expect(rich.queries).toBeLessThanOrEqual(14);
  });
});

describe('case deadlines', () => {
  it('the deadline sweep marks an undecided fault-tolerance step overdue once, as SYSTEM', async () => {
    const [{ id }] = (await t.dataSource.query(`SELECT id FROM fault_tolerance_case WHERE state = 'awaitingDecision'`)) as [{ id: string }];
    const first = await t.app.services.deadlines.run(at('2026-12-01T00:00:00'), ['review_case', 'fault_tolerance_case']);
    expect(first.fired).toBe(1);
    const second = await t.app.services.deadlines.run(at('2026-12-02T00:00:00'), ['review_case', 'fault_tolerance_case']);
    expect(second.fired).toBe(0);
    const [{ context, due_at }] = (await t.dataSource.query(`SELECT snapshot->'context' AS context, due_at FROM fault_tolerance_case WHERE id = $1`, [id])) as [{ context: { overdueSteps: string[] }; due_at: Date | null }];
    expect(context.overdueSteps).toEqual(['awaitingDecision']);
    expect(due_at).toBeNull();
    const [{ actor_role }] = (await t.dataSource.query(`SELECT actor_role FROM audit_log WHERE entity_type = 'fault_tolerance_case' AND entity_id = $1 ORDER BY seq DESC LIMIT 1`, [id])) as [{ actor_role: string }];
    expect(actor_role).toBe('SYSTEM');
  });
});
