import type { EntityManager } from 'typeorm';
import type { CorrectionSource } from '../../workflows/cases/correction.js';
import type { DecisionPath } from '../../workflows/decide/decide.js';
import type { Assessment } from '../assessments/assessment.entity.js';
import { assertEventPossible, type AssessmentInstances } from '../assessments/assessment.workflow.js';
import { chinaDay } from '../calendar/calendar.service.js';
import { verdictFor, type DecisionExtras } from '../grading/grade-decision.js';
import type { WorkflowEngine } from '../workflow/engine.js';
import type { TransitionActor } from '../workflow/transition.js';

/** The decision path of each source of a correction. */
const CORRECTION_PATHS: Record<CorrectionSource, DecisionPath> = {
  REVIEW: 'REVIEW_CORRECTION',
  APPEAL: 'APPEAL_CORRECTION',
  INVESTIGATION_CLOSED: 'INVESTIGATION_REGRADE',
  FAULT_TOLERANCE: 'FAULT_TOLERANCE_REGRADE',
};

/** A correction of a final result: the grade, why, what decided it and the case behind it. */
export interface ResultCorrection {
  grade: string;
  reason: string;
  source: CorrectionSource;
  caseId: string | null;
}

/**
 * Corrections of final results, shared by every feature that decides one
 * (a review, an appeal, a fault-tolerance decision, a closed investigation):
 * the step runs on the assessment's machine through the workflow engine, so
 * the assessed is told and the final-result listeners run as for any step.
 */
export class ResultCorrections {
  constructor(
    private readonly now: () => Date,
    private readonly engine: WorkflowEngine,
    private readonly assessments: AssessmentInstances,
  ) {}

  /**
   * A correction inside the transaction of the decision that makes it:
   * decided by the one decision path (never worse, every gate, the quota),
   * then CORRECT_RESULT through the assessment's machine (a correction to
   * EXCELLENT waits for its public notice), the assessed told, and the
   * final-result listeners (result versions, outcomes) run with its reason.
   */
  async apply(m: EntityManager, assessmentId: string, correction: ResultCorrection, actor: TransitionActor, extras: DecisionExtras = {}): Promise<Assessment> {
    const row = await this.assessments.load(m, assessmentId);
    const at = this.now().toISOString();
    assertEventPossible(row, 'CORRECT_RESULT');
    const proposed = { grade: correction.grade, path: CORRECTION_PATHS[correction.source], reason: correction.reason, current: row.finalGrade };
    const verdict = await verdictFor(m, row.id, proposed, chinaDay(new Date(at)), extras, { state: row.state, event: 'CORRECT_RESULT' });
    return this.engine.transition(this.assessments.kind, m, row, { type: 'CORRECT_RESULT', ...correction, verdict, at }, actor, at);
  }
}
