import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateFacts, proposeGrades, type Candidate } from '../grading/propose.js';
import { GRADE_SCALES } from '../rules/grades.js';
import { quotaPoolKey, type QuotaPool } from '../rules/quota.js';
import { DEFAULT_RULE_SETTINGS, PENALTY_KINDS, type PenaltyKind } from '../rules/settings.js';
import { DECISION_PATHS, decideGrade } from './decide.js';
import type { DecisionScale, GradeFacts } from './facts.js';

/**
 * Properties over random facts: an independent reading of docs/domain.md §5
 * with its figures written here (the oracle) agrees with `decideGrade` on
 * every grade, and the engine's advice is always a grade the check allows.
 */

const YEAR = 2026;
const S = DEFAULT_RULE_SETTINGS;

/** The national penalty matrix: 1 no EXCELLENT, 2 UNGRADED this year, 3 UNGRADED this and next year, 4 INCOMPETENT. */
const MATRIX: Record<PenaltyKind, 1 | 2 | 3 | 4> = {
  PARTY_WARNING: 1,
  GOVERNMENT_WARNING: 1,
  ADMONISHMENT: 1,
  REASSIGNMENT: 1,
  SERIOUS_PARTY_WARNING: 2,
  DEMERIT: 2,
  ORDERED_RESIGNATION: 2,
  REMOVAL: 2,
  DEMOTION: 2,
  MAJOR_DEMERIT: 3,
  DOWNGRADE: 3,
  DISMISSAL_FROM_POST: 3,
  REMOVAL_FROM_PARTY_POST: 4,
  PARTY_PROBATION: 4,
  EXPULSION: 4,
};

function heaviest(f: GradeFacts): number {
  let worst = 0;
  for (const p of f.penalties) {
    if (p.tolerated || p.replaced) continue;
    const effect = MATRIX[p.kind];
    if (p.year === f.year || (effect === 3 && p.year === f.year - 1)) worst = Math.max(worst, effect);
  }
  return worst;
}

function oracleForced(scale: DecisionScale, f: GradeFacts): string | null {
  const lowest = scale === 'TEAM' ? 'POOR' : scale === 'CADRE' ? 'INCOMPETENT' : 'UNQUALIFIED';
  const penalty = heaviest(f);
  if (f.politicalVeto || f.refusedToTakePart || penalty === 4) return lowest;
  if (f.investigationOpen || penalty === 2 || penalty === 3 || f.leaveDays > 180) return 'UNGRADED';
  if (f.probation) return 'COMMENT_ONLY';
  return null;
}

/** Is `grade` allowed by the rules of §5, for a path with no reason or correction check? */
function oracleAllows(scale: DecisionScale, f: GradeFacts, grade: string, quotaFits: boolean): boolean {
  const forced = oracleForced(scale, f);
  if (forced !== null) return grade === forced;
  const grades: readonly string[] = GRADE_SCALES[scale];
  const at = grades.indexOf(grade);
  if (at < 0) return false;
  if (f.politicalReview === 'AVERAGE' || f.politicalReview === 'POOR') {
    const band = f.score === null ? 0 : f.score >= 90 ? 0 : f.score >= 75 ? 1 : f.score >= 60 ? 2 : 3;
    if (at < Math.min(band + 1, 3)) return false;
  }
  if (grade !== 'EXCELLENT') return true;
  return (
    (f.politicalReview === null || f.politicalReview === 'GOOD') &&
    f.negativeFindings.every((n) => n.cleared || n.tolerated) &&
    f.accusations.every((a) => a.cleared) &&
    heaviest(f) === 0 &&
    (f.regularScore === null || f.regularScore >= 90) &&
    f.poorQuarters < 2 &&
    (scale !== 'TEAM' || (f.developmentScore !== null && f.developmentScore >= 90)) &&
    quotaFits
  );
}

const arbFacts: fc.Arbitrary<GradeFacts> = fc.record({
  year: fc.constant(YEAR),
  score: fc.option(fc.constantFrom(0, 59.99, 60, 74.99, 75, 89.99, 90, 100), { nil: null }),
  politicalVeto: fc.constantFrom(false, false, false, true),
  refusedToTakePart: fc.constantFrom(false, false, false, true),
  politicalReview: fc.constantFrom('GOOD', 'GOOD', 'FAIR', 'AVERAGE', 'POOR', null),
  penalties: fc.array(fc.record({ kind: fc.constantFrom(...PENALTY_KINDS), year: fc.constantFrom(YEAR, YEAR, YEAR - 1, YEAR - 2, YEAR + 1), tolerated: fc.boolean(), replaced: fc.constantFrom(false, false, true) }), {
    maxLength: 2,
  }),
  investigationOpen: fc.constantFrom(false, false, false, true),
  probation: fc.constantFrom(false, false, false, true),
  leaveDays: fc.constantFrom(0, 0, 180, 181),
  negativeFindings: fc.array(fc.record({ code: fc.constantFrom('FORMALISM', 'INTEGRITY'), cleared: fc.boolean(), tolerated: fc.boolean() }), { maxLength: 2 }),
  accusations: fc.array(fc.record({ cleared: fc.boolean() }), { maxLength: 2 }),
  regularScore: fc.option(fc.constantFrom(0, 89.9, 90, 100), { nil: null }),
  poorQuarters: fc.integer({ min: 0, max: 3 }),
  developmentScore: fc.option(fc.constantFrom(0, 89.9, 90, 100), { nil: null }),
});

const arbPool: fc.Arbitrary<QuotaPool> = fc.record({
  subject: fc.constantFrom('TEAM' as const, 'MEMBERS' as const),
  teamGrade: fc.constantFrom(null, 'EXCELLENT', 'GOOD'),
  raiseApproved: fc.boolean(),
  members: fc.array(fc.constantFrom(null, 'EXCELLENT', 'COMPETENT', 'UNGRADED', 'COMMENT_ONLY'), { maxLength: 14 }).map((results) => results.map((result, i) => ({ id: `m${i}`, result }))),
});

/** The quota by hand: 20% (25% for members of an EXCELLENT team or with a recorded raise) of the graded, rounded half up. */
function oracleQuotaFits(pool: QuotaPool): boolean {
  const others = pool.members.filter((m) => m.id !== 'self');
  const graded = 1 + others.filter((m) => m.result !== 'UNGRADED' && m.result !== 'COMMENT_ONLY').length;
  const taken = others.filter((m) => m.result === 'EXCELLENT').length;
  const percent = pool.raiseApproved || (pool.subject === 'MEMBERS' && pool.teamGrade === 'EXCELLENT') ? 25 : 20;
  return taken + 1 <= Math.floor((graded * percent) / 100 + 0.5 + 1e-9);
}

const ALL_RESULTS = [...new Set([...GRADE_SCALES.CADRE, ...GRADE_SCALES.TEAM, ...GRADE_SCALES.PUBLIC_INSTITUTION, 'UNGRADED', 'COMMENT_ONLY'])];

describe('the decision against an independent reading of the rules', () => {
  it('a grade is allowed exactly when no rule of §5 forbids it, on every scale and pool', () => {
    fc.assert(
      fc.property(fc.constantFrom<DecisionScale>('CADRE', 'TEAM', 'PUBLIC_INSTITUTION'), arbFacts, arbPool, fc.constantFrom(...ALL_RESULTS), (scale, facts, pool, grade) => {
        const d = decideGrade({ scale, assessmentId: 'self', facts, settings: S, quota: pool, proposed: { grade, path: 'COMMITTEE_APPROVAL' } });
        expect(d.ok).toBe(oracleAllows(scale, facts, grade, oracleQuotaFits(pool)));
        // What the UI offers is exactly what would be allowed.
        for (const offered of ALL_RESULTS) {
          const allowed = decideGrade({ scale, assessmentId: 'self', facts, settings: S, quota: pool, proposed: { grade: offered, path: 'COMMITTEE_APPROVAL' } }).ok;
          expect(d.allowedGrades.includes(offered)).toBe(allowed);
        }
        expect(d.allowedGrades).toContain(d.advice);
      }),
      { numRuns: 400 },
    );
  });

  it('on every path, an allowed grade never breaks a gate; the engine’s advice for one is always allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom<DecisionScale>('CADRE', 'TEAM'), arbFacts, arbPool, fc.constantFrom(...ALL_RESULTS), fc.constantFrom(...DECISION_PATHS), (scale, facts, pool, grade, path) => {
        const d = decideGrade({ scale, assessmentId: 'self', facts, settings: S, quota: pool, proposed: { grade, path, reason: null, current: null } });
        if (d.ok) expect(oracleAllows(scale, facts, grade, oracleQuotaFits(pool))).toBe(true);
        const advice = decideGrade({ scale, assessmentId: 'self', facts, settings: S, quota: pool, proposed: { grade: d.advice, path: 'PROPOSAL', reason: null } });
        expect(advice.ok).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the engine's advice for a pool is always allowed by the binding check", () => {
  const arbCandidate = (id: string): fc.Arbitrary<Candidate> =>
    fc.tuple(arbFacts, fc.double({ min: 40, max: 100, noNaN: true }), fc.boolean()).map(([f, score, team]) => ({
      id,
      subject: team ? 'TEAM' : 'CADRE',
      components: [{ key: 'ALL', weight: 100, value: score }],
      politicalReview: f.politicalReview,
      politicalVeto: f.politicalVeto,
      penalties: [...f.penalties],
      negativeList: [...f.negativeFindings],
      accusations: [...f.accusations],
      investigationOpen: f.investigationOpen,
      longLeave: false,
      leaveDays: f.leaveDays,
      probation: f.probation,
      regularScore: f.regularScore,
      poorQuarters: f.poorQuarters,
      votes: null,
      developmentScore: f.developmentScore,
    }));

  it('every proposal of a random pool passes decideGrade with the pool at its new standing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCandidate(`c${i}`)))),
        fc.array(fc.constantFrom(null, 'EXCELLENT', 'COMPETENT', 'UNGRADED'), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom(null, 'EXCELLENT', 'GOOD'),
        (candidates, otherResults, raiseApproved, teamGrade) => {
          // One pool: members of one unit, all on the cadre scale (a team pool would hold teams only).
          const cadres = candidates.map((c) => ({ ...c, subject: 'CADRE' as const }));
          const others = otherResults.map((result, i) => ({ id: `o${i}`, result }));
          const proposals = proposeGrades(cadres, YEAR, S, { raiseApproved, pool: { subject: 'MEMBERS', teamGrade, others } });
          const members = [...others, ...proposals.map((p) => ({ id: p.id, result: p.grade }))];
          for (const p of proposals) {
            const candidate = cadres.find((c) => c.id === p.id)!;
            const d = decideGrade({
              scale: 'CADRE',
              assessmentId: p.id,
              facts: candidateFacts(candidate, YEAR, S),
              settings: S,
              quota: { subject: 'MEMBERS', teamGrade, raiseApproved, members },
              proposed: { grade: p.grade, path: 'ENGINE' },
            });
            expect(d.ok ? [] : d.refusals).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pool keys put a unit’s members of one rank level together and every team in one pool', () => {
    expect(quotaPoolKey({ subject: 'MEMBERS', organisationId: 'u', rankLevel: 'L1' }, true)).not.toBe(quotaPoolKey({ subject: 'MEMBERS', organisationId: 'u', rankLevel: 'L2' }, true));
    expect(quotaPoolKey({ subject: 'TEAM', organisationId: 'u', rankLevel: null }, true)).toBe(quotaPoolKey({ subject: 'TEAM', organisationId: 'v', rankLevel: null }, true));
  });
});
