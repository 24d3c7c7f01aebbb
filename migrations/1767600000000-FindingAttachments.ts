import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A corroborating finding takes attachments: the 督查通报, inspection
 * report, audit report or discipline decision it was recorded from
 * (owner_kind FINDING, owner_id the finding).
 */
export class FindingAttachments1767600000000 implements MigrationInterface {
  name = 'FindingAttachments1767600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_kind_check`);
    await q.query(`ALTER TABLE attachment ADD CONSTRAINT attachment_owner_kind_check CHECK (owner_kind IN ('SELF_REPORT', 'REVIEW_CASE', 'OBJECTION', 'FINDING'))`);
    await q.query(
      `COMMENT ON COLUMN attachment.owner_kind IS 'SELF_REPORT (owner_id: the assessment), REVIEW_CASE (the review_case), OBJECTION (the objection) or FINDING (the corroborating_finding)'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    // The earlier schema has no place for a finding's documents: they go with the step back.
    await q.query(`DELETE FROM attachment WHERE owner_kind = 'FINDING'`);
    await q.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner_kind_check`);
    await q.query(`ALTER TABLE attachment ADD CONSTRAINT attachment_owner_kind_check CHECK (owner_kind IN ('SELF_REPORT', 'REVIEW_CASE', 'OBJECTION'))`);
    await q.query(`COMMENT ON COLUMN attachment.owner_kind IS 'SELF_REPORT (owner_id: the assessment), REVIEW_CASE (the review_case) or OBJECTION (the objection)'`);
  }
}
