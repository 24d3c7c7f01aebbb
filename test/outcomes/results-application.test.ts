import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, TURNOUT_EXCEPTION, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Results application over three real annual cycles of 临山县
 * (2023, 2024, 2025, each run in the first quarter of the next year through
 * the GraphQL lifecycle): every final grade is decided by the committee (or
 * by the public notice closing), and the outcomes follow from the result
 * events inside the same transaction.
 *
 * - 甲 (X): EXCELLENT 2023, 2024, 2025 → third-class merit proposed in 2025;
 * - 乙 (Y): EXCELLENT 2023, UNGRADED 2024 (8 months' sick leave), EXCELLENT 2025 → no merit;
 * - 丙 (Z): INCOMPETENT 2024, 2025, on maternity leave when 2025 is decided → no dismissal;
 * - 丁 (W): INCOMPETENT 2024, 2025 → dismissal proposed, for the committee to approve;
 * - 戊 (V): BASICALLY_COMPETENT 2025 → admonishment, self-examination, improvement deadline, remedial training;
 * - the county's leadership team: AVERAGE 2024, 2025 → the four team measures.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
let county: { id: string; path: string };
const cadre: Record<'X' | 'Y' | 'Z' | 'W' | 'V', { id: string; token: string }> = {} as never;
/** year → cadre key → assessment id */
const assessmentOf: Record<number, Record<string, string>> = {};
let principalToken: string;

const beijing = (iso: string) => new Date(`${iso}+08:00`);
const TASK = `id kind label state version year machineId dueAt dueEvent availableActions basis context cadre { id } assessment { id finalGrade }`;

interface Task {
  id: string;
  kind: string;
  label: string;
  state: string;
  version: number;
  year: number;
  machineId: string;
  dueAt: string | null;
  dueEvent: string | null;
  availableActions: string[];
  basis: { counter: string | null; explanation: string; countedYears: number[]; notCounted: Array<{ year: number; grade: string | null }> };
  context: Record<string, unknown>;
}

async function gqlOk<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function tasksOf(key: keyof typeof cadre, token = tokens.orgadmin!): Promise<Task[]> {
  const data = await gqlOk<{ outcomeTasks: { nodes: Task[] } }>(`query($c: ID!) { outcomeTasks(first: 100, cadreId: $c) { nodes { ${TASK} } } }`, { c: cadre[key].id }, token);
  return data.outcomeTasks.nodes;
}
const live = (tasks: Task[]) => tasks.filter((x) => x.state !== 'cancelled').map((x) => `${x.year} ${x.kind}`).sort();

/**
 * One annual cycle of 临山县 for `year`, run in early `year + 1`: the chosen
 * cadres write, submit and are evaluated; the assessment team proposes; the
 * committee approves; EXCELLENT goes on a 5-working-day public notice from
 * `noticeStartsOn` (a Monday) that closes the following Monday — by hand, or
 * by the deadline job when `closeBySweep`.
 */
async function runYear(year: number, grades: Partial<Record<keyof typeof cadre | 'TEAM', string>>, noticeStartsOn: string, closeBySweep = false): Promise<void> {
  t.clock.set(beijing(`${year + 1}-01-05T09:00:00`));
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-LS', year);
  assessmentOf[year] = {};
  const keys = Object.keys(grades) as Array<keyof typeof cadre | 'TEAM'>;
  for (const key of keys) {
    const [row] = (await t.dataSource.query(
      key === 'TEAM' ? `SELECT id FROM assessment WHERE cycle_id = $1 AND kind = 'TEAM_ANNUAL' AND organisation_id = $2` : `SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`,
      [cycleId, key === 'TEAM' ? county.id : cadre[key].id],
    )) as Array<{ id: string }>;
    const id = row!.id;
    assessmentOf[year]![key] = id;
    // The team's summary comes from a principal leader of the county.
    const writer = key === 'TEAM' ? principalToken : cadre[key].token;
    t.clock.set(beijing(`${year + 1}-01-10T10:00:00`));
    await writeSelfReport(t, writer, id);
    await act(t, writer, 'submitSelfReport', { assessmentId: id });
    t.clock.set(beijing(`${year + 1}-01-22T10:00:00`));
    // The ballots are not this test's subject: they close by a recorded exception (nobody invited).
    for (const step of ['acceptSelfReport', 'openBallots', 'closeBallots', 'completeEvaluation']) await act(t, tokens.assessor!, step, { assessmentId: id }, step === 'closeBallots' ? TURNOUT_EXCEPTION : {});
    t.clock.set(beijing(`${year + 1}-02-05T10:00:00`));
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: id, grade: grades[key], comment: '综合考核测评结果，提出等次建议。' });
  }
  t.clock.set(beijing(`${year + 1}-02-20T15:00:00`));
  const excellent: string[] = [];
  for (const key of keys) {
    const decided = await act(t, tokens.committee!, 'approveGrade', { assessmentId: assessmentOf[year]![key], collective: unanimous });
    if (decided.state === 'awaitingNotice') excellent.push(decided.id);
    else expect(decided.finalGrade).toBe(grades[key]);
  }
  if (excellent.length) {
    t.clock.set(beijing(`${noticeStartsOn}T09:00:00`));
    await gqlOk(`mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id state } }`, { input: { assessmentIds: excellent, startsOn: noticeStartsOn } }, tokens.orgadmin!);
    t.clock.set(new Date(beijing(`${noticeStartsOn}T09:00:00`).getTime() + 7 * 86_400_000));
    if (closeBySweep) {
      // The deadline job closes the notices (and, on the way, marks the self-reports nobody wrote overdue).
      await gqlOk(`mutation { runDueDeadlines { fired } }`, {}, tokens.orgadmin!);
      for (const id of excellent) {
        const data = await gqlOk<{ assessment: { state: string; finalGrade: string } }>(`query($id: ID!) { assessment(id: $id) { state finalGrade } }`, { id }, tokens.orgadmin!);
        expect(data.assessment).toEqual({ state: 'decided', finalGrade: 'EXCELLENT' });
      }
    } else {
      for (const id of excellent) expect((await act(t, tokens.orgadmin!, 'closePublicNotice', { assessmentId: id })).finalGrade).toBe('EXCELLENT');
    }
  }
}

beforeAll(async () => {
  // Three years of injected time: sessions must outlive them.
  t = await startTestApp({ config: { sessionHours: 24 * 365 * 5 } });
  t.clock.set(beijing('2024-01-02T09:00:00'));
  for (const u of ['orgadmin', 'orgadmin.hefeng', 'assessor', 'committee', 'hr', 'hr.verifier', 'auditor', 'sysadmin']) tokens[u] = await t.signIn(u);
  county = ((await t.dataSource.query(`SELECT id, path FROM organisation WHERE code = 'QH-TN-LS'`)) as Array<{ id: string; path: string }>)[0]!;
  // Two quota pools (rank levels) so that two people can be EXCELLENT in the same year.
  const cadres: Array<{ id: string; rank_level: string }> = await t.dataSource.query(`SELECT id, rank_level FROM cadre WHERE organisation_id = $1 ORDER BY person_no`, [county.id]);
  const byRank = new Map<string, typeof cadres>();
  for (const c of cadres) byRank.set(c.rank_level, [...(byRank.get(c.rank_level) ?? []), c]);
  const pools = [...byRank.values()].sort((a, b) => b.length - a.length);
  expect(pools[1]!.length).toBeGreaterThanOrEqual(3);
  const chosen = { X: pools[0]![0]!, Y: pools[1]![0]!, Z: pools[0]![1]!, W: pools[0]![2]!, V: pools[0]![3]! };
  for (const [key, c] of Object.entries(chosen)) {
    const username = `ls.${key.toLowerCase()}`;
    const created = await gqlOk<{ createUser: { id: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, displayName: username, password: 'cadre-password-2026', cadreId: c.id } },
      tokens.sysadmin!,
    );
    await gqlOk(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: county.id }, tokens.sysadmin!);
    cadre[key as keyof typeof cadre] = { id: c.id, token: await t.signIn(username, 'cadre-password-2026') };
  }
  const [principal] = (await t.dataSource.query(`SELECT id FROM cadre WHERE organisation_id = $1 AND position_type = 'PRINCIPAL' ORDER BY person_no LIMIT 1`, [county.id])) as Array<{ id: string }>;
  const created = await gqlOk<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { username: 'ls.principal', displayName: '临山县委书记', password: 'cadre-password-2026', cadreId: principal!.id } },
    tokens.sysadmin!,
  );
  await gqlOk(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: county.id }, tokens.sysadmin!);
  principalToken = await t.signIn('ls.principal', 'cadre-password-2026');
});
afterAll(() => t?.close());

const recordStatus = (cadreId: string, kind: string, startsOn: string, endsOn: string | null) =>
  gqlOk(`mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`, { input: { cadreId, kind, startsOn, endsOn, note: kind } }, tokens.hr!);

describe('results application over three annual cycles of 临山县', () => {
  it('2023: EXCELLENT proposes a commendation and 6 months off the next rank, with a deadline for approval', async () => {
    await runYear(2023, { X: 'EXCELLENT', Y: 'EXCELLENT' }, '2024-03-04');
    const tasks = await tasksOf('X');
    expect(live(tasks)).toEqual(['2023 COMMENDATION', '2023 RANK_TENURE_REDUCTION']);
    const commendation = tasks.find((x) => x.kind === 'COMMENDATION')!;
    // Decided when the notice closed on Monday 2024-03-11; 30 days to approve: overdue from 2024-04-11 00:00 Beijing time.
    expect(commendation).toMatchObject({ state: 'proposed.inTime', version: 1, machineId: 'outcomeTask', label: '嘉奖', dueEvent: 'MARK_OVERDUE' });
    expect(new Date(commendation.dueAt!).toISOString()).toBe(beijing('2024-04-11T00:00:00').toISOString());
    expect(commendation.availableActions).toEqual(['APPROVE', 'CANCEL']);
  });

  it('2024: 乙 on long sick leave is UNGRADED; 丙 and 丁 INCOMPETENT are proposed for demotion or removal, for the committee', async () => {
    t.clock.set(beijing('2025-01-03T09:00:00'));
    await recordStatus(cadre.Y.id, 'SICK_LEAVE', '2024-02-01', '2024-09-30');
    await runYear(2024, { X: 'EXCELLENT', Y: 'UNGRADED', Z: 'INCOMPETENT', W: 'INCOMPETENT', TEAM: 'AVERAGE' }, '2025-03-03');
    expect(live(await tasksOf('X'))).toEqual(['2023 COMMENDATION', '2023 RANK_TENURE_REDUCTION', '2024 COMMENDATION', '2024 RANK_TENURE_REDUCTION', '2024 SALARY_STEP']);
    expect(live(await tasksOf('Y'))).toEqual(['2023 COMMENDATION', '2023 RANK_TENURE_REDUCTION']);
    const [demotion] = await tasksOf('Z');
    expect(demotion).toMatchObject({ kind: 'DEMOTION_OR_REMOVAL', year: 2024, machineId: 'committeeOutcomeTask', state: 'proposed.inTime' });
  });

  it('2025: three consecutive EXCELLENT years give 甲 a third-class merit proposal with promotion priority, explained by the years', async () => {
    t.clock.set(beijing('2026-01-02T09:00:00'));
    // 丙 goes on maternity leave before the 2025 result is decided.
    await recordStatus(cadre.Z.id, 'MATERNITY', '2026-01-01', '2026-06-30');
    await runYear(2025, { X: 'EXCELLENT', Y: 'EXCELLENT', Z: 'INCOMPETENT', W: 'INCOMPETENT', V: 'BASICALLY_COMPETENT', TEAM: 'AVERAGE' }, '2026-03-02', true);
    const tasks = await tasksOf('X');
    expect(live(tasks).filter((k) => k.startsWith('2025'))).toEqual(['2025 COMMENDATION', '2025 PROMOTION_PRIORITY', '2025 RANK_TENURE_REDUCTION', '2025 THIRD_CLASS_MERIT']);
    const merit = tasks.find((x) => x.kind === 'THIRD_CLASS_MERIT')!;
    expect(merit.basis).toMatchObject({ counter: 'CONSECUTIVE_EXCELLENT', countedYears: [2023, 2024, 2025] });
    expect(merit.basis.explanation).toContain('3 consecutive EXCELLENT year(s) up to 2025: 2023, 2024, 2025');
  });

  it('an UNGRADED year between EXCELLENT years gives 乙 no merit; the record says which year broke the run', async () => {
    expect(live(await tasksOf('Y'))).toEqual(['2023 COMMENDATION', '2023 RANK_TENURE_REDUCTION', '2025 COMMENDATION', '2025 RANK_TENURE_REDUCTION', '2025 SALARY_STEP']);
    const data = await gqlOk<{
      cadreRecord: {
        counters: Array<{ key: string; value: number; countedYears: number[]; notCounted: Array<{ year: number; grade: string; why: string }>; explanation: string }>;
        results: Array<{ year: number; grade: string; decision: string; overlay: string; overlayReason: string | null; proposedGrade: string; noticeStartsOn: string | null }>;
        timeline: Array<{ year: number; kind: string; status: string; title: string; entityType: string; item: { __typename: string } }>;
      };
    }>(
      `query($c: ID!) { cadreRecord(cadreId: $c) {
          counters { key value countedYears notCounted { year grade why } explanation }
          results { year grade decision overlay overlayReason proposedGrade noticeStartsOn }
          timeline { year kind status title entityType item { __typename ... on OutcomeTask { kind state } ... on YearResult { grade } } } } }`,
      { c: cadre.Y.id },
      tokens.hr!,
    );
    const record = data.cadreRecord;
    const run = record.counters.find((c) => c.key === 'CONSECUTIVE_EXCELLENT')!;
    expect(run).toMatchObject({ value: 1, countedYears: [2025], notCounted: [{ year: 2024, grade: 'UNGRADED', why: 'UNGRADED is not EXCELLENT' }] });
    const step = record.counters.find((c) => c.key === 'CUMULATIVE_COMPETENT_FOR_SALARY_STEP')!;
    expect(step).toMatchObject({ value: 2, countedYears: [2023, 2025], notCounted: [{ year: 2024, grade: 'UNGRADED' }] });
    expect(record.results).toEqual([
      { year: 2023, grade: 'EXCELLENT', decision: 'APPROVED', overlay: 'NONE', overlayReason: null, proposedGrade: 'EXCELLENT', noticeStartsOn: '2024-03-04' },
      { year: 2024, grade: 'UNGRADED', decision: 'OVERLAY', overlay: 'UNGRADED', overlayReason: 'LONG_LEAVE', proposedGrade: 'UNGRADED', noticeStartsOn: null },
      { year: 2025, grade: 'EXCELLENT', decision: 'APPROVED', overlay: 'NONE', overlayReason: null, proposedGrade: 'EXCELLENT', noticeStartsOn: '2026-03-02' },
    ]);
    // One timeline: each year's result, then the outcomes it proposed.
    expect(record.timeline.map((e) => `${e.year} ${e.kind} ${e.status}`)).toEqual([
      '2023 RESULT EXCELLENT',
      '2023 OUTCOME proposed.inTime',
      '2023 OUTCOME proposed.inTime',
      '2024 RESULT UNGRADED',
      '2025 RESULT EXCELLENT',
      '2025 OUTCOME proposed.inTime',
      '2025 OUTCOME proposed.inTime',
      '2025 OUTCOME proposed.inTime',
    ]);
    expect(record.timeline.map((e) => e.item.__typename)).toEqual(['YearResult', 'OutcomeTask', 'OutcomeTask', 'YearResult', 'YearResult', 'OutcomeTask', 'OutcomeTask', 'OutcomeTask']);
  });

  it('two consecutive INCOMPETENT years propose dismissal for 丁, but maternity leave blocks it for 丙', async () => {
    expect(live(await tasksOf('W'))).toEqual(['2024 DEMOTION_OR_REMOVAL', '2025 DEMOTION_OR_REMOVAL', '2025 DISMISSAL']);
    expect(live(await tasksOf('Z'))).toEqual(['2024 DEMOTION_OR_REMOVAL', '2025 DEMOTION_OR_REMOVAL']);
    const data = await gqlOk<{ cadreRecord: { counters: Array<{ key: string; value: number }>; blocked: Array<{ kind: string; year: number; statuses: string[]; explanation: string }> } }>(
      `query($c: ID!) { cadreRecord(cadreId: $c) { counters { key value } blocked { kind year statuses explanation } } }`,
      { c: cadre.Z.id },
      tokens.committee!,
    );
    expect(data.cadreRecord.counters.find((c) => c.key === 'CONSECUTIVE_INCOMPETENT')!.value).toBe(2);
    expect(data.cadreRecord.blocked).toEqual([{ kind: 'DISMISSAL', year: 2025, statuses: ['MATERNITY'], explanation: expect.stringContaining('blocked on 2026-03-09 by MATERNITY') }]);
  });

  it('the county’s leadership team, AVERAGE two years running: admonishment talk, self-examination, rectification and adjustment of its leaders', async () => {
    const data = await gqlOk<{
      cadreRecord: { subject: string; counters: Array<{ key: string; value: number; countedYears: number[] }>; outcomes: Array<{ kind: string; year: number; machineId: string; state: string }> };
    }>(`query($o: ID!) { cadreRecord(organisationId: $o) { subject counters { key value countedYears } outcomes { kind year machineId state } } }`, { o: county.id }, tokens.orgadmin!);
    const record = data.cadreRecord;
    expect(record.subject).toBe('TEAM');
    expect(record.counters.find((c) => c.key === 'TEAM_CONSECUTIVE_AVERAGE')).toMatchObject({ value: 2, countedYears: [2024, 2025] });
    expect(record.outcomes.map((o) => `${o.year} ${o.kind} ${o.machineId}`)).toEqual([
      '2025 ADMONISHMENT_TALK outcomeTask',
      '2025 LEADER_ADJUSTMENT committeeOutcomeTask',
      '2025 RECTIFICATION outcomeTask',
      '2025 WRITTEN_SELF_EXAMINATION outcomeTask',
    ]);
  });

  it('the committee approves a heavy outcome; HR (and the organisation department) trying to approve it get FORBIDDEN', async () => {
    t.clock.set(beijing('2026-03-12T10:00:00'));
    const dismissal = (await tasksOf('W')).find((x) => x.kind === 'DISMISSAL')!;
    expect(dismissal.machineId).toBe('committeeOutcomeTask');
    for (const who of ['hr', 'orgadmin']) {
      const res = await t.gql(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { id } }`, { input: { outcomeId: dismissal.id } }, { token: tokens[who] });
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    const seenByCommittee = (await tasksOf('W', tokens.committee)).find((x) => x.id === dismissal.id)!;
    expect(seenByCommittee.availableActions).toEqual(['APPROVE', 'CANCEL']);
    const approved = await gqlOk<{ approveOutcome: Task }>(
      `mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { ${TASK} } }`,
      { input: { outcomeId: dismissal.id, expectedVersion: 1, note: '党委会议集体研究决定' } },
      tokens.committee!,
    );
    // 60 days to carry it out, from 2026-03-12.
    expect(approved.approveOutcome).toMatchObject({ state: 'approved.inTime', version: 2, availableActions: ['CANCEL'], context: { approval: { note: '党委会议集体研究决定', choice: null } } });
    expect(new Date(approved.approveOutcome.dueAt!).toISOString()).toBe(beijing('2026-05-12T00:00:00').toISOString());

    // Demotion or removal needs the committee's choice.
    const demotion = (await tasksOf('Z')).find((x) => x.kind === 'DEMOTION_OR_REMOVAL' && x.year === 2025)!;
    const noChoice = await t.gql(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { id } }`, { input: { outcomeId: demotion.id } }, { token: tokens.committee });
    expect(codeOf(noChoice)).toBe('INVALID_TRANSITION');
    const removal = await gqlOk<{ approveOutcome: Task }>(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { state context } }`, { input: { outcomeId: demotion.id, choice: 'REMOVAL' } }, tokens.committee!);
    expect(removal.approveOutcome).toMatchObject({ state: 'approved.inTime', context: { approval: { choice: 'REMOVAL' } } });
  });

  it('the work queues hold the waiting tasks: the committee its approvals, HR what it carries out, the organisation department the rest', async () => {
    const queue = async (who: string) =>
      (await gqlOk<{ outcomeWorkQueue: { nodes: Array<{ kind: string; state: string; year: number; cadre: { id: string } | null }>; totalCount: number } }>(
        `{ outcomeWorkQueue(first: 100) { nodes { kind state year cadre { id } } totalCount } }`,
        {},
        tokens[who]!,
      )).outcomeWorkQueue;
    const committee = await queue('committee');
    expect(committee.nodes.map((n) => `${n.year} ${n.kind}`).sort()).toEqual(['2024 DEMOTION_OR_REMOVAL', '2024 DEMOTION_OR_REMOVAL', '2025 DEMOTION_OR_REMOVAL', '2025 LEADER_ADJUSTMENT']);
    const hr = await queue('hr');
    expect(hr.nodes.map((n) => `${n.year} ${n.kind} ${n.state}`).sort()).toEqual(['2025 DEMOTION_OR_REMOVAL approved.inTime', '2025 DISMISSAL approved.inTime', '2025 REMEDIAL_TRAINING assigned.inTime']);
    const orgadmin = await queue('orgadmin');
    expect(orgadmin.totalCount).toBe(orgadmin.nodes.length);
    expect(orgadmin.nodes.every((n) => n.state.startsWith('proposed') && (n.cadre === null || [cadre.X.id, cadre.Y.id, cadre.V.id].includes(n.cadre.id)))).toBe(true);
    expect(orgadmin.nodes.filter((n) => n.cadre === null).map((n) => n.kind).sort()).toEqual(['ADMONISHMENT_TALK', 'RECTIFICATION', 'WRITTEN_SELF_EXAMINATION']);
    expect(orgadmin.nodes.some((n) => n.kind === 'THIRD_CLASS_MERIT')).toBe(true);
    expect((await queue('orgadmin.hefeng')).totalCount).toBe(0);
  });

  it('an outcome approved by the organisation department is carried out and verified by HR; every change is in the audit trail', async () => {
    const commendation = (await tasksOf('X')).find((x) => x.kind === 'COMMENDATION' && x.year === 2025)!;
    const approve = { outcomeId: commendation.id, expectedVersion: 1, idempotencyKey: 'approve-commendation-x-2025' };
    const first = await gqlOk<{ approveOutcome: Task }>(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { state version } }`, { input: approve }, tokens.orgadmin!);
    const retry = await gqlOk<{ approveOutcome: Task }>(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { state version } }`, { input: approve }, tokens.orgadmin!);
    expect(retry.approveOutcome).toEqual(first.approveOutcome);
    expect(first.approveOutcome).toEqual({ state: 'approved.inTime', version: 2 });
    // HR cannot approve, the organisation department cannot carry out; a stale version is a CONFLICT.
    const stale = await t.gql(`mutation($input: OutcomeNoteInput!) { carryOutOutcome(input: $input) { id } }`, { input: { outcomeId: commendation.id, expectedVersion: 1, note: '已嘉奖' } }, { token: tokens.hr });
    expect(codeOf(stale)).toBe('CONFLICT');
    const byOrgAdmin = await t.gql(`mutation($input: OutcomeNoteInput!) { carryOutOutcome(input: $input) { id } }`, { input: { outcomeId: commendation.id, note: '已嘉奖' } }, { token: tokens.orgadmin });
    expect(codeOf(byOrgAdmin)).toBe('FORBIDDEN');
    t.clock.set(beijing('2026-03-20T10:00:00'));
    const carried = await gqlOk<{ carryOutOutcome: Task }>(
      `mutation($input: OutcomeNoteInput!) { carryOutOutcome(input: $input) { state version dueAt availableActions } }`,
      { input: { outcomeId: commendation.id, expectedVersion: 2, note: '临政人〔2026〕12号 嘉奖决定' } },
      tokens.hr!,
    );
    // Four eyes: the HR user who carried it out is not offered VERIFY; another HR user verifies.
    expect(carried.carryOutOutcome).toEqual({ state: 'carriedOut', version: 3, dueAt: null, availableActions: [] });
    const verified = await gqlOk<{ verifyOutcome: Task & { history: Array<{ action: string; actorRole: string; fromState: string | null; toState: string }> } }>(
      `mutation($input: VerifyOutcomeInput!) { verifyOutcome(input: $input) { state version availableActions history { action actorRole fromState toState } } }`,
      { input: { outcomeId: commendation.id, note: '已归入干部档案' } },
      tokens['hr.verifier']!,
    );
    expect(verified.verifyOutcome).toMatchObject({ state: 'verified', version: 4, availableActions: [] });
    const trail = [
      { action: 'PROPOSE', actorRole: 'SYSTEM', fromState: null, toState: 'proposed.inTime' },
      { action: 'APPROVE', actorRole: 'ORG_ADMIN', fromState: 'proposed.inTime', toState: 'approved.inTime' },
      { action: 'CARRY_OUT', actorRole: 'HR', fromState: 'approved.inTime', toState: 'carriedOut' },
      { action: 'VERIFY', actorRole: 'HR', fromState: 'carriedOut', toState: 'verified' },
    ];
    expect(verified.verifyOutcome.history).toEqual(trail);
    const audit = await gqlOk<{ auditLog: { nodes: Array<{ action: string; actorRole: string; fromState: string | null; toState: string }> }; verifyAuditChain: { ok: boolean } }>(
      `query($id: String!) { auditLog(first: 20, entityType: "outcome_task", entityId: $id) { nodes { action actorRole fromState toState } }
                            verifyAuditChain(entityType: "outcome_task", entityId: $id) { ok } }`,
      { id: commendation.id },
      tokens.auditor!,
    );
    expect([...audit.auditLog.nodes].reverse()).toEqual(trail);
    expect(audit.verifyAuditChain.ok).toBe(true);
  });

  it('cancellation needs a reason; a cancelled task is final', async () => {
    const reduction = (await tasksOf('X')).find((x) => x.kind === 'RANK_TENURE_REDUCTION' && x.year === 2023)!;
    const cancelled = await gqlOk<{ cancelOutcome: Task }>(
      `mutation($input: CancelOutcomeInput!) { cancelOutcome(input: $input) { state context availableActions } }`,
      { input: { outcomeId: reduction.id, reason: '已于2024年按新职级任职，不再适用' } },
      tokens.orgadmin!,
    );
    expect(cancelled.cancelOutcome).toMatchObject({ state: 'cancelled', availableActions: [], context: { cancellation: { reason: '已于2024年按新职级任职，不再适用' } } });
    const blank = await t.gql(`mutation($input: CancelOutcomeInput!) { cancelOutcome(input: $input) { id } }`, { input: { outcomeId: reduction.id, reason: '' } }, { token: tokens.orgadmin });
    expect(codeOf(blank)).toBe('VALIDATION');
  });

  it('the deadline job marks overdue approvals as SYSTEM and tells the approvers', async () => {
    // 甲's merit was proposed when the notice closed on 2026-03-09: approval due by 2026-04-08.
    t.clock.set(beijing('2026-04-09T00:30:00'));
    const [{ due }] = (await t.dataSource.query(`SELECT count(*)::int AS due FROM outcome_task WHERE due_at <= $1`, [t.clock.now()])) as [{ due: number }];
    expect(due).toBeGreaterThan(5);
    // Two server processes sweep at once: each due task fires exactly once (SKIP LOCKED, then the version check).
    const [a, b] = await Promise.all([t.app.services.deadlines.run(undefined, ['outcome_task']), t.app.services.deadlines.run(undefined, ['outcome_task'])]);
    expect(a.fired + b.fired).toBe(due);
    const [{ audits, distinct }] = (await t.dataSource.query(
      `SELECT count(*)::int AS audits, count(DISTINCT entity_id)::int AS distinct FROM audit_log WHERE entity_type = 'outcome_task' AND action = 'MARK_OVERDUE'`,
    )) as [{ audits: number; distinct: number }];
    expect([audits, distinct]).toEqual([due, due]);
    const merit = (await tasksOf('X')).find((x) => x.kind === 'THIRD_CLASS_MERIT')!;
    expect(merit).toMatchObject({ state: 'proposed.overdue', dueAt: null, availableActions: ['APPROVE', 'CANCEL'] });
    expect(merit.context.overdue).toEqual([{ step: 'APPROVAL', dueOn: '2026-04-08', at: beijing('2026-04-09T00:30:00').toISOString() }]);
    // Sweeping again fires nothing: the deadline is consumed.
    expect((await gqlOk<{ runOutcomeDeadlines: { fired: number } }>(`mutation { runOutcomeDeadlines { fired } }`, {}, tokens.orgadmin!)).runOutcomeDeadlines.fired).toBe(0);
    const notes = await gqlOk<{ myNotifications: { nodes: Array<{ kind: string; payload: { outcomeTaskId: string; outcomeKind: string } }> } }>(`{ myNotifications(first: 50) { nodes { kind payload } } }`, {}, tokens.orgadmin!);
    expect(notes.myNotifications.nodes.some((n) => n.kind === 'OUTCOME_OVERDUE' && n.payload.outcomeTaskId === merit.id)).toBe(true);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'outcome_task' AND entity_id = $1 AND action = 'MARK_OVERDUE' AND actor_role = 'SYSTEM'`, [merit.id])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('reminds the acting role before a deadline, once a day', async () => {
    // 丁's dismissal, approved on 2026-03-12, is due by 2026-05-11: reminders from 3 days before.
    expect(await t.app.services.reminders.send(beijing('2026-05-01T09:00:00'), ['outcome_task'])).toBe(0);
    const first = await t.app.services.reminders.send(beijing('2026-05-09T09:00:00'), ['outcome_task']);
    expect(first).toBeGreaterThan(0);
    expect(await t.app.services.reminders.send(beijing('2026-05-09T15:00:00'), ['outcome_task'])).toBe(0);
    const notes = await gqlOk<{ myNotifications: { nodes: Array<{ kind: string; payload: { outcomeKind: string; role: string } }> } }>(`{ myNotifications(first: 50) { nodes { kind payload } } }`, {}, tokens.hr!);
    expect(notes.myNotifications.nodes.filter((x) => x.kind === 'OUTCOME_REMINDER').map((x) => x.payload.outcomeKind).sort()).toEqual(['DEMOTION_OR_REMOVAL', 'DISMISSAL']);
  });

  it('BASICALLY_COMPETENT: HR enrols 戊 in remedial training, records its completion and verifies it; the improvement deadline runs 90 days', async () => {
    expect(live(await tasksOf('V'))).toEqual(['2025 ADMONISHMENT', '2025 IMPROVEMENT_DEADLINE', '2025 REMEDIAL_TRAINING', '2025 WRITTEN_SELF_EXAMINATION']);
    const training = (await tasksOf('V')).find((x) => x.kind === 'REMEDIAL_TRAINING')!;
    // The enrolment was due by 2026-03-22: the sweep of 2026-04-09 flagged it.
    expect(training).toMatchObject({ machineId: 'remedialTraining', state: 'assigned.overdue' });
    const byOrgAdmin = await t.gql(`mutation($input: EnrolTrainingInput!) { enrolTraining(input: $input) { id } }`, { input: { outcomeId: training.id, course: '县委党校' } }, { token: tokens.orgadmin });
    expect(codeOf(byOrgAdmin)).toBe('FORBIDDEN');
    t.clock.set(beijing('2026-05-12T10:00:00'));
    const enrolled = await gqlOk<{ enrolTraining: Task }>(
      `mutation($input: EnrolTrainingInput!) { enrolTraining(input: $input) { state dueAt availableActions context } }`,
      { input: { outcomeId: training.id, course: '县委党校中青年干部能力提升班（第3期）' } },
      tokens.hr!,
    );
    // 90 days to complete, from 2026-05-12.
    expect(enrolled.enrolTraining).toMatchObject({ state: 'enrolled.inTime', availableActions: ['CANCEL', 'COMPLETE'], context: { enrolment: { course: '县委党校中青年干部能力提升班（第3期）' } } });
    expect(new Date(enrolled.enrolTraining.dueAt!).toISOString()).toBe(beijing('2026-08-11T00:00:00').toISOString());
    const completed = await gqlOk<{ completeTraining: Task }>(`mutation($input: OutcomeNoteInput!) { completeTraining(input: $input) { state dueAt } }`, { input: { outcomeId: training.id, note: '结业证书 LS-2026-031，48学时' } }, tokens.hr!);
    expect(completed.completeTraining).toEqual({ state: 'completed', dueAt: null });
    const verified = await gqlOk<{ verifyOutcome: { state: string; history: Array<{ action: string; actorRole: string }> } }>(
      `mutation($input: VerifyOutcomeInput!) { verifyOutcome(input: $input) { state history { action actorRole } } }`,
      { input: { outcomeId: training.id } },
      tokens['hr.verifier']!,
    );
    expect(verified.verifyOutcome).toEqual({
      state: 'verified',
      history: [
        { action: 'PROPOSE', actorRole: 'SYSTEM' },
        { action: 'MARK_OVERDUE', actorRole: 'SYSTEM' },
        { action: 'ENROL', actorRole: 'HR' },
        { action: 'COMPLETE', actorRole: 'HR' },
        { action: 'VERIFY', actorRole: 'HR' },
      ],
    });
    const improvement = (await tasksOf('V')).find((x) => x.kind === 'IMPROVEMENT_DEADLINE')!;
    const approved = await gqlOk<{ approveOutcome: Task }>(`mutation($input: ApproveOutcomeInput!) { approveOutcome(input: $input) { state dueAt } }`, { input: { outcomeId: improvement.id } }, tokens.orgadmin!);
    expect(approved.approveOutcome.state).toBe('approved.inTime');
    expect(new Date(approved.approveOutcome.dueAt!).toISOString()).toBe(beijing('2026-08-11T00:00:00').toISOString());
  });

  it('a review corrects 丁’s 2025 INCOMPETENT to BASICALLY_COMPETENT: the approved dismissal and the demotion are cancelled with the correction as cause, the BASICALLY_COMPETENT measures proposed, once', async () => {
    t.clock.set(beijing('2026-05-10T10:00:00'));
    const assessmentId = assessmentOf[2025]!.W!;
    await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId });
    const review = await gqlOk<{ requestReview: { id: string } }>(
      `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`,
      { input: { assessmentId, route: 'REVIEW', grounds: '全年承担重点项目并基本完成，不称职认定依据不足。' } },
      cadre.W.token,
    );
    // The committee decided the original: the organisation department reviews it.
    const reason = '经复核，年度任务基本完成，改定为基本称职。';
    await gqlOk(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { state } }`, { input: { caseId: review.requestReview.id, decision: 'CORRECTED', grade: 'BASICALLY_COMPETENT', reason, collective: unanimous } }, tokens.orgadmin!);
    const tasks = await tasksOf('W');
    expect(live(tasks)).toEqual(['2024 DEMOTION_OR_REMOVAL', '2025 ADMONISHMENT', '2025 IMPROVEMENT_DEADLINE', '2025 REMEDIAL_TRAINING', '2025 WRITTEN_SELF_EXAMINATION']);
    const dismissal = tasks.find((x) => x.kind === 'DISMISSAL')!;
    expect(dismissal.state).toBe('cancelled');
    expect(dismissal.context.cancellation).toMatchObject({
      reason: expect.stringContaining('corrected from INCOMPETENT to BASICALLY_COMPETENT'),
      cause: { kind: 'CORRECTED', assessmentId, previousGrade: 'INCOMPETENT', grade: 'BASICALLY_COMPETENT', reason, by: { role: 'ORG_ADMIN' } },
    });
    expect(tasks.find((x) => x.kind === 'DEMOTION_OR_REMOVAL' && x.year === 2025)!.state).toBe('cancelled');
    // The 2024 result is untouched; reconciling again (as any module that changes a result may) finds nothing left to do.
    const { reconcileOutcomes } = await import('../../server/outcomes/reconcile.js');
    const { OutcomeService } = await import('../../server/outcomes/outcome.service.js');
    const { WorkflowEngine } = await import('../../server/workflow/engine.js');
    const now = () => t.clock.now();
    const { transitionTask } = new OutcomeService(t.dataSource, now, new WorkflowEngine(t.dataSource, now));
    const cause = { kind: 'CORRECTED' as const, assessmentId, previousGrade: 'BASICALLY_COMPETENT', grade: 'BASICALLY_COMPETENT', reason: null, by: { userId: null, role: 'SYSTEM' } };
    const again = await t.dataSource.transaction((m) => reconcileOutcomes(m, { subject: 'CADRE', cadreId: cadre.W.id, organisationId: county.id }, 2024, t.clock.now().toISOString(), cause, transitionTask));
    expect([again.cancelled, again.proposed, again.blocked]).toEqual([[], [], []]);
    const record = await gqlOk<{ cadreRecord: { counters: Array<{ key: string; value: number }>; results: Array<{ year: number; grade: string; versions: Array<{ version: number; source: string }> }> } }>(
      `query($c: ID!) { cadreRecord(cadreId: $c) { counters { key value } results { year grade versions { version source } } } }`,
      { c: cadre.W.id },
      tokens.hr!,
    );
    expect(record.cadreRecord.counters.find((c) => c.key === 'CONSECUTIVE_INCOMPETENT')!.value).toBe(0);
    expect(record.cadreRecord.results.map((r) => [r.year, r.grade, r.versions.map((v) => `${v.version} ${v.source}`)])).toEqual([
      [2024, 'INCOMPETENT', ['1 DECISION']],
      [2025, 'BASICALLY_COMPETENT', ['1 DECISION', '2 REVIEW']],
    ]);
  });

  it('lists filter by state, kind, cycle and organisation, page with cursors, stay inside the jurisdiction and avoid N+1 queries', async () => {
    const list = async (args: string, token = tokens.orgadmin!) =>
      (await gqlOk<{ outcomeTasks: { nodes: Array<{ id: string; kind: string; state: string; year: number }>; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `{ outcomeTasks(${args}) { nodes { id kind state year } totalCount pageInfo { hasNextPage endCursor } } }`,
        {},
        token,
      )).outcomeTasks;
    const all = await list('first: 100');
    expect(all.totalCount).toBe(all.nodes.length);
    expect((await list('first: 50, kind: THIRD_CLASS_MERIT')).nodes.map((n) => n.year)).toEqual([2025]);
    expect((await list('first: 50, state: "approved"')).nodes.map((n) => n.kind).sort()).toEqual(['DEMOTION_OR_REMOVAL', 'IMPROVEMENT_DEADLINE']);
    const [cycle2024] = (await t.dataSource.query(`SELECT id FROM assessment_cycle WHERE year = 2024`)) as Array<{ id: string }>;
    expect((await list(`first: 50, cycleId: "${cycle2024!.id}"`)).nodes.every((n) => n.year === 2024)).toBe(true);
    expect((await list(`first: 50, organisationId: "${county.id}"`)).totalCount).toBe(all.totalCount);
    const [other] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
    expect((await list(`first: 50, organisationId: "${other!.id}"`)).totalCount).toBe(0);
    // Cursor pagination walks every task once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await list(`first: 4${after ? `, after: "${after}"` : ''}`);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    // Another city's organisation department sees none of them, and no record.
    expect((await list('first: 50', tokens['orgadmin.hefeng'])).totalCount).toBe(0);
    const foreign = await t.gql(`query($c: ID!) { cadreRecord(cadreId: $c) { subject } }`, { c: cadre.X.id }, { token: tokens['orgadmin.hefeng'] });
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    // The cadre sees their own record, not another's.
    expect((await t.gql(`query($c: ID!) { cadreRecord(cadreId: $c) { subject } }`, { c: cadre.X.id }, { token: cadre.X.token })).errors).toBeUndefined();
    expect(codeOf(await t.gql(`query($c: ID!) { cadreRecord(cadreId: $c) { subject } }`, { c: cadre.Y.id }, { token: cadre.X.token }))).toBe('FORBIDDEN');

    // A full page with its nested records costs a fixed number of queries, whatever its size.
    const count = async (first: number) => {
      t.queries.length = 0;
      await gqlOk(
        `{ outcomeTasks(first: ${first}) { nodes { id label availableActions lifecycle { current } cadre { name organisation { name } } organisation { name } assessment { finalGrade cycle { year } } history { action actorName } } } }`,
        {},
        tokens.orgadmin!,
      );
      return t.queries.length;
    };
    // Session, page, then one batch per nested kind (cadres, organisations, assessments, cycles, audit trails, users): never one per row.
    const [small, large] = [await count(3), await count(40)];
    expect(large).toBeLessThanOrEqual(small + 1);
    expect(large).toBeLessThanOrEqual(9);
    const recordQueries = async (key: keyof typeof cadre) => {
      t.queries.length = 0;
      await gqlOk(`query($c: ID!) { cadreRecord(cadreId: $c) { timeline { item { ... on OutcomeTask { cadre { name } history(first: 20) { action } } } } counters { key } } }`, { c: cadre[key].id }, tokens.orgadmin!);
      return t.queries.length;
    };
    expect(await recordQueries('X')).toBe(await recordQueries('Z'));
  });
});
