import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSynthetic } from '../../server/seed/synthetic.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('demo and synthetic data', () => {
  it('the demo province has three city types, six counties, departments of all five types and about 300 cadres', async () => {
    const kinds = (await t.dataSource.query(`SELECT kind, category, count(*)::int AS n FROM organisation GROUP BY 1, 2 ORDER BY 1, 2`)) as Array<{ kind: string; category: string; n: number }>;
    const categories = (kind: string) => kinds.filter((k) => k.kind === kind).map((k) => k.category);
    expect(categories('CITY')).toEqual(['CITY_ETHNIC_REGION', 'CITY_RURAL_REVITALISATION', 'CITY_STRONG_ECONOMY']);
    expect(kinds.filter((k) => k.kind === 'COUNTY').reduce((s, k) => s + k.n, 0)).toBe(6);
    expect(categories('DEPARTMENT')).toHaveLength(5);
    const [{ n, principals, levels }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE position_type = 'PRINCIPAL')::int AS principals, count(DISTINCT rank_level)::int AS levels FROM cadre`,
    )) as [{ n: number; principals: number; levels: number }];
    expect(n).toBeGreaterThanOrEqual(250);
    expect(n).toBeLessThanOrEqual(350);
    expect(principals).toBeGreaterThan(50);
    expect(levels).toBeGreaterThanOrEqual(5);
  });

  it('a synthetic province of N cadres is written set-based, with every cadre in a unit of the new province', async () => {
    const result = await t.dataSource.transaction((m) => seedSynthetic(m, { cadres: 5000, code: 'SYNT' }));
    expect(result.cadres).toBe(5000);
    const [{ n, orphans }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE o.path NOT LIKE (SELECT path || '%' FROM organisation WHERE code = 'SYNT'))::int AS orphans
         FROM cadre c JOIN organisation o ON o.id = c.organisation_id WHERE c.person_no LIKE 'SYNT-%'`,
    )) as [{ n: number; orphans: number }];
    expect(n).toBe(5000);
    expect(orphans).toBe(0);
    const [{ units }] = (await t.dataSource.query(`SELECT count(DISTINCT organisation_id)::int AS units FROM cadre WHERE person_no LIKE 'SYNT-%'`)) as [{ units: number }];
    expect(units).toBe(result.organisations - 1);
  });
});
