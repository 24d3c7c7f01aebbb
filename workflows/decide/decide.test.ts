import { describe, expect, it } from 'vitest';
import type { QuotaPool } from '../rules/quota.js';
import { DEFAULT_RULE_SETTINGS, mergeSettings, type PenaltyKind, type RuleSettings } from '../rules/settings.js';
import { adviseGrade, decideGrade, verdictOf, type Decision, type DecisionPath } from './decide.js';
import { cleanFacts, type DecisionScale, type GradeFacts, type PoliticalReview } from './facts.js';

/**
 * The gates of docs/domain.md §5 as rules. Every figure expected here is
 * written as a literal: the settings under test are the national defaults,
 * and a changed default must break a test.
 */

const YEAR = 2026;
const S = DEFAULT_RULE_SETTINGS;

/** A pool of `others` members not yet proposed, so that the quota never gets in the way (20% of 11 graded = 2). */
const roomyPool = (others = 10): QuotaPool => ({
  subject: 'MEMBERS',
  teamGrade: null,
  raiseApproved: false,
  members: Array.from({ length: others }, (_, i) => ({ id: `m${i}`, result: null })),
});

/** A cadre (or team) with a clean record scoring 95 everywhere. */
function clean(patch: Partial<GradeFacts> = {}): GradeFacts {
  return cleanFacts(YEAR, { score: 95, regularScore: 95, politicalReview: 'GOOD', developmentScore: 95, ...patch });
}

interface Ask {
  scale?: DecisionScale;
  path?: DecisionPath;
  reason?: string | null;
  current?: string | null;
  pool?: QuotaPool;
  settings?: RuleSettings;
}

function decide(facts: Partial<GradeFacts>, grade: string, ask: Ask = {}): Decision {
  return decideGrade({
    scale: ask.scale ?? 'CADRE',
    assessmentId: 'self',
    facts: clean(facts),
    settings: ask.settings ?? S,
    quota: ask.pool ?? roomyPool(),
    proposed: { grade, path: ask.path ?? 'COMMITTEE_CHANGE', reason: ask.reason === undefined ? 'weighed by the committee' : ask.reason, ...(ask.current === undefined ? {} : { current: ask.current }) },
  });
}

const refusedBy = (d: Decision) => (d.ok ? [] : d.refusals.map((r) => r.gate));

const CADRE = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];
const TEAM = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'];
const NO_EXCELLENT = ['COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'];

describe('the penalty matrix: each kind, this year and the next', () => {
  it.each([
    // kind, decided in (years before the assessment year), what may be decided, the gate that refuses EXCELLENT
    ['PARTY_WARNING', 0, NO_EXCELLENT, 'PENALTY_NO_EXCELLENT'],
    ['PARTY_WARNING', 1, CADRE, null],
    ['GOVERNMENT_WARNING', 0, NO_EXCELLENT, 'PENALTY_NO_EXCELLENT'],
    ['GOVERNMENT_WARNING', 1, CADRE, null],
    ['ADMONISHMENT', 0, NO_EXCELLENT, 'PENALTY_NO_EXCELLENT'],
    ['ADMONISHMENT', 1, CADRE, null],
    ['REASSIGNMENT', 0, NO_EXCELLENT, 'PENALTY_NO_EXCELLENT'],
    ['REASSIGNMENT', 1, CADRE, null],
    ['SERIOUS_PARTY_WARNING', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['SERIOUS_PARTY_WARNING', 1, CADRE, null],
    ['DEMERIT', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DEMERIT', 1, CADRE, null],
    ['ORDERED_RESIGNATION', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['ORDERED_RESIGNATION', 1, CADRE, null],
    ['REMOVAL', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['REMOVAL', 1, CADRE, null],
    ['DEMOTION', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DEMOTION', 1, CADRE, null],
    ['MAJOR_DEMERIT', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['MAJOR_DEMERIT', 1, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['MAJOR_DEMERIT', 2, CADRE, null],
    ['DOWNGRADE', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DOWNGRADE', 1, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DOWNGRADE', 2, CADRE, null],
    ['DISMISSAL_FROM_POST', 0, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DISMISSAL_FROM_POST', 1, ['UNGRADED'], 'PENALTY_UNGRADED'],
    ['DISMISSAL_FROM_POST', 2, CADRE, null],
    ['REMOVAL_FROM_PARTY_POST', 0, ['INCOMPETENT'], 'PENALTY_INCOMPETENT'],
    ['REMOVAL_FROM_PARTY_POST', 1, CADRE, null],
    ['PARTY_PROBATION', 0, ['INCOMPETENT'], 'PENALTY_INCOMPETENT'],
    ['PARTY_PROBATION', 1, CADRE, null],
    ['EXPULSION', 0, ['INCOMPETENT'], 'PENALTY_INCOMPETENT'],
    ['EXPULSION', 1, CADRE, null],
    // A penalty decided after the assessment year does not reach back.
    ['DISMISSAL_FROM_POST', -1, CADRE, null],
  ] as const)('%s decided %i year(s) before: row %#', (kind, yearsBefore, allowed, gate) => {
    const penalties = [{ kind: kind as PenaltyKind, year: YEAR - yearsBefore }];
    const excellent = decide({ penalties }, 'EXCELLENT');
    expect(excellent.allowedGrades).toEqual(allowed);
    expect(refusedBy(excellent)).toEqual(gate === null ? [] : [gate]);
    for (const grade of allowed) expect(decide({ penalties }, grade).ok).toBe(true);
    if (gate !== null) expect(excellent.ok ? null : excellent.refusals[0]!.facts).toMatchObject({ penalties: [{ kind, year: YEAR - yearsBefore }] });
  });

  it.each([
    ['DEMERIT', 'UNGRADED_THIS_YEAR'],
    ['MAJOR_DEMERIT', 'UNGRADED_THIS_AND_NEXT_YEAR'],
    ['EXPULSION', 'INCOMPETENT'],
    ['ADMONISHMENT', 'NO_EXCELLENT'],
  ] as const)('a refusal names the effect of %s: %s', (kind, effect) => {
    const d = decide({ penalties: [{ kind, year: YEAR, id: 'p1' }] }, 'EXCELLENT');
    expect(d.ok ? null : d.refusals[0]!.facts).toEqual({ effect, penalties: [{ kind, year: YEAR, id: 'p1' }] });
  });

  it.each(['SERIOUS_PARTY_WARNING', 'MAJOR_DEMERIT', 'EXPULSION', 'ADMONISHMENT'] as const)('%s exempted as a tolerated error, or replaced by a lighter penalty, never counts', (kind) => {
    expect(decide({ penalties: [{ kind, year: YEAR, tolerated: true }] }, 'EXCELLENT').ok).toBe(true);
    expect(decide({ penalties: [{ kind, year: YEAR, replaced: true }] }, 'EXCELLENT').ok).toBe(true);
    expect(decide({ penalties: [{ kind, year: YEAR, tolerated: false, replaced: false }] }, 'EXCELLENT').ok).toBe(false);
  });

  it.each([
    // penalties of the year, what may be decided
    [['PARTY_WARNING', 'DEMERIT'], ['UNGRADED']],
    [['DEMERIT', 'EXPULSION'], ['INCOMPETENT']],
    [['ADMONISHMENT', 'MAJOR_DEMERIT'], ['UNGRADED']],
    [['REASSIGNMENT', 'PARTY_PROBATION', 'DOWNGRADE'], ['INCOMPETENT']],
    [['ADMONISHMENT', 'PARTY_WARNING'], NO_EXCELLENT],
  ] as const)('the heaviest effect wins: row %#', (kinds, allowed) => {
    const penalties = kinds.map((kind) => ({ kind: kind as PenaltyKind, year: YEAR }));
    expect(decide({ penalties }, 'EXCELLENT').allowedGrades).toEqual(allowed);
  });

  it('the heaviest wins across years: a major demerit last year outweighs a warning this year', () => {
    const d = decide({ penalties: [{ kind: 'MAJOR_DEMERIT', year: YEAR - 1 }, { kind: 'PARTY_WARNING', year: YEAR }] }, 'COMPETENT');
    expect(d.forced).toBe('UNGRADED');
    expect(refusedBy(d)).toEqual(['PENALTY_UNGRADED']);
  });

  it('a penalty configured heavier locally is followed', () => {
    const strict = mergeSettings(S, { gates: { penaltyEffects: { ...S.gates.penaltyEffects, ADMONISHMENT: 'UNGRADED_THIS_YEAR' } } }) as RuleSettings;
    expect(decide({ penalties: [{ kind: 'ADMONISHMENT', year: YEAR }] }, 'COMPETENT', { settings: strict }).forced).toBe('UNGRADED');
  });
});

describe('political standard first', () => {
  const scores: Record<string, number> = { EXCELLENT: 95, COMPETENT: 80, BASICALLY_COMPETENT: 65, INCOMPETENT: 50, GOOD: 80, AVERAGE: 65, POOR: 50 };
  it.each([
    // scale, review, the grade the score gives, ceiling (best grade allowed), engine's advice
    ['CADRE', 'GOOD', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'],
    ['CADRE', 'GOOD', 'COMPETENT', 'EXCELLENT', 'COMPETENT'],
    ['CADRE', 'GOOD', 'BASICALLY_COMPETENT', 'EXCELLENT', 'BASICALLY_COMPETENT'],
    ['CADRE', 'GOOD', 'INCOMPETENT', 'EXCELLENT', 'INCOMPETENT'],
    ['CADRE', 'FAIR', 'EXCELLENT', 'COMPETENT', 'COMPETENT'],
    ['CADRE', 'FAIR', 'COMPETENT', 'COMPETENT', 'COMPETENT'],
    ['CADRE', 'FAIR', 'BASICALLY_COMPETENT', 'COMPETENT', 'BASICALLY_COMPETENT'],
    ['CADRE', 'FAIR', 'INCOMPETENT', 'COMPETENT', 'INCOMPETENT'],
    ['CADRE', 'AVERAGE', 'EXCELLENT', 'COMPETENT', 'COMPETENT'],
    ['CADRE', 'AVERAGE', 'COMPETENT', 'BASICALLY_COMPETENT', 'BASICALLY_COMPETENT'],
    ['CADRE', 'AVERAGE', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'INCOMPETENT'],
    ['CADRE', 'AVERAGE', 'INCOMPETENT', 'INCOMPETENT', 'INCOMPETENT'],
    ['CADRE', 'POOR', 'EXCELLENT', 'COMPETENT', 'COMPETENT'],
    ['CADRE', 'POOR', 'COMPETENT', 'BASICALLY_COMPETENT', 'BASICALLY_COMPETENT'],
    ['CADRE', 'POOR', 'BASICALLY_COMPETENT', 'INCOMPETENT', 'INCOMPETENT'],
    ['CADRE', 'POOR', 'INCOMPETENT', 'INCOMPETENT', 'INCOMPETENT'],
    ['TEAM', 'GOOD', 'EXCELLENT', 'EXCELLENT', 'EXCELLENT'],
    ['TEAM', 'GOOD', 'GOOD', 'EXCELLENT', 'GOOD'],
    ['TEAM', 'GOOD', 'AVERAGE', 'EXCELLENT', 'AVERAGE'],
    ['TEAM', 'GOOD', 'POOR', 'EXCELLENT', 'POOR'],
    ['TEAM', 'FAIR', 'EXCELLENT', 'GOOD', 'GOOD'],
    ['TEAM', 'FAIR', 'GOOD', 'GOOD', 'GOOD'],
    ['TEAM', 'FAIR', 'AVERAGE', 'GOOD', 'AVERAGE'],
    ['TEAM', 'FAIR', 'POOR', 'GOOD', 'POOR'],
    ['TEAM', 'AVERAGE', 'EXCELLENT', 'GOOD', 'GOOD'],
    ['TEAM', 'AVERAGE', 'GOOD', 'AVERAGE', 'AVERAGE'],
    ['TEAM', 'AVERAGE', 'AVERAGE', 'POOR', 'POOR'],
    ['TEAM', 'AVERAGE', 'POOR', 'POOR', 'POOR'],
    ['TEAM', 'POOR', 'EXCELLENT', 'GOOD', 'GOOD'],
    ['TEAM', 'POOR', 'GOOD', 'AVERAGE', 'AVERAGE'],
    ['TEAM', 'POOR', 'AVERAGE', 'POOR', 'POOR'],
    ['TEAM', 'POOR', 'POOR', 'POOR', 'POOR'],
  ] as const)('%s, political review %s, scored %s → at best %s (advice %s)', (scale, review, scoreGrade, ceiling, advice) => {
    const grades = scale === 'TEAM' ? TEAM : CADRE;
    const d = decide({ politicalReview: review as PoliticalReview, score: scores[scoreGrade]! }, ceiling, { scale });
    expect(d).toMatchObject({ ok: true, ceiling, advice, allowedGrades: grades.slice(grades.indexOf(ceiling)) });
    const above = grades[grades.indexOf(ceiling) - 1];
    if (above !== undefined) {
      const refused = decide({ politicalReview: review as PoliticalReview, score: scores[scoreGrade]! }, above, { scale });
      expect(refused.ok).toBe(false);
      expect(refusedBy(refused).every((g) => g === 'POLITICAL_REVIEW_LOW' || g === 'POLITICAL_REVIEW_NOT_GOOD')).toBe(true);
    }
  });

  it('without a score, a low review still bars EXCELLENT, and the engine advises two levels below the best', () => {
    expect(decide({ politicalReview: 'AVERAGE', score: null }, 'COMPETENT')).toMatchObject({ ok: true, ceiling: 'COMPETENT', advice: 'BASICALLY_COMPETENT' });
    expect(refusedBy(decide({ politicalReview: 'AVERAGE', score: null }, 'EXCELLENT'))).toEqual(['POLITICAL_REVIEW_LOW', 'POLITICAL_REVIEW_NOT_GOOD']);
  });

  it('a refusal for a low review names the review, the grade it would otherwise be and the lowered one', () => {
    const d = decide({ politicalReview: 'POOR', score: 80 }, 'COMPETENT');
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'POLITICAL_REVIEW_LOW', facts: { review: 'POOR', otherwise: 'COMPETENT', lowered: 'BASICALLY_COMPETENT' } }]);
  });

  it('no review recorded bars nothing', () => {
    expect(decide({ politicalReview: null }, 'EXCELLENT').ok).toBe(true);
  });

  it.each([
    ['CADRE', 'INCOMPETENT'],
    ['TEAM', 'POOR'],
    ['PUBLIC_INSTITUTION', 'UNQUALIFIED'],
  ] as const)('a political veto on the %s scale → %s whatever the score', (scale, lowest) => {
    const veto = { politicalVeto: true, politicalVetoRecordedOn: '2026-05-02', score: 99 };
    const d = decide(veto, 'EXCELLENT', { scale });
    expect(d).toMatchObject({ ok: false, forced: lowest, ceiling: null, allowedGrades: [lowest], advice: lowest });
    expect(d.ok ? null : d.refusals[0]).toEqual({ gate: 'POLITICAL_VETO', facts: { recordedOn: '2026-05-02' } });
    expect(decide(veto, lowest, { scale }).ok).toBe(true);
    expect(refusedBy(decide(veto, 'UNGRADED', { scale }))).toEqual(['POLITICAL_VETO']);
  });
});

describe('ungraded, comment only and the lowest grade by status', () => {
  it('an open investigation → UNGRADED (no comment), whatever was proposed', () => {
    const open = { investigationOpen: true, investigationOpenedOn: '2026-03-01' };
    expect(decide(open, 'UNGRADED')).toMatchObject({ ok: true, forced: 'UNGRADED', allowedGrades: ['UNGRADED'] });
    const d = decide(open, 'COMPETENT');
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'INVESTIGATION_OPEN', facts: { openedOn: '2026-03-01' } }]);
    expect(decide({ investigationOpen: false }, 'EXCELLENT').ok).toBe(true);
  });

  it('probation → COMMENT_ONLY', () => {
    expect(decide({ probation: true }, 'COMMENT_ONLY')).toMatchObject({ ok: true, forced: 'COMMENT_ONLY' });
    expect(refusedBy(decide({ probation: true }, 'COMPETENT'))).toEqual(['PROBATION']);
    expect(refusedBy(decide({ probation: true }, 'UNGRADED'))).toEqual(['PROBATION']);
  });

  it.each([
    // days of sick or personal leave in the year, forced
    [0, null],
    [179, null],
    [180, null], // six months of 30 days: not over six months
    [181, 'UNGRADED'],
    [200, 'UNGRADED'],
  ] as const)('%i days of leave → forced %s', (leaveDays, forced) => {
    const d = decide({ leaveDays }, 'COMPETENT');
    expect(d.forced).toBe(forced);
    if (forced) expect(d.ok ? null : d.refusals).toEqual([{ gate: 'LONG_LEAVE', facts: { leaveDays, limitMonths: 6 } }]);
  });

  it('refusing to take part → the lowest grade', () => {
    expect(decide({ refusedToTakePart: true }, 'INCOMPETENT').ok).toBe(true);
    expect(refusedBy(decide({ refusedToTakePart: true }, 'COMPETENT'))).toEqual(['REFUSED_TO_TAKE_PART']);
  });

  it.each([
    // facts, the result that wins, every gate that refuses EXCELLENT
    [{ politicalVeto: true, investigationOpen: true }, 'INCOMPETENT', ['POLITICAL_VETO', 'INVESTIGATION_OPEN']],
    [{ investigationOpen: true, probation: true }, 'UNGRADED', ['INVESTIGATION_OPEN', 'PROBATION']],
    [{ leaveDays: 200, probation: true }, 'UNGRADED', ['LONG_LEAVE', 'PROBATION']],
    [{ politicalVeto: true, penalties: [{ kind: 'ADMONISHMENT' as const, year: YEAR }] }, 'INCOMPETENT', ['POLITICAL_VETO', 'PENALTY_NO_EXCELLENT']],
    [{ penalties: [{ kind: 'EXPULSION' as const, year: YEAR }], investigationOpen: true }, 'INCOMPETENT', ['PENALTY_INCOMPETENT', 'INVESTIGATION_OPEN']],
    [{ penalties: [{ kind: 'DEMERIT' as const, year: YEAR }], probation: true }, 'UNGRADED', ['PENALTY_UNGRADED', 'PROBATION']],
  ])('combined facts, row %#', (facts, forced, gates) => {
    const d = decide(facts, 'EXCELLENT');
    expect(d.forced).toBe(forced);
    expect(refusedBy(d)).toEqual(gates);
    expect(decide(facts, forced).ok).toBe(true);
  });

  it('the issue’s cases: EXCELLENT with a veto and an admonishment, COMPETENT with a serious party warning', () => {
    expect(refusedBy(decide({ politicalVeto: true, penalties: [{ kind: 'ADMONISHMENT', year: YEAR }] }, 'EXCELLENT', { path: 'COMMITTEE_APPROVAL' }))).toEqual([
      'POLITICAL_VETO',
      'PENALTY_NO_EXCELLENT',
    ]);
    expect(refusedBy(decide({ penalties: [{ kind: 'SERIOUS_PARTY_WARNING', year: YEAR }] }, 'COMPETENT', { path: 'COMMITTEE_CHANGE' }))).toEqual(['PENALTY_UNGRADED']);
  });
});

describe('what bars EXCELLENT', () => {
  it.each([
    // facts, the gate, its facts
    [{ negativeFindings: [{ code: 'FORMALISM' }] }, 'NEGATIVE_LIST', { codes: ['FORMALISM'] }],
    [{ negativeFindings: [{ code: 'FORMALISM' }, { code: 'INTEGRITY', cleared: true }] }, 'NEGATIVE_LIST', { codes: ['FORMALISM'] }],
    [{ accusations: [{ id: 'a1', code: 'INTEGRITY', cleared: false }] }, 'ACCUSATION_UNCLEARED', { accusations: [{ id: 'a1', code: 'INTEGRITY' }] }],
    [{ accusations: [{ cleared: false }, { id: 'a2', cleared: true }] }, 'ACCUSATION_UNCLEARED', { accusations: [{ id: null, code: null }] }],
    [{ regularScore: 89.9 }, 'REGULAR_BELOW_MINIMUM', { regularScore: 89.9, minimum: 90 }],
    [{ regularScore: 0 }, 'REGULAR_BELOW_MINIMUM', { regularScore: 0, minimum: 90 }],
    [{ poorQuarters: 2 }, 'POOR_QUARTERS', { poorQuarters: 2, limit: 2 }],
    [{ politicalReview: 'FAIR' as const }, 'POLITICAL_REVIEW_NOT_GOOD', { review: 'FAIR' }],
  ])('row %#: no EXCELLENT', (facts, gate, gateFacts) => {
    const d = decide(facts, 'EXCELLENT');
    expect(d).toMatchObject({ ok: false, ceiling: 'COMPETENT', allowedGrades: NO_EXCELLENT });
    expect(d.ok ? null : d.refusals).toEqual([{ gate, facts: gateFacts }]);
    expect(decide(facts, 'COMPETENT').ok).toBe(true);
  });

  it.each([
    [{ negativeFindings: [{ code: 'FORMALISM', cleared: true }] }],
    [{ negativeFindings: [{ code: 'MAJOR_MISTAKE', tolerated: true }] }],
    [{ accusations: [{ id: 'a1', cleared: true }] }],
    [{ regularScore: 90 }],
    [{ regularScore: null }],
    [{ poorQuarters: 1 }],
  ])('row %#: EXCELLENT stays open', (facts) => {
    expect(decide(facts, 'EXCELLENT')).toMatchObject({ ok: true, ceiling: 'EXCELLENT', allowedGrades: CADRE });
  });

  it.each([
    // development score of the unit, team EXCELLENT allowed
    [95, true],
    [90, true],
    [89.9, false],
    [null, false],
  ] as const)('a team whose unit scores %s on high-quality development: EXCELLENT allowed %s', (developmentScore, allowed) => {
    const d = decide({ developmentScore }, 'EXCELLENT', { scale: 'TEAM' });
    expect(d.ok).toBe(allowed);
    if (!allowed) expect(d.ok ? null : d.refusals).toEqual([{ gate: 'TEAM_NOT_OUTSTANDING', facts: { developmentScore, outstandingFrom: 90 } }]);
    expect(decide({ developmentScore }, 'GOOD', { scale: 'TEAM' }).ok).toBe(true);
  });

  it('the development gate is for teams only', () => {
    expect(decide({ developmentScore: null }, 'EXCELLENT', { scale: 'CADRE' }).ok).toBe(true);
  });

  it('several bars are all named, in the order of the rules', () => {
    const d = decide({ politicalReview: 'FAIR', negativeFindings: [{ code: 'FORMALISM' }], accusations: [{ cleared: false }], penalties: [{ kind: 'ADMONISHMENT', year: YEAR }], regularScore: 80, poorQuarters: 3 }, 'EXCELLENT');
    expect(refusedBy(d)).toEqual(['POLITICAL_REVIEW_NOT_GOOD', 'NEGATIVE_LIST', 'ACCUSATION_UNCLEARED', 'PENALTY_NO_EXCELLENT', 'REGULAR_BELOW_MINIMUM', 'POOR_QUARTERS']);
  });

  it('a low review and a negative-list finding together: lowered from the score, never below that', () => {
    expect(decide({ politicalReview: 'AVERAGE', negativeFindings: [{ code: 'FORMALISM' }], score: 95 }, 'COMPETENT')).toMatchObject({ ok: true, ceiling: 'COMPETENT' });
  });
});

describe("the committee's discretion", () => {
  it.each([
    // path, grade below the advice, reason, allowed
    ['COMMITTEE_CHANGE', 'COMPETENT', 'weaker results in the second half', true],
    ['COMMITTEE_CHANGE', 'COMPETENT', '  ', false],
    ['COMMITTEE_CHANGE', 'INCOMPETENT', null, false],
    ['PROPOSAL', 'BASICALLY_COMPETENT', null, false],
    ['PROPOSAL', 'BASICALLY_COMPETENT', 'talks showed poor diligence', true],
    ['COMMITTEE_APPROVAL', 'COMPETENT', null, true],
    ['BATCH_APPROVAL', 'COMPETENT', null, true],
    ['IMPORT', 'COMPETENT', null, true],
    ['BULK', 'COMPETENT', null, true],
    ['ENGINE', 'COMPETENT', null, true],
  ] as const)('%s: %s below an EXCELLENT advice, row %#', (path, grade, reason, allowed) => {
    const d = decide({}, grade, { path, reason });
    expect(d.ok).toBe(allowed);
    if (!allowed) expect(d.ok ? null : d.refusals).toEqual([{ gate: 'REASON_REQUIRED', facts: { grade, advice: 'EXCELLENT' } }]);
  });

  it('a grade above the score but within every gate stays the committee’s call; above a gate it is refused', () => {
    expect(decide({ score: 80 }, 'EXCELLENT')).toMatchObject({ ok: true, advice: 'COMPETENT' });
    expect(decide({ score: 80 }, 'COMPETENT', { reason: null })).toMatchObject({ ok: true });
    expect(refusedBy(decide({ score: 80, regularScore: 85 }, 'EXCELLENT'))).toEqual(['REGULAR_BELOW_MINIMUM']);
  });

  it.each([
    ['UNGRADED', 'CADRE'],
    ['COMMENT_ONLY', 'CADRE'],
    ['GOOD', 'CADRE'],
    ['COMPETENT', 'TEAM'],
    ['', 'CADRE'],
  ] as const)('%s is not a grade the %s scale allows without a gate forcing it', (grade, scale) => {
    const d = decide({}, grade, { scale });
    expect(d.ok ? null : d.refusals[0]).toMatchObject({ gate: 'NOT_ON_SCALE', facts: { grade, scale } });
  });
});

describe('corrections never worsen and never skip a gate', () => {
  it.each([
    // path, result in force, corrected to, refused by
    ['APPEAL_CORRECTION', 'BASICALLY_COMPETENT', 'COMPETENT', []],
    ['APPEAL_CORRECTION', 'BASICALLY_COMPETENT', 'INCOMPETENT', ['CORRECTION_NOT_BETTER']],
    ['APPEAL_CORRECTION', 'COMPETENT', 'COMPETENT', ['CORRECTION_NOT_BETTER']],
    ['REVIEW_CORRECTION', 'INCOMPETENT', 'COMPETENT', []],
    ['REVIEW_CORRECTION', 'UNGRADED', 'COMPETENT', ['CORRECTION_NOT_BETTER']],
    ['INVESTIGATION_REGRADE', 'UNGRADED', 'COMPETENT', []],
    ['FAULT_TOLERANCE_REGRADE', 'UNGRADED', 'EXCELLENT', []],
    ['FAULT_TOLERANCE_REGRADE', 'COMPETENT', 'EXCELLENT', []],
  ] as const)('%s from %s to %s: row %#', (path, current, grade, gates) => {
    expect(refusedBy(decide({}, grade, { path, current, reason: 'the correction’s reason' }))).toEqual(gates);
  });

  it('a review cannot lift a vetoed INCOMPETENT to EXCELLENT', () => {
    const d = decide({ politicalVeto: true, score: 48.6 }, 'EXCELLENT', { path: 'REVIEW_CORRECTION', current: 'INCOMPETENT' });
    expect(refusedBy(d)).toEqual(['POLITICAL_VETO']);
  });

  it('a re-grade after an investigation closed with a warning stays below EXCELLENT', () => {
    const d = decide({ investigationOpen: false, penalties: [{ kind: 'PARTY_WARNING', year: YEAR }] }, 'EXCELLENT', { path: 'INVESTIGATION_REGRADE', current: 'UNGRADED' });
    expect(refusedBy(d)).toEqual(['PENALTY_NO_EXCELLENT']);
  });

  it('without the result in force, a correction path checks the gates only', () => {
    expect(decide({}, 'COMPETENT', { path: 'APPEAL_CORRECTION' }).ok).toBe(true);
  });
});

describe('the excellent quota on every path', () => {
  /** `graded` members counting the one being decided, `taken` of the others already EXCELLENT. */
  const poolOf = (graded: number, taken: number, raiseApproved = false, teamGrade: string | null = null): QuotaPool => ({
    subject: 'MEMBERS',
    teamGrade,
    raiseApproved,
    members: Array.from({ length: graded - 1 }, (_, i) => ({ id: `m${i}`, result: i < taken ? 'EXCELLENT' : null })),
  });

  it.each([
    // graded, taken, raise recorded, team grade, EXCELLENT allowed
    [10, 1, false, null, true],
    [10, 2, false, null, false],
    [10, 2, true, null, true],
    [10, 3, true, null, false],
    [12, 2, false, 'EXCELLENT', true],
    [12, 2, false, 'GOOD', false],
    [1, 0, false, null, false],
    [3, 0, false, null, true],
  ] as const)('%i graded, %i EXCELLENT taken (raise: %s, team: %s) → EXCELLENT allowed %s', (graded, taken, raise, teamGrade, allowed) => {
    const pool = poolOf(graded, taken, raise, teamGrade);
    for (const path of ['PROPOSAL', 'COMMITTEE_APPROVAL', 'COMMITTEE_CHANGE', 'BATCH_APPROVAL', 'IMPORT', 'BULK'] as const) {
      const d = decide({}, 'EXCELLENT', { pool, path });
      expect(d.ok).toBe(allowed);
      expect(d.ceiling).toBe(allowed ? 'EXCELLENT' : 'COMPETENT');
      expect(d.advice).toBe(allowed ? 'EXCELLENT' : 'COMPETENT');
      if (!allowed) expect(refusedBy(d)).toEqual(['QUOTA']);
    }
    expect(decide({}, 'COMPETENT', { pool }).ok).toBe(true);
  });

  it('a quota refusal names the limit, the places taken, the graded count and the percentage', () => {
    const d = decide({}, 'EXCELLENT', { pool: poolOf(10, 2) });
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'QUOTA', facts: { limit: 2, taken: 2, graded: 10, percent: 20, raiseApproved: false } }]);
    expect(d.quota).toEqual({ percent: 20, graded: 10, limit: 2, taken: 2, remaining: 0, fits: false, raiseApproved: false });
  });

  it('a correction to EXCELLENT is held to the quota too', () => {
    expect(refusedBy(decide({}, 'EXCELLENT', { pool: poolOf(10, 2), path: 'FAULT_TOLERANCE_REGRADE', current: 'COMPETENT' }))).toEqual(['QUOTA']);
  });

  it('a quota refusal comes with the person’s own gates', () => {
    expect(refusedBy(decide({ regularScore: 80 }, 'EXCELLENT', { pool: poolOf(10, 2) }))).toEqual(['REGULAR_BELOW_MINIMUM', 'QUOTA']);
  });
});

describe('the switches of the rule set', () => {
  const withGates = (gates: Partial<RuleSettings['gates']>) => mergeSettings(S, { gates }) as RuleSettings;

  it('without the one-level lowering, a low review only bars EXCELLENT', () => {
    const settings = withGates({ politicalReviewLowersOneLevel: false });
    expect(decide({ politicalReview: 'AVERAGE', score: 80 }, 'COMPETENT', { settings }).ok).toBe(true);
    expect(refusedBy(decide({ politicalReview: 'AVERAGE', score: 80 }, 'EXCELLENT', { settings }))).toEqual(['POLITICAL_REVIEW_NOT_GOOD']);
  });

  it('without the bar below 好, a FAIR review leaves EXCELLENT open', () => {
    expect(decide({ politicalReview: 'FAIR' }, 'EXCELLENT', { settings: withGates({ politicalReviewBarsExcellentBelowGood: false }) }).ok).toBe(true);
  });

  it('without the development condition, any team may be EXCELLENT', () => {
    expect(decide({ developmentScore: 10 }, 'EXCELLENT', { scale: 'TEAM', settings: withGates({ teamExcellentNeedsOutstandingDevelopment: false }) }).ok).toBe(true);
  });

  it.each([
    // setting, value, facts, EXCELLENT allowed
    ['regularScoreExcellentMinimum', 85, { regularScore: 86 }, true],
    ['regularScoreExcellentMinimum', 95, { regularScore: 94 }, false],
    ['poorQuartersBarExcellent', 3, { poorQuarters: 2 }, true],
    ['longLeaveMonths', 8, { leaveDays: 200 }, true],
    ['longLeaveMonths', 4, { leaveDays: 121 }, false],
  ] as const)('a local %s of %i: row %#', (setting, value, facts, allowed) => {
    expect(decide(facts, 'EXCELLENT', { settings: withGates({ [setting]: value }) }).ok).toBe(allowed);
  });

  it('team and cadre bands are read apart', () => {
    const settings = mergeSettings(S, { grading: { teamBands: { EXCELLENT: 85, GOOD: 70, AVERAGE: 50 }, cadreBands: { EXCELLENT: 95, COMPETENT: 80, BASICALLY_COMPETENT: 65 } } }) as RuleSettings;
    expect(decide({ score: 86, politicalReview: 'AVERAGE' }, 'GOOD', { scale: 'TEAM', settings })).toMatchObject({ ok: true, ceiling: 'GOOD', advice: 'GOOD' });
    expect(decide({ score: 51, politicalReview: 'GOOD' }, 'AVERAGE', { scale: 'TEAM', settings })).toMatchObject({ ok: true, advice: 'AVERAGE' });
    expect(decide({ score: 49.9, politicalReview: 'GOOD' }, 'POOR', { scale: 'TEAM', settings })).toMatchObject({ ok: true, advice: 'POOR' });
    expect(decide({ score: 94 }, 'COMPETENT', { settings })).toMatchObject({ ok: true, advice: 'COMPETENT' });
    expect(decide({ score: 79 }, 'BASICALLY_COMPETENT', { settings })).toMatchObject({ ok: true, advice: 'BASICALLY_COMPETENT' });
    expect(decide({ score: 64 }, 'INCOMPETENT', { settings })).toMatchObject({ ok: true, advice: 'INCOMPETENT' });
    expect(decide({ score: 86 }, 'QUALIFIED', { scale: 'PUBLIC_INSTITUTION', settings: S })).toMatchObject({ ok: true, advice: 'QUALIFIED' });
  });
});

describe('each refusal once, and only the refusals that apply', () => {
  it('a forced result needs no reason, and its refusal comes alone', () => {
    expect(refusedBy(decide({ investigationOpen: true }, 'COMPETENT', { reason: null }))).toEqual(['INVESTIGATION_OPEN']);
    expect(decide({ investigationOpen: true }, 'UNGRADED', { reason: null }).ok).toBe(true);
  });

  it('UNGRADED without a cause is off the scale, not below a low review', () => {
    expect(refusedBy(decide({ politicalReview: 'AVERAGE', score: 80 }, 'UNGRADED'))).toEqual(['NOT_ON_SCALE']);
  });

  it.each([
    ['REVIEW_CORRECTION', 'REVIEW'],
    ['APPEAL_CORRECTION', 'APPEAL'],
    ['INVESTIGATION_REGRADE', 'INVESTIGATION_CLOSED'],
    ['FAULT_TOLERANCE_REGRADE', 'FAULT_TOLERANCE'],
  ] as const)('%s records its source %s on a refusal', (path, source) => {
    const d = decide({}, 'INCOMPETENT', { path, current: 'COMPETENT', reason: 'r' });
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'CORRECTION_NOT_BETTER', facts: { current: 'COMPETENT', grade: 'INCOMPETENT', source } }]);
  });

  it.each(['REVIEW_CORRECTION', 'APPEAL_CORRECTION'] as const)('%s below the advice needs its reason', (path) => {
    expect(refusedBy(decide({}, 'COMPETENT', { path, current: 'INCOMPETENT', reason: null }))).toEqual(['REASON_REQUIRED']);
  });

  it('the gates in force are all explained, even when the grade passes them', () => {
    const d = decide({ politicalReview: 'FAIR', regularScore: 80 }, 'COMPETENT');
    expect(d.gates.map((g) => g.gate)).toEqual(['POLITICAL_REVIEW_NOT_GOOD', 'REGULAR_BELOW_MINIMUM']);
    expect(d).toMatchObject({ ok: true, grade: 'COMPETENT', proposed: 'COMPETENT', path: 'COMMITTEE_CHANGE', forced: null });
  });

  it('a veto without a recorded day still names the day as unknown', () => {
    const d = decide({ politicalVeto: true }, 'COMPETENT');
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'POLITICAL_VETO', facts: { recordedOn: null } }]);
    expect(refusedBy(decide({ investigationOpen: true }, 'COMPETENT')).length).toBe(1);
    expect((decide({ investigationOpen: true }, 'COMPETENT') as { refusals: Array<{ facts: unknown }> }).refusals[0]!.facts).toEqual({ openedOn: null });
  });
});

describe('what the refusals leave out', () => {
  it('an overridden forced gate does not refuse the result that wins', () => {
    expect(refusedBy(decide({ politicalVeto: true, investigationOpen: true }, 'UNGRADED'))).toEqual(['POLITICAL_VETO']);
    expect(refusedBy(decide({ investigationOpen: true, probation: true }, 'COMMENT_ONLY'))).toEqual(['INVESTIGATION_OPEN']);
  });

  it('off the scale: the refusal lists the grades of the scale', () => {
    const d = decide({}, 'UNGRADED', { scale: 'TEAM' });
    expect(d.ok ? null : d.refusals).toEqual([{ gate: 'NOT_ON_SCALE', facts: { grade: 'UNGRADED', scale: 'TEAM', grades: ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] } }]);
  });

  it.each(['COMMITTEE_CHANGE', 'PROPOSAL', 'IMPORT', 'BATCH_APPROVAL'] as const)('%s is no correction: the result in force is not compared', (path) => {
    expect(decide({}, 'COMPETENT', { path, current: 'COMPETENT', reason: 'r' }).ok).toBe(true);
  });
});

describe('the verdict a grade event carries, and the engine-side advice', () => {
  it('an allowed grade: the gates in force, nothing refused, the pool as counted', () => {
    const pool: QuotaPool = { subject: 'MEMBERS', teamGrade: null, raiseApproved: true, members: [{ id: 'a', result: 'EXCELLENT' }, ...Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, result: 'COMPETENT' }))] };
    const v = verdictOf(decide({ politicalReview: 'FAIR' }, 'COMPETENT', { path: 'COMMITTEE_CHANGE', reason: '集体研究', pool }));
    // 10 graded (9 others and this one), 25% with the raise recorded: 2.5 rounds half up to 3; one taken.
    expect(v).toEqual({
      grade: 'COMPETENT',
      path: 'COMMITTEE_CHANGE',
      ok: true,
      gates: ['POLITICAL_REVIEW_NOT_GOOD'],
      refused: [],
      quota: { limit: 3, taken: 1, graded: 10, percent: 25, raiseApproved: true },
    });
  });

  it('a refused grade: every gate it breaks', () => {
    const v = verdictOf(decide({ politicalVeto: true, penalties: [{ kind: 'ADMONISHMENT', year: YEAR }] }, 'EXCELLENT'));
    expect(v.ok).toBe(false);
    expect(v.refused).toEqual(['POLITICAL_VETO', 'PENALTY_NO_EXCELLENT']);
    expect(v.gates).toEqual(['POLITICAL_VETO', 'PENALTY_NO_EXCELLENT']);
  });

  it.each<[string, Partial<GradeFacts>, QuotaPool, string, string | null, string[]]>([
    ['a clean 95 with room in the pool', {}, roomyPool(), 'EXCELLENT', 'EXCELLENT', ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT']],
    [
      'a clean 95 in a full pool (2 of 2 taken among 10 graded)',
      {},
      { subject: 'MEMBERS', teamGrade: null, raiseApproved: false, members: [{ id: 'x', result: 'EXCELLENT' }, { id: 'y', result: 'EXCELLENT' }, ...Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, result: null }))] },
      'COMPETENT',
      'COMPETENT',
      ['COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'],
    ],
    ['a serious party warning this year', { penalties: [{ kind: 'SERIOUS_PARTY_WARNING', year: YEAR }] }, roomyPool(), 'UNGRADED', null, ['UNGRADED']],
    ['a score of 80 (COMPETENT by the bands)', { score: 80 }, roomyPool(), 'COMPETENT', 'EXCELLENT', ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT']],
  ])('advice for %s', (_what, facts, pool, advice, ceiling, allowed) => {
    const a = adviseGrade({ scale: 'CADRE', assessmentId: 'self', facts: clean(facts), settings: S, quota: pool });
    expect(a.advice).toBe(advice);
    expect(a.ceiling).toBe(ceiling);
    expect(a.allowedGrades).toEqual(allowed);
    expect(a.quotaRefusal).toEqual({ gate: 'QUOTA', facts: { limit: a.quota.limit, taken: a.quota.taken, graded: a.quota.graded, percent: a.quota.percent, raiseApproved: false } });
  });
});
