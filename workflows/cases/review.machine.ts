import { isValidCollectiveDecision, type CollectiveDecision } from '../assessment/annual.machine.js';
import { and, assign, setup } from 'xstate';
import type { IsoDate } from '../cadre/status.js';
import { addDays } from '../calendar/working-days.js';
import type { GradeScaleId } from '../rules/grades.js';
import type { RuleSettings } from '../rules/settings.js';
import { isCorrectionNeverWorse, isWithinDays } from './correction.js';

/**
 * Review and appeal of an annual result (复核, 申诉; docs/domain.md §3,
 * 公务员法 Arts. 95–96). One case per request:
 *
 *   opened ─REQUEST_REVIEW─▶ reviewPending ─DECIDE_REVIEW─▶ reviewDecided ─FILE_APPEAL─▶ appealPending ─DECIDE_APPEAL─▶ appealDecided
 *      └────────────FILE_APPEAL (direct)──────────────────────────────────────────────────▲
 *
 * Review: requested within 30 days of the written notice, decided within 30
 * by the organ that decided. Appeal: within 15 days of the review decision,
 * or directly within 30 days of the notice; decided within 60, extendable
 * once by up to 30 with a reason. Days are calendar days in Beijing time,
 * handed in as `today`; the figures are pinned in the context when the case
 * opens. The result stays in force meanwhile; a decision UPHELD or CORRECTED
 * (never worse) — a correction becomes a new version of the result.
 */

export const CASE_DECISIONS = ['UPHELD', 'CORRECTED'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];
export type ReviewRoute = 'REVIEW' | 'DIRECT_APPEAL';
export type AppealWindows = RuleSettings['appeals'];

export interface ReviewInput {
  route: ReviewRoute;
  scale: GradeScaleId;
  /** The result in force when the case opens. */
  grade: string;
  /** The Beijing day the written notice was issued (day 0). */
  noticeOn: IsoDate;
  /** Users who took part in the decision under review: none of them may decide the review or the appeal. */
  deciders: string[];
  reviewableGrades: string[];
  windows: AppealWindows;
}

export interface CaseRuling {
  decision: CaseDecision;
  grade: string | null;
  reason: string;
  deciderId: string;
  on: IsoDate;
  /** The organ's meeting that decided it (required for a correction; absent from rulings stored before it was recorded). */
  collective?: CollectiveDecision | null;
}

export interface ReviewContext extends ReviewInput {
  requestedOn: IsoDate | null;
  grounds: string | null;
  review: CaseRuling | null;
  appeal: { filedOn: IsoDate; grounds: string; extendedDays: number; extensionReason: string | null } | null;
  appealRuling: CaseRuling | null;
  /** The decision deadline passed without a decision (reported to the deciding body, which must still decide). */
  overdue: boolean;
  withdrawnOn: IsoDate | null;
}

type At = { at: string; today: IsoDate };
interface Ruling {
  decision: CaseDecision;
  grade: string | null;
  reason: string;
  deciderId: string;
  /** The organ's collective decision: attendance, votes, recusals. A correction is never one person's decision. */
  collective?: CollectiveDecision | null;
}
export type ReviewEvent =
  | ({ type: 'REQUEST_REVIEW'; grounds: string } & At)
  | ({ type: 'FILE_APPEAL'; grounds: string } & At)
  | ({ type: 'DECIDE_REVIEW' } & Ruling & At)
  | ({ type: 'DECIDE_APPEAL' } & Ruling & At)
  | ({ type: 'EXTEND_APPEAL'; days: number; reason: string } & At)
  | ({ type: 'MARK_OVERDUE' } & At)
  | ({ type: 'CLOSE' } & At)
  | ({ type: 'WITHDRAW' } & At);

/** The last day a review may be requested, and the last day of each decision window. */
export function reviewRequestLastDay(c: Pick<ReviewContext, 'noticeOn' | 'windows'>): IsoDate {
  return addDays(c.noticeOn, c.windows.reviewRequestDays);
}
export function directAppealLastDay(c: Pick<ReviewContext, 'noticeOn' | 'windows'>): IsoDate {
  return addDays(c.noticeOn, c.windows.directAppealDays);
}
export function appealAfterReviewLastDay(c: Pick<ReviewContext, 'review' | 'windows'>): IsoDate | null {
  return c.review ? addDays(c.review.on, c.windows.appealAfterReviewDays) : null;
}

/** The deadline of the state the case is in: its last day and the event the deadline job sends the day after. */
export function reviewDeadline(state: string, c: ReviewContext): { lastDay: IsoDate; event: 'MARK_OVERDUE' | 'CLOSE' } | null {
  if (state === 'reviewPending' && c.requestedOn && !c.overdue) return { lastDay: addDays(c.requestedOn, c.windows.reviewDecisionDays), event: 'MARK_OVERDUE' };
  if (state === 'appealPending' && c.appeal && !c.overdue) return { lastDay: addDays(c.appeal.filedOn, c.windows.appealDecisionDays + c.appeal.extendedDays), event: 'MARK_OVERDUE' };
  if (state === 'reviewDecided' && c.review) return { lastDay: appealAfterReviewLastDay(c)!, event: 'CLOSE' };
  return null;
}

function rulingWellFormed(c: ReviewContext, e: Ruling, source: 'REVIEW' | 'APPEAL'): boolean {
  if (e.reason.trim().length === 0) return false;
  // A meeting recorded must be a valid one (quorum, majority of those present); a correction needs one.
  if (e.collective && !isValidCollectiveDecision(e.collective)) return false;
  if (e.decision === 'UPHELD') return e.grade === null;
  if (!e.collective) return false;
  return e.grade !== null && isCorrectionNeverWorse(c.scale, c.grade, e.grade, source);
}

const ruling = (e: Ruling & At): CaseRuling => ({ decision: e.decision, grade: e.grade, reason: e.reason, deciderId: e.deciderId, on: e.today, collective: e.collective ?? null });

export const reviewMachine = setup({
  types: { context: {} as ReviewContext, events: {} as ReviewEvent, input: {} as ReviewInput },
  guards: {
    isReviewRoute: ({ context }) => context.route === 'REVIEW',
    isDirectAppealRoute: ({ context }) => context.route === 'DIRECT_APPEAL',
    isGradeReviewable: ({ context }) => context.reviewableGrades.includes(context.grade),
    isWithinReviewRequestWindow: ({ context, event }) => isWithinDays(context.noticeOn, event.today, context.windows.reviewRequestDays),
    isWithinDirectAppealWindow: ({ context, event }) => isWithinDays(context.noticeOn, event.today, context.windows.directAppealDays),
    isWithinAppealAfterReviewWindow: ({ context, event }) => context.review !== null && isWithinDays(context.review.on, event.today, context.windows.appealAfterReviewDays),
    appealWindowElapsed: ({ context, event }) => context.review !== null && event.today > appealAfterReviewLastDay(context)!,
    /** The reviewer (and the appeal body) is never a person who made the decision under review. */
    isDeciderIndependent: ({ context, event }) => (event.type === 'DECIDE_REVIEW' || event.type === 'DECIDE_APPEAL') && !context.deciders.includes(event.deciderId),
    /** UPHELD without a grade; CORRECTED with a better grade; a reason either way. */
    isReviewRulingWellFormed: ({ context, event }) => event.type === 'DECIDE_REVIEW' && rulingWellFormed(context, event, 'REVIEW'),
    isAppealRulingWellFormed: ({ context, event }) => event.type === 'DECIDE_APPEAL' && rulingWellFormed(context, event, 'APPEAL'),
    /** The deadline job marks a missed decision deadline once. */
    isOnTime: ({ context }) => !context.overdue,
    /** Extendable once, by at most the configured days, with a reason. */
    canExtendAppeal: ({ context, event }) =>
      event.type === 'EXTEND_APPEAL' &&
      context.appeal !== null &&
      context.appeal.extendedDays === 0 &&
      Number.isInteger(event.days) &&
      event.days >= 1 &&
      event.days <= context.windows.appealExtensionDays &&
      event.reason.trim().length > 0,
  },
  actions: {
    recordRequest: assign(({ event }) => (event.type === 'REQUEST_REVIEW' ? { requestedOn: event.today, grounds: event.grounds } : {})),
    recordAppeal: assign(({ event }) => (event.type === 'FILE_APPEAL' ? { appeal: { filedOn: event.today, grounds: event.grounds, extendedDays: 0, extensionReason: null }, overdue: false } : {})),
    recordReview: assign(({ context, event }) =>
      event.type === 'DECIDE_REVIEW'
        ? { review: ruling(event), grade: event.grade ?? context.grade, deciders: [...context.deciders, event.deciderId], overdue: false }
        : {},
    ),
    recordAppealRuling: assign(({ context, event }) =>
      event.type === 'DECIDE_APPEAL' ? { appealRuling: ruling(event), grade: event.grade ?? context.grade, overdue: false } : {},
    ),
    recordExtension: assign(({ context, event }) =>
      event.type === 'EXTEND_APPEAL' && context.appeal ? { appeal: { ...context.appeal, extendedDays: event.days, extensionReason: event.reason }, overdue: false } : {},
    ),
    markOverdue: assign(() => ({ overdue: true })),
    recordWithdrawal: assign(({ event }) => ({ withdrawnOn: event.today })),
  },
}).createMachine({
  id: 'reviewCase',
  context: ({ input }) => ({ ...input, requestedOn: null, grounds: null, review: null, appeal: null, appealRuling: null, overdue: false, withdrawnOn: null }),
  initial: 'opened',
  states: {
    opened: {
      description: '提出: the cadre asks for a review, or appeals directly',
      on: {
        REQUEST_REVIEW: { target: 'reviewPending', guard: and(['isReviewRoute', 'isGradeReviewable', 'isWithinReviewRequestWindow']), actions: 'recordRequest' },
        FILE_APPEAL: { target: 'appealPending', guard: and(['isDirectAppealRoute', 'isGradeReviewable', 'isWithinDirectAppealWindow']), actions: 'recordAppeal' },
      },
    },
    reviewPending: {
      description: '复核: the organ that decided reviews within 30 days; the result stays in force',
      on: {
        DECIDE_REVIEW: { target: 'reviewDecided', guard: and(['isDeciderIndependent', 'isReviewRulingWellFormed']), actions: 'recordReview' },
        MARK_OVERDUE: { guard: 'isOnTime', actions: 'markOverdue' },
        WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    reviewDecided: {
      description: '复核决定: an appeal may follow within 15 days',
      on: {
        FILE_APPEAL: { target: 'appealPending', guard: 'isWithinAppealAfterReviewWindow', actions: 'recordAppeal' },
        CLOSE: { target: 'closed', guard: 'appealWindowElapsed' },
      },
    },
    appealPending: {
      description: '申诉: decided within 60 days, extendable once by up to 30 with a reason',
      on: {
        DECIDE_APPEAL: { target: 'appealDecided', guard: and(['isDeciderIndependent', 'isAppealRulingWellFormed']), actions: 'recordAppealRuling' },
        EXTEND_APPEAL: { guard: 'canExtendAppeal', actions: 'recordExtension' },
        MARK_OVERDUE: { guard: 'isOnTime', actions: 'markOverdue' },
        WITHDRAW: { target: 'withdrawn', actions: 'recordWithdrawal' },
      },
    },
    appealDecided: { type: 'final', description: '申诉决定' },
    closed: { type: 'final', description: '结案: the review stands, no appeal within the window' },
    withdrawn: { type: 'final', description: '撤回' },
  },
});
