import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 11: the democratic evaluation was closed with zero invitations and
 * zero ballots, and a grade proposed after it. The ballots close only with
 * the cycle's minimum turnout met (80% by default: 民主测评参评率) — nobody
 * invited never meets it — or with an explicit exception whose reason is
 * recorded with who gave it, on the assessment and in the audit trail.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
const ids: string[] = [];
const raters: Array<{ id: string; token: string }> = [];

const CLOSE = `mutation($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {
  closeBallots(input: $input, turnoutException: $turnoutException) {
    state availableActions context
    turnoutException { reason recordedBy recordedAt invited returned turnoutPercent minimumTurnoutPercent }
  }
}`;
type Closed = {
  state: string;
  availableActions: string[];
  context: { evaluation: { turnout: unknown; turnoutException: unknown } };
  turnoutException: { reason: string; recordedBy: string | null; recordedAt: string; invited: number; returned: number; turnoutPercent: number; minimumTurnoutPercent: number } | null;
};
const close = (assessmentId: string, reason?: string) =>
  t.gql<{ closeBallots: Closed }>(CLOSE, { input: { assessmentId }, ...(reason === undefined ? {} : { turnoutException: { reason } }) }, { token: tokens.assessor });
const stateOf = async (id: string) => (await t.gql<{ assessment: { state: string; availableActions: string[] } }>(`query($id: ID!) { assessment(id: $id) { state availableActions } }`, { id }, { token: tokens.assessor })).data!.assessment;

/** Invites the first `invited` raters to the assessment (as peers) and lets the first `voted` of them vote. */
async function turnout(assessmentId: string, invited: number, voted: number): Promise<void> {
  if (invited === 0) return;
  const res = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
    input: { assessmentId, raters: raters.slice(0, invited).map((r) => ({ userId: r.id, group: 'PEER' })) },
  }, { token: tokens.assessor });
  expect(res.errors).toBeUndefined();
  for (const r of raters.slice(0, voted)) {
    const cast = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
      input: { assessmentId, overall: 'COMPETENT', scores: { morality: 85, ability: 84, diligence: 86, results: 83, integrity: 88 } },
    }, { token: r.token });
    expect(cast.errors).toBeUndefined();
  }
}

// [what, invited, voted, exception reason (none: undefined)]
const CASES: Array<[string, number, number, string | undefined]> = [
  ['nobody invited, no exception', 0, 0, undefined],
  ['7 of 10 returned (70%), no exception', 10, 7, undefined],
  ['8 of 10 returned (80%)', 10, 8, undefined],
  ['nobody invited, with a recorded exception', 0, 0, '该单位机构改革撤并，测评对象已无法组织民主测评'],
  ['7 of 10 returned, with a recorded exception', 10, 7, '3名测评人因抗洪抢险无法参加测评'],
  ['9 of 10 returned, with an exception it does not need', 10, 9, '无须例外'],
  ['7 of 10 returned, with a blank reason', 10, 7, '   '],
];

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'auditor', 'sysadmin']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(
    `SELECT a.id FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND a.overlay = 'NONE' ORDER BY c.person_no LIMIT $2`,
    [cycleId, CASES.length],
  )) as Array<{ id: string }>;
  ids.push(...rows.map((r) => r.id));
  await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
  for (const r of await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', 10, 'rater.turnout')) raters.push({ id: r.id, token: await t.signIn(r.username, r.password) });
  for (const [i, [, invited, voted]] of CASES.entries()) await turnout(ids[i]!, invited, voted);
});
afterAll(() => t?.close());

describe('closing the democratic evaluation needs the minimum turnout (80%) or a recorded exception', () => {
  it.each([
    [0, 0, 0, 0],
    [1, 10, 7, 70],
  ])('case %i: %i invited, %i returned (%i%) — refused, naming the rule and its facts; nothing changes', async (i, invited, returned, percent) => {
    const res = await close(ids[i]!);
    expect(codeOf(res)).toBe('INVALID_TRANSITION');
    expect(res.errors![0]!.extensions).toMatchObject({ rule: 'MINIMUM_TURNOUT', event: 'CLOSE_BALLOTS', invited, returned, turnoutPercent: percent, minimumTurnoutPercent: 80 });
    // Still open, and CLOSE_BALLOTS still offered: the exception path exists.
    const after = await stateOf(ids[i]!);
    expect(after.state).toBe('evaluation.ballotsOpen');
    expect(after.availableActions).toContain('CLOSE_BALLOTS');
    // No proposal before the evaluation closes.
    const propose = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { state } }`, { input: { assessmentId: ids[i], grade: 'COMPETENT', comment: '称职' } }, { token: tokens.assessor });
    expect(codeOf(propose)).toBe('INVALID_TRANSITION');
  });

  it.each([
    [2, 10, 8, 80, null],
    [3, 0, 0, 0, '该单位机构改革撤并，测评对象已无法组织民主测评'],
    [4, 10, 7, 70, '3名测评人因抗洪抢险无法参加测评'],
    [5, 10, 9, 90, null],
  ])('case %i: %i invited, %i returned (%i%) — closes; the exception recorded: %s', async (i, invited, returned, percent, recordedReason) => {
    const res = await close(ids[i]!, CASES[i]![3]);
    expect(res.errors).toBeUndefined();
    const closed = res.data!.closeBallots;
    expect(closed.state).toBe('evaluation.ballotsClosed');
    expect(closed.context.evaluation.turnout).toEqual({ invited, returned, percent, minimumPercent: 80 });
    if (recordedReason === null) {
      expect(closed.turnoutException).toBeNull();
      expect(closed.context.evaluation.turnoutException).toBeNull();
    } else {
      expect(closed.turnoutException).toMatchObject({ reason: recordedReason, recordedBy: '省考核组 第一组', invited, returned, turnoutPercent: percent, minimumTurnoutPercent: 80 });
      expect(new Date(closed.turnoutException!.recordedAt).toISOString()).toBe(new Date('2026-01-08T09:00:00+08:00').toISOString());
    }
    // The audit trail names who closed, with the turnout and the exception's reason.
    const [audit] = (await t.dataSource.query(
      `SELECT a.payload, u.username FROM audit_log a JOIN user_account u ON u.id = a.actor_user_id WHERE a.entity_type = 'assessment' AND a.entity_id = $1 AND a.action = 'CLOSE_BALLOTS'`,
      [ids[i]],
    )) as Array<{ payload: Record<string, unknown>; username: string }>;
    expect(audit!.username).toBe('assessor');
    expect(audit!.payload).toMatchObject({ turnout: { invited, returned, percent, minimumPercent: 80 }, turnoutException: recordedReason === null ? null : { reason: recordedReason } });
  });

  it('an exception without a reason is a VALIDATION error naming the field; nothing changes', async () => {
    const res = await close(ids[6]!, CASES[6]![3]);
    expect(codeOf(res)).toBe('VALIDATION');
    expect(JSON.stringify(res.errors![0]!.extensions)).toContain('turnoutException.reason');
    expect((await stateOf(ids[6]!)).state).toBe('evaluation.ballotsOpen');
  });
});
