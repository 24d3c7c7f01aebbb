import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicator schemes and their data: versioned, effective-dated trees per
 * jurisdiction and organisation category (a published version is immutable,
 * a draft is editable); the versions a cycle pinned when it was planned;
 * indicator values per organisation or cadre (imported or entered); which
 * member answers for which team indicator; the roll-up per assessment
 * (dimension scores and grading components); and recorded approvals that
 * raise a pool's excellent quota.
 */
export class IndicatorSchemes1764100000000 implements MigrationInterface {
  name = 'IndicatorSchemes1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE indicator_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        jurisdiction_id uuid NOT NULL REFERENCES organisation(id),
        category text NOT NULL,
        name text NOT NULL,
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT indicator_scheme_once UNIQUE (jurisdiction_id, category)
      )`);
    await q.query(`COMMENT ON TABLE indicator_scheme IS 'One scheme per jurisdiction (an organisation subtree) and organisation category; its content lives in versions'`);

    await q.query(`
      CREATE TABLE indicator_scheme_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scheme_id uuid NOT NULL REFERENCES indicator_scheme(id),
        version int NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
        effective_from date,
        tree jsonb NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        published_by uuid REFERENCES user_account(id),
        published_at timestamptz,
        CONSTRAINT indicator_scheme_version_unique UNIQUE (scheme_id, version),
        CONSTRAINT indicator_scheme_version_published CHECK (status = 'DRAFT' OR (effective_from IS NOT NULL AND published_at IS NOT NULL))
      )`);
    await q.query(`COMMENT ON COLUMN indicator_scheme_version.tree IS 'dimension → indicator with weights, direction, baseline, target, method, unit and data source (workflows/indicators/scheme.ts)'`);
    await q.query(`CREATE UNIQUE INDEX indicator_scheme_one_draft ON indicator_scheme_version (scheme_id) WHERE status = 'DRAFT'`);
    await q.query(`CREATE UNIQUE INDEX indicator_scheme_effective_unique ON indicator_scheme_version (scheme_id, effective_from) WHERE status = 'PUBLISHED'`);
    await q.query(`
      CREATE FUNCTION refuse_published_scheme_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'a published indicator scheme version is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER indicator_scheme_version_immutable BEFORE UPDATE OR DELETE ON indicator_scheme_version
      FOR EACH ROW EXECUTE FUNCTION refuse_published_scheme_change()`);

    await q.query(`ALTER TABLE assessment_cycle ADD COLUMN indicator_scheme_versions uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`COMMENT ON COLUMN assessment_cycle.indicator_scheme_versions IS 'The published scheme versions in force when the cycle was planned: later versions never change a cycle in progress'`);

    await q.query(`
      CREATE TABLE indicator_value (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        subject_type text NOT NULL CHECK (subject_type IN ('ORGANISATION', 'CADRE')),
        subject_id uuid NOT NULL,
        indicator_code text NOT NULL,
        value numeric NOT NULL,
        period text NOT NULL,
        source text NOT NULL,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT indicator_value_once UNIQUE (cycle_id, subject_type, subject_id, indicator_code)
      )`);
    await q.query(`COMMENT ON TABLE indicator_value IS 'Raw indicator figures of a cycle per organisation (its team) or cadre, from a statistics import or entered by hand'`);

    await q.query(`
      CREATE TABLE indicator_responsibility (
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        cadre_id uuid NOT NULL REFERENCES cadre(id),
        indicator_code text NOT NULL,
        assigned_by uuid REFERENCES user_account(id),
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (cycle_id, cadre_id, indicator_code)
      )`);
    await q.query(`COMMENT ON TABLE indicator_responsibility IS 'Team indicators broken down to the members responsible for them (分解到班子成员): their work results come from these'`);

    await q.query(`
      CREATE TABLE indicator_rollup (
        assessment_id uuid NOT NULL REFERENCES assessment(id),
        level text NOT NULL CHECK (level IN ('DIMENSION', 'COMPONENT')),
        key text NOT NULL,
        score numeric(6,2) NOT NULL,
        weight numeric,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (assessment_id, level, key)
      )`);
    await q.query(`COMMENT ON TABLE indicator_rollup IS 'Scheme-computed scores per assessment: dimension scores and the components DEVELOPMENT, OTHER_INDICATORS, WORK_RESULTS; recomputed by each grading run, whose versioned result keeps the values used'`);

    await q.query(`
      CREATE TABLE quota_raise_approval (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        pool text NOT NULL CHECK (pool IN ('TEAM', 'MEMBERS')),
        organisation_id uuid REFERENCES organisation(id),
        rank_level text,
        approved_by text NOT NULL,
        document_ref text NOT NULL,
        approved_on date NOT NULL,
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        CONSTRAINT quota_raise_pool CHECK ((pool = 'TEAM') = (organisation_id IS NULL) AND (pool = 'MEMBERS' OR rank_level IS NULL))
      )`);
    await q.query(`COMMENT ON TABLE quota_raise_approval IS 'The recorded approval without which no pool gets the raised excellent quota; rank_level NULL: every rank pool of the unit'`);
    await q.query(`CREATE UNIQUE INDEX quota_raise_once ON quota_raise_approval (cycle_id, pool, coalesce(organisation_id::text, ''), coalesce(rank_level, ''))`);
    await q.query(`CREATE TRIGGER quota_raise_approval_immutable BEFORE UPDATE OR DELETE ON quota_raise_approval FOR EACH ROW EXECUTE FUNCTION refuse_row_change()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['quota_raise_approval', 'indicator_rollup', 'indicator_responsibility', 'indicator_value']) await q.query(`DROP TABLE ${table}`);
    await q.query(`ALTER TABLE assessment_cycle DROP COLUMN indicator_scheme_versions`);
    await q.query(`DROP TABLE indicator_scheme_version`);
    await q.query(`DROP FUNCTION refuse_published_scheme_change()`);
    await q.query(`DROP TABLE indicator_scheme`);
  }
}
