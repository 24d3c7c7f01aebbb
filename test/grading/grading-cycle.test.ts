import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COLUMNS, deriveAssessmentColumns } from '../../server/assessments/assessment.service.js';
import type { CycleDeadlines } from '../../server/cycles/cycle.entity.js';
import { applyBulkTransition } from '../../server/workflow/transition.js';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { aggregateBallots, type Ballot, type OverallVote } from '../../workflows/grading/ballots.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One county's cycle from ballots and imported indicator data to committee
 * approval: the engine proposes with explanations, and approving one
 * EXCELLENT over the quota is refused with a coded error.
 */
let t: TestApp;
const tokens: Record<string, string> = {};
let cycleId: string;
let cadres: Array<{ assessmentId: string; cadreId: string; rank: string; personNo: string }>;
const raters: Array<{ id: string; token: string }> = [];
let bumpedId: string;
let ungradedOne: { assessmentId: string; cadreId: string; rank: string; personNo: string };

const SYSTEM = { userId: null, role: 'SYSTEM' };

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'sysadmin', 'cadre']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
  cadres = (await t.dataSource.query(
    `SELECT a.id AS "assessmentId", c.id AS "cadreId", c.rank_level AS rank, c.person_no AS "personNo" FROM assessment a JOIN cadre c ON c.id = a.cadre_id
      WHERE a.cycle_id = $1 ORDER BY c.person_no`,
    [cycleId],
  )) as typeof cadres;
  // The self-report steps are covered elsewhere: move everyone to the evaluation as the system would.
  const [{ deadlines }] = (await t.dataSource.query(`SELECT deadlines FROM assessment_cycle WHERE id = $1`, [cycleId])) as [{ deadlines: CycleDeadlines }];
  const ids = ((await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId])) as Array<{ id: string }>).map((r) => r.id);
  const at = t.clock.now().toISOString();
  for (const type of ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']) {
    await t.dataSource.transaction((m) => applyBulkTransition(m, 'assessment', ids, () => ({ type, at }), SYSTEM, { derive: deriveAssessmentColumns(deadlines), deriveColumns: ASSESSMENT_COLUMNS }));
  }
  const [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as Array<{ id: string }>;
  for (let i = 0; i < 8; i++) {
    const created = await t.gql<{ createUser: { id: string } }>(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: `rater.dj.${i}`, displayName: `测评人${i}`, password: 'rater-password-2026' },
    }, { token: tokens.sysadmin });
    const id = created.data!.createUser.id;
    await t.gql(`mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: RATER, organisationId: $o }) { id } }`, { u: id, o: county!.id }, { token: tokens.sysadmin });
    raters.push({ id, token: await t.signIn(`rater.dj.${i}`, 'rater-password-2026') });
  }
});
afterAll(() => t?.close());

const GROUPS = ['SUPERIOR', 'SUPERIOR', 'PEER', 'PEER', 'PEER', 'PEER', 'PEER', 'SUBORDINATE'] as const;

describe('grading a unit: ballots, indicator data, the engine, the committee', () => {
  it('only invited RATER users may vote, once each, never on their own assessment', async () => {
    const [first] = cadres;
    const res = await t.gql(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
      input: { assessmentId: first!.assessmentId, raters: [{ userId: (await t.gql<{ me: { userId: string } }>(`{ me { userId } }`, {}, { token: tokens.cadre })).data!.me.userId, group: 'PEER' }] },
    }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION'); // the demo cadre holds no RATER role
    const uninvited = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
      input: { assessmentId: first!.assessmentId, overall: 'EXCELLENT', scores: { morality: 90, ability: 90, diligence: 90, results: 90, integrity: 90 } },
    }, { token: raters[0]!.token });
    expect(codeOf(uninvited)).toBe('FORBIDDEN');
  });

  it('the assessment team invites eight raters per cadre; they vote; a second vote is refused', async () => {
    for (const c of cadres) {
      const res = await t.gql<{ inviteRaters: number }>(`mutation($input: InviteRatersInput!) { inviteRaters(input: $input) }`, {
        input: { assessmentId: c.assessmentId, raters: raters.map((r, i) => ({ userId: r.id, group: GROUPS[i] })) },
      }, { token: tokens.assessor });
      expect(res.data!.inviteRaters).toBe(8);
    }
    const sectionPool = cadres.filter((c) => c.rank === 'SECTION_PRINCIPAL');
    const stars = new Set(sectionPool.slice(0, 3).map((c) => c.assessmentId));
    for (const c of cadres) {
      for (const [i, r] of raters.entries()) {
        const star = stars.has(c.assessmentId);
        const score = star ? 94 + (i % 3) : 80 + (i % 5);
        const overall: OverallVote = star ? 'EXCELLENT' : 'COMPETENT';
        const res = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
          input: { assessmentId: c.assessmentId, overall, scores: { morality: score, ability: score, diligence: score, results: score, integrity: score } },
        }, { token: r.token });
        expect(res.errors).toBeUndefined();
      }
    }
    const again = await t.gql(`mutation($input: CastBallotInput!) { castBallot(input: $input) }`, {
      input: { assessmentId: cadres[0]!.assessmentId, overall: 'EXCELLENT', scores: { morality: 1, ability: 1, diligence: 1, results: 1, integrity: 1 } },
    }, { token: raters[0]!.token });
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('nobody can see how a named rater voted: ballots keep no rater and no time, the trail says only that they voted', async () => {
    const columns = ((await t.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot'`)) as Array<{ column_name: string }>).map((c) => c.column_name);
    expect(columns.sort()).toEqual(['ability', 'assessment_id', 'cast_on', 'diligence', 'id', 'integrity', 'morality', 'overall', 'rater_group', 'results']);
    const trail: Array<{ payload: object }> = await t.dataSource.query(`SELECT payload FROM audit_log WHERE action = 'BALLOT_CAST' LIMIT 5`);
    for (const row of trail) expect(Object.keys(row.payload)).toEqual(['assessmentId']);
  });

  it('while the ballots are open the evaluation is the turnout only: no score, no group figure, no vote share', async () => {
    const res = await t.gql<{ assessment: { evaluation: { sealed: boolean; turnoutPercent: number; score: null; votes: null; groups: Array<{ group: string; shown: boolean; score: number | null }> } } }>(
      `query($id: ID!) { assessment(id: $id) { evaluation } }`,
      { id: cadres[0]!.assessmentId },
      { token: tokens.orgadmin },
    );
    const ev = res.data!.assessment.evaluation;
    expect(ev).toMatchObject({ sealed: true, turnoutPercent: 100, score: null, votes: null });
    expect(ev.groups.map((g) => [g.group, g.shown, g.score])).toEqual([['SUPERIOR', false, null], ['PEER', false, null], ['SUBORDINATE', false, null]]);
  });

  it('an indicator sheet with bad rows is refused line by line and imports nothing; a good one imports every row', async () => {
    const bad = ['assessmentId,component,value,source', `${cadres[0]!.assessmentId},WORK_RESULTS,92,统计局`, `${cadres[1]!.assessmentId},GDP,80,统计局`, `not-an-id,WORK_RESULTS,101,`].join('\n');
    const res = await t.gql(`mutation($csv: String!) { importScores(csv: $csv) }`, { csv: bad }, { token: tokens.assessor });
    expect(codeOf(res)).toBe('VALIDATION');
    expect(res.errors![0]!.extensions!.fields).toEqual([
      { field: 'line 3', messages: ['component must be one of WORK_RESULTS, DEVELOPMENT, PUBLIC_SURVEY, OTHER_INDICATORS'] },
      { field: 'line 4', messages: ['no such assessment', 'value must be a number from 0 to 100', 'a data source is required'] },
    ]);
    expect(((await t.dataSource.query(`SELECT count(*)::int AS n FROM score_input`)) as [{ n: number }])[0].n).toBe(0);
    const stars = new Set(cadres.filter((c) => c.rank === 'SECTION_PRINCIPAL').slice(0, 3).map((c) => c.assessmentId));
    const good = cadres.map((c) => `${c.assessmentId},WORK_RESULTS,${stars.has(c.assessmentId) ? 95 : 85},区统计局2025年报`).join('\n');
    const ok = await t.gql<{ importScores: number }>(`mutation($csv: String!) { importScores(csv: $csv) }`, { csv: good }, { token: tokens.assessor });
    expect(ok.data!.importScores).toBe(cadres.length);
  });

  it('political review, a penalty; then the ballots close and the engine proposes with explanations', async () => {
    const sectionPool = cadres.filter((c) => c.rank === 'SECTION_PRINCIPAL');
    const [, , , fourth] = sectionPool;
    await t.gql(`mutation($input: PoliticalReviewInput!) { recordPoliticalReview(input: $input) }`, { input: { assessmentId: fourth!.assessmentId, rating: 'AVERAGE', note: '政治敏锐性有待提高' } }, { token: tokens.orgadmin });
    await t.gql(`mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: cadres.at(-1)!.cadreId, kind: 'PARTY_WARNING', decidedOn: '2025-08-01', note: '党内警告' } }, { token: tokens.discipline });
    // A serious warning makes the year UNGRADED (the penalty matrix), with no overlay on the assessment.
    ungradedOne = cadres.filter((c) => c.rank !== 'SECTION_PRINCIPAL' && c !== cadres.at(-1)).at(-1)!;
    const serious = await t.gql(`mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: ungradedOne.cadreId, kind: 'SERIOUS_PARTY_WARNING', decidedOn: '2025-09-01', note: '党内严重警告' } }, { token: tokens.discipline });
    expect(serious.errors).toBeUndefined();
    for (const c of cadres) {
      await act(t, tokens.assessor!, 'closeBallots', { assessmentId: c.assessmentId });
      await act(t, tokens.assessor!, 'completeEvaluation', { assessmentId: c.assessmentId });
    }
    const run = await t.gql<{ gradeCycle: { graded: number; byGrade: Array<{ grade: string; count: number }> } }>(`mutation($c: ID!) { gradeCycle(cycleId: $c) { graded byGrade { grade count } millis } }`, { c: cycleId }, { token: tokens.assessor });
    expect(run.errors).toBeUndefined();
    expect(run.data!.gradeCycle.graded).toBe(cadres.length);

    type Explained = { gradingResult: { grade: string; score: number; gates: Array<{ code: string }>; quota: { allowed: number; candidates: number; rank: number } | null; components: Array<{ key: string; weight: number; value: number | null }> } };
    const explain = async (id: string) => (await t.gql<{ assessment: Explained }>(`query($id: ID!) { assessment(id: $id) { gradingResult { grade score gates { code } quota components { key weight value } } } }`, { id }, { token: tokens.committee })).data!.assessment.gradingResult;
    // Three equal candidates for two places: the documented tie-break ends on the id, so exactly one is moved down.
    const stars = await Promise.all(sectionPool.slice(0, 3).map(async (c) => ({ c, r: await explain(c.assessmentId) })));
    expect(stars.map((s) => s.r.quota)).toEqual(expect.arrayContaining([expect.objectContaining({ allowed: 2, candidates: 3 })]));
    const moved = stars.filter((s) => s.r.grade === 'COMPETENT');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.r).toMatchObject({ quota: { rank: 3 } });
    expect(moved[0]!.r.gates.map((g) => g.code)).toEqual(['QUOTA']);
    expect(moved[0]!.r.components.map((c) => [c.key, c.weight])).toEqual([['REGULAR', 30], ['WORK_RESULTS', 49], ['ABILITIES', 21]]);
    bumpedId = moved[0]!.c.assessmentId;
    expect(stars.filter((s) => s.r.grade === 'EXCELLENT')).toHaveLength(2);
    expect((await explain(fourth!.assessmentId)).gates.map((g) => g.code)).toContain('POLITICAL_REVIEW_LOW');
    expect((await explain(cadres.at(-1)!.assessmentId)).gates.map((g) => g.code)).toContain('PENALTY_NO_EXCELLENT');
    const ungraded = await explain(ungradedOne.assessmentId);
    expect(ungraded.grade).toBe('UNGRADED');
    expect(ungraded.gates.map((g) => g.code)).toContain('PENALTY_UNGRADED');
  });

  it('after the close the evaluation hides groups below the anonymity minimum and matches the reference aggregation', async () => {
    const c = cadres[0]!;
    const res = await t.gql<{ assessment: { evaluation: { valid: boolean; turnoutPercent: number; score: number; groups: Array<{ group: string; shown: boolean; score: number | null }> } } }>(
      `query($id: ID!) { assessment(id: $id) { evaluation } }`,
      { id: c.assessmentId },
      { token: tokens.orgadmin },
    );
    const ev = res.data!.assessment.evaluation;
    expect(ev).toMatchObject({ valid: true, turnoutPercent: 100 });
    expect(ev.groups.map((g) => [g.group, g.shown])).toEqual([['SUPERIOR', false], ['PEER', true], ['SUBORDINATE', false]]);
    expect(ev.groups.find((g) => g.group === 'SUPERIOR')!.score).toBeNull();
    const raw: Array<{ rater_group: Ballot['group']; morality: string; ability: string; diligence: string; results: string; integrity: string; overall: OverallVote }> = await t.dataSource.query(
      `SELECT rater_group, morality, ability, diligence, results, integrity, overall FROM ballot WHERE assessment_id = $1`,
      [c.assessmentId],
    );
    const reference = aggregateBallots(
      raw.map((b) => ({ group: b.rater_group, overall: b.overall, scores: { MORALITY: +b.morality, ABILITY: +b.ability, DILIGENCE: +b.diligence, RESULTS: +b.results, INTEGRITY: +b.integrity } })),
      { SUPERIOR: 2, PEER: 5, SUBORDINATE: 1 },
      DEFAULT_RULE_SETTINGS,
    );
    expect(ev.score).toBe(reference.score);
  });

  it('the team proposes what the engine suggests; neither the team nor the committee can add one EXCELLENT over the quota', async () => {
    const sectionPool = cadres.filter((c) => c.rank === 'SECTION_PRINCIPAL');
    const suggestionOf = async (id: string) =>
      (await t.gql<{ assessment: { gradingResult: { grade: string } } }>(`query($id: ID!) { assessment(id: $id) { gradingResult { grade } } }`, { id }, { token: tokens.assessor })).data!.assessment.gradingResult.grade;
    for (const c of cadres.filter((c) => c.assessmentId !== bumpedId)) {
      await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: c.assessmentId, grade: await suggestionOf(c.assessmentId), comment: '综合研判提出等次建议。' });
    }
    // The assessment team insists on EXCELLENT for the third candidate: the standing proposals already fill the quota.
    const insisted = await t.gql(`mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id } }`, { input: { assessmentId: bumpedId, grade: 'EXCELLENT', comment: '综合研判提出等次建议。' } }, { token: tokens.assessor });
    expect(codeOf(insisted)).toBe('QUOTA_EXCEEDED');
    expect(insisted.errors![0]!.message).toMatch(/quota of this pool is used up: 2 of 2/);
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: bumpedId, grade: await suggestionOf(bumpedId), comment: '综合研判提出等次建议。' });
    for (const c of sectionPool.slice(0, 3).filter((c) => c.assessmentId !== bumpedId)) await act(t, tokens.committee!, 'approveGrade', { assessmentId: c.assessmentId, collective: unanimous });
    const over = await t.gql(`mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id } }`, { input: { assessmentId: bumpedId, grade: 'EXCELLENT', reason: '实绩突出', collective: unanimous } }, { token: tokens.committee });
    expect(codeOf(over)).toBe('QUOTA_EXCEEDED');
    expect(over.errors![0]!.message).toMatch(/quota of this pool is used up: 2 of 2/);
    // The engine's UNGRADED (a serious warning) is proposed and decided as such, though the assessment carries no overlay.
    const decided = await act(t, tokens.committee!, 'approveGrade', { assessmentId: ungradedOne.assessmentId, collective: unanimous });
    expect(decided).toMatchObject({ state: 'decided', finalGrade: 'UNGRADED', overlay: 'NONE' });
  });

  it('grading runs are versioned: a second run adds a version and overwrites nothing', async () => {
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM grading_result`)) as [{ n: number }];
    await expect(t.dataSource.query(`UPDATE grading_result SET grade = 'EXCELLENT'`)).rejects.toThrow(/append-only/);
    expect(n).toBe(cadres.length);
  });
});
