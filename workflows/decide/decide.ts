import { isCorrectionNeverWorse, type CorrectionSource } from '../cases/correction.js';
import { oneLevelDown } from '../rules/grades.js';
import { quotaStanding, type QuotaPool, type QuotaStanding } from '../rules/quota.js';
import type { RuleSettings } from '../rules/settings.js';
import type { DecisionScale, FactValue, Facts, GradeFacts } from './facts.js';
import { breaks, evaluateGates, gradesOf, isWorse, worseOf, type GateEvaluation, type GateFinding, type PersonGate } from './gates.js';

/**
 * The one decision every path that sets or changes an annual grade asks
 * (docs/domain.md §3 steps 4–5 and 9, §5, §7): the proposed grade is allowed
 * as it is, or refused with every gate it breaks and that gate's facts.
 *
 * What stays open is the committee's discretion: any grade of the scale at or
 * below the ceiling the gates leave (a grade below the engine's advice needs
 * a reason on the paths where a person chooses it). A grade above a gate's
 * ceiling, a grade other than a forced result, an EXCELLENT beyond the pool's
 * quota, UNGRADED or COMMENT_ONLY without the gate that forces it, and a
 * correction that does not better the result in force are refused.
 */

export const DECISION_PATHS = [
  /** The engine's own advice (grading/propose.ts). */
  'ENGINE',
  /** The assessment team's proposal (提出等次建议). */
  'PROPOSAL',
  /** The committee approves the proposal as it stands, one by one or in a batch. */
  'COMMITTEE_APPROVAL',
  'BATCH_APPROVAL',
  /** The committee changes the proposal, with a reason. */
  'COMMITTEE_CHANGE',
  /** Corrections of a final result (a new version, never worse). */
  'REVIEW_CORRECTION',
  'APPEAL_CORRECTION',
  'INVESTIGATION_REGRADE',
  'FAULT_TOLERANCE_REGRADE',
  /** Bulk steps and imports of results. */
  'BULK',
  'IMPORT',
] as const;
export type DecisionPath = (typeof DECISION_PATHS)[number];

/** Paths that correct a result in force, and the source each correction records. */
export const CORRECTION_PATH_SOURCES: Partial<Record<DecisionPath, CorrectionSource>> = {
  REVIEW_CORRECTION: 'REVIEW',
  APPEAL_CORRECTION: 'APPEAL',
  INVESTIGATION_REGRADE: 'INVESTIGATION_CLOSED',
  FAULT_TOLERANCE_REGRADE: 'FAULT_TOLERANCE',
};

/** Paths where a person picks the grade: going below the engine's advice needs their reason. */
export const REASONED_PATHS: readonly DecisionPath[] = ['PROPOSAL', 'COMMITTEE_CHANGE', 'REVIEW_CORRECTION', 'APPEAL_CORRECTION'];

export type RefusalGate = PersonGate | 'QUOTA' | 'NOT_ON_SCALE' | 'CORRECTION_NOT_BETTER' | 'REASON_REQUIRED' | 'CONSULTATION_PENDING';

export interface Refusal {
  gate: RefusalGate;
  facts: Facts;
}

export interface DecisionInput {
  /** TEAM for a leadership team; CADRE (or PUBLIC_INSTITUTION) for a person. */
  scale: DecisionScale;
  /** The assessment being decided: its id in `quota.members` (it need not be listed). */
  assessmentId: string;
  facts: GradeFacts;
  /** The rule settings the cycle pinned. */
  settings: RuleSettings;
  /** The pool the assessment belongs to (`quotaPoolKey`), each member at its standing result. */
  quota: QuotaPool;
  proposed: {
    grade: string;
    path: DecisionPath;
    /** The reason given with the grade (a proposal's comment, a change's reason, a correction's reason). */
    reason?: string | null;
    /** Correction paths: the final result in force before the correction. */
    current?: string | null;
  };
}

export interface DecisionCommon {
  proposed: string;
  path: DecisionPath;
  /** The result a FORCE gate fixes (the lowest grade, UNGRADED or COMMENT_ONLY), or null. */
  forced: string | null;
  /** The best grade allowed, the quota included; null when forced. */
  ceiling: string | null;
  /** What may be chosen now, best first: the forced result alone, or the ceiling and every grade below it. */
  allowedGrades: string[];
  /** The engine's grade for this one assessment (score bands and gates, then the quota). */
  advice: string;
  /** Every gate in force, whether or not the proposed grade breaks it: the explanation. */
  gates: GateFinding[];
  quota: QuotaStanding;
}

export type Decision = (DecisionCommon & { ok: true; grade: string }) | (DecisionCommon & { ok: false; refusals: Refusal[] });

/**
 * The engine's grade from an evaluation: the forced result; else the score's
 * grade (the middle grade without a score, for the committee to decide),
 * lowered one level on a low political review, capped by the ceiling.
 */
export function adviceFrom(evaluation: GateEvaluation): string {
  if (evaluation.forced) return evaluation.forced.result;
  const grades = gradesOf(evaluation.scale);
  const base = evaluation.scoreGrade ?? grades[1]!;
  const lowered = evaluation.findings.some((f) => f.effect === 'LOWER') ? oneLevelDown(evaluation.scale, base) : base;
  return worseOf(evaluation.scale, lowered, evaluation.ceiling!);
}

/**
 * The engine's side of a decision, for a re-run that picks the grade itself
 * (a closed investigation, a fault-tolerance decision): every gate in force,
 * the quota standing, the forced result or the ceiling, and the advice.
 */
export function adviseGrade(input: Omit<DecisionInput, 'proposed'>): Omit<DecisionCommon, 'proposed' | 'path'> & { quotaRefusal: Refusal } {
  const { scale, facts, settings } = input;
  const grades = gradesOf(scale);
  const evaluation = evaluateGates(scale, facts, settings);
  const quota = quotaStanding(input.quota, settings.gates, input.assessmentId);
  const quotaRefusal: Refusal = {
    gate: 'QUOTA',
    facts: { limit: quota.limit, taken: quota.taken, graded: quota.graded, percent: quota.percent, raiseApproved: quota.raiseApproved },
  };
  const forced = evaluation.forced?.result ?? null;
  const ceiling = evaluation.ceiling === 'EXCELLENT' && !quota.fits ? grades[1]! : evaluation.ceiling;
  let advice = adviceFrom(evaluation);
  if (advice === 'EXCELLENT' && !quota.fits) advice = grades[1]!;
  const allowedGrades = ceiling === null ? [forced!] : grades.slice(grades.indexOf(ceiling));
  return { forced, ceiling, allowedGrades, advice, gates: evaluation.findings, quota, quotaRefusal };
}

export function decideGrade(input: DecisionInput): Decision {
  const { scale, proposed } = input;
  const grades = gradesOf(scale);
  const { quotaRefusal, ...advised } = adviseGrade(input);
  const { forced, advice, quota, gates } = advised;
  const common: DecisionCommon = { proposed: proposed.grade, path: proposed.path, ...advised };

  const grade = proposed.grade;
  const refusals: Refusal[] = [];
  if (grade !== forced) {
    if (forced === null && !grades.includes(grade)) refusals.push({ gate: 'NOT_ON_SCALE', facts: { grade, scale, grades: [...grades] } });
    for (const finding of gates) if (breaks(finding, grade, scale)) refusals.push({ gate: finding.gate, facts: finding.facts });
    if (grade === 'EXCELLENT' && !quota.fits) refusals.push(quotaRefusal);
  }
  // A veto item under consultation is neither applied nor waived: no grade is decided until the competent department answers.
  // The assessment team may still propose (a proposal is advice, as the engine's is): the committee's decision waits.
  const open = input.facts.openConsultations ?? [];
  if (open.length > 0 && proposed.path !== 'PROPOSAL') refusals.push({ gate: 'CONSULTATION_PENDING', facts: { consultations: open.map((c): FactValue => ({ id: c.id, item: c.item, department: c.department, dueOn: c.dueOn })) } });
  const source = CORRECTION_PATH_SOURCES[proposed.path];
  if (source !== undefined && proposed.current !== undefined && !isCorrectionNeverWorse(scale, proposed.current, grade, source)) {
    refusals.push({ gate: 'CORRECTION_NOT_BETTER', facts: { current: proposed.current, grade, source } });
  }
  const reason = proposed.reason?.trim() ?? '';
  if (REASONED_PATHS.includes(proposed.path) && grades.includes(grade) && grades.includes(advice) && isWorse(scale, grade, advice) && reason === '') {
    refusals.push({ gate: 'REASON_REQUIRED', facts: { grade, advice } });
  }
  return refusals.length === 0 ? { ...common, ok: true, grade } : { ...common, ok: false, refusals };
}

/**
 * What a machine event carries of a decision: the grade decided, the path,
 * whether every gate allowed it, and the facts of the pool it was counted
 * in. The machines' guards read this verdict (decided once, by
 * `decideGrade`) and never decide a grade themselves; the audit trail keeps
 * it with the event.
 */
export interface GradeVerdict {
  grade: string;
  path: DecisionPath;
  ok: boolean;
  /** The gates in force (every finding), and the gates the grade breaks. */
  gates: string[];
  refused: RefusalGate[];
  quota: { limit: number; taken: number; graded: number; percent: number; raiseApproved: boolean };
}

export function verdictOf(decision: Decision): GradeVerdict {
  const q = decision.quota;
  return {
    grade: decision.proposed,
    path: decision.path,
    ok: decision.ok,
    gates: decision.gates.map((g) => g.gate),
    refused: decision.ok ? [] : decision.refusals.map((r) => r.gate),
    quota: { limit: q.limit, taken: q.taken, graded: q.graded, percent: q.percent, raiseApproved: q.raiseApproved },
  };
}
