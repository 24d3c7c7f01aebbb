import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let taining: string;
let hefengCadre: { id: string; version: number };
let tainingCadre: { id: string; version: number };

const cadreIn = async (code: string) => {
  const [row] = (await t.dataSource.query(
    `SELECT c.id, c.version FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code = $1 ORDER BY c.person_no LIMIT 1`,
    [code],
  )) as Array<{ id: string; version: number }>;
  return row!;
};

beforeAll(async () => {
  t = await startTestApp();
  taining = await t.signIn('orgadmin.taining');
  hefengCadre = await cadreIn('QH-HF-ST');
  tainingCadre = await cadreIn('QH-TN-DJ');
});
afterAll(() => t?.close());

describe('jurisdiction: nobody reads or acts outside their organisation subtree', () => {
  it('a city organisation department lists only the cadres of its own city and counties', async () => {
    const res = await t.gql<{ cadres: { totalCount: number; nodes: Array<{ organisation: { path: string; code: string } }> } }>(
      `{ cadres(first: 200) { totalCount nodes { organisation { code } } } }`,
      {},
      { token: taining },
    );
    expect(res.errors).toBeUndefined();
    const codes = new Set(res.data!.cadres.nodes.map((n) => n.organisation.code));
    expect([...codes].sort()).toEqual(['QH-TN', 'QH-TN-DJ', 'QH-TN-LS']);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE o.code LIKE 'QH-TN%'`,
    )) as [{ n: number }];
    expect(res.data!.cadres.totalCount).toBe(n);
  });

  it('reading a cadre of another city is FORBIDDEN', async () => {
    const res = await t.gql(`query($id: ID!) { cadre(id: $id) { name } }`, { id: hefengCadre.id }, { token: taining });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('changing a cadre of another city is FORBIDDEN and changes nothing', async () => {
    const res = await t.gql(
      `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { post } }`,
      { input: { id: hefengCadre.id, expectedVersion: hefengCadre.version, post: '篡改' } },
      { token: taining },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    const [row] = (await t.dataSource.query(`SELECT post, version FROM cadre WHERE id = $1`, [hefengCadre.id])) as Array<{ post: string; version: number }>;
    expect(row!.post).not.toBe('篡改');
    expect(row!.version).toBe(hefengCadre.version);
  });

  it('moving an own cadre into another city is FORBIDDEN', async () => {
    const [hefeng] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-HF'`)) as Array<{ id: string }>;
    const res = await t.gql(
      `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { id } }`,
      { input: { id: tainingCadre.id, expectedVersion: tainingCadre.version, organisationId: hefeng!.id } },
      { token: taining },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('inside its jurisdiction the same user may change a cadre; a stale version gives CONFLICT', async () => {
    const ok = await t.gql<{ updateCadre: { post: string; version: number } }>(
      `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { post version } }`,
      { input: { id: tainingCadre.id, expectedVersion: tainingCadre.version, post: '区委副书记' } },
      { token: taining },
    );
    expect(ok.data!.updateCadre).toEqual({ post: '区委副书记', version: tainingCadre.version + 1 });
    const stale = await t.gql(
      `mutation($input: UpdateCadreInput!) { updateCadre(input: $input) { post } }`,
      { input: { id: tainingCadre.id, expectedVersion: tainingCadre.version, post: '另一个职务' } },
      { token: taining },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('organisations outside the jurisdiction are not listed and not readable', async () => {
    const list = await t.gql<{ organisations: { nodes: Array<{ code: string }> } }>(`{ organisations(first: 100) { nodes { code } } }`, {}, { token: taining });
    expect(list.data!.organisations.nodes.map((o) => o.code)).toEqual(expect.arrayContaining(['QH-TN', 'QH-TN-DJ', 'QH-TN-LS']));
    expect(list.data!.organisations.nodes).toHaveLength(3);
    const [province] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH'`)) as Array<{ id: string }>;
    expect(codeOf(await t.gql(`query($id: ID!) { organisation(id: $id) { name } }`, { id: province!.id }, { token: taining }))).toBe('FORBIDDEN');
  });

  it("the city's parent is hidden from a city user (null, not an error)", async () => {
    const res = await t.gql<{ organisations: { nodes: Array<{ code: string; parent: { code: string } | null }> } }>(
      `{ organisations(first: 10) { nodes { code parent { code } } } }`,
      {},
      { token: taining },
    );
    expect(res.data!.organisations.nodes.find((o) => o.code === 'QH-TN')!.parent).toBeNull();
    expect(res.data!.organisations.nodes.find((o) => o.code === 'QH-TN-DJ')!.parent).toEqual({ code: 'QH-TN' });
  });

  it('a cadre reads their own record but no one else’s', async () => {
    const token = await t.signIn('cadre');
    const me = await t.gql<{ me: { cadreId: string } }>(`{ me { cadreId } }`, {}, { token });
    const own = await t.gql<{ cadre: { id: string } }>(`query($id: ID!) { cadre(id: $id) { id } }`, { id: me.data!.me.cadreId }, { token });
    expect(own.data!.cadre.id).toBe(me.data!.me.cadreId);
    expect(codeOf(await t.gql(`query($id: ID!) { cadre(id: $id) { id } }`, { id: tainingCadre.id }, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(`{ cadres(first: 5) { nodes { id } } }`, {}, { token }))).toBe('FORBIDDEN');
  });

  it('the audit trail of a city auditor would only show its city: rows carry the organisation path they happened in', async () => {
    const rows: Array<{ scope_path: string }> = await t.dataSource.query(
      `SELECT scope_path FROM audit_log WHERE entity_type = 'cadre' AND entity_id = $1`,
      [tainingCadre.id],
    );
    const [org] = (await t.dataSource.query(`SELECT path FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ path: string }>;
    expect(rows.map((r) => r.scope_path)).toEqual([org!.path]);
  });
});
