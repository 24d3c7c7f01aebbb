import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, type AssessmentView } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let county: string;

async function plan(kind: 'REGULAR' | 'SPECIAL' | 'TERM', extra: Record<string, unknown>) {
  const res = await t.gql<{ planCycle: { id: string } }>(
    `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
    { input: { kind, name: `${kind} test`, year: 2026, organisationId: county, deadlines: { selfReportDue: '2026-12-20T18:00:00+08:00', finishBy: '2027-01-31T18:00:00+08:00' }, ...extra } },
    { token: tokens.orgadmin },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const cycleId = res.data!.planCycle.id;
  await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId, organisationIds: [county], includeSubtree: false, includeTeams: true } }, { token: tokens.orgadmin });
  await t.gql(`mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`, { input: { cycleId } }, { token: tokens.orgadmin });
  return cycleId;
}

async function mine(cycleId: string): Promise<AssessmentView & { kind: string }> {
  const res = await t.gql<{ myAssessments: Array<AssessmentView & { kind: string; cycle: { id: string } }> }>(`{ myAssessments { id kind state version availableActions cycle { id } } }`, {}, { token: tokens.cadre });
  return res.data!.myAssessments.find((a) => a.cycle.id === cycleId)!;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['orgadmin', 'assessor', 'cadre']) tokens[u] = await t.signIn(u);
  [{ id: county }] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
});
afterAll(() => t?.close());

describe('regular, special and term assessments', () => {
  it('a regular cycle needs its quarter, a special one its task', async () => {
    const noQuarter = await t.gql(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'REGULAR', name: '三季度平时考核', year: 2026, organisationId: county, deadlines: { selfReportDue: '2026-12-20T18:00:00+08:00', finishBy: '2027-01-31T18:00:00+08:00' } },
    }, { token: tokens.orgadmin });
    expect(codeOf(noQuarter)).toBe('VALIDATION');
    expect(noQuarter.errors![0]!.extensions!.fields).toEqual([{ field: 'input.quarter', messages: ['a regular cycle needs its quarter'] }]);
  });

  it('regular (quarterly): personal summary → appraisal by the supervising leader → feedback', async () => {
    const cycleId = await plan('REGULAR', { quarter: 3 });
    let a: AssessmentView = await mine(cycleId);
    expect(a).toMatchObject({ kind: 'REGULAR', state: 'personalSummary', availableActions: ['SUBMIT_SUMMARY'] });
    a = await act(t, tokens.cadre!, 'submitSummary', { assessmentId: a.id });
    const bad = await t.gql(`mutation($input: AppraiseInput!) { appraise(input: $input) { id } }`, { input: { assessmentId: a.id, grade: 'EXCELLENT', comment: '很好' } }, { token: tokens.assessor });
    expect(codeOf(bad)).toBe('VALIDATION');
    a = await act(t, tokens.assessor!, 'appraise', { assessmentId: a.id, grade: 'FAIR', score: 88, comment: '本季度工作较好。' });
    expect(a).toMatchObject({ state: 'feedback', finalGrade: 'FAIR' });
    a = await act(t, tokens.assessor!, 'giveFeedback', { assessmentId: a.id, strengths: '执行有力。', shortcomings: '统筹不足。', improvementDemands: '加强统筹。' });
    expect(a.state).toBe('done');
  });

  it('special: fact-finding → judgement → feedback, on a named task', async () => {
    const cycleId = await plan('SPECIAL', { task: '2026年防汛救灾专项考核' });
    let a: AssessmentView = await mine(cycleId);
    expect(a.state).toBe('factFinding');
    a = await act(t, tokens.assessor!, 'completeFactFinding', { assessmentId: a.id });
    a = await act(t, tokens.assessor!, 'appraise', { assessmentId: a.id, grade: 'GOOD', comment: '防汛期间靠前指挥，成效显著。' });
    a = await act(t, tokens.assessor!, 'giveFeedback', { assessmentId: a.id, strengths: '靠前指挥。', shortcomings: '预案细化不够。', improvementDemands: '完善预案。' });
    expect(a).toMatchObject({ state: 'done', finalGrade: 'GOOD' });
  });

  it('term: the annual path with the cadre scale; the team and its members are linked both ways', async () => {
    const cycleId = await plan('TERM', {});
    const a = await mine(cycleId);
    expect(a).toMatchObject({ kind: 'TERM', state: 'selfReport.drafting' });
    const res = await t.gql<{ assessment: { team: { id: string; kind: string; members: Array<{ id: string }> } } }>(
      `query($id: ID!) { assessment(id: $id) { team { id kind members { id } } } }`,
      { id: a.id },
      { token: tokens.orgadmin },
    );
    expect(res.data!.assessment.team.kind).toBe('TEAM_ANNUAL');
    expect(res.data!.assessment.team.members.map((m) => m.id)).toContain(a.id);
  });
});

describe('status facts recorded during a cycle', () => {
  it('an investigation opened mid-cycle makes the assessment UNGRADED: only UNGRADED may then be proposed', async () => {
    const cycleId = await plan('TERM', { name: '任期考核 overlay', year: 2027 }); // one term assessment per cadre and year: another year than the term test's
    const a = await mine(cycleId);
    expect(a).toMatchObject({ state: 'selfReport.drafting' });
    const discipline = await t.signIn('discipline');
    const me = await t.gql<{ me: { cadreId: string } }>(`{ me { cadreId } }`, {}, { token: tokens.cadre });
    const rec = await t.gql(`mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`, {
      input: { cadreId: me.data!.me.cadreId, kind: 'INVESTIGATION', startsOn: '2026-06-01', note: '立案审查' },
    }, { token: discipline });
    expect(rec.errors).toBeUndefined();
    const after = await t.gql<{ assessment: { overlay: string; context: { overlayReason: string }; history: Array<{ action: string; actorRole: string }> } }>(
      `query($id: ID!) { assessment(id: $id) { overlay context history { action actorRole } } }`,
      { id: a.id },
      { token: tokens.orgadmin },
    );
    expect(after.data!.assessment).toMatchObject({ overlay: 'UNGRADED', context: { overlayReason: 'INVESTIGATION' } });
    expect(after.data!.assessment.history.at(-1)).toEqual({ action: 'SET_OVERLAY', actorRole: 'DISCIPLINE' });
    // The step ran through the workflow engine: the assessed is told, as after any step of their assessment.
    const told = await t.gql<{ myNotifications: { nodes: Array<{ kind: string }> } }>(`{ myNotifications(first: 1) { nodes { kind } } }`, {}, { token: tokens.cadre });
    expect(told.data!.myNotifications.nodes.map((n) => n.kind)).toEqual(['SET_OVERLAY']);
  });
});

describe('overlays and cancellation by hand', () => {
  it('the organisation department sets an overlay with a reason; a planned cycle can be cancelled', async () => {
    const cycleId = await plan('TERM', { name: '任期考核 manual overlay', year: 2028 });
    const a = await mine(cycleId);
    const set = await t.gql<{ setOverlay: { overlay: string } }>(`mutation($input: SetOverlayInput!) { setOverlay(input: $input) { overlay } }`, {
      input: { assessmentId: a.id, overlay: 'COMMENT_ONLY', reason: '新提任试用期' },
    }, { token: tokens.orgadmin });
    expect(set.data!.setOverlay.overlay).toBe('COMMENT_ONLY');
    const planned = await t.gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
      input: { kind: 'SPECIAL', task: '取消测试', name: '取消测试', year: 2026, organisationId: county, deadlines: { selfReportDue: '2026-12-20T18:00:00+08:00', finishBy: '2027-01-31T18:00:00+08:00' } },
    }, { token: tokens.orgadmin });
    const cancelled = await t.gql<{ cancelCycle: { state: string } }>(`mutation($input: CancelCycleInput!) { cancelCycle(input: $input) { state } }`, {
      input: { cycleId: planned.data!.planCycle.id, reason: '方案调整' },
    }, { token: tokens.orgadmin });
    expect(cancelled.data!.cancelCycle.state).toBe('cancelled');
  });
});
