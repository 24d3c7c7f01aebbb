import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Corroboration (印证) through the public API: findings of supervision,
 * inspection tours, audit, petitions and discipline feed the gate their type
 * maps to in the rule set, on the proposal, the committee's approval and
 * change, and in the engine's explanation; a consultation of the competent
 * department on a veto item holds every grade until it is answered or
 * withdrawn; its due day counts working days of the official calendar; who
 * may do what. One cycle over 泰宁市 for the 2025 year, decided in January 2026.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let cycleId: string;
type Subject = { assessmentId: string; org: string };
let clean: Subject[] = [];
const taken = new Set<string>();
function take(): Subject {
  const s = clean.find((c) => !taken.has(c.assessmentId) && c.org === 'QH-TN-LS') ?? clean.find((c) => !taken.has(c.assessmentId));
  if (!s) throw new Error('no clean cadre left for this test');
  taken.add(s.assessmentId);
  return s;
}

async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const RECORD = `mutation($input: FindingInput!) { recordFinding(input: $input) { id feeds target state feedsGate findingTypeLabel targetLabel } }`;
const SET_STATE = `mutation($input: FindingStateInput!) { setFindingState(input: $input) { id state feedsGate } }`;
const REQUEST = `mutation($input: ConsultationRequestInput!) { requestVetoConsultation(input: $input) { id state requestedOn dueOn vetoItemLabel } }`;
const ANSWER = `mutation($input: ConsultationAnswerInput!) { answerVetoConsultation(input: $input) { id state applies answeredBy answeredOn recordedBy } }`;
const WITHDRAW = `mutation($input: ConsultationWithdrawInput!) { withdrawVetoConsultation(input: $input) { id state } }`;
const PROPOSE = `mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id state proposedGrade } }`;
const CHANGE = `mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id state finalGrade } }`;
const APPROVE = `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id state finalGrade } }`;

const propose = (s: Subject, grade: string) => t.gql(PROPOSE, { input: { assessmentId: s.assessmentId, grade, comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor });
const change = (s: Subject, grade: string) =>
  t.gql(CHANGE, { input: { assessmentId: s.assessmentId, grade, reason: '经党委集体研究调整等次。', collective: unanimous } }, { token: tokens.committee });
const approve = (s: Subject) => t.gql<{ approveGrade: { state: string; finalGrade: string | null } }>(APPROVE, { input: { assessmentId: s.assessmentId, collective: unanimous } }, { token: tokens.committee });

let seq = 0;
async function finding(s: Subject, source: string, findingType: string, verified: boolean, token = tokens.discipline) {
  seq += 1;
  const documentRef = `泰${source === 'AUDIT' ? '审' : '督'}〔2025〕${seq}号`;
  const res = await gql<{ recordFinding: { id: string; feeds: string; target: string; feedsGate: boolean } }>(token, RECORD, {
    input: { assessmentId: s.assessmentId, source, findingType, documentRef, foundOn: '2025-11-20', summary: '核查发现的问题', verified },
  });
  return { ...res.recordFinding, documentRef };
}
const request = (s: Subject, vetoItem: string, token = tokens.assessor) =>
  t.gql<{ requestVetoConsultation: { id: string; state: string; requestedOn: string; dueOn: string } }>(REQUEST, { input: { assessmentId: s.assessmentId, vetoItem, department: '泰宁市应急管理局', question: '该单位是否负有安全生产事故责任？' } }, { token });
const answer = (id: string, applies: boolean, answeredOn: string, token = tokens.orgadmin) =>
  t.gql<{ answerVetoConsultation: { state: string; applies: boolean } }>(ANSWER, { input: { consultationId: id, applies, reason: applies ? '负有直接责任' : '经调查不负有责任', answeredBy: '市应急管理局 王局长', answeredOn } }, { token });

type Refusal = { gate: string; facts: Record<string, unknown> };
const refusalsOf = (res: GraphQLResponse<unknown>): Refusal[] => ((res.errors?.[0]?.extensions as { refusals?: Refusal[] } | undefined)?.refusals ?? []);

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'orgadmin.taining', 'assessor', 'committee', 'discipline', 'hr', 'auditor']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN');
  clean = await t.dataSource.query(
    `SELECT a.id AS "assessmentId", o.code AS org
       FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND a.overlay = 'NONE'
        AND NOT EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM accusation x WHERE x.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.cadre_id = c.id)
      ORDER BY o.code, c.rank_level, c.person_no`,
    [cycleId],
  );
  const all: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId]);
  await advanceAssessments(t, cycleId, all.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
});
afterAll(() => t?.close());

interface FeedRow {
  name: string;
  source: string;
  type: string;
  verified: boolean;
  clearAfter?: boolean;
  feeds: string;
  /** The gate that refuses EXCELLENT, or null when nothing of the finding does. */
  gate: string | null;
}

const FEED_ROWS: FeedRow[] = [
  { name: 'audit: rectification poor, verified → negative list INSPECTION_FINDINGS', source: 'AUDIT', type: 'RECTIFICATION_POOR', verified: true, feeds: 'NEGATIVE_LIST', gate: 'NEGATIVE_LIST' },
  { name: 'inspection tour: formalism, verified → negative list FORMALISM', source: 'INSPECTION_TOUR', type: 'FORMALISM', verified: true, feeds: 'NEGATIVE_LIST', gate: 'NEGATIVE_LIST' },
  { name: 'supervision: a safety accident, verified → veto item SAFETY_PRODUCTION (no EXCELLENT)', source: 'SUPERVISION', type: 'SAFETY_ACCIDENT', verified: true, feeds: 'VETO_ITEM', gate: 'VETO_ITEM_NO_EXCELLENT' },
  { name: 'petition: a mass incident, verified → veto item STABILITY (no EXCELLENT)', source: 'PETITION', type: 'MASS_INCIDENT', verified: true, feeds: 'VETO_ITEM', gate: 'VETO_ITEM_NO_EXCELLENT' },
  { name: 'petition: information only, verified → no gate', source: 'PETITION', type: 'NOTED', verified: true, feeds: 'INFORMATION', gate: null },
  { name: 'audit: rectification poor, not yet verified → no gate', source: 'AUDIT', type: 'RECTIFICATION_POOR', verified: false, feeds: 'NEGATIVE_LIST', gate: null },
  { name: 'discipline: integrity, verified then cleared → no gate', source: 'DISCIPLINE', type: 'INTEGRITY', verified: true, clearAfter: true, feeds: 'NEGATIVE_LIST', gate: null },
];

describe('a finding type feeds the gate the rule set maps it to, on the proposal and the committee’s change; the refusal names the finding', () => {
  it.each(FEED_ROWS)('$name', async (row) => {
    const s = take();
    const f = await finding(s, row.source, row.type, row.verified);
    expect(f.feeds).toBe(row.feeds);
    if (row.clearAfter) expect((await gql<{ setFindingState: { state: string; feedsGate: boolean } }>(tokens.discipline, SET_STATE, { input: { findingId: f.id, state: 'CLEARED', note: '经核实不属实' } })).setFindingState).toEqual({ id: f.id, state: 'CLEARED', feedsGate: false });
    const excellent = await propose(s, 'EXCELLENT');
    const gates = refusalsOf(excellent).map((r) => r.gate);
    if (row.gate === null) {
      expect(gates.filter((g) => g !== 'QUOTA')).toEqual([]);
    } else {
      expect(codeOf(excellent)).toBe('GRADE_REFUSED');
      expect(gates).toContain(row.gate);
      expect(JSON.stringify(refusalsOf(excellent).find((r) => r.gate === row.gate)!.facts)).toContain(f.documentRef);
      expect((await propose(s, 'COMPETENT')).errors).toBeUndefined();
      expect(refusalsOf(await change(s, 'EXCELLENT')).map((r) => r.gate)).toContain(row.gate);
      expect((await approve(s)).data?.approveGrade).toMatchObject({ state: 'decided', finalGrade: 'COMPETENT' });
    }
  });

  it('a finding recorded after the proposal: the committee cannot approve EXCELLENT', async () => {
    const s = take();
    const proposed = await propose(s, 'EXCELLENT');
    if (proposed.errors) return expect(codeOf(proposed)).toBe('QUOTA_EXCEEDED');
    await finding(s, 'AUDIT', 'RECTIFICATION_POOR', true, tokens.assessor);
    const refused = await approve(s);
    expect(codeOf(refused)).toBe('GRADE_REFUSED');
    expect(refusalsOf(refused).map((r) => r.gate)).toEqual(['NEGATIVE_LIST']);
  });
});

describe('a consultation on a veto item holds every grade until it is answered or withdrawn', () => {
  it.each([
    { name: 'answered "applies": the veto item bars EXCELLENT', close: 'APPLIES', vetoApplies: true },
    { name: 'answered "does not apply": the veto item is waived', close: 'DOES_NOT_APPLY', vetoApplies: false },
    { name: 'withdrawn: the verified finding stands, the veto item bars EXCELLENT', close: 'WITHDRAWN', vetoApplies: true },
  ])('$name', async ({ close, vetoApplies }) => {
    const s = take();
    expect((await propose(s, 'COMPETENT')).errors).toBeUndefined();
    await finding(s, 'SUPERVISION', 'SAFETY_ACCIDENT', true);
    const asked = await request(s, 'SAFETY_PRODUCTION');
    expect(asked.errors).toBeUndefined();
    const c = asked.data!.requestVetoConsultation;
    expect(c).toMatchObject({ state: 'REQUESTED', requestedOn: '2026-01-06', dueOn: '2026-01-13' });
    // Every path to a grade is held, whatever the grade.
    for (const res of [await approve(s), await change(s, 'BASICALLY_COMPETENT')]) {
      expect(codeOf(res)).toBe('CONSULTATION_PENDING');
      expect((res.errors![0]!.extensions as { consultations: Array<{ item: string; department: string; dueOn: string }> }).consultations).toEqual([
        { id: c.id, item: 'SAFETY_PRODUCTION', department: '泰宁市应急管理局', dueOn: '2026-01-13' },
      ]);
    }
    // The committee's queue shows it.
    const queue = await gql<{ openVetoConsultations: Array<{ id: string; subjectName: string; vetoItemLabel: string }> }>(tokens.committee, `{ openVetoConsultations(first: 100) { id subjectName vetoItemLabel } }`);
    expect(queue.openVetoConsultations.find((q) => q.id === c.id)).toMatchObject({ vetoItemLabel: '安全生产' });
    if (close === 'WITHDRAWN') expect((await t.gql(WITHDRAW, { input: { consultationId: c.id, reason: '改由考核组实地核实' } }, { token: tokens.assessor })).errors).toBeUndefined();
    else expect((await answer(c.id, close === 'APPLIES', '2026-01-06')).data!.answerVetoConsultation).toMatchObject({ state: 'ANSWERED', applies: close === 'APPLIES' });
    const queueAfter = await gql<{ openVetoConsultations: Array<{ id: string }> }>(tokens.committee, `{ openVetoConsultations(first: 100) { id } }`);
    expect(queueAfter.openVetoConsultations.map((q) => q.id)).not.toContain(c.id);
    const changed = await change(s, 'EXCELLENT');
    if (vetoApplies) {
      expect(refusalsOf(changed).map((r) => r.gate)).toContain('VETO_ITEM_NO_EXCELLENT');
      expect((await approve(s)).data?.approveGrade).toMatchObject({ state: 'decided', finalGrade: 'COMPETENT' });
    } else if (changed.errors) {
      // Waived: only the pool's quota may still stand in the way.
      expect(refusalsOf(changed).map((r) => r.gate)).toEqual(['QUOTA']);
    } else {
      // The committee's EXCELLENT stands (it goes to public notice before it is final).
      expect(changed.errors).toBeUndefined();
    }
  });

  it('the proposal is not held (it is advice), the decision is; a step taken once: a second answer, a withdrawal after the answer, a second open consultation on the same item, an answer dated before the request are refused', async () => {
    const s = take();
    const c = (await request(s, 'ECOLOGY')).data!.requestVetoConsultation;
    expect(codeOf(await request(s, 'ECOLOGY'))).toBe('DUPLICATE');
    // The assessment team may propose; the committee may not decide.
    expect((await propose(s, 'COMPETENT')).errors).toBeUndefined();
    expect(codeOf(await approve(s))).toBe('CONSULTATION_PENDING');
    expect(codeOf(await request(s, 'NO_SUCH_ITEM'))).toBe('VALIDATION');
    expect(codeOf(await answer(c.id, true, '2026-01-05'))).toBe('VALIDATION');
    expect(codeOf(await answer(c.id, true, '2026-01-07'))).toBe('VALIDATION');
    expect((await answer(c.id, true, '2026-01-06')).errors).toBeUndefined();
    expect(codeOf(await answer(c.id, false, '2026-01-06'))).toBe('INVALID_TRANSITION');
    expect(codeOf(await t.gql(WITHDRAW, { input: { consultationId: c.id, reason: '撤回' } }, { token: tokens.assessor }))).toBe('INVALID_TRANSITION');
    const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'veto_consultation' AND entity_id = $1 ORDER BY seq`, [c.id]);
    expect(rows.map((r) => r.action)).toEqual(['CONSULTATION_REQUESTED', 'CONSULTATION_ANSWERED']);
  });
});

describe('the engine’s proposal reads the same facts, and its explanation names the finding and the open consultation', () => {
  it('runs the engine over the cycle', async () => {
    const neg = take();
    const held = take();
    const f = await finding(neg, 'INSPECTION_TOUR', 'RECTIFICATION_POOR', true);
    await request(held, 'STABILITY');
    await gql(tokens.assessor, `mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId });
    type Explained = { assessment: { gradingResult: { grade: string; gates: Array<{ code: string; effect: string; detail: string }> } } };
    const explain = async (s: Subject) => (await gql<Explained>(tokens.committee, `query($id: ID!) { assessment(id: $id) { gradingResult { grade gates { code effect detail } } } }`, { id: s.assessmentId })).assessment.gradingResult;
    const a = await explain(neg);
    expect(a.grade).not.toBe('EXCELLENT');
    expect(a.gates.find((g) => g.code === 'NEGATIVE_LIST')).toMatchObject({ effect: 'NO_EXCELLENT', detail: `INSPECTION_FINDINGS: INSPECTION_TOUR ${f.documentRef}` });
    const b = await explain(held);
    expect(b.gates.find((g) => g.code === 'CONSULTATION_PENDING')).toMatchObject({ effect: 'FLAG', detail: 'consultation of 泰宁市应急管理局 on STABILITY open, due 2026-01-13' });
  });
});

describe('who may record findings, ask and answer', () => {
  it.each([
    ['discipline', 'recordFinding', null],
    ['assessor', 'recordFinding', null],
    ['orgadmin.taining', 'recordFinding', null],
    ['orgadmin.hefeng', 'recordFinding', 'FORBIDDEN'],
    ['committee', 'recordFinding', 'FORBIDDEN'],
    ['hr', 'recordFinding', 'FORBIDDEN'],
    ['auditor', 'recordFinding', 'FORBIDDEN'],
    ['assessor', 'requestVetoConsultation', null],
    ['discipline', 'requestVetoConsultation', 'FORBIDDEN'],
    ['orgadmin.hefeng', 'requestVetoConsultation', 'FORBIDDEN'],
    ['orgadmin.taining', 'answerVetoConsultation', null],
    ['assessor', 'answerVetoConsultation', 'FORBIDDEN'],
    ['discipline', 'answerVetoConsultation', 'FORBIDDEN'],
    ['orgadmin.hefeng', 'answerVetoConsultation', 'FORBIDDEN'],
  ])('%s → %s: %s', async (user, mutation, code) => {
    const s = take();
    let res: GraphQLResponse<unknown>;
    if (mutation === 'recordFinding')
      res = await t.gql(RECORD, { input: { assessmentId: s.assessmentId, source: 'AUDIT', findingType: 'NOTED', documentRef: '泰审〔2025〕99号', foundOn: '2025-10-01', summary: '', verified: false } }, { token: tokens[user] });
    else if (mutation === 'requestVetoConsultation') res = await request(s, 'ECOLOGY', tokens[user]);
    else res = await answer((await request(s, 'ECOLOGY')).data!.requestVetoConsultation.id, false, '2026-01-06', tokens[user]);
    expect(res.errors ? codeOf(res) : null).toBe(code);
  });

  it('a finding type of another source, a day after today and an unknown assessment are refused with their fields', async () => {
    const s = take();
    const bad = (input: Record<string, unknown>) =>
      t.gql(RECORD, { input: { assessmentId: s.assessmentId, source: 'PETITION', findingType: 'NOTED', documentRef: '泰信〔2025〕1号', foundOn: '2025-12-01', summary: '', verified: false, ...input } }, { token: tokens.discipline });
    expect(codeOf(await bad({ findingType: 'SAFETY_ACCIDENT' }))).toBe('VALIDATION');
    expect(codeOf(await bad({ foundOn: '2026-01-07' }))).toBe('VALIDATION');
    expect(codeOf(await bad({ assessmentId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });
});

describe('the answer is due after the configured working days of the official calendar, counted from the day after the request', () => {
  it.each([
    ['2026-01-06T09:00:00', '2026-01-06', '2026-01-13'],
    ['2026-01-09T17:00:00', '2026-01-09', '2026-01-16'],
    // National Day 2026: October 1–7 off, Saturday October 10 a make-up workday.
    ['2026-09-29T09:00:00', '2026-09-29', '2026-10-12'],
    ['2026-09-30T23:30:00', '2026-09-30', '2026-10-13'],
  ])('asked at %s (Beijing): requested %s, due %s', async (when, requestedOn, dueOn) => {
    const s = take();
    t.clock.set(at(when));
    try {
      const res = await request(s, 'STABILITY');
      expect(res.data!.requestVetoConsultation).toMatchObject({ requestedOn, dueOn });
    } finally {
      t.clock.set(at('2026-01-06T09:00:00'));
    }
  });
});
