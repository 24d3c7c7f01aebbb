import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster import (名册导入): an uploaded file of organisations, cadres and
 * cadres' status facts is staged row by row under an import id, checked as a
 * whole, compared with the database (its differences kept), and applied in
 * one transaction only while the roster is unchanged since the comparison.
 *
 * - `roster_import`: one upload, its status and counts, the roster revision
 *   it was compared against.
 * - `roster_import_organisation`, `roster_import_cadre`,
 *   `roster_import_status`: the file's rows, by sheet and line.
 * - `roster_import_error`: every reason a row was refused, with its code.
 * - `roster_import_difference`: what applying would change, per record
 *   (added, changed, moved, retired), field by field; kept after applying as
 *   the per-record detail of the import's audit entry.
 * - `roster_revision`: a sequence bumped by every statement that writes an
 *   organisation, a cadre or a status fact; an import applies only while it
 *   still reads the value its comparison read.
 */
export class RosterImport1765000000000 implements MigrationInterface {
  name = 'RosterImport1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE roster_revision`);
    await q.query(`COMMENT ON SEQUENCE roster_revision IS 'Bumped by every statement that writes an organisation, a cadre or a status fact: a roster import applies only while it reads the value its preview read'`);
    await q.query(`CREATE FUNCTION roster_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM nextval('roster_revision'); RETURN NULL; END $$`);
    for (const table of ['organisation', 'cadre', 'cadre_status_period']) {
      await q.query(`CREATE TRIGGER ${table}_roster_revision AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION roster_revision_bump()`);
    }

    await q.query(`
      CREATE TABLE roster_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by uuid NOT NULL REFERENCES user_account(id),
        scope_paths text[] NOT NULL,
        file_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('INVALID', 'READY', 'APPLIED', 'DISCARDED')),
        retire_missing boolean NOT NULL DEFAULT false,
        base_revision bigint NOT NULL,
        organisation_rows int NOT NULL DEFAULT 0,
        cadre_rows int NOT NULL DEFAULT 0,
        status_rows int NOT NULL DEFAULT 0,
        error_count int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`COMMENT ON TABLE roster_import IS 'One uploaded roster file (名册导入): staged, checked, compared with the database, then applied or discarded'`);
    await q.query(`COMMENT ON COLUMN roster_import.scope_paths IS 'The importer''s jurisdictions (organisation paths) when the file was uploaded: every row must lie inside one'`);
    await q.query(`COMMENT ON COLUMN roster_import.status IS 'INVALID: some row was refused, nothing can be applied; READY: valid, differences computed; APPLIED; DISCARDED'`);
    await q.query(`COMMENT ON COLUMN roster_import.retire_missing IS 'The importer asked that serving cadres of the file''s units who are missing from the file be marked as having left'`);
    await q.query(`COMMENT ON COLUMN roster_import.base_revision IS 'The roster_revision the differences were computed against; applying refuses (CONFLICT) once it moved'`);
    await q.query(`CREATE INDEX roster_import_created_by ON roster_import (created_by, created_at DESC)`);

    await q.query(`
      CREATE TABLE roster_import_organisation (
        import_id uuid NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
        line int NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        parent_code text,
        kind text NOT NULL,
        category text NOT NULL,
        restricted_development boolean NOT NULL,
        retired_on date,
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(`COMMENT ON TABLE roster_import_organisation IS 'The organisations sheet of a staged roster file, one row per line (line: the row number in the sheet, the header being 1)'`);
    await q.query(`
      CREATE TABLE roster_import_cadre (
        import_id uuid NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
        line int NOT NULL,
        person_no text NOT NULL,
        name text NOT NULL,
        gender text NOT NULL,
        birth_date date,
        unit_code text NOT NULL,
        post text NOT NULL,
        rank_level text NOT NULL,
        position_type text NOT NULL,
        population text NOT NULL,
        team_member boolean NOT NULL,
        managing_code text,
        took_post_on date,
        employment_status text NOT NULL,
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(`CREATE INDEX roster_import_cadre_person ON roster_import_cadre (import_id, person_no)`);
    await q.query(`COMMENT ON TABLE roster_import_cadre IS 'The cadres sheet of a staged roster file, one row per line'`);
    await q.query(`COMMENT ON COLUMN roster_import_cadre.managing_code IS 'The managing jurisdiction (管理权限单位代码) the file names; null: the default rule for new cadres and for a changed unit or rank, else unchanged'`);
    await q.query(`
      CREATE TABLE roster_import_status (
        import_id uuid NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
        line int NOT NULL,
        person_no text NOT NULL,
        kind text NOT NULL,
        starts_on date NOT NULL,
        ends_on date,
        note text NOT NULL,
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(`CREATE INDEX roster_import_status_person ON roster_import_status (import_id, person_no)`);
    await q.query(`COMMENT ON TABLE roster_import_status IS 'The status-facts sheet of a staged roster file, one row per line; a fact is matched by cadre, kind and first day'`);
    await q.query(`
      CREATE TABLE roster_import_error (
        import_id uuid NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
        sheet text NOT NULL CHECK (sheet IN ('FILE', 'ORGANISATIONS', 'CADRES', 'STATUSES')),
        line int NOT NULL,
        code text NOT NULL,
        field text,
        value text,
        message text NOT NULL
      )`);
    await q.query(`COMMENT ON TABLE roster_import_error IS 'Why a line of a roster file was refused: one row per reason, with its code (UNKNOWN_PARENT, DUPLICATE_CODE, PARENT_CYCLE, …), the column, the value and the reason in Chinese'`);
    await q.query(`CREATE INDEX roster_import_error_line ON roster_import_error (import_id, sheet, line)`);
    await q.query(`
      CREATE TABLE roster_import_difference (
        import_id uuid NOT NULL REFERENCES roster_import(id) ON DELETE CASCADE,
        seq int NOT NULL,
        entity text NOT NULL CHECK (entity IN ('ORGANISATION', 'CADRE', 'STATUS')),
        kind text NOT NULL CHECK (kind IN ('ADDED', 'CHANGED', 'MOVED', 'RETIRED')),
        code text NOT NULL,
        name text NOT NULL,
        line int,
        changes jsonb NOT NULL DEFAULT '[]',
        PRIMARY KEY (import_id, seq)
      )`);
    await q.query(`COMMENT ON TABLE roster_import_difference IS 'What applying a roster import changes, one row per record: ADDED, CHANGED, MOVED (unit or parent changed) or RETIRED (unit retired, cadre retired or left), with the changed fields as [{field, old, new}]; kept after applying'`);
    await q.query(`CREATE INDEX roster_import_difference_kind ON roster_import_difference (import_id, kind, seq)`);
    await q.query(`CREATE INDEX roster_import_difference_line ON roster_import_difference (import_id, entity, line)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE roster_import_difference, roster_import_error, roster_import_status, roster_import_cadre, roster_import_organisation, roster_import`);
    for (const table of ['organisation', 'cadre', 'cadre_status_period']) await q.query(`DROP TRIGGER ${table}_roster_revision ON ${table}`);
    await q.query(`DROP FUNCTION roster_revision_bump()`);
    await q.query(`DROP SEQUENCE roster_revision`);
  }
}
