import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit retention (AUDIT_RETENTION_MONTHS): the oldest entries of a stream
 * may be archived to a file and pruned, never before six months.
 *
 * - `audit_checkpoint`: per stream, the last pruned entry (its seq, hash and
 *   the version it changed) and the scope of the stream's first entry, so
 *   that the chain verifies from the first remaining entry and auditors keep
 *   their jurisdiction over it. A checkpoint only moves forward.
 * - The append-only trigger of `audit_log` is replaced: UPDATE and TRUNCATE
 *   stay refused; a DELETE passes only inside a prune — the transaction set
 *   `cadre.audit_prune_cutoff` to a moment at least six months ago, the entry
 *   is older than it, and its stream's checkpoint already covers it.
 */
export class AuditRetention1765500000000 implements MigrationInterface {
  name = 'AuditRetention1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoint (
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        last_pruned_seq int NOT NULL CHECK (last_pruned_seq > 0),
        last_pruned_hash text NOT NULL,
        last_pruned_from_version int,
        first_scope_path text,
        pruned_before timestamptz NOT NULL,
        archive_file text NOT NULL,
        archive_sha256 text NOT NULL,
        pruned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity_type, entity_id)
      )`);
    await q.query(`COMMENT ON TABLE audit_checkpoint IS 'Per audit stream, where its pruned beginning ended: the chain verifies from the first remaining entry against this. Rows only move forward, never deleted'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.last_pruned_seq IS 'The seq of the last pruned entry of the stream; the first remaining entry has seq + 1'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.last_pruned_hash IS 'The hash of the last pruned entry; the first remaining entry carries it as prev_hash'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.last_pruned_from_version IS 'The record version the last pruned entry started from'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.first_scope_path IS 'The scope path of the stream''s first entry (auditors see the streams that began inside their jurisdiction)'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.pruned_before IS 'The retention cut-off of the last prune: entries older than it were archived and removed'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.archive_file IS 'The JSONL archive file the pruned entries were written to (its name)'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.archive_sha256 IS 'The SHA-256 of that archive file'`);
    await q.query(`COMMENT ON COLUMN audit_checkpoint.pruned_at IS 'When the last prune of the stream ran'`);
    await q.query(`
      CREATE FUNCTION audit_checkpoint_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id
           AND NEW.last_pruned_seq > OLD.last_pruned_seq AND NEW.first_scope_path IS NOT DISTINCT FROM OLD.first_scope_path THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_checkpoint only moves forward: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_checkpoint_forward_only BEFORE UPDATE OR DELETE ON audit_checkpoint FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_forward_only()`);
    await q.query(`CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION refuse_row_change()`);

    await q.query(`
      CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cutoff timestamptz := nullif(current_setting('cadre.audit_prune_cutoff', true), '')::timestamptz;
        covered int;
      BEGIN
        IF TG_OP = 'DELETE' AND cutoff IS NOT NULL AND cutoff <= now() - interval '6 months' AND OLD.occurred_at < cutoff THEN
          SELECT last_pruned_seq INTO covered FROM audit_checkpoint WHERE entity_type = OLD.entity_type AND entity_id = OLD.entity_id;
          IF covered IS NOT NULL AND OLD.seq <= covered THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`COMMENT ON FUNCTION audit_log_guard() IS 'Refuses UPDATE of audit entries, and DELETE except by a prune: older than a cut-off at least six months ago, covered by its stream''s checkpoint'`);
    await q.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard()`);
    await q.query(`COMMENT ON TABLE audit_log IS 'Append-only. Each row carries the hash of the previous row of its stream (entity_type, entity_id); UPDATE and TRUNCATE are refused by trigger, DELETE too except the retention prune of entries older than AUDIT_RETENTION_MONTHS (at least six months), archived first and recorded in audit_checkpoint'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);
    await q.query(`DROP FUNCTION audit_log_guard()`);
    await q.query(`COMMENT ON TABLE audit_log IS 'Append-only. Each row carries the hash of the previous row of its stream (entity_type, entity_id); UPDATE, DELETE and TRUNCATE are refused by trigger'`);
    await q.query(`DROP TABLE audit_checkpoint`);
    await q.query(`DROP FUNCTION audit_checkpoint_forward_only()`);
  }
}
