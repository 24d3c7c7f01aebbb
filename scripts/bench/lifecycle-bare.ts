import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { STEP_NAMES, StepStats, type StepName } from './lifecycle-steps.js';

/**
 * The bare SQL of `--mix lifecycle`'s steps, in the proportions the API run
 * had, over raw node-postgres on the assessments the API drove: what each
 * step must do at the least, with nothing of HTTP, GraphQL, TypeORM or the
 * machines.
 *
 * A transition: the row with its audit head (one read); one statement that
 * updates it version-checked (the snapshot as it is), appends the audit row
 * and notifies the assessed (plus the talk's or opinion's record for those
 * two), its own transaction, as the API's single-statement steps send it
 * (no BEGIN and COMMIT: the version check refuses a row changed since the
 * read). A ballot, as castBallot sends it: one read (the row,
 * the invitation, the box's audit head), then one statement without BEGIN and
 * COMMIT (the row FOR SHARE, the box's lock, the invitation marked voted, the
 * sealed ballot, the box's audit row). Audit rows go to a stream of their own
 * (entity_type 'bench'), so the real chains stay intact.
 */

const FAKE_HASH = randomBytes(32).toString('hex');

const LOAD = `SELECT t.id, t.snapshot, t.version, t.state, t.org_path, t.cadre_id, h.seq AS audit_seq, h.hash AS audit_hash FROM assessment t
  LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = 'bench' AND entity_id = t.id::text ORDER BY seq DESC LIMIT 1) h ON true
  WHERE t.id = $1`;

const AUDIT = `INSERT INTO audit_log (entity_type, entity_id, seq, scope_path, occurred_at, actor_user_id, actor_role, action, from_state, to_state, from_version, payload, prev_hash, hash)`;

const TRANSITION = (record: boolean) => `WITH upd AS (
    UPDATE assessment SET snapshot = $3, state = $4, version = version + 1, updated_at = $5 WHERE id = $1 AND version = $2 RETURNING version
  ), audit AS (
    ${AUDIT} SELECT 'bench', $1::text, $6::int, $7::text, $5::timestamptz, NULL, 'ASSESSOR', $8::text, $4::text, $4::text, $2::int, $9::jsonb, $10::text, $11::text FROM upd
  ), note AS (
    INSERT INTO notification (user_id, assessment_id, kind, payload, created_at) SELECT u.id, $1::uuid, $8::text, $12::jsonb, $5::timestamptz FROM user_account u WHERE u.cadre_id = $13::uuid AND EXISTS (SELECT FROM upd)
  )${record ? `, rec AS (INSERT INTO evaluation_record (assessment_id, kind, source, summary, recorded_by, recorded_at) SELECT $1::uuid, 'TALK', NULL, '基准测试：个别谈话。', NULL, $5::timestamptz FROM upd)` : ''}
  SELECT version FROM upd`;

interface Row {
  id: string;
  snapshot: unknown;
  version: number;
  state: string;
  org_path: string;
  cadre_id: string | null;
  audit_seq: number | null;
  audit_hash: string | null;
}

/** A repeating sequence of steps in the given proportions (≈ 200 long). */
function schedule(weights: Map<StepName, number>): StepName[] {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const out: StepName[] = [];
  for (const step of STEP_NAMES) for (let i = 0; i < Math.round((200 * (weights.get(step) ?? 0)) / Math.max(1, total)); i++) out.push(step);
  // Interleave: spread each step over the sequence rather than in blocks.
  return out.map((s, i) => ({ s, k: (i * 7919) % out.length })).sort((a, b) => a.k - b.k).map((x) => x.s);
}

/** The ballot's read and its one statement; the invitation is marked voted again (voted = voted), so every run can vote. */
const CAST_READ = `SELECT a.kind, a.state, a.org_path, i.id AS invitation_id, i.rater_group, i.voted, h.seq AS head_seq, h.hash AS head_hash
  FROM assessment a
  LEFT JOIN LATERAL (SELECT id, rater_group, voted FROM rater_invitation WHERE assessment_id = a.id ORDER BY id LIMIT 1) i ON true
  LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log WHERE entity_type = 'bench' AND entity_id = a.id::text ORDER BY seq DESC LIMIT 1) h ON true
  WHERE a.id = $1`;
const CAST = `WITH open AS (SELECT id FROM assessment WHERE id = $1 FOR SHARE),
    box AS (SELECT pg_advisory_xact_lock(hashtextextended($3, 0)) FROM open),
    voted AS (UPDATE rater_invitation SET voted = voted WHERE id = $2 AND EXISTS (SELECT FROM box) RETURNING id),
    sealed AS (INSERT INTO sealed_ballot (id, assessment_id, sealed) SELECT $4::uuid, $1::uuid, $5::bytea FROM voted),
    audit AS (${AUDIT} SELECT 'bench', $6::text, $7::int, $8::text, $9::timestamptz, NULL, 'RATER', 'BALLOT_CAST', NULL, NULL, NULL, $10::jsonb, $11::text, $12::text FROM voted)
  SELECT count(*)::int AS cast FROM voted`;

async function castBallot(client: pg.PoolClient, id: string, at: Date): Promise<void> {
  const [facts] = (await client.query<{ org_path: string; invitation_id: string | null; head_seq: number | null; head_hash: string | null }>({ name: 'bench-cast-read', text: CAST_READ, values: [id] })).rows;
  if (!facts?.invitation_id) return;
  const day = new Date(at.toISOString().slice(0, 10));
  const sealedId = randomUUID();
  await client.query({
    name: 'bench-cast',
    text: CAST,
    values: [id, facts.invitation_id, `audit:bench:${id}`, sealedId, randomBytes(41), id, (facts.head_seq ?? 0) + 1, facts.org_path, day, JSON.stringify({ assessmentId: id }), facts.head_hash, FAKE_HASH],
  });
}

async function step(client: pg.PoolClient, step: StepName, id: string, at: Date): Promise<void> {
  if (step === 'castBallot') return castBallot(client, id, at);
  // No BEGIN and COMMIT: the one statement is atomic, and its version check refuses a row changed since the read (as the API's
  // single-statement steps do).
  const [row] = (await client.query<Row>({ name: 'bench-load', text: LOAD, values: [id] })).rows;
  const record = step === 'recordTalk' || step === 'recordOpinion';
  const updated = await client.query({
    name: record ? 'bench-transition-record' : 'bench-transition',
    text: TRANSITION(record),
    values: [
      id,
      row!.version,
      JSON.stringify(row!.snapshot),
      row!.state,
      at.toISOString(),
      (row!.audit_seq ?? 0) + 1,
      row!.org_path,
      step,
      JSON.stringify({ event: { type: step, at: at.toISOString() } }),
      row!.audit_hash,
      FAKE_HASH,
      JSON.stringify({ state: row!.state }),
      row!.cadre_id,
    ],
  });
  if (updated.rowCount !== 1) throw Object.assign(new Error('version check failed'), { code: 'CONFLICT' });
}

export async function runBareMix(pool: pg.Pool, idsPerClient: string[][], weights: Map<StepName, number>, seconds: number): Promise<{ stats: StepStats; seconds: number }> {
  const stats = new StepStats();
  const plan = schedule(weights);
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  await Promise.all(
    idsPerClient.map(async (ids, w) => {
      if (ids.length === 0 || plan.length === 0) return;
      const client = await pool.connect();
      let n = w;
      try {
        while (performance.now() < deadline) {
          const s = plan[n % plan.length]!;
          const id = ids[n % ids.length]!;
          n++;
          const t0 = performance.now();
          try {
            await step(client, s, id, new Date());
            stats.ok(s, performance.now() - t0);
          } catch (error) {
            stats.fail(s, String((error as { code?: string }).code ?? 'ERROR'), String(error));
          }
        }
      } finally {
        client.release();
      }
    }),
  );
  return { stats, seconds: (performance.now() - begin) / 1000 };
}
