import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { act, openCycleFor, unanimous } from '../support/lifecycle.js';
import { codeOf, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * Results that cannot be bent (docs/domain.md §5): a fact is recorded through
 * the public API as the people who hold it would record it, then every path
 * that sets a grade is tried — the assessment team's proposal, the
 * committee's approval and its change, a review's correction — and each
 * refuses the grade the gate forbids, naming the gate, while the grade the
 * gate allows goes through. One cycle over 泰宁市 and its two districts for
 * the 2025 year, decided in January 2026.
 */

let t: TestApp;
const tokens: Record<string, string> = {};
const at = (iso: string) => new Date(`${iso}+08:00`);
let cycleId: string;
type Subject = { assessmentId: string; cadreId: string; org: string; rank: string };
/** Assessments of cadres with nothing on their record, by unit and rank level; each test takes its own. */
let clean: Subject[] = [];
const taken = new Set<string>();
function take(where: (s: Subject) => boolean): Subject {
  const s = clean.find((c) => !taken.has(c.assessmentId) && where(c));
  if (!s) throw new Error('no clean cadre left for this test');
  taken.add(s.assessmentId);
  return s;
}

async function gql<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await t.gql<T>(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const PROPOSE = `mutation($input: ProposeGradeInput!) { proposeGrade(input: $input) { id state proposedGrade } }`;
const CHANGE = `mutation($input: ChangeGradeInput!) { changeGrade(input: $input) { id state finalGrade } }`;
const APPROVE = `mutation($input: ApproveGradeInput!) { approveGrade(input: $input) { id state finalGrade } }`;
const propose = (s: Subject, grade: string) => t.gql(PROPOSE, { input: { assessmentId: s.assessmentId, grade, comment: '综合研判，提出等次建议。' } }, { token: tokens.assessor });
const change = (s: Subject, grade: string) =>
  t.gql(CHANGE, { input: { assessmentId: s.assessmentId, grade, reason: '经党委集体研究调整等次。', collective: unanimous } }, { token: tokens.committee });
const approve = (s: Subject) => t.gql<{ approveGrade: { state: string; finalGrade: string | null } }>(APPROVE, { input: { assessmentId: s.assessmentId, collective: unanimous } }, { token: tokens.committee });

type Refusal = { gate: string; facts: Record<string, unknown> };
type RefusalExtensions = { code: string; rule: string; refusals: Refusal[]; grade: string; path: string; allowedGrades: string[] };
/** The refusal of a grade: the coded error, the gate named first and among the refusals. */
function expectRefused(res: GraphQLResponse<unknown>, gate: string, code = 'GRADE_REFUSED'): RefusalExtensions {
  expect(res.errors, `expected a refusal naming ${gate}`).toBeDefined();
  const ext = res.errors![0]!.extensions as unknown as RefusalExtensions;
  expect(ext.code).toBe(code);
  expect(ext.refusals.map((r) => r.gate)).toContain(gate);
  expect(ext.rule).toBe(gate);
  return ext;
}

async function recordPoliticalReview(s: Subject, rating: string, veto: boolean) {
  await gql(tokens.orgadmin, `mutation($input: PoliticalReviewInput!) { recordPoliticalReview(input: $input) }`, {
    input: { assessmentId: s.assessmentId, rating, veto, note: veto ? '政治素质考核不合格，一票否决。' : '政治素质考核。' },
  });
}
async function recordPenalty(s: Subject, kind: string, decidedOn: string) {
  await gql(tokens.discipline, `mutation($input: PenaltyInput!) { recordPenalty(input: $input) }`, { input: { cadreId: s.cadreId, kind, decidedOn, note: '处分决定' } });
}

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 } });
  t.clock.set(at('2026-01-06T09:00:00'));
  for (const u of ['orgadmin', 'assessor', 'committee', 'discipline', 'sysadmin']) tokens[u] = await t.signIn(u);
  cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN');
  // Cadres with nothing on their record (no status period, penalty or accusation of the seed), and no login of their own.
  clean = await t.dataSource.query(
    `SELECT a.id AS "assessmentId", c.id AS "cadreId", o.code AS org, c.rank_level AS rank
       FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
      WHERE a.cycle_id = $1 AND a.overlay = 'NONE'
        AND NOT EXISTS (SELECT 1 FROM cadre_status_period p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM penalty p WHERE p.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM accusation x WHERE x.cadre_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.cadre_id = c.id)
      ORDER BY o.code, c.rank_level, c.person_no`,
    [cycleId],
  );
  const all: Array<{ id: string }> = await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1`, [cycleId]);
  await advanceAssessments(t, cycleId, all.map((a) => a.id), ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
});
afterAll(() => t?.close());

/**
 * One gate: record the fact, then the proposal of each forbidden grade is
 * refused naming the gate; the allowed grade is proposed; the committee's
 * change to each forbidden grade is refused naming it; the committee
 * approves the allowed grade.
 */
interface GateRow {
  name: string;
  gate: string;
  record: (s: Subject) => Promise<void>;
  forbidden: string[];
  allowed: string;
  /** The only grade allowed, when the gate forces the result. */
  allowedGrades?: string[];
}

const GATE_ROWS: GateRow[] = [
  {
    name: 'political veto (一票否决): the lowest grade only',
    gate: 'POLITICAL_VETO',
    record: (s) => recordPoliticalReview(s, 'POOR', true),
    forbidden: ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT'],
    allowed: 'INCOMPETENT',
    allowedGrades: ['INCOMPETENT'],
  },
  {
    name: 'political review 一般 (AVERAGE): one level below the best grade, and no EXCELLENT',
    gate: 'POLITICAL_REVIEW_LOW',
    record: (s) => recordPoliticalReview(s, 'AVERAGE', false),
    forbidden: ['EXCELLENT'],
    allowed: 'COMPETENT',
    allowedGrades: ['COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'],
  },
  {
    name: 'open investigation (立案审查未结案): UNGRADED only',
    gate: 'INVESTIGATION_OPEN',
    record: (s) => gql(tokens.discipline, `mutation($input: OpenInvestigationInput!) { openInvestigation(input: $input) { id } }`, { input: { cadreId: s.cadreId, startsOn: '2025-06-01', note: '立案审查' } }).then(() => undefined),
    forbidden: ['EXCELLENT', 'COMPETENT', 'INCOMPETENT'],
    allowed: 'UNGRADED',
    allowedGrades: ['UNGRADED'],
  },
  {
    name: 'probation (试用期) over the year end: COMMENT_ONLY only',
    gate: 'PROBATION',
    record: (s) =>
      gql(tokens.orgadmin, `mutation($input: RecordCadreStatusInput!) { recordCadreStatus(input: $input) { id } }`, {
        input: { cadreId: s.cadreId, kind: 'PROBATION', startsOn: '2025-09-01', endsOn: '2026-08-31', note: '新任职试用期一年' },
      }).then(() => undefined),
    forbidden: ['EXCELLENT', 'COMPETENT'],
    allowed: 'COMMENT_ONLY',
    allowedGrades: ['COMMENT_ONLY'],
  },
  {
    name: 'an accusation not yet cleared: no EXCELLENT',
    gate: 'ACCUSATION_UNCLEARED',
    record: (s) =>
      gql(tokens.discipline, `mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
        input: { cadreId: s.cadreId, source: 'PETITION', points: ['违规收受礼金'], concernsYear: 2025, receivedOn: '2025-11-03' },
      }).then(() => undefined),
    forbidden: ['EXCELLENT'],
    allowed: 'COMPETENT',
  },
  {
    name: 'a negative-list finding: no EXCELLENT',
    gate: 'NEGATIVE_LIST',
    record: (s) => gql(tokens.assessor, `mutation($input: NegativeFindingInput!) { recordNegativeFinding(input: $input) }`, { input: { assessmentId: s.assessmentId, code: 'FORMALISM', note: '形式主义问题突出' } }).then(() => undefined),
    forbidden: ['EXCELLENT'],
    allowed: 'COMPETENT',
  },
  {
    name: 'a regular (平时) score of 85, below 90: no EXCELLENT',
    gate: 'REGULAR_BELOW_MINIMUM',
    record: async (s) => {
      const planned = await gql<{ planCycle: { id: string } }>(tokens.orgadmin, `mutation($input: PlanCycleInput!) { planCycle(input: $input) { id } }`, {
        input: { kind: 'REGULAR', name: '2025年四季度平时考核', year: 2025, quarter: 4, organisationId: (await t.dataSource.query(`SELECT organisation_id FROM cadre WHERE id = $1`, [s.cadreId]))[0].organisation_id, deadlines: { selfReportDue: '2026-01-20T18:00:00+08:00', finishBy: '2026-01-31T18:00:00+08:00' } },
      });
      const regular = planned.planCycle.id;
      const [org] = (await t.dataSource.query(`SELECT organisation_id AS id FROM cadre WHERE id = $1`, [s.cadreId])) as Array<{ id: string }>;
      await gql(tokens.orgadmin, `mutation($input: EnrolInput!) { enrolInCycle(input: $input) { id } }`, { input: { cycleId: regular, organisationIds: [org!.id], includeSubtree: false, includeTeams: false } });
      await gql(tokens.orgadmin, `mutation($input: CycleActionInput!) { openCycle(input: $input) { id } }`, { input: { cycleId: regular } });
      const [mine] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id = $2`, [regular, s.cadreId])) as Array<{ id: string }>;
      await advanceAssessments(t, regular, [mine!.id], ['SUBMIT_SUMMARY']);
      await act(t, tokens.assessor!, 'appraise', { assessmentId: mine!.id, grade: 'FAIR', score: 85, comment: '本季度工作较好。' });
    },
    forbidden: ['EXCELLENT'],
    allowed: 'COMPETENT',
  },
];

describe('each gate refuses the grade it forbids on every path, naming the gate; the allowed grade goes through', () => {
  it.each(GATE_ROWS)('$name', async (row) => {
    const s = take((c) => c.org === 'QH-TN-LS');
    await row.record(s);
    for (const grade of row.forbidden) {
      const ext = expectRefused(await propose(s, grade), row.gate);
      expect(ext).toMatchObject({ grade, path: 'PROPOSAL' });
      if (row.allowedGrades) expect(ext.allowedGrades).toEqual(row.allowedGrades);
    }
    const proposed = await propose(s, row.allowed);
    expect(proposed.errors).toBeUndefined();
    for (const grade of row.forbidden) {
      if (grade === row.allowed) continue;
      expect(expectRefused(await change(s, grade), row.gate)).toMatchObject({ grade, path: 'COMMITTEE_CHANGE' });
    }
    const approved = await approve(s);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveGrade).toMatchObject({ state: 'decided', finalGrade: row.allowed });
  });

  it('a veto recorded after the proposal: the committee cannot approve it, and changes it to the lowest grade', async () => {
    const s = take((c) => c.org === 'QH-TN-LS');
    expect((await propose(s, 'COMPETENT')).errors).toBeUndefined();
    const offered = async () =>
      (await gql<{ assessment: { availableActions: string[] } }>(tokens.committee, `query($id: ID!) { assessment(id: $id) { availableActions } }`, { id: s.assessmentId })).assessment.availableActions;
    expect(await offered()).toContain('APPROVE_GRADE');
    await recordPoliticalReview(s, 'POOR', true);
    // availableActions offers only what the gates allow now: no approval of the proposal, a change still.
    expect(await offered()).toEqual(expect.arrayContaining(['CHANGE_GRADE', 'SEND_BACK']));
    expect(await offered()).not.toContain('APPROVE_GRADE');
    expect(expectRefused(await approve(s), 'POLITICAL_VETO')).toMatchObject({ grade: 'COMPETENT', path: 'COMMITTEE_APPROVAL', allowedGrades: ['INCOMPETENT'] });
    const changed = await change(s, 'INCOMPETENT');
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toMatchObject({ changeGrade: { state: 'decided', finalGrade: 'INCOMPETENT' } });
  });

  it('political review 一般 lowers the grade the score gives by one level: work results 80 give COMPETENT, so BASICALLY_COMPETENT at best', async () => {
    const s = take((c) => c.org === 'QH-TN-LS');
    await gql(tokens.assessor, `mutation($rows: [ScoreRowInput!]!) { setScores(rows: $rows) }`, { rows: [{ assessmentId: s.assessmentId, component: 'WORK_RESULTS', value: 80, source: '县统计局' }] });
    await gql(tokens.assessor, `mutation($c: ID!) { gradeCycle(cycleId: $c) { graded } }`, { c: cycleId });
    await recordPoliticalReview(s, 'AVERAGE', false);
    const ext = expectRefused(await propose(s, 'COMPETENT'), 'POLITICAL_REVIEW_LOW');
    expect(ext.refusals[0]!.facts).toMatchObject({ review: 'AVERAGE', otherwise: 'COMPETENT', lowered: 'BASICALLY_COMPETENT' });
    expect(ext.allowedGrades).toEqual(['BASICALLY_COMPETENT', 'INCOMPETENT']);
    expect((await propose(s, 'BASICALLY_COMPETENT')).errors).toBeUndefined();
    expectRefused(await change(s, 'COMPETENT'), 'POLITICAL_REVIEW_LOW');
    expect((await approve(s)).data!.approveGrade).toMatchObject({ state: 'decided', finalGrade: 'BASICALLY_COMPETENT' });
  });

  it('a leadership team without outstanding development results is not EXCELLENT; GOOD is', async () => {
    const [team] = (await t.dataSource.query(
      `SELECT a.id AS "assessmentId", NULL AS "cadreId", o.code AS org, NULL AS rank FROM assessment a JOIN organisation o ON o.id = a.organisation_id WHERE a.cycle_id = $1 AND a.kind = 'TEAM_ANNUAL' AND o.code = 'QH-TN-LS'`,
      [cycleId],
    )) as Subject[];
    const ext = expectRefused(await propose(team!, 'EXCELLENT'), 'TEAM_NOT_OUTSTANDING');
    expect(ext.refusals).toEqual([{ gate: 'TEAM_NOT_OUTSTANDING', facts: { developmentScore: null, outstandingFrom: 90 } }]);
    expect((await propose(team!, 'GOOD')).errors).toBeUndefined();
    expectRefused(await change(team!, 'EXCELLENT'), 'TEAM_NOT_OUTSTANDING');
    expect((await approve(team!)).data!.approveGrade).toMatchObject({ state: 'decided', finalGrade: 'GOOD' });
  });
});

/**
 * Every kind of penalty with its default effect on the grade, as
 * docs/domain.md §5 writes it (never read from the settings under test):
 * decided last year (2024), then again this year (2025).
 */
const PENALTIES: Array<[kind: string, effect: 'NO_EXCELLENT' | 'UNGRADED_THIS_YEAR' | 'UNGRADED_THIS_AND_NEXT_YEAR' | 'INCOMPETENT']> = [
  ['PARTY_WARNING', 'NO_EXCELLENT'],
  ['GOVERNMENT_WARNING', 'NO_EXCELLENT'],
  ['ADMONISHMENT', 'NO_EXCELLENT'],
  ['REASSIGNMENT', 'NO_EXCELLENT'],
  ['SERIOUS_PARTY_WARNING', 'UNGRADED_THIS_YEAR'],
  ['DEMERIT', 'UNGRADED_THIS_YEAR'],
  ['ORDERED_RESIGNATION', 'UNGRADED_THIS_YEAR'],
  ['REMOVAL', 'UNGRADED_THIS_YEAR'],
  ['DEMOTION', 'UNGRADED_THIS_YEAR'],
  ['MAJOR_DEMERIT', 'UNGRADED_THIS_AND_NEXT_YEAR'],
  ['DOWNGRADE', 'UNGRADED_THIS_AND_NEXT_YEAR'],
  ['DISMISSAL_FROM_POST', 'UNGRADED_THIS_AND_NEXT_YEAR'],
  ['REMOVAL_FROM_PARTY_POST', 'INCOMPETENT'],
  ['PARTY_PROBATION', 'INCOMPETENT'],
  ['EXPULSION', 'INCOMPETENT'],
];
const GATE_OF = { NO_EXCELLENT: 'PENALTY_NO_EXCELLENT', UNGRADED_THIS_YEAR: 'PENALTY_UNGRADED', UNGRADED_THIS_AND_NEXT_YEAR: 'PENALTY_UNGRADED', INCOMPETENT: 'PENALTY_INCOMPETENT' } as const;
const ALLOWED_OF = { NO_EXCELLENT: 'COMPETENT', UNGRADED_THIS_YEAR: 'UNGRADED', UNGRADED_THIS_AND_NEXT_YEAR: 'UNGRADED', INCOMPETENT: 'INCOMPETENT' } as const;

describe('a penalty of every kind, decided last year and this year', () => {
  it('covers every kind the API accepts', async () => {
    const schema = await t.gql<{ __type: { inputFields: Array<{ name: string; description: string }> } }>(`{ __type(name: "PenaltyInput") { inputFields { name description } } }`);
    const kinds = schema.data!.__type.inputFields.find((f) => f.name === 'kind')!.description.split(/,\s*/).map((k) => k.trim());
    expect(kinds.sort()).toEqual(PENALTIES.map(([k]) => k).sort());
  });

  it.each(PENALTIES)('%s (%s)', async (kind, effect) => {
    const s = take((c) => c.org === 'QH-TN');
    // Decided last year: only a major demerit, a downgrade or a dismissal from post still reaches this year.
    await recordPenalty(s, kind, '2024-06-15');
    const lastYear = await propose(s, 'EXCELLENT');
    if (effect === 'UNGRADED_THIS_AND_NEXT_YEAR') {
      expect(expectRefused(lastYear, 'PENALTY_UNGRADED').allowedGrades).toEqual(['UNGRADED']);
    } else if (lastYear.errors) {
      // The pool's quota may be full of other proposals; no penalty refuses it.
      expect(codeOf(lastYear)).toBe('QUOTA_EXCEEDED');
    } else {
      await act(t, tokens.committee!, 'sendBackProposal', { assessmentId: s.assessmentId, reason: '重新研判。', collective: unanimous });
    }
    // Decided this year: the effect in force, whatever the grade asked for.
    await recordPenalty(s, kind, '2025-06-15');
    const gate = GATE_OF[effect];
    const allowed = ALLOWED_OF[effect];
    const refused = expectRefused(await propose(s, 'EXCELLENT'), gate);
    expect(refused.refusals.find((r) => r.gate === gate)!.facts).toMatchObject({ effect });
    expect(refused.allowedGrades[0]).toBe(allowed);
    if (allowed !== 'COMPETENT') expectRefused(await propose(s, 'COMPETENT'), gate);
    expect((await propose(s, allowed)).errors).toBeUndefined();
    expectRefused(await change(s, 'EXCELLENT'), gate);
    expect((await approve(s)).data!.approveGrade).toMatchObject({ state: 'decided', finalGrade: allowed });
  });
});

describe('the excellent quota counts standing proposals, on the proposal and on the committee’s change', () => {
  it('20% of the pool rounded half up: one EXCELLENT more is refused until a place is given back', async () => {
    const pool = clean.filter((c) => c.org === 'QH-TN-DJ' && c.rank === 'SECTION_PRINCIPAL' && !taken.has(c.assessmentId));
    pool.forEach((c) => taken.add(c.assessmentId));
    const [{ n: inPool }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assessment a JOIN cadre c ON c.id = a.cadre_id JOIN organisation o ON o.id = a.organisation_id
        WHERE a.cycle_id = $1 AND o.code = 'QH-TN-DJ' AND c.rank_level = 'SECTION_PRINCIPAL' AND a.overlay = 'NONE'`,
      [cycleId],
    )) as [{ n: number }];
    // One member received a demerit this year: UNGRADED whatever is proposed, so not graded, although nothing is proposed for them yet.
    const demerited = pool.pop()!;
    await recordPenalty(demerited, 'DEMERIT', '2025-04-20');
    const graded = inPool - 1;
    const limit = Math.floor((graded * 20) / 100 + 0.5);
    expect(limit).toBeGreaterThanOrEqual(1);
    expect(pool.length).toBeGreaterThan(limit);
    for (const s of pool.slice(0, limit)) expect((await propose(s, 'EXCELLENT')).errors).toBeUndefined();
    const over = pool[limit]!;
    const ext = expectRefused(await propose(over, 'EXCELLENT'), 'QUOTA', 'QUOTA_EXCEEDED');
    expect(ext).toMatchObject({ used: limit, allowed: limit, graded, allowedGrades: ['COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] });
    expect((await propose(over, 'COMPETENT')).errors).toBeUndefined();
    expect(expectRefused(await change(over, 'EXCELLENT'), 'QUOTA', 'QUOTA_EXCEEDED')).toMatchObject({ used: limit, allowed: limit, path: 'COMMITTEE_CHANGE' });
    // The committee changes one standing EXCELLENT: its place is free, and the change of the other to EXCELLENT goes through.
    expect((await change(pool[0]!, 'COMPETENT')).errors).toBeUndefined();
    const moved = await change(over, 'EXCELLENT');
    expect(moved.errors).toBeUndefined();
    expect(moved.data).toMatchObject({ changeGrade: { state: 'awaitingNotice', finalGrade: null } });
  });
});

describe('a correction after a review asks the same gates', () => {
  const ROWS: Array<{ name: string; gate: string; record: (s: Subject) => Promise<void>; decided: string; forbidden: string; allowed: string | null }> = [
    {
      name: 'a negative-list finding: the review may lift INCOMPETENT to COMPETENT, never to EXCELLENT',
      gate: 'NEGATIVE_LIST',
      record: (s) => gql(tokens.assessor, `mutation($input: NegativeFindingInput!) { recordNegativeFinding(input: $input) }`, { input: { assessmentId: s.assessmentId, code: 'INTEGRITY', note: '受到组织处理' } }).then(() => undefined),
      decided: 'INCOMPETENT',
      forbidden: 'EXCELLENT',
      allowed: 'COMPETENT',
    },
    {
      name: 'a political veto: the lowest grade stands; a correction to BASICALLY_COMPETENT is refused',
      gate: 'POLITICAL_VETO',
      record: (s) => recordPoliticalReview(s, 'POOR', true),
      decided: 'INCOMPETENT',
      forbidden: 'BASICALLY_COMPETENT',
      allowed: null,
    },
  ];
  it.each(ROWS)('$name', async (row) => {
    const s = take((c) => c.org === 'QH-TN-DJ' && c.rank !== 'SECTION_PRINCIPAL');
    await row.record(s);
    await act(t, tokens.assessor!, 'proposeGrade', { assessmentId: s.assessmentId, grade: row.decided, comment: '年度目标完成不够理想。' });
    await act(t, tokens.committee!, 'approveGrade', { assessmentId: s.assessmentId, collective: unanimous });
    await act(t, tokens.orgadmin!, 'issueWrittenNotice', { assessmentId: s.assessmentId });
    const username = `gate.${s.cadreId.slice(0, 8)}`;
    const created = await gql<{ createUser: { id: string } }>(tokens.sysadmin, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username, displayName: '被考核干部', password: 'cadre-password-2026', cadreId: s.cadreId },
    });
    const [county] = (await t.dataSource.query(`SELECT id FROM organisation WHERE code = 'QH-TN-DJ'`)) as [{ id: string }];
    await gql(tokens.sysadmin, `mutation($u: ID!, $o: ID!) { assignRole(input: { userId: $u, role: CADRE, organisationId: $o }) { id } }`, { u: created.createUser.id, o: county.id });
    const own = await t.signIn(username, 'cadre-password-2026');
    const requested = await gql<{ requestReview: { id: string } }>(own, `mutation($input: RequestReviewInput!) { requestReview(input: $input) { id } }`, {
      input: { assessmentId: s.assessmentId, route: 'REVIEW', grounds: '考核结果与本人实绩不符。' },
    });
    const caseId = requested.requestReview.id;
    const ruling = (grade: string) =>
      t.gql(`mutation($input: CaseRulingInput!) { decideReview(input: $input) { id state } }`, { input: { caseId, decision: 'CORRECTED', grade, reason: '经复核予以更正。', collective: unanimous } }, { token: tokens.orgadmin });
    const ext = expectRefused(await ruling(row.forbidden), row.gate);
    expect(ext).toMatchObject({ grade: row.forbidden, path: 'REVIEW_CORRECTION' });
    const [{ final_grade }] = (await t.dataSource.query(`SELECT final_grade FROM assessment WHERE id = $1`, [s.assessmentId])) as [{ final_grade: string }];
    expect(final_grade).toBe(row.decided);
    if (row.allowed) {
      const corrected = await ruling(row.allowed);
      expect(corrected.errors).toBeUndefined();
      const [after] = (await t.dataSource.query(`SELECT final_grade FROM assessment WHERE id = $1`, [s.assessmentId])) as [{ final_grade: string }];
      expect(after!.final_grade).toBe(row.allowed);
    }
  });
});

describe('a fact recorded while an EXCELLENT is on public notice', () => {
  const finding = (code: string) => (s: Subject) =>
    gql(tokens.assessor, `mutation($input: NegativeFindingInput!) { recordNegativeFinding(input: $input) }`, { input: { assessmentId: s.assessmentId, code, note: '负面清单情形' } }).then(() => undefined);
  const ROWS: Array<{ name: string; gate: string; pool: [string, string]; record: (s: Subject) => Promise<void>; allowed: string; byJob: boolean }> = [
    { name: 'a political veto, the notice closed by hand', gate: 'POLITICAL_VETO', pool: ['QH-TN-DJ', 'DIVISION_DEPUTY'], record: (s) => recordPoliticalReview(s, 'POOR', true), allowed: 'INCOMPETENT', byJob: false },
    { name: 'a demerit decided this year, the notice closed by the deadline job', gate: 'PENALTY_UNGRADED', pool: ['QH-TN-LS', 'SECTION_PRINCIPAL'], record: (s) => recordPenalty(s, 'DEMERIT', '2025-12-20'), allowed: 'UNGRADED', byJob: true },
    { name: 'a negative-list finding, the notice closed by hand', gate: 'NEGATIVE_LIST', pool: ['QH-TN', 'DIVISION_PRINCIPAL'], record: finding('MAJOR_MISTAKE'), allowed: 'COMPETENT', byJob: false },
  ];
  it.each(ROWS)('$name: EXCELLENT does not become final; the committee decides again', async (row) => {
    t.clock.set(at('2026-01-06T09:00:00'));
    const s = take((c) => c.org === row.pool[0] && c.rank === row.pool[1]);
    expect((await propose(s, 'EXCELLENT')).errors).toBeUndefined();
    expect((await approve(s)).data!.approveGrade).toMatchObject({ state: 'awaitingNotice', finalGrade: null });
    await gql(tokens.orgadmin, `mutation($input: OpenNoticeInput!) { openPublicNotice(input: $input) { id } }`, { input: { assessmentIds: [s.assessmentId], startsOn: '2026-01-06' } });
    await row.record(s);
    // Five working days from Tuesday 6 January 2026 end on Monday 12 January.
    t.clock.set(at('2026-01-13T00:00:01'));
    if (row.byJob) {
      await gql(tokens.orgadmin, `mutation { runDueDeadlines { fired } }`);
    } else {
      const closed = await t.gql(`mutation($input: ActionInput!) { closePublicNotice(input: $input) { id } }`, { input: { assessmentId: s.assessmentId } }, { token: tokens.orgadmin });
      expect(closed.errors).toBeUndefined();
    }
    const [after] = (await t.dataSource.query(`SELECT state, final_grade FROM assessment WHERE id = $1`, [s.assessmentId])) as Array<{ state: string; final_grade: string | null }>;
    expect(after).toEqual({ state: 'committeeReview', final_grade: null });
    // The close carries the verdict that refused it, in the audit trail.
    const [{ verdict }] = (await t.dataSource.query(
      `SELECT payload->'event'->'verdict' AS verdict FROM audit_log WHERE entity_type = 'assessment' AND entity_id = $1 AND action = 'CLOSE_NOTICE'`,
      [s.assessmentId],
    )) as [{ verdict: { ok: boolean; grade: string; refused: string[] } }];
    expect(verdict).toMatchObject({ ok: false, grade: 'EXCELLENT' });
    expect(verdict.refused[0]).toBe(row.gate);
    // The proposal of EXCELLENT cannot be approved again; the grade the gate allows can be decided.
    expectRefused(await approve(s), row.gate);
    const decided = await change(s, row.allowed);
    expect(decided.errors).toBeUndefined();
    expect(decided.data).toMatchObject({ changeGrade: { state: 'decided', finalGrade: row.allowed } });
  });
});
