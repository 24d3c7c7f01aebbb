/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly, settle } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'quota-drill';

/**
 * The excellent quota of a province-sized cycle on its dashboard: 255 pools
 * more than the demo's (85 units under 5 cities × 3 rank levels, 10 cadres
 * each, so each allows 2 EXCELLENT), a quarter over the quota, a quarter used
 * up, a quarter tight, the rest with places left. Written in SQL (a few
 * statements), then read as the organisation department reads it: counts at
 * the top, a region opened to its counties and a county to its pools, the
 * pools over the quota a page at a time.
 */
describe.runIf(browserCheck.run)('the quota drill-down in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    const orgadmin = await t.signIn('orgadmin');
    cycleId = await openCycleFor(t, orgadmin, 'QH');
    const [root] = (await t.dataSource.query(`SELECT id, path FROM organisation WHERE code = 'QH'`)) as Array<{ id: string; path: string }>;
    await t.dataSource.query(
      `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth)
       SELECT id, $1, 'QH-Z' || n, '展示市' || n, 'CITY', 'CITY_STRONG_ECONOMY', $2 || id || '/', 1 FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 5) n) g`,
      [root!.id, root!.path],
    );
    await t.dataSource.query(
      `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth)
       SELECT id, c.parent, c.code || '-' || k, c.name || '第' || k || '县', 'COUNTY', 'COUNTY_DISTRICT', c.path || id || '/', 2
         FROM (SELECT gen_random_uuid() AS id, o.id AS parent, o.code, o.name, o.path, k FROM organisation o CROSS JOIN generate_series(1, 16) k WHERE o.code LIKE 'QH-Z%' AND o.kind = 'CITY') c`,
    );
    // 85 units (5 cities, 80 counties) numbered i = 0…84; in each, 10 cadres of each of 3 rank levels r.
    await t.dataSource.query(
      `WITH units AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM organisation WHERE code LIKE 'QH-Z%')
       INSERT INTO cadre (organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, took_post_on)
       SELECT u.id, 'QHZ' || u.i || '-' || r || '-' || j, '展示干部' || u.i || '-' || r || '-' || j, 'MALE', date '1975-01-01', '干部',
              (ARRAY['DIVISION_PRINCIPAL', 'DIVISION_DEPUTY', 'SECTION_PRINCIPAL'])[r + 1], 'PRINCIPAL', date '2020-01-01'
         FROM units u CROSS JOIN generate_series(0, 2) r CROSS JOIN generate_series(0, 9) j`,
    );
    // Their assessments, cloned from one of the cycle's: by (i + r) mod 4 the pool is OVER (3 decided), FULL (2), TIGHT (1 decided, 2 proposed) or OPEN (1 proposed).
    // Every column but the generated ones (standing_result is kept by PostgreSQL).
    const columns = ((await t.dataSource.query(
      `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS list FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'assessment' AND is_generated = 'NEVER'`,
    )) as Array<{ list: string }>)[0]!.list;
    await t.dataSource.query(
      `WITH tpl AS (SELECT * FROM assessment WHERE cycle_id = $1 AND kind = 'CADRE_ANNUAL' LIMIT 1),
            units AS (SELECT id, path, row_number() OVER (ORDER BY code) - 1 AS i FROM organisation WHERE code LIKE 'QH-Z%'),
            people AS (SELECT c.id, c.organisation_id, c.rank_level, u.path, (u.i + split_part(c.person_no, '-', 2)::int) % 4 AS kind, split_part(c.person_no, '-', 3)::int AS j
                         FROM cadre c JOIN units u ON u.id = c.organisation_id)
       INSERT INTO assessment (${columns})
       SELECT ${columns} FROM (SELECT (jsonb_populate_record(null::assessment, to_jsonb(tpl) || jsonb_build_object(
                'id', gen_random_uuid(), 'cadre_id', p.id, 'organisation_id', p.organisation_id, 'org_path', p.path, 'rank_level', p.rank_level, 'overlay', 'NONE',
                'state', CASE WHEN (p.kind = 2 AND p.j BETWEEN 1 AND 2) OR (p.kind = 3 AND p.j = 0) THEN 'committeeReview' ELSE tpl.state END,
                'proposed_grade', CASE WHEN (p.kind = 2 AND p.j BETWEEN 1 AND 2) OR (p.kind = 3 AND p.j = 0) THEN 'EXCELLENT' END,
                'snapshot', CASE WHEN p.j < (ARRAY[3, 2, 1, 0])[p.kind + 1] THEN jsonb_set(tpl.snapshot, '{context,decision}', '{"grade": "EXCELLENT"}') ELSE tpl.snapshot END))).*
         FROM people p CROSS JOIN tpl) cloned`,
      [cycleId],
    );
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(SUITE, name), fullPage: true });

  it('counts at the top, a region opened down to a county’s pools, the pools over the quota a page at a time', async () => {
    const page = await signInAs(browser, t.url, 'orgadmin', { height: 1000 });
    await page.goto(`${t.url}/cycles/${cycleId}?tab=dashboard`);
    const drill = page.getByTestId('quota-drill');
    await drill.getByTestId('quota-tile-over').waitFor();
    await settle(page);
    // (i + r) mod 4 over i = 0…84, r = 0…2: 64 pools each over, used up and tight; the demo's own pools have no decision yet.
    expect(await drill.getByTestId('quota-tile-over').textContent()).toBe('64超出名额');
    expect(await drill.getByTestId('quota-tile-full').textContent()).toBe('64名额已满');
    expect(await drill.getByTestId('quota-tile-tight').textContent()).toBe('64名额紧张');
    expect(await page.locator('.el-skeleton').count()).toBe(0);
    // Fullest first: the first page is all over the quota, 24 of them.
    const list = drill.getByTestId('quota-pool-list');
    expect(await list.getByTestId('quota-meter').count()).toBe(24);
    expect(await list.locator('[data-status="over"]').count()).toBe(24);
    await shot(page, '01-summary');
    await expectWordsOnly(page);
    await expectAccessible(page, 'quota drill-down');

    // A city (region) opens to its own pools and its 16 counties; a county opens straight to its 3 pools.
    const city = drill.getByTestId('quota-regions').getByTestId('quota-node-0').filter({ hasText: '展示市2' }).first();
    expect(await city.locator('.node__row').first().textContent()).toContain('共 51 个名额池');
    await city.getByTestId('quota-node-toggle').first().click();
    await city.getByTestId('quota-node-1').nth(16).waitFor();
    expect(await city.getByTestId('quota-node-1').count()).toBe(17);
    const county = city.getByTestId('quota-node-1').filter({ hasText: /展示市2第1县(?!\d)/ }).first();
    await county.getByTestId('quota-node-toggle').click();
    await county.getByTestId('quota-meter').nth(2).waitFor();
    expect(await county.getByTestId('quota-meter').count()).toBe(3);
    expect(await county.getByTestId('quota-node-toggle').getAttribute('aria-expanded')).toBe('true');
    await shot(page, '02-region-opened');
    await expectAccessible(page, 'quota drill-down, a region opened');

    // The pools over the quota only, a page at a time.
    await drill.getByTestId('quota-tile-over').click();
    await drill.getByTestId('quota-page-range').filter({ hasText: '共 64 个' }).waitFor();
    expect(await drill.getByTestId('quota-page-range').textContent()).toBe('第 1–24 个，共 64 个');
    await drill.getByTestId('quota-page-next').click();
    await drill.getByTestId('quota-page-range').filter({ hasText: '第 25–48 个' }).waitFor();
    await drill.getByTestId('quota-page-next').click();
    await drill.getByTestId('quota-page-range').filter({ hasText: '第 49–64 个' }).waitFor();
    expect(await list.getByTestId('quota-meter').count()).toBe(16);
    expect(await list.locator('[data-status="over"]').count()).toBe(16);
    expect(await drill.getByTestId('quota-page-next').isDisabled()).toBe(true);
    await shot(page, '03-over-last-page');
    await expectWordsOnly(page);
    await page.context().close();
  });
});
