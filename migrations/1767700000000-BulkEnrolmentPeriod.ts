import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The row trigger that fills `assessment.period` from the cycle runs only when
 * the insert leaves it NULL. Every insert but the bulk enrolment leaves it NULL
 * (unchanged: the trigger fills it); the bulk enrolment computes the very same
 * `assessment_period(…)` of the cycle in its own statement, so 100,000 rows do
 * not each pay a PL/pgSQL call and a lookup of the cycle (about half the
 * insert's time). The trigger still fills it before the unique indexes over the
 * period are checked, so ON CONFLICT keeps deciding on it.
 */
export class BulkEnrolmentPeriod1767700000000 implements MigrationInterface {
  name = 'BulkEnrolmentPeriod1767700000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER assessment_period ON assessment`);
    await q.query(`CREATE TRIGGER assessment_period BEFORE INSERT ON assessment FOR EACH ROW WHEN (NEW.period IS NULL) EXECUTE FUNCTION assessment_fill_period()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER assessment_period ON assessment`);
    await q.query(`CREATE TRIGGER assessment_period BEFORE INSERT ON assessment FOR EACH ROW EXECUTE FUNCTION assessment_fill_period()`);
  }
}
