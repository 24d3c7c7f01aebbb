import { and, assign, not, setup } from 'xstate';
import { GRADE_SCALES, type GradeScaleId } from '../rules/grades.js';
import type { GradeVerdict } from '../decide/decide.js';
import { isValidCollectiveDecision, type CollectiveDecision } from '../rules/collective.js';

export { isValidCollectiveDecision, type CollectiveDecision } from '../rules/collective.js';
import { isCorrectionNeverWorse, type CorrectionSource } from '../cases/correction.js';
import { turnoutOf, type Turnout } from '../grading/ballots.js';

/**
 * The annual (and term) assessment of one cadre or one leadership team,
 * docs/domain.md §3: enrolment → self-report → evaluation → synthesis
 * and proposal → party-committee review → public notice (for EXCELLENT) →
 * decision and written notice → signature → feedback → filed.
 *
 * Pure: no clock, no database. Every event that needs a fact (today, the
 * quota pool, the notice window's last day) carries it; the server computes
 * the facts and the guards below only compare them. What follows a decision
 * (results application, review and appeal, fault tolerance) lives in machines
 * of its own that refer to the filed assessment and its result versions; their
 * decisions come back here as CORRECT_RESULT, so that the assessment's own
 * trail shows every change of its final grade. A filed result can still be
 * corrected, so `filed` is not a final state. Cancelling the cycle before a
 * decision moves every assessment still under way to `cancelled` (final).
 */

export const OVERLAYS = ['NONE', 'UNGRADED', 'COMMENT_ONLY'] as const;
/** UNGRADED: open investigation or long leave (不定等次); COMMENT_ONLY: probation (只写评语). */
export type Overlay = (typeof OVERLAYS)[number];

export const OPINION_SOURCES = ['DISCIPLINE', 'INSPECTION_TOUR', 'AUDIT', 'PETITION', 'SUPERVISION'] as const;
export type OpinionSource = (typeof OPINION_SOURCES)[number];

export type ObjectionStatus = 'OPEN' | 'INVESTIGATING' | 'UPHELD' | 'DISMISSED';

export interface AnnualContext {
  subject: 'CADRE' | 'TEAM';
  kind: 'ANNUAL' | 'TERM';
  scale: GradeScaleId;
  overlay: Overlay;
  overlayReason: string | null;
  selfReport: { submissions: number; returns: Array<{ reason: string; at: string }>; overdue: boolean; refused: boolean };
  evaluation: {
    ballotsOpenedAt: string | null;
    ballotsClosedAt: string | null;
    talks: number;
    opinions: Array<{ source: OpinionSource; at: string }>;
    /** The turnout when the ballots closed (absent on snapshots closed before it was recorded). */
    turnout?: Omit<Turnout, 'met'> | null;
    /** The recorded exception that let the ballots close below the minimum turnout: who, why, when. */
    turnoutException?: { reason: string; by: string | null; byName?: string | null; at: string } | null;
  };
  proposal: { grade: string; comment: string; at: string } | null;
  decision: { grade: string; changedFrom: string | null; reason: string | null; at: string; collective: CollectiveDecision } | null;
  sendBacks: number;
  notice: { startsOn: string; endsOn: string; objections: Record<string, ObjectionStatus> } | null;
  /** An upheld objection withdrew EXCELLENT: the committee must decide again, and not EXCELLENT. */
  excellentWithdrawn: boolean;
  finalGrade: string | null;
  writtenNoticeAt: string | null;
  signature: { at: string; opinion: string | null } | null;
  feedbackAt: string | null;
  /** Corrections after the decision, oldest first (absent from snapshots stored before corrections existed). */
  corrections?: Correction[];
  /** A correction to EXCELLENT waiting for its public notice: it takes effect when the notice closes, and lapses if an objection is upheld. */
  pendingCorrection?: Correction | null;
  /** Set when the cycle was cancelled before a decision (absent from snapshots stored before cancelling existed). */
  cancellation?: { reason: string; at: string } | null;
}

export interface Correction {
  grade: string;
  previousGrade: string;
  reason: string;
  source: CorrectionSource;
  /** The review, fault-tolerance case or investigation that decided it. */
  caseId: string | null;
  at: string;
}

export interface AnnualInput {
  subject: 'CADRE' | 'TEAM';
  kind?: 'ANNUAL' | 'TERM';
  scale: GradeScaleId;
  overlay?: Overlay;
  overlayReason?: string | null;
}

/** What CLOSE_BALLOTS carries: the invitations and returned ballots, the cycle's minimum turnout. */
export interface TurnoutFacts {
  invited: number;
  returned: number;
  minimumPercent: number;
}

/** An explicit exception to the minimum turnout, recorded with who decided it and why. */
export interface TurnoutException {
  reason: string;
  /** The user who recorded it, and their name at the time. */
  by: string | null;
  byName?: string | null;
}

type At = { at: string };
export type AnnualEvent =
  | ({ type: 'START_SELF_REPORT' } & At)
  | ({ type: 'SET_OVERLAY'; overlay: Overlay; reason: string | null } & At)
  | ({ type: 'SUBMIT_SELF_REPORT' } & At)
  | ({ type: 'RETURN_SELF_REPORT'; reason: string } & At)
  | ({ type: 'ACCEPT_SELF_REPORT' } & At)
  | ({ type: 'MARK_SELF_REPORT_OVERDUE' } & At)
  | ({ type: 'RECORD_REFUSAL'; reason: string } & At)
  | ({ type: 'OPEN_BALLOTS' } & At)
  | ({ type: 'CLOSE_BALLOTS'; turnout: TurnoutFacts; exception?: TurnoutException | null } & At)
  | ({ type: 'RECORD_TALK' } & At)
  | ({ type: 'RECORD_OPINION'; source: OpinionSource } & At)
  | ({ type: 'COMPLETE_EVALUATION' } & At)
  | ({ type: 'PROPOSE_GRADE'; grade: string; comment: string; verdict: GradeVerdict } & At)
  | ({ type: 'APPROVE_GRADE'; collective: CollectiveDecision; verdict: GradeVerdict } & At)
  | ({ type: 'CHANGE_GRADE'; grade: string; reason: string; collective: CollectiveDecision; verdict: GradeVerdict } & At)
  | ({ type: 'SEND_BACK'; reason: string; collective: CollectiveDecision } & At)
  | ({ type: 'OPEN_NOTICE'; startsOn: string; endsOn: string } & At)
  | ({ type: 'LODGE_OBJECTION'; objectionId: string } & At)
  | ({ type: 'INVESTIGATE_OBJECTION'; objectionId: string } & At)
  | ({ type: 'UPHOLD_OBJECTION'; objectionId: string } & At)
  | ({ type: 'DISMISS_OBJECTION'; objectionId: string } & At)
  | ({ type: 'CLOSE_NOTICE'; today: string; verdict?: GradeVerdict } & At)
  | ({ type: 'ISSUE_WRITTEN_NOTICE' } & At)
  | ({ type: 'SIGN_NOTICE'; opinion: string | null } & At)
  | ({ type: 'GIVE_FEEDBACK' } & At)
  | ({ type: 'FILE' } & At)
  | ({ type: 'CANCEL_ASSESSMENT'; reason: string } & At)
  | ({ type: 'CORRECT_RESULT'; grade: string; reason: string; source: CorrectionSource; caseId: string | null; verdict: GradeVerdict } & At);

export type AnnualEventType = AnnualEvent['type'];

/** The grade an event sets: the proposal on approval, the event's grade on a proposal, a change or a correction. */
function gradeBeingDecided(context: AnnualContext, event: AnnualEvent): string | null {
  if (event.type === 'APPROVE_GRADE') return context.proposal?.grade ?? null;
  if (event.type === 'PROPOSE_GRADE' || event.type === 'CHANGE_GRADE' || event.type === 'CORRECT_RESULT') return event.grade;
  return null;
}

/**
 * Every binding gate and the quota, decided once by workflows/decide for the
 * grade this event sets: the event carries the verdict, and the machine takes
 * the event only when the verdict allows exactly that grade.
 */
export function isDecisionAllowed(context: AnnualContext, event: AnnualEvent): boolean {
  if (!('verdict' in event) || event.verdict === undefined) return false;
  const grade = gradeBeingDecided(context, event);
  return grade !== null && event.verdict.ok && event.verdict.grade === grade;
}

/**
 * The ballots close only when the minimum turnout is met — nobody invited
 * never meets it — or with a recorded exception that gives its reason.
 */
export function mayCloseBallots(turnout: TurnoutFacts | undefined, exception: TurnoutException | null | undefined): boolean {
  if (!turnout) return false;
  if (turnoutOf(turnout.invited, turnout.returned, turnout.minimumPercent).met) return true;
  return typeof exception?.reason === 'string' && exception.reason.trim().length > 0;
}

/**
 * Grades allowed under an overlay: UNGRADED forces UNGRADED, COMMENT_ONLY
 * forces COMMENT_ONLY. Without one, a person's year may still be UNGRADED —
 * the penalty matrix makes it so (a serious warning, a demerit… that year) —
 * but a leadership team's never is.
 */
export function isGradeAllowed(context: Pick<AnnualContext, 'scale' | 'overlay' | 'excellentWithdrawn'>, grade: string): boolean {
  if (context.overlay === 'UNGRADED') return grade === 'UNGRADED';
  if (context.overlay === 'COMMENT_ONLY') return grade === 'COMMENT_ONLY';
  if (context.excellentWithdrawn && grade === 'EXCELLENT') return false;
  if (grade === 'UNGRADED') return context.scale !== 'TEAM';
  return (GRADE_SCALES[context.scale] as readonly string[]).includes(grade);
}

/**
 * A correction of a decided result: never worse, allowed by every gate; one
 * to EXCELLENT waits for its public notice (a correction from a decided
 * state goes back there once the notice closes or lapses).
 */
const CORRECTIONS = [
  {
    guard: and(['isCorrectionNeverWorse', 'isDecisionAllowed', 'correctsToExcellent', 'isExcellentNotWithdrawn']),
    target: '#annualAssessment.awaitingNotice',
    actions: 'holdCorrectionForNotice',
  },
  { guard: and(['isCorrectionNeverWorse', 'isDecisionAllowed', not('correctsToExcellent')]), actions: 'recordCorrection' },
] as const;

export const annualMachine = setup({
  types: {
    context: {} as AnnualContext,
    events: {} as AnnualEvent,
    input: {} as AnnualInput,
  },
  guards: {
    isGradeAllowed: ({ context, event }) => event.type === 'PROPOSE_GRADE' && isGradeAllowed(context, event.grade),
    isProposalStillAllowed: ({ context }) => context.proposal !== null && isGradeAllowed(context, context.proposal.grade),
    isChangedGradeAllowed: ({ context, event }) =>
      event.type === 'CHANGE_GRADE' && event.grade !== context.proposal?.grade && isGradeAllowed(context, event.grade),
    isCollectiveDecisionValid: ({ event }) =>
      (event.type === 'APPROVE_GRADE' || event.type === 'CHANGE_GRADE' || event.type === 'SEND_BACK') && isValidCollectiveDecision(event.collective),
    isDecisionAllowed: ({ context, event }) => isDecisionAllowed(context, event),
    isTurnoutMetOrExcepted: ({ event }) => event.type === 'CLOSE_BALLOTS' && mayCloseBallots(event.turnout, event.exception),
    decidedExcellent: ({ context }) => context.decision?.grade === 'EXCELLENT',
    /** EXCELLENT always passes public notice, whatever path produced it: a correction to EXCELLENT waits for its notice. */
    correctsToExcellent: ({ event }) => event.type === 'CORRECT_RESULT' && event.grade === 'EXCELLENT',
    /** An EXCELLENT withdrawn on an upheld objection is not given back by a correction. */
    isExcellentNotWithdrawn: ({ context, event }) => !(context.excellentWithdrawn && event.type === 'CORRECT_RESULT' && event.grade === 'EXCELLENT'),
    hasPendingCorrection: ({ context }) => (context.pendingCorrection ?? null) !== null,
    hasOpenObjection: ({ context }) =>
      Object.values(context.notice?.objections ?? {}).some((s) => s === 'OPEN' || s === 'INVESTIGATING'),
    /**
     * The notice confirms the decision (or the correction waiting for it) only
     * while every gate still allows that grade: a fact recorded during the
     * notice (a veto, a penalty, a finding) is decided again with the close.
     * A CLOSE_NOTICE without a verdict (an audit trail from before) confirms.
     */
    noticeConfirms: ({ context, event }) =>
      event.type === 'CLOSE_NOTICE' &&
      (event.verdict === undefined || (event.verdict.ok && event.verdict.grade === (context.pendingCorrection?.grade ?? context.decision?.grade))),
    /** The window has run, no objection is open, and the gates still allow the grade on notice. */
    noticeClosesConfirmed: and(['noticeWindowElapsed', not('hasOpenObjection'), 'noticeConfirms']),
    /** The window has run, no objection is open, and a gate now refuses the correction waiting for it. */
    noticeClosesRefusedCorrection: and(['noticeWindowElapsed', not('hasOpenObjection'), 'hasPendingCorrection']),
    noticeWindowElapsed: ({ context, event }) => event.type === 'CLOSE_NOTICE' && context.notice !== null && event.today > context.notice.endsOn,
    isObjectionOpen: ({ context, event }) =>
      (event.type === 'INVESTIGATE_OBJECTION' || event.type === 'UPHOLD_OBJECTION' || event.type === 'DISMISS_OBJECTION') &&
      ['OPEN', 'INVESTIGATING'].includes(context.notice?.objections[event.objectionId] ?? ''),
    isObjectionNew: ({ context, event }) => event.type === 'LODGE_OBJECTION' && !Object.hasOwn(context.notice?.objections ?? {}, event.objectionId),
    /** An investigation or long leave found after the committee decided EXCELLENT: the decision cannot stand. */
    overlayOverridesDecision: ({ event }) => event.type === 'SET_OVERLAY' && event.overlay !== 'NONE',
    /** A correction never worsens the result; an UNGRADED result whose cause has gone may take any grade of the scale. */
    isCorrectionNeverWorse: ({ context, event }) =>
      event.type === 'CORRECT_RESULT' && event.reason.trim().length > 0 && isCorrectionNeverWorse(context.scale, context.finalGrade, event.grade, event.source),
  },
  actions: {
    setOverlay: assign(({ event }) => (event.type === 'SET_OVERLAY' ? { overlay: event.overlay, overlayReason: event.reason } : {})),
    countSubmission: assign(({ context }) => ({ selfReport: { ...context.selfReport, submissions: context.selfReport.submissions + 1, overdue: false } })),
    recordReturn: assign(({ context, event }) =>
      event.type === 'RETURN_SELF_REPORT' ? { selfReport: { ...context.selfReport, returns: [...context.selfReport.returns, { reason: event.reason, at: event.at }] } } : {},
    ),
    markOverdue: assign(({ context }) => ({ selfReport: { ...context.selfReport, overdue: true } })),
    recordRefusal: assign(({ context }) => ({ selfReport: { ...context.selfReport, refused: true } })),
    openBallots: assign(({ context, event }) => ({ evaluation: { ...context.evaluation, ballotsOpenedAt: event.at } })),
    closeBallots: assign(({ context, event }) => {
      if (event.type !== 'CLOSE_BALLOTS') return {};
      const { met, ...turnout } = turnoutOf(event.turnout.invited, event.turnout.returned, event.turnout.minimumPercent);
      // An exception is recorded only where it was needed.
      const turnoutException = !met && event.exception ? { reason: event.exception.reason.trim(), by: event.exception.by, byName: event.exception.byName ?? null, at: event.at } : null;
      return { evaluation: { ...context.evaluation, ballotsClosedAt: event.at, turnout, turnoutException } };
    }),
    countTalk: assign(({ context }) => ({ evaluation: { ...context.evaluation, talks: context.evaluation.talks + 1 } })),
    recordOpinion: assign(({ context, event }) =>
      event.type === 'RECORD_OPINION' ? { evaluation: { ...context.evaluation, opinions: [...context.evaluation.opinions, { source: event.source, at: event.at }] } } : {},
    ),
    recordProposal: assign(({ event }) => (event.type === 'PROPOSE_GRADE' ? { proposal: { grade: event.grade, comment: event.comment, at: event.at } } : {})),
    /** A refusal after persuasion is proposed as the lowest grade (不称职 / 较差). */
    proposeLowestForRefusal: assign(({ context, event }) => {
      const grades = GRADE_SCALES[context.scale] as readonly string[];
      return { proposal: { grade: grades[grades.length - 1]!, comment: event.type === 'RECORD_REFUSAL' ? event.reason : '', at: event.at } };
    }),
    recordApproval: assign(({ context, event }) =>
      event.type === 'APPROVE_GRADE' && context.proposal
        ? { decision: { grade: context.proposal.grade, changedFrom: null, reason: null, at: event.at, collective: event.collective } }
        : {},
    ),
    recordChange: assign(({ context, event }) =>
      event.type === 'CHANGE_GRADE'
        ? { decision: { grade: event.grade, changedFrom: context.proposal?.grade ?? null, reason: event.reason, at: event.at, collective: event.collective } }
        : {},
    ),
    recordSendBack: assign(({ context }) => ({ sendBacks: context.sendBacks + 1, decision: null })),
    openNotice: assign(({ event }) => (event.type === 'OPEN_NOTICE' ? { notice: { startsOn: event.startsOn, endsOn: event.endsOn, objections: {} } } : {})),
    setObjection: assign(({ context, event }) => {
      if (!context.notice || !('objectionId' in event)) return {};
      const status: ObjectionStatus =
        event.type === 'LODGE_OBJECTION' ? 'OPEN' : event.type === 'INVESTIGATE_OBJECTION' ? 'INVESTIGATING' : event.type === 'UPHOLD_OBJECTION' ? 'UPHELD' : 'DISMISSED';
      return { notice: { ...context.notice, objections: { ...context.notice.objections, [event.objectionId]: status } } };
    }),
    withdrawExcellent: assign(() => ({ excellentWithdrawn: true, decision: null })),
    withdrawDecision: assign(() => ({ decision: null })),
    /** The notice closed (or no notice was needed): the decision becomes the result, or a correction waiting for its notice takes effect as a new version. */
    fixFinalGrade: assign(({ context }) => {
      const pending = context.pendingCorrection ?? null;
      if (pending !== null) return { finalGrade: pending.grade, corrections: [...(context.corrections ?? []), pending], pendingCorrection: null };
      return { finalGrade: context.decision?.grade ?? null };
    }),
    holdCorrectionForNotice: assign(({ context, event }) => {
      if (event.type !== 'CORRECT_RESULT' || context.finalGrade === null) return {};
      const correction: Correction = { grade: event.grade, previousGrade: context.finalGrade, reason: event.reason, source: event.source, caseId: event.caseId, at: event.at };
      return { pendingCorrection: correction, notice: null };
    }),
    dropPendingCorrection: assign(() => ({ pendingCorrection: null })),
    recordWrittenNotice: assign(({ event }) => ({ writtenNoticeAt: event.at })),
    recordSignature: assign(({ event }) => (event.type === 'SIGN_NOTICE' ? { signature: { at: event.at, opinion: event.opinion } } : {})),
    recordFeedback: assign(({ event }) => ({ feedbackAt: event.at })),
    recordCancellation: assign(({ event }) => (event.type === 'CANCEL_ASSESSMENT' ? { cancellation: { reason: event.reason, at: event.at } } : {})),
    /** A new version of the result: the old grade stays in the list (and in the result_version table), nothing is overwritten. */
    recordCorrection: assign(({ context, event }) => {
      if (event.type !== 'CORRECT_RESULT' || context.finalGrade === null) return {};
      const correction: Correction = { grade: event.grade, previousGrade: context.finalGrade, reason: event.reason, source: event.source, caseId: event.caseId, at: event.at };
      // A graded year is no longer ungraded: the overlay that forced UNGRADED has gone.
      const regraded = context.finalGrade === 'UNGRADED' ? { overlay: 'NONE' as const, overlayReason: null } : {};
      return { ...regraded, finalGrade: event.grade, corrections: [...(context.corrections ?? []), correction] };
    }),
  },
}).createMachine({
  id: 'annualAssessment',
  context: ({ input }) => ({
    subject: input.subject,
    kind: input.kind ?? 'ANNUAL',
    scale: input.scale,
    overlay: input.overlay ?? 'NONE',
    overlayReason: input.overlayReason ?? null,
    selfReport: { submissions: 0, returns: [], overdue: false, refused: false },
    evaluation: { ballotsOpenedAt: null, ballotsClosedAt: null, talks: 0, opinions: [], turnout: null, turnoutException: null },
    proposal: null,
    decision: null,
    sendBacks: 0,
    notice: null,
    excellentWithdrawn: false,
    finalGrade: null,
    writtenNoticeAt: null,
    signature: null,
    feedbackAt: null,
    corrections: [],
  }),
  initial: 'enrolled',
  states: {
    enrolled: {
      description: '已纳入考核: enrolled in the cycle, waiting for the self-report phase',
      on: {
        START_SELF_REPORT: 'selfReport',
        SET_OVERLAY: { actions: 'setOverlay' },
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', actions: 'recordCancellation' },
      },
    },
    selfReport: {
      description: '总结述职: work summary, responsibility and integrity statements',
      initial: 'drafting',
      on: { SET_OVERLAY: { actions: 'setOverlay' }, CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', actions: 'recordCancellation' }, },
      states: {
        drafting: {
          on: {
            SUBMIT_SELF_REPORT: { target: 'submitted', actions: 'countSubmission' },
            MARK_SELF_REPORT_OVERDUE: { target: 'overdue', actions: 'markOverdue' },
          },
        },
        overdue: {
          description: '逾期未交: the deadline passed; persuasion, then submission or a recorded refusal',
          on: {
            SUBMIT_SELF_REPORT: { target: 'submitted', actions: 'countSubmission' },
            RECORD_REFUSAL: { target: '#annualAssessment.committeeReview', actions: ['recordRefusal', 'proposeLowestForRefusal'] },
          },
        },
        submitted: {
          on: {
            RETURN_SELF_REPORT: { target: 'returned', actions: 'recordReturn' },
            ACCEPT_SELF_REPORT: '#annualAssessment.evaluation',
          },
        },
        returned: {
          description: '退回修改: returned for revision with a reason',
          on: {
            SUBMIT_SELF_REPORT: { target: 'submitted', actions: 'countSubmission' },
            MARK_SELF_REPORT_OVERDUE: { target: 'overdue', actions: 'markOverdue' },
          },
        },
      },
    },
    evaluation: {
      description: '考核测评: ballots, individual talks, opinions of discipline inspection, audit, inspection tours and petitions',
      initial: 'ballotsPending',
      on: {
        RECORD_TALK: { actions: 'countTalk' },
        RECORD_OPINION: { actions: 'recordOpinion' },
        SET_OVERLAY: { actions: 'setOverlay' },
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', actions: 'recordCancellation' },
      },
      states: {
        ballotsPending: { on: { OPEN_BALLOTS: { target: 'ballotsOpen', actions: 'openBallots' } } },
        ballotsOpen: { on: { CLOSE_BALLOTS: { target: 'ballotsClosed', guard: 'isTurnoutMetOrExcepted', actions: 'closeBallots' } } },
        ballotsClosed: { on: { COMPLETE_EVALUATION: '#annualAssessment.synthesis' } },
      },
    },
    synthesis: {
      description: '综合分析, 提出等次建议: the comment and the proposed grade',
      on: {
        PROPOSE_GRADE: { target: 'committeeReview', guard: and(['isGradeAllowed', 'isDecisionAllowed']), actions: 'recordProposal' },
        SET_OVERLAY: { actions: 'setOverlay' },
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', actions: 'recordCancellation' },
      },
    },
    committeeReview: {
      description: '党委(党组)审定: approve, change with a reason, or send back — a collective decision',
      on: {
        APPROVE_GRADE: {
          target: 'decisionRouting',
          guard: and(['isProposalStillAllowed', 'isCollectiveDecisionValid', 'isDecisionAllowed']),
          actions: 'recordApproval',
        },
        CHANGE_GRADE: {
          target: 'decisionRouting',
          guard: and(['isChangedGradeAllowed', 'isCollectiveDecisionValid', 'isDecisionAllowed']),
          actions: 'recordChange',
        },
        SEND_BACK: { target: 'synthesis', guard: 'isCollectiveDecisionValid', actions: 'recordSendBack' },
        SET_OVERLAY: { actions: 'setOverlay' },
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', actions: 'recordCancellation' },
      },
    },
    decisionRouting: {
      description: 'EXCELLENT goes on public notice; every other grade is decided',
      always: [{ target: 'awaitingNotice', guard: 'decidedExcellent' }, { target: 'decided', actions: 'fixFinalGrade' }],
    },
    awaitingNotice: {
      description: '待公示: the organisation department publishes the notice',
      on: {
        OPEN_NOTICE: { target: 'publicNotice', actions: 'openNotice' },
        SET_OVERLAY: [
          // A correction waiting for its notice lapses; the decided result stands (an overlay concerns a year not yet decided).
          { target: 'decided', guard: and(['overlayOverridesDecision', 'hasPendingCorrection']), actions: 'dropPendingCorrection' },
          { target: 'committeeReview', guard: 'overlayOverridesDecision', actions: ['setOverlay', 'withdrawDecision'] },
        ],
        // A cycle is cancelled only before any result is decided: a correction waiting for its notice belongs to a decided year.
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', guard: not('hasPendingCorrection'), actions: 'recordCancellation' },
      },
    },
    publicNotice: {
      description: '公示: at least 5 working days; anyone may object; no decision while an objection is open',
      on: {
        LODGE_OBJECTION: { guard: 'isObjectionNew', actions: 'setObjection' },
        INVESTIGATE_OBJECTION: { guard: 'isObjectionOpen', actions: 'setObjection' },
        DISMISS_OBJECTION: { guard: 'isObjectionOpen', actions: 'setObjection' },
        UPHOLD_OBJECTION: [
          { target: 'decided', guard: and(['isObjectionOpen', 'hasPendingCorrection']), actions: ['setObjection', 'dropPendingCorrection'] },
          { target: 'committeeReview', guard: 'isObjectionOpen', actions: ['setObjection', 'withdrawExcellent'] },
        ],
        SET_OVERLAY: [
          // A correction waiting for its notice lapses; the decided result stands (an overlay concerns a year not yet decided).
          { target: 'decided', guard: and(['overlayOverridesDecision', 'hasPendingCorrection']), actions: 'dropPendingCorrection' },
          { target: 'committeeReview', guard: 'overlayOverridesDecision', actions: ['setOverlay', 'withdrawDecision'] },
        ],
        CLOSE_NOTICE: [
          { target: 'decided', guard: 'noticeClosesConfirmed', actions: 'fixFinalGrade' },
          // A gate now refuses: a correction waiting for its notice lapses and the result in force stands…
          { target: 'decided', guard: 'noticeClosesRefusedCorrection', actions: 'dropPendingCorrection' },
          // …and a decision goes back to the committee, to be decided again.
          { target: 'committeeReview', guard: and(['noticeWindowElapsed', not('hasOpenObjection')]), actions: 'withdrawDecision' },
        ],
        CANCEL_ASSESSMENT: { target: '#annualAssessment.cancelled', guard: not('hasPendingCorrection'), actions: 'recordCancellation' },
      },
    },
    decided: {
      description: '确定等次: the grade is decided; the written notice goes to the person',
      on: { ISSUE_WRITTEN_NOTICE: { target: 'notified', actions: 'recordWrittenNotice' }, CORRECT_RESULT: CORRECTIONS },
    },
    notified: {
      description: '书面通知: the person signs, with an opinion if they wish',
      on: { SIGN_NOTICE: { target: 'signed', actions: 'recordSignature' }, CORRECT_RESULT: CORRECTIONS },
    },
    signed: {
      description: '反馈: strengths, shortcomings and demands for improvement',
      on: { GIVE_FEEDBACK: { target: 'feedbackGiven', actions: 'recordFeedback' }, CORRECT_RESULT: CORRECTIONS },
    },
    feedbackGiven: {
      description: '归档: into the personnel file',
      on: { FILE: 'filed', CORRECT_RESULT: CORRECTIONS },
    },
    filed: {
      description: '已归档: in the personnel file; a review, an appeal, a fault-tolerance decision or a closed investigation may still correct it',
      on: { CORRECT_RESULT: CORRECTIONS },
    },
    cancelled: {
      type: 'final',
      description: '已取消: the cycle was cancelled before a decision; nothing awaits anyone and the period may be enrolled again',
    },
  },
});
