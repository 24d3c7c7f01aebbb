import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Four eyes on outcomes: whoever carries out an outcome task (or records a
 * remedial training completed) does not verify it; another HR user of the
 * jurisdiction does. A BASICALLY_COMPETENT result (基本称职) proposes, among
 * others, a written self-examination (an ordinary outcome task) and remedial
 * training.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const taskOf: Record<string, string> = {};
const TASK = `id state availableActions`;

async function gqlOk<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const task = async (id: string, who: string) => (await gqlOk<{ outcomeTask: { id: string; state: string; availableActions: string[] } }>(`query($id: ID!) { outcomeTask(id: $id) { ${TASK} } }`, { id }, tokens[who]!)).outcomeTask;
const verify = (id: string, who: string) => t.gql<{ verifyOutcome: { state: string } }>(`mutation($input: VerifyOutcomeInput!) { verifyOutcome(input: $input) { state } }`, { input: { outcomeId: id, note: '已核实' } }, { token: tokens[who] });

beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['orgadmin', 'assessor', 'committee', 'hr', 'hr.verifier']) tokens[u] = await t.signIn(u);
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const rows = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL AND overlay = 'NONE' ORDER BY id LIMIT 3`, [cycleId])) as Array<{ id: string }>;
  await decideAndNotify(t, { assessor: tokens.assessor!, committee: tokens.committee!, orgadmin: tokens.orgadmin! }, cycleId, rows.map((r) => r.id), 'BASICALLY_COMPETENT');
  const tasks = (await t.dataSource.query(`SELECT id, kind, assessment_id FROM outcome_task WHERE assessment_id = ANY($1::uuid[]) AND kind IN ('WRITTEN_SELF_EXAMINATION', 'REMEDIAL_TRAINING') ORDER BY assessment_id, kind`, [rows.map((r) => r.id)])) as Array<{ id: string; kind: string; assessment_id: string }>;
  const [first, second, third] = rows.map((r) => r.id);
  const pick = (assessment: string | undefined, kind: string) => tasks.find((x) => x.assessment_id === assessment && x.kind === kind)!.id;
  taskOf.outcome = pick(first, 'WRITTEN_SELF_EXAMINATION');
  taskOf.training = pick(second, 'REMEDIAL_TRAINING');
  taskOf.legacy = pick(third, 'WRITTEN_SELF_EXAMINATION');
  for (const id of [taskOf.outcome, taskOf.legacy]) {
    await gqlOk(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { id } }`, { input: { outcomeId: id } }, tokens.orgadmin!);
    await gqlOk(`mutation($input: OutcomeNoteInput!) { carryOutOutcome(input: $input) { id } }`, { input: { outcomeId: id, note: '已按要求提交书面检查' } }, tokens.hr!);
  }
  await gqlOk(`mutation($input: EnrolTrainingInput!) { enrolTraining(input: $input) { id } }`, { input: { outcomeId: taskOf.training, course: '区委党校干部能力提升班' } }, tokens.hr!);
  await gqlOk(`mutation($input: OutcomeNoteInput!) { completeTraining(input: $input) { id } }`, { input: { outcomeId: taskOf.training, note: '结业证书 DJ-2026-007，40学时' } }, tokens.hr!);
  // A task carried out before the doer was recorded in its snapshot: the audit trail still names them.
  await t.dataSource.query(`UPDATE outcome_task SET snapshot = jsonb_set(snapshot, '{context,carriedOut}', (snapshot->'context'->'carriedOut') - 'by') WHERE id = $1`, [taskOf.legacy]);
});
afterAll(() => t?.close());

describe('four eyes on outcomes', () => {
  it.each([
    ['an outcome task carried out', 'outcome', 'carriedOut', [], ['VERIFY']],
    ['a remedial training recorded completed', 'training', 'completed', ['CANCEL'], ['CANCEL', 'VERIFY']],
  ])('%s by one HR user is verified by another, never by the same', async (_what, key, state, doerActions, otherActions) => {
    const id = taskOf[key]!;
    expect(await task(id, 'hr')).toEqual({ id, state, availableActions: doerActions });
    expect((await task(id, 'hr.verifier')).availableActions).toEqual(otherActions);
    const refused = await verify(id, 'hr');
    expect(codeOf(refused)).toBe('CONFLICT_OF_INTEREST');
    expect(refused.errors![0]!.extensions).toMatchObject({ rule: 'FOUR_EYES', event: 'VERIFY' });
    expect((await task(id, 'hr')).state).toBe(state);
    const verified = await verify(id, 'hr.verifier');
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyOutcome.state).toBe('verified');
    const trail = (await t.dataSource.query(
      `SELECT a.action, u.username FROM audit_log a JOIN user_account u ON u.id = a.actor_user_id WHERE a.entity_type = 'outcome_task' AND a.entity_id = $1 AND a.action IN ('CARRY_OUT', 'COMPLETE', 'VERIFY') ORDER BY a.seq`,
      [id],
    )) as Array<{ action: string; username: string }>;
    expect(trail.map((r) => r.username)).toEqual(['hr', 'hr.verifier']);
  });

  it('the audit trail decides for a task whose snapshot does not name who carried it out', async () => {
    const refused = await verify(taskOf.legacy!, 'hr');
    expect(codeOf(refused)).toBe('CONFLICT_OF_INTEREST');
    expect((await verify(taskOf.legacy!, 'hr.verifier')).data?.verifyOutcome.state).toBe('verified');
  });
});
