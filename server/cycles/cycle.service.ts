import { initialTransition } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import type { Overlay } from '../../workflows/assessment/annual.machine.js';
import { cycleMachine, type CycleKind } from '../../workflows/assessment/cycle.machine.js';
import { hasOpenInvestigation, isInForce, isLongLeave, type StatusPeriod } from '../../workflows/cadre/status.js';
import { addDays } from '../../workflows/calendar/working-days.js';
import { flattenStateValue } from '../../workflows/lifecycle.js';
import { MACHINES } from '../../workflows/registry.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import type { AssessmentKind } from '../assessments/assessment.entity.js';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../assessments/assessment.workflow.js';
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

export interface PlanCycleInput {
  kind: CycleKind;
  name: string;
  year: number;
  quarter?: number | null;
  task?: string | null;
  organisationId: string;
  deadlines: CycleDeadlines;
}
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
      const [snapshot] = initialTransition(cycleMachine, { kind: input.kind });
      const persisted = persist(snapshot);
      const [row] = (await m.query(
        `INSERT INTO assessment_cycle (kind, name, year, quarter, task, organisation_id, org_path, rule_set_id, settings, deadlines, machine_id, machine_version, state, snapshot, created_by, created_at, updated_at, indicator_scheme_versions)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,'cycle',$11,$12,$13,$14,$15,$15,$16) RETURNING id`,
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
        payload: { input, ruleSetId: rules.ruleSet?.id ?? null, ruleSetVersion: rules.ruleSet?.version ?? null, indicatorSchemeVersions: schemes },
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
   * probation → COMMENT_ONLY.
   */
  async enrol(viewer: Viewer | null, cycleId: string, input: EnrolInput, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.engine.mutate(viewer, 'enrol', { cycleId, input }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      const orgs = await m.getRepository(Organisation).findBy(input.organisationIds.map((id) => ({ id })));
      if (orgs.length !== new Set(input.organisationIds).size) throw validation([{ field: 'input.organisationIds', messages: ['contains an unknown organisation'] }]);
      for (const org of orgs) {
        if (!org.path.startsWith(cycle.orgPath)) throw new AppError('FORBIDDEN', `${org.name} is outside the scope of this cycle`);
      }
      const patterns = orgs.map((o) => (input.includeSubtree ? `${o.path}%` : o.path));
      const annual = cycle.kind === 'ANNUAL' || cycle.kind === 'TERM';
      const spec = annual ? MACHINES.annualAssessment : MACHINES.regularAssessment;
      const kind: AssessmentKind = cycle.kind === 'ANNUAL' ? 'CADRE_ANNUAL' : cycle.kind;
      const yearEnd = `${cycle.year}-12-31`;
      const settings = cycle.settings as unknown as RuleSettings;

      // Overlays from status facts, computed by the pure rules for the few cadres that have any.
      const periods: Array<StatusPeriod & { cadreId: string }> = await m.query(
        `SELECT p.cadre_id AS "cadreId", p.kind, p.starts_on AS "startsOn", p.ends_on AS "endsOn"
           FROM cadre_status_period p JOIN cadre c ON c.id = p.cadre_id JOIN organisation o ON o.id = c.organisation_id
          WHERE o.path LIKE ANY($1::text[])`,
        [patterns],
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
      const forOverlay = (o: { overlay: Overlay; reason: string }) => variant('CADRE', o.overlay, o.reason);
      const inserted: Array<{ id: string }> = await m.query(
        `WITH overlay AS (
           SELECT * FROM unnest($5::uuid[], $6::text[], $7::jsonb[], $8::jsonb[]) AS x(cadre_id, overlay, input, snapshot)
         )
         INSERT INTO assessment (cycle_id, kind, cadre_id, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, overlay, created_at, updated_at)
         SELECT $1, $2, c.id, c.organisation_id, o.path, $3, $4, coalesce(ov.input, $9::jsonb), $10, coalesce(ov.snapshot, $11::jsonb), coalesce(ov.overlay, 'NONE'), $12, $12
           FROM cadre c JOIN organisation o ON o.id = c.organisation_id
           LEFT JOIN overlay ov ON ov.cadre_id = c.id
          WHERE o.path LIKE ANY($13::text[])
            AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = $1 AND a.cadre_id = c.id)
         RETURNING id`,
        [
          cycle.id,
          kind,
          spec.id,
          spec.version,
          overlays.map((o) => o.cadreId),
          overlays.map((o) => o.overlay),
          overlays.map((o) => JSON.stringify(forOverlay(o).input)),
          overlays.map((o) => JSON.stringify(forOverlay(o).snapshot)),
          JSON.stringify(plain.input),
          plain.state,
          JSON.stringify(plain.snapshot),
          this.now(),
          patterns,
        ],
      );
      let teams = 0;
      if (annual && input.includeTeams) {
        const team = variant('TEAM', 'NONE', null);
        const teamRows: Array<{ id: string }> = await m.query(
          `INSERT INTO assessment (cycle_id, kind, organisation_id, org_path, machine_id, machine_version, input, state, snapshot, created_at, updated_at)
           SELECT $1, 'TEAM_ANNUAL', o.id, o.path, $2, $3, $4, $5, $6, $7, $7
             FROM organisation o
            WHERE o.path LIKE ANY($8::text[]) AND EXISTS (SELECT 1 FROM cadre c WHERE c.organisation_id = o.id)
              AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND a.organisation_id = o.id)
           RETURNING id`,
          [cycle.id, spec.id, spec.version, JSON.stringify(team.input), team.state, JSON.stringify(team.snapshot), this.now(), patterns],
        );
        teams = teamRows.length;
        await m.query(
          `UPDATE assessment a SET team_assessment_id = t.id FROM assessment t
            WHERE a.cycle_id = $1 AND t.cycle_id = $1 AND t.kind = 'TEAM_ANNUAL' AND a.kind <> 'TEAM_ANNUAL'
              AND t.organisation_id = a.organisation_id AND a.team_assessment_id IS NULL`,
          [cycle.id],
        );
      }
      const count = inserted.length + teams;
      if (count === 0) throw validation([{ field: 'input.organisationIds', messages: ['nobody new to enrol there'] }]);
      if (cycle.state === 'open' && annual) {
        // Late enrolment into a running cycle: the newcomers start at once.
        const fresh: Array<{ id: string }> = await m.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'enrolled'`, [cycle.id]);
        await applyBulkTransition(m, 'assessment', fresh.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at: this.now().toISOString() }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
          derive: deriveAssessmentColumns(cycle.deadlines),
          deriveColumns: ASSESSMENT_COLUMNS,
        });
      }
      const row = await loadInstance(m, 'assessment_cycle', cycle.id);
      await applyTransition(m, 'assessment_cycle', row, { type: 'ENROL', count, at: this.now().toISOString() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
        auditPayload: { organisationIds: input.organisationIds, includeSubtree: input.includeSubtree, cadres: inserted.length, teams, overlays: overlays.length },
      });
      return count;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
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
      await applyBulkTransition(m, 'assessment', ids.map((r) => r.id), () => ({ type: 'START_SELF_REPORT', at }), { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        derive: deriveAssessmentColumns(cycle.deadlines),
        deriveColumns: ASSESSMENT_COLUMNS,
      });
      return true;
    });
    return this.cycleRow(this.dataSource.manager, cycleId);
  }

  async cancelCycle(viewer: Viewer | null, cycleId: string, reason: string, options: MutationOptions = {}): Promise<AssessmentCycle> {
    assertCan(viewer, 'cycle:manage');
    await this.engine.mutate(viewer, 'cancelCycle', { cycleId, reason }, options.idempotencyKey, async (m) => {
      const cycle = await this.cycleRow(m, cycleId);
      assertCan(viewer, 'cycle:manage', cycle.orgPath);
      await applyTransition(m, 'assessment_cycle', cycleId, { type: 'CANCEL_CYCLE', reason, at: this.now().toISOString() }, { userId: viewer.userId, role: 'ORG_ADMIN' }, {
        expectedVersion: options.expectedVersion,
      });
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
