import type { DataSource, EntityManager } from 'typeorm';
import { isWarning, penaltyCategory, penaltyPeriodMonths, periodEnd } from '../../../workflows/cases/correction.js';
import { promotionBlockers, type AccusationFact, type InvestigationFact, type PenaltyFact, type PromotionBlocker } from '../../../workflows/cases/promotion.js';
import type { PenaltyKind } from '../../../workflows/rules/settings.js';
import { appendAudit } from '../../audit/audit.service.js';
import type { AuditAction } from '../../audit/audit-vocabulary.js';
import { actingRole, assertCan, type Viewer } from '../../auth/policy.js';
import { chinaDay } from '../../calendar/calendar.service.js';
import type { CadreService } from '../../cadres/cadre.service.js';
import { notFound, validation } from '../../common/errors.js';
import type { Organisation } from '../../organisations/organisation.entity.js';
import { effectiveRuleSet } from '../../rule-sets/rule-set.service.js';
import { cadreScope, type CaseService } from '../shared/case.service.js';
import { closeInvestigationRefusal, decidePenaltyRefusal } from './record-actions.js';

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
 * Penalties (sanctions and organisational handling, with their periods)
 * and investigations (立案审查); closing an investigation grades the year
 * it left UNGRADED retroactively. Also what blocks a cadre's promotion.
 */
export class PenaltyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly cases: CaseService,
    private readonly cadres: CadreService,
  ) {}

  private today(): string {
    return chinaDay(this.now());
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
      const cadre = await cadreScope(m, cadreId);
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
      const cadre = await cadreScope(m, before.cadreId);
      if (before.startedOn && decidedOn < before.startedOn) throw validation([{ field: 'input.decidedOn', messages: ['must not be before the accountability started'] }]);
      const facts = await this.penaltyFacts(m, cadre.org, before.kind as PenaltyKind, decidedOn);
      await m.query(`UPDATE penalty SET decided_on = $2, effective_until = $3, category = $4 WHERE id = $1`, [penaltyId, decidedOn, facts.effectiveUntil, facts.category]);
      await this.auditCadre(m, viewer, 'penalty:write', cadre.path, before.cadreId, 'PENALTY_DECIDED', { penaltyId, kind: before.kind, decidedOn, effectiveUntil: facts.effectiveUntil });
      return this.penalty(m, penaltyId);
    });
  }

  private async auditCadre(m: EntityManager, viewer: Viewer, permission: Parameters<typeof actingRole>[1], path: string, cadreId: string, action: AuditAction, payload: Record<string, unknown>) {
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
      const cadre = await cadreScope(m, period.cadre_id);
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
          await this.cases.reDecide(m, a.id, a.year, cadre.id, 'INVESTIGATION_CLOSED', investigationId, `立案审查于${closedOn}结案（${penaltyKind ? penaltyKind : '未予处分'}），按规定补定等次`, { userId: viewer.userId, role }, penaltyKind ? [{ kind: penaltyKind, year: a.year }] : []);
        }
      }
      const [row] = (await m.query(`${INVESTIGATION_SELECT} WHERE s.id = $1`, [investigationId])) as InvestigationRow[];
      return row!;
    });
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

  /** What blocks the cadre's promotion today; blocked when anything does. */
  async promotionBlockers(viewer: Viewer | null, cadreId: string): Promise<{ blocked: boolean; blockers: PromotionBlocker[]; disregarded: PromotionBlocker[] }> {
    const cadre = await cadreScope(this.dataSource.manager, cadreId);
    if (viewer?.cadreId !== cadre.id) assertCan(viewer, 'case:read', cadre.path);
    const result = await this.promotionBlockersOf(this.dataSource.manager, cadre.id);
    return { blocked: result.blockers.length > 0, ...result };
  }
}
