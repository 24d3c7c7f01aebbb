import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, loadViewer } from '../../server/auth/auth.service.js';
import type { Viewer } from '../../server/auth/policy.js';
import { componentScores, groupAggregates, invitedCounts, resultVersions } from '../../server/grading/evaluation-inputs.js';
import { GradingService } from '../../server/grading/grading.service.js';
import { runPages, stageInputs, stageTargets, type RunRow } from '../../server/grading/run-inputs.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The grading run's staged figures (run-inputs.ts): read set-based once per
 * run, they must be those the per-assessment readers give (what a decision
 * and a re-grade read), page for page; a page ends on a whole pool (all
 * teams first, then whole organisations); and the run proposes the same,
 * field for field, whatever the size of its batches, with extremes trimmed
 * or not.
 */
let t: TestApp;
let cycleId: string;
let ids: string[];
let viewer: Viewer;

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  const orgadmin = await t.signIn('orgadmin');
  const assessor = await t.signIn('assessor');
  cycleId = await openCycleFor(t, orgadmin, 'QH');
  const all = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 ORDER BY id`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  await advanceAssessments(t, cycleId, all, ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
  ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND state = 'synthesis' ORDER BY id`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  // Invitations, tallies and component scores that differ per assessment and group (some assessments with none of a kind, as in a real
  // cycle), drawn from a hash of the assessment's id: the same on every run of the test.
  await t.dataSource.query(
    `WITH raters AS (SELECT id, row_number() OVER (ORDER BY username) AS k FROM user_account ORDER BY username LIMIT 12),
          targets AS (SELECT id, abs(hashtext(id::text)) AS h FROM assessment WHERE id = ANY($1::uuid[]))
     INSERT INTO rater_invitation (assessment_id, rater_user_id, rater_group, invited_at, voted)
     SELECT t.id, r.id, (ARRAY['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT'])[1 + (r.k + t.h) % 4], now(), true
       FROM targets t JOIN raters r ON r.k <= 3 + t.h % 9`,
    [ids],
  );
  // A sum over n ballots of a figure between 55 and 100, drawn per assessment, group and figure.
  const sum = (tag: string) => `round(c.n * (55 + (abs(hashtext(t.id::text || g.grp || '${tag}')) % 4500) / 100.0), 2)`;
  await t.dataSource.query(
    `INSERT INTO ballot_tally
     SELECT t.id, g.grp, c.n, ${['mean', 'm', 'a', 'd', 'r', 'i'].map(sum).join(', ')}, c.e, least(c.n, c.e + 1), CASE WHEN c.n > c.e + 1 THEN 1 ELSE 0 END
       FROM (SELECT id, abs(hashtext(id::text)) AS h FROM assessment WHERE id = ANY($1::uuid[])) t
       CROSS JOIN LATERAL unnest(ARRAY['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT']) WITH ORDINALITY AS g(grp, k)
       CROSS JOIN LATERAL (SELECT n, abs(hashtext(t.id::text || g.grp || 'e')) % n AS e FROM (SELECT 1 + abs(hashtext(t.id::text || g.grp)) % 9 AS n) x) c
      WHERE t.h % 7 <> 3 AND g.k <= 1 + t.h % 4`,
    [ids],
  );
  await t.dataSource.query(
    `INSERT INTO score_input (assessment_id, component, value, source, recorded_at)
     SELECT t.id, c.component, 60 + (abs(hashtext(t.id::text || c.component)) % 4000) / 100.0, 'test', now()
       FROM (SELECT id, abs(hashtext(id::text)) AS h FROM assessment WHERE id = ANY($1::uuid[])) t
       CROSS JOIN unnest(ARRAY['WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS']) WITH ORDINALITY AS c(component, k)
      WHERE (t.h + c.k) % 3 <> 0`,
    [ids],
  );
  // Scheme-computed components for some (a run's roll-up writes its own: the staged figures are compared before any run).
  await t.dataSource.query(
    `INSERT INTO indicator_rollup (assessment_id, level, key, score, weight, computed_at)
     SELECT t.id, 'COMPONENT', c.key, 50 + (abs(hashtext(t.id::text || c.key)) % 5000) / 100.0, NULL, now()
       FROM (SELECT id, abs(hashtext(id::text)) AS h FROM assessment WHERE id = ANY($1::uuid[])) t
       CROSS JOIN unnest(ARRAY['DEVELOPMENT', 'OTHER_INDICATORS', 'WORK_RESULTS']) AS c(key)
      WHERE t.h % 5 < 2`,
    [ids],
  );
  viewer = (await loadViewer(t.dataSource.manager, { tokenHash: hashToken(assessor), now: t.clock.now() }))!;
});
afterAll(() => t?.close());

const byGroup = <T extends { assessment_id: string; rater_group: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.assessment_id}${a.rater_group}`.localeCompare(`${b.assessment_id}${b.rater_group}`));
const byComponent = <T extends { assessment_id: string; component: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.assessment_id}${a.component}`.localeCompare(`${b.assessment_id}${b.component}`));

describe('the staged figures of a grading run', () => {
  it.each([1, 3, 2500])('in pages of about %i: every assessment once, teams first, whole pools, the figures the per-assessment readers give', async (size) => {
    // The province: teams and members of many organisations, so that small pages cross many pools.
    const kinds = (await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE kind = 'TEAM_ANNUAL')::int AS teams, count(DISTINCT organisation_id) FILTER (WHERE kind <> 'TEAM_ANNUAL')::int AS units
         FROM assessment WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as [{ teams: number; units: number }];
    expect(kinds[0].teams).toBeGreaterThan(3);
    expect(kinds[0].units).toBeGreaterThan(3);
    await t.dataSource.transaction(async (m) => {
      const total = await stageTargets(m, cycleId, ['%']);
      expect(total).toBe(ids.length);
      await stageInputs(m, false, t.clock.now());
      const pages: RunRow[][] = [];
      let schemed = 0;
      for await (const { rows, inputs } of runPages(m, size, false)) {
        pages.push(rows);
        const own = rows.map((r) => r.id);
        // The same figures as the readers of one batch by its ids (a decision's and a re-grade's), the dimensions' averages aside.
        const expected = (await groupAggregates(m, own, false)).map(({ morality: _m, ability: _a, diligence: _d, results: _r, integrity: _i, ...rest }) => rest);
        expect(byGroup(inputs.aggregates!)).toEqual(byGroup(expected));
        // The invitations in all (the run stores the summary), none counted as 0.
        const invited = await invitedCounts(m, own);
        expect(inputs.invited).toEqual(new Map(own.map((id) => [id, Object.values(invited.get(id) ?? {}).reduce((a, b) => a + b, 0)])));
        const { scores, schemeScores } = await componentScores(m, own);
        schemed += schemeScores.length;
        expect(byComponent(inputs.scores)).toEqual(byComponent(scores));
        expect(byComponent(inputs.schemeScores)).toEqual(byComponent(schemeScores));
        expect(inputs.versions).toEqual(await resultVersions(m, own));
      }
      expect(schemed).toBeGreaterThan(0);
      const flat = pages.flat();
      expect(flat.map((r) => r.id).sort()).toEqual(ids);
      // Teams first; then no organisation's members split over two pages.
      const firstMember = flat.findIndex((r) => r.kind !== 'TEAM_ANNUAL');
      expect(flat.slice(firstMember).every((r) => r.kind !== 'TEAM_ANNUAL')).toBe(true);
      const pageOf = new Map<string, Set<number>>();
      pages.forEach((rows, n) => rows.forEach((r) => pageOf.set(r.kind === 'TEAM_ANNUAL' ? 'TEAM' : r.organisation_id, (pageOf.get(r.kind === 'TEAM_ANNUAL' ? 'TEAM' : r.organisation_id) ?? new Set()).add(n))));
      expect([...pageOf.values()].every((set) => set.size === 1)).toBe(true);
      if (size === 1) expect(pages.length).toBe(pageOf.size);
      // A trimmed cycle's figures come from the ballots, per batch: none is staged.
      await m.query(`DROP TABLE grading_input`);
      await stageInputs(m, true, t.clock.now());
      for await (const { inputs } of runPages(m, size, true)) expect(inputs.aggregates).toBeUndefined();
    });
  });
});

describe('a grading run in batches of any size', () => {
  const stored = async (version: number) =>
    (await t.dataSource.query(
      `SELECT assessment_id, grade, score, components, gates, flags, quota, evaluation FROM grading_result WHERE version = $1 AND assessment_id = ANY($2::uuid[]) ORDER BY assessment_id`,
      [version, ids],
    )) as unknown[];

  it.each([false, true])('proposes the same, field for field, in batches of 1, 4 and 2,500 (extremes trimmed: %s)', async (trim) => {
    await t.dataSource.query(`UPDATE assessment_cycle SET settings = jsonb_set(settings, '{democraticEvaluation,trimExtremes}', $2::jsonb) WHERE id = $1`, [cycleId, JSON.stringify(trim)]);
    const versions = async () => ((await t.dataSource.query(`SELECT coalesce(max(version), 0)::int AS v FROM grading_result WHERE assessment_id = ANY($1::uuid[])`, [ids])) as [{ v: number }])[0].v;
    // A first run, so each run compared reads the same stored results (a run reads the latest composite as a fact).
    await new GradingService(t.dataSource, () => t.clock.now()).gradeCycle(viewer, cycleId);
    const runs: unknown[][] = [];
    for (const size of [1, 4, 2500]) {
      const run = await new GradingService(t.dataSource, () => t.clock.now(), size).gradeCycle(viewer, cycleId);
      expect(run.graded).toBe(ids.length);
      runs.push(await stored(await versions()));
    }
    expect(runs[0]!.length).toBe(ids.length);
    // Figures that tell the assessments apart: more than one grade proposed.
    expect(new Set((runs[0] as Array<{ grade: string }>).map((r) => r.grade)).size).toBeGreaterThan(1);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});

describe('a grading run whose insert fails in a later batch', () => {
  it.each([
    ['the first member of the grading order (a middle batch: the next batch is read meanwhile)', `a.kind = 'TEAM_ANNUAL', a.organisation_id, a.id`],
    ['the last of the grading order (the insert waited for as the run ends)', `a.kind <> 'TEAM_ANNUAL' DESC, a.organisation_id DESC, a.id DESC`],
  ])('refused for %s: ends with that failure, writes nothing, and leaves no statement running on its connections', async (_, order) => {
    const count = async () => ((await t.dataSource.query(`SELECT count(*)::int AS n FROM grading_result WHERE assessment_id = ANY($1::uuid[])`, [ids])) as [{ n: number }])[0].n;
    const before = await count();
    // One assessment is refused by a trigger of this test: its batch's insert fails after earlier batches' inserts were sent, each in flight
    // while the engine graded the next batch.
    const [{ id: last }] = (await t.dataSource.query(`SELECT a.id FROM assessment a WHERE a.id = ANY($1::uuid[]) ORDER BY ${order} LIMIT 1`, [ids])) as [{ id: string }];
    await t.dataSource.query(`CREATE FUNCTION test_refuse_result() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.assessment_id = '${last}' THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'P0001'; END IF; RETURN NEW; END $$`);
    await t.dataSource.query(`CREATE TRIGGER test_refuse_result BEFORE INSERT ON grading_result FOR EACH ROW EXECUTE FUNCTION test_refuse_result()`);
    try {
      const batches: number[] = [];
      const run = new GradingService(t.dataSource, () => t.clock.now(), 3).gradeCycle(viewer, cycleId, (phase, done) => {
        if (phase === 'GRADING') batches.push(done);
      });
      await expect(run).rejects.toThrow(/refused by the test/);
      expect(batches.length).toBeGreaterThan(1);
      expect(await count()).toBe(before);
      // Nothing of the run goes on after it ended: no other session of this database runs a statement or holds a transaction open.
      const busy = (await t.dataSource.query(
        `SELECT state, query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
      )) as unknown[];
      expect(busy).toEqual([]);
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_refuse_result ON grading_result`);
      await t.dataSource.query(`DROP FUNCTION test_refuse_result()`);
    }
    // A run after it grades them all.
    const again = await new GradingService(t.dataSource, () => t.clock.now(), 3).gradeCycle(viewer, cycleId);
    expect(again.graded).toBe(ids.length);
    expect(await count()).toBe(before + ids.length);
  });
});
