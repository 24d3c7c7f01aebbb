import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments: files added to a self-report, to the grounds of a
 * review or appeal case, or to an objection against a public notice. The
 * bytes live in the row (bytea, the default, so pg_dump carries them) or in
 * the configured folder ATTACHMENTS_DIR under their SHA-256.
 */
export class Attachments1765900000000 implements MigrationInterface {
  name = 'Attachments1765900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        owner_kind text NOT NULL CHECK (owner_kind IN ('SELF_REPORT', 'REVIEW_CASE', 'OBJECTION')),
        owner_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        media_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage text NOT NULL CHECK (storage IN ('DATABASE', 'FOLDER')),
        content bytea,
        uploaded_by uuid REFERENCES user_account(id),
        uploaded_at timestamptz NOT NULL,
        CHECK ((storage = 'DATABASE') = (content IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX attachment_owner ON attachment (owner_kind, owner_id, seq)`);
    await q.query(`CREATE INDEX attachment_sha256 ON attachment (sha256) WHERE storage = 'FOLDER'`);
    await q.query(`COMMENT ON TABLE attachment IS 'Files attached to a self-report, a review or appeal case''s grounds, or an objection; type checked by content against an allow-list on upload'`);
    await q.query(`COMMENT ON COLUMN attachment.seq IS 'The order attachments were added in'`);
    await q.query(`COMMENT ON COLUMN attachment.owner_kind IS 'SELF_REPORT (owner_id: the assessment), REVIEW_CASE (the review_case) or OBJECTION (the objection)'`);
    await q.query(`COMMENT ON COLUMN attachment.file_name IS 'The file name as uploaded (any script; sent back with RFC 5987 encoding)'`);
    await q.query(`COMMENT ON COLUMN attachment.media_type IS 'The media type of the allow-listed kind the content was recognised as'`);
    await q.query(`COMMENT ON COLUMN attachment.sha256 IS 'The SHA-256 of the content, hex; the file name in ATTACHMENTS_DIR for FOLDER storage'`);
    await q.query(`COMMENT ON COLUMN attachment.storage IS 'DATABASE: the bytes are in content; FOLDER: in ATTACHMENTS_DIR under sha256'`);
    await q.query(`COMMENT ON COLUMN attachment.uploaded_by IS 'The account that uploaded it; null for an anonymous objector (who holds the objection''s upload token)'`);
    await q.query(`ALTER TABLE objection ADD COLUMN attachment_token_hash text`);
    await q.query(`COMMENT ON COLUMN objection.attachment_token_hash IS 'SHA-256 of the token the receipt gave the objector, who uploads attachments to the objection with it while it is open'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE objection DROP COLUMN attachment_token_hash`);
    await q.query(`DROP TABLE attachment`);
  }
}
