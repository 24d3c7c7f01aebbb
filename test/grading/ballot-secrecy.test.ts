import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBallotBox } from '../../server/grading/ballot-box.service.js';
import { aggregateBallots, type Ballot, type OverallVote } from '../../workflows/grading/ballots.js';
import { DEFAULT_RULE_SETTINGS, type RaterGroup } from '../../workflows/rules/settings.js';
import { advanceAssessments, createRaters } from '../support/cycle-fixture.js';
import { act, openCycleFor, TURNOUT_EXCEPTION } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Secret ballots by construction, probed as the hostile tester of issue 12
 * did: the evaluation read before and after one ballot, a hidden group solved
 * from the totals, the trail an auditor reads, and SQL joins over the tables
 * (transaction ids, physical order, timestamps) that linked ballots to raters.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let target: { assessmentId: string; cadreId: string };
let other: string;
let third: string;
const raters: Array<{ id: string; token: string; group: RaterGroup; ballot: { scores: number; overall: OverallVote } }> = [];

// Six peers (shown: the anonymity minimum is 5) and two superiors (hidden), each with a ballot no other rater casts.
const PLAN: Array<[RaterGroup, number, OverallVote]> = [
  ['PEER', 70, 'COMPETENT'],
  ['PEER', 73, 'COMPETENT'],
  ['PEER', 76, 'BASICALLY_COMPETENT'],
  ['PEER', 79, 'COMPETENT'],
  ['PEER', 82, 'EXCELLENT'],
  ['PEER', 85, 'EXCELLENT'],
  ['SUPERIOR', 40, 'INCOMPETENT'],
  ['SUPERIOR', 99, 'EXCELLENT'],
];

const EVALUATION = `query($id: ID!) { assessment(id: $id) { evaluation } }`;
type Evaluation = {
  sealed: boolean;
  invited: number;
  returned: number;
  counted: number;
  turnoutPercent: number;
  valid: boolean;
  score: number | null;
  votes: Record<string, number> | null;
  groups: Array<{ group: string; ballots: number; invited: number; shown: boolean; score: number | null; dimensions: Record<string, number> | null }>;
};
const evaluation = async (id = target.assessmentId) => {
  const res = await t.gql<{ assessment: { evaluation: Evaluation } }>(EVALUATION, { id }, { token: tokens.orgadmin });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.assessment.evaluation;
};
const cast = (token: string, assessmentId: string, score: number, overall: OverallVote) =>
  t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
    input: { assessmentId, overall, scores: { morality: score, ability: score, diligence: score, results: score, integrity: score } },
  }, { token });
const profile = async () =>
  (await t.gql<{ cadreProfile: Array<{ ballotAverages: { ballots: number; morality: number } | null }> }>(`query($id: ID!) { cadreProfile(cadreId: $id) { ballotAverages { ballots morality } } }`, { id: target.cadreId }, { token: tokens.orgadmin })).data!
    .cadreProfile[0]!.ballotAverages;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'auditor', 'sysadmin']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(
    `SELECT a.id AS "assessmentId", a.cadre_id AS "cadreId" FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 ORDER BY c.person_no LIMIT 3`,
    [cycleId],
  )) as Array<{ assessmentId: string; cadreId: string }>;
  target = rows[0]!;
  other = rows[1]!.assessmentId;
  third = rows[2]!.assessmentId;
  await advanceAssessments(t, cycleId, [target.assessmentId, other, third], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
  const created = await createRaters(t, tokens.sysadmin!, 'QH-TN-DJ', PLAN.length, 'rater.secret');
  for (const [i, r] of created.entries()) {
    const [group, scores, overall] = PLAN[i]!;
    raters.push({ id: r.id, token: await t.signIn(r.username, r.password), group, ballot: { scores, overall } });
  }
  for (const assessmentId of [target.assessmentId, other, third]) {
    const res = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
      input: { assessmentId, raters: raters.map((r) => ({ userId: r.id, group: r.group })) },
    }, { token: tokens.assessor });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(() => t?.close());

describe('secret ballots', () => {
  it('while the ballots are open the evaluation shows the turnout only: one ballot changes nothing but the counts', async () => {
    const before = await evaluation();
    expect(before).toMatchObject({ sealed: true, invited: 8, returned: 0, score: null, votes: null });
    const [first] = raters;
    expect((await cast(first!.token, target.assessmentId, first!.ballot.scores, first!.ballot.overall)).errors).toBeUndefined();
    const after = await evaluation();
    expect(after).toMatchObject({ sealed: true, returned: 1, turnoutPercent: 12.5, score: null, votes: null });
    // Everything but the turnout counts is the same.
    const withoutTurnout = (e: Evaluation) => ({ ...e, returned: 0, turnoutPercent: 0, groups: e.groups.map((g) => ({ ...g, ballots: 0 })) });
    expect(withoutTurnout(after)).toEqual(withoutTurnout(before));
    for (const g of after.groups) expect(g).toMatchObject({ shown: false, score: null, dimensions: null });
    expect(await profile()).toBeNull();
  });

  it('a ballot is sealed: nothing tallied, no plaintext row, ciphertexts of one length that repeat nothing', async () => {
    for (const r of raters.slice(1)) expect((await cast(r.token, target.assessmentId, r.ballot.scores, r.ballot.overall)).errors).toBeUndefined();
    const [counts] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ballot WHERE assessment_id = $1) AS ballots, (SELECT count(*)::int FROM ballot_tally WHERE assessment_id = $1) AS tallies,
              (SELECT count(*)::int FROM sealed_ballot WHERE assessment_id = $1) AS sealed, (SELECT count(DISTINCT sealed)::int FROM sealed_ballot WHERE assessment_id = $1) AS distinct_sealed,
              (SELECT array_agg(DISTINCT octet_length(sealed)) FROM sealed_ballot WHERE assessment_id = $1) AS lengths`,
      [target.assessmentId],
    )) as Array<{ ballots: number; tallies: number; sealed: number; distinct_sealed: number; lengths: number[] }>;
    expect(counts).toEqual({ ballots: 0, tallies: 0, sealed: 8, distinct_sealed: 8, lengths: [41] });
    const columns = ((await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'sealed_ballot' ORDER BY column_name`)) as Array<{ column_name: string }>).map((c) => c.column_name);
    expect(columns).toEqual(['assessment_id', 'id', 'sealed']);
  });

  it('one ballot per invited rater: a second vote is CONFLICT; the box cannot be opened while the ballots are open', async () => {
    expect(codeOf(await cast(raters[0]!.token, target.assessmentId, 1, 'INCOMPETENT'))).toBe('CONFLICT');
    await expect(t.dataSource.transaction((m) => openBallotBox(m, target.assessmentId))).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('the close opens the box in its own transaction: turnout verified, a hidden group in no figure, totals those of the shown group', async () => {
    await act(t, tokens.assessor!, 'closeBallots', { assessmentId: target.assessmentId });
    // Opened by the close itself, before anything reads the ballots.
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM sealed_ballot WHERE assessment_id = $1`, [target.assessmentId])) as [{ n: number }])[0].n).toBe(0);
    expect(codeOf(await cast(raters[0]!.token, target.assessmentId, 1, 'INCOMPETENT'))).toBe('CONFLICT');
    const ev = await evaluation();
    const [{ ballots, voted, sealed }] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ballot WHERE assessment_id = $1) AS ballots, (SELECT count(*)::int FROM rater_invitation WHERE assessment_id = $1 AND voted) AS voted,
              (SELECT count(*)::int FROM sealed_ballot WHERE assessment_id = $1) AS sealed`,
      [target.assessmentId],
    )) as [{ ballots: number; voted: number; sealed: number }];
    expect({ ballots, voted, sealed }).toEqual({ ballots: 8, voted: 8, sealed: 0 });
    expect(ev).toMatchObject({ sealed: false, invited: 8, returned: 8, counted: 6, turnoutPercent: 100, valid: true });
    const superior = ev.groups.find((g) => g.group === 'SUPERIOR')!;
    const peer = ev.groups.find((g) => g.group === 'PEER')!;
    expect(superior).toMatchObject({ shown: false, score: null, dimensions: null });
    // The totals are exactly the shown group's: nothing is left over to solve a superior's ballot from.
    const peers = PLAN.filter(([g]) => g === 'PEER');
    const peerMean = peers.reduce((s, [, x]) => s + x, 0) / peers.length;
    expect(peer).toMatchObject({ shown: true, ballots: 6, score: peerMean });
    expect(ev.score).toBe(peer.score);
    expect(ev.votes).toEqual({ excellentPercent: 33.33, excellentOrCompetentPercent: 83.33, incompetentPercent: 0 });
    const reference = aggregateBallots(
      PLAN.map(([group, s, overall]): Ballot => ({ group, overall, scores: { MORALITY: s, ABILITY: s, DILIGENCE: s, RESULTS: s, INTEGRITY: s } })),
      { PEER: 6, SUPERIOR: 2 },
      DEFAULT_RULE_SETTINGS,
    );
    expect({ score: ev.score, votes: ev.votes, counted: ev.counted }).toEqual({ score: reference.score, votes: reference.votes, counted: reference.counted });
    expect(await profile()).toEqual({ ballots: 6, morality: peerMean });
    // Idempotent: a second opening finds nothing sealed and changes nothing.
    expect(await t.dataSource.transaction((m) => openBallotBox(m, target.assessmentId))).toBeNull();
    expect(await evaluation()).toEqual(ev);
  });

  it('no SQL join over ballot, sealed_ballot, rater_invitation and the trail links a ballot to its rater', async () => {
    // The tester's join: the same transaction id (xmin) on the ballot and on the invitation marked voted.
    const byXmin = await t.dataSource.query(
      `SELECT i.rater_user_id, b.* FROM ballot b JOIN rater_invitation i ON i.xmin = b.xmin WHERE b.assessment_id = $1`,
      [target.assessmentId],
    );
    expect(byXmin).toEqual([]);
    // … and through the trail, which also shares the casting transaction.
    const viaTrail = await t.dataSource.query(
      `SELECT b.id FROM ballot b JOIN audit_log a ON a.xmin = b.xmin WHERE b.assessment_id = $1 AND a.action = 'BALLOT_CAST'`,
      [target.assessmentId],
    );
    expect(viaTrail).toEqual([]);
    // Every ballot was written by one statement: one transaction id, no day, nothing sealed left.
    const [shape] = (await t.dataSource.query(
      `SELECT count(DISTINCT xmin::text)::int AS xmins, count(cast_on)::int AS days FROM ballot WHERE assessment_id = $1`,
      [target.assessmentId],
    )) as Array<{ xmins: number; days: number }>;
    expect(shape).toEqual({ xmins: 1, days: 0 });
    // The order join: the n-th ballot by physical position (ctid) or by id, paired with the n-th voter by voting order (the invitation's xmin).
    const voters = new Map(raters.map((r) => [r.id, r.ballot]));
    for (const order of ['b.ctid', 'b.id']) {
      const paired: Array<{ rater_user_id: string; morality: string; overall: OverallVote }> = await t.dataSource.query(
        `WITH b AS (SELECT morality, overall, row_number() OVER (ORDER BY ${order}) AS n FROM ballot b WHERE assessment_id = $1),
              i AS (SELECT rater_user_id, row_number() OVER (ORDER BY xmin::text::bigint) AS n FROM rater_invitation WHERE assessment_id = $1 AND voted)
         SELECT i.rater_user_id, b.morality, b.overall FROM b JOIN i USING (n)`,
        [target.assessmentId],
      );
      expect(paired).toHaveLength(8);
      const right = paired.filter((p) => Number(p.morality) === voters.get(p.rater_user_id)!.scores).length;
      // Shuffled with a cryptographic generator: the pairing is a random permutation, never the voting order (1 chance in 8! of matching by luck).
      expect(right).toBeLessThan(8);
    }
  });

  it('the auditor sees that ballots went into the box, never by whom; the opening is audited with hidden groups as hidden', async () => {
    const res = await t.gql<{ auditLog: { nodes: Array<{ action: string; actorUserId: string | null; actorName: string | null; occurredAt: string; payload: Record<string, unknown> }> } }>(
      `query($id: String!) { auditLog(entityType: "ballot_box", entityId: $id, first: 50) { nodes { action actorUserId actorName occurredAt payload } } }`,
      { id: target.assessmentId },
      { token: tokens.auditor },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.auditLog.nodes;
    const casts = nodes.filter((n) => n.action === 'BALLOT_CAST');
    expect(casts).toHaveLength(8);
    for (const c of casts) expect(c).toMatchObject({ actorUserId: null, actorName: null, occurredAt: new Date('2026-01-08T00:00:00+08:00').toISOString() });
    expect(nodes.find((n) => n.action === 'BALLOT_BOX_OPENED')!.payload).toEqual({ opened: 8, ballots: 8, groups: { SUPERIOR: 'hidden', PEER: 6 } });
    // No ballot answers a search by voter.
    for (const r of raters.slice(0, 2)) {
      const mine = await t.gql<{ auditLog: { nodes: Array<{ action: string }> } }>(`query($u: ID!) { auditLog(actorUserId: $u, first: 50) { nodes { action } } }`, { u: r.id }, { token: tokens.auditor });
      expect(mine.data!.auditLog.nodes.map((n) => n.action)).not.toContain('BALLOT_CAST');
    }
    const stored = await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'BALLOT_CAST' AND (actor_user_id IS NOT NULL OR entity_type <> 'ballot_box')`);
    expect(stored).toEqual([]);
    const verified = await t.gql<{ verifyAuditChain: { ok: boolean } }>(`query($id: String!) { verifyAuditChain(entityType: "ballot_box", entityId: $id) { ok } }`, { id: target.assessmentId }, { token: tokens.auditor });
    expect(verified.data!.verifyAuditChain.ok).toBe(true);
  });

  it('a sealed ballot copied by someone who writes the database does not open: the close is refused and nothing is counted', async () => {
    expect((await cast(raters[0]!.token, other, 90, 'EXCELLENT')).errors).toBeUndefined();
    await t.dataSource.query(`INSERT INTO sealed_ballot (id, assessment_id, sealed) SELECT gen_random_uuid(), assessment_id, sealed FROM sealed_ballot WHERE assessment_id = $1`, [other]);
    // Turnout is not this test's subject: the close goes ahead by a recorded exception and meets the copied ballot.
    await expect(act(t, tokens.assessor!, 'closeBallots', { assessmentId: other }, TURNOUT_EXCEPTION)).rejects.toThrow(/cannot be opened.*"code":"INTERNAL"/);
    const [{ state }] = (await t.dataSource.query(`SELECT state FROM assessment WHERE id = $1`, [other])) as [{ state: string }];
    expect(state).toBe('evaluation.ballotsOpen');
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM ballot WHERE assessment_id = $1`, [other])) as [{ n: number }])[0].n).toBe(0);
  });

  it('a ballot removed with its voted mark before the opening is found: the trail of the box counted it, the close is refused, nothing is opened', async () => {
    for (const r of raters.slice(0, 2)) expect((await cast(r.token, third, 80, 'COMPETENT')).errors).toBeUndefined();
    await t.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM sealed_ballot WHERE id = (SELECT id FROM sealed_ballot WHERE assessment_id = $1 LIMIT 1)`, [third]);
      await m.query(`UPDATE rater_invitation SET voted = false WHERE assessment_id = $1 AND rater_user_id = $2`, [third, raters[0]!.id]);
    });
    await expect(act(t, tokens.assessor!, 'closeBallots', { assessmentId: third }, TURNOUT_EXCEPTION)).rejects.toThrow(/"code":"CONFLICT"/);
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM sealed_ballot WHERE assessment_id = $1`, [third])) as [{ n: number }])[0].n).toBe(1);
  });
});
