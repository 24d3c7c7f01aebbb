import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * `Assessment.reviewWindow`: the cadre's page asks the server whether a
 * review (复核, 30 days) or a direct appeal (申诉, 30 days) may be asked and
 * until which day, counted from the written notice with the cycle's settings.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let mine: string;
const WINDOW = `reviewWindow { noticeOn today reviewable reviewableGrades reviewLastDay directAppealLastDay reviewRequestDays directAppealDays openCaseId availableRoutes }`;

async function windowOf(token: string) {
  const res = await t.gql<{ assessment: { reviewWindow: Record<string, unknown> | null; reviewCases: Array<{ id: string; state: string }> } }>(
    `query($id: ID!) { assessment(id: $id) { ${WINDOW} reviewCases { id state } } }`,
    { id: mine },
    { token },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.assessment;
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'cadre']) tokens[u] = await t.signIn(u);
  const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  const [{ id }] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycleId])) as [{ id: string }];
  mine = id;
  t.clock.set(at('2026-02-20T09:00:00'));
  expect((await windowOf(tokens.cadre!)).reviewWindow).toBeNull();
  t.clock.set(at('2026-03-02T10:00:00'));
  await decideAndNotify(t, tokens as { assessor: string; committee: string; orgadmin: string }, cycleId, [mine], 'INCOMPETENT');
});
afterAll(() => t?.close());

describe('the review window of a result notified in writing', () => {
  it('is null before the written notice, then runs 30 days from it: the last days are named', async () => {
    t.clock.set(at('2026-03-10T09:00:00'));
    expect((await windowOf(tokens.cadre!)).reviewWindow).toEqual({
      noticeOn: '2026-03-02',
      today: '2026-03-10',
      reviewable: true,
      reviewableGrades: ['INCOMPETENT'],
      reviewLastDay: '2026-04-01',
      directAppealLastDay: '2026-04-01',
      reviewRequestDays: 30,
      directAppealDays: 30,
      openCaseId: null,
      availableRoutes: ['REVIEW', 'DIRECT_APPEAL'],
    });
  });

  it('offers nothing to anyone but the assessed', async () => {
    const w = (await windowOf(tokens.orgadmin!)).reviewWindow!;
    expect(w.availableRoutes).toEqual([]);
    expect(w.reviewLastDay).toBe('2026-04-01');
  });

  it.each([
    ['2026-04-01T23:30:00', ['REVIEW', 'DIRECT_APPEAL']],
    ['2026-04-02T00:10:00', []],
  ])('on %s (Beijing) the routes offered are %j', async (when, routes) => {
    t.clock.set(at(when));
    expect((await windowOf(tokens.cadre!)).reviewWindow!.availableRoutes).toEqual(routes);
  });

  it('once a review is open the window names the case and offers no second request', async () => {
    t.clock.set(at('2026-03-20T09:00:00'));
    const res = await t.gql<{ requestReview: { id: string } }>(`mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, {
      input: { assessmentId: mine, route: 'REVIEW', grounds: '年度重点任务均已完成，评为不称职与事实不符。' },
    }, { token: tokens.cadre });
    expect(res.errors).toBeUndefined();
    const after = await windowOf(tokens.cadre!);
    expect(after.reviewWindow).toMatchObject({ openCaseId: res.data!.requestReview.id, availableRoutes: [] });
    expect(after.reviewCases).toEqual([{ id: res.data!.requestReview.id, state: 'reviewPending' }]);
  });
});
