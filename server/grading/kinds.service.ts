import type { DataSource, EntityManager } from 'typeorm';
import { specialRuleProblems, kindSettings } from '../../workflows/grading/kinds.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, assertCanInside, can, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation } from '../common/errors.js';
import type { SpecialRuleInput, SpecialRuleView, TermPeriodInput, TermPeriodView, TermTargetsInput, TermTargetView, TermYearView } from './kinds.types.js';

interface CycleRow {
  id: string;
  kind: string;
  year: number;
  org_path: string;
  state: string;
  settings: RuleSettings;
}

/**
 * Kinds that add up, as records: the rule a special cycle carries into the
 * annual of its year, a term cycle's term and a term assessment's targets.
 * Each change is one transaction, authorised inside the record's
 * jurisdiction and audited.
 */
export class KindsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** The cycle, locked, once the viewer may manage it (the jurisdiction first: a cycle elsewhere is refused whatever its kind). */
  private async cycle(m: EntityManager, viewer: Viewer, id: string, kind: 'SPECIAL' | 'TERM'): Promise<CycleRow> {
    const [row] = (await m.query(`SELECT id, kind, year, org_path, state, settings FROM assessment_cycle WHERE id = $1 FOR UPDATE`, [id])) as CycleRow[];
    if (!row) throw notFound('Cycle');
    assertCanInside(viewer, 'cycle:manage', row.org_path);
    if (row.kind !== kind)
      throw validation([{ field: 'input.cycleId', messages: [kind === 'SPECIAL' ? 'only a special assessment carries a rule into the annual' : 'only a term assessment has a term'] }]);
    return row;
  }

  async specialRule(cycle: { id: string; kind: string; settings: Record<string, unknown> }): Promise<SpecialRuleView | null> {
    if (cycle.kind !== 'SPECIAL') return null;
    const [row] = (await this.dataSource.query(
      `SELECT mode, threshold, points::float8 AS points, gate_effect AS "gateEffect", set_at AS "setAt" FROM special_rule WHERE cycle_id = $1`,
      [cycle.id],
    )) as Array<Omit<SpecialRuleView, 'bonusLimit' | 'deductionLimit'>>;
    if (!row) return null;
    const k = kindSettings(cycle.settings as unknown as RuleSettings);
    return { ...row, bonusLimit: k.specialBonusMaxPoints, deductionLimit: k.specialDeductionMaxPoints };
  }

  async setSpecialRule(viewer: Viewer | null, input: SpecialRuleInput): Promise<SpecialRuleView> {
    assertCan(viewer, 'cycle:manage');
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, viewer, input.cycleId, 'SPECIAL');
      if (cycle.state === 'cancelled') throw new AppError('NOT_ELIGIBLE', 'The cycle is cancelled: its rule no longer counts');
      const rule = { mode: input.mode, threshold: input.threshold, points: input.points ?? null, gateEffect: input.gateEffect ?? null };
      const problems = specialRuleProblems(rule, cycle.settings);
      if (problems.length) throw validation(problems.map((p) => ({ field: p.field, messages: [p.message] })));
      await m.query(
        `INSERT INTO special_rule (cycle_id, mode, threshold, points, gate_effect, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (cycle_id) DO UPDATE SET mode = EXCLUDED.mode, threshold = EXCLUDED.threshold, points = EXCLUDED.points, gate_effect = EXCLUDED.gate_effect,
                                             set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
        [cycle.id, rule.mode, rule.threshold, rule.points, rule.gateEffect, viewer.userId, this.now()],
      );
      await appendAudit(m, {
        entityType: 'assessment_cycle',
        entityId: cycle.id,
        action: 'SPECIAL_RULE_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'cycle:manage', cycle.org_path),
        scopePath: cycle.org_path,
        payload: rule,
        occurredAt: this.now(),
      });
      const k = kindSettings(cycle.settings);
      return { ...rule, bonusLimit: k.specialBonusMaxPoints, deductionLimit: k.specialDeductionMaxPoints, setAt: this.now() };
    });
  }

  async termPeriod(cycle: { id: string; kind: string }): Promise<TermPeriodView | null> {
    if (cycle.kind !== 'TERM') return null;
    const [row] = (await this.dataSource.query(`SELECT starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM term_period WHERE cycle_id = $1`, [cycle.id])) as TermPeriodView[];
    return row ?? null;
  }

  async setTermPeriod(viewer: Viewer | null, input: TermPeriodInput): Promise<TermPeriodView> {
    assertCan(viewer, 'cycle:manage');
    return this.dataSource.transaction(async (m) => {
      const cycle = await this.cycle(m, viewer, input.cycleId, 'TERM');
      if (input.endsOn <= input.startsOn) throw validation([{ field: 'input.endsOn', messages: ['the term ends after it starts'] }]);
      const endYear = Number(input.endsOn.slice(0, 4));
      const startYear = Number(input.startsOn.slice(0, 4));
      if (endYear !== cycle.year) throw validation([{ field: 'input.endsOn', messages: [`the term assessed in ${cycle.year} ends in ${cycle.year}`] }]);
      if (endYear - startYear > 10) throw validation([{ field: 'input.startsOn', messages: ['a term spans at most 10 years'] }]);
      await m.query(
        `INSERT INTO term_period (cycle_id, starts_on, ends_on, set_by, set_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (cycle_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
        [cycle.id, input.startsOn, input.endsOn, viewer.userId, this.now()],
      );
      await appendAudit(m, {
        entityType: 'assessment_cycle',
        entityId: cycle.id,
        action: 'TERM_PERIOD_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'cycle:manage', cycle.org_path),
        scopePath: cycle.org_path,
        payload: { startsOn: input.startsOn, endsOn: input.endsOn },
        occurredAt: this.now(),
      });
      return { startsOn: input.startsOn, endsOn: input.endsOn };
    });
  }

  private readable(viewer: Viewer | null, row: { orgPath: string; cadreId: string | null }): boolean {
    return can(viewer, 'assessment:read', row.orgPath) || (row.cadreId !== null && viewer?.cadreId === row.cadreId);
  }

  async termTargets(viewer: Viewer | null, row: { id: string; kind: string; orgPath: string; cadreId: string | null }, m: EntityManager = this.dataSource.manager): Promise<TermTargetView[]> {
    if (row.kind !== 'TERM' || !this.readable(viewer, row)) return [];
    return m.query(
      `SELECT id, position, target, measure, achieved, score::float8 AS score FROM term_target WHERE assessment_id = $1 ORDER BY position LIMIT 20`,
      [row.id],
    );
  }

  /** The years inside the term with their decided annual results, oldest first (a term spans at most 10 years). */
  async termYears(viewer: Viewer | null, row: { id: string; kind: string; orgPath: string; cadreId: string | null }): Promise<TermYearView[]> {
    if (row.kind !== 'TERM' || !row.cadreId || !this.readable(viewer, row)) return [];
    return this.dataSource.query(
      `SELECT y.year, ya.final_grade AS grade, ya.id AS "assessmentId"
         FROM assessment t JOIN term_period p ON p.cycle_id = t.cycle_id
         JOIN assessment ya ON ya.cadre_id = t.cadre_id AND ya.kind = 'CADRE_ANNUAL' AND ya.final_grade IS NOT NULL
         JOIN assessment_cycle y ON y.id = ya.cycle_id AND y.kind = 'ANNUAL'
        WHERE t.id = $1 AND y.year BETWEEN extract(year FROM p.starts_on) AND extract(year FROM p.ends_on)
        ORDER BY y.year LIMIT 11`,
      [row.id],
    );
  }

  async setTermTargets(viewer: Viewer | null, input: TermTargetsInput): Promise<TermTargetView[]> {
    assertCan(viewer, 'evaluation:manage');
    return this.dataSource.transaction(async (m) => {
      const [row] = (await m.query(`SELECT id, kind, org_path AS "orgPath", cadre_id AS "cadreId", final_grade FROM assessment WHERE id = $1 FOR UPDATE`, [input.assessmentId])) as Array<{
        id: string;
        kind: string;
        orgPath: string;
        cadreId: string | null;
        final_grade: string | null;
      }>;
      if (!row) throw notFound('Assessment');
      assertCanInside(viewer, 'evaluation:manage', row.orgPath);
      if (row.kind !== 'TERM') throw validation([{ field: 'input.assessmentId', messages: ['only a term assessment has term targets'] }]);
      if (row.final_grade !== null) throw new AppError('NOT_ELIGIBLE', 'The term assessment is decided: its targets are closed');
      const problems = input.targets.flatMap((t, i) =>
        t.score !== null && t.score !== undefined && (t.score < 0 || t.score > 100) ? [{ field: `input.targets.${i}.score`, messages: ['must be between 0 and 100'] }] : [],
      );
      if (problems.length) throw validation(problems);
      await m.query(`DELETE FROM term_target WHERE assessment_id = $1`, [row.id]);
      if (input.targets.length)
        await m.query(
          `INSERT INTO term_target (assessment_id, position, target, measure, achieved, score)
           SELECT $1, x.position, x.target, x.measure, x.achieved, x.score FROM jsonb_to_recordset($2::jsonb) AS x(position int, target text, measure text, achieved boolean, score numeric)`,
          [row.id, JSON.stringify(input.targets.map((t, i) => ({ position: i + 1, target: t.target.trim(), measure: t.measure.trim(), achieved: t.achieved ?? null, score: t.score ?? null })))],
        );
      await appendAudit(m, {
        entityType: 'assessment',
        entityId: row.id,
        action: 'TERM_TARGETS_SET',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'evaluation:manage', row.orgPath),
        scopePath: row.orgPath,
        payload: { targets: input.targets.length, achieved: input.targets.filter((t) => t.achieved === true).length },
        occurredAt: this.now(),
      });
      return this.termTargets(viewer, row, m);
    });
  }
}
