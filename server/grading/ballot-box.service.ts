import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DIMENSIONS, type Ballot } from '../../workflows/grading/ballots.js';
import { RATER_GROUPS, type RaterGroup } from '../../workflows/rules/settings.js';
import { auditHash, type HashedFields } from '../audit/audit.service.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { AppError, notFound } from '../common/errors.js';
import { preparedQuery } from '../common/sql.js';
import { openSealedBallot, sealBallot } from './ballot-seal.js';

/** While an assessment is in one of these states its ballot box is closed: ballots are sealed and nothing is tallied. */
export const SEALED_STATES: readonly string[] = ['evaluation.ballotsPending', 'evaluation.ballotsOpen'];

/** The audit stream of an assessment's ballot box: what was cast and opened, never by whom. */
export const BALLOT_BOX = 'ballot_box';

/** What a rater's ballot needs read before it is cast: the assessment, the rater's invitation and the head of the box's trail. */
export interface CastFacts {
  kind: string;
  state: string;
  org_path: string;
  invitation_id: string | null;
  rater_group: RaterGroup | null;
  voted: boolean | null;
  head_seq: number | null;
  head_hash: string | null;
}

/** One prepared read, no lock: the assessment (null: none), the rater's invitation (nulls: not invited) and the box's audit head. */
export async function readCastFacts(m: EntityManager, assessmentId: string, raterUserId: string): Promise<CastFacts | null> {
  const [row] = await preparedQuery<CastFacts>(
    m,
    `SELECT a.kind, a.state, a.org_path, i.id AS invitation_id, i.rater_group, i.voted, h.seq AS head_seq, h.hash AS head_hash
       FROM assessment a
       LEFT JOIN rater_invitation i ON i.assessment_id = a.id AND i.rater_user_id = $2
       LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = '${BALLOT_BOX}' AND entity_id = a.id::text ORDER BY seq DESC LIMIT 1) h ON true
      WHERE a.id = $1`,
    [assessmentId, raterUserId],
  );
  return row ?? null;
}

const AUDIT_COLUMNS = 'entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash';

/**
 * Casts one ballot in ONE statement, atomic by itself: the assessment FOR
 * SHARE while its ballots are open (a close, an UPDATE of that row, waits for
 * it, and a ballot after the close finds them closed), the box's audit lock,
 * the invitation marked voted if it was not, the sealed ballot, and the box's
 * BALLOT_CAST row chained to the head read in `facts` — each only if the one
 * before happened. The locks come in the order every writer of the box takes
 * them (the row, the box's lock, then the invitation), so two casts, or a cast
 * and the close, never wait for each other in a circle. Returns false when nothing was written (the ballots
 * closed, or the vote was cast, in the meantime). A head that moved meanwhile
 * (another ballot into the same box) fails on the stream's unique seq, and
 * nothing is written: see `isBoxHeadTaken`.
 */
export async function castIntoBox(m: EntityManager, assessmentId: string, facts: CastFacts, ballot: Ballot, occurredAt: Date): Promise<boolean> {
  const id = randomUUID();
  const audit: HashedFields = {
    entityType: BALLOT_BOX,
    entityId: assessmentId,
    seq: (facts.head_seq ?? 0) + 1,
    scopePath: facts.org_path,
    occurredAt,
    actorUserId: null,
    actorRole: 'RATER',
    action: 'BALLOT_CAST',
    fromState: null,
    toState: null,
    fromVersion: null,
    payload: { assessmentId },
    prevHash: facts.head_hash,
  };
  const rows = await preparedQuery<{ cast: number }>(
    m,
    `WITH open AS (SELECT id FROM assessment WHERE id = $1 AND state = 'evaluation.ballotsOpen' FOR SHARE),
          box AS (SELECT pg_advisory_xact_lock(hashtextextended($3, 0)) FROM open),
          voted AS (UPDATE rater_invitation SET voted = true WHERE id = $2 AND assessment_id = $1 AND NOT voted AND EXISTS (SELECT FROM box) RETURNING id),
          sealed AS (INSERT INTO sealed_ballot (id, assessment_id, sealed) SELECT $4::uuid, $1::uuid, $5::bytea FROM voted),
          audit AS (
            INSERT INTO audit_log (${AUDIT_COLUMNS})
            SELECT $6::text, $7::text, $8::int, $9::text, $10::timestamptz, NULL, 'RATER', 'BALLOT_CAST', NULL, NULL, NULL, $11::jsonb, $12::text, $13::text FROM voted
          )
     SELECT count(*)::int AS cast FROM voted`,
    [
      assessmentId,
      facts.invitation_id,
      `audit:${BALLOT_BOX}:${assessmentId}`,
      id,
      sealBallot(ballot, assessmentId, id),
      BALLOT_BOX,
      assessmentId,
      audit.seq,
      audit.scopePath,
      occurredAt,
      JSON.stringify(audit.payload),
      audit.prevHash,
      auditHash(audit),
    ],
  );
  return rows[0]!.cast === 1;
}

/** The box's trail took another ballot between the read of its head and the cast: the cast wrote nothing and may run again. */
export function isBoxHeadTaken(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'audit_log_stream_seq';
}

/**
 * Serialises this caster with every writer of the box's trail, in the
 * caller's transaction, in the order every writer takes them (the
 * assessment's row, then the box's audit lock), so that the head read next is
 * the head the cast extends.
 */
export async function lockBox(m: EntityManager, assessmentId: string): Promise<void> {
  if (!m.queryRunner?.isTransactionActive) throw new Error('lockBox must run inside a transaction');
  await m.query(`WITH a AS (SELECT id FROM assessment WHERE id = $1 FOR SHARE) SELECT pg_advisory_xact_lock(hashtextextended($2, 0)) FROM a`, [
    assessmentId,
    `audit:${BALLOT_BOX}:${assessmentId}`,
  ]);
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

/** What the caller of `openBallotBox` already knows of the assessment, holding its row locked (the close, from its update): its state and path. */
export interface KnownBox {
  state: string;
  orgPath: string;
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
 * Two statements: the box's audit lock, the sealed rows deleted and returned
 * with the old tally, and what the check and the trail need (the ballots
 * already counted, the voted invitations, the ballots cast into the box, the
 * head of its trail, the cycle's anonymity minimum); then the ballots, the
 * tally and the audit row. Without `known` the row is read FOR SHARE first
 * (its state and path); the close passes them, holding the row from its update.
 *
 * Call it from the CLOSE_BALLOTS step (after the state is changed), and
 * before anything reads ballots or their tally.
 */
export async function openBallotBox(m: EntityManager, assessmentId: string, now: Date = new Date(), known?: KnownBox): Promise<BallotBoxOpening | null> {
  if (!m.queryRunner?.isTransactionActive) throw new Error('openBallotBox must run inside a transaction');
  let box = known;
  if (!box) {
    const [row] = (await m.query(`SELECT state, org_path FROM assessment WHERE id = $1 FOR SHARE`, [assessmentId])) as Array<{ state: string; org_path: string }>;
    if (!row) throw notFound('Assessment');
    box = { state: row.state, orgPath: row.org_path };
  }
  if (SEALED_STATES.includes(box.state)) {
    throw new AppError('INVALID_TRANSITION', `The ballot box is opened after the ballots close (now: ${box.state})`, { state: box.state, allowedEvents: [] });
  }
  // The delete locks the sealed rows: a concurrent opening waits, then finds nothing left and does nothing.
  // Every writer of the box's trail holds the assessment's row (FOR SHARE or its update) before the box's lock: the head read here is the head.
  const [contents] = await preparedQuery<{
    sealed: Array<{ id: string; sealed: string }>;
    counted: Partial<Record<RaterGroup, number>>;
    voted: number;
    cast: number;
    anonymity: number;
    head_seq: number | null;
    head_hash: string | null;
  }>(
    m,
    `WITH box AS (SELECT pg_advisory_xact_lock(hashtextextended($2, 0))),
          taken AS (DELETE FROM sealed_ballot WHERE assessment_id = $1 AND EXISTS (SELECT FROM box) RETURNING id, sealed),
          untallied AS (DELETE FROM ballot_tally WHERE assessment_id = $1 AND EXISTS (SELECT FROM taken))
     SELECT (SELECT coalesce(json_agg(json_build_object('id', id, 'sealed', encode(sealed, 'hex'))), '[]'::json) FROM taken) AS sealed,
            (SELECT coalesce(json_object_agg(rater_group, n), '{}'::json) FROM (SELECT rater_group, count(*)::int AS n FROM ballot WHERE assessment_id = $1 GROUP BY rater_group) b) AS counted,
            (SELECT count(*)::int FROM rater_invitation WHERE assessment_id = $1 AND voted) AS voted,
            (SELECT count(*)::int FROM audit_log WHERE entity_type = $3 AND entity_id = $4 AND action = 'BALLOT_CAST') AS cast,
            (SELECT coalesce((c.settings->'democraticEvaluation'->>'anonymityMinimumRaters')::int, 5) FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1) AS anonymity,
            h.seq AS head_seq, h.hash AS head_hash
       FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = $3 AND entity_id = $4 ORDER BY seq DESC LIMIT 1) h ON true`,
    [assessmentId, `audit:${BALLOT_BOX}:${assessmentId}`, BALLOT_BOX, assessmentId],
  );
  const sealed = contents!.sealed;
  if (!sealed.length) return null;
  let ballots: Ballot[];
  try {
    ballots = shuffle(sealed.map((s) => openSealedBallot(Buffer.from(s.sealed, 'hex'), assessmentId, s.id)));
  } catch {
    throw new AppError('INTERNAL', 'A sealed ballot cannot be opened: the ballot key is not the one it was sealed with, or the row was changed');
  }
  // Verifiable turnout: one ballot per voted invitation, and at least one sealed ballot per BALLOT_CAST of the box's trail
  // (ballots sealed by the migration were cast before the box had a trail). A sealed row removed or added is found here.
  const byGroup: Partial<Record<RaterGroup, number>> = {};
  for (const b of ballots) byGroup[b.group] = (byGroup[b.group] ?? 0) + 1;
  const totals: Partial<Record<RaterGroup, number>> = { ...contents!.counted };
  for (const [g, n] of Object.entries(byGroup) as Array<[RaterGroup, number]>) totals[g] = (totals[g] ?? 0) + n;
  const check = { ballots: Object.values(totals).reduce((a, n) => a + n, 0), voted: contents!.voted, cast: contents!.cast };
  if (check.ballots !== check.voted || sealed.length < check.cast) {
    throw new AppError(
      'CONFLICT',
      `The ballot box does not match the turnout: ${check.ballots} ballots for ${check.voted} voted invitations and ${check.cast} ballots cast into the box; nothing was opened`,
      check,
    );
  }
  const audit: HashedFields = {
    entityType: BALLOT_BOX,
    entityId: assessmentId,
    seq: (contents!.head_seq ?? 0) + 1,
    scopePath: box.orgPath,
    occurredAt: chinaMidnight(chinaDay(now)),
    actorUserId: null,
    actorRole: 'SYSTEM',
    action: 'BALLOT_BOX_OPENED',
    fromState: null,
    toState: null,
    fromVersion: null,
    payload: {
      opened: ballots.length,
      ballots: check.ballots,
      groups: Object.fromEntries(
        RATER_GROUPS.flatMap((g) => {
          const n = totals[g];
          return n === undefined ? [] : [[g, n >= contents!.anonymity ? n : 'hidden']];
        }),
      ),
    },
    prevHash: contents!.head_hash,
  };
  const column = (d: (typeof DIMENSIONS)[number]) => ballots.map((b) => b.scores[d]);
  // The shuffled ballots in their order, the tally of every ballot of the assessment (those counted before and these), the trail's row.
  await preparedQuery(
    m,
    `WITH x AS (
       SELECT g, mo::numeric(5,2) AS mo, ab::numeric(5,2) AS ab, di::numeric(5,2) AS di, re::numeric(5,2) AS re, it::numeric(5,2) AS it, ov, n
         FROM unnest($2::text[], $3::numeric[], $4::numeric[], $5::numeric[], $6::numeric[], $7::numeric[], $8::text[]) WITH ORDINALITY AS x(g, mo, ab, di, re, it, ov, n)
     ), opened AS (
       INSERT INTO ballot (assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on)
       SELECT $1, g, mo, ab, di, re, it, ov, NULL FROM x ORDER BY n
     ), tally AS (
       INSERT INTO ballot_tally
       SELECT $1, g, count(*), sum((mo + ab + di + re + it) / 5), sum(mo), sum(ab), sum(di), sum(re), sum(it),
              count(*) FILTER (WHERE ov = 'EXCELLENT'), count(*) FILTER (WHERE ov IN ('EXCELLENT', 'COMPETENT', 'GOOD')),
              count(*) FILTER (WHERE ov IN ('INCOMPETENT', 'POOR'))
         FROM (SELECT rater_group AS g, morality AS mo, ability AS ab, diligence AS di, results AS re, integrity AS it, overall AS ov FROM ballot WHERE assessment_id = $1
               UNION ALL SELECT g, mo, ab, di, re, it, ov FROM x) b
        GROUP BY g
     )
     INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($9, $10, $11, $12, $13, NULL, 'SYSTEM', 'BALLOT_BOX_OPENED', NULL, NULL, NULL, $14, $15, $16)`,
    [
      assessmentId,
      ballots.map((b) => b.group),
      ...DIMENSIONS.map(column),
      ballots.map((b) => b.overall),
      BALLOT_BOX,
      assessmentId,
      audit.seq,
      audit.scopePath,
      audit.occurredAt,
      JSON.stringify(audit.payload),
      audit.prevHash,
      auditHash(audit),
    ],
  );
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
