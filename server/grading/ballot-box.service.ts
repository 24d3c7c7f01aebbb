import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DIMENSIONS, type Ballot } from '../../workflows/grading/ballots.js';
import { RATER_GROUPS, type RaterGroup } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import { preparedQuery } from '../common/sql.js';
import { openSealedBallot, sealBallot } from './ballot-seal.js';

/** While an assessment is in one of these states its ballot box is closed: ballots are sealed and nothing is tallied. */
export const SEALED_STATES: readonly string[] = ['evaluation.ballotsPending', 'evaluation.ballotsOpen'];

/** The audit stream of an assessment's ballot box: what was cast and opened, never by whom. */
export const BALLOT_BOX = 'ballot_box';

/**
 * Stores one ballot sealed, in the caller's transaction, in one statement
 * with marking its invitation voted and taking the box's audit lock (the
 * caller then appends the audit row as `serialized`): one round trip, not three.
 */
export async function sealIntoBox(m: EntityManager, assessmentId: string, invitationId: string, ballot: Ballot): Promise<void> {
  const id = randomUUID();
  await preparedQuery(
    m,
    `WITH voted AS (UPDATE rater_invitation SET voted = true WHERE id = $4),
          sealed AS (INSERT INTO sealed_ballot (id, assessment_id, sealed) VALUES ($1, $2, $3))
     SELECT pg_advisory_xact_lock(hashtextextended($5, 0))`,
    [id, assessmentId, sealBallot(ballot, assessmentId, id), invitationId, `audit:${BALLOT_BOX}:${assessmentId}`],
  );
}

/** Fisher–Yates with a cryptographic generator: the order ballots are written in says nothing of the order they were cast in. */
function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

export interface BallotBoxOpening {
  opened: number;
  byGroup: Partial<Record<RaterGroup, number>>;
}

/**
 * Opens an assessment's ballot box once its ballots are closed, in the
 * caller's transaction: decrypts every sealed ballot, writes them into
 * `ballot` in a shuffled order in one statement (new random ids, no day),
 * recomputes `ballot_tally` from all the assessment's ballots, deletes the
 * sealed rows and audits the opening (counts per group; a group below the
 * anonymity minimum only as hidden). Idempotent: with nothing sealed it does
 * nothing and returns null. Refuses while the ballots are still open, and
 * when the ballots do not match the voted invitations (turnout verified).
 *
 * Call it from the CLOSE_BALLOTS step (after the state is changed), and
 * before anything reads ballots or their tally.
 */
export async function openBallotBox(m: EntityManager, assessmentId: string, now: Date = new Date()): Promise<BallotBoxOpening | null> {
  if (!m.queryRunner?.isTransactionActive) throw new Error('openBallotBox must run inside a transaction');
  const [row] = (await m.query(
    `SELECT a.state, a.org_path, coalesce((c.settings->'democraticEvaluation'->>'anonymityMinimumRaters')::int, 5) AS anonymity
       FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1 FOR SHARE OF a`,
    [assessmentId],
  )) as Array<{ state: string; org_path: string; anonymity: number }>;
  if (!row) throw notFound('Assessment');
  if (SEALED_STATES.includes(row.state)) {
    throw new AppError('INVALID_TRANSITION', `The ballot box is opened after the ballots close (now: ${row.state})`, { state: row.state, allowedEvents: [] });
  }
  // The delete locks the sealed rows: a concurrent opening waits, then finds nothing left and does nothing.
  const sealed: Array<{ id: string; sealed: Buffer }> = await m.query(
    `WITH taken AS (DELETE FROM sealed_ballot WHERE assessment_id = $1 RETURNING id, sealed) SELECT id, sealed FROM taken`,
    [assessmentId],
  );
  if (!sealed.length) return null;
  let ballots: Ballot[];
  try {
    ballots = shuffle(sealed.map((s) => openSealedBallot(s.sealed, assessmentId, s.id)));
  } catch {
    throw new AppError('INTERNAL', 'A sealed ballot cannot be opened: the ballot key is not the one it was sealed with, or the row was changed');
  }
  const column = (d: (typeof DIMENSIONS)[number]) => ballots.map((b) => b.scores[d]);
  await m.query(
    `INSERT INTO ballot (assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on)
     SELECT $1, g, mo, ab, di, re, it, ov, NULL
       FROM unnest($2::text[], $3::numeric[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[], $8::text[]) AS x(g, mo, ab, di, re, it, ov)`,
    [assessmentId, ballots.map((b) => b.group), ...DIMENSIONS.map(column), ballots.map((b) => b.overall)],
  );
  // Verifiable turnout: one ballot per voted invitation, and at least one sealed ballot per BALLOT_CAST of the box's trail
  // (ballots sealed by the migration were cast before the box had a trail). A sealed row removed or added is found here.
  const [check] = (await m.query(
    `SELECT (SELECT count(*)::int FROM ballot WHERE assessment_id = $1) AS ballots,
            (SELECT count(*)::int FROM rater_invitation WHERE assessment_id = $1 AND voted) AS voted,
            (SELECT count(*)::int FROM audit_log WHERE entity_type = $2 AND entity_id = $1::text AND action = 'BALLOT_CAST') AS cast`,
    [assessmentId, BALLOT_BOX],
  )) as Array<{ ballots: number; voted: number; cast: number }>;
  if (check!.ballots !== check!.voted || sealed.length < check!.cast) {
    throw new AppError(
      'CONFLICT',
      `The ballot box does not match the turnout: ${check!.ballots} ballots for ${check!.voted} voted invitations and ${check!.cast} ballots cast into the box; nothing was opened`,
      check,
    );
  }
  await m.query(`DELETE FROM ballot_tally WHERE assessment_id = $1`, [assessmentId]);
  await m.query(
    `INSERT INTO ballot_tally
     SELECT assessment_id, rater_group, count(*), sum((morality + ability + diligence + results + integrity) / 5),
            sum(morality), sum(ability), sum(diligence), sum(results), sum(integrity),
            count(*) FILTER (WHERE overall = 'EXCELLENT'), count(*) FILTER (WHERE overall IN ('EXCELLENT', 'COMPETENT', 'GOOD')),
            count(*) FILTER (WHERE overall IN ('INCOMPETENT', 'POOR'))
       FROM ballot WHERE assessment_id = $1 GROUP BY assessment_id, rater_group`,
    [assessmentId],
  );
  const byGroup: Partial<Record<RaterGroup, number>> = {};
  for (const b of ballots) byGroup[b.group] = (byGroup[b.group] ?? 0) + 1;
  const totals: Array<{ rater_group: RaterGroup; n: number }> = await m.query(`SELECT rater_group, n FROM ballot_tally WHERE assessment_id = $1`, [assessmentId]);
  await appendAudit(m, {
    entityType: BALLOT_BOX,
    entityId: assessmentId,
    action: 'BALLOT_BOX_OPENED',
    actorUserId: null,
    actorRole: 'SYSTEM',
    scopePath: row.org_path,
    payload: {
      opened: ballots.length,
      ballots: check!.ballots,
      groups: Object.fromEntries(
        RATER_GROUPS.flatMap((g) => {
          const n = totals.find((t) => t.rater_group === g)?.n;
          return n === undefined ? [] : [[g, n >= row.anonymity ? n : 'hidden']];
        }),
      ),
    },
    occurredAt: chinaMidnight(chinaDay(now)),
  });
  return { opened: ballots.length, byGroup };
}

/** Opens (in the caller's transaction, else in one transaction each) the boxes of those assessments that are past their ballots and still hold sealed ones (the lazy readers' path). */
export async function openClosedBallotBoxes(m: EntityManager, assessmentIds: string[] | 'grading_target', now: Date = new Date()): Promise<number> {
  const pending: Array<{ id: string }> = await m.query(
    `SELECT DISTINCT s.assessment_id AS id FROM sealed_ballot s JOIN assessment a ON a.id = s.assessment_id
      WHERE ${assessmentIds === 'grading_target' ? 's.assessment_id IN (SELECT id FROM grading_target)' : 's.assessment_id = ANY($2::uuid[])'}
        AND NOT (a.state = ANY($1::text[]))`,
    assessmentIds === 'grading_target' ? [SEALED_STATES] : [SEALED_STATES, assessmentIds],
  );
  for (const p of pending) {
    if (m.queryRunner?.isTransactionActive) await openBallotBox(m, p.id, now);
    else await m.transaction((tx) => openBallotBox(tx, p.id, now));
  }
  return pending.length;
}
