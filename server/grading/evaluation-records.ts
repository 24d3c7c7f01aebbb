import type { DataSource } from 'typeorm';
import type { RuleSettings } from '../../workflows/rules/settings.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { assertCanInside, can, type Viewer } from '../auth/policy.js';
import { notFound } from '../common/errors.js';
import type { AssessmentCycle } from '../cycles/cycle.entity.js';
import { SCORE_COMPONENTS } from './evaluation-inputs.js';
import type { EvaluationInputOptions, NegativeFindingView, PoliticalReviewView, ScoreInputView } from './evaluation.types.js';

/** The most negative-list items a cycle's options give (the default list has 7). */
export const NEGATIVE_LIST_MAX = 100;

/**
 * What the evaluation inputs of an assessment hold so far — its component
 * scores, its political review, its negative-list findings — for those who
 * read assessments of its jurisdiction (the assessed cadre sees none of them
 * here), and what a cycle's inputs may name.
 */
export class EvaluationRecords {
  constructor(private readonly dataSource: DataSource) {}

  async scoreInputs(viewer: Viewer | null, row: Assessment): Promise<ScoreInputView[]> {
    if (!can(viewer, 'assessment:read', row.orgPath)) return [];
    const rows: Array<{ component: string; value: number; source: string; recorded_at: Date }> = await this.dataSource.query(
      `SELECT component, value::float8 AS value, source, recorded_at FROM score_input WHERE assessment_id = $1 ORDER BY array_position($2::text[], component)`,
      [row.id, [...SCORE_COMPONENTS]],
    );
    return rows.map((r) => ({ component: r.component, value: r.value, source: r.source, recordedAt: r.recorded_at }));
  }

  async politicalReview(viewer: Viewer | null, row: Assessment): Promise<PoliticalReviewView | null> {
    if (!can(viewer, 'assessment:read', row.orgPath)) return null;
    const [r] = (await this.dataSource.query(
      `SELECT pr.rating, pr.veto, pr.note, pr.recorded_at, u.display_name FROM political_review pr LEFT JOIN user_account u ON u.id = pr.recorded_by WHERE pr.assessment_id = $1`,
      [row.id],
    )) as Array<{ rating: string; veto: boolean; note: string; recorded_at: Date; display_name: string | null }>;
    return r ? { rating: r.rating, veto: r.veto, note: r.note, recordedBy: r.display_name, recordedAt: r.recorded_at } : null;
  }

  async negativeFindings(viewer: Viewer | null, row: Assessment): Promise<NegativeFindingView[]> {
    if (!can(viewer, 'assessment:read', row.orgPath)) return [];
    const rows: Array<{ id: string; code: string; note: string; cleared: boolean; recorded_at: Date; display_name: string | null }> = await this.dataSource.query(
      `SELECT f.id, f.code, f.note, f.cleared, f.recorded_at, u.display_name FROM negative_finding f LEFT JOIN user_account u ON u.id = f.recorded_by
        WHERE f.assessment_id = $1 ORDER BY f.recorded_at, f.id LIMIT 50`,
      [row.id],
    );
    return rows.map((r) => ({ id: r.id, code: r.code, note: r.note, cleared: r.cleared, recordedBy: r.display_name, recordedAt: r.recorded_at }));
  }

  /** The score components and the negative list of the cycle's pinned settings, for readers of assessments in some part of its scope. */
  async options(viewer: Viewer | null, cycleId: string, cycles: { load(id: string): Promise<AssessmentCycle | null> }): Promise<EvaluationInputOptions> {
    const cycle = /^[0-9a-f-]{36}$/i.test(cycleId) ? await cycles.load(cycleId) : null;
    if (!cycle) throw notFound('Cycle');
    assertCanInside(viewer, 'assessment:read', cycle.orgPath);
    const settings = cycle.settings as unknown as RuleSettings;
    return {
      scoreComponents: [...SCORE_COMPONENTS],
      publicSurveyPercent: settings.scoring.publicSurveyPercent,
      negativeList: settings.gates.negativeList.slice(0, NEGATIVE_LIST_MAX).map((n) => ({ code: n.code, label: n.label })),
    };
  }
}
