import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Surveys as objects: a survey of a cycle with its firm, sample
 * plan, versioned questionnaire, fieldwork window and per-organisation
 * results; and 好差评 ratings of service departments per period.
 */
export class Surveys1766600000000 implements MigrationInterface {
  name = 'Surveys1766600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES assessment_cycle(id),
        org_path text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PUBLIC_OPINION', 'ECOLOGY_SATISFACTION', 'PUBLIC_SERVICE_SATISFACTION')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        firm text NOT NULL CHECK (length(firm) BETWEEN 1 AND 200),
        state text NOT NULL DEFAULT 'PLANNED' CHECK (state IN ('PLANNED', 'FIELDWORK', 'CLOSED', 'PUBLISHED')),
        fieldwork_from date NOT NULL,
        fieldwork_to date NOT NULL CHECK (fieldwork_to >= fieldwork_from),
        questionnaire_version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL,
        published_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX survey_cycle_kind ON survey (cycle_id, kind)`);
    await q.query(`
      CREATE TABLE survey_question (
        survey_id uuid NOT NULL REFERENCES survey(id),
        version int NOT NULL,
        position int NOT NULL,
        code text NOT NULL CHECK (code ~ '^[A-Za-z][A-Za-z0-9_]{0,19}$'),
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        weight numeric(6,2) NOT NULL CHECK (weight > 0),
        PRIMARY KEY (survey_id, version, code)
      )`);
    await q.query(`
      CREATE TABLE survey_sample (
        survey_id uuid NOT NULL REFERENCES survey(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        target int NOT NULL CHECK (target > 0),
        PRIMARY KEY (survey_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE survey_result (
        survey_id uuid NOT NULL REFERENCES survey(id),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        responses int NOT NULL CHECK (responses > 0),
        score numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
        sd numeric(6,2) CHECK (sd >= 0),
        question_scores jsonb,
        margin numeric(6,2),
        origin text NOT NULL CHECK (origin IN ('FILE', 'ENTERED')),
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (survey_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE service_rating (
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        year int NOT NULL,
        period text NOT NULL CHECK (length(period) BETWEEN 4 AND 20),
        very_satisfied int CHECK (very_satisfied >= 0),
        satisfied int CHECK (satisfied >= 0),
        basically_satisfied int CHECK (basically_satisfied >= 0),
        dissatisfied int CHECK (dissatisfied >= 0),
        very_dissatisfied int CHECK (very_dissatisfied >= 0),
        good int NOT NULL CHECK (good >= 0),
        bad int NOT NULL CHECK (bad >= 0),
        recorded_by uuid REFERENCES user_account(id),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (organisation_id, year, period)
      )`);
    await q.query(`COMMENT ON TABLE survey IS 'A survey (民意调查 or a satisfaction survey) of a cycle; PUBLISHED scores are the teams'' PUBLIC_SURVEY component'`);
    await q.query(`COMMENT ON COLUMN survey.questionnaire_version IS 'The questionnaire version in force; frozen once fieldwork starts'`);
    await q.query(`COMMENT ON TABLE survey_sample IS 'The sample plan: organisations surveyed and the target number of responses of each'`);
    await q.query(`COMMENT ON TABLE survey_result IS 'Per organisation: responses, score 0–100, standard deviation when given, per-question scores, the 95% margin of error'`);
    await q.query(`COMMENT ON TABLE service_rating IS '好差评 ratings of a service department for one period of a year: the five levels or good/bad counts'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_rating`);
    await q.query(`DROP TABLE survey_result`);
    await q.query(`DROP TABLE survey_sample`);
    await q.query(`DROP TABLE survey_question`);
    await q.query(`DROP TABLE survey`);
  }
}
