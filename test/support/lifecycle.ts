import type { TestApp } from './test-app.js';

/** A quorate, unanimous committee decision: 9 members, 8 present, all for. */
export const unanimous = { membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0, recusals: [] as string[] };

export const ASSESSMENT_FIELDS = `id state version overlay proposedGrade finalGrade dueAt dueEvent availableActions`;

export interface AssessmentView {
  id: string;
  state: string;
  version: number;
  overlay: string;
  proposedGrade: string | null;
  finalGrade: string | null;
  dueAt: string | null;
  dueEvent: string | null;
  availableActions: string[];
}

/** Arguments an action mutation may take besides `input`, by name, with their GraphQL type. */
const EXTRA_ARGUMENT_TYPES: Record<string, string> = { turnoutException: 'TurnoutExceptionInput' };

/** A recorded exception to the minimum turnout, for tests whose subject is a later step than the democratic evaluation. */
export const TURNOUT_EXCEPTION = { turnoutException: { reason: '测试：本测试的对象是后续环节，民主测评未组织，按例外结束' } };

/** Runs one action mutation and returns the assessment, failing loudly with the server's error; `extra`: further arguments (e.g. `turnoutException`). */
export async function act(t: TestApp, token: string | null, mutation: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<AssessmentView> {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const names = Object.keys(extra);
  const declared = names.map((n) => `, $${n}: ${EXTRA_ARGUMENT_TYPES[n]}`).join('');
  const passed = names.map((n) => `, ${n}: $${n}`).join('');
  const res = await t.gql<Record<string, AssessmentView>>(
    `mutation($input: ${INPUT_TYPES[mutation] ?? inputType}!${declared}) { ${mutation}(input: $input${passed}) { ${ASSESSMENT_FIELDS} } }`,
    { input, ...extra },
    { token },
  );
  if (res.errors) throw new Error(`${mutation} failed: ${JSON.stringify(res.errors)}`);
  return res.data![mutation]!;
}

/** Mutations whose input type is shared rather than named after them. */
const INPUT_TYPES: Record<string, string> = {
  submitSelfReport: 'ActionInput',
  submitSummary: 'ActionInput',
  completeFactFinding: 'ActionInput',
  acceptSelfReport: 'ActionInput',
  returnSelfReport: 'ReasonActionInput',
  recordRefusal: 'ReasonActionInput',
  openBallots: 'ActionInput',
  closeBallots: 'ActionInput',
  completeEvaluation: 'ActionInput',
  closePublicNotice: 'ActionInput',
  issueWrittenNotice: 'ActionInput',
  fileAssessment: 'ActionInput',
  signWrittenNotice: 'SignNoticeInput',
  giveFeedback: 'FeedbackInput',
  sendBackProposal: 'SendBackInput',
  investigateObjection: 'ObjectionDecisionInput',
  upholdObjection: 'ObjectionDecisionInput',
  dismissObjection: 'ObjectionDecisionInput',
};

export async function writeSelfReport(t: TestApp, token: string, assessmentId: string, draftVersion = 0): Promise<number> {
  const res = await t.gql<{ saveSelfReportDraft: { draftVersion: number } }>(
    `mutation($input: SelfReportDraftInput!) { saveSelfReportDraft(input: $input) { draftVersion } }`,
    {
      input: {
        assessmentId,
        draftVersion,
        workSummary: '一年来，认真履行岗位职责，推进重点项目十二项，完成年度目标任务。',
        dutiesAndTargets: '分管发展改革、乡村振兴工作。',
        responsibilityStatement: '严格落实全面从严治党主体责任和“一岗双责”。',
        integrityStatement: '严格遵守廉洁自律各项规定，无违规违纪问题。',
      },
    },
    { token },
  );
  if (res.errors) throw new Error(`saveSelfReportDraft failed: ${JSON.stringify(res.errors)}`);
  return res.data!.saveSelfReportDraft.draftVersion;
}

/** Plans, enrols and opens an annual cycle for one organisation's subtree; returns the cycle id. */
export async function openCycleFor(t: TestApp, token: string, organisationCode: string, year = 2025): Promise<string> {
  const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [organisationCode])) as Array<{ id: string }>;
  const planned = await t.gql<{ planCycle: { id: string } }>(
    `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
    { input: { kind: 'ANNUAL', name: `${organisationCode} ${year}`, year, organisationId: org!.id, deadlines: { selfReportDue: `${year + 1}-01-20T18:00:00+08:00`, finishBy: `${year + 1}-03-31T18:00:00+08:00` } } },
    { token },
  );
  if (planned.errors) throw new Error(JSON.stringify(planned.errors));
  const cycleId = planned.data!.planCycle.id;
  for (const [mutation, input] of [
    ['enrolInCycle', `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`],
    ['openCycle', `mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`],
  ] as const) {
    const res = await t.gql(input, { input: mutation === 'enrolInCycle' ? { cycleId, organisationIds: [org!.id], includeSubtree: true, includeTeams: true } : { cycleId } }, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return cycleId;
}

/** Replays an instance's audit trail through the pure machine and compares with the stored snapshot. */
export async function replayFromAudit(t: TestApp, assessmentId: string): Promise<{ replayed: unknown; stored: unknown; versions: number[] }> {
  const { initialTransition, transition } = await import('xstate');
  const { machineSpec } = await import('../../workflows/registry.js');
  const [row] = (await t.dataSource.query(`SELECT machine_id, input, snapshot FROM assessment WHERE id = $1`, [assessmentId])) as Array<{
    machine_id: string;
    input: never;
    snapshot: { value: unknown; context: unknown };
  }>;
  const spec = machineSpec(row!.machine_id);
  const trail: Array<{ payload: { event: never }; from_version: number }> = await t.dataSource.query(
    `SELECT payload, from_version FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1 ORDER BY seq`,
    [assessmentId],
  );
  let [snapshot] = initialTransition(spec.machine, row!.input);
  for (const step of trail) [snapshot] = transition(spec.machine, snapshot, step.payload.event);
  return {
    replayed: JSON.parse(JSON.stringify({ value: snapshot.value, context: snapshot.context })),
    stored: { value: row!.snapshot.value, context: row!.snapshot.context },
    versions: trail.map((r) => r.from_version),
  };
}
