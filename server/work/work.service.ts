import type { AssessmentService } from '../assessments/assessment.service.js';
import type { Viewer } from '../auth/policy.js';
import type { CaseTable } from '../cases/shared/case-row.js';
import { mappedCases } from '../cases/shared/case-view.js';
import type { CaseService } from '../cases/shared/case.service.js';
import type { ConnectionShape } from '../common/pagination.js';
import type { OutcomeService } from '../outcomes/outcome.service.js';
import { SECTIONS, type SectionKey, type WorkSection } from './work.types.js';

const CASE_SECTIONS: Record<Exclude<SectionKey, 'ASSESSMENTS' | 'OUTCOME_TASKS'>, CaseTable> = {
  REVIEW_CASES: 'review_case',
  FAULT_TOLERANCE_CASES: 'fault_tolerance_case',
  ACCUSATIONS: 'accusation',
};

/**
 * `myWork`: one place for what waits on the viewer — assessments (the
 * lifecycle's `workQueue`), outcome tasks (HR carries out and verifies, the
 * committee and the organisation department approve), review and appeal
 * cases (the deciding organ, the appeal body), fault-tolerance cases and
 * accusations (discipline inspection). Each section runs only when asked for;
 * every section is the first page of the owning service's own work queue.
 */
export class WorkService {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly outcomes: OutcomeService,
    private readonly cases: CaseService,
  ) {}

  /** The first page of a case work queue, as GraphQL case views. */
  async caseQueue(viewer: Viewer | null, table: CaseTable, first: number) {
    return mappedCases(await this.cases.workQueue(viewer, table, first));
  }

  /** Every section with its count (one count query each), in a fixed order. */
  async sections(viewer: Viewer | null): Promise<WorkSection[]> {
    const queues: Record<SectionKey, () => Promise<ConnectionShape<unknown>>> = {
      ASSESSMENTS: () => this.assessments.workQueue(viewer, 1),
      OUTCOME_TASKS: () => this.outcomes.workQueue(viewer, 1),
      ...(Object.fromEntries(Object.entries(CASE_SECTIONS).map(([key, table]) => [key, () => this.cases.workQueue(viewer, table, 1)])) as Record<keyof typeof CASE_SECTIONS, () => Promise<ConnectionShape<unknown>>>),
    };
    return Promise.all(SECTIONS.map(async (key) => ({ key, count: await (await queues[key]()).totalCount })));
  }

  /** All sections together. */
  async total(viewer: Viewer | null): Promise<number> {
    return (await this.sections(viewer)).reduce((sum, s) => sum + s.count, 0);
  }
}
