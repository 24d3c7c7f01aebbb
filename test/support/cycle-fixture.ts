import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition, type InstanceRow, type MachineEvent } from '../../server/workflow/transition.js';
import type { TestApp } from './test-app.js';

const SYSTEM = { userId: null, role: 'SYSTEM' };

/** The reason the fixtures record when they close ballots below the minimum turnout (their subject is a later step). */
export const FIXTURE_TURNOUT_EXCEPTION = '测试夹具：本测试的对象是后续环节，民主测评按例外结束';

/**
 * The event a fixture sends for `type` to each assessment. CLOSE_BALLOTS
 * carries the real turnout (invitations and returned ballots, the cycle's
 * minimum) and, where it falls short, a recorded exception — the machine
 * refuses a close below the minimum turnout without one.
 */
export async function fixtureEventFor(t: TestApp, cycleId: string, ids: string[], type: string, at: string): Promise<(row: InstanceRow) => MachineEvent> {
  if (type !== 'CLOSE_BALLOTS') return () => ({ type, at });
  const [{ minimum }] = (await t.dataSource.query(`SELECT (settings->'democraticEvaluation'->>'minimumTurnoutPercent')::numeric AS minimum FROM assessment_cycle WHERE id = $1`, [cycleId])) as [
    { minimum: string },
  ];
  const counts = (await t.dataSource.query(
    `SELECT assessment_id, count(*)::int AS invited, (count(*) FILTER (WHERE voted))::int AS returned FROM rater_invitation WHERE assessment_id = ANY($1::uuid[]) GROUP BY 1`,
    [ids],
  )) as Array<{ assessment_id: string; invited: number; returned: number }>;
  const byId = new Map(counts.map((c) => [c.assessment_id, c]));
  return (row) => {
    const { invited = 0, returned = 0 } = byId.get(row.id) ?? {};
    return { type, turnout: { invited, returned, minimumPercent: Number(minimum) }, exception: { reason: FIXTURE_TURNOUT_EXCEPTION, by: null }, at };
  };
}

/**
 * Moves assessments of a cycle through lifecycle events as the system would
 * (set-based, one transaction per event), for tests whose subject is a later
 * step. The per-event rules still run: an event a state cannot take fails.
 */
export async function advanceAssessments(t: TestApp, cycleId: string, ids: string[], events: string[]): Promise<void> {
  if (ids.length === 0) return;
  const [{ deadlines }] = (await t.dataSource.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as [{ deadlines: CycleDeadlines }];
  const at = t.clock.now().toISOString();
  for (const type of events) {
    const eventFor = await fixtureEventFor(t, cycleId, ids, type, at);
    await t.dataSource.transaction((m) => applyBulkTransition(m, 'assessment', ids, eventFor, SYSTEM, { derive: deriveAssessmentColumns(deadlines), deriveColumns: ASSESSMENT_COLUMNS }));
  }
}

/** Creates users holding RATER over an organisation (by code); returns their ids and usernames. */
export async function createRaters(t: TestApp, sysadminToken: string, organisationCode: string, count: number, prefix = 'rater.t'): Promise<Array<{ id: string; username: string; password: string }>> {
  const [org] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [organisationCode])) as Array<{ id: string }>;
  const out: Array<{ id: string; username: string; password: string }> = [];
  for (let i = 0; i < count; i++) {
    const username = `${prefix}.${i}`;
    const password = 'rater-password-2026';
    const created = await t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username, displayName: `测评人${i + 1}`, password },
    }, { token: sysadminToken });
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    const id = created.data!.createUser.id;
    const assigned = await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: RATER, organisationId: $o }) { id } }`, { u: id, o: org!.id }, { token: sysadminToken });
    if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
    out.push({ id, username, password });
  }
  return out;
}
