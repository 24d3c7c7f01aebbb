import type { EntityManager } from 'typeorm';
import type { RaterGroup } from '../../workflows/rules/settings.js';
import { openClosedBallotBoxes } from './ballot-box.service.js';
import type { GroupAggregate, ScoreComponent } from './evaluation-inputs.js';

/**
 * The inputs of a cycle's grading run that are plain per-assessment figures
 * (the ballot tallies, the invitations per group, the component scores
 * entered and computed, the latest result version), read set-based once for
 * the whole run into a temporary table in grading order, then handed out
 * page by page. Read per batch instead, each figure cost an index probe and
 * a heap page per assessment (a tally's rows lie on as many pages as its
 * groups): most of the run's PostgreSQL time. The facts every binding check
 * shares (grade-facts.ts) are still read per batch, by the same loader as a
 * decision.
 */

/** One assessment the run grades. */
export interface RunRow {
  id: string;
  kind: string;
  organisation_id: string;
  rank_level: string | null;
  org_kind: string;
}

/** A page's inputs, in the shapes the per-batch readers of evaluation-inputs.ts give. */
export interface RunInputs {
  /** Absent when the cycle trims extremes: the trimmed figures come from the ballots themselves, per batch. */
  aggregates?: GroupAggregate[];
  /** Invitations in all (the run stores the evaluation's summary, which counts no group apart: evaluationsFrom). */
  invited: Map<string, number>;
  scores: Array<{ assessment_id: string; component: ScoreComponent; value: number }>;
  schemeScores: Array<{ assessment_id: string; component: ScoreComponent; value: number }>;
  versions: Map<string, number>;
}

/**
 * A staged row's figures are plain text, a list of words separated by single spaces: a tally is `group n sum_mean excellent
 * excellent_or_competent incompetent` per group, the scores `component value` per component (the invitations are one count).
 * Building them with string_agg costs PostgreSQL less than half of what json_agg of json_build_array does (every word is a code or a
 * number), and the text of a numeric read with parseFloat is the double its cast to float8 gives.
 */
interface StagedRow extends RunRow {
  seq: number;
  tallies: string | null;
  invited: number;
  scores: string | null;
  scheme: string | null;
  version: number | null;
}

/**
 * Stages a run's assessments: those of the cycle awaiting a proposal inside
 * `scope` (`grading_target`, teams first, then by organisation; a table of
 * the transaction's own that goes with it). Returns how many there are.
 */
export async function stageTargets(m: EntityManager, cycleId: string, scope: string[]): Promise<number> {
  await m.query(
    `CREATE TEMP TABLE grading_target (seq int, id uuid, kind text, organisation_id uuid, rank_level text, org_kind text, last_seq int) ON COMMIT DROP`,
  );
  // Sorts and hashes of the run's set-based reads in memory (for the rest of the run's transaction; a batch job's, not a request's).
  await m.query(`SET LOCAL work_mem = '64MB'`);
  // `seq` is the grading order; `last_seq` ends a page on a whole pool: every team (one pool), else the organisation's last assessment.
  await m.query(
    `INSERT INTO grading_target
     SELECT seq, id, kind, organisation_id, rank_level, org_kind,
            CASE WHEN kind = 'TEAM_ANNUAL' THEN max(seq) FILTER (WHERE kind = 'TEAM_ANNUAL') OVER ()
                 ELSE max(seq) OVER (PARTITION BY kind = 'TEAM_ANNUAL', organisation_id) END
       FROM (SELECT row_number() OVER (ORDER BY a.kind <> 'TEAM_ANNUAL', a.organisation_id, a.id)::int AS seq, a.id, a.kind, a.organisation_id,
                    coalesce(a.rank_level, c.rank_level) AS rank_level, o.kind AS org_kind
               FROM assessment a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
              WHERE a.cycle_id = $1 AND a.state = 'synthesis' AND a.org_path LIKE ANY($2::text[])) x`,
    [cycleId, scope],
  );
  await m.query(`ANALYZE grading_target`);
  const [{ total }] = (await m.query(`SELECT count(*)::int AS total FROM grading_target`)) as [{ total: number }];
  return total;
}

/**
 * Stages the figures of the staged assessments (`grading_input`, the
 * transaction's own too), after their closed ballot boxes are opened in this
 * transaction and the indicator data rolled up (the caller's part).
 */
export async function stageInputs(m: EntityManager, trim: boolean, now: Date): Promise<void> {
  // Boxes closed but not opened yet are opened first: the figures below are those of opened ballots.
  await openClosedBallotBoxes(m, 'grading_target', now);
  await m.query(
    `CREATE TEMP TABLE grading_input (seq int, id uuid, kind text, organisation_id uuid, rank_level text, org_kind text, last_seq int,
                                      tallies text, invited int, scores text, scheme text, version int) ON COMMIT DROP`,
  );
  // Each figure aggregated over the run's assessments in one pass over each table's rows of the cycle, no probe per assessment. A tally
  // group carries what the run stores (counts and the sum of ballot means), not the dimensions' averages: the stored evaluation is the
  // summary, and those are the most costly figures to read (a numeric division and a float's text each). The words of a figure (StagedRow)
  // follow no order; the reader puts a tally's groups in order.
  await m.query(
    `INSERT INTO grading_input
     SELECT g.seq, g.id, g.kind, g.organisation_id, g.rank_level, g.org_kind, g.last_seq, ${trim ? 'NULL' : 't.tallies'}, i.invited, s.scores, r.scheme, v.version
       FROM grading_target g
       ${
         // A trimmed cycle's figures come from the ballots themselves, per batch (evaluation-inputs.ts): no tally is staged.
         trim
           ? ''
           : `LEFT JOIN (SELECT assessment_id,
                                string_agg(concat_ws(' ', rater_group, n, sum_mean, excellent, excellent_or_competent, incompetent), ' ') AS tallies
                           FROM ballot_tally WHERE assessment_id IN (SELECT id FROM grading_target) GROUP BY 1) t ON t.assessment_id = g.id`
       }
       -- The invitations counted per assessment from rater_invitation_group_idx alone (hashing 30 of them per assessment cost more), in all:
       -- the run stores the summary, and a count per group cost twice as much.
       LEFT JOIN LATERAL (SELECT count(*)::int AS invited FROM rater_invitation WHERE assessment_id = g.id) i ON true
       LEFT JOIN (SELECT assessment_id, string_agg(component || ' ' || value, ' ') AS scores FROM score_input
                   WHERE assessment_id IN (SELECT id FROM grading_target) GROUP BY 1) s ON s.assessment_id = g.id
       LEFT JOIN (SELECT assessment_id, string_agg(key || ' ' || score, ' ') AS scheme FROM indicator_rollup
                   WHERE level = 'COMPONENT' AND assessment_id IN (SELECT id FROM grading_target) GROUP BY 1) r ON r.assessment_id = g.id
       LEFT JOIN LATERAL (SELECT max(version)::int AS version FROM grading_result WHERE assessment_id = g.id) v ON true
      ORDER BY g.seq`,
  );
  await m.query(`CREATE INDEX ON grading_input (seq)`);
  await m.query(`ANALYZE grading_input`);
}

/**
 * The staged run a page at a time: about `size` assessments, ending on a
 * whole pool (all teams, or the last assessment of an organisation), read
 * in order from the staged table, with their figures.
 */
export async function* runPages(m: EntityManager, size: number, trim: boolean): AsyncGenerator<{ rows: RunRow[]; inputs: RunInputs }> {
  let after = 0;
  for (;;) {
    const page: StagedRow[] = await m.query(
      `SELECT seq, id, kind, organisation_id, rank_level, org_kind, tallies, invited, scores, scheme, version FROM grading_input
        WHERE seq > $1 AND seq <= coalesce((SELECT last_seq FROM grading_input WHERE seq = $2), 2147483647) ORDER BY seq`,
      [after, after + size],
    );
    if (page.length === 0) return;
    after = page.at(-1)!.seq;
    const rows: RunRow[] = [];
    const aggregates: GroupAggregate[] = [];
    const invited = new Map<string, number>();
    const scores: RunInputs['scores'] = [];
    const schemeScores: RunInputs['schemeScores'] = [];
    const versions = new Map<string, number>();
    for (const r of page) {
      rows.push({ id: r.id, kind: r.kind, organisation_id: r.organisation_id, rank_level: r.rank_level, org_kind: r.org_kind });
      if (r.tallies) {
        const w = r.tallies.split(' ');
        const groups: GroupAggregate[] = [];
        for (let i = 0; i + 5 < w.length; i += 6) {
          const n = Number(w[i + 1]);
          groups.push({
            assessment_id: r.id,
            rater_group: w[i] as RaterGroup,
            n,
            counted_sum: parseFloat(w[i + 2]!),
            counted_n: n,
            excellent: Number(w[i + 3]),
            excellent_or_competent: Number(w[i + 4]),
            incompetent: Number(w[i + 5]),
          });
        }
        // The groups in one order whatever order string_agg met them in: the evaluation sums them in this order.
        groups.sort((a, b) => (a.rater_group < b.rater_group ? -1 : a.rater_group > b.rater_group ? 1 : 0));
        aggregates.push(...groups);
      }
      invited.set(r.id, r.invited);
      for (const [list, text] of [
        [scores, r.scores],
        [schemeScores, r.scheme],
      ] as const) {
        if (!text) continue;
        const w = text.split(' ');
        for (let i = 0; i + 1 < w.length; i += 2) list.push({ assessment_id: r.id, component: w[i] as ScoreComponent, value: parseFloat(w[i + 1]!) });
      }
      if (r.version !== null) versions.set(r.id, r.version);
    }
    yield { rows, inputs: { aggregates: trim ? undefined : aggregates, invited, scores, schemeScores, versions } };
  }
}
