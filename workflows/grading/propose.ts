import { adviceFrom } from '../decide/decide.js';
import type { AccusationFact, Facts, GradeFacts, PoliticalReview } from '../decide/facts.js';
import { evaluateGates, type GateFinding } from '../decide/gates.js';
import { GRADE_SCALES, oneLevelDown } from '../rules/grades.js';
import { quotaStanding, type PoolQuotaSettings, type QuotaPool, type QuotaPoolMember, type QuotaSettings } from '../rules/quota.js';
import type { PenaltyKind, RuleSettings } from '../rules/settings.js';

/**
 * From a pool of assessed (one unit and rank level, or all teams of a cycle)
 * to proposed grades the committee can trust (docs/domain.md §4–5): a
 * composite score, the gates, then the excellent quota. Pure and
 * order-independent: the same pool in any order gives the same result.
 *
 * The gates are the binding ones of decide/gates.ts, evaluated by the same
 * function the binding check (decide/decide.ts) uses, so that the engine's
 * advice is always a grade the check allows. Each leaves its code on the
 * result. On top of them the engine alone applies two advisory gates, the
 * vote-share flags (VOTE_SHARE_LOW, VOTE_INCOMPETENT_HIGH: no EXCELLENT
 * proposed; the committee may depart from them), and a NO_SCORE flag. Last,
 * the pool's quota (QUOTA): EXCELLENT candidates beyond it, by the tie-break,
 * go one level down; the pool is counted by `quotaStanding` like every check.
 */

export type { PoliticalReview } from '../decide/facts.js';

export interface PenaltyRecord {
  kind: PenaltyKind;
  /** The year the penalty was decided. */
  year: number;
  /** Exempted by a fault-tolerance decision: never counts. */
  tolerated?: boolean;
  /** Replaced by a lighter penalty: never counts. */
  replaced?: boolean;
}

/** Where a component's value came from, when not typed in: the published surveys and the 好差评 rating mixed into the survey component. */
export interface ComponentSource {
  surveys: Array<{ surveyId: string; title: string; responses: number; score: number; margin: number | null }>;
  rating: { score: number; good: number; bad: number; sharePercent: number } | null;
}

export interface Candidate {
  /** Stable identity: the last tie-break, so the result never depends on row order. */
  id: string;
  subject: 'CADRE' | 'TEAM';
  /** Composite inputs, each 0–100 or null when missing; `source` says in words where the figure came from. */
  components: Array<{ key: string; weight: number; value: number | null; source?: string | null; surveySource?: ComponentSource }>;
  /**
   * Points added to (or, negative, taken off) the composite after weighting,
   * already capped by the caller (special assessments' BONUS and DEDUCTION
   * rules); the adjusted score stays within 0–100.
   */
  adjustments?: Array<{ key: string; points: number; source: string }>;
  politicalReview: PoliticalReview | null;
  politicalVeto: boolean;
  penalties: PenaltyRecord[];
  /** Negative-list situations found, with whether the finding was cleared. */
  negativeList: Array<{ code: string; cleared?: boolean; tolerated?: boolean }>;
  /** Accusations of the year, separately from the findings (a cleared one never counts). */
  accusations?: AccusationFact[];
  investigationOpen: boolean;
  /** Long leave as the caller judged it; `leaveDays`, when given, is judged here instead. */
  longLeave: boolean;
  leaveDays?: number;
  probation: boolean;
  /** Average regular (quarterly) score of the year, or null when none. */
  regularScore: number | null;
  /** Quarters graded AVERAGE or POOR. */
  poorQuarters: number;
  /** Democratic evaluation vote shares in percent, or null when no valid evaluation. */
  votes: { excellentOrCompetentPercent: number; incompetentPercent: number; excellentPercent: number } | null;
  /** Teams: high-quality development score (outstanding needed for EXCELLENT). */
  developmentScore?: number | null;
  /**
   * Every fact of decide/facts.ts as the server loaded it for the binding
   * check: when given, the gates read these (the score aside) and the fields
   * above only explain and break ties.
   */
  gradeFacts?: GradeFacts;
}

export interface GateHit {
  code: string;
  effect: 'FORCE' | 'LOWER' | 'NO_EXCELLENT' | 'FLAG';
  detail: string;
  /** The gate's facts, as a refusal of decide/ carries them. */
  facts?: Facts;
}

export interface Proposal {
  id: string;
  grade: string;
  /** Weighted composite, 0–100, rounded to 2 decimals; null when forced without a score. */
  score: number | null;
  components: Array<{ key: string; weight: number; value: number | null; contribution: number; source?: string | null; surveySource?: ComponentSource }>;
  gates: GateHit[];
  /** Position among the pool's EXCELLENT candidates (1 = first), when the quota applied. */
  quotaRank: number | null;
  /** The pool's quota, and how many candidates were eligible for it. */
  quota: { allowed: number; candidates: number } | null;
  /** Flags for the committee: considerations, not grades. */
  flags: string[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function compositeScore(components: Candidate['components']): { score: number | null; parts: Proposal['components'] } {
  const present = components.filter((c) => c.value !== null);
  const weight = present.reduce((s, c) => s + c.weight, 0);
  const parts = components.map((c) => ({ ...c, contribution: weight === 0 ? 0 : round2(((c.value ?? 0) * c.weight) / weight) }));
  if (weight === 0) return { score: null, parts };
  // Missing components are re-weighted over the present ones.
  return { score: round2(present.reduce((s, c) => s + (c.value as number) * c.weight, 0) / weight), parts };
}

/**
 * The composite with the candidate's adjustments (special assessments'
 * bonus and deduction points) added after weighting, kept within 0–100;
 * each adjustment is listed among the parts with weight 0 and the points it
 * actually moved the score by, so the parts still add up to the score.
 */
export function adjustedScore(candidate: Pick<Candidate, 'components' | 'adjustments'>): { score: number | null; parts: Proposal['components'] } {
  const { score, parts } = compositeScore(candidate.components);
  const adjustments = candidate.adjustments ?? [];
  if (score === null || adjustments.length === 0) return { score, parts };
  let running = score;
  const extra = adjustments.map((a) => {
    const next = Math.min(100, Math.max(0, round2(running + a.points)));
    const moved = round2(next - running);
    running = next;
    return { key: a.key, weight: 0, value: a.points, contribution: moved, source: a.source };
  });
  return { score: running, parts: [...parts, ...extra] };
}

interface Gated {
  id: string;
  grade: string;
  score: number | null;
  parts: Proposal['components'];
  gates: GateHit[];
  flags: string[];
  forced: boolean;
  candidate: Candidate;
}

/** The facts the shared gates read (decide/facts.ts), from an engine candidate. */
export function candidateFacts(candidate: Candidate, year: number, settings: RuleSettings, score: number | null = compositeScore(candidate.components).score): GradeFacts {
  if (candidate.gradeFacts) return { ...candidate.gradeFacts, score };
  return {
    year,
    score,
    politicalVeto: candidate.politicalVeto,
    politicalReview: candidate.politicalReview,
    penalties: candidate.penalties,
    investigationOpen: candidate.investigationOpen,
    probation: candidate.probation,
    // A caller that judged long leave already (`isLongLeave`, the same 30-day months) hands the boolean: one day over the limit stands for it.
    leaveDays: candidate.leaveDays ?? (candidate.longLeave ? settings.gates.longLeaveMonths * 30 + 1 : 0),
    negativeFindings: candidate.negativeList,
    accusations: candidate.accusations ?? [],
    regularScore: candidate.regularScore,
    poorQuarters: candidate.poorQuarters,
    developmentScore: candidate.developmentScore ?? null,
  };
}

const str = (v: unknown) => String(v ?? 'missing');

/** The engine's English wording of a gate's facts (the code and the facts are what a program reads). */
export function gateDetail(finding: GateFinding): string {
  const f = finding.facts as Record<string, unknown>;
  const penalties = () => (f.penalties as Array<{ kind: string; year: number }>).map((p) => `${p.kind} (${p.year})`).join(', ');
  switch (finding.gate) {
    case 'POLITICAL_VETO':
      return '政治一票否决';
    case 'VETO_ITEM':
    case 'VETO_ITEM_NO_EXCELLENT':
      return `一票否决: ${(f.items as Array<{ item: string; finding: string }>).map((v) => `${v.item} (${v.finding})`).join(', ')}`;
    case 'REFUSED_TO_TAKE_PART':
      return 'refused to take part in the assessment';
    case 'PENALTY_INCOMPETENT':
      return `a penalty that makes the year INCOMPETENT: ${penalties()}`;
    case 'INVESTIGATION_OPEN':
      return '立案审查未结案: ungraded until the case closes';
    case 'PENALTY_UNGRADED':
      return `${str(f.effect)}: ${penalties()}`;
    case 'LONG_LEAVE':
      return `leave over ${str(f.limitMonths)} months (${str(f.leaveDays)} days)`;
    case 'PROBATION':
      return '试用期: comment only';
    case 'POLITICAL_REVIEW_LOW':
      return `political review ${str(f.review)}: one level down`;
    case 'POLITICAL_REVIEW_NOT_GOOD':
      return `political review ${str(f.review)}`;
    case 'NEGATIVE_LIST':
      return ((f.findings ?? f.codes) as string[]).join(', ');
    case 'ACCUSATION_UNCLEARED':
      return `${(f.accusations as unknown[]).length} accusation(s) not cleared`;
    case 'PENALTY_NO_EXCELLENT':
      return `warning, admonishment or reassignment this year: ${penalties()}`;
    case 'REGULAR_BELOW_MINIMUM':
      return `regular score ${str(f.regularScore)} < ${str(f.minimum)}`;
    case 'POOR_QUARTERS':
      return `${str(f.poorQuarters)} quarters graded AVERAGE or POOR`;
    case 'TEAM_NOT_OUTSTANDING':
      return `development score ${str(f.developmentScore)}`;
    case 'SPECIAL_RESULT_LOWERS':
    case 'SPECIAL_RESULT_BARS_EXCELLENT':
      return (f.specials as Array<{ task: string; grade: string; threshold: string }>).map((x) => `special assessment ${x.task}: ${x.grade} (at or below ${x.threshold})`).join('; ');
    case 'TERM_FAILED_YEAR':
      return `a year of the term graded INCOMPETENT: ${(f.years as number[]).join(', ')}`;
    case 'BUSINESS_GATE_FAILED':
      return `business assessment(s) failed: ${(f.assessments as string[]).join(', ')}`;
  }
}

const hit = (finding: GateFinding): GateHit => ({ code: finding.gate, effect: finding.effect, detail: gateDetail(finding), facts: finding.facts });

/**
 * The gates for one candidate: the shared evaluation of decide/gates.ts (the
 * same the binding check reads), then the engine's advisory vote-share gates.
 */
export function applyGates(candidate: Candidate, year: number, settings: RuleSettings): Gated {
  const scale = candidate.subject === 'TEAM' ? 'TEAM' : 'CADRE';
  const { score, parts } = adjustedScore(candidate);
  const evaluation = evaluateGates(scale, candidateFacts(candidate, year, settings, score), settings);
  const flags: string[] = [];
  if (evaluation.forced) {
    const grade = evaluation.forced.result;
    return { id: candidate.id, grade, score: grade === 'UNGRADED' ? null : score, parts, gates: [hit(evaluation.forced)], flags, forced: true, candidate };
  }
  let grade = adviceFrom(evaluation);
  const gates: GateHit[] = [];
  // A consultation on a veto item still open: the proposal stands as advice, but no grade may be set on it until the answer (decide.ts refuses).
  for (const c of candidateFacts(candidate, year, settings, score).openConsultations ?? [])
    gates.push({ code: 'CONSULTATION_PENDING', effect: 'FLAG', detail: `consultation of ${c.department} on ${c.item} open, due ${c.dueOn}`, facts: { item: c.item, department: c.department, dueOn: c.dueOn } });
  if (score === null) gates.push({ code: 'NO_SCORE', effect: 'FLAG', detail: 'no scored component: the middle grade is proposed for the committee to decide' });
  gates.push(...evaluation.findings.map(hit));
  // Advisory: the vote-share flags of §4 ask the committee to consider action; the engine does not propose EXCELLENT past them, the committee may.
  const noExcellent = (code: string, detail: string) => {
    gates.push({ code, effect: 'NO_EXCELLENT', detail });
    if (grade === 'EXCELLENT') grade = oneLevelDown(scale, grade);
  };
  if (candidate.votes) {
    if (candidate.votes.excellentOrCompetentPercent < settings.democraticEvaluation.admonishmentFlagBelowPercent) {
      noExcellent('VOTE_SHARE_LOW', `excellent+competent ${candidate.votes.excellentOrCompetentPercent.toFixed(1)}%`);
      flags.push('ADMONISHMENT_OR_ADJUSTMENT_CONSIDERED');
    }
    if (candidate.votes.incompetentPercent > settings.democraticEvaluation.removalFlagAbovePercent) {
      noExcellent('VOTE_INCOMPETENT_HIGH', `incompetent ${candidate.votes.incompetentPercent.toFixed(1)}%`);
      flags.push('REMOVAL_OR_DEMOTION_CONSIDERED');
    }
  }
  return { id: candidate.id, grade, score, parts, gates, flags, forced: false, candidate };
}

/**
 * The tie-break among EXCELLENT candidates of a pool, in order: higher score,
 * better political review, higher regular score, higher excellent vote share,
 * then the id (so that the result never depends on input order).
 */
export function compareForQuota(a: Gated, b: Gated): number {
  // Political reviews share the labels of the regular scale (好 / 较好 / 一般 / 较差), best first.
  const review = (r: PoliticalReview | null) => (r === null ? 4 : (GRADE_SCALES.REGULAR as readonly string[]).indexOf(r));
  return (
    (b.score ?? -1) - (a.score ?? -1) ||
    review(a.candidate.politicalReview) - review(b.candidate.politicalReview) ||
    (b.candidate.regularScore ?? -1) - (a.candidate.regularScore ?? -1) ||
    (b.candidate.votes?.excellentPercent ?? -1) - (a.candidate.votes?.excellentPercent ?? -1) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The pool of a `proposeGrades` run as decide/ counts it: who tilts it, and the members this run does not grade, at their standing results. */
export interface ProposalPool {
  subject: QuotaPool['subject'];
  teamGrade: string | null;
  others: readonly QuotaPoolMember[];
}

/**
 * Proposes grades for a pool: gates per candidate, then the quota of the pool
 * counted by `quotaStanding` (the candidates forced to UNGRADED or
 * COMMENT_ONLY are not graded, the others are; with `pool`, the members graded
 * before count too and their EXCELLENT take places), keeping the best
 * EXCELLENT candidates by the tie-break and moving the rest one level down.
 */
export function proposeGrades(
  pool: readonly Candidate[],
  year: number,
  settings: RuleSettings,
  options: {
    raiseApproved?: boolean;
    /** @deprecated Pass `pool.others`: EXCELLENT decided outside this run, without their weight in the graded count. */
    alreadyExcellent?: number;
    /** @deprecated Pass `pool`: the pool's quota already tilted (members by their team's grade). */
    quota?: QuotaSettings;
    pool?: ProposalPool;
  } = {},
): Proposal[] {
  const gated = pool.map((c) => applyGates(c, year, settings));
  const members: QuotaPoolMember[] = [...gated.map((g) => ({ id: g.id, result: g.forced ? g.grade : null })), ...(options.pool?.others ?? [])];
  const quotaSettings: PoolQuotaSettings = options.pool || !options.quota ? settings.gates : { ...settings.gates, ...options.quota };
  // Stryker disable next-line StringLiteral: equivalent — without a pool the team grade is null, so the subject tilts nothing.
  const subject = options.pool?.subject ?? 'TEAM';
  const standing = quotaStanding(
    { subject, teamGrade: options.pool?.teamGrade ?? null, raiseApproved: options.raiseApproved ?? false, members },
    quotaSettings,
    null,
  );
  const allowed = Math.max(0, standing.remaining - (options.alreadyExcellent ?? 0));
  const excellent = gated.filter((g) => g.grade === 'EXCELLENT').sort(compareForQuota);
  const rank = new Map(excellent.map((g, i) => [g.id, i + 1]));
  return gated.map((g) => {
    const position = rank.get(g.id) ?? null;
    let grade = g.grade;
    const gates = [...g.gates];
    if ((position ?? 0) > allowed) {
      const scale = g.candidate.subject === 'TEAM' ? 'TEAM' : 'CADRE';
      grade = oneLevelDown(scale, grade);
      gates.push({
        code: 'QUOTA',
        effect: 'NO_EXCELLENT',
        detail: `rank ${position} of ${excellent.length} EXCELLENT candidates; the pool allows ${allowed}`,
        facts: { rank: position, candidates: excellent.length, allowed, limit: standing.limit, taken: standing.taken, graded: standing.graded, percent: standing.percent },
      });
    }
    return {
      id: g.id,
      grade,
      score: g.score,
      components: g.parts,
      gates,
      quotaRank: position,
      quota: excellent.length ? { allowed, candidates: excellent.length } : null,
      flags: g.flags,
    };
  });
}
