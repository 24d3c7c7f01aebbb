import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTransition, loadInstance } from '../../server/workflow/transition.js';
import { AppError } from '../../server/common/errors.js';
import { act, openCycleFor, replayFromAudit, writeSelfReport, type AssessmentView } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let target: AssessmentView;

const auditCount = async (id: string) =>
  ((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1`, [id])) as [{ n: number }])[0].n;
const versionOf = async (id: string) => ((await t.dataSource.query(`SELECT version FROM assessment WHERE id = $1`, [id])) as [{ version: number }])[0].version;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'cadre', 'hr', 'discipline']) tokens[u] = await t.signIn(u);
  await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const mine = await t.gql<{ myAssessments: AssessmentView[] }>(`{ myAssessments { id state version availableActions overlay proposedGrade finalGrade dueAt dueEvent } }`, {}, { token: tokens.cadre });
  target = mine.data!.myAssessments.find((a) => a.state === 'selfReport.drafting')!;
  await writeSelfReport(t, tokens.cadre!, target.id);
  target = await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: target.id });
  target = await act(t, tokens.assessor!, 'acceptSelfReport', { assessmentId: target.id });
  target = await act(t, tokens.assessor!, 'openBallots', { assessmentId: target.id });
});
afterAll(() => t?.close());

describe('the transition step', () => {
  it('an event the state cannot take is INVALID_TRANSITION naming the state and the allowed events, and writes nothing', async () => {
    const [version, audits] = [await versionOf(target.id), await auditCount(target.id)];
    const res = await t.gql(`mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id } }`, {
      input: { assessmentId: target.id, collective: { membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0, recusals: [] } },
    }, { token: tokens.committee });
    expect(codeOf(res)).toBe('INVALID_TRANSITION');
    expect(res.errors![0]!.extensions).toMatchObject({ state: 'evaluation.ballotsOpen', event: 'APPROVE_GRADE', allowedEvents: ['CANCEL_ASSESSMENT', 'CLOSE_BALLOTS', 'RECORD_OPINION', 'RECORD_TALK', 'SET_OVERLAY'] });
    expect(res.errors![0]!.message).toMatch(/APPROVE_GRADE cannot happen in state evaluation\.ballotsOpen/);
    expect([await versionOf(target.id), await auditCount(target.id)]).toEqual([version, audits]);
  });

  it('an actor without the role gets FORBIDDEN and nothing is written', async () => {
    const [version, audits] = [await versionOf(target.id), await auditCount(target.id)];
    const res = await t.gql(`mutation($input: ActionInput!) { closeBallots(input: $input) { id } }`, { input: { assessmentId: target.id } }, { token: tokens.committee });
    expect(codeOf(res)).toBe('FORBIDDEN');
    const anonymous = await t.gql(`mutation($input: ActionInput!) { closeBallots(input: $input) { id } }`, { input: { assessmentId: target.id } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect([await versionOf(target.id), await auditCount(target.id)]).toEqual([version, audits]);
  });

  it('a stale expectedVersion gives CONFLICT and writes nothing', async () => {
    const version = await versionOf(target.id);
    const res = await t.gql(`mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`, { input: { assessmentId: target.id, expectedVersion: version - 1, summary: '谈话记录' } }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(await versionOf(target.id)).toBe(version);
  });

  it('a retried mutation with the same idempotency key returns the first result and writes nothing', async () => {
    const input = { assessmentId: target.id, summary: '与该同志所在单位主要负责人谈话。', idempotencyKey: 'talk-2026-01-06-0001' };
    const first = await act(t, tokens.assessor!, 'recordTalk', input);
    const [audits, records] = [await auditCount(target.id), (await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluation_record WHERE assessment_id = $1`, [target.id]))[0].n];
    const retried = await act(t, tokens.assessor!, 'recordTalk', input);
    expect(retried.version).toBe(first.version);
    expect(await auditCount(target.id)).toBe(audits);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluation_record WHERE assessment_id = $1`, [target.id]))[0].n).toBe(records);
    // The same key for a different request is refused rather than silently answered.
    const misuse = await t.gql(`mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`, { input: { ...input, summary: '另一次谈话' } }, { token: tokens.assessor });
    expect(codeOf(misuse)).toBe('CONFLICT');
  });

  it('32 concurrent clients sending conflicting events: exactly one wins each version, the rest get CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const version = await versionOf(target.id);
      const results = await Promise.all(
        Array.from({ length: 32 }, (_, i) =>
          t.gql(`mutation($input: RecordTalkInput!) { recordTalk(input: $input) { version } }`, { input: { assessmentId: target.id, expectedVersion: version, summary: `并发谈话 ${round}-${i}` } }, { token: tokens.assessor }),
        ),
      );
      const codes = results.map((r) => codeOf(r) ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(31);
      expect(await versionOf(target.id)).toBe(version + 1);
    }
    // Without expectedVersion, racers that read the same version still cannot both write it.
    const version = await versionOf(target.id);
    const mixed = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        i % 2
          ? t.gql(`mutation($input: ActionInput!) { closeBallots(input: $input) { version } }`, { input: { assessmentId: target.id } }, { token: tokens.assessor })
          : t.gql(`mutation($input: RecordTalkInput!) { recordTalk(input: $input) { version } }`, { input: { assessmentId: target.id, summary: `并发 ${i}` } }, { token: tokens.assessor }),
      ),
    );
    const ok = mixed.filter((r) => !r.errors);
    const after = await versionOf(target.id);
    expect(after - version).toBe(ok.length);
    expect(mixed.every((r) => !r.errors || ['CONFLICT', 'INVALID_TRANSITION'].includes(codeOf(r) as string))).toBe(true);
    // recordTalk writes its record in the transition's own statement: a refused racer leaves no record and no notification behind.
    const [counts] = (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM evaluation_record WHERE assessment_id = $1) AS records,
              (SELECT count(*)::int FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1::text AND action = 'RECORD_TALK') AS talks,
              (SELECT count(DISTINCT created_at)::int FROM notification WHERE assessment_id = $1 AND kind = 'RECORD_TALK') AS notified`,
      [target.id],
    )) as Array<{ records: number; talks: number; notified: number }>;
    expect(counts!.records).toBe(counts!.talks);
    expect(counts!.notified).toBeLessThanOrEqual(counts!.talks);
  });

  it('two writers holding the same row version: the second is refused by the version check itself, not by a later constraint', async () => {
    const row = await loadInstance(t.dataSource.manager, 'assessment', target.id);
    const event = { type: 'RECORD_TALK', at: t.clock.now().toISOString() };
    await t.dataSource.transaction((m) => applyTransition(m, 'assessment', row, event, { userId: null, role: 'ASSESSOR' }));
    const second = t.dataSource.transaction((m) => applyTransition(m, 'assessment', row, event, { userId: null, role: 'ASSESSOR' }));
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/changed this record first/) });
  });

  it('the audit versions are contiguous and replaying the audit reproduces the stored snapshot', async () => {
    const { replayed, stored, versions } = await replayFromAudit(t, target.id);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(replayed).toEqual(stored);
  });
});

describe('the options every action input shares (server/workflow/action-input.ts)', () => {
  // No such instance: only the input's own validation can answer before the step looks for it (NOT_FOUND otherwise).
  const nobody = '00000000-0000-4000-8000-000000000000';
  // Each sent by a role the authorisation table lets call it (others are FORBIDDEN before any input is read).
  it.each([
    ['recordTalk', 'RecordTalkInput', { assessmentId: nobody, summary: '与该同志所在单位主要负责人谈话。' }, 'assessor'],
    ['openCycle', 'CycleActionInput', { cycleId: nobody }, 'orgadmin'],
    ['enrolInCycle', 'EnrolInput', { cycleId: nobody, organisationIds: [nobody] }, 'orgadmin'],
    ['carryOutOutcome', 'OutcomeNoteInput', { outcomeId: nobody, note: '已按规定执行。' }, 'hr'],
    ['acceptFaultToleranceCase', 'CaseActionInput', { caseId: nobody }, 'discipline'],
  ])('%s (%s): a retry key of 7 characters is VALIDATION naming idempotencyKey; 8 pass the input check', async (mutation, type, input, who) => {
    const send = (idempotencyKey: string) => t.gql(`mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`, { input: { ...input, expectedVersion: 1, idempotencyKey } }, { token: tokens[who] });
    const short = await send('retry-7');
    expect(codeOf(short)).toBe('VALIDATION');
    expect((short.errors![0]!.extensions!.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['idempotencyKey']);
    expect(codeOf(await send('retry-08'))).not.toBe('VALIDATION');
  });
});
