import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Enrolling one cadre a second time: refused with ALREADY_ENROLLED, and the
 * message and extensions name the cycle that holds the period — this very
 * cycle, or another — never "null".
 */
let t: TestApp;
let token: string;
const ids: Record<string, string> = {};

const ENROL_ONE = `mutation($input: EnrolCadreInput!) { enrolCadreInCycle(input: $input) { id } }`;
async function plan(unit: string, name: string): Promise<string> {
  const res = await t.gql<{ planCycle: { id: string } }>(
    `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`,
    { input: { kind: 'ANNUAL', name, year: 2027, organisationId: ids[unit], deadlines: { selfReportDue: '2028-01-20T18:00:00+08:00', finishBy: '2028-03-31T18:00:00+08:00' } } },
    { token },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.planCycle.id;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  token = await t.signIn('orgadmin.taining');
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH-TN', 'QH-TN-DJ')`)) as Array<{ id: string; code: string }>) ids[row.code] = row.id;
});
afterAll(() => t?.close());

describe('enrolling one cadre again', () => {
  it.each([
    ['in the same cycle', 'same'],
    ['in the same cycle, whose assessment of the cadre was cancelled', 'cancelled'],
    ['in another cycle of the same period', 'other'],
  ])('%s: ALREADY_ENROLLED names the cycle that holds the period', async (_what, where) => {
    const [cadre] = (await t.dataSource.query(
      `SELECT c.id FROM cadre c JOIN organisation o ON o.id = c.organisation_id JOIN organisation mo ON mo.id = c.managing_organisation_id
        WHERE o.code = 'QH-TN' AND c.employment_status = 'SERVING' AND mo.path LIKE o.path || '%'
          AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.cadre_id = c.id) ORDER BY c.person_no LIMIT 1`,
    )) as Array<{ id: string }>;
    const first = await plan('QH-TN', `泰宁市2027年度考核·${where}`);
    const enrolled = await t.gql(ENROL_ONE, { input: { cycleId: first, cadreId: cadre!.id } }, { token });
    expect(enrolled.errors).toBeUndefined();
    // A cancelled assessment frees the period for another cycle, but not a second place in its own cycle.
    if (where === 'cancelled') await t.dataSource.query(`UPDATE assessment SET state = 'cancelled' WHERE cycle_id = $1 AND cadre_id = $2`, [first, cadre!.id]);
    const again = where !== 'other' ? first : await plan('QH-TN', `泰宁市2027年度考核·${where}·第二`);
    const res = await t.gql(ENROL_ONE, { input: { cycleId: again, cadreId: cadre!.id } }, { token });
    expect(codeOf(res)).toBe('ALREADY_ENROLLED');
    const error = res.errors![0]!;
    expect(error.extensions).toMatchObject({ cycleId: first, cycleName: `泰宁市2027年度考核·${where}` });
    expect(error.message).toContain(`“泰宁市2027年度考核·${where}”`);
    expect(error.message).not.toMatch(/null|undefined/);
  });
});
