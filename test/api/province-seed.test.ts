import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantDemoRoles, seedSynthetic } from '../../server/seed/synthetic.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The synthetic province (`npm run seed -- --cadres N`) is reachable by the
 * demo roles through GraphQL at a small N: the accounts of the demo
 * province's root see it as a second jurisdiction, the city and county
 * accounts do not.
 */
let t: TestApp;
let rootId: string;
let granted: string[];
beforeAll(async () => {
  t = await startTestApp();
  ({ rootId, granted } = await t.dataSource.transaction(async (m) => {
    const seeded = await seedSynthetic(m, { cadres: 2000, code: 'SYNP' });
    const grants = await grantDemoRoles(m, seeded.rootId);
    return { rootId: seeded.rootId, granted: grants.usernames };
  }));
}, 120_000);
afterAll(() => t?.close());

const PROVINCE_WIDE = ['assessor', 'auditor', 'committee', 'discipline', 'hr', 'hr.verifier', 'orgadmin', 'sysadmin'];

describe('the synthetic province and the demo roles', () => {
  it('grants the same role over the synthetic root to every account of the demo root, and to no city or county account', () => {
    expect(granted).toEqual(PROVINCE_WIDE);
  });

  it('granting twice adds no second grant', async () => {
    const again = await t.dataSource.transaction((m) => grantDemoRoles(m, rootId));
    expect(again.grants).toBe(0);
  });

  it.each([
    ['orgadmin', true, 2000],
    ['assessor', true, 2000],
    ['committee', true, 2000],
    ['hr', true, 2000],
    ['discipline', true, 2000],
    ['auditor', true, 2000],
    ['orgadmin.taining', false, 0],
    ['orgadmin.hefeng', false, 0],
  ])('%s sees the synthetic province: %s, with %i of its cadres', async (username, sees, cadres) => {
    const token = await t.signIn(username);
    const orgs = await t.gql<{ organisations: { nodes: Array<{ id: string }> } }>(
      `query { organisations(search: "SYNP", first: 200) { nodes { id } } }`,
      {},
      { token },
    );
    expect(orgs.errors).toBeUndefined();
    expect(orgs.data!.organisations.nodes.some((o) => o.id === rootId)).toBe(sees);
    const list = await t.gql<{ cadres: { totalCount: number } }>(
      `query($org: ID) { cadres(organisationId: $org, includeSubtree: true, search: "SYNP-", first: 1) { totalCount } }`,
      { org: rootId },
      { token },
    );
    if (sees) expect(list.data!.cadres.totalCount).toBe(cadres);
    else expect(list.errors?.[0]?.extensions?.code ?? (list.data!.cadres.totalCount === 0 ? 'EMPTY' : 'SEEN')).not.toBe('SEEN');
  });

  it('orgadmin runs a cycle over the province: 2,000 cadres enrolled and opened, which the committee and the assessor list and orgadmin.taining does not', async () => {
    const cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'SYNP');
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL`, [cycleId])) as [{ n: number }];
    expect(n).toBe(2000);
    for (const [username, sees] of [['committee', true], ['assessor', true], ['orgadmin.taining', false]] as const) {
      const res = await t.gql<{ cycles: Array<{ id: string }> }>(`query { cycles { id } }`, {}, { token: await t.signIn(username) });
      expect(res.errors).toBeUndefined();
      expect(res.data!.cycles.some((c) => c.id === cycleId)).toBe(sees);
    }
  }, 120_000);
});
