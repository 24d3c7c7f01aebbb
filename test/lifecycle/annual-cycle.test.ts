import { initialTransition, transition } from 'xstate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flattenStateValue } from '../../workflows/lifecycle.js';
import { machineSpec } from '../../workflows/registry.js';
import { act, TURNOUT_EXCEPTION, unanimous, writeSelfReport, type AssessmentView } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A whole annual cycle for one county (东江区): the 2025 annual assessment run
 * in early 2026, every step by a user holding the right role, with a returned
 * self-report, an overdue one, a committee change with a reason, the quota
 * enforced, two objections (one upheld, one dismissed), and the public notice
 * closed by the deadline job after 5 working days across the Spring Festival.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
let county: { id: string } | undefined;
let cycleId: string;
/** cadre id → { token, assessment } */
const people = new Map<string, { name: string; rank: string; position: string; token: string; assessment: AssessmentView }>();
let team: AssessmentView;

const chinaTime = (iso: string) => new Date(`${iso}+08:00`);

async function assessmentsOfCycle(): Promise<Array<AssessmentView & { cadre: { id: string } | null; kind: string }>> {
  const res = await t.gql<{ assessments: { nodes: Array<AssessmentView & { cadre: { id: string } | null; kind: string }> } }>(
    `query($c: ID!) { assessments(first: 100, cycleId: $c) { nodes { id kind state version overlay proposedGrade finalGrade dueAt dueEvent availableActions cadre { id } } } }`,
    { c: cycleId },
    { token: tokens.orgadmin },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.assessments.nodes;
}

beforeAll(async () => {
  // The cycle spans three months of injected time: sessions must outlive it.
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(chinaTime('2026-01-05T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'sysadmin']) tokens[u] = await t.signIn(u);
  [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
  // Every cadre of the county gets an account with the CADRE role, as the organisation department would set up.
  const cadres: Array<{ id: string; name: string; rank_level: string; position_type: string; username: string | null }> = await t.dataSource.query(
    `SELECT c.id, c.name, c.rank_level, c.position_type, u.username FROM cadre c LEFT JOIN user_account u ON u.cadre_id = c.id
      WHERE c.organisation_id = $1 ORDER BY c.person_no`,
    [county!.id],
  );
  for (const [i, c] of cadres.entries()) {
    let username = c.username;
    if (!username) {
      username = `dj.${i}`;
      const created = await t.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username, displayName: c.name, password: 'cadre-password-2026', cadreId: c.id } },
        { token: tokens.sysadmin },
      );
      await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.data!.createUser.id, o: county!.id }, { token: tokens.sysadmin });
    }
    const token = await t.signIn(username, username === 'cadre' ? undefined : 'cadre-password-2026');
    people.set(c.id, { name: c.name, rank: c.rank_level, position: c.position_type, token, assessment: undefined as unknown as AssessmentView });
  }
});
afterAll(() => t?.close());

describe('an annual cycle for one county, step by step', () => {
  it('the organisation department plans the cycle, pinning the rule set in force', async () => {
    const res = await t.gql<{ planCycle: { id: string; state: string; availableActions: string[]; settings: { notice: { publicNoticeWorkingDays: number } } } }>(
      `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id state availableActions settings } }`,
      {
        input: {
          kind: 'ANNUAL',
          name: '东江区2025年度考核',
          year: 2025,
          organisationId: county!.id,
          deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' },
        },
      },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    cycleId = res.data!.planCycle.id;
    expect(res.data!.planCycle).toMatchObject({ state: 'planning', availableActions: ['CANCEL_CYCLE', 'ENROL', 'OPEN_CYCLE'] });
    expect(res.data!.planCycle.settings.notice.publicNoticeWorkingDays).toBe(5);
  });

  it('enrols every cadre of the county and its leadership team in bulk, then opens the cycle', async () => {
    const enrolled = await t.gql<{ enrolInCycle: { state: string; progress: Array<{ state: string; kind: string; count: number }> } }>(
      `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { state progress { state kind count } } }`,
      { input: { cycleId, organisationIds: [county!.id], includeSubtree: true, includeTeams: true } },
      { token: tokens.orgadmin },
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.enrolInCycle.progress).toEqual([
      { state: 'enrolled', kind: 'CADRE_ANNUAL', count: people.size },
      { state: 'enrolled', kind: 'TEAM_ANNUAL', count: 1 },
    ]);
    // Enrolling the same people again adds nobody.
    const again = await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId, organisationIds: [county!.id], includeSubtree: true, includeTeams: true } }, { token: tokens.orgadmin });
    expect(codeOf(again)).toBe('VALIDATION');

    const opened = await t.gql<{ openCycle: { state: string; progress: Array<{ state: string; count: number }> } }>(
      `mutation($input: CycleActionInput!) { openCycle(input: $input) { state progress { state count } } }`,
      { input: { cycleId } },
      { token: tokens.orgadmin },
    );
    expect(opened.data!.openCycle.state).toBe('open');
    expect(opened.data!.openCycle.progress.every((p) => p.state === 'selfReport.drafting')).toBe(true);
    for (const a of await assessmentsOfCycle()) {
      if (a.kind === 'TEAM_ANNUAL') team = a;
      else people.get(a.cadre!.id)!.assessment = a;
      expect(a.dueEvent).toBe('MARK_SELF_REPORT_OVERDUE');
      expect(new Date(a.dueAt!).toISOString()).toBe(new Date('2026-01-20T18:00:00+08:00').toISOString());
    }
  });

  it('each cadre sees the self-report as their next action; others do not', async () => {
    const [first] = [...people.values()];
    const mine = await t.gql<{ myAssessments: Array<{ id: string; availableActions: string[] }> }>(`{ myAssessments { id availableActions } }`, {}, { token: first!.token });
    expect(mine.data!.myAssessments.find((a) => a.id === first!.assessment.id)!.availableActions).toEqual(['SUBMIT_SELF_REPORT']);
    const asAssessor = await t.gql<{ assessment: { availableActions: string[] } }>(`query($id: ID!) { assessment(id: $id) { availableActions } }`, { id: first!.assessment.id }, { token: tokens.assessor });
    expect(asAssessor.data!.assessment.availableActions).toEqual([]);
    // Another cadre cannot submit someone else's report.
    const [, second] = [...people.values()];
    const res = await t.gql(`mutation($input: ActionInput!) { submitSelfReport(input: $input) { id } }`, { input: { assessmentId: first!.assessment.id } }, { token: second!.token });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('an incomplete self-report cannot be submitted; a stale draft cannot overwrite a newer one', async () => {
    const [first] = [...people.values()];
    const empty = await t.gql(`mutation($input: ActionInput!) { submitSelfReport(input: $input) { id } }`, { input: { assessmentId: first!.assessment.id } }, { token: first!.token });
    expect(codeOf(empty)).toBe('VALIDATION');
    const v1 = await writeSelfReport(t, first!.token, first!.assessment.id, 0);
    expect(v1).toBe(1);
    await expect(writeSelfReport(t, first!.token, first!.assessment.id, 0)).rejects.toThrow(/CONFLICT/);
  });

  it('cadres write and submit; the team summary comes from a principal leader; one cadre misses the deadline', async () => {
    const all = [...people.entries()];
    const late = all[all.length - 1]!;
    for (const [, p] of all) {
      if (p === late[1]) continue;
      const current = await t.gql<{ assessment: { selfReport: { draftVersion: number } | null } }>(`query($id: ID!) { assessment(id: $id) { selfReport { draftVersion } } }`, { id: p.assessment.id }, { token: p.token });
      await writeSelfReport(t, p.token, p.assessment.id, current.data!.assessment.selfReport?.draftVersion ?? 0);
      p.assessment = await act(t, p.token, 'submitSelfReport', { assessmentId: p.assessment.id, expectedVersion: p.assessment.version });
      expect(p.assessment.state).toBe('selfReport.submitted');
      expect(p.assessment.dueAt).toBeNull();
    }
    const principal = all.find(([, p]) => p.position === 'PRINCIPAL')![1];
    await writeSelfReport(t, principal.token, team.id, 0);
    team = await act(t, principal.token, 'submitSelfReport', { assessmentId: team.id });
    expect(team.state).toBe('selfReport.submitted');

    // The deadline passes: the job marks the last one overdue, as SYSTEM.
    t.clock.set(chinaTime('2026-01-20T18:00:01'));
    const run = await t.gql<{ runDueDeadlines: { fired: number } }>(`mutation { runDueDeadlines { fired skipped } }`, {}, { token: tokens.orgadmin });
    expect(run.data!.runDueDeadlines.fired).toBe(1);
    const overdue = await t.gql<{ assessment: { state: string; history: Array<{ action: string; actorRole: string }> } }>(
      `query($id: ID!) { assessment(id: $id) { state history { action actorRole } } }`,
      { id: late[1].assessment.id },
      { token: tokens.orgadmin },
    );
    expect(overdue.data!.assessment.state).toBe('selfReport.overdue');
    expect(overdue.data!.assessment.history.at(-1)).toEqual({ action: 'MARK_SELF_REPORT_OVERDUE', actorRole: 'SYSTEM' });
    // …and after persuasion submits late.
    t.clock.set(chinaTime('2026-01-22T10:00:00'));
    await writeSelfReport(t, late[1].token, late[1].assessment.id, 0);
    late[1].assessment = await act(t, late[1].token, 'submitSelfReport', { assessmentId: late[1].assessment.id });
    expect(late[1].assessment.state).toBe('selfReport.submitted');
  });

  it('the assessment team returns one self-report for revision with a reason, and accepts the rest', async () => {
    const [first] = [...people.values()];
    first!.assessment = await act(t, tokens.assessor!, 'returnSelfReport', { assessmentId: first!.assessment.id, reason: '述职报告缺少对年度目标完成情况的量化说明，请补充。' });
    expect(first!.assessment.state).toBe('selfReport.returned');
    const reload = await t.gql<{ assessment: { selfReport: { draftVersion: number } } }>(`query($id: ID!) { assessment(id: $id) { selfReport { draftVersion } } }`, { id: first!.assessment.id }, { token: first!.token });
    await writeSelfReport(t, first!.token, first!.assessment.id, reload.data!.assessment.selfReport.draftVersion);
    first!.assessment = await act(t, first!.token, 'submitSelfReport', { assessmentId: first!.assessment.id });
    for (const p of people.values()) p.assessment = await act(t, tokens.assessor!, 'acceptSelfReport', { assessmentId: p.assessment.id });
    team = await act(t, tokens.assessor!, 'acceptSelfReport', { assessmentId: team.id });
    expect([...people.values()].every((p) => p.assessment.state === 'evaluation.ballotsPending')).toBe(true);
  });

  it('evaluation: ballots open and close, a talk and a discipline opinion are recorded', async () => {
    t.clock.set(chinaTime('2026-01-26T09:00:00'));
    const [first] = [...people.values()];
    for (const target of [...[...people.values()].map((p) => p.assessment), team]) {
      let a = await act(t, tokens.assessor!, 'openBallots', { assessmentId: target.id });
      if (target.id === first!.assessment.id) {
        a = await act(t, tokens.assessor!, 'recordTalk', { assessmentId: a.id, summary: '与分管领导谈话：工作扎实，作风务实。' });
        a = await act(t, tokens.discipline!, 'recordOpinion', { assessmentId: a.id, source: 'DISCIPLINE', summary: '经查，未发现违纪违法问题。' });
      }
      // Nobody was invited here (ballots are test/grading's subject): the close needs a recorded exception.
      a = await act(t, tokens.assessor!, 'closeBallots', { assessmentId: a.id }, TURNOUT_EXCEPTION);
      a = await act(t, tokens.assessor!, 'completeEvaluation', { assessmentId: a.id });
      expect(a.state).toBe('synthesis');
      if (target.id === team.id) team = a;
      else [...people.values()].find((p) => p.assessment.id === a.id)!.assessment = a;
    }
    const records = await t.gql<{ assessment: { evaluationRecords: Array<{ kind: string; source: string | null }> } }>(
      `query($id: ID!) { assessment(id: $id) { evaluationRecords { kind source } } }`,
      { id: first!.assessment.id },
      { token: tokens.orgadmin },
    );
    expect(records.data!.assessment.evaluationRecords).toEqual([
      { kind: 'TALK', source: null },
      { kind: 'OPINION', source: 'DISCIPLINE' },
    ]);
  });

  const excellent: AssessmentView[] = [];
  let changed: AssessmentView;

  it('the assessment team proposes grades; the committee approves, changes one with a reason, and the quota holds', async () => {
    const sectionLevel = [...people.values()].filter((p) => p.rank.startsWith('SECTION') && p.assessment.overlay === 'NONE');
    const pool = [...people.values()].filter((p) => p.rank === sectionLevel[0]!.rank && p.assessment.overlay === 'NONE');
    // 20% of the pool, rounded half up; try to propose one more EXCELLENT than that.
    const allowed = Math.floor((pool.length * 20) / 100 + 0.5);
    expect(allowed).toBeGreaterThanOrEqual(1);
    const proposedExcellent = pool.slice(0, allowed + 1);
    const over = proposedExcellent[allowed]!;
    for (const p of people.values()) {
      const grade = p.assessment.overlay === 'UNGRADED' ? 'UNGRADED' : p.assessment.overlay === 'COMMENT_ONLY' ? 'COMMENT_ONLY' : proposedExcellent.includes(p) ? 'EXCELLENT' : 'COMPETENT';
      const comment = `${p.name}同志政治立场坚定，工作认真负责。`;
      if (p === over) {
        // The pool counts standing proposals: the quota is full before the committee meets, and the proposal is refused naming it.
        const refused = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id } }`, { input: { assessmentId: p.assessment.id, grade, comment } }, { token: tokens.assessor });
        expect(codeOf(refused)).toBe('QUOTA_EXCEEDED');
        expect(refused.errors![0]!.extensions).toMatchObject({ rule: 'QUOTA', used: allowed, allowed, graded: pool.length });
        p.assessment = await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: p.assessment.id, grade: 'COMPETENT', comment });
        continue;
      }
      p.assessment = await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: p.assessment.id, grade, comment });
      expect(p.assessment).toMatchObject({ state: 'committeeReview', proposedGrade: grade });
    }
    team = await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: team.id, grade: 'GOOD', comment: '班子团结，完成年度目标。' });

    // A grade outside the scale is refused by the machine's guard.
    const bad = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id } }`, { input: { assessmentId: team.id, grade: 'COMPETENT', comment: 'x x' } }, { token: tokens.assessor });
    expect(codeOf(bad)).toBe('INVALID_TRANSITION');

    // The section-level pool of this county is large enough for two EXCELLENT.
    expect(allowed).toBe(2);
    for (const p of proposedExcellent.slice(0, allowed)) {
      p.assessment = await act(t, tokens.committee!, 'approveGrade', { assessmentId: p.assessment.id, collective: unanimous });
      expect(p.assessment.state).toBe('awaitingNotice');
      excellent.push(p.assessment);
    }
    // The committee cannot change a third one to EXCELLENT either.
    const refused = await t.gql(`mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id } }`, {
      input: { assessmentId: over.assessment.id, grade: 'EXCELLENT', reason: '实绩突出', collective: unanimous },
    }, { token: tokens.committee });
    expect(codeOf(refused)).toBe('QUOTA_EXCEEDED');
    expect(refused.errors![0]!.extensions).toMatchObject({ used: allowed, allowed });
    // The committee changes that one to BASICALLY_COMPETENT, with its reason.
    changed = await act(t, tokens.committee!, 'changeGrade', { assessmentId: over.assessment.id, grade: 'BASICALLY_COMPETENT', reason: '经集体研究，年度目标完成不够理想，调整为基本称职。', collective: unanimous });
    expect(changed).toMatchObject({ state: 'decided', finalGrade: 'BASICALLY_COMPETENT' });
    over.assessment = changed;

    // A decision without a quorum is refused.
    const rest = [...people.values()].filter((p) => p.assessment.state === 'committeeReview');
    const noQuorum = await t.gql(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id } }`, {
      input: { assessmentId: rest[0]!.assessment.id, collective: { ...unanimous, attendance: 4, votesFor: 4 } },
    }, { token: tokens.committee });
    expect(codeOf(noQuorum)).toBe('INVALID_TRANSITION');
    for (const p of rest) p.assessment = await act(t, tokens.committee!, 'approveGrade', { assessmentId: p.assessment.id, collective: unanimous });
    team = await act(t, tokens.committee!, 'approveGrade', { assessmentId: team.id, collective: unanimous });
    expect(team).toMatchObject({ state: 'decided', finalGrade: 'GOOD' });
  });

  it('EXCELLENT goes on public notice for 5 working days across the Spring Festival; the public objects without signing in', async () => {
    t.clock.set(chinaTime('2026-02-12T09:00:00'));
    // A notice starts no earlier than the day it is published.
    const backdated = await t.gql(`mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id } }`, { input: { assessmentIds: excellent.map((e) => e.id), startsOn: '2026-02-11' } }, { token: tokens.orgadmin });
    expect(codeOf(backdated)).toBe('VALIDATION');
    expect(backdated.errors![0]!.extensions!.fields).toEqual([{ field: 'input.startsOn', messages: ['must not be before today (2026-02-12): a notice cannot start in the past'] }]);
    const res = await t.gql<{ openPublicNotice: Array<{ id: string; state: string; dueAt: string; context: { notice: { endsOn: string } } }> }>(
      `mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id state dueAt context } }`,
      { input: { assessmentIds: excellent.map((e) => e.id), startsOn: '2026-02-12' } },
      { token: tokens.orgadmin },
    );
    expect(res.errors).toBeUndefined();
    for (const a of res.data!.openPublicNotice) {
      // Thu 12, Fri 13, Sat 14 (make-up workday), holiday 15–23, Tue 24, Wed 25.
      expect(a.context.notice.endsOn).toBe('2026-02-25');
      expect(new Date(a.dueAt).toISOString()).toBe(new Date('2026-02-26T00:00:00+08:00').toISOString());
    }
    const notices = await t.gql<{ publicNotices: Array<{ assessmentId: string; grade: string; endsOn: string }> }>(`{ publicNotices { assessmentId subject grade endsOn } }`);
    expect(notices.data!.publicNotices.map((n) => n.assessmentId).sort()).toEqual(excellent.map((e) => e.id).sort());

    for (const [i, e] of excellent.entries()) {
      const lodged = await t.gql<{ lodgeObjection: { assessmentId: string } }>(
        `mutation($input: LodgeObjectionInput!) { lodgeObjection(input: $input) { assessmentId receivedAt } }`,
        { input: { assessmentId: e.id, content: i === 0 ? '反映该同志年度重点项目进度滞后。' : '反映该同志存在违规收受礼金问题。' } },
      );
      expect(lodged.errors).toBeUndefined();
    }
    // No decision while an objection is open, and none before the window has run.
    const early = await t.gql(`mutation($input: ActionInput!) { closePublicNotice(input: $input) { id } }`, { input: { assessmentId: excellent[0]!.id } }, { token: tokens.orgadmin });
    expect(codeOf(early)).toBe('INVALID_TRANSITION');
    // The refusal names the rule and its facts: the open objection first.
    expect(early.errors![0]!.extensions).toMatchObject({ rule: 'OPEN_OBJECTION', objections: [{ status: 'OPEN' }] });
    expect(early.errors![0]!.message).toMatch(/an objection is still open/);
  });

  it('one objection is investigated and dismissed; the other is upheld and the committee decides again', async () => {
    const objections = async (id: string) =>
      (await t.gql<{ assessment: { objections: Array<{ id: string; status: string }> } }>(`query($id: ID!) { assessment(id: $id) { objections { id status } } }`, { id }, { token: tokens.orgadmin })).data!
        .assessment.objections;
    const [dismissed] = await objections(excellent[0]!.id);
    let a = await act(t, tokens.orgadmin!, 'investigateObjection', { objectionId: dismissed!.id, finding: '已安排核实。' });
    a = await act(t, tokens.orgadmin!, 'dismissObjection', { objectionId: dismissed!.id, finding: '经核实，项目滞后系客观原因，反映问题不影响评优。' });
    expect(a.state).toBe('publicNotice');

    {
      const [upheld] = await objections(excellent[1]!.id);
      const back = await act(t, tokens.orgadmin!, 'upholdObjection', { objectionId: upheld!.id, finding: '经核实，反映问题属实。' });
      expect(back.state).toBe('committeeReview');
      const again = await t.gql(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id } }`, { input: { assessmentId: back.id, collective: unanimous } }, { token: tokens.committee });
      expect(codeOf(again)).toBe('INVALID_TRANSITION');
      const decided = await act(t, tokens.committee!, 'changeGrade', { assessmentId: back.id, grade: 'COMPETENT', reason: '公示期间反映问题经核实属实，不再评为优秀。', collective: unanimous });
      expect(decided).toMatchObject({ state: 'decided', finalGrade: 'COMPETENT' });
    }
  });

  it('the deadline job closes the notice only after the fifth working day has ended', async () => {
    t.clock.set(chinaTime('2026-02-25T23:59:00'));
    // By hand, on the last day, the refusal names the window's last day.
    const lastDay = await t.gql(`mutation($input: ActionInput!) { closePublicNotice(input: $input) { id } }`, { input: { assessmentId: excellent[0]!.id } }, { token: tokens.orgadmin });
    expect(codeOf(lastDay)).toBe('INVALID_TRANSITION');
    expect(lastDay.errors![0]!.extensions).toMatchObject({ rule: 'NOTICE_WINDOW', lastDay: '2026-02-25', today: '2026-02-25' });
    expect(lastDay.errors![0]!.message).toMatch(/runs until 2026-02-25 inclusive/);
    // availableActions offers only what the guards allow now: no CLOSE_NOTICE on the last day, CLOSE_NOTICE from the day after.
    const offered = async () =>
      (await t.gql<{ assessment: { availableActions: string[] } }>(`query($id: ID!) { assessment(id: $id) { availableActions } }`, { id: excellent[0]!.id }, { token: tokens.orgadmin })).data!.assessment.availableActions;
    expect(await offered()).not.toContain('CLOSE_NOTICE');
    t.clock.set(chinaTime('2026-02-26T08:00:00'));
    expect(await offered()).toContain('CLOSE_NOTICE');
    t.clock.set(chinaTime('2026-02-25T23:59:00'));
    const before = await t.gql<{ runDueDeadlines: { fired: number } }>(`mutation { runDueDeadlines { fired skipped } }`, {}, { token: tokens.orgadmin });
    expect(before.data!.runDueDeadlines.fired).toBe(0);
    t.clock.set(chinaTime('2026-02-26T00:00:01'));
    const after = await t.gql<{ runDueDeadlines: { fired: number } }>(`mutation { runDueDeadlines { fired skipped } }`, {}, { token: tokens.orgadmin });
    expect(after.data!.runDueDeadlines.fired).toBe(1);
    const closed = await t.gql<{ assessment: { state: string; finalGrade: string; history: Array<{ action: string; actorRole: string }> } }>(
      `query($id: ID!) { assessment(id: $id) { state finalGrade history { action actorRole } } }`,
      { id: excellent[0]!.id },
      { token: tokens.orgadmin },
    );
    expect(closed.data!.assessment).toMatchObject({ state: 'decided', finalGrade: 'EXCELLENT' });
    expect(closed.data!.assessment.history.at(-1)).toEqual({ action: 'CLOSE_NOTICE', actorRole: 'SYSTEM' });
  });

  it('written notice, signature with an opinion, feedback and filing; then the cycle closes', async () => {
    t.clock.set(chinaTime('2026-03-02T09:00:00'));
    const all = await assessmentsOfCycle();
    expect(all.every((a) => a.state === 'decided')).toBe(true);
    for (const a of all) {
      await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: a.id });
      const signer = a.cadre ? people.get(a.cadre.id)!.token : [...people.values()].find((p) => p.position === 'PRINCIPAL')!.token;
      const opinion = a.id === changed.id ? '本人对调整结果无异议。' : null;
      await act(t, signer, 'signWrittenNotice', { assessmentId: a.id, opinion });
      await act(t, tokens.assessor!, 'giveFeedback', { assessmentId: a.id, strengths: '工作扎实。', shortcomings: '创新不足。', improvementDemands: '加强学习，提升创新能力。' });
      const filed = await act(t, tokens.orgadmin!, 'fileAssessment', { assessmentId: a.id });
      expect(filed.state).toBe('filed');
      expect(filed.availableActions).toEqual([]);
    }
    const closed = await t.gql<{ closeCycle: { state: string } }>(`mutation($input: CycleActionInput!) { closeCycle(input: $input) { state } }`, { input: { cycleId } }, { token: tokens.orgadmin });
    expect(closed.data!.closeCycle.state).toBe('closed');
  });

  it('the cadre was told only what to act on or know, and every assessment’s audit trail replays to its stored snapshot', async () => {
    const [first] = [...people.values()];
    const told = ((await t.dataSource.query(
      `SELECT n.kind FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.assessment_id = $1 AND u.cadre_id IS NOT NULL ORDER BY n.id`,
      [first!.assessment.id],
    )) as Array<{ kind: string }>).map((r) => r.kind);
    // The written notice to sign and the feedback reach them; the team's and the committee's steps do not.
    expect(told).toEqual(expect.arrayContaining(['ISSUE_WRITTEN_NOTICE', 'GIVE_FEEDBACK']));
    for (const internal of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'RECORD_TALK', 'RECORD_OPINION', 'PROPOSE_GRADE', 'APPROVE_GRADE', 'CHANGE_GRADE', 'CLOSE_NOTICE', 'FILE']) {
      expect(told).not.toContain(internal);
    }
    expect(told.length).toBeLessThanOrEqual(5);

    const rows: Array<{ id: string; machine_id: string; input: never; snapshot: { value: unknown; context: unknown } }> = await t.dataSource.query(
      `SELECT id, machine_id, input, snapshot FROM assessment WHERE cycle_id = $1`,
      [cycleId],
    );
    for (const row of rows) {
      const spec = machineSpec(row.machine_id);
      const trail: Array<{ payload: { event: never }; from_version: number; to_state: string }> = await t.dataSource.query(
        `SELECT payload, from_version, to_state FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1 ORDER BY seq`,
        [row.id],
      );
      expect(trail.map((r) => r.from_version)).toEqual(trail.map((_, i) => i + 1));
      let [snapshot] = initialTransition(spec.machine, row.input);
      for (const step of trail) {
        [snapshot] = transition(spec.machine, snapshot, step.payload.event);
        expect(flattenStateValue(snapshot.value)).toBe(step.to_state);
      }
      expect(JSON.parse(JSON.stringify({ value: snapshot.value, context: snapshot.context }))).toEqual({ value: row.snapshot.value, context: row.snapshot.context });
    }
  });
});
