import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectionStatus } from '../../workflows/assessment/annual.machine.js';
import { noticeSnapshot } from '../fixtures/notice-snapshots.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The deadline job closes every public notice due at a minute set-based
 *: the same outcome, audit trail, result versions, notifications
 * and outcome tasks as closing them one at a time. Two databases get the
 * same notices (one per quota pool, so no notice takes another's place);
 * one closes them all in one run, the other one notice per run, at the same
 * instant; then both are compared with each other and with the table.
 */

const DUE = new Date('2026-03-07T00:00:00+08:00');
const WINDOW = { year: 2025, startsOn: '2026-03-02', endsOn: '2026-03-06' };

interface Notice {
  objections?: Record<string, ObjectionStatus>;
  correctionFrom?: string;
  veto?: boolean;
}

const FIXTURES: Record<string, Notice> = {
  'no objection': {},
  'an objection dismissed': { objections: { 'obj-1': 'DISMISSED' } },
  'an objection open': { objections: { 'obj-1': 'OPEN' } },
  'an objection under investigation': { objections: { 'obj-1': 'INVESTIGATING' } },
  'EXCELLENT refused on the re-check (a political veto recorded during the notice)': { veto: true },
  'a correction from COMPETENT to EXCELLENT waiting for its notice': { correctionFrom: 'COMPETENT' },
  'a correction refused on the re-check (a veto): the result in force stands': { correctionFrom: 'COMPETENT', veto: true },
};

/** Each notice and what closing it leaves: the state, the final grade, the source of the result version the job wrote (none: null). */
const NOTICES: Array<[string, string, string | null, string | null]> = [
  ['no objection', 'decided', 'EXCELLENT', 'DECISION'],
  ['an objection dismissed', 'decided', 'EXCELLENT', 'DECISION'],
  ['an objection open', 'publicNotice', null, null],
  ['an objection under investigation', 'publicNotice', null, null],
  ['EXCELLENT refused on the re-check (a political veto recorded during the notice)', 'committeeReview', null, null],
  ['a correction from COMPETENT to EXCELLENT waiting for its notice', 'decided', 'EXCELLENT', 'REVIEW'],
  ['a correction refused on the re-check (a veto): the result in force stands', 'decided', 'COMPETENT', null],
];

let one: TestApp;
let many: TestApp;

/** The cycle of the demo province for 2025 and one notice per pool (a unit and rank of at least five cadres), by label. */
async function setUp(t: TestApp): Promise<Map<string, string>> {
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  const token = await t.signIn('orgadmin');
  const [root] = (await t.dataSource.query(`SELECT id FROM organisation WHERE depth = 0 ORDER BY code LIMIT 1`)) as Array<{ id: string }>;
  const planned = await t.gql<{ planCycle: { id: string } }>(`mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
    input: { kind: 'ANNUAL', name: 'sweep 2025', year: 2025, organisationId: root!.id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-03-31T18:00:00+08:00' } },
  }, { token });
  expect(planned.errors).toBeUndefined();
  const cycleId = planned.data!.planCycle.id;
  const enrolled = await t.gql(`mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId, organisationIds: [root!.id], includeSubtree: true, includeTeams: false } }, { token });
  expect(enrolled.errors).toBeUndefined();
  // One cadre per pool, the same in both databases (by person number), those with a login first.
  const picked: Array<{ id: string; person_no: string }> = await t.dataSource.query(
    `SELECT DISTINCT ON (a.organisation_id, c.rank_level) a.id, c.person_no
       FROM assessment a JOIN cadre c ON c.id = a.cadre_id
      WHERE a.cycle_id = $1 AND (SELECT count(*) FROM cadre p WHERE p.organisation_id = c.organisation_id AND p.rank_level = c.rank_level) >= 5
      ORDER BY a.organisation_id, c.rank_level, EXISTS (SELECT FROM user_account u WHERE u.cadre_id = c.id) DESC, c.person_no`,
    [cycleId],
  );
  picked.sort((a, b) => a.person_no.localeCompare(b.person_no));
  expect(picked.length).toBeGreaterThanOrEqual(NOTICES.length);
  const ids = new Map<string, string>();
  for (const [i, [label]] of NOTICES.entries()) {
    const notice = FIXTURES[label]!;
    const id = picked[i]!.id;
    ids.set(label, id);
    await t.dataSource.query(
      `UPDATE assessment SET state = 'publicNotice', snapshot = $2, proposed_grade = $3, final_grade = $4, due_at = $5, due_event = 'CLOSE_NOTICE' WHERE id = $1`,
      [id, JSON.stringify(noticeSnapshot({ ...WINDOW, objections: notice.objections, correctionFrom: notice.correctionFrom })), notice.correctionFrom ?? 'EXCELLENT', notice.correctionFrom ?? null, DUE],
    );
    if (notice.correctionFrom) {
      await t.dataSource.query(`INSERT INTO result_version (assessment_id, version, grade, source, decided_role, decided_at) VALUES ($1, 1, $2, 'DECISION', 'PARTY_COMMITTEE', '2026-02-01')`, [id, notice.correctionFrom]);
    }
    if (notice.veto) await t.dataSource.query(`INSERT INTO political_review (assessment_id, rating, veto, recorded_at) VALUES ($1, 'POOR', true, '2026-03-04T10:00:00+08:00')`, [id]);
  }
  t.clock.set(DUE);
  return ids;
}

/** What closing left for one assessment, without the ids that differ between the databases. */
async function outcomeOf(t: TestApp, id: string) {
  const [row] = (await t.dataSource.query(`SELECT state, final_grade, due_at, snapshot FROM assessment WHERE id = $1`, [id])) as [Record<string, unknown>];
  const versions: Array<Record<string, unknown>> = await t.dataSource.query(`SELECT version, grade, previous_grade, source, reason, decided_role, decided_at FROM result_version WHERE assessment_id = $1 ORDER BY version`, [id]);
  const notifications: Array<Record<string, unknown>> = await t.dataSource.query(`SELECT kind, payload, created_at FROM notification WHERE assessment_id = $1 ORDER BY kind, created_at`, [id]);
  const tasks = await t.dataSource.query(`SELECT kind, state, basis, due_at FROM outcome_task WHERE assessment_id = $1 ORDER BY kind`, [id]);
  const audit: Array<Record<string, unknown>> = await t.dataSource.query(
    `SELECT seq, action, actor_role, from_state, to_state, from_version, payload, occurred_at FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1 ORDER BY seq`,
    [id],
  );
  return { row, versions, notifications, tasks, audit };
}

let oneIds: Map<string, string>;
let manyIds: Map<string, string>;
const runs = { one: [] as Array<{ fired: number; skipped: number }>, many: { fired: 0, skipped: 0 }, notified: 0 };

beforeAll(async () => {
  [one, many] = await Promise.all([startTestApp(), startTestApp()]);
  oneIds = await setUp(one);
  manyIds = await setUp(many);
  // All at once: one run of the job.
  runs.many = await many.app.services.deadlines.run(DUE, ['assessment']);
  [{ n: runs.notified }] = (await many.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'CLOSE_NOTICE' AND assessment_id = ANY($1::uuid[])`, [[...manyIds.values()]])) as [
    { n: number },
  ];
  // One at a time: every other notice kept from the job while one is closed (same instant).
  const all = [...oneIds.values()];
  for (const id of all) {
    await one.dataSource.query(`UPDATE assessment SET due_at = NULL WHERE id = ANY($1::uuid[]) AND id <> $2 AND state = 'publicNotice'`, [all, id]);
    await one.dataSource.query(`UPDATE assessment SET due_at = $2 WHERE id = $1 AND state = 'publicNotice'`, [id, DUE]);
    runs.one.push(await one.app.services.deadlines.run(DUE, ['assessment']));
  }
}, 120_000);
afterAll(async () => {
  await Promise.all([one?.close(), many?.close()]);
});

describe('the deadline job closes the notices due at a minute set-based, as one by one', () => {
  it('fires and skips the same notices in one run as one run each', () => {
    expect(runs.many).toEqual({ fired: 5, skipped: 2 });
    // Closing a notice tells the assessed nothing: they learn the result from the written notice (workflows/assessment/assessed.ts).
    expect(runs.notified).toBe(0);
    expect(runs.one.reduce((s, r) => ({ fired: s.fired + r.fired, skipped: s.skipped + r.skipped }), { fired: 0, skipped: 0 })).toEqual(runs.many);
  });

  it.each(NOTICES)('%s → %s, final grade %s, result version %s', async (label, state, finalGrade, source) => {
    const a = await outcomeOf(many, manyIds.get(label)!);
    const b = await outcomeOf(one, oneIds.get(label)!);
    expect(a.row.state).toBe(state);
    expect(a.row.final_grade).toBe(finalGrade);
    expect(a.versions.filter((v) => v.decided_role === 'SYSTEM').map((v) => [v.grade, v.source])).toEqual(source ? [[finalGrade, source]] : []);
    // A skipped notice waits for the decision on its objection, no longer due; every other one is closed with its audit row.
    if (state === 'publicNotice') expect(a.row.due_at).toBeNull();
    expect(a.audit.map((e) => e.action)).toEqual(state === 'publicNotice' ? [] : ['CLOSE_NOTICE']);
    expect(a.notifications).toEqual([]);
    expect(a).toEqual(b);
  });
});
