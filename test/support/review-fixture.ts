import { advanceAssessments } from './cycle-fixture.js';
import { act, unanimous } from './lifecycle.js';
import type { TestApp } from './test-app.js';

/**
 * Takes assessments of a cycle from enrolment to a decided result notified in
 * writing, through the real API where it matters: the system moves them to
 * synthesis, the assessment team proposes `grade`, the committee approves it
 * collectively and the organisation department issues the written notice
 * (today, on the test clock: day 0 of the review window).
 */
export async function decideAndNotify(
  t: TestApp,
  tokens: { assessor: string; committee: string; orgadmin: string },
  cycleId: string,
  assessmentIds: string[],
  grade: string,
): Promise<void> {
  await advanceAssessments(t, cycleId, assessmentIds, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  for (const id of assessmentIds) {
    await act(t, tokens.assessor, 'proposeGrade', { assessmentId: id, grade, comment: '综合研判提出等次建议。' });
    await act(t, tokens.committee, 'approveGrade', { assessmentId: id, collective: unanimous });
    await act(t, tokens.orgadmin, 'issueWrittenNotice', { assessmentId: id });
  }
}
