import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { act, openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A self-report submitted while a draft of it is being saved: the text whose
 * hash the audit row keeps is the text that stays submitted. The submission
 * locks the draft it read and needs its version unchanged; a save in flight
 * makes the submission a CONFLICT, and a save that read the drafting state
 * before the submission is refused afterwards.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;

const SAVE = `mutation($input: SelfReportDraftInput!) { saveSelfReportDraft(input: $input) { draftVersion } }`;
const fields = (workSummary: string) => ({
  workSummary,
  dutiesAndTargets: '分管发展改革工作。',
  responsibilityStatement: '严格落实全面从严治党主体责任。',
  integrityStatement: '严格遵守廉洁自律各项规定。',
});
const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

async function mine(): Promise<{ id: string; state: string }> {
  const res = await t.gql<{ myAssessments: Array<{ id: string; state: string; kind: string; cycle: { id: string } }> }>(
    `{ myAssessments { id state kind cycle { id } } }`,
    {},
    { token: tokens.cadre },
  );
  return res.data!.myAssessments.find((a) => a.cycle.id === cycleId && a.kind === 'CADRE_ANNUAL')!;
}

async function stored(assessmentId: string) {
  const [row] = (await t.dataSource.query(
    `SELECT s.work_summary, s.responsibility_statement, s.integrity_statement, s.draft_version, s.submitted_at, a.state,
            (SELECT payload->>'selfReportHash' FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1::text AND action = 'SUBMIT_SELF_REPORT' ORDER BY seq DESC LIMIT 1) AS hash
       FROM self_report s JOIN assessment a ON a.id = s.assessment_id WHERE s.assessment_id = $1::uuid`,
    [assessmentId],
  )) as Array<{ work_summary: string; responsibility_statement: string; integrity_statement: string; draft_version: number; submitted_at: Date | null; state: string; hash: string | null }>;
  return row!;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
});
afterAll(() => t?.close());

describe('submitting a self-report while its draft is saved', () => {
  it('a save in flight (its row written, not yet committed) makes the submission a CONFLICT; the saved text stays a draft', async () => {
    const { id } = await mine();
    const version = await writeSelfReport(t, tokens.cadre!, id, 0);
    // The save of another tab, written and held open: its transaction has the draft's row.
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await runner.query(`UPDATE self_report SET work_summary = '另一个标签页里改过的总结。', draft_version = draft_version + 1 WHERE assessment_id = $1`, [id]);
      const submitting = t.gql(`mutation($input: ActionInput!) { submitSelfReport(input: $input) { id state } }`, { input: { assessmentId: id } }, { token: tokens.cadre });
      // The submission read the earlier text and now waits on the row; the save commits.
      await new Promise((r) => setTimeout(r, 300));
      await runner.commitTransaction();
      const res = await submitting;
      expect(codeOf(res)).toBe('CONFLICT');
      expect(res.errors![0]!.message).toMatch(/saved elsewhere/);
    } finally {
      await runner.release();
    }
    const after = await stored(id);
    expect(after).toMatchObject({ state: 'selfReport.drafting', work_summary: '另一个标签页里改过的总结。', draft_version: version + 1, submitted_at: null, hash: null });
    // Reloaded, it submits, and the audit keeps the hash of the text that stays.
    const submitted = await act(t, tokens.cadre!, 'submitSelfReport', { assessmentId: id });
    expect(submitted.state).toBe('selfReport.submitted');
    const final = await stored(id);
    expect(final.hash).toBe(sha({ work_summary: final.work_summary, responsibility_statement: final.responsibility_statement, integrity_statement: final.integrity_statement }));
    expect(final.submitted_at).not.toBeNull();
  });

  it('a save that read the draft before the submission is refused after it: the submitted text is not changed', async () => {
    const { id, state } = await mine();
    expect(state).toBe('selfReport.submitted');
    const before = await stored(id);
    // The version the other tab last saw, before the submission made a version of its own.
    const res = await t.gql(SAVE, { input: { assessmentId: id, draftVersion: before.draft_version - 1, ...fields('提交之后才保存的草稿。') } }, { token: tokens.cadre });
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(codeOf(res));
    expect(await stored(id)).toEqual(before);
  });

  it('a save racing the submission at the same moment: either the save lands first and the submission is refused, or the submission lands and the save is refused; never both', async () => {
    // The organisation department returns the report, and the cadre saves and submits at the same moment, a few times over.
    const { id } = await mine();
    const returned = await act(t, tokens.assessor!, 'returnSelfReport', { assessmentId: id, reason: '请补充分管工作的具体成效。' });
    expect(returned.state).toBe('selfReport.returned');
    for (let round = 0; round < 6; round++) {
      const current = await stored(id);
      if (current.state !== 'selfReport.returned' && current.state !== 'selfReport.drafting') break;
      const text = `第${round + 1}轮修改后的总结。`;
      const [saved, submitted] = await Promise.all([
        t.gql<{ saveSelfReportDraft: { draftVersion: number } }>(SAVE, { input: { assessmentId: id, draftVersion: current.draft_version, ...fields(text) } }, { token: tokens.cadre }),
        t.gql(`mutation($input: ActionInput!) { submitSelfReport(input: $input) { id state } }`, { input: { assessmentId: id } }, { token: tokens.cadre }),
      ]);
      const after = await stored(id);
      if (!submitted.errors) {
        // The submission won: what is stored is what was hashed.
        expect(after.hash).toBe(sha({ work_summary: after.work_summary, responsibility_statement: after.responsibility_statement, integrity_statement: after.integrity_statement }));
        break;
      }
      expect(codeOf(submitted)).toBe('CONFLICT');
      expect(saved.errors).toBeUndefined();
      expect(after.work_summary).toBe(text);
    }
    const end = await stored(id);
    if (end.state === 'selfReport.submitted') {
      expect(end.hash).toBe(sha({ work_summary: end.work_summary, responsibility_statement: end.responsibility_statement, integrity_statement: end.integrity_statement }));
    }
  });
});
