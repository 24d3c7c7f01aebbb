import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castIntoBox, isBoxHeadTaken, readCastFacts } from '../../server/grading/ballot-box.service.js';
import { verifyAuditChain } from '../../server/audit/audit.service.js';
import type { OverallVote } from '../../workflows/grading/ballots.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { act, openCycleFor, TURNOUT_EXCEPTION } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A ballot is one read and one statement (evaluation.service.ts castBallot):
 * ballots cast into one box at the same moment, the same rater twice at once,
 * a head that moved between the read and the write, and a close racing the
 * casts. Every ballot is counted once or refused, nothing is half written,
 * and the box's trail stays one unbroken chain.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let boxes: string[];
const raters: Array<{ id: string; token: string }> = [];
const RATERS = 8;

const cast = (token: string, assessmentId: string, score: number, overall: OverallVote = 'COMPETENT') =>
  t.gql<{ castBallot: boolean }>(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
    input: { assessmentId, overall, scores: { morality: score, ability: score, diligence: score, results: score, integrity: score } },
  }, { token });

async function box(assessmentId: string) {
  const [row] = (await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM sealed_ballot WHERE assessment_id = $1) AS sealed,
            (SELECT count(*)::int FROM ballot WHERE assessment_id = $1) AS ballots,
            (SELECT count(*)::int FROM rater_invitation WHERE assessment_id = $1 AND voted) AS voted,
            (SELECT count(*)::int FROM audit_log WHERE entity_type = 'ballot_box' AND entity_id = $1::text AND action = 'BALLOT_CAST') AS cast,
            (SELECT array_agg(seq ORDER BY seq) FROM audit_log WHERE entity_type = 'ballot_box' AND entity_id = $1::text) AS seqs`,
    [assessmentId],
  )) as Array<{ sealed: number; ballots: number; voted: number; cast: number; seqs: number[] | null }>;
  return row!;
}

const chainOk = async (assessmentId: string) => (await verifyAuditChain(t.dataSource.manager, { entityType: 'ballot_box', entityId: assessmentId })).ok;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'sysadmin']) tokens[u] = await t.signIn(u);
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(
    `SELECT a.id FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no LIMIT 4`,
    [cycleId],
  )) as Array<{ id: string }>;
  boxes = rows.map((r) => r.id);
  await advanceAssessments(t, cycleId, boxes, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
  for (const r of await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', RATERS, 'rater.race')) raters.push({ id: r.id, token: await t.signIn(r.username, r.password) });
  for (const assessmentId of boxes) {
    const res = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
      input: { assessmentId, raters: raters.map((r) => ({ userId: r.id, group: 'PEER' })) },
    }, { token: tokens.assessor });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(() => t?.close());

describe('ballots cast at the same moment', () => {
  it('every rater of a box at once: each ballot sealed and audited once, the trail one chain', async () => {
    const results = await Promise.all(raters.map((r, i) => cast(r.token, boxes[0]!, 70 + i)));
    expect(results.map((r) => r.errors)).toEqual(raters.map(() => undefined));
    expect(await box(boxes[0]!)).toEqual({ sealed: RATERS, ballots: 0, voted: RATERS, cast: RATERS, seqs: Array.from({ length: RATERS }, (_, i) => i + 1) });
    expect(await chainOk(boxes[0]!)).toBe(true);
  });

  it('the same rater twice at once: one ballot counts, the other is CONFLICT', async () => {
    const results = await Promise.all([cast(raters[0]!.token, boxes[1]!, 80), cast(raters[0]!.token, boxes[1]!, 60)]);
    expect(results.map((r) => r.errors?.length ? codeOf(r) : 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    expect(await box(boxes[1]!)).toMatchObject({ sealed: 1, voted: 1, cast: 1 });
  });

  it('a head that moved between the read and the write: the statement writes nothing, and the cast then goes through', async () => {
    const stale = await readCastFacts(t.dataSource.manager, boxes[1]!, raters[1]!.id);
    expect((await cast(raters[2]!.token, boxes[1]!, 75)).errors).toBeUndefined();
    const runner = t.dataSource.createQueryRunner();
    try {
      const attempt = castIntoBox(runner.manager, boxes[1]!, stale!, { group: 'PEER', scores: { MORALITY: 90, ABILITY: 90, DILIGENCE: 90, RESULTS: 90, INTEGRITY: 90 }, overall: 'EXCELLENT' }, new Date('2026-01-07T16:00:00Z'));
      await expect(attempt).rejects.toSatisfy(isBoxHeadTaken);
    } finally {
      await runner.release();
    }
    // Nothing of the failed statement stayed: the rater has not voted, no sealed row was added.
    expect(await box(boxes[1]!)).toMatchObject({ sealed: 2, voted: 2, cast: 2 });
    expect((await cast(raters[1]!.token, boxes[1]!, 90, 'EXCELLENT')).errors).toBeUndefined();
    expect(await box(boxes[1]!)).toMatchObject({ sealed: 3, voted: 3, cast: 3, seqs: [1, 2, 3] });
    expect(await chainOk(boxes[1]!)).toBe(true);
  });

  it('a close racing the ballots: each ballot is opened with the box or refused as the ballots closed, never lost', async () => {
    const target = boxes[2]!;
    const [closed, ...casts] = await Promise.all([
      act(t, tokens.assessor!, 'closeBallots', { assessmentId: target }, TURNOUT_EXCEPTION),
      ...raters.map((r, i) => cast(r.token, target, 60 + i)),
    ]);
    expect(closed.state).not.toBe('evaluation.ballotsOpen');
    const codes = casts.map((r) => (r.errors?.length ? codeOf(r) : 'ok'));
    for (const c of codes) expect(['ok', 'INVALID_TRANSITION']).toContain(c);
    const accepted = codes.filter((c) => c === 'ok').length;
    const after = await box(target);
    expect(after).toMatchObject({ sealed: 0, ballots: accepted, voted: accepted, cast: accepted });
    expect(await chainOk(target)).toBe(true);
  });
});
