import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnnualContext } from '../../workflows/assessment/annual.machine.js';
import { flattenStateValue, candidateEvents } from '../../workflows/lifecycle.js';
import { MACHINES, machineSpec, type MachineSpec } from '../../workflows/registry.js';
import { hasOpenInvestigation, isLongLeave, type StatusPeriod } from '../../workflows/cadre/status.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import { accusationCountsAgainst, type AccusationContext, type AccusationSource, type ClearingMethod, type ClearingScope, type PointFinding } from '../../workflows/cases/accusation.machine.js';
import { isBetterResult, isLighterPenalty, isWarning, isWithinDays, penaltyCategory, penaltyPeriodMonths, periodEnd, reviewableGrades, type CorrectionSource } from '../../workflows/cases/correction.js';
import { ftDeadline, type Distinction, type FtContext, type FtOrigin, type FtOutcome, type SixFactors } from '../../workflows/cases/fault-tolerance.machine.js';
import { promotionBlockers, type AccusationFact, type InvestigationFact, type PenaltyFact, type PromotionBlocker } from '../../workflows/cases/promotion.js';
import { appealAfterReviewLastDay, directAppealLastDay, reviewDeadline, reviewRequestLastDay, type CaseDecision, type ReviewContext, type ReviewRoute } from '../../workflows/cases/review.machine.js';
import type { CollectiveDecision } from '../../workflows/assessment/annual.machine.js';
import { isWithinExcellentQuota } from '../../workflows/rules/quota.js';
import type { PenaltyKind, RuleSettings } from '../../workflows/rules/settings.js';
import { actingCapacity, assertActor, isSubject, leafStates, statesAwaiting, type ActorTarget } from '../workflow/actors.js';
import { Assessment } from '../assessments/assessment.entity.js';
import type { AssessmentService, MutationOptions } from '../assessments/assessment.service.js';
import { applyTransition, persist, restore, type InstanceTable, type MachineEvent, type TransitionActor } from '../workflow/transition.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertSignedIn, can, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import type { CadreService } from '../cadres/cadre.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { decodeCursor, toConnection, type ConnectionShape } from '../common/pagination.js';
import { subtreePatterns } from '../common/sql.js';
import type { GradingService } from '../grading/grading.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { FinalResultChanged } from '../results/result-events.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { closeInvestigationRefusal, decidePenaltyRefusal, openFaultToleranceCheck } from './record-actions.js';

export type CaseTable = Extract<InstanceTable, 'review_case' | 'fault_tolerance_case' | 'accusation'>;

/** A row of one of the case tables, as the API shows it. */
export interface CaseRow {
  id: string;
  table: CaseTable;
  machineId: string;
  cadreId: string;
  organisationId: string;
  orgPath: string;
  state: string;
  version: number;
  snapshot: { value: unknown; context: Record<string, unknown>; status: string };
  dueAt: Date | null;
  dueEvent: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Table-specific columns (assessment_id, route, penalty_id, origin, outcome, source, concerns_year, …). */
  extra: Record<string, unknown>;
}

const EXTRA_COLUMNS: Record<CaseTable, string[]> = {
  review_case: ['assessment_id', 'route'],
  fault_tolerance_case: ['penalty_id', 'origin', 'mistake_key', 'outcome'],
  accusation: ['source', 'concerns_year', 'negative_code', 'received_on', 'counts_against'],
};

function toCaseRow(table: CaseTable, r: Record<string, unknown>): CaseRow {
  return {
    id: r.id as string,
    table,
    machineId: r.machine_id as string,
    cadreId: r.cadre_id as string,
    organisationId: r.organisation_id as string,
    orgPath: r.org_path as string,
    state: r.state as string,
    version: r.version as number,
    snapshot: r.snapshot as CaseRow['snapshot'],
    dueAt: (r.due_at as Date | null) ?? null,
    dueEvent: (r.due_event as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    extra: Object.fromEntries(EXTRA_COLUMNS[table].map((c) => [c, r[c]])),
  };
}

/** The Beijing midnight after a window's last day: the deadline job fires then. */
const CASE_MACHINES: Record<CaseTable, MachineSpec> = { review_case: MACHINES.reviewCase, fault_tolerance_case: MACHINES.faultToleranceCase, accusation: MACHINES.accusation };

const dueAfter = (lastDay: string) => chinaMidnight(addDays(lastDay, 1)).toISOString();

/** Derived columns written with every case transition: the next deadline, and the queryable outcome. */
function deriveCase(table: CaseTable) {
  return (next: AnyMachineSnapshot, state: string): Record<string, unknown> => {
    if (table === 'review_case') {
      const d = reviewDeadline(state, next.context as ReviewContext);
      return { due_at: d ? dueAfter(d.lastDay) : null, due_event: d?.event ?? null };
    }
    if (table === 'fault_tolerance_case') {
      const c = next.context as FtContext;
      const d = ftDeadline(state, c);
      return { due_at: d ? dueAfter(d.lastDay) : null, due_event: d?.event ?? null, outcome: c.decision?.outcome ?? null };
    }
    return { counts_against: accusationCountsAgainst(state) };
  };
}

export interface ResultVersionRow {
  assessmentId: string;
  version: number;
  grade: string;
  previousGrade: string | null;
  source: string;
  reason: string | null;
  caseId: string | null;
  decidedBy: string | null;
  decidedRole: string | null;
  decidedAt: Date;
}

/** A case in a cadre's (or team's) record, with the assessment year it belongs to. */
export interface RecordCase {
  row: CaseRow;
  year: number;
}

/** What the cases add to a record: every result version, and the cases of the cadre or of the team's results. */
export interface RecordEntries {
  versions: ResultVersionRow[];
  reviews: RecordCase[];
  faultTolerance: RecordCase[];
  accusations: RecordCase[];
}

export interface ReviewWindowView {
  noticeOn: string;
  today: string;
  reviewable: boolean;
  reviewableGrades: string[];
  reviewLastDay: string;
  directAppealLastDay: string;
  reviewRequestDays: number;
  directAppealDays: number;
  openCaseId: string | null;
  availableRoutes: ReviewRoute[];
}

export interface PenaltyRow {
  id: string;
  cadreId: string;
  kind: string;
  category: string | null;
  startedOn: string | null;
  decidedOn: string | null;
  effectiveUntil: string | null;
  tolerated: boolean;
  replacedBy: string | null;
  note: string;
  /** Where the cadre sits (not shown): what the viewer may do to it is decided there. */
  orgPath: string;
  organisationId: string;
}

export interface InvestigationRow {
  id: string;
  cadreId: string;
  startsOn: string;
  endsOn: string | null;
  conclusion: string | null;
  penaltyId: string | null;
  note: string;
  /** Where the cadre sits (not shown). */
  orgPath: string;
}

/** Penalty rows with their cadre's place (what the viewer may do to them is decided there): alias p. */
const PENALTY_SELECT = `SELECT p.id, p.cadre_id AS "cadreId", p.kind, p.category, p.started_on::text AS "startedOn", p.decided_on::text AS "decidedOn",
        p.effective_until::text AS "effectiveUntil", p.tolerated, p.replaced_by AS "replacedBy", p.note, o.path AS "orgPath", c.organisation_id AS "organisationId"
   FROM penalty p JOIN cadre c ON c.id = p.cadre_id JOIN organisation o ON o.id = c.organisation_id`;
/** Investigation rows with their cadre's place: alias s. */
const INVESTIGATION_SELECT = `SELECT s.id, s.cadre_id AS "cadreId", s.starts_on::text AS "startsOn", s.ends_on::text AS "endsOn", s.conclusion,
        s.conclusion_penalty_id AS "penaltyId", coalesce(s.conclusion_note, s.note) AS note, o.path AS "orgPath"
   FROM cadre_status_period s JOIN cadre c ON c.id = s.cadre_id JOIN organisation o ON o.id = c.organisation_id`;

/**
 * Everything after the decision that can change a result or clear a name:
 * review and appeal (复核, 申诉), penalties and investigations, fault
 * tolerance (容错纠错) and clearing names (澄清正名). Each case is a persisted
 * machine instance changed only through the transition step; a decision that
 * corrects a result does so in the same transaction, through the assessment's
 * own machine (AssessmentService.applyCorrection).
 */
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly assessments: AssessmentService,
    private readonly grading: GradingService,
    private readonly cadres: CadreService,
  ) {}

  private at(): string {
    return this.now().toISOString();
  }
  private today(): string {
    return chinaDay(this.now());
  }

  // ---------- result versions ----------

  /** The final-result listener: version 1 when decided, a new version for each correction. Immutable rows. */
  async recordResultVersion(m: EntityManager, change: FinalResultChanged): Promise<void> {
    if (change.grade === null) return;
    await m.query(
      `INSERT INTO result_version (assessment_id, version, grade, previous_grade, source, reason, case_id, decided_by, decided_role, decided_at)
       SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 FROM result_version WHERE assessment_id = $1`,
      [change.assessmentId, change.grade, change.previousGrade, change.source, change.reason, change.caseId, change.actor.userId, change.actor.role, change.at],
    );
  }

  async resultVersions(viewer: Viewer | null, assessmentId: string): Promise<ResultVersionRow[]> {
    await this.assessments.get(viewer, assessmentId);
    return this.resultVersionsOf([assessmentId]).then((rows) => rows);
  }

  resultVersionsOf(assessmentIds: string[], m: EntityManager = this.dataSource.manager): Promise<ResultVersionRow[]> {
    return m.query(
      `SELECT assessment_id AS "assessmentId", version, grade, previous_grade AS "previousGrade", source, reason, case_id AS "caseId",
              decided_by AS "decidedBy", decided_role AS "decidedRole", decided_at AS "decidedAt"
         FROM result_version WHERE assessment_id = ANY($1::uuid[]) ORDER BY assessment_id, version`,
      [assessmentIds],
    );
  }

  /**
   * The case side of a record, in four queries whatever the history: every
   * version of the given results; the review and appeal cases of the cadre
   * or of those results (a team's); the cadre's fault-tolerance cases and
   * accusations. The caller has checked the viewer may read the record.
   */
  async recordEntries(m: EntityManager, who: { cadreId: string | null; assessmentIds: string[] }): Promise<RecordEntries> {
    const versions = await this.resultVersionsOf(who.assessmentIds, m);
    const reviews = (await m.query(
      `SELECT r.*, c.year AS record_year FROM review_case r JOIN assessment a ON a.id = r.assessment_id JOIN assessment_cycle c ON c.id = a.cycle_id
        WHERE a.cadre_id = $1 OR r.assessment_id = ANY($2::uuid[]) ORDER BY r.created_at, r.id`,
      [who.cadreId, who.assessmentIds],
    )) as Array<Record<string, unknown>>;
    const tolerance = (await m.query(
      `SELECT f.*, coalesce(extract(year FROM p.decided_on), extract(year FROM p.started_on), extract(year FROM f.created_at AT TIME ZONE 'Asia/Shanghai'))::int AS record_year
         FROM fault_tolerance_case f LEFT JOIN penalty p ON p.id = f.penalty_id WHERE f.cadre_id = $1 ORDER BY f.created_at, f.id`,
      [who.cadreId],
    )) as Array<Record<string, unknown>>;
    const accusations = (await m.query(`SELECT *, concerns_year AS record_year FROM accusation WHERE cadre_id = $1 ORDER BY created_at, id`, [who.cadreId])) as Array<Record<string, unknown>>;
    const cases = (table: CaseTable, rows: Array<Record<string, unknown>>) => rows.map((r) => ({ row: toCaseRow(table, r), year: Number(r.record_year) }));
    return { versions, reviews: cases('review_case', reviews), faultTolerance: cases('fault_tolerance_case', tolerance), accusations: cases('accusation', accusations) };
  }

  /**
   * What blocks the cadre's promotion today: sanctions whose period is in
   * force, open investigations, substantiated accusations — and, listed
   * apart, what never counts (tolerated or replaced sanctions, cleared
   * accusations). Three queries.
   */
  async promotionBlockersOf(m: EntityManager, cadreId: string, today = this.today()): Promise<{ blockers: PromotionBlocker[]; disregarded: PromotionBlocker[] }> {
    const penalties: PenaltyFact[] = await m.query(
      `SELECT id, kind, decided_on::text AS "decidedOn", effective_until::text AS "effectiveUntil", tolerated, replaced_by AS "replacedBy" FROM penalty WHERE cadre_id = $1 ORDER BY decided_on, id`,
      [cadreId],
    );
    const investigations: InvestigationFact[] = await m.query(
      `SELECT id, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM cadre_status_period WHERE cadre_id = $1 AND kind = 'INVESTIGATION' ORDER BY starts_on`,
      [cadreId],
    );
    const accusations: AccusationFact[] = await m.query(`SELECT id, state, concerns_year AS "concernsYear" FROM accusation WHERE cadre_id = $1 ORDER BY received_on, id`, [cadreId]);
    return promotionBlockers({ penalties, investigations, accusations }, today);
  }

  /** The case side of a record (entries and, for a cadre, the promotion blockers), for a viewer already allowed to read it. */
  async recordExtras(who: { cadreId: string | null; assessmentIds: string[] }) {
    const m = this.dataSource.manager;
    const entries = await this.recordEntries(m, who);
    return { ...entries, promotion: who.cadreId ? await this.promotionBlockersOf(m, who.cadreId) : null };
  }

  async promotionBlockers(viewer: Viewer | null, cadreId: string) {
    const cadre = await this.cadreScope(this.dataSource.manager, cadreId);
    if (viewer?.cadreId !== cadre.id) assertCan(viewer, 'case:read', cadre.path);
    return this.promotionBlockersOf(this.dataSource.manager, cadre.id);
  }

  // ---------- work queue ----------

  private readonly awaiting = new Map<string, Map<string, string[]>>();

  /** (role → leaf states) where a role holder acts next on a case of `table`; the assessed and the system are left out. */
  private awaitingFor(table: CaseTable): Map<string, string[]> {
    let map = this.awaiting.get(table);
    if (!map) {
      const spec = CASE_MACHINES[table];
      map = new Map([...statesAwaiting(spec)].filter(([actor]) => actor !== 'SUBJECT').map(([actor, states]) => [actor, states.flatMap((s) => leafStates(spec, s))]));
      this.awaiting.set(table, map);
    }
    return map;
  }

  /**
   * Cases of `table` waiting on one of the viewer's roles in their
   * jurisdictions: reviews for the deciding organ, appeals for the body the
   * rule set names, fault-tolerance steps and accusations to verify or clear
   * for discipline inspection, a correction to verify for the organisation
   * department. Oldest change first.
   */
  async workQueue(viewer: Viewer | null, table: CaseTable, first: number, after?: string | null): Promise<ConnectionShape<CaseRow>> {
    assertSignedIn(viewer);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (v: unknown) => `$${params.push(v)}`;
    for (const grant of viewer.grants) {
      const states = this.awaitingFor(table).get(grant.role) ?? [];
      if (!states.length) continue;
      // An appeal waits only on the body the rule set pinned in the case names.
      const appealBody = table === 'review_case' ? ` AND (state <> 'appealPending' OR snapshot->'context'->'windows'->>'appealDecidedBy' = ${add(grant.role)})` : '';
      conditions.push(`(org_path LIKE ${add(`${grant.organisationPath}%`)} AND state = ANY(${add(states)}::text[])${appealBody})`);
    }
    if (conditions.length === 0) return toConnection([], first, () => [], async () => 0);
    const where = `(${conditions.join(' OR ')})`;
    const countParams = [...params];
    const cursor = decodeCursor(after, 2);
    const page = cursor ? ` AND (updated_at, id) > (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)` : '';
    const rows = (await this.dataSource.query(`SELECT * FROM ${table} WHERE ${where}${page} ORDER BY updated_at, id LIMIT ${add(first + 1)}`, params)) as Array<Record<string, unknown>>;
    return toConnection(
      rows.map((r) => toCaseRow(table, r)),
      first,
      (r) => [r.updatedAt.toISOString(), r.id],
      async () => ((await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, countParams)) as [{ n: number }])[0].n,
    );
  }

  // ---------- instances ----------

  private async caseRow(m: EntityManager, table: CaseTable, id: string): Promise<CaseRow> {
    const [row] = (await m.query(`SELECT * FROM ${table} WHERE id = $1`, [id])) as Array<Record<string, unknown>>;
    if (!row) throw notFound(table === 'review_case' ? 'Review case' : table === 'fault_tolerance_case' ? 'Fault-tolerance case' : 'Accusation');
    return toCaseRow(table, row);
  }

  private target(row: { orgPath: string; organisationId: string; cadreId: string }): ActorTarget {
    return { orgPath: row.orgPath, organisationId: row.organisationId, cadreId: row.cadreId };
  }

  /** Inserts a new instance in its initial state, audited as opened (version 0 → 1). */
  private async createCase(
    m: EntityManager,
    table: CaseTable,
    spec: MachineSpec,
    input: object,
    columns: Record<string, unknown>,
    actor: TransitionActor,
  ): Promise<CaseRow> {
    const [snapshot] = initialTransition(spec.machine, input as never);
    const persisted = persist(snapshot);
    const state = flattenStateValue(snapshot.value);
    const names = Object.keys(columns);
    const [row] = (await m.query(
      `INSERT INTO ${table} (${names.join(', ')}, machine_id, machine_version, input, state, snapshot, created_by, created_at, updated_at)
       VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')}, $${names.length + 1}, $${names.length + 2}, $${names.length + 3}, $${names.length + 4}, $${names.length + 5}, $${names.length + 6}, $${names.length + 7}, $${names.length + 7})
       RETURNING *`,
      [...names.map((n) => columns[n]), spec.id, spec.version, JSON.stringify(input), state, JSON.stringify(persisted), actor.userId, this.at()],
    )) as Array<Record<string, unknown>>;
    await appendAudit(m, {
      entityType: table,
      entityId: row!.id as string,
      action: 'OPENED',
      actorUserId: actor.userId,
      actorRole: actor.role,
      scopePath: row!.org_path as string,
      toState: state,
      fromVersion: 0,
      payload: { input },
      occurredAt: this.now(),
    });
    return toCaseRow(table, row!);
  }

  /** One transition of a case through the transition step, with its derived columns. */
  private async step(m: EntityManager, row: CaseRow, event: MachineEvent, actor: TransitionActor, options: MutationOptions = {}, auditPayload?: Record<string, unknown>): Promise<CaseRow> {
    await applyTransition(
      m,
      row.table,
      { id: row.id, state: row.state, snapshot: row.snapshot, version: row.version, machine_id: row.machineId, org_path: row.orgPath },
      event,
      actor,
      { expectedVersion: options.expectedVersion, derive: deriveCase(row.table), auditPayload },
    );
    return this.caseRow(m, row.table, row.id);
  }

  /** The common path of a case action: idempotency, load, who may act, the event and its effects, one transaction. */
  private run(
    viewer: Viewer | null,
    table: CaseTable,
    id: string,
    eventType: string,
    request: Record<string, unknown>,
    options: MutationOptions,
    build: (ctx: { m: EntityManager; row: CaseRow; actor: TransitionActor; at: string; today: string }) => Promise<{ event: MachineEvent; after?: (m: EntityManager, row: CaseRow) => Promise<void>; auditPayload?: Record<string, unknown> }>,
  ): Promise<CaseRow> {
    return this.assessments
      .mutate(viewer, `${table}:${eventType}`, { id, request, expectedVersion: options.expectedVersion ?? null }, options.idempotencyKey, async (m) => {
        const row = await this.caseRow(m, table, id);
        const capacity = assertActor(viewer, machineSpec(row.machineId), eventType, this.target(row));
        const actor: TransitionActor = { userId: viewer?.userId ?? null, role: capacity };
        const { event, after, auditPayload } = await build({ m, row, actor, at: this.at(), today: this.today() });
        const next = await this.step(m, row, event, actor, options, auditPayload);
        await after?.(m, next);
        return next.id;
      })
      .then((caseId) => this.caseRow(this.dataSource.manager, table, caseId));
  }

  availableActions(viewer: Viewer | null, row: CaseRow): string[] {
    const spec = machineSpec(row.machineId);
    return candidateEvents(restore(spec, row.snapshot)).filter((e) => actingCapacity(viewer, spec, e, this.target(row)) !== null);
  }

  async get(viewer: Viewer | null, table: CaseTable, id: string): Promise<CaseRow> {
    const row = await this.caseRow(this.dataSource.manager, table, id);
    this.assertCanRead(viewer, row);
    return row;
  }

  private assertCanRead(viewer: Viewer | null, row: CaseRow): void {
    assertSignedIn(viewer);
    if (viewer.cadreId === row.cadreId) return;
    assertCan(viewer, 'case:read', row.orgPath);
  }

  /** Cases of a table in the viewer's jurisdictions (or one cadre's), newest id order, cursor-paginated. */
  async list(viewer: Viewer | null, table: CaseTable, filter: { cadreId?: string | null; state?: string | null }, first: number, after?: string | null): Promise<ConnectionShape<CaseRow>> {
    assertSignedIn(viewer);
    const own = filter.cadreId && filter.cadreId === viewer.cadreId;
    const scope = own ? ['%'] : subtreePatterns(scopeOf(viewer, 'case:read'));
    if (!own) assertCan(viewer, 'case:read');
    const params: unknown[] = [scope, filter.cadreId ?? null, filter.state ?? null];
    const where = `org_path LIKE ANY($1::text[]) AND ($2::uuid IS NULL OR cadre_id = $2) AND ($3::text IS NULL OR state = $3)`;
    const cursor = decodeCursor(after, 1);
    const rows = (await this.dataSource.query(
      `SELECT * FROM ${table} WHERE ${where} ${cursor ? `AND id > $5::uuid` : ''} ORDER BY id LIMIT $4`,
      [...params, first + 1, ...(cursor ? [cursor[0]] : [])],
    )) as Array<Record<string, unknown>>;
    return toConnection(
      rows.map((r) => toCaseRow(table, r)),
      first,
      (r) => [r.id],
      async () => ((await this.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as [{ n: number }])[0].n,
    );
  }

  // ---------- review and appeal ----------

  /** The users who took part in the committee decision of an assessment (its approvals and changes, from the audit trail). */
  private async originalDeciders(m: EntityManager, assessmentId: string): Promise<string[]> {
    const rows: Array<{ actor_user_id: string }> = await m.query(
      `SELECT DISTINCT actor_user_id FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1
          AND action IN ('APPROVE_GRADE', 'CHANGE_GRADE') AND actor_user_id IS NOT NULL`,
      [assessmentId],
    );
    return rows.map((r) => r.actor_user_id);
  }

  /** The cadre asks for a review (or appeals directly) of their result, within the statutory window of the written notice. */
  async openReview(viewer: Viewer | null, assessmentId: string, route: ReviewRoute, grounds: string, options: MutationOptions = {}): Promise<CaseRow> {
    assertSignedIn(viewer);
    const id = await this.assessments.mutate(viewer, 'openReview', { assessmentId, route, grounds }, options.idempotencyKey, async (m) => {
      const assessment = await m.getRepository(Assessment).findOneBy({ id: assessmentId });
      if (!assessment) throw notFound('Assessment');
      // A cadre's result: the cadre; a leadership team's: a principal leader of the unit, on the team's behalf (the case is theirs to pursue).
      if (!isSubject(viewer, { orgPath: assessment.orgPath, organisationId: assessment.organisationId, cadreId: assessment.cadreId })) {
        throw new AppError('FORBIDDEN', 'Only the assessed cadre (for a leadership team, its principal leader) may ask for a review or appeal of the result');
      }
      const applicant = assessment.cadreId ?? viewer.cadreId!;
      const ctx = assessment.snapshot.context as unknown as AnnualContext;
      if (!assessment.finalGrade || !ctx.writtenNoticeAt) throw new AppError('NOT_ELIGIBLE', 'There is no result notified in writing to review yet');
      const [cycle] = (await m.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [assessment.cycleId])) as Array<{ settings: RuleSettings }>;
      const settings = cycle!.settings;
      const input = {
        route,
        scale: (ctx.scale ?? 'CADRE') as ReviewContext['scale'],
        grade: assessment.finalGrade,
        noticeOn: chinaDay(new Date(ctx.writtenNoticeAt)),
        deciders: await this.originalDeciders(m, assessment.id),
        reviewableGrades: reviewableGrades(settings, (ctx.scale ?? 'CADRE') as ReviewContext['scale']),
        windows: settings.appeals,
      };
      if (!input.reviewableGrades.includes(input.grade)) {
        throw new AppError('NOT_ELIGIBLE', `A ${input.grade} result cannot be reviewed or appealed here (only ${input.reviewableGrades.join(', ')})`, { grade: input.grade });
      }
      const today = this.today();
      const lastDay = route === 'REVIEW' ? reviewRequestLastDay(input) : directAppealLastDay(input);
      const days = route === 'REVIEW' ? settings.appeals.reviewRequestDays : settings.appeals.directAppealDays;
      if (!isWithinDays(input.noticeOn, today, days)) {
        throw new AppError('DEADLINE_PASSED', `The ${days} days to ${route === 'REVIEW' ? 'ask for a review' : 'appeal'} ran from the written notice of ${input.noticeOn} to ${lastDay}`, { lastDay, today });
      }
      const open: unknown[] = await m.query(`SELECT 1 FROM review_case WHERE assessment_id = $1 AND state NOT IN ('appealDecided', 'closed', 'withdrawn')`, [assessment.id]);
      if (open.length) throw new AppError('CONFLICT', 'A review or appeal of this result is already open');
      const actor: TransitionActor = { userId: viewer.userId, role: 'SUBJECT' };
      const row = await this.createCase(m, 'review_case', MACHINES.reviewCase, input, {
        assessment_id: assessment.id,
        cadre_id: applicant,
        organisation_id: assessment.organisationId,
        org_path: assessment.orgPath,
        route,
      }, actor);
      const event = { type: route === 'REVIEW' ? 'REQUEST_REVIEW' : 'FILE_APPEAL', grounds, today, at: this.at() };
      return (await this.step(m, row, event, actor)).id;
    });
    return this.caseRow(this.dataSource.manager, 'review_case', id);
  }

  /**
   * Whether and until when the assessed may ask for a review or appeal directly
   * (DOMAIN.md §3 step 9): the days run from the written notice, the figures
   * from the cycle's settings. `availableRoutes` is what `openReview` would
   * accept from this viewer today; null when there is no result notified in
   * writing (or no cadre to ask).
   */
  async reviewWindow(viewer: Viewer | null, assessment: Assessment): Promise<ReviewWindowView | null> {
    const ctx = assessment.snapshot.context as unknown as AnnualContext;
    if (!assessment.cadreId || !assessment.finalGrade || !ctx.writtenNoticeAt) return null;
    const [cycle] = (await this.dataSource.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [assessment.cycleId])) as Array<{ settings: RuleSettings }>;
    if (!cycle) return null;
    const windows = cycle.settings.appeals;
    const noticeOn = chinaDay(new Date(ctx.writtenNoticeAt));
    const grades = reviewableGrades(cycle.settings);
    const [open] = (await this.dataSource.query(
      `SELECT id FROM review_case WHERE assessment_id = $1 AND state NOT IN ('appealDecided', 'closed', 'withdrawn') ORDER BY created_at DESC LIMIT 1`,
      [assessment.id],
    )) as Array<{ id: string }>;
    const today = this.today();
    const reviewable = grades.includes(assessment.finalGrade);
    const subject = isSubject(viewer, { orgPath: assessment.orgPath, organisationId: assessment.organisationId, cadreId: assessment.cadreId });
    const availableRoutes: ReviewRoute[] = [];
    if (subject && reviewable && !open) {
      if (isWithinDays(noticeOn, today, windows.reviewRequestDays)) availableRoutes.push('REVIEW');
      if (isWithinDays(noticeOn, today, windows.directAppealDays)) availableRoutes.push('DIRECT_APPEAL');
    }
    return {
      noticeOn,
      today,
      reviewable,
      reviewableGrades: grades,
      reviewLastDay: reviewRequestLastDay({ noticeOn, windows }),
      directAppealLastDay: directAppealLastDay({ noticeOn, windows }),
      reviewRequestDays: windows.reviewRequestDays,
      directAppealDays: windows.directAppealDays,
      openCaseId: open?.id ?? null,
      availableRoutes,
    };
  }

  /** The review and appeal cases of one assessment, newest first (few: one open at a time). */
  async reviewCasesOf(viewer: Viewer | null, assessmentId: string): Promise<CaseRow[]> {
    const rows = (await this.dataSource.query(`SELECT * FROM review_case WHERE assessment_id = $1 ORDER BY created_at DESC LIMIT 20`, [assessmentId])) as Array<Record<string, unknown>>;
    return rows.map((r) => toCaseRow('review_case', r)).filter((r) => this.canRead(viewer, r));
  }

  /** An appeal after the review decision, within its window (15 days by default). */
  appealAfterReview(viewer: Viewer | null, caseId: string, grounds: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'review_case', caseId, 'FILE_APPEAL', { grounds }, options, async ({ row, at, today }) => {
      const c = row.snapshot.context as unknown as ReviewContext;
      const lastDay = appealAfterReviewLastDay(c);
      if (row.state === 'reviewDecided' && lastDay && !isWithinDays(c.review!.on, today, c.windows.appealAfterReviewDays)) {
        throw new AppError('DEADLINE_PASSED', `The ${c.windows.appealAfterReviewDays} days to appeal ran from the review decision of ${c.review!.on} to ${lastDay}`, { lastDay, today });
      }
      return { event: { type: 'FILE_APPEAL', grounds, today, at } };
    });
  }

  /** The review or appeal decision: UPHELD, or CORRECTED to a better grade with its reason (a new result version). */
  decide(viewer: Viewer | null, caseId: string, stage: 'REVIEW' | 'APPEAL', decision: CaseDecision, grade: string | null, reason: string, options: MutationOptions = {}): Promise<CaseRow> {
    const eventType = stage === 'REVIEW' ? 'DECIDE_REVIEW' : 'DECIDE_APPEAL';
    if (decision === 'CORRECTED' && !grade) throw validation([{ field: 'input.grade', messages: ['a correction names the new grade'] }]);
    if (decision === 'UPHELD' && grade) throw validation([{ field: 'input.grade', messages: ['an upheld result keeps its grade'] }]);
    return this.run(viewer, 'review_case', caseId, eventType, { decision, grade, reason }, options, async ({ row, actor, at, today }) => {
      const c = row.snapshot.context as unknown as ReviewContext;
      if (stage === 'APPEAL') {
        const body = c.windows.appealDecidedBy;
        if (!viewer!.grants.some((g) => g.role === body && row.orgPath.startsWith(g.organisationPath))) {
          throw new AppError('FORBIDDEN', `Appeals are decided by ${body} here (a setting of the rule set)`);
        }
        actor.role = body;
      }
      if (c.deciders.includes(viewer!.userId)) {
        throw new AppError('CONFLICT_OF_INTEREST', stage === 'REVIEW' ? 'You took part in the decision under review: another member must review it' : 'You took part in the decision or the review: the appeal goes to someone else');
      }
      return {
        event: { type: eventType, decision, grade, reason, deciderId: viewer!.userId, today, at },
        after: async (m2) => {
          if (decision === 'CORRECTED') {
            await this.assessments.applyCorrection(m2, row.extra.assessment_id as string, { grade: grade!, reason, source: stage, caseId: row.id }, actor);
          }
        },
      };
    });
  }

  extendAppeal(viewer: Viewer | null, caseId: string, days: number, reason: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'review_case', caseId, 'EXTEND_APPEAL', { days, reason }, options, async ({ at, today }) => ({ event: { type: 'EXTEND_APPEAL', days, reason, today, at } }));
  }

  withdrawReview(viewer: Viewer | null, caseId: string, options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'review_case', caseId, 'WITHDRAW', {}, options, async ({ at, today }) => ({ event: { type: 'WITHDRAW', today, at } }));
  }

  // ---------- penalties and investigations ----------

  private async cadreScope(m: EntityManager, cadreId: string): Promise<{ id: string; organisationId: string; path: string; org: Organisation }> {
    const [cadre] = (await m.query(`SELECT c.id, c.organisation_id, o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{
      id: string;
      organisation_id: string;
      path: string;
    }>;
    if (!cadre) throw notFound('Cadre');
    const org = await m.getRepository(Organisation).findOneByOrFail({ id: cadre.organisation_id });
    return { id: cadre.id, organisationId: cadre.organisation_id, path: cadre.path, org };
  }

  /** Category and period end of a penalty decided on `decidedOn`, from the rule set in force there. */
  async penaltyFacts(m: EntityManager, org: Organisation, kind: PenaltyKind, decidedOn: string | null) {
    const { settings } = await effectiveRuleSet(m, org, decidedOn ?? this.today());
    const months = penaltyPeriodMonths(kind, settings.penaltyPeriods);
    return { category: penaltyCategory(kind), effectiveUntil: decidedOn && months ? periodEnd(decidedOn, months) : null };
  }

  /** Accountability (问责) or a sanction procedure starts: a penalty not yet decided. Fault-tolerance applications are open from now until it is decided. */
  async startAccountability(viewer: Viewer | null, cadreId: string, kind: PenaltyKind, startedOn: string, note: string): Promise<PenaltyRow> {
    assertCan(viewer, 'penalty:write');
    return this.dataSource.transaction(async (m) => {
      const cadre = await this.cadreScope(m, cadreId);
      assertCan(viewer, 'penalty:write', cadre.path);
      const { category } = await this.penaltyFacts(m, cadre.org, kind, null);
      const [p] = (await m.query(
        `INSERT INTO penalty (cadre_id, kind, started_on, decided_on, category, note, recorded_by, recorded_at) VALUES ($1,$2,$3,NULL,$4,$5,$6,$7) RETURNING id`,
        [cadreId, kind, startedOn, category, note, viewer.userId, this.now()],
      )) as Array<{ id: string }>;
      await this.auditCadre(m, viewer, 'penalty:write', cadre.path, cadreId, 'ACCOUNTABILITY_STARTED', { penaltyId: p!.id, kind, startedOn, note });
      return this.penalty(m, p!.id);
    });
  }

  /** The sanction is decided: its date, category and period (warning 6, demerit 12, major demerit 18, downgrade or dismissal 24 months). */
  async decidePenalty(viewer: Viewer | null, penaltyId: string, decidedOn: string): Promise<PenaltyRow> {
    assertCan(viewer, 'penalty:write');
    return this.dataSource.transaction(async (m) => {
      const before = await this.penalty(m, penaltyId, true);
      const refusal = decidePenaltyRefusal(viewer, before);
      if (refusal) throw refusal;
      const cadre = await this.cadreScope(m, before.cadreId);
      if (before.startedOn && decidedOn < before.startedOn) throw validation([{ field: 'input.decidedOn', messages: ['must not be before the accountability started'] }]);
      const facts = await this.penaltyFacts(m, cadre.org, before.kind as PenaltyKind, decidedOn);
      await m.query(`UPDATE penalty SET decided_on = $2, effective_until = $3, category = $4 WHERE id = $1`, [penaltyId, decidedOn, facts.effectiveUntil, facts.category]);
      await this.auditCadre(m, viewer, 'penalty:write', cadre.path, before.cadreId, 'PENALTY_DECIDED', { penaltyId, kind: before.kind, decidedOn, effectiveUntil: facts.effectiveUntil });
      return this.penalty(m, penaltyId);
    });
  }

  private async auditCadre(m: EntityManager, viewer: Viewer, permission: Parameters<typeof actingRole>[1], path: string, cadreId: string, action: string, payload: Record<string, unknown>) {
    await appendAudit(m, {
      entityType: 'cadre_penalty',
      entityId: cadreId,
      action,
      actorUserId: viewer.userId,
      actorRole: actingRole(viewer, permission, path),
      scopePath: path,
      payload,
      occurredAt: this.now(),
    });
  }

  async penalty(m: EntityManager, id: string, lock = false): Promise<PenaltyRow> {
    const [row] = (await m.query(`${PENALTY_SELECT} WHERE p.id = $1${lock ? ' FOR UPDATE OF p' : ''}`, [id])) as PenaltyRow[];
    if (!row) throw notFound('Penalty');
    return row;
  }

  async penaltiesOf(viewer: Viewer | null, cadreId: string): Promise<PenaltyRow[]> {
    await this.cadres.get(viewer, cadreId);
    return this.dataSource.query(`${PENALTY_SELECT} WHERE p.cadre_id = $1 ORDER BY coalesce(p.decided_on, p.started_on), p.id`, [cadreId]);
  }

  async investigationsOf(viewer: Viewer | null, cadreId: string): Promise<InvestigationRow[]> {
    await this.cadres.get(viewer, cadreId);
    return this.dataSource.query(`${INVESTIGATION_SELECT} WHERE s.cadre_id = $1 AND s.kind = 'INVESTIGATION' ORDER BY s.starts_on`, [cadreId]);
  }

  /** 立案审查: opens an investigation (a status fact; the assessment of the year goes UNGRADED while it is open). */
  async openInvestigation(viewer: Viewer | null, cadreId: string, startsOn: string, note: string): Promise<InvestigationRow> {
    await this.cadres.recordStatus(viewer, { cadreId, kind: 'INVESTIGATION', startsOn, note });
    const [row] = (await this.dataSource.query(`${INVESTIGATION_SELECT} WHERE s.cadre_id = $1 AND s.kind = 'INVESTIGATION' AND s.starts_on = $2`, [cadreId, startsOn])) as InvestigationRow[];
    return row!;
  }

  /**
   * Closes an investigation with its conclusion. With no penalty or a warning
   * the year it left UNGRADED is graded retroactively: the engine runs again
   * for each such decided assessment (the warning counting in that year) and
   * the result is corrected as a new version, source INVESTIGATION_CLOSED.
   */
  async closeInvestigation(viewer: Viewer | null, investigationId: string, closedOn: string, penaltyKind: PenaltyKind | null, note: string): Promise<InvestigationRow> {
    assertCan(viewer, 'investigation:write');
    return this.dataSource.transaction(async (m) => {
      const [period] = (await m.query(`SELECT id, cadre_id, starts_on::text AS starts_on, ends_on, conclusion FROM cadre_status_period WHERE id = $1 AND kind = 'INVESTIGATION' FOR UPDATE`, [investigationId])) as Array<{
        id: string;
        cadre_id: string;
        starts_on: string;
        ends_on: string | null;
        conclusion: string | null;
      }>;
      if (!period) throw notFound('Investigation');
      const cadre = await this.cadreScope(m, period.cadre_id);
      const refusal = closeInvestigationRefusal(viewer, { orgPath: cadre.path, endsOn: period.ends_on, conclusion: period.conclusion });
      if (refusal) throw refusal;
      if (closedOn < period.starts_on) throw validation([{ field: 'input.closedOn', messages: ['must not be before the investigation opened'] }]);
      let penaltyId: string | null = null;
      if (penaltyKind) {
        const facts = await this.penaltyFacts(m, cadre.org, penaltyKind, closedOn);
        const [p] = (await m.query(
          `INSERT INTO penalty (cadre_id, kind, started_on, decided_on, effective_until, category, note, recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
          [cadre.id, penaltyKind, period.starts_on, closedOn, facts.effectiveUntil, facts.category, note, viewer.userId, this.now()],
        )) as Array<{ id: string }>;
        penaltyId = p!.id;
      }
      await m.query(`UPDATE cadre_status_period SET ends_on = $2, conclusion = $3, conclusion_penalty_id = $4, conclusion_note = $5, concluded_by = $6 WHERE id = $1`, [
        investigationId,
        closedOn,
        penaltyKind ? 'PENALTY' : 'NO_PENALTY',
        penaltyId,
        note,
        viewer.userId,
      ]);
      await m.query(`UPDATE cadre SET version = version + 1, updated_at = $2 WHERE id = $1`, [cadre.id, this.now()]);
      const role = actingRole(viewer, 'investigation:write', cadre.path) ?? 'DISCIPLINE';
      await appendAudit(m, {
        entityType: 'cadre',
        entityId: cadre.id,
        action: 'INVESTIGATION_CLOSED',
        actorUserId: viewer.userId,
        actorRole: role,
        scopePath: cadre.path,
        payload: { investigationId, closedOn, penaltyKind, penaltyId, note },
        occurredAt: this.now(),
      });
      if (penaltyKind === null || isWarning(penaltyKind)) {
        const ungraded: Array<{ id: string; year: number }> = await m.query(
          `SELECT a.id, c.year FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
            WHERE a.cadre_id = $1 AND a.machine_id = 'annualAssessment' AND a.final_grade = 'UNGRADED'
              AND a.snapshot->'context'->>'overlayReason' = 'INVESTIGATION' AND c.year >= extract(year FROM $2::date) - 1`,
          [cadre.id, period.starts_on],
        );
        for (const a of ungraded) {
          await this.reDecide(m, a.id, a.year, cadre.id, 'INVESTIGATION_CLOSED', investigationId, `立案审查于${closedOn}结案（${penaltyKind ? penaltyKind : '未予处分'}），按规定补定等次`, { userId: viewer.userId, role }, penaltyKind ? [{ kind: penaltyKind, year: a.year }] : []);
        }
      }
      const [row] = (await m.query(`${INVESTIGATION_SELECT} WHERE s.id = $1`, [investigationId])) as InvestigationRow[];
      return row!;
    });
  }

  /**
   * Re-runs the engine for one decided assessment and corrects the result as
   * a new version when the engine's grade is better (or, for an UNGRADED year
   * whose cause has gone, any grade).
   */
  private async reDecide(
    m: EntityManager,
    assessmentId: string,
    year: number,
    cadreId: string,
    source: CorrectionSource,
    caseId: string,
    reason: string,
    actor: TransitionActor,
    extraPenalties: Array<{ kind: PenaltyKind; year: number }> = [],
  ): Promise<boolean> {
    const assessment = await m.getRepository(Assessment).findOneByOrFail({ id: assessmentId });
    const [cycle] = (await m.query(`SELECT settings FROM assessment_cycle WHERE id = $1`, [assessment.cycleId])) as Array<{ settings: RuleSettings }>;
    const settings = cycle!.settings;
    const periods: StatusPeriod[] = await m.query(`SELECT kind, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM cadre_status_period WHERE cadre_id = $1`, [cadreId]);
    const proposal = await this.grading.regradeOne(
      m,
      assessmentId,
      { investigationOpen: hasOpenInvestigation(periods, this.today()), longLeave: isLongLeave(periods, year, settings.gates.longLeaveMonths), extraPenalties },
      async () => {
        const pool = await this.assessments.quotaFacts(m, assessment, settings);
        return isWithinExcellentQuota(pool.facts, pool.settings);
      },
      actor.userId,
    );
    const scale = (assessment.snapshot.context as unknown as AnnualContext).scale ?? 'CADRE';
    if (!isBetterResult(scale, assessment.finalGrade, proposal.grade)) return false;
    await this.assessments.applyCorrection(m, assessmentId, { grade: proposal.grade, reason, source, caseId }, actor);
    return true;
  }

  // ---------- fault tolerance ----------

  /**
   * Opens a fault-tolerance case: the cadre's own written application, a
   * unit's application recorded by discipline inspection, or the body's own
   * motion. Applications are taken only once accountability has started and
   * before the sanction is decided (NOT_ELIGIBLE otherwise).
   */
  async openFaultTolerance(
    viewer: Viewer | null,
    input: { cadreId: string; penaltyId: string | null; origin: FtOrigin; mistakeKey: string; grounds: string },
    options: MutationOptions = {},
  ): Promise<CaseRow> {
    assertSignedIn(viewer);
    const id = await this.assessments.mutate(viewer, 'openFaultTolerance', input, options.idempotencyKey, async (m) => {
      const cadre = await this.cadreScope(m, input.cadreId);
      const target = { orgPath: cadre.path, organisationId: cadre.organisationId, cadreId: cadre.id };
      // Who may open it is checked before the penalty is even looked at (no probing other cadres' sanctions).
      const who = openFaultToleranceCheck(viewer, target, input.origin, null);
      if (who.refusal?.code === 'FORBIDDEN' || who.refusal?.code === 'UNAUTHENTICATED') throw who.refusal;
      const penalty = input.penaltyId ? await this.penalty(m, input.penaltyId, true) : null;
      if (penalty && penalty.cadreId !== cadre.id) throw validation([{ field: 'input.penaltyId', messages: ['is a penalty of another cadre'] }]);
      const { capacity, refusal } = openFaultToleranceCheck(viewer, target, input.origin, penalty);
      if (refusal) throw refusal;
      const started = penalty?.startedOn != null;
      const decided = penalty?.decidedOn != null;
      const { settings } = await effectiveRuleSet(m, cadre.org, this.today());
      const machineInput = { origin: input.origin, penaltyKind: (penalty?.kind as PenaltyKind | undefined) ?? null, mistakeKey: input.mistakeKey, days: settings.faultTolerance };
      const actor: TransitionActor = { userId: viewer.userId, role: capacity };
      const row = await this.createCase(m, 'fault_tolerance_case', MACHINES.faultToleranceCase, machineInput, {
        cadre_id: cadre.id,
        penalty_id: penalty?.id ?? null,
        organisation_id: cadre.organisationId,
        org_path: cadre.path,
        origin: input.origin,
        mistake_key: input.mistakeKey,
      }, actor);
      return (await this.step(m, row, { type: 'SUBMIT', accountabilityStarted: started, sanctionDecided: decided, today: this.today(), at: this.at() }, actor, {}, { grounds: input.grounds })).id;
    });
    return this.caseRow(this.dataSource.manager, 'fault_tolerance_case', id);
  }

  ftAction(viewer: Viewer | null, caseId: string, eventType: 'ACCEPT' | 'REFUSE' | 'COMPLETE_INVESTIGATION' | 'GIVE_FEEDBACK' | 'FILE_WITH_ORGANISATION' | 'RECORD_CORRECTION' | 'VERIFY_CORRECTION', fields: Record<string, string>, options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'fault_tolerance_case', caseId, eventType, fields, options, async ({ at, today }) => ({ event: { type: eventType, ...fields, today, at } }));
  }

  /**
   * The collective decision (discipline inspection with jurisdiction): which
   * of the three distinctions applies, the six factors, attendance, votes and
   * recusals. EXEMPT cancels the sanction (it becomes tolerated and leaves
   * every gate); MITIGATED replaces it by a lighter one; either way every
   * decided grade of the years it weighed on is re-decided (corrected only if
   * better). A mistake tolerated once is not tolerated again.
   */
  decideFaultTolerance(
    viewer: Viewer | null,
    caseId: string,
    d: { outcome: FtOutcome; distinction: Distinction | null; factors: SixFactors; collective: CollectiveDecision; lighterKind: PenaltyKind | null; reason: string },
    options: MutationOptions = {},
  ): Promise<CaseRow> {
    return this.run(viewer, 'fault_tolerance_case', caseId, 'DECIDE', d, options, async ({ m, row, actor, at, today }) => {
      const [{ n }] = (await m.query(
        `SELECT count(*)::int AS n FROM fault_tolerance_case WHERE cadre_id = $1 AND mistake_key = $2 AND id <> $3 AND outcome IN ('EXEMPT', 'MITIGATED')`,
        [row.cadreId, row.extra.mistake_key, row.id],
      )) as [{ n: number }];
      const c = row.snapshot.context as unknown as FtContext;
      const repeatedMistake = n > 0;
      const { settings } = await effectiveRuleSet(m, await m.getRepository(Organisation).findOneByOrFail({ id: row.organisationId }), today);
      if (repeatedMistake && settings.faultTolerance.repeatedMistakeNotTolerated && d.outcome !== 'NOT_TOLERATED') {
        throw new AppError('NOT_ELIGIBLE', 'The same mistake was already tolerated once: a repeated mistake is not tolerated');
      }
      if (d.outcome === 'MITIGATED' && (!c.penaltyKind || !d.lighterKind || !isLighterPenalty(d.lighterKind, c.penaltyKind))) {
        throw validation([{ field: 'input.lighterKind', messages: [`must be a lighter sanction than ${c.penaltyKind ?? 'the (missing) one in play'}`] }]);
      }
      return {
        event: { type: 'DECIDE', ...d, repeatedMistake, repeatedMistakeNotTolerated: settings.faultTolerance.repeatedMistakeNotTolerated, today, at },
        after: async (m2) => {
          const penaltyId = row.extra.penalty_id as string | null;
          if (d.outcome === 'NOT_TOLERATED' || !penaltyId) return;
          const penalty = await this.penalty(m2, penaltyId);
          // The penalty's change goes into the cadre's penalty trail too (the case's own trail has the decision).
          const auditPenalty = (action: string, payload: Record<string, unknown>) =>
            appendAudit(m2, { entityType: 'cadre_penalty', entityId: row.cadreId, action, actorUserId: actor.userId, actorRole: actor.role, scopePath: row.orgPath, payload: { penaltyId, caseId: row.id, reason: d.reason, ...payload }, occurredAt: this.now() });
          if (d.outcome === 'EXEMPT') {
            await m2.query(`UPDATE penalty SET tolerated = true, tolerated_by_case = $2 WHERE id = $1`, [penaltyId, row.id]);
            await auditPenalty('PENALTY_TOLERATED', { kind: penalty.kind });
          } else {
            const cadre = await this.cadreScope(m2, row.cadreId);
            const facts = await this.penaltyFacts(m2, cadre.org, d.lighterKind!, penalty.decidedOn);
            const [lighter] = (await m2.query(
              `INSERT INTO penalty (cadre_id, kind, started_on, decided_on, effective_until, category, note, recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
              [row.cadreId, d.lighterKind, penalty.startedOn, penalty.decidedOn, facts.effectiveUntil, facts.category, `容错减轻: ${d.reason}`, actor.userId, this.now()],
            )) as Array<{ id: string }>;
            await m2.query(`UPDATE penalty SET replaced_by = $2 WHERE id = $1`, [penaltyId, lighter!.id]);
            await auditPenalty('PENALTY_MITIGATED', { kind: penalty.kind, lighterKind: d.lighterKind, lighterPenaltyId: lighter!.id, effectiveUntil: facts.effectiveUntil });
          }
          if (!penalty.decidedOn) return;
          const year = Number(penalty.decidedOn.slice(0, 4));
          const decided: Array<{ id: string; year: number }> = await m2.query(
            `SELECT a.id, c.year FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
              WHERE a.cadre_id = $1 AND a.machine_id = 'annualAssessment' AND a.final_grade IS NOT NULL AND c.year IN ($2, $2 + 1) ORDER BY c.year`,
            [row.cadreId, year],
          );
          const label = d.outcome === 'EXEMPT' ? '容错免责' : '容错从轻';
          for (const a of decided) await this.reDecide(m2, a.id, a.year, row.cadreId, 'FAULT_TOLERANCE', row.id, `${label}（${d.reason}），重新认定等次`, actor);
        },
      };
    });
  }

  // ---------- clearing names ----------

  /** The discipline-inspection grant of the viewer that covers `path`: the body acting. */
  private bodyOf(viewer: Viewer, path: string, prefer?: string | null): string {
    const grants = viewer.grants.filter((g) => g.role === 'DISCIPLINE' && path.startsWith(g.organisationPath));
    const grant = grants.find((g) => g.organisationId === prefer) ?? grants[0];
    if (!grant) throw new AppError('FORBIDDEN', 'Only discipline inspection with jurisdiction verifies and clears accusations');
    return grant.organisationId;
  }

  async recordAccusation(
    viewer: Viewer | null,
    input: { cadreId: string; source: AccusationSource; points: string[]; concernsYear: number; negativeCode: string | null; receivedOn: string },
    options: MutationOptions = {},
  ): Promise<CaseRow> {
    assertCan(viewer, 'accusation:write');
    if (input.points.length === 0 || input.points.some((p) => !p.trim())) throw validation([{ field: 'input.points', messages: ['an accusation has at least one point, each written out'] }]);
    const id = await this.assessments.mutate(viewer, 'recordAccusation', input, options.idempotencyKey, async (m) => {
      const cadre = await this.cadreScope(m, input.cadreId);
      assertCan(viewer, 'accusation:write', cadre.path);
      if (input.negativeCode) {
        const { settings } = await effectiveRuleSet(m, cadre.org, this.today());
        if (!settings.gates.negativeList.some((n) => n.code === input.negativeCode)) {
          throw validation([{ field: 'input.negativeCode', messages: [`must be one of ${settings.gates.negativeList.map((n) => n.code).join(', ')}`] }]);
        }
      }
      const row = await this.createCase(m, 'accusation', MACHINES.accusation, { source: input.source, points: input.points }, {
        cadre_id: cadre.id,
        organisation_id: cadre.organisationId,
        org_path: cadre.path,
        source: input.source,
        concerns_year: input.concernsYear,
        negative_code: input.negativeCode,
        received_on: input.receivedOn,
      }, { userId: viewer.userId, role: 'DISCIPLINE' });
      return row.id;
    });
    return this.caseRow(this.dataSource.manager, 'accusation', id);
  }

  verifyAccusation(viewer: Viewer | null, id: string, findings: PointFinding[], options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'accusation', id, 'VERIFY', { findings }, options, async ({ row, at, today }) => ({
      event: { type: 'VERIFY', findings, bodyId: this.bodyOf(viewer!, row.orgPath), userId: viewer!.userId, today, at },
    }));
  }

  clearAccusation(viewer: Viewer | null, id: string, c: { method: ClearingMethod; scope: ClearingScope; scopeNote: string; points: number[] }, options: MutationOptions = {}): Promise<CaseRow> {
    return this.run(viewer, 'accusation', id, 'CLEAR', c, options, async ({ row, at, today }) => {
      const checkedBy = (row.snapshot.context as unknown as AccusationContext).checkedBy;
      const bodyId = this.bodyOf(viewer!, row.orgPath, checkedBy?.bodyId);
      if (checkedBy && bodyId !== checkedBy.bodyId) throw new AppError('FORBIDDEN', 'Only the body that checked the accusation clears it');
      return { event: { type: 'CLEAR', ...c, bodyId, today, at } };
    });
  }

  // ---------- deadlines ----------

  /**
   * Fires the due deadlines of review and fault-tolerance cases as SYSTEM
   * (a decision overdue, an appeal window run out). Rows are claimed with
   * SKIP LOCKED and every transition is version-checked, so two server
   * processes never fire one twice. A deadline that cannot fire is cleared.
   */
  async runDueDeadlines(now = this.now()): Promise<{ fired: number; skipped: number }> {
    let fired = 0;
    let skipped = 0;
    for (const table of ['review_case', 'fault_tolerance_case'] as const) {
      await this.dataSource.transaction(async (m) => {
        const due = (await m.query(`SELECT * FROM ${table} WHERE due_at <= $1 ORDER BY due_at LIMIT 1000 FOR UPDATE SKIP LOCKED`, [now])) as Array<Record<string, unknown>>;
        for (const raw of due) {
          const row = toCaseRow(table, raw);
          const event = { type: row.dueEvent!, today: chinaDay(now), at: now.toISOString() };
          const current = restore(machineSpec(row.machineId), row.snapshot);
          if (!current.can(event as never)) {
            await m.query(`UPDATE ${table} SET due_at = NULL WHERE id = $1`, [row.id]);
            skipped++;
            continue;
          }
          await this.step(m, row, event, { userId: null, role: 'SYSTEM' });
          fired++;
        }
      });
    }
    return { fired, skipped };
  }

  /** Reminds the deciding bodies (the review organ; for an appeal, the body the case's rule set names; discipline inspection) of review, appeal and fault-tolerance deadlines falling due within three days, once a day. */
  async sendReminders(now = this.now()): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH due AS (
         SELECT 'review_case' AS tbl, id, org_path, due_at, state, CASE WHEN state = 'appealPending' THEN ARRAY[coalesce(snapshot->'context'->'windows'->>'appealDecidedBy', 'ORG_ADMIN')] ELSE ARRAY['ORG_ADMIN','COMMITTEE'] END AS roles
           FROM review_case WHERE due_event = 'MARK_OVERDUE' AND due_at > $1 AND due_at <= $1::timestamptz + interval '3 days'
         UNION ALL
         SELECT 'fault_tolerance_case', id, org_path, due_at, state, ARRAY['DISCIPLINE'] FROM fault_tolerance_case
          WHERE due_event = 'MARK_OVERDUE' AND due_at > $1 AND due_at <= $1::timestamptz + interval '3 days'
       )
       INSERT INTO notification (user_id, kind, payload, created_at)
       SELECT DISTINCT ra.user_id, 'CASE_REMINDER', jsonb_build_object('table', d.tbl, 'caseId', d.id, 'state', d.state, 'dueAt', d.due_at), $1::timestamptz
         FROM due d JOIN role_assignment ra ON ra.role = ANY(d.roles) JOIN organisation o ON o.id = ra.organisation_id AND d.org_path LIKE o.path || '%'
        WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = ra.user_id AND n.kind = 'CASE_REMINDER' AND n.payload->>'caseId' = d.id::text
                            AND n.created_at > $1::timestamptz - interval '20 hours')
       RETURNING id`,
      [now],
    );
    return rows.length;
  }

  canRead(viewer: Viewer | null, row: CaseRow): boolean {
    return viewer !== null && (viewer.cadreId === row.cadreId || can(viewer, 'case:read', row.orgPath));
  }
}
