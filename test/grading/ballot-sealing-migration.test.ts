import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealedBallots1764700000000 } from '../../migrations/1764700000000-SealedBallots.js';
import { openClosedBallotBoxes } from '../../server/grading/ballot-box.service.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The migration that seals ballots, over ballots stored the old way (with
 * their day, in casting order, tallied live): those of a box still open are
 * sealed and their tally dropped; the others are written again shuffled with
 * new ids and no day. Opening the box later gives back the same ballots.
 */
let t: TestApp;
let open: string;
let closed: string;
const SCORES = [71, 82, 93];

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
  const cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
  const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL ORDER BY id LIMIT 2`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  [open, closed] = ids as [string, string];
  await advanceAssessments(t, cycleId, ids, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
  await advanceAssessments(t, cycleId, [closed], ['CLOSE_BALLOTS']);
  const users = ((await t.dataSource.query(`SELECT id FROM user_account ORDER BY username LIMIT 3`)) as Array<{ id: string }>).map((r) => r.id);
  const runner = t.dataSource.createQueryRunner();
  await runner.startTransaction();
  await new SealedBallots1764700000000().down(runner);
  for (const a of ids) {
    for (const [i, s] of SCORES.entries()) {
      await runner.query(`INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_at, voted) VALUES ($1, $2, 'PEER', now(), true)`, [a, users[i]]);
      await runner.query(`INSERT INTO ballot (assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on) VALUES ($1, 'PEER', $2, $2, $2, $2, $2, 'COMPETENT', '2026-01-0${i + 5}')`, [a, s]);
    }
  }
  await runner.query(`INSERT INTO ballot_tally SELECT assessment_id, rater_group, count(*), sum(morality), sum(morality), sum(ability), sum(diligence), sum(results), sum(integrity), 0, count(*), 0 FROM ballot GROUP BY 1, 2`);
  await runner.commitTransaction();
  await runner.startTransaction();
  await new SealedBallots1764700000000().up(runner);
  await runner.commitTransaction();
  await runner.release();
}, 180_000);
afterAll(() => t?.close());

describe('sealing the ballots stored before', () => {
  it('seals the ballots of a box still open and drops its live tally', async () => {
    const [row] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ballot WHERE assessment_id = $1) AS ballots, (SELECT count(*)::int FROM ballot_tally WHERE assessment_id = $1) AS tallies,
              (SELECT count(*)::int FROM sealed_ballot WHERE assessment_id = $1) AS sealed`,
      [open],
    )) as Array<{ ballots: number; tallies: number; sealed: number }>;
    expect(row).toEqual({ ballots: 0, tallies: 0, sealed: 3 });
  });

  it('writes the others again with no day, keeping their tally', async () => {
    const rows: Array<{ morality: string; cast_on: string | null }> = await t.dataSource.query(`SELECT morality, cast_on FROM ballot WHERE assessment_id = $1`, [closed]);
    expect(rows.map((r) => Number(r.morality)).sort()).toEqual(SCORES);
    expect(rows.every((r) => r.cast_on === null)).toBe(true);
    expect(((await t.dataSource.query(`SELECT n FROM ballot_tally WHERE assessment_id = $1`, [closed])) as Array<{ n: number }>)[0]!.n).toBe(3);
  });

  it('the sealed ones open after the close to the same ballots', async () => {
    const [{ cycle_id }] = (await t.dataSource.query(`SELECT cycle_id FROM assessment WHERE id = $1`, [open])) as [{ cycle_id: string }];
    await advanceAssessments(t, cycle_id, [open], ['CLOSE_BALLOTS']);
    expect(await openClosedBallotBoxes(t.dataSource.manager, [open])).toBe(1);
    const rows: Array<{ morality: string; cast_on: string | null }> = await t.dataSource.query(`SELECT morality, cast_on FROM ballot WHERE assessment_id = $1`, [open]);
    expect(rows.map((r) => Number(r.morality)).sort()).toEqual(SCORES);
    expect(rows.every((r) => r.cast_on === null)).toBe(true);
  });
});
