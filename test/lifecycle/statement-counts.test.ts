import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRaters } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * What each step of an annual assessment costs in SQL statements, counted
 * with the test app's query log over one whole lifecycle through the API
 * (the session lookup, BEGIN and COMMIT included): a step that starts
 * sending more fails here. The figures are those `npm run bench:transitions
 * -- --mix lifecycle` counts on the same steps; the steps whose only write
 * is the transition's statement run without BEGIN and COMMIT.
 */

let t: TestApp;
const counts = new Map<string, string[]>();
let cadreToken: string;
let assessmentId: string;
const tokens: Record<string, string> = {};
let raterTokens: string[] = [];

/** Runs a step and keeps the statements it sent. */
async function counted<T>(step: string, run: () => Promise<T>): Promise<T> {
  t.queries.length = 0;
  const result = await run();
  counts.set(step, [...t.queries]);
  return result;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set('2026-01-06T09:00:00+08:00');
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'sysadmin', 'cadre']) tokens[u] = await t.signIn(u);
  cadreToken = tokens.cadre!;
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const mine = await t.gql<{ myAssessments: Array<{ id: string; cycle: { id: string } }> }>(`{ myAssessments { id cycle { id } } }`, {}, { token: cadreToken });
  assessmentId = mine.data!.myAssessments.find((a) => a.cycle.id === cycleId)!.id;
  await writeSelfReport(t, cadreToken, assessmentId, 0);
  const raters = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 3, 'rater.count');
  raterTokens = await Promise.all(raters.map((r) => t.signIn(r.username, r.password)));

  const id = assessmentId;
  await counted('submitSelfReport', () => act(t, cadreToken, 'submitSelfReport', { assessmentId: id }));
  await counted('acceptSelfReport', () => act(t, tokens.assessor!, 'acceptSelfReport', { assessmentId: id }));
  await counted('openBallots', () => act(t, tokens.assessor!, 'openBallots', { assessmentId: id }));
  const invited = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
    input: { assessmentId: id, raters: raters.map((r, i) => ({ userId: r.id, group: ['SUPERIOR', 'PEER', 'SUBORDINATE'][i] })) },
  }, { token: tokens.assessor });
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  for (const [i, token] of raterTokens.entries()) {
    await counted('castBallot', async () => {
      const res = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
        input: { assessmentId: id, overall: 'COMPETENT', scores: { morality: 85 + i, ability: 86, diligence: 87, results: 88, integrity: 90 } },
      }, { token });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    });
  }
  await counted('recordTalk', () => act(t, tokens.assessor!, 'recordTalk', { assessmentId: id, summary: '与分管领导谈话：工作扎实。' }));
  await counted('recordOpinion', () => act(t, tokens.discipline!, 'recordOpinion', { assessmentId: id, source: 'DISCIPLINE', summary: '经查，未发现违纪违法问题。' }));
  await counted('closeBallots', () => act(t, tokens.assessor!, 'closeBallots', { assessmentId: id }));
  await counted('completeEvaluation', () => act(t, tokens.assessor!, 'completeEvaluation', { assessmentId: id }));
  await counted('proposeGrade', () => act(t, tokens.assessor!, 'proposeGrade', { assessmentId: id, grade: 'COMPETENT', comment: '该同志工作认真负责。' }));
  const decided = await counted('approveGrade', () => act(t, tokens.committee!, 'approveGrade', { assessmentId: id, collective: unanimous }));
  if (decided.state !== 'decided') throw new Error(`approveGrade left ${decided.state}`);
  await counted('issueWrittenNotice', () => act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: id }));
  await counted('signWrittenNotice', () => act(t, cadreToken, 'signWrittenNotice', { assessmentId: id, opinion: null }));
  await counted('giveFeedback', () => act(t, tokens.assessor!, 'giveFeedback', { assessmentId: id, strengths: '工作扎实。', shortcomings: '创新不足。', improvementDemands: '加强学习。' }));
  const filed = await counted('fileAssessment', () => act(t, tokens.orgadmin!, 'fileAssessment', { assessmentId: id }));
  if (filed.state !== 'filed') throw new Error(`fileAssessment left ${filed.state}`);
});
afterAll(() => t?.close());

const inTransaction = (statements: string[]) => statements.some((q) => /^\s*(START TRANSACTION|BEGIN)/i.test(q));

describe('statements per step of an annual assessment, through the API', () => {
  // step → at most this many statements (session lookup, BEGIN and COMMIT included), and whether it runs in a transaction.
  it.each([
    // The first step of the run also reads the cycle's deadlines (cached per process after that): 4 once warm (was 7): the row, the
    // report, then one statement that also stamps the report submitted, without BEGIN and COMMIT.
    ['submitSelfReport', 5, false],
    ['acceptSelfReport', 3, false],
    ['openBallots', 3, false],
    // One read (the row, the invitation, the box's head), then one statement (was 8, in a transaction).
    ['castBallot', 3, false],
    ['recordTalk', 3, false],
    ['recordOpinion', 3, false],
    // The minimum and the turnout in one read; the box opened in two statements (was 17).
    ['closeBallots', 8, true],
    ['completeEvaluation', 3, false],
    // The grade facts of one decision are one statement: the subject's own facts (penalties, findings, accusations, status periods, the
    // cycle's settings) with the business assessments ("1+N"), the corroborating findings and veto consultations, and the regular and
    // special results with the engine's stored score (was five more reads, one statement each); the pool with its raises is another.
    // One more, on purpose: SET LOCAL plan_cache_mode before the facts statement, which PostgreSQL otherwise planned afresh on every
    // call (9 ms each in the lifecycle mix, against a round trip of well under 0.1 ms).
    ['proposeGrade', 8, true],
    // Then the result version, and the outcomes: the subject read with its reconciliation lock in one statement, its results, status
    // periods and tasks (locked) in another (was four: the lock, then each read).
    ['approveGrade', 12, true],
    ['issueWrittenNotice', 3, false],
    ['signWrittenNotice', 3, false],
    ['giveFeedback', 3, false],
    ['fileAssessment', 3, false],
  ] as const)('%s sends at most %i statements (in a transaction: %s)', (step, max, transaction) => {
    const statements = counts.get(step);
    expect(statements, `${step} was not run`).toBeDefined();
    expect(statements!.length, statements!.map((q) => q.replace(/\s+/g, ' ').slice(0, 100)).join('\n')).toBeLessThanOrEqual(max);
    expect(inTransaction(statements!)).toBe(transaction);
  });

  it.each([
    ['issueWrittenNotice', true],
    ['giveFeedback', true],
    ['acceptSelfReport', false],
  ])('%s writes the state, its audit row (and the assessed’s notification: %s) in one statement', (step, notified) => {
    const statements = counts.get(step)!;
    const writes = statements.filter((q) => /^\s*(WITH|UPDATE|INSERT|DELETE)\b/i.test(q));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/WITH upd AS \(\s*UPDATE assessment[\s\S]*INSERT INTO audit_log/);
    expect(/INSERT INTO notification/.test(writes[0]!)).toBe(notified);
  });
});
