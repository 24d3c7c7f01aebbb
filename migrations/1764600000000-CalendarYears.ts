import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The years of the official working-day calendar an administrator has
 * entered and confirmed (its holidays and make-up days), for the years the
 * maintained library does not cover yet: only a covered year counts working
 * days.
 */
export class CalendarYears1764600000000 implements MigrationInterface {
  name = 'CalendarYears1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE working_calendar_year (
        year int PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
        confirmed_by uuid REFERENCES user_account(id),
        confirmed_at timestamptz NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE working_calendar_year`);
  }
}
