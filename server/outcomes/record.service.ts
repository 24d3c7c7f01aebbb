import type { DataSource, EntityManager } from 'typeorm';
import { computeCounters, type BlockedOutcome, type Counter, type Subject } from '../../workflows/outcomes/rules.js';
import { GRADE_SCALES } from '../../workflows/rules/grades.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay } from '../calendar/calendar.service.js';
import type { CaseRecordService } from '../cases/record/case-record.service.js';
import { AppError, notFound } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { subtreePatterns } from '../common/sql.js';
import { OutcomeTask } from './outcome.entity.js';
import { toRecord } from './record-view.js';
import type { CadreRecord } from './record.types.js';
import { loadResults, loadStatusPeriods, plansFor, type OutcomeSubject, type ResultRow } from './reconcile.js';

import type { AlertCounter, AlertStage } from './alerts.js';


export interface CounterAlertShape {
  cadreId: string;
  organisationId: string;
  counter: AlertCounter;
  stage: AlertStage;
  /** Consecutive years up to and including `latestYear`. */
  value: number;
  threshold: number;
  latestYear: number;
  latestGrade: string;
  countedYears: number[];
}

export interface CounterAlertFilter {
  counter?: AlertCounter | null;
  stage?: AlertStage | null;
  organisationId?: string | null;
  /** Only cadres whose latest final result is of this year. */
  year?: number | null;
}

/** One year's final result in a cadre's record, with how it was reached. */
/**
 * A year's result as the assessed reads it: decided (DECIDED, or OVERLAY),
 * with the comment, the gates and the notice, but not what was proposed,
 * whether the committee changed it, or why.
 */
function asAssessedReads(d: YearResultShape): YearResultShape {
  return { ...d, proposedGrade: null, changedFrom: null, changeReason: null, decision: d.decision === 'OVERLAY' ? 'OVERLAY' : 'DECIDED' };
}

export interface YearResultShape {
  assessmentId: string;
  cycleId: string;
  year: number;
  grade: string;
  decidedAt: Date;
  proposedGrade: string | null;
  proposalComment: string | null;
  /** APPROVED (the proposal stood), CHANGED (with a reason), or OVERLAY (UNGRADED / COMMENT_ONLY from status facts); DECIDED for the cadre reading their own record. */
  decision: string;
  changedFrom: string | null;
  changeReason: string | null;
  overlay: string;
  overlayReason: string | null;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  score: number | null;
  gates: Array<{ code: string; effect: string; detail: string }>;
}

export interface RecordShape {
  subject: Subject;
  cadreId: string | null;
  organisationId: string;
  results: YearResultShape[];
  outcomes: OutcomeTask[];
  counters: Counter[];
  blocked: BlockedOutcome[];
}

/**
 * A cadre's (or team's) record: results by year with how each was reached,
 * outcome tasks, counters and what blocks an outcome, with the case side
 * (result versions, cases, promotion blockers); and the counter alerts of
 * the viewer's jurisdictions.
 */
export class OutcomeRecordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly caseRecord: CaseRecordService,
  ) {}

  /** The record with its case side. The outcomes side checks the viewer may read it (outcome:read and case:read go to the same roles); the cases side adds a fixed number of queries. */
  async recordWithCases(viewer: Viewer | null, who: { cadreId?: string | null; organisationId?: string | null }) {
    const shape = await this.record(viewer, who);
    const extras = await this.caseRecord.recordExtras({ cadreId: shape.cadreId, assessmentIds: shape.results.map((r) => r.assessmentId) });
    return { shape, extras };
  }

  /** The record as GraphQL shows it: results by year with their versions, outcomes, counters, cases and what blocks a promotion. */
  async recordView(viewer: Viewer | null, who: { cadreId?: string | null; organisationId?: string | null }): Promise<CadreRecord> {
    const { shape, extras } = await this.recordWithCases(viewer, who);
    const promotion = extras.promotion ? { blocked: extras.promotion.blockers.length > 0, ...extras.promotion } : null;
    return toRecord(shape, extras, promotion);
  }

  /**
   * Cadres of the viewer's jurisdictions whose latest final annual result
   * completes a run that leads to an outcome (a third consecutive EXCELLENT,
   * a second consecutive BASICALLY_COMPETENT or INCOMPETENT — thresholds from
   * the settings the latest cycle pinned) or would with one more such year.
   * Set-based: one statement over every result (gaps and islands), whatever
   * the number of cadres; the same grade classes as `computeCounters`.
   */
  async counterAlerts(viewer: Viewer | null, filter: CounterAlertFilter, first: number, after?: string | null): Promise<ConnectionShape<CounterAlertShape>> {
    assertCan(viewer, 'outcome:read');
    const r = DEFAULT_RULE_SETTINGS.results;
    const level = (i: number) => [GRADE_SCALES.CADRE[i], GRADE_SCALES.PUBLIC_INSTITUTION[i]];
    const params: unknown[] = [
      subtreePatterns(scopeOf(viewer, 'outcome:read')),
      level(0),
      level(2),
      level(3),
      r.meritConsecutiveExcellentYears,
      r.basicallyCompetentAdjustmentConsecutiveYears,
      r.incompetentDismissalConsecutiveYears,
    ];
    const where: string[] = [];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (filter.counter) where.push(`a.counter = ${add(filter.counter)}`);
    if (filter.stage) where.push(`a.stage = ${add(filter.stage)}`);
    if (filter.year) where.push(`a.latest_year = ${add(filter.year)}`);
    if (filter.organisationId) where.push(`a.org_path LIKE (SELECT path || '%' FROM organisation WHERE id = ${add(filter.organisationId)})`);
    const base = `
      WITH results AS (
        SELECT DISTINCT ON (a.cadre_id, c.year) a.cadre_id, c.year, a.final_grade AS grade, a.organisation_id, a.org_path, c.settings
          FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         WHERE a.machine_id = 'annualAssessment' AND c.kind = 'ANNUAL' AND c.state <> 'cancelled' AND a.final_grade IS NOT NULL
           AND a.kind = 'CADRE_ANNUAL' AND a.org_path LIKE ANY($1::text[])
         ORDER BY a.cadre_id, c.year, a.updated_at DESC
      ), classed AS (
        SELECT *, CASE WHEN grade = ANY($2::text[]) THEN 'CONSECUTIVE_EXCELLENT'
                       WHEN grade = ANY($3::text[]) THEN 'CONSECUTIVE_BASICALLY_COMPETENT'
                       WHEN grade = ANY($4::text[]) THEN 'CONSECUTIVE_INCOMPETENT' END AS counter,
                  max(year) OVER (PARTITION BY cadre_id) AS latest_year
          FROM results
      ), islands AS (
        -- Years of one class with no other result and no missing year between them share year - row_number().
        SELECT *, year - row_number() OVER (PARTITION BY cadre_id, counter ORDER BY year) AS island FROM classed WHERE counter IS NOT NULL
      ), runs AS (
        SELECT l.cadre_id, l.organisation_id, l.org_path, l.counter, l.latest_year, l.grade AS latest_grade,
               array_agg(i.year ORDER BY i.year) AS counted_years, count(*)::int AS value,
               CASE l.counter
                 WHEN 'CONSECUTIVE_EXCELLENT' THEN coalesce((l.settings->'results'->>'meritConsecutiveExcellentYears')::int, $5)
                 WHEN 'CONSECUTIVE_BASICALLY_COMPETENT' THEN coalesce((l.settings->'results'->>'basicallyCompetentAdjustmentConsecutiveYears')::int, $6)
                 ELSE coalesce((l.settings->'results'->>'incompetentDismissalConsecutiveYears')::int, $7) END AS threshold
          FROM islands l JOIN islands i ON i.cadre_id = l.cadre_id AND i.counter = l.counter AND i.island = l.island
         WHERE l.year = l.latest_year
         GROUP BY l.cadre_id, l.organisation_id, l.org_path, l.counter, l.latest_year, l.grade, l.settings
      ), alerts AS (
        -- A merit is earned at every full run (3, 6, 9… years); adjustment and dismissal from the threshold on.
        SELECT *, CASE WHEN counter = 'CONSECUTIVE_EXCELLENT' THEN CASE WHEN value % threshold = 0 THEN 'REACHED' WHEN value % threshold = threshold - 1 THEN 'NEXT_YEAR' END
                       ELSE CASE WHEN value >= threshold THEN 'REACHED' WHEN value = threshold - 1 THEN 'NEXT_YEAR' END END AS stage
          FROM runs
      )
      SELECT a.* FROM alerts a WHERE a.stage IS NOT NULL${where.length ? ` AND ${where.join(' AND ')}` : ''}`;
    const countParams = [...params];
    const cursor = decodeCursor(after, 3);
    let page = base;
    if (cursor) page += ` AND (a.stage, a.counter, a.cadre_id) > (${add(cursor[0])}, ${add(cursor[1])}, ${add(cursor[2])}::uuid)`;
    page += ` ORDER BY a.stage, a.counter, a.cadre_id LIMIT ${add(first + 1)}`;
    const rows: Array<{ cadre_id: string; organisation_id: string; counter: AlertCounter; stage: AlertStage; value: number; threshold: number; latest_year: number; latest_grade: string; counted_years: number[] }> =
      await this.dataSource.query(page, params);
    const alerts = rows.map((row) => ({
      cadreId: row.cadre_id,
      organisationId: row.organisation_id,
      counter: row.counter,
      stage: row.stage,
      value: row.value,
      threshold: row.threshold,
      latestYear: row.latest_year,
      latestGrade: row.latest_grade,
      countedYears: row.counted_years,
    }));
    return toConnection(alerts, first, (a) => [a.stage, a.counter, a.cadreId], async () => {
      const [{ n }] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM (${base}) x`, countParams)) as [{ n: number }];
      return n;
    });
  }

  /**
   * One cadre's (or one team's) record: the final results by year with how
   * each was reached, every outcome task with its state, and the counters
   * with their explanations. A fixed number of queries, whatever the years.
   */
  async record(viewer: Viewer | null, who: { cadreId?: string | null; organisationId?: string | null }): Promise<RecordShape> {
    const m = this.dataSource.manager;
    let subject: OutcomeSubject;
    /** The cadre reading their own record: the decision and its reasons, not the deliberation. */
    let assessed = false;
    if (who.cadreId) {
      const [cadre] = (await m.query(`SELECT c.id, c.organisation_id, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [who.cadreId])) as Array<{
        id: string;
        organisation_id: string;
        path: string;
      }>;
      if (!cadre) throw notFound('Cadre');
      if (viewer?.cadreId !== cadre.id) assertCan(viewer, 'outcome:read', cadre.path);
      assessed = viewer?.cadreId === cadre.id;
      subject = { subject: 'CADRE', cadreId: cadre.id, organisationId: cadre.organisation_id };
    } else if (who.organisationId) {
      const [org] = (await m.query(`SELECT id, path FROM organisation WHERE id = $1`, [who.organisationId])) as Array<{ id: string; path: string }>;
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'outcome:read', org.path);
      subject = { subject: 'TEAM', cadreId: null, organisationId: org.id };
    } else {
      throw new AppError('VALIDATION', 'Give a cadreId or an organisationId', { fields: [{ field: 'cadreId', messages: ['or organisationId is required'] }] });
    }
    const results = await loadResults(m, subject);
    const periods = await loadStatusPeriods(m, subject.cadreId);
    const details = (await this.resultDetails(m, results)).map((d) => (assessed ? asAssessedReads(d) : d));
    const outcomes = await m
      .getRepository(OutcomeTask)
      .createQueryBuilder('t')
      .where(subject.subject === 'CADRE' ? 't.cadre_id = :id' : `t.subject = 'TEAM' AND t.organisation_id = :id`, { id: subject.cadreId ?? subject.organisationId })
      .orderBy('t.year', 'ASC')
      .addOrderBy('t.created_at', 'ASC')
      .addOrderBy('t.kind', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getMany();
    const latest = results.at(-1);
    const counters = latest ? computeCounters(subject.subject, results, latest.settings, latest.year) : [];
    const blocked = latest ? plansFor(subject, results, latest.year, periods, chinaDay(this.now()))[0]!.blocked : [];
    return { subject: subject.subject, cadreId: subject.cadreId, organisationId: subject.organisationId, results: details, outcomes, counters, blocked };
  }

  /** How each result was reached: the proposal, the committee's approval or change with its reason, the overlay, the notice, the grading engine's gates. */
  private async resultDetails(m: EntityManager, results: ResultRow[]): Promise<YearResultShape[]> {
    if (results.length === 0) return [];
    const rows: Array<{ id: string; overlay: string; updated_at: Date; context: Record<string, never>; score: number | null; gates: YearResultShape['gates'] | null }> = await m.query(
      `SELECT a.id, a.overlay, a.updated_at, a.snapshot->'context' AS context, g.score::float8 AS score, g.gates
         FROM assessment a
         LEFT JOIN LATERAL (SELECT score, gates FROM grading_result WHERE assessment_id = a.id ORDER BY version DESC LIMIT 1) g ON true
        WHERE a.id = ANY($1::uuid[])`,
      [results.map((r) => r.assessmentId)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return results.map((r) => {
      const row = byId.get(r.assessmentId)!;
      const ctx = row.context as {
        proposal?: { grade: string; comment: string } | null;
        decision?: { grade: string; changedFrom: string | null; reason: string | null; at: string } | null;
        overlayReason?: string | null;
        notice?: { startsOn: string; endsOn: string } | null;
      };
      const changed = ctx.decision?.changedFrom != null;
      return {
        assessmentId: r.assessmentId,
        cycleId: r.cycleId,
        year: r.year,
        grade: r.grade,
        decidedAt: ctx.decision?.at ? new Date(ctx.decision.at) : row.updated_at,
        proposedGrade: ctx.proposal?.grade ?? null,
        proposalComment: ctx.proposal?.comment ?? null,
        decision: row.overlay !== 'NONE' ? 'OVERLAY' : changed ? 'CHANGED' : 'APPROVED',
        changedFrom: ctx.decision?.changedFrom ?? null,
        changeReason: ctx.decision?.reason ?? null,
        overlay: row.overlay,
        overlayReason: ctx.overlayReason ?? null,
        noticeStartsOn: ctx.notice?.startsOn ?? null,
        noticeEndsOn: ctx.notice?.endsOn ?? null,
        score: row.score,
        gates: row.gates ?? [],
      };
    });
  }
}
