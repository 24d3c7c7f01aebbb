import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** "Today" is the Beijing day: before 08:00 Beijing time the UTC date is still the day before. */
let t: TestApp;
let cadreId: string;
beforeAll(async () => {
  t = await startTestApp();
  const [cadre] = (await t.dataSource.query(`SELECT id FROM cadre ORDER BY person_no LIMIT 1`)) as Array<{ id: string }>;
  cadreId = cadre!.id;
  await t.dataSource.query(`INSERT INTO cadre_status_period (cadre_id, kind, starts_on, ends_on, note) VALUES ($1, 'PROBATION', '2026-06-01', NULL, '试用期')`, [cadreId]);
});
afterAll(() => t?.close());

describe('today is the Beijing day', () => {
  it.each([
    ['00:30 Beijing on 1 June (still 31 May in UTC)', '2026-06-01T00:30:00+08:00', true],
    ['07:59 Beijing on 1 June', '2026-06-01T07:59:00+08:00', true],
    ['23:59 Beijing on 31 May', '2026-05-31T23:59:00+08:00', false],
  ])("a status starting on 1 June holds at %s: %s", async (_when, instant, holds) => {
    t.clock.set(new Date(instant));
    const res = await t.gql<{ cadre: { statusesOn: string[] } }>(`query($id: ID!) { cadre(id: $id) { statusesOn } }`, { id: cadreId }, { token: await t.signIn('orgadmin') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cadre.statusesOn.includes('PROBATION')).toBe(holds);
  });
});
