import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standingOf } from '../../server/reports/quota-summary.js';
import { openCycleFor } from '../support/lifecycle.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * The quota pools of a large cycle, readable: the summary with its regions
 * (drill-down region → unit → pool), pools a page at a time, and the pools
 * of a few units for the committee's cards — the same figures as
 * `cycleReport.quotaPools`, bounded and inside the jurisdiction.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
const org: Record<string, string> = {};

interface Pool {
  organisationId: string | null;
  subject: string;
  rankLevel: string | null;
  graded: number;
  allowed: number;
  used: number;
  proposed: number;
}
const POOL_FIELDS = 'organisationId subject rankLevel graded allowed used proposed';
const SUMMARY = `query($c: ID!, $o: ID) { quotaSummary(cycleId: $c, organisationId: $o) {
  cycleId organisationId organisationName pools over full tight graded allowed used proposed
  regions { organisationId organisationName pools over full tight graded allowed used proposed } } }`;
type Figures = { organisationId: string; organisationName: string; pools: number; over: number; full: number; tight: number; graded: number; allowed: number; used: number; proposed: number };
type Summary = Figures & { regions: Figures[] };
type PoolPage = { nodes: Array<Pool & { standing: string }>; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'committee', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH');
  for (const row of (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH', 'QH-TN', 'QH-HF', 'QH-TN-DJ', 'QH-TN-LS')`)) as Array<{ id: string; code: string }>) org[row.code] = row.id;
}, 120_000);
afterAll(() => t?.close());

describe('how a pool stands', () => {
  it.each([
    [{ allowed: 2, used: 3, proposed: 0 }, 'OVER'],
    [{ allowed: 0, used: 0, proposed: 1 }, 'NONE'],
    [{ allowed: 2, used: 2, proposed: 0 }, 'FULL'],
    [{ allowed: 3, used: 1, proposed: 3 }, 'TIGHT'],
    [{ allowed: 3, used: 1, proposed: 2 }, 'OPEN'],
    [{ allowed: 5, used: 0, proposed: 0 }, 'OPEN'],
  ])('%o stands %s', (pool, standing) => {
    expect(standingOf(pool)).toBe(standing);
  });
});

describe('quotaSummary, quotaPoolPage and quotaPoolsOf', () => {
  const report = async (token: string, organisationId?: string) => {
    const res = await t.gql<{ cycleReport: { quotaPools: Pool[] } }>(`query($c: ID!, $o: ID) { cycleReport(cycleId: $c, organisationId: $o) { quotaPools { ${POOL_FIELDS} } } }`, { c: cycleId, o: organisationId }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.cycleReport.quotaPools;
  };
  const total = (pools: Array<Pick<Pool, 'graded' | 'allowed' | 'used' | 'proposed'>>) =>
    pools.reduce((s, p) => ({ graded: s.graded + p.graded, allowed: s.allowed + p.allowed, used: s.used + p.used, proposed: s.proposed + p.proposed }), { graded: 0, allowed: 0, used: 0, proposed: 0 });

  it('sums the same pools as the cycle report, and its regions sum to it', async () => {
    const pools = await report(tokens.committee!);
    const res = await t.gql<{ quotaSummary: Summary }>(SUMMARY, { c: cycleId }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const s = res.data!.quotaSummary;
    expect(s.organisationId).toBe(org.QH);
    expect(s.pools).toBe(pools.length);
    expect({ graded: s.graded, allowed: s.allowed, used: s.used, proposed: s.proposed }).toEqual(total(pools));
    expect(s.regions.reduce((n, r) => n + r.pools, 0)).toBe(s.pools);
    expect(total(s.regions)).toEqual(total(pools));
    expect(s.regions.find((r) => r.organisationId === org['QH-TN'])?.organisationName).toBe('泰宁市');
  });

  it('counts every pool in exactly one standing (over, full, tight, open, none), in all and per region, as the pools themselves stand', async () => {
    const res = await t.gql<{ quotaSummary: Summary & { open: number; none: number; regions: Array<Figures & { open: number; none: number }> } }>(
      `query($c: ID!) { quotaSummary(cycleId: $c) { pools over full tight open none regions { pools over full tight open none } } }`,
      { c: cycleId },
      { token: tokens.committee },
    );
    expect(res.errors).toBeUndefined();
    const s = res.data!.quotaSummary;
    const page = await t.gql<{ quotaPoolPage: { nodes: Array<{ standing: string }> } }>(`query($c: ID!) { quotaPoolPage(cycleId: $c, first: 200) { nodes { standing } } }`, { c: cycleId }, { token: tokens.committee });
    const count = (standing: string) => page.data!.quotaPoolPage.nodes.filter((p) => p.standing === standing).length;
    expect({ over: s.over, full: s.full, tight: s.tight, open: s.open, none: s.none }).toEqual({ over: count('OVER'), full: count('FULL'), tight: count('TIGHT'), open: count('OPEN'), none: count('NONE') });
    expect(s.open).toBeGreaterThan(0);
    for (const r of [s, ...s.regions]) expect(r.over + r.full + r.tight + r.open + r.none).toBe(r.pools);
  });

  it.each([
    ['QH-TN', ['QH-TN', 'QH-TN-DJ', 'QH-TN-LS']],
    ['QH-TN-DJ', ['QH-TN-DJ']],
  ])('drilling into %s gives the pools the cycle report gives there (its units’ and the teams’ pool), by its children', async (code, units) => {
    const top = await t.gql<{ quotaSummary: Summary }>(SUMMARY, { c: cycleId }, { token: tokens.committee });
    const res = await t.gql<{ quotaSummary: Summary }>(SUMMARY, { c: cycleId, o: org[code] }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const pools = await report(tokens.committee!, org[code]);
    expect(res.data!.quotaSummary.pools).toBe(pools.length);
    expect(total(res.data!.quotaSummary.regions)).toEqual(total(pools));
    const cadrePools = pools.filter((p) => p.subject === 'CADRE');
    expect(cadrePools.every((p) => units.map((u) => org[u]).includes(p.organisationId!))).toBe(true);
    // The unit's own pools and the teams' pool sit under the organisation itself; each child's under the child.
    expect(res.data!.quotaSummary.regions.every((r) => units.map((u) => org[u]).includes(r.organisationId))).toBe(true);
    if (code === 'QH-TN') {
      const region = top.data!.quotaSummary.regions.find((r) => r.organisationId === org[code])!;
      expect(region.pools).toBe(cadrePools.length);
    }
  });

  it('pages through every pool once, the fullest first, with the total', async () => {
    const seen: Array<Pool & { standing: string }> = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 50; page++) {
      const res: GraphQLResponse<{ quotaPoolPage: PoolPage }> = await t.gql<{ quotaPoolPage: PoolPage }>(
        `query($c: ID!, $after: String) { quotaPoolPage(cycleId: $c, first: 4, after: $after) { totalCount nodes { ${POOL_FIELDS} standing regionId } pageInfo { hasNextPage endCursor } } }`,
        { c: cycleId, after },
        { token: tokens.committee },
      );
      const p: PoolPage = res.data!.quotaPoolPage;
      expect(p.nodes.length).toBeLessThanOrEqual(4);
      seen.push(...p.nodes);
      totalCount = p.totalCount;
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const pools = await report(tokens.committee!);
    expect(seen).toHaveLength(pools.length);
    expect(totalCount).toBe(pools.length);
    expect(new Set(seen.map((p) => `${p.organisationId}|${p.subject}|${p.rankLevel}`)).size).toBe(pools.length);
    const order = ['OVER', 'FULL', 'TIGHT', 'OPEN', 'NONE'];
    expect(seen.map((p) => order.indexOf(p.standing))).toEqual([...seen.map((p) => order.indexOf(p.standing))].sort((a, b) => a - b));
  });

  it('reads the pools of the units asked only, with the figures of the cycle report', async () => {
    const units = [org['QH-TN-DJ']!, org['QH-TN-LS']!];
    const res = await t.gql<{ quotaPoolsOf: Pool[] }>(`query($c: ID!, $u: [ID!]!) { quotaPoolsOf(cycleId: $c, organisationIds: $u, teams: true) { ${POOL_FIELDS} } }`, { c: cycleId, u: units }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const key = (p: Pool) => `${p.organisationId}|${p.subject}|${p.rankLevel}`;
    const expected = (await report(tokens.committee!)).filter((p) => p.subject === 'TEAM' || units.includes(p.organisationId!));
    expect(res.data!.quotaPoolsOf.map(key).sort()).toEqual(expected.map(key).sort());
    expect(total(res.data!.quotaPoolsOf)).toEqual(total(expected));
  });

  it('without the teams, reads the units’ own pools only: no part of the teams’ pool from the units’ leadership teams', async () => {
    const units = [org['QH-TN-DJ']!, org['QH-TN-LS']!];
    const res = await t.gql<{ quotaPoolsOf: Pool[] }>(`query($c: ID!, $u: [ID!]!) { quotaPoolsOf(cycleId: $c, organisationIds: $u, teams: false) { ${POOL_FIELDS} } }`, { c: cycleId, u: units }, { token: tokens.committee });
    expect(res.errors).toBeUndefined();
    const key = (p: Pool) => `${p.organisationId}|${p.subject}|${p.rankLevel}`;
    const expected = (await report(tokens.committee!)).filter((p) => p.subject !== 'TEAM' && units.includes(p.organisationId!));
    expect(res.data!.quotaPoolsOf.map(key).sort()).toEqual(expected.map(key).sort());
    expect(total(res.data!.quotaPoolsOf)).toEqual(total(expected));
  });

  it.each([
    ['orgadmin.taining', 'quotaSummary', 'QH-TN', null],
    ['orgadmin.taining', 'quotaSummary', 'QH-HF', 'FORBIDDEN'],
    ['orgadmin.taining', 'quotaPoolPage', 'QH-HF', 'FORBIDDEN'],
    ['cadre', 'quotaSummary', 'QH-TN-DJ', 'FORBIDDEN'],
    ['committee', 'quotaPoolPage(standing)', 'QH', 'VALIDATION'],
    ['committee', 'quotaPoolPage(after)', 'QH', 'VALIDATION'],
    ['committee', 'quotaPoolsOf(51)', 'QH', 'VALIDATION'],
  ])('%s asking %s of %s: %s', async (username, what, code, expected) => {
    const token = tokens[username]!;
    const queries: Record<string, [string, Record<string, unknown>]> = {
      quotaSummary: [`query($c: ID!, $o: ID) { quotaSummary(cycleId: $c, organisationId: $o) { pools } }`, { c: cycleId, o: org[code] }],
      quotaPoolPage: [`query($c: ID!, $o: ID) { quotaPoolPage(cycleId: $c, organisationId: $o, first: 5) { totalCount } }`, { c: cycleId, o: org[code] }],
      'quotaPoolPage(standing)': [`query($c: ID!) { quotaPoolPage(cycleId: $c, first: 5, standing: "HALF") { totalCount } }`, { c: cycleId }],
      'quotaPoolPage(after)': [`query($c: ID!) { quotaPoolPage(cycleId: $c, first: 5, after: "bm90IGEgY3Vyc29y") { totalCount } }`, { c: cycleId }],
      'quotaPoolsOf(51)': [`query($c: ID!, $u: [ID!]!) { quotaPoolsOf(cycleId: $c, organisationIds: $u) { graded } }`, { c: cycleId, u: Array.from({ length: 51 }, () => org['QH-TN-DJ']) }],
    };
    const [query, variables] = queries[what]!;
    const res = await t.gql(query, variables, { token });
    expect(codeOf(res) ?? null).toBe(expected);
  });
});
