import { initialTransition } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { Overlay } from '../../workflows/assessment/annual.machine.js';
import { cycleMachine, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { hasOpenInvestigation, isInForce, isLongLeave, type StatusPeriod } from '../../workflows/cadre/status.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import { flattenStateValue } from '../../workflows/lifecycle.js';
import { MACHINES } from '../../workflows/registry.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { Assessment, type AssessmentKind } from '../assessments/assessment.entity.js';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns, notifyAssessedMany } from '../assessments/assessment.workflow.js';
import { appendAudit } from '../audit/audit.service.js';
import { assertCan, scopeOf, type Viewer } from '../auth/policy.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { subtreePatterns } from '../common/sql.js';
import { schemeVersionsInForce } from '../indicators/rollup.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../rule-sets/rule-set.service.js';
import { availableActions } from '../workflow/available-actions.js';
import type { MutationOptions, WorkflowEngine } from '../workflow/engine.js';
import { applyBulkTransition, applyTransition, loadInstance, persist } from '../workflow/transition.js';
import { AssessmentCycle, type CycleDeadlines } from './cycle.entity.js';
import { cadreCandidates, PERIOD, refusal, skipOf, sortCandidates, teamCandidates, type Candidate, type EnrolmentSkip } from './enrolment.js';

export interface PlanCycleInput {
  kind: CycleKind;
  name: string;
  year: number;
  quarter?: number | null;
  task?: string | null;
  organisationId: string;
  deadlines: CycleDeadlines;
}
/** Annual states from the decision on, and the regular ones after the appraisal: a result stands there. */
const DECIDED_STATES = ['decided', 'notified', 'signed', 'feedbackGiven', 'filed', 'feedback', 'done'];

export interface EnrolmentReport {
  cycle: AssessmentCycle;
  cadres: number;
  teams: number;
  /** The first SKIPPED_REPORTED of those left out (all of them are in the ENROL audit entry). */
  skipped: EnrolmentSkip[];
  skippedCount: number;
}

/** How many of those left out an enrolment report lists (its count says how many there were). */
export const SKIPPED_REPORTED = 500;

export interface EnrolInput {
  organisationIds: string[];
  includeSubtree: boolean;
  /** Annual and term cycles also enrol the leadership team of each unit that has cadres. */
  includeTeams: boolean;
}

/**
 * Cycles: planning one (its rule set and indicator schemes pinned), enrolling
 * in bulk, opening, closing and cancelling it — each change of state through
 * the workflow engine, in one transaction, idempotent on a key — and reading
 * them: lists, the progress board, what the viewer may do.
 */
export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly engine: WorkflowEngine,
  ) {}

  private async cycleRow(m: EntityManager, cycleId: string): Promise<AssessmentCycle> {
    const cycle = await m.getRepository(AssessmentCycle).findOneBy({ id: cycleId });
    if (!cycle) throw notFound('Cycle');
    return cycle;
  }

  async planCycle(viewer: Viewer | null, input: PlanCycleInput, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    if (input.kind === 'REGULAR' && !input.quarter) throw validation([{ field: 'input.quarter', messages: ['a regular cycle needs its quarter'] }]);
    if (input.kind === 'SPECIAL' && !input.task) throw validation([{ field: 'input.task', messages: ['a special assessment needs its task'] }]);
    const id = await this.engine.mutate(viewer, 'planCycle', input, options.idempotencyKey, async (m) => {
      const org = await m.getRepository(Organisation).findOneBy({ id: input.organisationId });
      if (!org) throw validation([{ field: 'input.organisationId', messages: ['no such organisation'] }]);
      assertCan(viewer, 'cycle:manage', org.path);
      const rules = await effectiveRuleSet(m, org, chinaDay(this.now()));
      // The indicator schemes in force are pinned like the rule set: a later version never changes this cycle.
      const schemes = await schemeVersionsInForce(m, org.path, chinaDay(this.now()));
      if (input.kind === 'ANNUAL') {
        // Gansu's practice, a setting: the annual assessment of year N is finished by (default) 31 March of N + 1.
        const limit = chinaMidnight(addDays(`${input.year + 1}-${rules.settings.cycle.annualFinishByMonthDay}`, 1));
        if (new Date(input.deadlines.finishBy) > limit) {
          throw validation([{ field: 'input.deadlines.finishBy', messages: [`an annual cycle must finish by ${input.year + 1}-${rules.settings.cycle.annualFinishByMonthDay}`] }]);
        }
      }
      if (new Date(input.deadlines.selfReportDue) > new Date(input.deadlines.finishBy)) {
        throw validation([{ field: 'input.deadlines.selfReportDue', messages: ['must come before finishBy'] }]);
      }
      // The organisation department running the cycle: the planner's highest ORG_ADMIN jurisdiction over the scope (干部管理权限 is checked against it).
      const assessing = viewer.grants.filter((g) => g.role === 'ORG_ADMIN' && org.path.startsWith(g.organisationPath)).sort((a, b) => a.organisationPath.length - b.organisationPath.length)[0]!;
      const [snapshot] = initialTransition(cycleMachine, { kind: input.kind });
      const persisted = persist(snapshot);
      const [row] = (await m.query(
        `INSERT INTO assessment_cycle (kind, name, year, quarter, task, organisation_id, org_path, rule_set_id, settings, deadlines, machine_id, machine_version, state, snapshot, created_by, created_at, updated_at, indicator_scheme_versions, assessing_organisation_id)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'cycle',$11,$12,$13,$14,$15,$15,$16,$17) RETURNING id`,
        [
          input.kind,
          input.name,
          input.year,
          input.quarter ?? null,
          input.task ?? null,
          org.id,
          org.path,
          rules.ruleSet?.id ?? null,
          JSON.stringify(rules.settings),
          JSON.stringify(input.deadlines),
          MACHINES.cycle.version,
          flattenStateValue(snapshot.value),
          JSON.stringify(persisted),
          viewer.userId,
          this.now(),
          schemes,
          assessing.organisationId,
        ],
      )) as Array<{ id: string }>;
      await appendAudit(m, {
        entityType: 'assessment_cycle',
        entityId: row!.id,
        action: 'PLAN_CYCLE',
        actorUserId: viewer.userId,
        actorRole: 'ORG_ADMIN',
        scopePath: org.path,
        toState: flattenStateValue(snapshot.value),
        fromVersion: 0,
        payload: { input, assessingOrganisationId: assessing.organisationId, ruleSetId: rules.ruleSet?.id ?? null, ruleSetVersion: rules.ruleSet?.version ?? null, indicatorSchemeVersions: schemes },
        occurredAt: this.now(),
      });
      return row!.id;
    });
    return this.dataSource.getRepository(AssessmentCycle).findOneByOrFail({ id });
  }

  /**
   * Enrols the cadres (and, for annual and term cycles, the leadership teams)
   * of the chosen organisations, set-based. Each cadre's overlay comes from
   * their status facts: an open investigation or long leave → UNGRADED;
   * probation → COMMENT_ONLY. Cadres outside the cycle's managing
   * jurisdiction, or already assessed for the kind and period in another
   * cycle, are skipped and reported (enrolment.ts).
   */
  async enrolWithReport(viewer: Viewer | null, cycleId: string, input: EnrolInput, options: MutationOptions = {}, refuseEmpty = false): Promise<EnrolmentReport> {
    assertCan(viewer, 'cycle:manage');
    const result = await this.engine.mutate(viewer, refuseEmpty ? 'enrol' : 'enrolWithReport', { cycleId, input }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const orgs = await m.getRepository(Organisation).findBy(input.organisationIds.map((id) => ({ id })));
      if (orgs.length !== new Set(input.organisationIds).size) throw validation([{ field: 'input.organisationIds', messages: ['contains an unknown organisation'] }]);
      for (const org of orgs) {
        if (!org.path.startsWith(cycle.orgPath)) throw new AppError('FORBIDDEN', `${org.name} is outside the scope of this cycle`);
      }
      const patterns = orgs.map((o) => (input.includeSubtree ? `${o.path}%` : o.path));
      const done = await this.enrolInto(m, viewer, cycle, { where: 'o.path LIKE ANY($3::text[])', params: [patterns] }, input.includeTeams ? patterns : null);
      const count = done.cadres + done.teams;
      if (count === 0) {
        if (refuseEmpty || done.skipped.length === 0) {
          const skippedNote = done.skipped.length ? ` (${done.skipped.length} skipped: already enrolled for the period or managed above this cycle)` : '';
          throw validation([{ field: 'input.organisationIds', messages: [`nobody new to enrol there${skippedNote}`] }]);
        }
        return { cadres: 0, teams: 0, skipped: done.skipped };
      }
      const row = await loadInstance(m, 'assessment_cycle', cycle.id);
      await applyTransition(m, 'assessment_cycle', row, { type: 'ENROL', count, at: this.now().toISOString() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
        auditPayload: {
          organisationIds: input.organisationIds,
          includeSubtree: input.includeSubtree,
          cadres: done.cadres,
          teams: done.teams,
          overlays: done.overlays,
          skipped: done.skipped.map((k) => ({ cadreId: k.cadreId, organisationId: k.organisationId, reason: k.reason, existingCycleId: k.existingCycleId })),
        },
      });
      return { cadres: done.cadres, teams: done.teams, skipped: done.skipped };
    });
    return { ...result, skipped: result.skipped.slice(0, SKIPPED_REPORTED), skippedCount: result.skipped.length, cycle: await this.cycleRow(this.dataSource.manager, cycleId) };
  }

  /** Enrolment in bulk, answering with the cycle (skipped cadres are in the ENROL audit entry; enrolWithReport answers with them). */
  async enrol(viewer: Viewer | null, cycleId: string, input: EnrolInput, options: MutationOptions = {}): Promise<AssessmentCycle> {
    return (await this.enrolWithReport(viewer, cycleId, input, options, true)).cycle;
  }

  /**
   * Enrols one cadre; refused with ALREADY_ENROLLED (naming the cycle and
   * assessment that hold the period) or OUTSIDE_MANAGING_JURISDICTION. In an
   * annual or term cycle the assessment joins the unit's team assessment of
   * the cycle, if there is one.
   */
  async enrolCadre(viewer: Viewer | null, cycleId: string, cadreId: string, options: MutationOptions = {}): Promise<Assessment> {
    assertCan(viewer, 'cycle:manage');
    const id = await this.engine.mutate(viewer, 'enrolCadre', { cycleId, cadreId }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const [cadre] = (await m.query(`SELECT o.path FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.id = $1`, [cadreId])) as Array<{ path: string }>;
      if (!cadre) throw notFound('Cadre');
      if (!cadre.path.startsWith(cycle.orgPath)) throw new AppError('FORBIDDEN', 'The cadre is outside the scope of this cycle');
      const done = await this.enrolInto(m, viewer, cycle, { where: 'c.id = $3', params: [cadreId] }, null, true);
      if (done.skipped[0]) throw refusal(done.skipped[0]);
      const row = await loadInstance(m, 'assessment_cycle', cycle.id);
      await applyTransition(m, 'assessment_cycle', row, { type: 'ENROL', count: 1, at: this.now().toISOString() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
        auditPayload: { cadreIds: [cadreId], cadres: 1, teams: 0, overlays: done.overlays },
      });
      return done.ids[0]!;
    });
    return this.dataSource.getRepository(Assessment).findOneByOrFail({ id });
  }

  /**
   * The enrolment itself, in the caller's transaction: the cadres matched by
   * `cadres` (over `c` cadre and `o` unit; `$1` the cycle, `$2` the kind) that
   * the cycle may enrol, then the teams of `teamPatterns`; late enrolment into
   * an open annual cycle starts them at once. A cadre whose period another
   * cycle takes at the same moment is reported skipped (the unique index
   * decides). `single`: a cadre already in this cycle is reported too.
   */
  private async enrolInto(
    m: EntityManager,
    viewer: Viewer,
    cycle: AssessmentCycle,
    cadres: { where: string; params: unknown[] },
    teamPatterns: string[] | null,
    single = false,
  ): Promise<{ ids: string[]; cadres: number; teams: number; overlays: number; skipped: EnrolmentSkip[] }> {
    const annual = cycle.kind === 'ANNUAL' || cycle.kind === 'TERM';
    const spec = annual ? MACHINES.annualAssessment : MACHINES.regularAssessment;
    const kind: AssessmentKind = cycle.kind === 'ANNUAL' ? 'CADRE_ANNUAL' : cycle.kind;
    const yearEnd = `${cycle.year}-12-31`;
    const settings = cycle.settings as unknown as RuleSettings;

    const [{ path: assessingPath }] = (await m.query(`SELECT path FROM organisation WHERE id = $1`, [cycle.assessingOrganisationId])) as [{ path: string }];
    const rule = { cycleId: cycle.id, assessingPath, kind };
    // A bulk enrolment reads only the cadres it leaves out (few); the rest are chosen and written in SQL below, never carried through here.
    const sorted = { eligible: [] as Candidate[], skipped: [] as EnrolmentSkip[] };
    const excluded: string[] = [];
    if (single) {
      for (const c of await cadreCandidates(m, cycle, kind, cadres.where, cadres.params)) {
        const skip = skipOf(rule, c, false);
        if (skip) sorted.skipped.push(skip);
        else sorted.eligible.push(c);
      }
      if (sorted.skipped.length) return { ids: [], cadres: 0, teams: 0, overlays: 0, skipped: sorted.skipped };
    } else {
      // Everyone skipOf leaves out, and those already in this cycle (not reported): the exceptions, by the same rule as ever.
      const exceptions = await cadreCandidates(m, cycle, kind, cadres.where, cadres.params, assessingPath);
      excluded.push(...exceptions.map((c) => c.id));
      sorted.skipped.push(...sortCandidates(rule, exceptions, false).skipped);
    }
    // The cadres to enrol, as SQL over `c` and `o`: those matched but the exceptions (a small array: the estimate stays the match's own).
    const n = cadres.params.length;
    const param = (i: number) => `$${3 + n + i}`;
    const eligibleSql = (columns: string) => `SELECT ${columns}
         FROM cadre c JOIN organisation o ON o.id = c.organisation_id
        WHERE (${cadres.where}) AND NOT (c.id = ANY(${param(0)}::uuid[])) AND $1::uuid IS NOT NULL AND $2::text IS NOT NULL`;

    // Overlays from status facts, computed by the pure rules for the few cadres that have any.
    const periods: Array<StatusPeriod & { cadreId: string }> = await m.query(
      `SELECT p.cadre_id AS "cadreId", p.kind, p.starts_on AS "startsOn", p.ends_on AS "endsOn" FROM cadre_status_period p WHERE p.cadre_id IN (${eligibleSql('c.id')})`,
      [cycle.id, kind, ...cadres.params, excluded],
    );
    const byCadre = new Map<string, StatusPeriod[]>();
    for (const p of periods) byCadre.set(p.cadreId, [...(byCadre.get(p.cadreId) ?? []), p]);
    const overlays: Array<{ cadreId: string; overlay: Overlay; reason: string }> = [];
    for (const [cadreId, list] of byCadre) {
      if (hasOpenInvestigation(list, yearEnd)) overlays.push({ cadreId, overlay: 'UNGRADED', reason: 'INVESTIGATION' });
      else if (isLongLeave(list, cycle.year, settings.gates.longLeaveMonths)) overlays.push({ cadreId, overlay: 'UNGRADED', reason: 'LONG_LEAVE' });
      else if (list.some((p) => p.kind === 'PROBATION' && isInForce(p, yearEnd))) overlays.push({ cadreId, overlay: 'COMMENT_ONLY', reason: 'PROBATION' });
    }
    const variant = (subject: 'CADRE' | 'TEAM', overlay: Overlay, reason: string | null) => {
      const input2 = annual
        ? { subject, kind: cycle.kind === 'TERM' ? 'TERM' : 'ANNUAL', scale: subject === 'TEAM' ? 'TEAM' : 'CADRE', overlay, overlayReason: reason }
        : { kind: cycle.kind };
      const [snapshot] = initialTransition(spec.machine, input2 as never);
      return { input: input2, snapshot: persist(snapshot), state: flattenStateValue(snapshot.value) };
    };
    const plain = variant('CADRE', 'NONE', null);
    // One snapshot per distinct shape (overlay and reason), not per cadre.
    const shapes = new Map<string, ReturnType<typeof variant>>();
    const forOverlay = (o: { overlay: Overlay; reason: string }) => {
      const key = `${o.overlay}|${o.reason}`;
      let shape = shapes.get(key);
      if (!shape) shapes.set(key, (shape = variant('CADRE', o.overlay, o.reason)));
      return shape;
    };
    // The teams first, so each team member's assessment joins its team's as it is written (no second pass over 100,000 rows).
    const teamSkipped: EnrolmentSkip[] = [];
    let teams = 0;
    if (annual && teamPatterns) {
      const team = variant('TEAM', 'NONE', null);
      const units = sortCandidates({ ...rule, kind: 'TEAM_ANNUAL' }, await teamCandidates(m, cycle, 'o.path LIKE ANY($2::text[])', [teamPatterns]), true);
      teamSkipped.push(...units.skipped);
      const teamRows: Array<{ id: string }> = await m.query(
        `INSERT INTO assessment (cycle_id, kind, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, created_at, updated_at)
         SELECT $1, 'TEAM_ANNUAL', o.id, o.path, $2, $3, $4, $5, $6, $7, $7
           FROM organisation o WHERE o.id = ANY($8::uuid[]) ORDER BY o.id
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [cycle.id, spec.id, spec.version, JSON.stringify(team.input), team.state, JSON.stringify(team.snapshot), this.now(), units.eligible.map((u) => u.id)],
      );
      teams = teamRows.length;
    }
    // One statement chooses and writes them; it answers with how many, and who was eligible but not written (ON CONFLICT DO NOTHING:
    // a cadre another cycle enrolled for the same period a moment ago, reported below) — not with the rows themselves.
    const [written] = (await m.query(
      `WITH overlay AS (
         SELECT * FROM unnest(${param(1)}::uuid[], ${param(2)}::text[], ${param(3)}::jsonb[], ${param(4)}::jsonb[]) AS x(cadre_id, overlay, input, snapshot)
       ), eligible AS MATERIALIZED (
         ${eligibleSql('c.id, c.organisation_id, o.path, c.post, c.rank_level, c.position_type, c.team_member')}
       ), ins AS (
         -- The period given here, as the row trigger would fill it (migration BulkEnrolmentPeriod): no PL/pgSQL call and lookup per row.
         INSERT INTO assessment (cycle_id, kind, cadre_id, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, overlay, created_at, updated_at,
                                 post_title, rank_level, position_type, team_assessment_id, period)
         SELECT $1, $2, e.id, e.organisation_id, e.path, ${param(5)}, ${param(6)}, coalesce(ov.input, ${param(7)}::jsonb), ${param(8)}, coalesce(ov.snapshot, ${param(9)}::jsonb),
                coalesce(ov.overlay, 'NONE'), ${param(10)}, ${param(10)}, e.post, e.rank_level, e.position_type, tm.id, y.period
           FROM eligible e
           CROSS JOIN (SELECT ${PERIOD} AS period FROM assessment_cycle y WHERE y.id = $1) y
           LEFT JOIN overlay ov ON ov.cadre_id = e.id
           LEFT JOIN assessment tm ON ${param(11)} AND e.team_member AND tm.cycle_id = $1 AND tm.kind = 'TEAM_ANNUAL' AND tm.organisation_id = e.organisation_id
          ORDER BY e.id
         ON CONFLICT DO NOTHING
         RETURNING id, cadre_id
       )
       SELECT (SELECT count(*)::int FROM ins) AS inserted,
              -- Set difference (hashed or sorted whatever the estimates; an anti-join planned as a nested loop was quadratic), only when someone is missing.
              CASE WHEN (SELECT count(*) FROM ins) < (SELECT count(*) FROM eligible) THEN ARRAY(SELECT id FROM eligible EXCEPT SELECT cadre_id FROM ins ORDER BY 1) ELSE '{}' END AS lost,
              CASE WHEN ${param(12)} THEN (SELECT coalesce(array_agg(id ORDER BY cadre_id), '{}') FROM ins) ELSE '{}' END AS ids`,
      [
        cycle.id,
        kind,
        ...cadres.params,
        excluded,
        overlays.map((o) => o.cadreId),
        overlays.map((o) => o.overlay),
        overlays.map((o) => JSON.stringify(forOverlay(o).input)),
        overlays.map((o) => JSON.stringify(forOverlay(o).snapshot)),
        spec.id,
        spec.version,
        JSON.stringify(plain.input),
        plain.state,
        JSON.stringify(plain.snapshot),
        this.now(),
        annual,
        single,
      ],
    )) as [{ inserted: number; lost: string[]; ids: string[] }];
    const skipped = [...sorted.skipped];
    const lost = written.lost;
    if (lost.length) {
      // A concurrent enrolment took their period: read who holds it now (a new statement sees its commit).
      for (const c of await cadreCandidates(m, cycle, kind, 'c.id = ANY($3::uuid[])', [lost])) {
        const skip = skipOf(rule, c, false);
        if (skip) {
          skipped.push(skip);
          continue;
        }
        // No live assessment holds the period: this cycle's own (cancelled) assessment of the cadre does — one per cadre and cycle.
        const [own] = (await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [cycle.id, c.id])) as Array<{ id: string }>;
        skipped.push({
          cadreId: c.id, organisationId: c.organisationId, kind, reason: 'ALREADY_ENROLLED', existingCycleId: cycle.id, existingCycleName: cycle.name, existingAssessmentId: own?.id ?? null,
          managingOrganisationId: c.managingId, managingOrganisationName: c.managingName,
        });
      }
    }
    skipped.push(...teamSkipped);
    if (annual) {
      await m.query(
        `UPDATE assessment a SET team_assessment_id = t.id FROM assessment t
          WHERE a.cycle_id = $1 AND t.cycle_id = $1 AND t.kind = 'TEAM_ANNUAL' AND a.kind <> 'TEAM_ANNUAL'
            AND t.organisation_id = a.organisation_id AND a.team_assessment_id IS NULL
            AND EXISTS (SELECT 1 FROM cadre c WHERE c.id = a.cadre_id AND c.team_member)`,
        [cycle.id],
      );
    }
    if (cycle.state === 'open' && annual && written.inserted + teams > 0) {
      // Late enrolment into a running cycle: the newcomers start at once.
      const fresh: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'enrolled'`, [cycle.id]);
      const at = this.now().toISOString();
      const { applied } = await applyBulkTransition(m, 'assessment', fresh.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        derive: deriveAssessmentColumns(cycle.deadlines),
        deriveColumns: ASSESSMENT_COLUMNS,
      });
      await notifyAssessedMany(m, applied, 'START_SELF_REPORT', at);
    }
    return { ids: written.ids, cadres: written.inserted, teams, overlays: overlays.length, skipped };
  }

  /** Opens the cycle; every enrolled assessment starts its self-report (one bulk transition). */
  async openCycle(viewer: Viewer | null, cycleId: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.engine.mutate(viewer, 'openCycle', { cycleId }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const at = this.now().toISOString();
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'OPEN_CYCLE', at }, { userId: viewer.userId, role: 'ORG_ADMIN' }, { expectedVersion: options.expectedVersion });
      const ids: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'enrolled'`, [cycleId]);
      const { applied } = await applyBulkTransition(m, 'assessment', ids.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        derive: deriveAssessmentColumns(cycle.deadlines),
        deriveColumns: ASSESSMENT_COLUMNS,
      });
      await notifyAssessedMany(m, applied, 'START_SELF_REPORT', at);
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  /**
   * Cancels a cycle — while planned, or while open as long as no assessment
   * in it holds a decided result — and in the same transaction every
   * assessment still under way (CANCEL_ASSESSMENT, one audit entry each): they
   * leave every work queue and deadline, and their period may be enrolled again.
   */
  async cancelCycle(viewer: Viewer | null, cycleId: string, reason: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.engine.mutate(viewer, 'cancelCycle', { cycleId, reason }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const at = this.now().toISOString();
      const [{ decided }] = (await m.query(`SELECT count(*)::int AS decided FROM assessment WHERE cycle_id = $1 AND state = ANY($2::text[])`, [cycleId, DECIDED_STATES])) as [
        { decided: number },
      ];
      if (decided > 0) {
        throw new AppError('INVALID_TRANSITION', `${decided} assessments of this cycle already hold a decided result: a decided result is changed by review, appeal or correction, never by cancelling the cycle`, {
          state: cycle.state,
          event: 'CANCEL_CYCLE',
          allowedEvents: [],
          decided,
        });
      }
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'CANCEL_CYCLE', reason, decided, at }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
      });
      const ids: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state <> 'cancelled'`, [cycleId]);
      const { skipped } = await applyBulkTransition(m, 'assessment', ids.map((r) => r.id), () => ({ type: 'CANCEL_ASSESSMENT', reason, at }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        derive: deriveAssessmentColumns(cycle.deadlines),
        deriveColumns: ASSESSMENT_COLUMNS,
      });
      if (skipped.length) throw new AppError('INVALID_TRANSITION', `${skipped.length} assessments of this cycle cannot be cancelled in their state`, { state: cycle.state, event: 'CANCEL_CYCLE', allowedEvents: [] });
      await notifyAssessedMany(m, ids.map((r) => r.id), 'CANCEL_ASSESSMENT', at);
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  async closeCycle(viewer: Viewer | null, cycleId: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.engine.mutate(viewer, 'closeCycle', { cycleId }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND state NOT IN ('filed', 'done')`, [cycleId])) as [{ n: number }];
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'CLOSE_CYCLE', unfinished: n, at: this.now().toISOString() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
      });
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  // ---------- reading ----------

  async list(viewer: Viewer | null): Promise<AssessmentCycle[]> {
    assertCan(viewer, 'assessment:read');
    return this.dataSource
      .getRepository(AssessmentCycle)
      .createQueryBuilder('c')
      .where('c.org_path LIKE ANY(:scope::text[]) OR :anyRoot::text[] && ARRAY[c.org_path]', {
        scope: subtreePatterns(scopeOf(viewer, 'assessment:read')),
        anyRoot: scopeOf(viewer, 'assessment:read'),
      })
      .orderBy('c.year', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .limit(200)
      .getMany();
  }

  async get(viewer: Viewer | null, id: string): Promise<AssessmentCycle> {
    const cycle = await this.dataSource.getRepository(AssessmentCycle).findOneBy({ id });
    if (!cycle) throw notFound('Cycle');
    // A city user reads a province cycle only through the assessments of their city.
    if (!scopeOf(viewer!, 'assessment:read').some((p) => cycle.orgPath.startsWith(p) || p.startsWith(cycle.orgPath))) {
      assertCan(viewer, 'assessment:read', cycle.orgPath);
    }
    return cycle;
  }

  availableActions(viewer: Viewer | null, cycle: AssessmentCycle): string[] {
    return availableActions(viewer, cycle, { orgPath: cycle.orgPath, organisationId: cycle.organisationId, cadreId: null });
  }

  /** Assessments per state and kind, within the viewer's part of the cycle. */
  async progress(viewer: Viewer | null, cycle: AssessmentCycle): Promise<Array<{ state: string; kind: AssessmentKind; count: number }>> {
    assertCan(viewer, 'assessment:read');
    return this.dataSource.query(
      `SELECT state, kind, count(*)::int AS count FROM assessment
        WHERE cycle_id = $1 AND org_path LIKE ANY($2::text[]) GROUP BY state, kind ORDER BY kind, state`,
      [cycle.id, subtreePatterns(scopeOf(viewer!, 'assessment:read'))],
    );
  }
}
