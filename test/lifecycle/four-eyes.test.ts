import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/** Four eyes: whoever proposes a grade does not decide it, although they hold both roles. */
let t: TestApp;
let assessmentId: string;
let both: string;
beforeAll(async () => {
  t = await startTestApp();
  const orgadmin = await t.signIn('orgadmin');
  const cycleId = await openCycleFor(t, orgadmin, 'QH-TN-DJ');
  const [row] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL AND overlay = 'NONE' ORDER BY id LIMIT 1`, [cycleId])) as Array<{ id: string }>;
  assessmentId = row!.id;
  await advanceAssessments(t, cycleId, [assessmentId], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  // The assessment team's user also sits on the committee.
  await t.dataSource.query(
    `INSERT INTO role_assignment (user_id, role, organisation_id) SELECT u.id, 'COMMITTEE', o.id FROM user_account u, organisation o WHERE u.username = 'assessor' AND o.code = 'QH'`,
  );
  both = await t.signIn('assessor');
});
afterAll(() => t?.close());

describe('four eyes on a grade', () => {
  it('the one who proposed the grade may not approve or change it; another committee member may', async () => {
    const proposed = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { state } }`, { input: { assessmentId, grade: 'COMPETENT', comment: '工作认真负责，完成年度任务。' } }, { token: both });
    expect(proposed.errors).toBeUndefined();
    const approve = await t.gql(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { state } }`, { input: { assessmentId, collective: unanimous } }, { token: both });
    expect(codeOf(approve)).toBe('CONFLICT_OF_INTEREST');
    const change = await t.gql(`mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { state } }`, { input: { assessmentId, grade: 'BASICALLY_COMPETENT', reason: '经集体研究调整。', collective: unanimous } }, { token: both });
    expect(codeOf(change)).toBe('CONFLICT_OF_INTEREST');
    const other = await t.gql<{ approveGrade: { state: string } }>(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { state } }`, { input: { assessmentId, collective: unanimous } }, { token: await t.signIn('committee') });
    expect(other.errors).toBeUndefined();
    expect(other.data!.approveGrade.state).toBe('decided');
  });
});
