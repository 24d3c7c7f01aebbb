import type { DataSource, EntityManager } from 'typeorm';
import { surveyNext, type SurveyEvent, type SurveyEventType, type SurveyState } from '../../workflows/surveys/survey.machine.js';
import { goodAndBad, marginOfError, ratingScore, weightedScore } from '../../workflows/surveys/survey-score.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-vocabulary.js';
import { actingRole, assertCan, can, scopeOf, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation, type FieldError } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { parseRatingFile, parseSurveyFile, type SurveyFileRow } from './survey-file.js';
import type { EnterSurveyResultInput, ImportServiceRatingsInput, ImportSurveyResultsInput, PlanSurveyInput, SurveyQuestionView, SurveySampleView, SurveyView, UpdateSurveyPlanInput, ServiceRatingView } from './survey.types.js';

/** The most surveys of one cycle read at once, and the most departments of one ratings table. */
export const SURVEYS_PER_CYCLE_MAX = 50;
export const RATINGS_MAX = 500;

interface SurveyRow {
  id: string;
  cycle_id: string;
  year: number;
  org_path: string;
  kind: SurveyView['kind'];
  title: string;
  firm: string;
  state: SurveyState;
  fieldwork_from: string;
  fieldwork_to: string;
  questionnaire_version: number;
  published_at: Date | null;
}

const EVENT_ACTIONS: Record<SurveyEventType, AuditAction> = {
  START_FIELDWORK: 'SURVEY_FIELDWORK_STARTED',
  CLOSE_FIELDWORK: 'SURVEY_FIELDWORK_CLOSED',
  PUBLISH: 'SURVEY_PUBLISHED',
};

/**
 * Surveys of a cycle (民意调查 and satisfaction surveys) and 好差评 ratings
 * of service departments: planning, the survey machine's steps, results
 * imported from the firm's file or entered, ratings imported. Every change
 * is one transaction with its audit row, by ORG_ADMIN within the cycle's
 * jurisdiction (survey:manage).
 */
export class SurveyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  private async row(m: EntityManager, id: string, lock = false): Promise<SurveyRow> {
    const [row] = (await m.query(
      `SELECT s.id, s.cycle_id, c.year, s.org_path, s.kind, s.title, s.firm, s.state, to_char(s.fieldwork_from, 'YYYY-MM-DD') AS fieldwork_from,
              to_char(s.fieldwork_to, 'YYYY-MM-DD') AS fieldwork_to, s.questionnaire_version, s.published_at
         FROM survey s JOIN assessment_cycle c ON c.id = s.cycle_id WHERE s.id = $1 ${lock ? 'FOR UPDATE OF s' : ''}`,
      [id],
    )) as SurveyRow[];
    if (!row) throw notFound('Survey');
    return row;
  }

  private async questions(m: EntityManager, id: string, version: number): Promise<SurveyQuestionView[]> {
    return m.query(`SELECT code, text, weight::float8 AS weight FROM survey_question WHERE survey_id = $1 AND version = $2 ORDER BY position`, [id, version]);
  }

  private async view(m: EntityManager, row: SurveyRow): Promise<SurveyView> {
    const sample: SurveySampleView[] = (
      (await m.query(
        `SELECT o.id AS "organisationId", o.name AS "organisationName", o.code AS "organisationCode", p.target, r.responses, r.score::float8 AS score, r.sd::float8 AS sd,
                r.margin::float8 AS margin, r.origin,
                (SELECT CASE WHEN sum(good + bad) > 0 THEN round(100.0 * sum(good) / sum(good + bad), 2)::float8 END FROM service_rating sr WHERE sr.organisation_id = o.id AND sr.year = $2) AS "ratingScore"
           FROM survey_sample p JOIN organisation o ON o.id = p.organisation_id
           LEFT JOIN survey_result r ON r.survey_id = p.survey_id AND r.organisation_id = p.organisation_id
          WHERE p.survey_id = $1 ORDER BY o.code`,
        [row.id, row.year],
      )) as Array<Omit<SurveySampleView, 'shortfall'>>
    ).map((s) => ({ ...s, shortfall: s.responses === null || s.responses < s.target }));
    return {
      id: row.id,
      cycleId: row.cycle_id,
      year: row.year,
      kind: row.kind,
      title: row.title,
      firm: row.firm,
      state: row.state,
      fieldworkFrom: row.fieldwork_from,
      fieldworkTo: row.fieldwork_to,
      questionnaireVersion: row.questionnaire_version,
      questions: await this.questions(m, row.id, row.questionnaire_version),
      sample,
      totalResponses: sample.reduce((s, x) => s + (x.responses ?? 0), 0),
      shortfalls: sample.filter((x) => x.shortfall).length,
      publishedAt: row.published_at,
    };
  }

  /** The surveys of a cycle the viewer may read (its jurisdiction reaches the cycle), newest first. */
  async list(viewer: Viewer | null, cycleId: string): Promise<SurveyView[]> {
    assertCan(viewer, 'assessment:read');
    const m = this.dataSource.manager;
    const ids = (await m.query(`SELECT id FROM survey WHERE cycle_id = $1 AND org_path LIKE ANY($2::text[]) ORDER BY created_at DESC LIMIT ${SURVEYS_PER_CYCLE_MAX}`, [
      cycleId,
      subtreePatterns(scopeOf(viewer, 'assessment:read')),
    ])) as Array<{ id: string }>;
    return Promise.all(ids.map(async ({ id }) => this.view(m, await this.row(m, id))));
  }

  async get(viewer: Viewer | null, id: string): Promise<SurveyView | null> {
    assertCan(viewer, 'assessment:read');
    const m = this.dataSource.manager;
    const [found] = (await m.query(`SELECT 1 FROM survey WHERE id = $1`, [id])) as unknown[];
    if (!found) return null;
    const row = await this.row(m, id);
    if (!can(viewer, 'assessment:read', row.org_path)) return null;
    return this.view(m, row);
  }

  /** The sample plan checked: organisations inside the cycle and the viewer's jurisdiction, none twice. */
  private async checkSample(m: EntityManager, viewer: Viewer, cyclePath: string, sample: PlanSurveyInput['sample']) {
    const orgs = new Map(
      ((await m.query(`SELECT id, path FROM organisation WHERE id = ANY($1::uuid[])`, [sample.map((s) => s.organisationId)])) as Array<{ id: string; path: string }>).map((o) => [o.id, o.path]),
    );
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    sample.forEach((s, i) => {
      const path = orgs.get(s.organisationId);
      const problems: string[] = [];
      if (!path) problems.push('no such organisation');
      else if (!path.startsWith(cyclePath)) problems.push('outside the cycle');
      else if (!can(viewer, 'survey:manage', path)) problems.push('outside your jurisdiction');
      if (seen.has(s.organisationId)) problems.push('is in the sample plan twice');
      seen.add(s.organisationId);
      if (problems.length) errors.push({ field: `sample.${i}.organisationId`, messages: problems });
    });
    if (errors.length) throw validation(errors, 'The sample plan is not valid');
  }

  private checkQuestions(questions: PlanSurveyInput['questions']) {
    const codes = questions.map((q) => q.code.toUpperCase());
    const errors: FieldError[] = codes.flatMap((c, i) =>
      !/^[A-Z][A-Z0-9_]{0,19}$/.test(c)
        ? [{ field: `questions.${i}.code`, messages: ['code must be a letter followed by up to 19 letters, digits or _'] }]
        : codes.indexOf(c) !== i
          ? [{ field: `questions.${i}.code`, messages: [`question code ${c} is used twice`] }]
          : [],
    );
    if (errors.length) throw validation(errors, 'The questionnaire is not valid');
  }

  private checkWindow(year: number, from: string, to: string) {
    const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
    const bad = ([['fieldworkFrom', from], ['fieldworkTo', to]] as const).filter(([, d]) => !isDay(d));
    if (bad.length) throw validation(bad.map(([field]) => ({ field, messages: ['must be a day, YYYY-MM-DD'] })), 'The fieldwork window needs two days, YYYY-MM-DD');
    if (to < from) throw validation([{ field: 'fieldworkTo', messages: ['the window must not end before it starts'] }], 'The fieldwork window ends before it starts');
    if (Number(from.slice(0, 4)) < year) throw validation([{ field: 'fieldworkFrom', messages: [`the window must not start before ${year}`] }], `The fieldwork window must not start before ${year}`);
  }

  private async writePlan(m: EntityManager, id: string, version: number, sample: PlanSurveyInput['sample'] | null, questions: PlanSurveyInput['questions'] | null) {
    if (sample) {
      await m.query(`DELETE FROM survey_sample WHERE survey_id = $1`, [id]);
      await m.query(`INSERT INTO survey_sample (survey_id, organisation_id, target) SELECT $1, o, t FROM unnest($2::uuid[], $3::int[]) AS x(o, t)`, [
        id,
        sample.map((s) => s.organisationId),
        sample.map((s) => s.target),
      ]);
    }
    if (questions) {
      await m.query(
        `INSERT INTO survey_question (survey_id, version, position, code, text, weight) SELECT $1, $2, p, c, t, w FROM unnest($3::int[], $4::text[], $5::text[], $6::numeric[]) AS x(p, c, t, w)`,
        [id, version, questions.map((_, i) => i + 1), questions.map((q) => q.code.toUpperCase()), questions.map((q) => q.text), questions.map((q) => q.weight)],
      );
    }
  }

  async plan(viewer: Viewer | null, input: PlanSurveyInput): Promise<SurveyView> {
    assertCan(viewer, 'survey:manage');
    return this.dataSource.transaction(async (m) => {
      const [cycle] = (await m.query(`SELECT id, year, org_path FROM assessment_cycle WHERE id = $1`, [input.cycleId])) as Array<{ id: string; year: number; org_path: string }>;
      if (!cycle) throw notFound('Cycle');
      assertCan(viewer, 'survey:manage', cycle.org_path);
      this.checkQuestions(input.questions);
      this.checkWindow(cycle.year, input.fieldworkFrom, input.fieldworkTo);
      const [taken] = (await m.query(`SELECT title FROM survey WHERE cycle_id = $1 AND kind = $2`, [cycle.id, input.kind])) as Array<{ title: string }>;
      if (taken) throw new AppError('CONFLICT', `The cycle already has a survey of this kind: ${taken.title}`, { title: taken.title });
      await this.checkSample(m, viewer, cycle.org_path, input.sample);
      const [{ id }] = (await m.query(
        `INSERT INTO survey (cycle_id, org_path, kind, title, firm, fieldwork_from, fieldwork_to, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [cycle.id, cycle.org_path, input.kind, input.title.trim(), input.firm.trim(), input.fieldworkFrom, input.fieldworkTo, viewer.userId, this.now()],
      )) as [{ id: string }];
      await this.writePlan(m, id, 1, input.sample, input.questions);
      await appendAudit(m, {
        entityType: 'survey',
        entityId: id,
        action: 'SURVEY_PLANNED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', cycle.org_path),
        scopePath: cycle.org_path,
        toState: 'PLANNED',
        payload: { cycleId: cycle.id, kind: input.kind, title: input.title, firm: input.firm, window: [input.fieldworkFrom, input.fieldworkTo], sampled: input.sample.length, questions: input.questions.length },
        occurredAt: this.now(),
      });
      return this.view(m, await this.row(m, id));
    });
  }

  /** A planned survey's window, sample plan or questionnaire (a new version); refused once fieldwork has started. */
  async updatePlan(viewer: Viewer | null, input: UpdateSurveyPlanInput): Promise<SurveyView> {
    assertCan(viewer, 'survey:manage');
    return this.dataSource.transaction(async (m) => {
      const row = await this.row(m, input.surveyId, true);
      assertCan(viewer, 'survey:manage', row.org_path);
      if (input.questions) this.checkQuestions(input.questions);
      if (row.state !== 'PLANNED') throw new AppError('INVALID_TRANSITION', 'The plan of a survey is frozen once its fieldwork has started', { state: row.state });
      const from = input.fieldworkFrom ?? row.fieldwork_from;
      const to = input.fieldworkTo ?? row.fieldwork_to;
      this.checkWindow(row.year, from, to);
      if (input.sample) await this.checkSample(m, viewer, row.org_path, input.sample);
      const version = input.questions ? row.questionnaire_version + 1 : row.questionnaire_version;
      await m.query(`UPDATE survey SET fieldwork_from = $2, fieldwork_to = $3, questionnaire_version = $4 WHERE id = $1`, [row.id, from, to, version]);
      await this.writePlan(m, row.id, version, input.sample ?? null, input.questions ?? null);
      await appendAudit(m, {
        entityType: 'survey',
        entityId: row.id,
        action: 'SURVEY_PLAN_CHANGED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', row.org_path),
        scopePath: row.org_path,
        payload: { window: [from, to], sampled: input.sample?.length ?? null, questionnaireVersion: version },
        occurredAt: this.now(),
      });
      return this.view(m, await this.row(m, row.id));
    });
  }

  /** One step of the survey machine (start fieldwork, close it, publish), with the facts its guards read. */
  async step(viewer: Viewer | null, id: string, type: SurveyEventType): Promise<SurveyView> {
    assertCan(viewer, 'survey:manage');
    return this.dataSource.transaction(async (m) => {
      const row = await this.row(m, id, true);
      assertCan(viewer, 'survey:manage', row.org_path);
      const [counts] = (await m.query(
        `SELECT (SELECT count(*)::int FROM survey_sample WHERE survey_id = $1) AS sampled,
                (SELECT count(*)::int FROM survey_question WHERE survey_id = $1 AND version = $2) AS questions,
                (SELECT count(*)::int FROM survey_result WHERE survey_id = $1) AS results`,
        [id, row.questionnaire_version],
      )) as [{ sampled: number; questions: number; results: number }];
      const today = chinaDay(this.now());
      const event: SurveyEvent =
        type === 'START_FIELDWORK'
          ? { type, sampled: counts.sampled, questions: counts.questions, today, windowFrom: row.fieldwork_from }
          : type === 'PUBLISH'
            ? { type, results: counts.results }
            : { type };
      const next = surveyNext(row.state, event);
      if (!next) {
        const why =
          type === 'START_FIELDWORK' && row.state === 'PLANNED'
            ? today < row.fieldwork_from
              ? `fieldwork starts on ${row.fieldwork_from}`
              : 'the survey needs a sample plan and a questionnaire'
            : type === 'PUBLISH' && row.state === 'CLOSED'
              ? 'the survey has no result yet'
              : `not possible while the survey is ${row.state}`;
        throw new AppError('INVALID_TRANSITION', `The survey cannot do this: ${why}`, { state: row.state, event: type });
      }
      await m.query(`UPDATE survey SET state = $2, published_at = CASE WHEN $2 = 'PUBLISHED' THEN $3::timestamptz ELSE published_at END WHERE id = $1`, [id, next, this.now()]);
      await appendAudit(m, {
        entityType: 'survey',
        entityId: id,
        action: EVENT_ACTIONS[type],
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', row.org_path),
        scopePath: row.org_path,
        fromState: row.state,
        toState: next,
        payload: { ...counts, questionnaireVersion: row.questionnaire_version },
        occurredAt: this.now(),
      });
      return this.view(m, await this.row(m, id));
    });
  }

  /** Results are taken while in fieldwork or closed (corrections before publication). */
  private assertTakesResults(row: SurveyRow) {
    if (row.state !== 'FIELDWORK' && row.state !== 'CLOSED')
      throw new AppError('INVALID_TRANSITION', `Results are taken during fieldwork or once it is closed, not while the survey is ${row.state}`, { state: row.state });
  }

  /**
   * Checks result rows against the sample plan and the frozen questionnaire
   * and writes them (score from the questions when no overall score is
   * given; margin by the formula of survey-score.ts); nothing is written
   * unless every row is valid.
   */
  private async writeResults(m: EntityManager, viewer: Viewer, row: SurveyRow, rows: Array<Omit<SurveyFileRow, 'line'> & { where: string }>, origin: 'FILE' | 'ENTERED') {
    const questions = await this.questions(m, row.id, row.questionnaire_version);
    const sample = new Map(
      ((await m.query(`SELECT o.code, o.id, o.path FROM survey_sample p JOIN organisation o ON o.id = p.organisation_id WHERE p.survey_id = $1`, [row.id])) as Array<{
        code: string;
        id: string;
        path: string;
      }>).map((o) => [o.code, o]),
    );
    const errors: FieldError[] = [];
    const seen = new Map<string, string>();
    const valid: Array<{ organisationId: string; responses: number; score: number; sd: number | null; questionScores: Record<string, number> | null; margin: number | null }> = [];
    for (const r of rows) {
      const problems: string[] = [];
      const org = sample.get(r.organisationCode);
      if (!r.organisationCode) problems.push('an organisation code is required');
      else if (!org) problems.push(`organisation ${r.organisationCode} is not in the sample plan`);
      else if (!can(viewer, 'survey:manage', org.path)) problems.push('outside your jurisdiction');
      else if (seen.has(r.organisationCode)) problems.push(`repeats ${seen.get(r.organisationCode)}`);
      else seen.set(r.organisationCode, r.where);
      if (!Number.isInteger(r.responses) || r.responses < 1) problems.push('responses must be a whole number of at least 1');
      const inRange = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 100);
      if (!inRange(r.score)) problems.push('the score must be a number from 0 to 100');
      if (r.sd !== null && !(Number.isFinite(r.sd) && r.sd >= 0 && r.sd <= 100)) problems.push('the standard deviation must be a number from 0 to 100');
      const asked = Object.keys(r.questionScores);
      for (const code of asked) {
        if (!questions.some((q) => q.code === code)) problems.push(`question ${code} is not in the questionnaire`);
        else if (!inRange(r.questionScores[code]!)) problems.push(`the score of question ${code} must be a number from 0 to 100`);
      }
      const fromQuestions = asked.length ? weightedScore(questions, r.questionScores) : null;
      if (r.score === null && fromQuestions === null) problems.push('give the overall score or a score for every question');
      if (problems.length) {
        errors.push({ field: r.where, messages: problems });
        continue;
      }
      const score = r.score ?? fromQuestions!;
      valid.push({ organisationId: org!.id, responses: r.responses, score, sd: r.sd, questionScores: asked.length ? r.questionScores : null, margin: marginOfError(r.responses, score, r.sd) });
    }
    if (errors.length) throw validation(errors, `${errors.length} row(s) are not valid; nothing was imported`);
    await m.query(
      `INSERT INTO survey_result (survey_id, organisation_id, responses, score, sd, question_scores, margin, origin, recorded_by, recorded_at)
       SELECT $1, x.o, x.n, x.s, x.sd, x.q, x.e, $3, $4, $5 FROM jsonb_to_recordset($2::jsonb) AS x(o uuid, n int, s numeric, sd numeric, q jsonb, e numeric)
       ON CONFLICT (survey_id, organisation_id) DO UPDATE SET responses = EXCLUDED.responses, score = EXCLUDED.score, sd = EXCLUDED.sd, question_scores = EXCLUDED.question_scores,
         margin = EXCLUDED.margin, origin = EXCLUDED.origin, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
      [row.id, JSON.stringify(valid.map((v) => ({ o: v.organisationId, n: v.responses, s: v.score, sd: v.sd, q: v.questionScores, e: v.margin }))), origin, viewer.userId, this.now()],
    );
    return valid;
  }

  async importResults(viewer: Viewer | null, input: ImportSurveyResultsInput): Promise<SurveyView> {
    assertCan(viewer, 'survey:manage');
    return this.dataSource.transaction(async (m) => {
      const row = await this.row(m, input.surveyId, true);
      assertCan(viewer, 'survey:manage', row.org_path);
      this.assertTakesResults(row);
      const questions = await this.questions(m, row.id, row.questionnaire_version);
      const parsed = await parseSurveyFile(input.fileName, input.contentBase64, questions.map((q) => q.code));
      const written = await this.writeResults(m, viewer, row, parsed.map((r) => ({ ...r, where: `line ${r.line}` })), 'FILE');
      await appendAudit(m, {
        entityType: 'survey',
        entityId: row.id,
        action: 'SURVEY_RESULTS_IMPORTED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', row.org_path),
        scopePath: row.org_path,
        payload: { fileName: input.fileName, rows: written.length, responses: written.reduce((s, v) => s + v.responses, 0) },
        occurredAt: this.now(),
      });
      return this.view(m, await this.row(m, row.id));
    });
  }

  async enterResult(viewer: Viewer | null, input: EnterSurveyResultInput): Promise<SurveyView> {
    assertCan(viewer, 'survey:manage');
    return this.dataSource.transaction(async (m) => {
      const row = await this.row(m, input.surveyId, true);
      assertCan(viewer, 'survey:manage', row.org_path);
      this.assertTakesResults(row);
      const [org] = (await m.query(`SELECT code FROM organisation WHERE id = $1`, [input.organisationId])) as Array<{ code: string }>;
      if (!org) throw notFound('Organisation');
      const questionScores = Object.fromEntries((input.questionScores ?? []).map((q) => [q.code.toUpperCase(), q.score]));
      const [written] = await this.writeResults(m, viewer, row, [{ where: 'input', organisationCode: org.code, responses: input.responses, score: input.score ?? null, sd: input.sd ?? null, questionScores }], 'ENTERED');
      await appendAudit(m, {
        entityType: 'survey',
        entityId: row.id,
        action: 'SURVEY_RESULT_ENTERED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', row.org_path),
        scopePath: row.org_path,
        payload: { organisationId: input.organisationId, responses: written!.responses, score: written!.score, margin: written!.margin },
        occurredAt: this.now(),
      });
      return this.view(m, await this.row(m, row.id));
    });
  }

  /**
   * Imports 好差评 ratings of service departments for a year: per department
   * and period the five levels or good/bad counts; a period imported again
   * replaces the earlier figures. Nothing is written unless every row is valid.
   */
  async importRatings(viewer: Viewer | null, input: ImportServiceRatingsInput): Promise<number> {
    assertCan(viewer, 'survey:manage');
    const rows = await parseRatingFile(input.fileName, input.contentBase64);
    return this.dataSource.transaction(async (m) => {
      const orgs = new Map(
        ((await m.query(`SELECT id, code, path FROM organisation WHERE code = ANY($1::text[])`, [[...new Set(rows.map((r) => r.organisationCode))]])) as Array<{ id: string; code: string; path: string }>).map(
          (o) => [o.code, o],
        ),
      );
      const errors: FieldError[] = [];
      const seen = new Map<string, string>();
      const valid: Array<{ o: string; p: string; l: number[] | null; g: number; b: number }> = [];
      const paths: string[] = [];
      for (const r of rows) {
        const where = `line ${r.line}`;
        const problems: string[] = [];
        const org = orgs.get(r.organisationCode);
        if (!r.organisationCode) problems.push('an organisation code is required');
        else if (!org) problems.push(`no organisation with code ${r.organisationCode}`);
        else if (!can(viewer, 'survey:manage', org.path)) problems.push('outside your jurisdiction');
        if (!r.period) problems.push('a period is required');
        else if (!r.period.startsWith(String(input.year))) problems.push(`the period must lie in ${input.year}`);
        const key = `${r.organisationCode}|${r.period}`;
        if (seen.has(key)) problems.push(`repeats ${seen.get(key)}`);
        else seen.set(key, where);
        const counts = r.levels ?? [r.good, r.bad];
        if (counts.some((c) => c === null || !Number.isInteger(c) || c < 0)) problems.push('counts must be whole numbers of at least 0');
        if (problems.length) {
          errors.push({ field: where, messages: problems });
          continue;
        }
        const gb = r.levels
          ? goodAndBad({ verySatisfied: r.levels[0], satisfied: r.levels[1], basicallySatisfied: r.levels[2], dissatisfied: r.levels[3], veryDissatisfied: r.levels[4] })
          : { good: r.good!, bad: r.bad! };
        valid.push({ o: org!.id, p: r.period, l: r.levels, g: gb.good, b: gb.bad });
        paths.push(org!.path);
      }
      if (errors.length) throw validation(errors, `${errors.length} row(s) are not valid; nothing was imported`);
      await m.query(
        `INSERT INTO service_rating (organisation_id, year, period, very_satisfied, satisfied, basically_satisfied, dissatisfied, very_dissatisfied, good, bad, recorded_by, recorded_at)
         SELECT x.o, $2, x.p, (x.l->>0)::int, (x.l->>1)::int, (x.l->>2)::int, (x.l->>3)::int, (x.l->>4)::int, x.g, x.b, $3, $4
           FROM jsonb_to_recordset($1::jsonb) AS x(o uuid, p text, l jsonb, g int, b int)
         ON CONFLICT (organisation_id, year, period) DO UPDATE SET very_satisfied = EXCLUDED.very_satisfied, satisfied = EXCLUDED.satisfied,
           basically_satisfied = EXCLUDED.basically_satisfied, dissatisfied = EXCLUDED.dissatisfied, very_dissatisfied = EXCLUDED.very_dissatisfied,
           good = EXCLUDED.good, bad = EXCLUDED.bad, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [JSON.stringify(valid), input.year, viewer.userId, this.now()],
      );
      const scope = commonScope(paths);
      await appendAudit(m, {
        entityType: 'service_rating',
        entityId: valid[0]!.o,
        action: 'SERVICE_RATINGS_IMPORTED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'survey:manage', scope),
        scopePath: scope,
        payload: { year: input.year, fileName: input.fileName, rows: valid.length, departments: new Set(valid.map((v) => v.o)).size },
        occurredAt: this.now(),
      });
      return valid.length;
    });
  }

  /** The departments with 好差评 ratings in a year, within the viewer's jurisdiction, with their rating score. */
  async ratings(viewer: Viewer | null, year: number): Promise<ServiceRatingView[]> {
    assertCan(viewer, 'assessment:read');
    const rows = (await this.dataSource.manager.query(
      `SELECT o.id AS "organisationId", o.name AS "organisationName", o.code AS "organisationCode", r.year, count(*)::int AS periods,
              CASE WHEN bool_and(r.very_satisfied IS NOT NULL) THEN sum(r.very_satisfied)::int END AS "verySatisfied",
              CASE WHEN bool_and(r.satisfied IS NOT NULL) THEN sum(r.satisfied)::int END AS satisfied,
              CASE WHEN bool_and(r.basically_satisfied IS NOT NULL) THEN sum(r.basically_satisfied)::int END AS "basicallySatisfied",
              CASE WHEN bool_and(r.dissatisfied IS NOT NULL) THEN sum(r.dissatisfied)::int END AS dissatisfied,
              CASE WHEN bool_and(r.very_dissatisfied IS NOT NULL) THEN sum(r.very_dissatisfied)::int END AS "veryDissatisfied",
              sum(r.good)::int AS good, sum(r.bad)::int AS bad
         FROM service_rating r JOIN organisation o ON o.id = r.organisation_id
        WHERE r.year = $1 AND o.path LIKE ANY($2::text[])
        GROUP BY o.id, r.year ORDER BY o.code LIMIT ${RATINGS_MAX}`,
      [year, subtreePatterns(scopeOf(viewer, 'assessment:read'))],
    )) as Array<Omit<ServiceRatingView, 'score'>>;
    return rows.map((r) => ({ ...r, score: ratingScore(r.good, r.bad) }));
  }
}

/** The deepest path every given path lies in (the audit row's scope). */
function commonScope(paths: string[]): string {
  const parts = paths.map((p) => p.split('/').filter(Boolean));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p[i] !== undefined && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return `/${common.join('/')}/`;
}
