import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, openCycleFor, TURNOUT_EXCEPTION, unanimous, writeSelfReport } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An outcome task left overdue escalates to the office whose step it is: the
 * 东江区 cadre is graded 基本称职 in the city's 2025 cycle; the outcome tasks
 * that follow wait on their approver, miss the approval deadline, and two
 * working days later the approving office hears of it — once.
 */
let t: TestApp;
let tasks: Array<{ id: string; machine_id: string; due_at: Date }>;
const beijing = (iso: string) => new Date(`${iso}+08:00`);

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(beijing('2026-01-05T09:00:00'));
  const city = await t.signIn('orgadmin.taining');
  const cycleId = await openCycleFor(t, city, 'QH-TN-DJ');
  const [{ id }] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycleId])) as [{ id: string }];
  const cadre = await t.signIn('cadre');
  const assessor = await t.signIn('assessor');
  t.clock.set(beijing('2026-01-10T10:00:00'));
  await writeSelfReport(t, cadre, id);
  await act(t, cadre, 'submitSelfReport', { assessmentId: id });
  t.clock.set(beijing('2026-01-22T10:00:00'));
  for (const step of ['acceptSelfReport', 'openBallots', 'closeBallots', 'completeEvaluation']) await act(t, assessor, step, { assessmentId: id }, step === 'closeBallots' ? TURNOUT_EXCEPTION : {});
  t.clock.set(beijing('2026-02-05T10:00:00'));
  await act(t, assessor, 'proposeGrade', { assessmentId: id, grade: 'BASICALLY_COMPETENT', comment: '工作推进不够有力，提出基本称职等次建议。' });
  t.clock.set(beijing('2026-02-20T15:00:00'));
  expect((await act(t, await t.signIn('committee'), 'approveGrade', { assessmentId: id, collective: unanimous })).finalGrade).toBe('BASICALLY_COMPETENT');
  tasks = await t.dataSource.query(`SELECT id, machine_id, due_at FROM outcome_task WHERE assessment_id = $1 AND due_event = 'MARK_OVERDUE' ORDER BY id`, [id]);
});
afterAll(() => t?.close());

describe('an overdue outcome task escalates to the approving office', () => {
  it('the approval deadline passes and the deadline job marks the tasks overdue', async () => {
    expect(tasks.length).toBeGreaterThan(0);
    const last = new Date(Math.max(...tasks.map((x) => new Date(x.due_at).getTime())));
    t.clock.set(new Date(last.getTime() + 30 * 60_000));
    const fired = await t.app.services.deadlines.run(undefined, ['outcome_task']);
    expect(fired.fired).toBe(tasks.length);
  });

  it('two working days later the office whose step it is is notified, once per task', async () => {
    const markedOn = t.clock.now();
    // The next day: not yet; the day after the second working day: yes (the sweep ran shortly after midnight).
    const [{ wd }] = (await t.dataSource.query(`SELECT extract(isodow FROM ($1::timestamptz AT TIME ZONE 'Asia/Shanghai'))::int AS wd`, [markedOn])) as [{ wd: number }];
    expect(wd).toBeGreaterThanOrEqual(1);
    t.clock.set(new Date(markedOn.getTime() + 86_400_000));
    expect((await t.app.services.escalations.run()).escalated).toBe(0);
    // A week later at the latest, two working days have passed whatever the weekday.
    t.clock.set(new Date(markedOn.getTime() + 7 * 86_400_000));
    const run = await t.app.services.escalations.run();
    expect(run.escalated).toBe(tasks.length);
    expect((await t.app.services.escalations.run()).escalated).toBe(0);
    const reached = (await t.dataSource.query(
      `SELECT t.machine_id, array_agg(DISTINCT u.username ORDER BY u.username) AS users
         FROM notification n JOIN user_account u ON u.id = n.user_id JOIN outcome_task t ON t.id = n.outcome_task_id
        WHERE n.kind = 'OVERDUE_ESCALATION' GROUP BY t.machine_id ORDER BY t.machine_id`,
    )) as Array<{ machine_id: string; users: string[] }>;
    // An ordinary task is approved by the organisation department of the city that ran the cycle, a heavy one by the party
    // committee; remedial training is the personnel department's to arrange (all of it at the province in the demo).
    const office: Record<string, string[]> = { outcomeTask: ['orgadmin.taining'], committeeOutcomeTask: ['committee'], remedialTraining: ['hr', 'hr.verifier'] };
    expect(reached.length).toBeGreaterThan(0);
    for (const r of reached) expect([r.machine_id, r.users]).toEqual([r.machine_id, office[r.machine_id]]);
  });
});
