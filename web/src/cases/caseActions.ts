import type {
  AccusationEvent,
  AccusationFieldsFragment,
  AccusationSource,
  ClearingMethod,
  ClearingScope,
  FaultToleranceEvent,
  FaultToleranceOrigin,
  FaultToleranceOutcome,
  FtCaseFieldsFragment,
  PenaltyKind,
  PointFinding as PointFindingCode,
  ReviewCaseEvent,
  ReviewCaseFieldsFragment,
  SixFactorsInput,
  ToleranceDistinction,
} from '../gql/graphql';
import { ApiError, request } from '../shared/api';
import { everyValue } from '../shared/enums';
import type { CollectiveDecision } from '../assessments/context';
import { emptyCollective } from '../assessments/actions';
import {
  AcceptFtMutation,
  AppealReviewMutation,
  ClearAccusationMutation,
  CompleteFtInvestigationMutation,
  DecideAppealMutation,
  DecideFtMutation,
  DecideReviewMutation,
  ExtendAppealMutation,
  FileFtMutation,
  FtFeedbackMutation,
  RecordFtCorrectionMutation,
  RefuseFtMutation,
  VerifyAccusationMutation,
  VerifyFtCorrectionMutation,
  WithdrawReviewMutation,
} from './queries';

export type CaseKind = 'review' | 'ft' | 'accusation';
export type AnyCase = ReviewCaseFieldsFragment | FtCaseFieldsFragment | AccusationFieldsFragment;

/** The input an action on a case asks for before it is sent. */
export type CaseForm = 'none' | 'text' | 'ruling' | 'extend' | 'ftDecision' | 'verify' | 'clear';

export interface CaseActionSpec {
  form: CaseForm;
  tone: 'primary' | 'default' | 'warning' | 'danger' | 'success';
}

/**
 * The case events the web can send, with the form each needs. Which of them a
 * viewer sees is the case's `availableActions` from the server, never this
 * list; events the system sends (MARK_OVERDUE, CLOSE) have no button.
 */
export const CASE_ACTION_SPECS: Readonly<Record<CaseKind, Readonly<Record<string, CaseActionSpec>>>> = {
  review: {
    DECIDE_REVIEW: { form: 'ruling', tone: 'primary' },
    DECIDE_APPEAL: { form: 'ruling', tone: 'primary' },
    EXTEND_APPEAL: { form: 'extend', tone: 'default' },
    FILE_APPEAL: { form: 'text', tone: 'primary' },
    WITHDRAW: { form: 'none', tone: 'danger' },
  } satisfies Partial<Record<ReviewCaseEvent, CaseActionSpec>>,
  ft: {
    ACCEPT: { form: 'none', tone: 'primary' },
    REFUSE: { form: 'text', tone: 'danger' },
    COMPLETE_INVESTIGATION: { form: 'text', tone: 'primary' },
    DECIDE: { form: 'ftDecision', tone: 'primary' },
    GIVE_FEEDBACK: { form: 'text', tone: 'primary' },
    FILE_WITH_ORGANISATION: { form: 'text', tone: 'primary' },
    RECORD_CORRECTION: { form: 'text', tone: 'default' },
    VERIFY_CORRECTION: { form: 'none', tone: 'success' },
  } satisfies Partial<Record<FaultToleranceEvent, CaseActionSpec>>,
  accusation: {
    VERIFY: { form: 'verify', tone: 'primary' },
    CLEAR: { form: 'clear', tone: 'success' },
  } satisfies Partial<Record<AccusationEvent, CaseActionSpec>>,
};

/** The events of `available` that have a button, in the order of the specs. */
export function caseButtons(kind: CaseKind, available: readonly string[]): string[] {
  const order = Object.keys(CASE_ACTION_SPECS[kind]);
  return available.filter((e) => order.includes(e)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** The case vocabularies in the order the forms offer them; each holds every value of its schema enum (`vocabulary`). */
export const FT_OUTCOMES = everyValue<FaultToleranceOutcome>()(['EXEMPT', 'MITIGATED', 'NOT_TOLERATED']);
export const THREE_DISTINCTIONS = everyValue<ToleranceDistinction>()(['PILOTING_REFORM_INEXPERIENCE', 'EXPLORATION_NOT_YET_RESTRICTED', 'UNINTENDED_ERROR_FOR_DEVELOPMENT']);
export const SIX_FACTORS = everyValue<keyof SixFactorsInput>()(['motive', 'objectiveConditions', 'procedure', 'natureAndDegree', 'consequences', 'remedialEffort']);
export type SixFactor = (typeof SIX_FACTORS)[number];
export const POINT_FINDINGS = everyValue<PointFindingCode>()(['UNTRUE', 'UNPROVEN', 'SUBSTANTIATED']);
export type PointFinding = (typeof POINT_FINDINGS)[number];
export const CLEARING_METHODS = everyValue<ClearingMethod>()(['LETTER', 'IN_PERSON', 'CIRCULAR']);
export const CLEARING_SCOPES = everyValue<ClearingScope>()(['PERSON_ONLY', 'UNIT', 'SYSTEM', 'PUBLIC']);
export const ACCUSATION_SOURCES = everyValue<AccusationSource>()(['PETITION', 'REPORT', 'INSPECTION']);
export const FT_ORIGINS = everyValue<FaultToleranceOrigin>()(['CADRE_APPLICATION', 'UNIT_APPLICATION', 'OWN_MOTION']);
/** Penalty kinds, lightest group first (the penalty matrix of docs/domain.md §5). */
export const PENALTY_KINDS = everyValue<PenaltyKind>()([
  'PARTY_WARNING',
  'GOVERNMENT_WARNING',
  'ADMONISHMENT',
  'REASSIGNMENT',
  'SERIOUS_PARTY_WARNING',
  'DEMERIT',
  'ORDERED_RESIGNATION',
  'REMOVAL',
  'DEMOTION',
  'MAJOR_DEMERIT',
  'DOWNGRADE',
  'DISMISSAL_FROM_POST',
  'REMOVAL_FROM_PARTY_POST',
  'PARTY_PROBATION',
  'EXPULSION',
]);

export interface FtDecisionValues {
  outcome: string;
  distinction: string;
  factors: Record<SixFactor, string>;
  collective: CollectiveDecision;
  lighterKind: string;
  reason: string;
}

export interface CaseActionValues {
  text: string;
  decision: string;
  grade: string;
  /** A review or appeal correction is decided collectively: the organ's meeting. */
  collective: CollectiveDecision;
  days: number | null;
  ft: FtDecisionValues;
  findings: Array<PointFinding | ''>;
  method: string;
  scope: string;
  scopeNote: string;
  points: number[];
}

export function emptyFtDecision(): FtDecisionValues {
  return {
    outcome: '',
    distinction: '',
    factors: { motive: '', objectiveConditions: '', procedure: '', natureAndDegree: '', consequences: '', remedialEffort: '' },
    collective: emptyCollective(),
    lighterKind: '',
    reason: '',
  };
}

export function emptyCaseValues(pointCount = 0): CaseActionValues {
  return { text: '', decision: '', grade: '', collective: emptyCollective(), days: null, ft: emptyFtDecision(), findings: Array.from({ length: pointCount }, () => '' as const), method: '', scope: '', scopeNote: '', points: [] };
}

const blank = (s: string) => s.trim() === '';

/**
 * The fields of the fault-tolerance decision still to fill, as field paths
 * (`outcome`, `factors.motive`, `collective.attendance`…). Tolerance (EXEMPT or
 * MITIGATED) names the distinction that applies; MITIGATED names the lighter
 * sanction. Whether the decision is valid (a quorum, a majority, a sanction
 * lighter than the one in play, a repeated mistake) is the server's rule.
 */
export function ftDecisionProblems(v: FtDecisionValues): string[] {
  const out: string[] = [];
  if (blank(v.outcome)) out.push('outcome');
  if ((v.outcome === 'EXEMPT' || v.outcome === 'MITIGATED') && blank(v.distinction)) out.push('distinction');
  if (v.outcome === 'MITIGATED' && blank(v.lighterKind)) out.push('lighterKind');
  for (const f of SIX_FACTORS) if (blank(v.factors[f])) out.push(`factors.${f}`);
  out.push(...collectiveProblems(v.collective));
  if (blank(v.reason)) out.push('reason');
  return out;
}

/** The meeting's figures still to fill or impossible as entered (a quorum and a majority are the server's rule). */
export function collectiveProblems(c: CollectiveDecision): string[] {
  const out: string[] = [];
  if (c.membersTotal < 1) out.push('collective.membersTotal');
  if (c.attendance < 1 || c.attendance > c.membersTotal) out.push('collective.attendance');
  if (c.votesFor + c.votesAgainst + c.abstentions > c.attendance) out.push('collective.votesFor');
  return out;
}

/** Point-by-point verification: the indexes of points still without a finding. */
export function unfoundPoints(findings: ReadonlyArray<PointFinding | ''>): number[] {
  return findings.flatMap((f, i) => (f === '' ? [i] : []));
}

/** The overall finding the points add up to (as the server computes it): any SUBSTANTIATED, else any UNPROVEN, else UNTRUE. */
export function overallFinding(findings: ReadonlyArray<PointFinding | ''>): PointFinding | null {
  if (findings.length === 0 || findings.some((f) => f === '')) return null;
  if (findings.includes('SUBSTANTIATED')) return 'SUBSTANTIATED';
  if (findings.includes('UNPROVEN')) return 'UNPROVEN';
  return 'UNTRUE';
}

/** The fields each form needs filled before it is sent (lengths and rules are the server's). */
export function missingCaseFields(form: CaseForm, v: CaseActionValues): string[] {
  switch (form) {
    case 'none':
      return [];
    case 'text':
      return blank(v.text) ? ['text'] : [];
    case 'ruling':
      return [
        ...(blank(v.decision) ? ['decision'] : []),
        ...(v.decision === 'CORRECTED' && blank(v.grade) ? ['grade'] : []),
        ...(v.decision === 'CORRECTED' ? collectiveProblems(v.collective) : []),
        ...(blank(v.text) ? ['text'] : []),
      ];
    case 'extend':
      return [...(v.days === null || v.days < 1 ? ['days'] : []), ...(blank(v.text) ? ['text'] : [])];
    case 'ftDecision':
      return ftDecisionProblems(v.ft);
    case 'verify':
      return unfoundPoints(v.findings).map((i) => `findings.${i}`);
    case 'clear':
      return [...(blank(v.method) ? ['method'] : []), ...(blank(v.scope) ? ['scope'] : []), ...(v.points.length === 0 ? ['points'] : [])];
  }
}

/** What the cadre's result page says about review and appeal, from `reviewWindow`. */
export interface ReviewWindowShape {
  noticeOn: string;
  today: string;
  reviewable: boolean;
  reviewLastDay: string;
  directAppealLastDay: string;
  openCaseId: string | null;
  availableRoutes: string[];
}
export type WindowStatus = 'OPEN' | 'CASE_OPEN' | 'NOT_REVIEWABLE' | 'EXPIRED' | 'NOT_YOURS';

/** Why nothing (or something) may be asked now; the routes themselves come only from the server. */
export function reviewWindowStatus(w: ReviewWindowShape): WindowStatus {
  if (w.availableRoutes.length > 0) return 'OPEN';
  if (w.openCaseId) return 'CASE_OPEN';
  if (!w.reviewable) return 'NOT_REVIEWABLE';
  if (w.today > w.reviewLastDay && w.today > w.directAppealLastDay) return 'EXPIRED';
  return 'NOT_YOURS';
}

/** Calendar days left until `lastDay` inclusive (0 on the last day itself), from the server's `today`. */
export function daysLeft(today: string, lastDay: string): number {
  const d = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((d(lastDay) - d(today)) / 86_400_000);
}

/** The grades better than `current` on a scale (best first): a review or appeal never worsens a result. */
export function betterGrades(scale: readonly string[], current: string | null): string[] {
  const i = current ? scale.indexOf(current) : -1;
  return i < 0 ? [] : scale.slice(0, i);
}

/** Sends one case action with the version shown and a fresh idempotency key. */
export async function runCaseAction(kind: CaseKind, event: string, target: { id: string; version: number }, v: CaseActionValues, idempotencyKey: string): Promise<AnyCase> {
  const base = { caseId: target.id, expectedVersion: target.version, idempotencyKey };
  const text = v.text.trim();
  if (kind === 'review') {
    switch (event) {
      case 'DECIDE_REVIEW':
      case 'DECIDE_APPEAL': {
        const corrected = v.decision === 'CORRECTED';
        const input = { ...base, decision: v.decision, grade: corrected ? v.grade : null, reason: text, collective: corrected ? { ...v.collective, recusals: [...v.collective.recusals] } : null };
        return event === 'DECIDE_REVIEW' ? (await request(DecideReviewMutation, { input })).decideReview : (await request(DecideAppealMutation, { input })).decideAppeal;
      }
      case 'EXTEND_APPEAL':
        return (await request(ExtendAppealMutation, { input: { ...base, days: v.days ?? 0, reason: text } })).extendAppeal;
      case 'FILE_APPEAL':
        return (await request(AppealReviewMutation, { input: { ...base, grounds: text } })).appealReview;
      case 'WITHDRAW':
        return (await request(WithdrawReviewMutation, { input: base })).withdrawReview;
    }
  }
  if (kind === 'ft') {
    const withText = { ...base, text };
    switch (event) {
      case 'ACCEPT':
        return (await request(AcceptFtMutation, { input: base })).acceptFaultToleranceCase;
      case 'REFUSE':
        return (await request(RefuseFtMutation, { input: withText })).refuseFaultToleranceCase;
      case 'COMPLETE_INVESTIGATION':
        return (await request(CompleteFtInvestigationMutation, { input: withText })).completeFaultToleranceInvestigation;
      case 'GIVE_FEEDBACK':
        return (await request(FtFeedbackMutation, { input: withText })).giveFaultToleranceFeedback;
      case 'FILE_WITH_ORGANISATION':
        return (await request(FileFtMutation, { input: withText })).fileFaultToleranceCase;
      case 'RECORD_CORRECTION':
        return (await request(RecordFtCorrectionMutation, { input: withText })).recordFaultToleranceCorrection;
      case 'VERIFY_CORRECTION':
        return (await request(VerifyFtCorrectionMutation, { input: base })).verifyFaultToleranceCorrection;
      case 'DECIDE': {
        const d = v.ft;
        const tolerated = d.outcome === 'EXEMPT' || d.outcome === 'MITIGATED';
        return (
          await request(DecideFtMutation, {
            input: {
              ...base,
              outcome: d.outcome,
              distinction: tolerated ? d.distinction : d.distinction || null,
              factors: Object.fromEntries(SIX_FACTORS.map((f) => [f, d.factors[f].trim()])) as Record<SixFactor, string>,
              collective: { ...d.collective, recusals: [...d.collective.recusals] },
              lighterKind: d.outcome === 'MITIGATED' ? d.lighterKind : null,
              reason: d.reason.trim(),
            },
          })
        ).decideFaultToleranceCase;
      }
    }
  }
  if (kind === 'accusation') {
    switch (event) {
      case 'VERIFY':
        return (await request(VerifyAccusationMutation, { input: { ...base, findings: v.findings.filter((f): f is PointFinding => f !== '') } })).verifyAccusation;
      case 'CLEAR':
        return (await request(ClearAccusationMutation, { input: { ...base, method: v.method, scope: v.scope, scopeNote: v.scopeNote.trim(), points: [...v.points].sort((a, b) => a - b) } })).clearAccusation;
    }
  }
  throw new ApiError('BAD_REQUEST', `No action ${event} on a ${kind} case in this web app`);
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The points of an accusation with their findings, from its context. */
export function accusationPoints(context: Record<string, unknown>): Array<{ text: string; finding: PointFinding | null }> {
  const points = obj(context).points;
  if (!Array.isArray(points)) return [];
  return points.map((p) => {
    const o = obj(p);
    const finding = str(o.finding);
    return { text: str(o.text) ?? '', finding: (POINT_FINDINGS as readonly string[]).includes(finding ?? '') ? (finding as PointFinding) : null };
  });
}

export { obj as caseObj, str as caseStr };
