import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const SET_DAY = `mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { day kind } }`;
const VERIFY = `query($type: String, $id: String) { verifyAuditChain(entityType: $type, entityId: $id) { ok rowsChecked streamsChecked } }`;

describe('national data is changed only by the root jurisdiction', () => {
  it("a city's organisation department may not change the working-day calendar; the province's may", async () => {
    const input = { day: '2031-10-08', kind: 'HOLIDAY', name: '国庆节' };
    const city = await t.gql(SET_DAY, { input }, { token: await t.signIn('orgadmin.taining') });
    expect(codeOf(city)).toBe('FORBIDDEN');
    expect(city.errors![0]!.message).toMatch(/root jurisdiction/);
    const province = await t.gql(SET_DAY, { input }, { token: await t.signIn('orgadmin') });
    expect(province.errors).toBeUndefined();
    expect(province.data).toEqual({ setCalendarDay: { day: '2031-10-08', kind: 'HOLIDAY' } });
  });
});

describe('an auditor verifies only inside their jurisdiction', () => {
  let cityAuditor: string;
  let rootAuditor: string;
  let inCity: string;
  let elsewhere: string;

  beforeAll(async () => {
    // The rater of 泰宁市 also becomes that city's auditor.
    await t.dataSource.query(
      `INSERT INTO role_assignment (user_id, role, organisation_id)
       SELECT u.id, 'AUDITOR', o.id FROM user_account u, organisation o WHERE u.username = 'rater' AND o.code = 'QH-TN'`,
    );
    cityAuditor = await t.signIn('rater');
    rootAuditor = await t.signIn('auditor');
    // One changed cadre in 泰宁市 and one in 禾丰市, so that each city has a trail.
    const hr = await t.signIn('hr');
    const pick = async (code: string) =>
      (
        (await t.dataSource.query(
          `SELECT c.id, c.version FROM cadre c JOIN organisation o ON o.id = c.organisation_id JOIN organisation r ON o.path LIKE r.path || '%'
            WHERE r.code = $1 ORDER BY c.person_no LIMIT 1`,
          [code],
        )) as Array<{ id: string; version: number }>
      )[0]!;
    for (const [code, post] of [
      ['QH-TN', '副区长'],
      ['QH-HF', '副县长'],
    ] as const) {
      const cadre = await pick(code);
      const res = await t.gql(`mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { id } }`, { input: { id: cadre.id, expectedVersion: cadre.version, post } }, { token: hr });
      expect(res.errors).toBeUndefined();
      if (code === 'QH-TN') inCity = cadre.id;
      else elsewhere = cadre.id;
    }
  });

  it('the whole-log check covers the streams that began in the city, not the rest', async () => {
    const city = await t.gql<{ verifyAuditChain: { ok: boolean; streamsChecked: number } }>(VERIFY, {}, { token: cityAuditor });
    const root = await t.gql<{ verifyAuditChain: { ok: boolean; streamsChecked: number } }>(VERIFY, {}, { token: rootAuditor });
    expect(city.data!.verifyAuditChain.ok).toBe(true);
    expect(city.data!.verifyAuditChain.streamsChecked).toBeGreaterThanOrEqual(1);
    expect(city.data!.verifyAuditChain.streamsChecked).toBeLessThan(root.data!.verifyAuditChain.streamsChecked);
  });

  it("one of the city's trails may be verified; another city's, or a system-wide one, is FORBIDDEN", async () => {
    const own = await t.gql<{ verifyAuditChain: { ok: boolean; rowsChecked: number } }>(VERIFY, { type: 'cadre', id: inCity }, { token: cityAuditor });
    expect(own.data!.verifyAuditChain).toMatchObject({ ok: true });
    expect(own.data!.verifyAuditChain.rowsChecked).toBeGreaterThanOrEqual(1);
    expect(codeOf(await t.gql(VERIFY, { type: 'cadre', id: elsewhere }, { token: cityAuditor }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(VERIFY, { type: 'working_calendar', id: '2031' }, { token: cityAuditor }))).toBe('FORBIDDEN');
    expect((await t.gql(VERIFY, { type: 'cadre', id: elsewhere }, { token: rootAuditor })).errors).toBeUndefined();
  });
});
