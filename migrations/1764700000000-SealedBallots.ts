import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { OverallVote } from '../workflows/grading/ballots.js';
import type { RaterGroup } from '../workflows/rules/settings.js';
import { sealBallot } from '../server/grading/ballot-seal.js';

/**
 * Secret ballots by construction. While the ballots are open a ballot is
 * kept sealed (`sealed_ballot`: the assessment, a random id and an
 * AES-256-GCM ciphertext under a key outside the database); the box is opened
 * once, after the close, into `ballot` in a shuffled order with no day.
 *
 * Existing ballots: those of assessments whose ballots are still open are
 * sealed and their running tallies dropped (no live aggregate); every other
 * ballot is written again in a random order with a new id and no day, so
 * neither the transaction id, the physical order nor the day that linked it
 * to its invitation's voted mark is left.
 */
export class SealedBallots1764700000000 implements MigrationInterface {
  name = 'SealedBallots1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sealed_ballot (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        sealed bytea NOT NULL CHECK (octet_length(sealed) = 41)
      )`);
    await q.query(`CREATE INDEX sealed_ballot_assessment_idx ON sealed_ballot (assessment_id)`);
    await q.query(
      `COMMENT ON TABLE sealed_ballot IS 'Ballots cast while the box is closed: AES-256-GCM ciphertexts (group, five scores, vote) under a key outside the database; opened once after the close into ballot, shuffled'`,
    );
    await q.query(`ALTER TABLE ballot ALTER COLUMN cast_on DROP NOT NULL`);
    await q.query(`COMMENT ON COLUMN ballot.cast_on IS 'No longer written (NULL): a day per ballot could match the day a named rater voted'`);
    await q.query(`COMMENT ON TABLE ballot IS 'Opened ballots: no rater, no time, random ids, written in a shuffled order when the box is opened after the close'`);

    const open: Array<{ id: string; assessment_id: string; rater_group: RaterGroup; overall: OverallVote; s: number[] }> = await q.query(
      `SELECT b.id, b.assessment_id, b.rater_group, b.overall,
              ARRAY[b.morality, b.ability, b.diligence, b.results, b.integrity]::float8[] AS s
         FROM ballot b JOIN assessment a ON a.id = b.assessment_id
        WHERE a.state IN ('evaluation.ballotsPending', 'evaluation.ballotsOpen')`,
    );
    if (open.length) {
      const ids = open.map(() => randomUUID());
      await q.query(`INSERT INTO sealed_ballot (id, assessment_id, sealed) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::bytea[])`, [
        ids,
        open.map((b) => b.assessment_id),
        open.map((b, i) =>
          sealBallot(
            { group: b.rater_group, overall: b.overall, scores: { MORALITY: b.s[0]!, ABILITY: b.s[1]!, DILIGENCE: b.s[2]!, RESULTS: b.s[3]!, INTEGRITY: b.s[4]! } },
            b.assessment_id,
            ids[i]!,
          ),
        ),
      ]);
      await q.query(`DELETE FROM ballot WHERE id = ANY($1::uuid[])`, [open.map((b) => b.id)]);
      await q.query(`DELETE FROM ballot_tally WHERE assessment_id IN (SELECT DISTINCT assessment_id FROM sealed_ballot)`);
    }
    await q.query(`CREATE TEMP TABLE ballot_rewrite ON COMMIT DROP AS SELECT * FROM ballot`);
    await q.query(`DELETE FROM ballot`);
    await q.query(
      `INSERT INTO ballot (id, assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, cast_on)
       SELECT gen_random_uuid(), assessment_id, rater_group, morality, ability, diligence, results, integrity, overall, NULL
         FROM ballot_rewrite ORDER BY random()`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    // Sealed ballots cannot be turned back into rows without the key and a day; they are dropped with the table.
    await q.query(`UPDATE ballot SET cast_on = '1970-01-01' WHERE cast_on IS NULL`);
    await q.query(`ALTER TABLE ballot ALTER COLUMN cast_on SET NOT NULL`);
    await q.query(`DROP TABLE sealed_ballot`);
  }
}
