import type { DataSource } from 'typeorm';
import { MACHINES } from '../../../workflows/registry.js';
import type { CollectiveDecision } from '../../../workflows/assessment/annual.machine.js';
import { isLighterPenalty } from '../../../workflows/cases/correction.js';
import type { Distinction, FtContext, FtOrigin, FtOutcome, SixFactors } from '../../../workflows/cases/fault-tolerance.machine.js';
import type { PenaltyKind } from '../../../workflows/rules/settings.js';
import type { TransitionActor } from '../../workflow/transition.js';
import type { MutationOptions, WorkflowEngine } from '../../workflow/engine.js';
import { appendAudit } from '../../audit/audit.service.js';
import type { AuditAction } from '../../audit/audit-vocabulary.js';
import { assertSignedIn, type Viewer } from '../../auth/policy.js';
import { chinaDay } from '../../calendar/calendar.service.js';
import { AppError, validation } from '../../common/errors.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../../rule-sets/rule-set.service.js';
import { openFaultToleranceCheck } from '../penalties/record-actions.js';
import type { PenaltyService } from '../penalties/penalty.service.js';
import { cadreScope, type CaseRow, type CaseService } from '../shared/case.service.js';

/**
 * Fault tolerance (容错纠错): the application or the body's own motion, the
 * steps of discipline inspection and the collective decision, which exempts
 * or mitigates the sanction in play and re-decides the years it weighed on.
 */
export class FaultToleranceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly cases: CaseService,
    private readonly penalties: PenaltyService,
    private readonly engine: WorkflowEngine,
  ) {}

  private at(): string {
    return this.now().toISOString();
  }
  private today(): string {
    return chinaDay(this.now());
  }

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
    const id = await this.engine.mutate(viewer, 'openFaultTolerance', input, options.idempotencyKey, async (m) => {
      const cadre = await cadreScope(m, input.cadreId);
      const target = { orgPath: cadre.path, organisationId: cadre.organisationId, cadreId: cadre.id };
      // Who may open it is checked before the penalty is even looked at (no probing other cadres' sanctions).
      const who = openFaultToleranceCheck(viewer, target, input.origin, null);
      if (who.refusal?.code === 'FORBIDDEN' || who.refusal?.code === 'UNAUTHENTICATED') throw who.refusal;
      const penalty = input.penaltyId ? await this.penalties.penalty(m, input.penaltyId, true) : null;
      if (penalty && penalty.cadreId !== cadre.id) throw validation([{ field: 'input.penaltyId', messages: ['is a penalty of another cadre'] }]);
      const { capacity, refusal } = openFaultToleranceCheck(viewer, target, input.origin, penalty);
      if (refusal) throw refusal;
      const started = penalty?.startedOn != null;
      const decided = penalty?.decidedOn != null;
      const { settings } = await effectiveRuleSet(m, cadre.org, this.today());
      const machineInput = { origin: input.origin, penaltyKind: (penalty?.kind as PenaltyKind | undefined) ?? null, mistakeKey: input.mistakeKey, days: settings.faultTolerance };
      const actor: TransitionActor = { userId: viewer.userId, role: capacity };
      const row = await this.cases.createCase(m, 'fault_tolerance_case', MACHINES.faultToleranceCase, machineInput, {
        cadre_id: cadre.id,
        penalty_id: penalty?.id ?? null,
        organisation_id: cadre.organisationId,
        org_path: cadre.path,
        origin: input.origin,
        mistake_key: input.mistakeKey,
      }, actor);
      return (await this.cases.step(m, row, { type: 'SUBMIT', accountabilityStarted: started, sanctionDecided: decided, today: this.today(), at: this.at() }, actor, {}, { grounds: input.grounds })).id;
    });
    return this.cases.caseRow(this.dataSource.manager, 'fault_tolerance_case', id);
  }

  ftAction(viewer: Viewer | null, caseId: string, eventType: 'ACCEPT' | 'REFUSE' | 'COMPLETE_INVESTIGATION' | 'GIVE_FEEDBACK' | 'FILE_WITH_ORGANISATION' | 'RECORD_CORRECTION' | 'VERIFY_CORRECTION', fields: Record<string, string>, options: MutationOptions = {}): Promise<CaseRow> {
    return this.cases.run(viewer, 'fault_tolerance_case', caseId, eventType, fields, options, async ({ at, today }) => ({ event: { type: eventType, ...fields, today, at } }));
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
    return this.cases.run(viewer, 'fault_tolerance_case', caseId, 'DECIDE', d, options, async ({ m, row, actor, at, today }) => {
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
          const penalty = await this.penalties.penalty(m2, penaltyId);
          // The penalty's change goes into the cadre's penalty trail too (the case's own trail has the decision).
          const auditPenalty = (action: AuditAction, payload: Record<string, unknown>) =>
            appendAudit(m2, { entityType: 'cadre_penalty', entityId: row.cadreId, action, actorUserId: actor.userId, actorRole: actor.role, scopePath: row.orgPath, payload: { penaltyId, caseId: row.id, reason: d.reason, ...payload }, occurredAt: this.now() });
          if (d.outcome === 'EXEMPT') {
            await m2.query(`UPDATE penalty SET tolerated = true, tolerated_by_case = $2 WHERE id = $1`, [penaltyId, row.id]);
            await auditPenalty('PENALTY_TOLERATED', { kind: penalty.kind });
          } else {
            const cadre = await cadreScope(m2, row.cadreId);
            const facts = await this.penalties.penaltyFacts(m2, cadre.org, d.lighterKind!, penalty.decidedOn);
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
          for (const a of decided) await this.cases.reDecide(m2, a.id, a.year, row.cadreId, 'FAULT_TOLERANCE', row.id, `${label}（${d.reason}），重新认定等次`, actor);
        },
      };
    });
  }
}
