import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolQuotaSettings } from '../rules/quota.js';
import { DEFAULT_RULE_SETTINGS, PENALTY_KINDS, mergeSettings, type PenaltyKind, type RuleSettings } from '../rules/settings.js';
import { cadreComponents, teamComponents } from './components.js';
import { applyGates, candidateFacts, compareForQuota, compositeScore, gateDetail, proposeGrades, type Candidate } from './propose.js';
import { cleanFacts } from '../decide/facts.js';

const S = DEFAULT_RULE_SETTINGS;
const YEAR = 2025;

/** A cadre with a clean record scoring `score` on every component. */
function cadre(id: string, score: number, patch: Partial<Candidate> = {}): Candidate {
  return {
    id,
    subject: 'CADRE',
    components: cadreComponents({ regular: score, workResults: score, abilities: score }, S),
    politicalReview: 'GOOD',
    politicalVeto: false,
    penalties: [],
    negativeList: [],
    investigationOpen: false,
    longLeave: false,
    probation: false,
    regularScore: score,
    poorQuarters: 0,
    votes: { excellentPercent: 60, excellentOrCompetentPercent: 95, incompetentPercent: 1 },
    ...patch,
  };
}
const gradeOf = (c: Candidate, settings: RuleSettings = S) => applyGates(c, YEAR, settings).grade;
const codesOf = (c: Candidate) => applyGates(c, YEAR, S).gates.map((g) => g.code);

describe('the composite score', () => {
  it('a cadre: regular 30% of the annual score, the rest work results 70% and abilities 30%', () => {
    const components = cadreComponents({ regular: 90, workResults: 80, abilities: 70 }, S);
    expect(components.map((c) => [c.key, c.weight])).toEqual([
      ['REGULAR', 30],
      ['WORK_RESULTS', 49],
      ['ABILITIES', 21],
    ]);
    expect(applyGates(cadre('a', 0, { components }), YEAR, S).score).toBe(80.9);
  });

  it('a city team: development within 55–70% of performance, the survey 5%, regular 30%', () => {
    const weights = (share?: number) => teamComponents('CITY', { regular: 1, development: 1, survey: 1, other: 1 }, S, share).map((c) => [c.key, c.weight]);
    expect(weights()).toEqual([['REGULAR', 30], ['PUBLIC_SURVEY', 5], ['DEVELOPMENT', 39], ['OTHER_INDICATORS', 26]]);
    expect(weights(80)[2]).toEqual(['DEVELOPMENT', 45.5]);
    expect(weights(40)[2]).toEqual(['DEVELOPMENT', 35.75]);
  });

  it('a missing component is re-weighted over the others rather than counted as 0', () => {
    const c = cadre('a', 0, { components: cadreComponents({ regular: null, workResults: 80, abilities: 80 }, S) });
    expect(applyGates(c, YEAR, S).score).toBe(80);
  });
});

describe('the bands and the gates', () => {
  it.each([
    [95, 'EXCELLENT'],
    [90, 'EXCELLENT'],
    [89.99, 'COMPETENT'],
    [75, 'COMPETENT'],
    [60, 'BASICALLY_COMPETENT'],
    [59.9, 'INCOMPETENT'],
  ])('a clean cadre scoring %f is proposed %s', (score, grade) => {
    expect(gradeOf(cadre('a', score, { regularScore: 95 }))).toBe(grade);
  });

  it('bands are looked up by grade, whatever the key order of stored (JSONB) settings', () => {
    const reordered = JSON.parse(JSON.stringify(S)) as RuleSettings;
    reordered.grading.cadreBands = { COMPETENT: 75, EXCELLENT: 90, BASICALLY_COMPETENT: 60 } as RuleSettings['grading']['cadreBands'];
    expect(gradeOf(cadre('a', 84, { regularScore: 95 }), reordered)).toBe('COMPETENT');
    expect(gradeOf(cadre('a', 91, { regularScore: 95 }), reordered)).toBe('EXCELLENT');
  });

  it('regular score 89.9 bars EXCELLENT; 90 does not', () => {
    expect(gradeOf(cadre('a', 95, { regularScore: 89.9 }))).toBe('COMPETENT');
    expect(codesOf(cadre('a', 95, { regularScore: 89.9 }))).toContain('REGULAR_BELOW_MINIMUM');
    expect(gradeOf(cadre('a', 95, { regularScore: 90 }))).toBe('EXCELLENT');
  });

  it.each([
    ['GOOD', 'COMPETENT', 'COMPETENT'],
    ['FAIR', 'COMPETENT', 'COMPETENT'],
    ['AVERAGE', 'COMPETENT', 'BASICALLY_COMPETENT'],
    ['POOR', 'COMPETENT', 'BASICALLY_COMPETENT'],
    ['FAIR', 'EXCELLENT', 'COMPETENT'],
    ['AVERAGE', 'EXCELLENT', 'COMPETENT'],
  ] as const)('political review %s turns a %s score into %s', (review, scoreGrade, grade) => {
    const score = scoreGrade === 'EXCELLENT' ? 95 : 80;
    expect(gradeOf(cadre('a', score, { politicalReview: review, regularScore: 95 }))).toBe(grade);
  });

  it('a political veto gives the lowest grade whatever the score', () => {
    expect(gradeOf(cadre('a', 99, { politicalVeto: true }))).toBe('INCOMPETENT');
  });

  const expected: Record<string, string> = {
    NO_EXCELLENT: 'COMPETENT',
    UNGRADED_THIS_YEAR: 'UNGRADED',
    UNGRADED_THIS_AND_NEXT_YEAR: 'UNGRADED',
    INCOMPETENT: 'INCOMPETENT',
  };
  it.each(PENALTY_KINDS.map((k) => [k, S.gates.penaltyEffects[k], expected[S.gates.penaltyEffects[k]]]))(
    'penalty %s (%s) this year → %s for an otherwise EXCELLENT cadre',
    (kind, _effect, grade) => {
      expect(gradeOf(cadre('a', 95, { penalties: [{ kind: kind as PenaltyKind, year: YEAR }] }))).toBe(grade);
    },
  );

  it('major demerit, downgrade or dismissal from post last year still leave this year UNGRADED; a demerit last year does not', () => {
    expect(gradeOf(cadre('a', 95, { penalties: [{ kind: 'MAJOR_DEMERIT', year: YEAR - 1 }] }))).toBe('UNGRADED');
    expect(gradeOf(cadre('a', 95, { penalties: [{ kind: 'DEMERIT', year: YEAR - 1 }] }))).toBe('EXCELLENT');
  });

  it('when two penalties apply, the heaviest effect wins', () => {
    expect(gradeOf(cadre('a', 95, { penalties: [{ kind: 'PARTY_WARNING', year: YEAR }, { kind: 'DEMERIT', year: YEAR }] }))).toBe('UNGRADED');
    expect(gradeOf(cadre('a', 95, { penalties: [{ kind: 'EXPULSION', year: YEAR }, { kind: 'DEMERIT', year: YEAR }] }))).toBe('INCOMPETENT');
  });

  it('an investigation keeps the cadre UNGRADED; closed with a warning, the year is re-graded without EXCELLENT', () => {
    const open = cadre('a', 95, { investigationOpen: true });
    expect(applyGates(open, YEAR, S)).toMatchObject({ grade: 'UNGRADED', score: null });
    const closedWithWarning = cadre('a', 95, { investigationOpen: false, penalties: [{ kind: 'PARTY_WARNING', year: YEAR }] });
    expect(gradeOf(closedWithWarning)).toBe('COMPETENT');
    expect(gradeOf(cadre('a', 95, { investigationOpen: false }))).toBe('EXCELLENT');
  });

  it('probation gives COMMENT_ONLY, long leave UNGRADED', () => {
    expect(gradeOf(cadre('a', 95, { probation: true }))).toBe('COMMENT_ONLY');
    expect(gradeOf(cadre('a', 95, { longLeave: true }))).toBe('UNGRADED');
  });

  it('a negative-list situation bars EXCELLENT, unless the accusation was cleared or the error tolerated', () => {
    expect(gradeOf(cadre('a', 95, { negativeList: [{ code: 'FORMALISM' }] }))).toBe('COMPETENT');
    expect(gradeOf(cadre('a', 95, { negativeList: [{ code: 'FORMALISM', cleared: true }] }))).toBe('EXCELLENT');
    expect(gradeOf(cadre('a', 95, { negativeList: [{ code: 'MAJOR_MISTAKE', tolerated: true }] }))).toBe('EXCELLENT');
  });

  it('a tolerated error never counts: an exempted demerit leaves the grade alone', () => {
    expect(gradeOf(cadre('a', 95, { penalties: [{ kind: 'DEMERIT', year: YEAR, tolerated: true }] }))).toBe('EXCELLENT');
  });

  it('two or more poor quarters bar EXCELLENT', () => {
    expect(gradeOf(cadre('a', 95, { poorQuarters: 1 }))).toBe('EXCELLENT');
    expect(gradeOf(cadre('a', 95, { poorQuarters: 2 }))).toBe('COMPETENT');
  });

  it('vote shares: under 2/3 excellent+competent or over 1/3 incompetent bar EXCELLENT and flag the committee', () => {
    const low = applyGates(cadre('a', 95, { votes: { excellentPercent: 30, excellentOrCompetentPercent: 60, incompetentPercent: 10 } }), YEAR, S);
    expect(low).toMatchObject({ grade: 'COMPETENT', flags: ['ADMONISHMENT_OR_ADJUSTMENT_CONSIDERED'] });
    const high = applyGates(cadre('a', 80, { votes: { excellentPercent: 10, excellentOrCompetentPercent: 70, incompetentPercent: 34 } }), YEAR, S);
    expect(high.flags).toEqual(['REMOVAL_OR_DEMOTION_CONSIDERED']);
  });

  it('a team is EXCELLENT only with outstanding development results', () => {
    const team = (development: number): Candidate => ({
      ...cadre('t', 95),
      subject: 'TEAM',
      components: teamComponents('CITY', { regular: 95, development, survey: 95, other: 95 }, S),
      developmentScore: development,
    });
    expect(gradeOf(team(95))).toBe('EXCELLENT');
    expect(gradeOf(team(91))).toBe('EXCELLENT');
    expect(applyGates(team(89), YEAR, S)).toMatchObject({ grade: 'GOOD', gates: [expect.objectContaining({ code: 'TEAM_NOT_OUTSTANDING' })] });
  });
});

describe('the excellent quota of a pool', () => {
  const pool = (n: number, excellent: number) => Array.from({ length: n }, (_, i) => cadre(`c${String(i).padStart(2, '0')}`, i < excellent ? 95 - i : 80));

  it.each([
    [12, 5, false, 2],
    [13, 5, false, 3],
    [10, 5, false, 2],
    [10, 5, true, 3],
    [12, 5, true, 3],
  ])('%i graded with %i EXCELLENT candidates (raise approved: %s) → %i EXCELLENT', (n, candidates, raise, allowed) => {
    const result = proposeGrades(pool(n, candidates), YEAR, S, { raiseApproved: raise });
    expect(result.filter((r) => r.grade === 'EXCELLENT')).toHaveLength(allowed);
    const bumped = result.filter((r) => r.gates.some((g) => g.code === 'QUOTA'));
    expect(bumped).toHaveLength(candidates - allowed);
    expect(bumped.every((r) => r.grade === 'COMPETENT')).toBe(true);
  });

  it('the best candidates keep EXCELLENT, by score then the documented tie-break', () => {
    const tie = [cadre('b', 95, { regularScore: 92 }), cadre('a', 95, { regularScore: 92 }), cadre('c', 95, { regularScore: 96 }), ...pool(7, 0)];
    const result = proposeGrades(tie, YEAR, S);
    // 10 graded → 2 allowed: c wins on the regular score, then a beats b on the id.
    expect(result.filter((r) => r.grade === 'EXCELLENT').map((r) => r.id).sort()).toEqual(['a', 'c']);
    expect(result.find((r) => r.id === 'b')).toMatchObject({ quotaRank: 3, quota: { allowed: 2, candidates: 3 } });
  });

  it('UNGRADED and COMMENT_ONLY do not count among the graded', () => {
    const withOverlays = [...pool(10, 3), cadre('x', 95, { probation: true }), cadre('y', 95, { investigationOpen: true }), cadre('z', 95, { longLeave: true })];
    expect(proposeGrades(withOverlays, YEAR, S).filter((r) => r.grade === 'EXCELLENT')).toHaveLength(2);
  });

  it.each([
    // the members of a unit whose team is graded …, raise recorded → EXCELLENT kept of 12 graded with 5 candidates
    ['EXCELLENT', false, 3],
    ['GOOD', false, 2],
    ['AVERAGE', false, 2],
    [null, false, 2],
    ['GOOD', true, 3],
  ] as const)("members of a team graded %s (raise recorded: %s): the pool's quota tilts → %i EXCELLENT", (teamGrade, raise, allowed) => {
    const quota = poolQuotaSettings({ subject: 'MEMBERS', teamGrade }, S.gates);
    expect(proposeGrades(pool(12, 5), YEAR, S, { quota, raiseApproved: raise }).filter((r) => r.grade === 'EXCELLENT')).toHaveLength(allowed);
  });

  it('a local quota setting of 15% applies', () => {
    const strict = mergeSettings(S, { gates: { excellentQuotaPercent: 15 } }) as RuleSettings;
    expect(proposeGrades(pool(20, 6), YEAR, strict).filter((r) => r.grade === 'EXCELLENT')).toHaveLength(3);
  });
});

describe('properties over random pools and settings', () => {
  const arbCandidate = (id: number) =>
    fc.record({
      score: fc.double({ min: 40, max: 100, noNaN: true }),
      regular: fc.option(fc.double({ min: 70, max: 100, noNaN: true }), { nil: null }),
      review: fc.constantFrom('GOOD', 'GOOD', 'GOOD', 'FAIR', 'AVERAGE', 'POOR', null),
      penalty: fc.option(fc.constantFrom(...PENALTY_KINDS), { nil: null }),
      investigation: fc.boolean(),
      probation: fc.boolean(),
      poorQuarters: fc.integer({ min: 0, max: 4 }),
      negative: fc.boolean(),
    }).map((r) =>
      cadre(`c${id}`, r.score, {
        regularScore: r.regular,
        politicalReview: r.review as Candidate['politicalReview'],
        politicalVeto: false,
        penalties: r.penalty ? [{ kind: r.penalty, year: YEAR }] : [],
        investigationOpen: r.investigation && r.score > 95,
        probation: r.probation && r.score < 45,
        poorQuarters: r.poorQuarters,
        negativeList: r.negative && r.score > 90 ? [{ code: 'FORMALISM' }] : [],
      }),
    );
  const arbPool = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCandidate(i))));
  const arbSettings = fc.record({ quota: fc.integer({ min: 0, max: 40 }), raised: fc.integer({ min: 0, max: 20 }), raise: fc.boolean() });

  it('the quota is never exceeded, every EXCELLENT passed every gate, and row order does not matter', () => {
    fc.assert(
      fc.property(arbPool, arbSettings, fc.integer(), (pool, s, seed) => {
        const settings = mergeSettings(S, { gates: { excellentQuotaPercent: s.quota, excellentQuotaRaisedPercent: s.quota + s.raised } }) as RuleSettings;
        const result = proposeGrades(pool, YEAR, settings, { raiseApproved: s.raise });
        const graded = result.filter((r) => r.grade !== 'UNGRADED' && r.grade !== 'COMMENT_ONLY').length;
        const percent = s.raise ? s.quota + s.raised : s.quota;
        const excellent = result.filter((r) => r.grade === 'EXCELLENT');
        expect(excellent.length).toBeLessThanOrEqual(Math.floor((graded * percent) / 100 + 0.5 + 1e-9));
        for (const r of excellent) expect(r.gates.filter((g) => g.effect !== 'FLAG')).toEqual([]);
        // Shuffle deterministically by the seed and compare.
        const shuffled = [...pool].sort((a, b) => ((a.id.charCodeAt(1) * 31 + seed) % 97) - ((b.id.charCodeAt(1) * 31 + seed) % 97));
        const again = proposeGrades(shuffled, YEAR, settings, { raiseApproved: s.raise });
        const byId = (rs: typeof result) => Object.fromEntries(rs.map((r) => [r.id, r.grade]));
        expect(byId(again)).toEqual(byId(result));
      }),
      { numRuns: 300 },
    );
  });
});

describe("the engine's explanation reads the shared gates", () => {
  const effectOf: Record<string, string> = {
    POLITICAL_VETO: 'FORCE',
    PENALTY_INCOMPETENT: 'FORCE',
    INVESTIGATION_OPEN: 'FORCE',
    PENALTY_UNGRADED: 'FORCE',
    LONG_LEAVE: 'FORCE',
    PROBATION: 'FORCE',
    POLITICAL_REVIEW_LOW: 'LOWER',
    NO_SCORE: 'FLAG',
  };
  for (const code of ['POLITICAL_REVIEW_NOT_GOOD', 'NEGATIVE_LIST', 'ACCUSATION_UNCLEARED', 'PENALTY_NO_EXCELLENT', 'REGULAR_BELOW_MINIMUM', 'POOR_QUARTERS', 'TEAM_NOT_OUTSTANDING', 'VOTE_SHARE_LOW', 'VOTE_INCOMPETENT_HIGH'])
    effectOf[code] = 'NO_EXCELLENT';

  it.each([
    // candidate patch, code, detail
    [{ politicalVeto: true }, 'POLITICAL_VETO', '政治一票否决'],
    [{ penalties: [{ kind: 'EXPULSION' as const, year: YEAR }] }, 'PENALTY_INCOMPETENT', 'a penalty that makes the year INCOMPETENT: EXPULSION (2025)'],
    [{ investigationOpen: true }, 'INVESTIGATION_OPEN', '立案审查未结案: ungraded until the case closes'],
    [{ penalties: [{ kind: 'DOWNGRADE' as const, year: YEAR - 1 }] }, 'PENALTY_UNGRADED', 'UNGRADED_THIS_AND_NEXT_YEAR: DOWNGRADE (2024)'],
    [{ longLeave: true }, 'LONG_LEAVE', 'leave over 6 months (181 days)'],
    [{ leaveDays: 200 }, 'LONG_LEAVE', 'leave over 6 months (200 days)'],
    [{ probation: true }, 'PROBATION', '试用期: comment only'],
    [{ politicalReview: 'POOR' as const }, 'POLITICAL_REVIEW_LOW', 'political review POOR: one level down'],
    [{ politicalReview: 'FAIR' as const }, 'POLITICAL_REVIEW_NOT_GOOD', 'political review FAIR'],
    [{ negativeList: [{ code: 'FORMALISM' }, { code: 'INTEGRITY' }] }, 'NEGATIVE_LIST', 'FORMALISM, INTEGRITY'],
    [{ accusations: [{ cleared: false }, { id: 'a', cleared: false }] }, 'ACCUSATION_UNCLEARED', '2 accusation(s) not cleared'],
    [{ penalties: [{ kind: 'ADMONISHMENT' as const, year: YEAR }, { kind: 'REASSIGNMENT' as const, year: YEAR }] }, 'PENALTY_NO_EXCELLENT', 'warning, admonishment or reassignment this year: ADMONISHMENT (2025), REASSIGNMENT (2025)'],
    [{ regularScore: 85 }, 'REGULAR_BELOW_MINIMUM', 'regular score 85 < 90'],
    [{ poorQuarters: 3 }, 'POOR_QUARTERS', '3 quarters graded AVERAGE or POOR'],
    [{ subject: 'TEAM' as const, developmentScore: 80 }, 'TEAM_NOT_OUTSTANDING', 'development score 80'],
    [{ subject: 'TEAM' as const, developmentScore: null }, 'TEAM_NOT_OUTSTANDING', 'development score missing'],
    [{ components: [] }, 'NO_SCORE', 'no scored component: the middle grade is proposed for the committee to decide'],
    [{ votes: { excellentPercent: 30, excellentOrCompetentPercent: 60.04, incompetentPercent: 10 } }, 'VOTE_SHARE_LOW', 'excellent+competent 60.0%'],
    [{ votes: { excellentPercent: 10, excellentOrCompetentPercent: 70, incompetentPercent: 40.06 } }, 'VOTE_INCOMPETENT_HIGH', 'incompetent 40.1%'],
  ] as const)('wording row %#', (patch, code, detail) => {
    const gates = applyGates(cadre('a', 95, patch as Partial<Candidate>), YEAR, S).gates;
    expect(gates.find((g) => g.code === code)?.detail).toBe(detail);
    expect(gates.find((g) => g.code === code)?.effect).toBe(effectOf[code]);
  });

  it('a gate carries its facts, as the binding check names them', () => {
    const gates = applyGates(cadre('a', 95, { regularScore: 85 }), YEAR, S).gates;
    expect(gates).toEqual([{ code: 'REGULAR_BELOW_MINIMUM', effect: 'NO_EXCELLENT', detail: 'regular score 85 < 90', facts: { regularScore: 85, minimum: 90 } }]);
  });

  it('a forced result explains the winning gate alone and keeps the score unless UNGRADED', () => {
    expect(applyGates(cadre('a', 95, { politicalVeto: true, investigationOpen: true }), YEAR, S)).toMatchObject({ grade: 'INCOMPETENT', score: 95, forced: true, gates: [{ code: 'POLITICAL_VETO' }] });
    expect(applyGates(cadre('a', 95, { probation: true }), YEAR, S)).toMatchObject({ grade: 'COMMENT_ONLY', score: 95, forced: true });
    expect(applyGates(cadre('a', 95), YEAR, S)).toMatchObject({ grade: 'EXCELLENT', forced: false, gates: [], flags: [] });
  });

  it('the quota gate of a pool names its figures', () => {
    const pool = Array.from({ length: 5 }, (_, i) => cadre(`c${i}`, 99 - i));
    const result = proposeGrades(pool, YEAR, S, { pool: { subject: 'MEMBERS', teamGrade: null, others: [{ id: 'o1', result: 'COMPETENT' }] } });
    expect(result.find((r) => r.id === 'c1')!.gates).toEqual([
      { code: 'QUOTA', effect: 'NO_EXCELLENT', detail: 'rank 2 of 5 EXCELLENT candidates; the pool allows 1', facts: { rank: 2, candidates: 5, allowed: 1, limit: 1, taken: 0, graded: 6, percent: 20 } },
    ]);
  });

  it("the pool's members graded before count among the graded and their EXCELLENT take places", () => {
    const pool = Array.from({ length: 3 }, (_, i) => cadre(`c${i}`, 99 - i));
    const others = Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, result: i === 0 ? 'EXCELLENT' : 'COMPETENT' }));
    // 10 graded → 2 places, one taken by o0: one candidate keeps EXCELLENT.
    const result = proposeGrades(pool, YEAR, S, { pool: { subject: 'MEMBERS', teamGrade: null, others } });
    expect(result.filter((r) => r.grade === 'EXCELLENT').map((r) => r.id)).toEqual(['c0']);
    // The members of an EXCELLENT team: 25% of 10 = 3 places, one taken.
    const tilted = proposeGrades(pool, YEAR, S, { pool: { subject: 'MEMBERS', teamGrade: 'EXCELLENT', others } });
    expect(tilted.filter((r) => r.grade === 'EXCELLENT').map((r) => r.id)).toEqual(['c0', 'c1']);
    // Forced candidates are not graded: c0, x, y and 5 others, x and y forced out → 6 graded → 1 place, taken by o0.
    const forced = proposeGrades([...pool.slice(0, 1), cadre('x', 95, { probation: true }), cadre('y', 95, { investigationOpen: true })], YEAR, S, {
      pool: { subject: 'MEMBERS', teamGrade: null, others: others.slice(0, 5) },
    });
    expect(forced.filter((r) => r.grade === 'EXCELLENT')).toEqual([]);
  });
});

describe('the composite, the tie-break and the quota of a pool, piece by piece', () => {
  it('each part contributes its weighted share; a missing one contributes 0; no weight, no score', () => {
    expect(compositeScore([{ key: 'A', weight: 50, value: 80 }, { key: 'B', weight: 50, value: 60 }])).toEqual({
      score: 70,
      parts: [{ key: 'A', weight: 50, value: 80, contribution: 40 }, { key: 'B', weight: 50, value: 60, contribution: 30 }],
    });
    expect(compositeScore([{ key: 'A', weight: 30, value: 90 }, { key: 'B', weight: 70, value: null }])).toEqual({
      score: 90,
      parts: [{ key: 'A', weight: 30, value: 90, contribution: 90 }, { key: 'B', weight: 70, value: null, contribution: 0 }],
    });
    expect(compositeScore([{ key: 'A', weight: 0, value: 90 }])).toEqual({ score: null, parts: [{ key: 'A', weight: 0, value: 90, contribution: 0 }] });
    expect(compositeScore([{ key: 'A', weight: 0, value: 10 }, { key: 'B', weight: 100, value: 80 }]).score).toBe(80);
  });

  const gated = (id: string, patch: Partial<Candidate> = {}, score: number | null = 95) => ({ ...applyGates(cadre(id, 95, patch), YEAR, S), score });
  it.each([
    // the tie-break, in order: a goes first
    ['a higher score', () => gated('b', {}, 96), () => gated('a', {}, 95), -1],
    ['a lower score', () => gated('a', {}, 95), () => gated('b', {}, 96), 1],
    ['a score against none', () => gated('a', {}, 95), () => gated('b', {}, null), -1],
    ['a better political review', () => gated('b', { politicalReview: 'GOOD' }), () => gated('a', { politicalReview: 'FAIR' }), -1],
    ['a review against none', () => gated('b', { politicalReview: 'POOR' }), () => gated('a', { politicalReview: null }), -1],
    ['a higher regular score', () => gated('b', { regularScore: 91 }), () => gated('a', { regularScore: 93 }), 1],
    ['a regular score against none', () => gated('b', { regularScore: 91 }), () => gated('a', { regularScore: null }), -1],
    ['a higher excellent vote share', () => gated('b', { votes: { excellentPercent: 50, excellentOrCompetentPercent: 90, incompetentPercent: 0 } }), () => gated('a', { votes: { excellentPercent: 40, excellentOrCompetentPercent: 90, incompetentPercent: 0 } }), -1],
    ['a vote share against none', () => gated('b', { votes: { excellentPercent: 50, excellentOrCompetentPercent: 90, incompetentPercent: 0 } }), () => gated('a', { votes: null }), -1],
    ['the id last', () => gated('a'), () => gated('b'), -1],
    ['the id last, the other way', () => gated('b'), () => gated('a'), 1],
    ['the same candidate', () => gated('a'), () => gated('a'), 0],
    ['FAIR before AVERAGE', () => gated('b', { politicalReview: 'FAIR' }), () => gated('a', { politicalReview: 'AVERAGE' }), -1],
    ['AVERAGE before POOR', () => gated('b', { politicalReview: 'AVERAGE' }), () => gated('a', { politicalReview: 'POOR' }), -1],
    ['GOOD before FAIR', () => gated('b', { politicalReview: 'GOOD' }), () => gated('a', { politicalReview: 'FAIR' }), -1],
    ['POOR after AVERAGE', () => gated('a', { politicalReview: 'POOR' }), () => gated('b', { politicalReview: 'AVERAGE' }), 1],
    ['a score of 0 before none', () => gated('b', {}, 0), () => gated('a', {}, null), -1],
    ['none after a score of 0', () => gated('a', {}, null), () => gated('b', {}, 0), 1],
    ['a regular score of 0 before none', () => gated('b', { regularScore: 0 }), () => gated('a', { regularScore: null }), -1],
    ['no regular score after 0', () => gated('a', { regularScore: null }), () => gated('b', { regularScore: 0 }), 1],
    ['an excellent share of 0 before none', () => gated('b', { votes: { excellentPercent: 0, excellentOrCompetentPercent: 90, incompetentPercent: 0 } }), () => gated('a', { votes: null }), -1],
    ['no votes after an excellent share of 0', () => gated('a', { votes: null }), () => gated('b', { votes: { excellentPercent: 0, excellentOrCompetentPercent: 90, incompetentPercent: 0 } }), 1],
  ] as const)('%s decides the order', (_why, first, second, sign) => {
    // Built inside the test: a broken engine fails this test, not the collection of the file.
    expect(Math.sign(compareForQuota(first(), second()))).toBe(sign);
  });

  it('the gates of each candidate stay on its proposal', () => {
    const result = proposeGrades([cadre('a', 95, { regularScore: 80 }), cadre('b', 95)], YEAR, S);
    expect(result.find((r) => r.id === 'a')!.gates.map((g) => g.code)).toEqual(['REGULAR_BELOW_MINIMUM']);
  });

  it('a team beyond the quota goes to GOOD', () => {
    const team = (id: string, score: number): Candidate => ({ ...cadre(id, score), subject: 'TEAM', components: [{ key: 'ALL', weight: 100, value: score }], developmentScore: 95 });
    const result = proposeGrades([team('t1', 99), team('t2', 98), team('t3', 80), team('t4', 80), team('t5', 80)], YEAR, S);
    expect(result.map((r) => r.grade)).toEqual(['EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'GOOD']);
  });

  it('EXCELLENT decided outside the run take places (the older option)', () => {
    const pool = Array.from({ length: 10 }, (_, i) => cadre(`c${i}`, i < 3 ? 99 - i : 80));
    expect(proposeGrades(pool, YEAR, S, { alreadyExcellent: 1 }).filter((r) => r.grade === 'EXCELLENT').map((r) => r.id)).toEqual(['c0']);
    expect(proposeGrades(pool, YEAR, S, { alreadyExcellent: 2 }).filter((r) => r.grade === 'EXCELLENT')).toEqual([]);
  });

  it('a pool given as decide/ counts it wins over the older pre-tilted quota', () => {
    const pool = Array.from({ length: 10 }, (_, i) => cadre(`c${i}`, i < 4 ? 99 - i : 80));
    const strict = { excellentQuotaPercent: 10, excellentQuotaRaisedPercent: 10 };
    expect(proposeGrades(pool, YEAR, S, { quota: strict }).filter((r) => r.grade === 'EXCELLENT')).toHaveLength(1);
    expect(proposeGrades(pool, YEAR, S, { quota: strict, pool: { subject: 'MEMBERS', teamGrade: null, others: [] } }).filter((r) => r.grade === 'EXCELLENT')).toHaveLength(2);
  });

  it('refusing to take part is worded too', () => {
    expect(gateDetail({ gate: 'REFUSED_TO_TAKE_PART', effect: 'FORCE', result: 'INCOMPETENT', facts: {} })).toBe('refused to take part in the assessment');
  });
});

describe('the advisory vote-share gates', () => {
  it.each([
    // excellent+competent %, incompetent %, score, grade, gates
    [(2 / 3) * 100, (1 / 3) * 100, 95, 'EXCELLENT', []],
    [66.6, 10, 95, 'COMPETENT', ['VOTE_SHARE_LOW']],
    [90, 33.4, 95, 'COMPETENT', ['VOTE_INCOMPETENT_HIGH']],
    [60, 40, 80, 'COMPETENT', ['VOTE_SHARE_LOW', 'VOTE_INCOMPETENT_HIGH']],
    [60, 40, 65, 'BASICALLY_COMPETENT', ['VOTE_SHARE_LOW', 'VOTE_INCOMPETENT_HIGH']],
  ] as const)('row %#: the boundaries are not flagged, and a grade below EXCELLENT stays where it is', (share, incompetent, score, grade, gates) => {
    const result = applyGates(cadre('a', score, { regularScore: 95, votes: { excellentPercent: 10, excellentOrCompetentPercent: share, incompetentPercent: incompetent } }), YEAR, S);
    expect(result.grade).toBe(grade);
    expect(result.gates.map((g) => g.code)).toEqual(gates);
  });
});

describe('the facts the server loaded for the binding check win over the candidate’s own fields', () => {
  it('a veto and an accusation in the loaded facts: the gates read them, the score is the composite', () => {
    const loaded = cleanFacts(YEAR, { politicalVeto: true, accusations: [{ id: 'a1', code: null, cleared: false }], regularScore: 95 });
    const c = cadre('x', 95, { gradeFacts: loaded });
    expect(candidateFacts(c, YEAR, S)).toEqual({ ...loaded, score: 95 });
    expect(gradeOf(c)).toBe('INCOMPETENT');
    expect(codesOf(c)).toEqual(['POLITICAL_VETO']);
    // Without them, the candidate's own clean fields stand.
    expect(gradeOf(cadre('x', 95))).toBe('EXCELLENT');
  });
});
