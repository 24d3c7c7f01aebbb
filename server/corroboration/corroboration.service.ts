import type { DataSource, EntityManager } from 'typeorm';
import { addDays } from '../../workflows/calendar/working-days.js';
import { findingTypeRule, type CorroborationSettings } from '../../workflows/rules/corroboration.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { appendAudit } from '../audit/audit.service.js';
import type { AuditAction, AuditEntityType } from '../audit/audit-vocabulary.js';
import { actingRole, assertCan, assertCanInside, can, type Permission, type Viewer } from '../auth/policy.js';
import { chinaDay, type CalendarService } from '../calendar/calendar.service.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { corroborationOf } from './corroboration-facts.js';
import type { CorroboratingFindingView, CorroborationOptions, FindingState, VetoConsultationView } from './corroboration.types.js';

/** The most findings and consultations one assessment lists (far above any real case). */
export const CORROBORATION_LIST_MAX = 100;
/** The most finding types and veto items a cycle's options give. */
export const CORROBORATION_OPTIONS_MAX = 200;

interface Target {
  id: string;
  org_path: string;
  state: string;
  settings: RuleSettings;
}

interface FindingRow {
  id: string;
  assessment_id: string;
  source: string;
  finding_type: string;
  document_ref: string;
  found_on: string;
  summary: string;
  state: FindingState;
  state_note: string;
  recorded_at: Date;
  display_name: string | null;
  settings: RuleSettings;
}

interface ConsultationRow {
  id: string;
  assessment_id: string;
  subject_name: string;
  finding_id: string | null;
  veto_item: string;
  department: string;
  question: string;
  requested_on: string;
  due_on: string;
  state: 'REQUESTED' | 'ANSWERED' | 'WITHDRAWN';
  applies: boolean | null;
  answer_reason: string | null;
  answered_by_name: string | null;
  answered_on: string | null;
  withdrawn_reason: string | null;
  recorder: string | null;
  settings: RuleSettings;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f-]{36}$/i;

/**
 * Corroboration (印证): findings of supervision, inspection tours, audit,
 * petitions and discipline recorded as typed facts of an assessment, and the
 * consultation of the competent department on a veto item. What a finding
 * feeds is the cycle's rule set (corroboration.findingTypes); the grade
 * facts read them (corroboration-facts.ts), so every path to a grade obeys
 * them. Every change is one transaction with its audit row.
 */
export class CorroborationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly calendar: CalendarService,
  ) {}

  private async target(m: EntityManager, assessmentId: string, lock = false): Promise<Target> {
    if (!UUID.test(assessmentId)) throw notFound('Assessment');
    const [row] = (await m.query(
      `SELECT a.id, a.org_path, a.state, cy.settings FROM assessment a JOIN assessment_cycle cy ON cy.id = a.cycle_id WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`,
      [assessmentId],
    )) as Target[];
    if (!row) throw notFound('Assessment');
    return row;
  }

  private async audit(m: EntityManager, viewer: Viewer, permission: Permission, entityType: AuditEntityType, entityId: string, orgPath: string, action: AuditAction, payload: Record<string, unknown>) {
    await appendAudit(m, {
      entityType,
      entityId,
      action,
      actorUserId: viewer.userId,
      actorRole: actingRole(viewer, permission, orgPath),
      scopePath: orgPath,
      payload,
      occurredAt: this.now(),
    });
  }

  private findingView(r: FindingRow): CorroboratingFindingView {
    const c = corroborationOf(r.settings);
    const rule = findingTypeRule(c, r.source, r.finding_type);
    const feeds = rule?.feeds ?? 'INFORMATION';
    return {
      id: r.id,
      source: r.source as CorroboratingFindingView['source'],
      findingType: r.finding_type,
      findingTypeLabel: rule?.label ?? r.finding_type,
      feeds,
      target: rule?.target ?? '',
      targetLabel: targetLabel(c, r.settings, feeds, rule?.target ?? ''),
      documentRef: r.document_ref,
      foundOn: r.found_on,
      summary: r.summary,
      state: r.state,
      stateNote: r.state_note,
      feedsGate: r.state === 'VERIFIED' && feeds !== 'INFORMATION',
      recordedBy: r.display_name,
      recordedAt: r.recorded_at,
    };
  }

  private consultationView(r: ConsultationRow, today: string): VetoConsultationView {
    const item = corroborationOf(r.settings).vetoItems.find((v) => v.code === r.veto_item);
    return {
      id: r.id,
      assessmentId: r.assessment_id,
      subjectName: r.subject_name,
      findingId: r.finding_id,
      vetoItem: r.veto_item,
      vetoItemLabel: item?.label ?? r.veto_item,
      department: r.department,
      question: r.question,
      requestedOn: r.requested_on,
      dueOn: r.due_on,
      overdue: r.state === 'REQUESTED' && r.due_on < today,
      state: r.state,
      applies: r.applies,
      answerReason: r.answer_reason,
      answeredBy: r.answered_by_name,
      answeredOn: r.answered_on,
      recordedBy: r.recorder,
      withdrawnReason: r.withdrawn_reason,
    };
  }

  private async findingRows(m: EntityManager | DataSource, where: string, params: unknown[]): Promise<FindingRow[]> {
    return m.query(
      `SELECT f.id, f.assessment_id, f.source, f.finding_type, f.document_ref, f.found_on::text, f.summary, f.state, f.state_note, f.recorded_at, u.display_name, cy.settings
         FROM corroborating_finding f JOIN assessment a ON a.id = f.assessment_id JOIN assessment_cycle cy ON cy.id = a.cycle_id
         LEFT JOIN user_account u ON u.id = f.recorded_by
        WHERE ${where} ORDER BY f.found_on, f.recorded_at, f.id LIMIT ${CORROBORATION_LIST_MAX}`,
      params,
    );
  }

  private async consultationRows(m: EntityManager | DataSource, where: string, params: unknown[], limit: number): Promise<ConsultationRow[]> {
    return m.query(
      `SELECT v.id, v.assessment_id, coalesce(c.name, o.name) AS subject_name, v.finding_id, v.veto_item, v.department, v.question, v.requested_on::text, v.due_on::text, v.state,
              v.applies, v.answer_reason, v.answered_by_name, v.answered_on::text, v.withdrawn_reason, u.display_name AS recorder, cy.settings
         FROM veto_consultation v JOIN assessment a ON a.id = v.assessment_id JOIN assessment_cycle cy ON cy.id = a.cycle_id
         JOIN organisation o ON o.id = a.organisation_id LEFT JOIN cadre c ON c.id = a.cadre_id
         LEFT JOIN user_account u ON u.id = v.recorded_by
        WHERE ${where} ORDER BY v.due_on, v.requested_at, v.id LIMIT ${limit}`,
      params,
    );
  }

  /** The findings of an assessment, oldest first; none for those who do not read assessments there. */
  async findings(viewer: Viewer | null, row: Pick<Assessment, 'id' | 'orgPath'>): Promise<CorroboratingFindingView[]> {
    if (!can(viewer, 'assessment:read', row.orgPath)) return [];
    return (await this.findingRows(this.dataSource, 'f.assessment_id = $1', [row.id])).map((r) => this.findingView(r));
  }

  /** The consultations of an assessment, by due day; none for those who do not read assessments there. */
  async consultations(viewer: Viewer | null, row: Pick<Assessment, 'id' | 'orgPath'>): Promise<VetoConsultationView[]> {
    if (!can(viewer, 'assessment:read', row.orgPath)) return [];
    const today = chinaDay(this.now());
    return (await this.consultationRows(this.dataSource, 'v.assessment_id = $1', [row.id], CORROBORATION_LIST_MAX)).map((r) => this.consultationView(r, today));
  }

  /** The open consultations inside the viewer's jurisdiction (the committee's review queue), due first, at most `first`. */
  async openConsultations(viewer: Viewer | null, first: number): Promise<VetoConsultationView[]> {
    assertCan(viewer, 'assessment:read');
    const roots = viewer.grants.filter((g) => can(viewer, 'assessment:read', g.organisationPath)).map((g) => g.organisationPath);
    const today = chinaDay(this.now());
    const rows = await this.consultationRows(this.dataSource, `v.state = 'REQUESTED' AND a.org_path LIKE ANY($1::text[])`, [roots.map((p) => `${p}%`)], first);
    return rows.map((r) => this.consultationView(r, today));
  }

  /** The finding types, veto items and answer period of a cycle's pinned rule set. */
  async options(viewer: Viewer | null, cycleId: string): Promise<CorroborationOptions> {
    const [cycle] = UUID.test(cycleId) ? ((await this.dataSource.query(`SELECT org_path, settings FROM assessment_cycle WHERE id = $1`, [cycleId])) as Array<{ org_path: string; settings: RuleSettings }>) : [];
    if (!cycle) throw notFound('Cycle');
    assertCanInside(viewer, 'assessment:read', cycle.org_path);
    const c = corroborationOf(cycle.settings);
    return {
      findingTypes: c.findingTypes.slice(0, CORROBORATION_OPTIONS_MAX).map((t) => ({ ...t, targetLabel: targetLabel(c, cycle.settings, t.feeds, t.target) })),
      vetoItems: c.vetoItems.slice(0, CORROBORATION_OPTIONS_MAX).map((v) => ({ ...v })),
      consultationWorkingDays: c.consultationWorkingDays,
    };
  }

  async recordFinding(
    viewer: Viewer | null,
    input: { assessmentId: string; source: string; findingType: string; documentRef: string; foundOn: string; summary: string; verified: boolean },
  ): Promise<CorroboratingFindingView> {
    assertCan(viewer, 'finding:write');
    const today = chinaDay(this.now());
    return this.dataSource.transaction(async (m) => {
      const a = await this.target(m, input.assessmentId, true);
      assertCan(viewer, 'finding:write', a.org_path);
      const c = corroborationOf(a.settings);
      const rule = findingTypeRule(c, input.source, input.findingType);
      const errors = [];
      if (!rule) errors.push({ field: 'input.findingType', messages: [`must be a finding type of ${input.source}: ${c.findingTypes.filter((t) => t.source === input.source).map((t) => t.code).join(', ')}`] });
      if (!ISO.test(input.foundOn) || input.foundOn > today) errors.push({ field: 'input.foundOn', messages: ['must be a day (YYYY-MM-DD) not after today'] });
      if (!input.documentRef.trim()) errors.push({ field: 'input.documentRef', messages: ['the document reference is required'] });
      if (errors.length) throw validation(errors);
      if (a.state === 'cancelled') throw new AppError('INVALID_TRANSITION', 'The assessment was cancelled: nothing more is recorded on it');
      const state: FindingState = input.verified ? 'VERIFIED' : 'UNVERIFIED';
      const at = this.now();
      const [{ id }] = (await m.query(
        `INSERT INTO corroborating_finding (assessment_id, source, finding_type, document_ref, found_on, summary, state, recorded_by, recorded_at, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9) RETURNING id`,
        [a.id, input.source, input.findingType, input.documentRef.trim(), input.foundOn, input.summary, state, viewer.userId, at],
      )) as [{ id: string }];
      await this.audit(m, viewer, 'finding:write', 'corroborating_finding', id, a.org_path, 'FINDING_RECORDED', {
        assessmentId: a.id,
        source: input.source,
        findingType: input.findingType,
        documentRef: input.documentRef.trim(),
        foundOn: input.foundOn,
        state,
        feeds: rule!.feeds,
        target: rule!.target,
      });
      return this.findingView((await this.findingRows(m, 'f.id = $1', [id]))[0]!);
    });
  }

  async setFindingState(viewer: Viewer | null, input: { findingId: string; state: FindingState; note: string }): Promise<CorroboratingFindingView> {
    assertCan(viewer, 'finding:write');
    if (!UUID.test(input.findingId)) throw notFound('Finding');
    return this.dataSource.transaction(async (m) => {
      const [f] = (await m.query(`SELECT id, assessment_id, state FROM corroborating_finding WHERE id = $1 FOR UPDATE`, [input.findingId])) as Array<{ id: string; assessment_id: string; state: FindingState }>;
      if (!f) throw notFound('Finding');
      const a = await this.target(m, f.assessment_id, true);
      assertCan(viewer, 'finding:write', a.org_path);
      if (f.state === input.state) throw new AppError('INVALID_TRANSITION', `The finding is already ${input.state}`, { state: f.state });
      await m.query(`UPDATE corroborating_finding SET state = $2, state_note = $3, updated_at = $4 WHERE id = $1`, [f.id, input.state, input.note, this.now()]);
      await this.audit(m, viewer, 'finding:write', 'corroborating_finding', f.id, a.org_path, 'FINDING_STATE_SET', { assessmentId: a.id, from: f.state, to: input.state, note: input.note });
      return this.findingView((await this.findingRows(m, 'f.id = $1', [f.id]))[0]!);
    });
  }

  /**
   * Asks the competent department about a veto item: the answer is due on the
   * configured number of working days after the request day (official
   * calendar). One open consultation per assessment and item.
   */
  async requestConsultation(
    viewer: Viewer | null,
    input: { assessmentId: string; vetoItem: string; findingId?: string | null; department: string; question: string },
  ): Promise<VetoConsultationView> {
    assertCan(viewer, 'consultation:request');
    const today = chinaDay(this.now());
    return this.dataSource.transaction(async (m) => {
      const a = await this.target(m, input.assessmentId, true);
      assertCan(viewer, 'consultation:request', a.org_path);
      const c = corroborationOf(a.settings);
      if (!c.vetoItems.some((v) => v.code === input.vetoItem))
        throw validation([{ field: 'input.vetoItem', messages: [`must be one of ${c.vetoItems.map((v) => v.code).join(', ')}`] }]);
      if (!input.department.trim()) throw validation([{ field: 'input.department', messages: ['the competent department is required'] }]);
      if (input.findingId) {
        const [f] = (await m.query(`SELECT 1 FROM corroborating_finding WHERE id = $1 AND assessment_id = $2`, [input.findingId, a.id])) as unknown[];
        if (!f) throw validation([{ field: 'input.findingId', messages: ['must be a finding of the same assessment'] }]);
      }
      if (a.state === 'cancelled') throw new AppError('INVALID_TRANSITION', 'The assessment was cancelled: nothing more is recorded on it');
      const [open] = (await m.query(`SELECT id FROM veto_consultation WHERE assessment_id = $1 AND veto_item = $2 AND state = 'REQUESTED'`, [a.id, input.vetoItem])) as Array<{ id: string }>;
      if (open) throw new AppError('DUPLICATE', 'The competent department is already being consulted on this veto item', { consultationId: open.id });
      const dueOn = await this.calendar.lastWorkingDay(addDays(today, 1), c.consultationWorkingDays);
      const [{ id }] = (await m.query(
        `INSERT INTO veto_consultation (assessment_id, finding_id, veto_item, department, question, requested_on, due_on, state, requested_by, requested_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,'REQUESTED',$8,$9) RETURNING id`,
        [a.id, input.findingId ?? null, input.vetoItem, input.department.trim(), input.question, today, dueOn, viewer.userId, this.now()],
      )) as [{ id: string }];
      await this.audit(m, viewer, 'consultation:request', 'veto_consultation', id, a.org_path, 'CONSULTATION_REQUESTED', {
        assessmentId: a.id,
        vetoItem: input.vetoItem,
        department: input.department.trim(),
        question: input.question,
        requestedOn: today,
        dueOn,
      });
      return this.consultationView((await this.consultationRows(m, 'v.id = $1', [id], 1))[0]!, today);
    });
  }

  private async openConsultation(m: EntityManager, viewer: Viewer, permission: Permission, id: string): Promise<{ row: { id: string; assessment_id: string; state: string; requested_on: string }; orgPath: string }> {
    if (!UUID.test(id)) throw notFound('Consultation');
    const [row] = (await m.query(`SELECT id, assessment_id, state, requested_on::text FROM veto_consultation WHERE id = $1 FOR UPDATE`, [id])) as Array<{
      id: string;
      assessment_id: string;
      state: string;
      requested_on: string;
    }>;
    if (!row) throw notFound('Consultation');
    const a = await this.target(m, row.assessment_id);
    assertCan(viewer, permission, a.org_path);
    if (row.state !== 'REQUESTED') throw new AppError('INVALID_TRANSITION', `The consultation is ${row.state.toLowerCase()} already`, { state: row.state });
    return { row, orgPath: a.org_path };
  }

  /** Records the competent department's answer on its behalf (ORG_ADMIN), naming who answered and when. */
  async answerConsultation(
    viewer: Viewer | null,
    input: { consultationId: string; applies: boolean; reason: string; answeredBy: string; answeredOn: string },
  ): Promise<VetoConsultationView> {
    assertCan(viewer, 'consultation:answer');
    const today = chinaDay(this.now());
    return this.dataSource.transaction(async (m) => {
      const { row, orgPath } = await this.openConsultation(m, viewer, 'consultation:answer', input.consultationId);
      if (!ISO.test(input.answeredOn) || input.answeredOn < row.requested_on || input.answeredOn > today)
        throw validation([{ field: 'input.answeredOn', messages: [`must be a day from ${row.requested_on} to ${today}`] }]);
      if (!input.reason.trim() || !input.answeredBy.trim())
        throw validation([{ field: input.reason.trim() ? 'input.answeredBy' : 'input.reason', messages: ['is required'] }]);
      await m.query(
        `UPDATE veto_consultation SET state = 'ANSWERED', applies = $2, answer_reason = $3, answered_by_name = $4, answered_on = $5, recorded_by = $6, closed_at = $7 WHERE id = $1`,
        [row.id, input.applies, input.reason.trim(), input.answeredBy.trim(), input.answeredOn, viewer.userId, this.now()],
      );
      await this.audit(m, viewer, 'consultation:answer', 'veto_consultation', row.id, orgPath, 'CONSULTATION_ANSWERED', {
        assessmentId: row.assessment_id,
        applies: input.applies,
        reason: input.reason.trim(),
        answeredBy: input.answeredBy.trim(),
        answeredOn: input.answeredOn,
      });
      return this.consultationView((await this.consultationRows(m, 'v.id = $1', [row.id], 1))[0]!, today);
    });
  }

  async withdrawConsultation(viewer: Viewer | null, input: { consultationId: string; reason: string }): Promise<VetoConsultationView> {
    assertCan(viewer, 'consultation:request');
    const today = chinaDay(this.now());
    return this.dataSource.transaction(async (m) => {
      const { row, orgPath } = await this.openConsultation(m, viewer, 'consultation:request', input.consultationId);
      await m.query(`UPDATE veto_consultation SET state = 'WITHDRAWN', withdrawn_reason = $2, closed_at = $3 WHERE id = $1`, [row.id, input.reason, this.now()]);
      await this.audit(m, viewer, 'consultation:request', 'veto_consultation', row.id, orgPath, 'CONSULTATION_WITHDRAWN', { assessmentId: row.assessment_id, reason: input.reason });
      return this.consultationView((await this.consultationRows(m, 'v.id = $1', [row.id], 1))[0]!, today);
    });
  }
}

function targetLabel(c: CorroborationSettings, settings: RuleSettings, feeds: string, target: string): string {
  if (feeds === 'NEGATIVE_LIST') return settings.gates.negativeList.find((n) => n.code === target)?.label ?? target;
  if (feeds === 'VETO_ITEM') return c.vetoItems.find((v) => v.code === target)?.label ?? target;
  return '';
}
