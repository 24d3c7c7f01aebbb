import type { TestApp } from '../support/test-app.js';

/**
 * A unit of our own under 东江区 with cadres whose personnel numbers are not
 * the demo's (ZX-…), one of them retired, and a sub-unit with one more: the
 * bulk account step's ground. Set up in SQL (the data is the roster's, not
 * the accounts' — the tests then act only through the API).
 */
export async function createRosterUnit(t: TestApp, code: string, people: Array<{ personNo: string; name: string; status?: 'SERVING' | 'RETIRED' | 'LEFT'; sub?: boolean }>) {
  const [parent] = (await t.dataSource.query(`SELECT id, path, depth FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string; path: string; depth: number }>;
  const insertOrg = async (parentRow: { id: string; path: string; depth: number }, orgCode: string, name: string) => {
    const [row] = (await t.dataSource.query(
      `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth)
       SELECT id, $1::uuid, $2, $3, 'COUNTY', 'COUNTY_DISTRICT', $4 || id || '/', $5 FROM (SELECT gen_random_uuid() AS id) g RETURNING id, path, depth`,
      [parentRow.id, orgCode, name, parentRow.path, parentRow.depth + 1],
    )) as Array<{ id: string; path: string; depth: number }>;
    return row!;
  };
  const unit = await insertOrg(parent!, code, `${code}镇`);
  const sub = await insertOrg(unit, `${code}-SUB`, `${code}街道`);
  for (const p of people) {
    await t.dataSource.query(
      `INSERT INTO cadre (organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, took_post_on, employment_status)
       SELECT $1, $2, $3, gender, birth_date, post, rank_level, position_type, took_post_on, $4 FROM cadre WHERE person_no = 'QH000001'`,
      [p.sub ? sub.id : unit.id, p.personNo, p.name, p.status ?? 'SERVING'],
    );
  }
  return { unitId: unit.id, subId: sub.id };
}

export const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token viewer { username passwordChangeRequired } } }`;

/** Signs in and returns the token and whether a password change is pending. */
export async function signInWith(t: TestApp, username: string, password: string) {
  const res = await t.gql<{ signIn: { token: string; viewer: { passwordChangeRequired: string | null } } }>(SIGN_IN, { input: { username, password } });
  return { res, token: res.data?.signIn.token ?? null, required: res.data?.signIn.viewer.passwordChangeRequired ?? null };
}

export const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { username passwordChangeRequired } }`;
