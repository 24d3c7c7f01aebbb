import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The assessed read the decision and its reasons, never the deliberation: the
 * demo cadre's year is proposed COMPETENT with a comment after a recorded
 * talk, the committee changes it to BASICALLY_COMPETENT with a reason and its
 * votes, the written notice is issued. Then the same fields are read by the
 * cadre and by those who decide, and the cadre is told only what they must
 * act on or should know.
 */
const FIELDS = `id proposedGrade finalGrade context objections { id } evaluationRecords { id } gradingResult { grade } gradeLimits { allowedGrades }
  historyPage(first: 200) { totalCount edges { node { action payload } } }`;

interface Read {
  proposedGrade: string | null;
  finalGrade: string | null;
  context: { proposal: unknown; decision: Record<string, unknown> | null; evaluation?: Record<string, unknown>; sendBacks?: number };
  objections: unknown[];
  evaluationRecords: unknown[];
  gradingResult: unknown;
  gradeLimits: unknown;
  historyPage: { totalCount: number; edges: Array<{ node: { action: string; payload: Record<string, unknown> } }> };
}

describe('what the assessed read of their own year', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let mine: string;
  let cadreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    for (const u of ['orgadmin', 'assessor', 'committee', 'cadre', 'auditor']) tokens[u] = await t.signIn(u);
    const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const [me] = (await t.dataSource.query(`SELECT cadre_id FROM user_account WHERE username = 'cadre'`)) as Array<{ cadre_id: string }>;
    cadreId = me!.cadre_id;
    const [row] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycleId, cadreId])) as Array<{ id: string }>;
    mine = row!.id;
    await advanceAssessments(t, cycleId, [mine], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    await act(t, tokens.assessor!, 'recordTalk', { assessmentId: mine, summary: '与分管领导谈话：工作扎实，但年度目标完成不够理想。' });
    await advanceAssessments(t, cycleId, [mine], ['CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: mine, grade: 'COMPETENT', comment: '工作扎实，作风务实。' });
    await act(t, tokens.committee!, 'changeGrade', { assessmentId: mine, grade: 'BASICALLY_COMPETENT', reason: '经集体研究，年度目标完成不够理想，调整为基本称职。', collective: unanimous });
    await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: mine });
  });
  afterAll(async () => {
    await t?.close();
  });

  const read = async (who: string): Promise<Read> => {
    const res = await t.gql<{ assessment: Read }>(`query($id: ID!) { assessment(id: $id) { ${FIELDS} } }`, { id: mine }, { token: tokens[who] });
    expect(res.errors).toBeUndefined();
    return res.data!.assessment;
  };

  it.each(['orgadmin', 'committee', 'assessor'])('%s reads the deliberation: the proposal, the change, its votes, the talk', async (who) => {
    const a = await read(who);
    expect(a.proposedGrade).toBe('COMPETENT');
    expect(a.finalGrade).toBe('BASICALLY_COMPETENT');
    expect(a.context.proposal).toMatchObject({ grade: 'COMPETENT', comment: '工作扎实，作风务实。' });
    expect(a.context.decision).toMatchObject({ grade: 'BASICALLY_COMPETENT', changedFrom: 'COMPETENT', reason: '经集体研究，年度目标完成不够理想，调整为基本称职。', collective: { votesFor: 8 } });
    expect(a.evaluationRecords).toHaveLength(1);
    const actions = a.historyPage.edges.map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(['RECORD_TALK', 'PROPOSE_GRADE', 'CHANGE_GRADE']));
  });

  it('the cadre reads the decision with its comment, and nothing of the proposal, the change, the votes or the talk', async () => {
    const a = await read('cadre');
    expect(a.finalGrade).toBe('BASICALLY_COMPETENT');
    expect(a.proposedGrade).toBeNull();
    expect(a.context.proposal).toBeNull();
    expect(a.context.decision).toEqual({ grade: 'BASICALLY_COMPETENT', at: expect.any(String), comment: '工作扎实，作风务实。' });
    expect(a.context.sendBacks).toBeUndefined();
    expect(Object.keys(a.context.evaluation ?? {}).sort()).toEqual(['ballotsClosedAt', 'ballotsOpenedAt']);
    expect(a.objections).toEqual([]);
    expect(a.evaluationRecords).toEqual([]);
    expect(a.gradingResult).toBeNull();
    expect(a.gradeLimits).toBeNull();
    const actions = a.historyPage.edges.map((e) => e.node.action);
    for (const hidden of ['RECORD_TALK', 'PROPOSE_GRADE', 'CHANGE_GRADE', 'APPROVE_GRADE', 'COMPLETE_EVALUATION']) expect(actions).not.toContain(hidden);
    expect(actions).toEqual(expect.arrayContaining(['SUBMIT_SELF_REPORT', 'ISSUE_WRITTEN_NOTICE']));
    expect(a.historyPage.totalCount).toBe(actions.length);
    const json = JSON.stringify(a);
    for (const secret of ['"COMPETENT"', '调整为基本称职', '与分管领导谈话', 'votesFor']) expect(json).not.toContain(secret);
  });

  it('the record says the committee decided, with the comment, and not what it changed', async () => {
    const q = `query($c: ID!) { cadreRecord(cadreId: $c) { results { grade decision proposedGrade changedFrom changeReason proposalComment } } }`;
    const own = await t.gql<{ cadreRecord: { results: Array<Record<string, unknown>> } }>(q, { c: cadreId }, { token: tokens.cadre });
    expect(own.errors).toBeUndefined();
    expect(own.data!.cadreRecord.results.at(-1)).toEqual({
      grade: 'BASICALLY_COMPETENT',
      decision: 'DECIDED',
      proposedGrade: null,
      changedFrom: null,
      changeReason: null,
      proposalComment: '工作扎实，作风务实。',
    });
    const staff = await t.gql<{ cadreRecord: { results: Array<Record<string, unknown>> } }>(q, { c: cadreId }, { token: tokens.orgadmin });
    expect(staff.data!.cadreRecord.results.at(-1)).toMatchObject({ decision: 'CHANGED', proposedGrade: 'COMPETENT', changedFrom: 'COMPETENT' });
  });

  it('the cadre was told to write the report and to sign the written notice, and of nothing in between', async () => {
    const told = ((await t.dataSource.query(
      `SELECT n.kind FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.assessment_id = $1 AND u.cadre_id = $2 ORDER BY n.id`,
      [mine, cadreId],
    )) as Array<{ kind: string }>).map((r) => r.kind);
    expect(told.filter((k) => k !== 'REMINDER')).toEqual(['START_SELF_REPORT', 'ISSUE_WRITTEN_NOTICE']);
  });
});
