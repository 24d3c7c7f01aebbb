import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Running tallies of the ballots per assessment and rater group, kept up to
 * date in the transaction that casts each ballot, so grading a cycle reads a
 * few rows per assessment instead of every ballot. Existing ballots are
 * counted in.
 */
export class BallotTally1764000000000 implements MigrationInterface {
  name = 'BallotTally1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ballot_tally (
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        rater_group text NOT NULL,
        n int NOT NULL,
        sum_mean numeric NOT NULL,
        sum_morality numeric NOT NULL,
        sum_ability numeric NOT NULL,
        sum_diligence numeric NOT NULL,
        sum_results numeric NOT NULL,
        sum_integrity numeric NOT NULL,
        excellent int NOT NULL,
        excellent_or_competent int NOT NULL,
        incompetent int NOT NULL,
        PRIMARY KEY (assessment_id, rater_group)
      )`);
    await q.query(`COMMENT ON TABLE ballot_tally IS 'Sums per assessment and rater group, updated with each ballot; the ballots stay the source of truth (trimming reads them)'`);
    await q.query(`
      INSERT INTO ballot_tally
      SELECT assessment_id, rater_group, count(*), sum((morality + ability + diligence + results + integrity) / 5),
             sum(morality), sum(ability), sum(diligence), sum(results), sum(integrity),
             count(*) FILTER (WHERE overall = 'EXCELLENT'), count(*) FILTER (WHERE overall IN ('EXCELLENT', 'COMPETENT')),
             count(*) FILTER (WHERE overall = 'INCOMPETENT')
        FROM ballot GROUP BY assessment_id, rater_group`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ballot_tally`);
  }
}
