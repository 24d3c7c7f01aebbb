import { and, assign, setup } from 'xstate';
import { isValidCollectiveDecision, type CollectiveDecision } from '../assessment/annual.machine.js';
import type { IsoDate } from '../cadre/status.js';
import { addDays } from '../calendar/working-days.js';
import type { PenaltyKind, RuleSettings } from '../rules/settings.js';
import { isLighterPenalty } from './correction.js';

/**
 * Fault tolerance and correction (容错纠错, docs/domain.md §7): a case opened on a
 * written application by the cadre or their unit — only after accountability
 * or a sanction has started and before it is decided — or by the body with
 * jurisdiction on its own motion; accepted or refused with a reason;
 * investigated; decided collectively, recording which of the three
 * distinctions applies and the six factors weighed; written feedback to the
 * applicant; filed with the organisation department; the correction (纠错)
 * tracked until verified. Each step has a deadline (settings, pinned when the
 * case opens). The same mistake repeated is not tolerated.
 */

export const FT_ORIGINS = ['CADRE_APPLICATION', 'UNIT_APPLICATION', 'OWN_MOTION'] as const;
export type FtOrigin = (typeof FT_ORIGINS)[number];
export const FT_OUTCOMES = ['EXEMPT', 'MITIGATED', 'NOT_TOLERATED'] as const;
export type FtOutcome = (typeof FT_OUTCOMES)[number];
/** 三个区分开来. */
export const THREE_DISTINCTIONS = [
  /** 因缺乏经验、先行先试出现的失误 vs 明知故犯的违纪违法. */
  'PILOTING_REFORM_INEXPERIENCE',
  /** 尚无明确限制的探索性试验中的失误 vs 明令禁止后依然我行我素. */
  'EXPLORATION_NOT_YET_RESTRICTED',
  /** 为推动发展的无意过失 vs 为谋取私利的违纪违法. */
  'UNINTENDED_ERROR_FOR_DEVELOPMENT',
] as const;
export type Distinction = (typeof THREE_DISTINCTIONS)[number];
/** The six factors weighed (动机态度、客观条件、程序方法、性质程度、后果影响、挽回损失). */
export const SIX_FACTORS = ['motive', 'objectiveConditions', 'procedure', 'natureAndDegree', 'consequences', 'remedialEffort'] as const;
export type SixFactors = Record<(typeof SIX_FACTORS)[number], string>;

export type FtDays = RuleSettings['faultTolerance'];

export interface FtInput {
  origin: FtOrigin;
  /** The sanction the case is about (null when accountability has started but nothing is recorded yet). */
  penaltyKind: PenaltyKind | null;
  /** A key for the mistake (its nature), to recognise the same mistake repeated. */
  mistakeKey: string;
  days: FtDays;
}

export interface FtContext extends FtInput {
  submittedOn: IsoDate | null;
  refusal: { reason: string; on: IsoDate } | null;
  acceptedOn: IsoDate | null;
  findings: string | null;
  decision: {
    outcome: FtOutcome;
    distinction: Distinction | null;
    factors: SixFactors;
    collective: CollectiveDecision;
    lighterKind: PenaltyKind | null;
    reason: string;
    on: IsoDate;
  } | null;
  feedback: { summary: string; on: IsoDate } | null;
  filing: { reference: string; on: IsoDate } | null;
  corrections: Array<{ note: string; on: IsoDate }>;
  verifiedOn: IsoDate | null;
  /** When the current step began: its deadline counts from here. */
  stepStartedOn: IsoDate | null;
  /** Steps whose deadline passed (reported; the step must still be done). */
  overdueSteps: string[];
}

type At = { at: string; today: IsoDate };
export type FtEvent =
  | ({ type: 'SUBMIT'; accountabilityStarted: boolean; sanctionDecided: boolean } & At)
  | ({ type: 'ACCEPT' } & At)
  | ({ type: 'REFUSE'; reason: string } & At)
  | ({ type: 'COMPLETE_INVESTIGATION'; findings: string } & At)
  | ({
      type: 'DECIDE';
      outcome: FtOutcome;
      distinction: Distinction | null;
      factors: SixFactors;
      collective: CollectiveDecision;
      lighterKind: PenaltyKind | null;
      reason: string;
      /** The same cadre's same mistake was already tolerated (exempted or mitigated) before. */
      repeatedMistake: boolean;
      /** Whether the jurisdiction refuses tolerance for a repeated mistake (setting). */
      repeatedMistakeNotTolerated: boolean;
    } & At)
  | ({ type: 'GIVE_FEEDBACK'; summary: string } & At)
  | ({ type: 'FILE_WITH_ORGANISATION'; reference: string } & At)
  | ({ type: 'RECORD_CORRECTION'; note: string } & At)
  | ({ type: 'VERIFY_CORRECTION' } & At)
  | ({ type: 'MARK_OVERDUE' } & At);

/** Days allowed for each step, from the pinned settings. */
export function ftStepDays(state: string, days: FtDays): number | null {
  switch (state) {
    case 'awaitingAcceptance':
      return days.acceptanceDays;
    case 'investigating':
      return days.investigationDays;
    case 'awaitingDecision':
      return days.decisionDays;
    case 'awaitingFeedback':
      return days.feedbackDays;
    case 'awaitingFiling':
      return days.filingDays;
    case 'correcting':
      return days.correctionVerificationDays;
    default:
      return null;
  }
}

/** The deadline of the step the case is in: its last day; the deadline job marks it overdue the day after. */
export function ftDeadline(state: string, c: FtContext): { lastDay: IsoDate; event: 'MARK_OVERDUE' } | null {
  const days = ftStepDays(state, c.days);
  if (days === null || c.stepStartedOn === null || c.overdueSteps.includes(state)) return null;
  return { lastDay: addDays(c.stepStartedOn, days), event: 'MARK_OVERDUE' };
}

/** Only after accountability or a sanction has started and before it is decided; the body's own motion at any time. */
export function isApplicationTimely(origin: FtOrigin, accountabilityStarted: boolean, sanctionDecided: boolean): boolean {
  return origin === 'OWN_MOTION' || (accountabilityStarted && !sanctionDecided);
}

const step = (today: IsoDate) => ({ stepStartedOn: today });

export const faultToleranceMachine = setup({
  types: { context: {} as FtContext, events: {} as FtEvent, input: {} as FtInput },
  guards: {
    isApplicationTimely: ({ context, event }) => event.type === 'SUBMIT' && isApplicationTimely(context.origin, event.accountabilityStarted, event.sanctionDecided),
    hasRefusalReason: ({ event }) => event.type === 'REFUSE' && event.reason.trim().length > 0,
    hasFindings: ({ event }) => event.type === 'COMPLETE_INVESTIGATION' && event.findings.trim().length > 0,
    isCollectiveDecisionValid: ({ event }) => event.type === 'DECIDE' && isValidCollectiveDecision(event.collective),
    areSixFactorsRecorded: ({ event }) => event.type === 'DECIDE' && SIX_FACTORS.every((f) => (event.factors[f] ?? '').trim().length > 0),
    /** Tolerance (exempt or mitigated) names which of the three distinctions applies. */
    isDistinctionNamedWhenTolerated: ({ event }) => event.type === 'DECIDE' && (event.outcome === 'NOT_TOLERATED' || (event.distinction !== null && THREE_DISTINCTIONS.includes(event.distinction))),
    /** Mitigated: a lighter sanction than the one in play; otherwise none. */
    isMitigationLighter: ({ context, event }) =>
      event.type === 'DECIDE' &&
      (event.outcome === 'MITIGATED'
        ? context.penaltyKind !== null && event.lighterKind !== null && isLighterPenalty(event.lighterKind, context.penaltyKind)
        : event.lighterKind === null),
    /** The same mistake repeated is not tolerated. */
    isNotRepeatedMistake: ({ event }) => event.type === 'DECIDE' && (event.outcome === 'NOT_TOLERATED' || !event.repeatedMistake || !event.repeatedMistakeNotTolerated),
    wasTolerated: ({ context }) => context.decision !== null && context.decision.outcome !== 'NOT_TOLERATED',
    hasFeedback: ({ event }) => event.type === 'GIVE_FEEDBACK' && event.summary.trim().length > 0,
    hasFilingReference: ({ event }) => event.type === 'FILE_WITH_ORGANISATION' && event.reference.trim().length > 0,
    hasCorrectionRecorded: ({ context }) => context.corrections.length > 0,
    /** A step is marked overdue once. */
    isStepNotYetOverdue: ({ context }, params: { step: string }) => !context.overdueSteps.includes(params.step),
  },
  actions: {
    recordSubmission: assign(({ event }) => ({ submittedOn: event.today, ...step(event.today) })),
    recordAcceptance: assign(({ event }) => ({ acceptedOn: event.today, ...step(event.today) })),
    recordRefusal: assign(({ event }) => (event.type === 'REFUSE' ? { refusal: { reason: event.reason, on: event.today }, stepStartedOn: null } : {})),
    recordFindings: assign(({ event }) => (event.type === 'COMPLETE_INVESTIGATION' ? { findings: event.findings, ...step(event.today) } : {})),
    recordDecision: assign(({ event }) =>
      event.type === 'DECIDE'
        ? {
            decision: {
              outcome: event.outcome,
              distinction: event.distinction,
              factors: event.factors,
              collective: event.collective,
              lighterKind: event.lighterKind,
              reason: event.reason,
              on: event.today,
            },
            ...step(event.today),
          }
        : {},
    ),
    recordFeedback: assign(({ event }) => (event.type === 'GIVE_FEEDBACK' ? { feedback: { summary: event.summary, on: event.today }, ...step(event.today) } : {})),
    recordFiling: assign(({ event }) => (event.type === 'FILE_WITH_ORGANISATION' ? { filing: { reference: event.reference, on: event.today }, ...step(event.today) } : {})),
    recordCorrection: assign(({ context, event }) => (event.type === 'RECORD_CORRECTION' ? { corrections: [...context.corrections, { note: event.note, on: event.today }] } : {})),
    recordVerification: assign(({ event }) => ({ verifiedOn: event.today, stepStartedOn: null })),
    closeSteps: assign(() => ({ stepStartedOn: null })),
    markOverdue: assign(({ context }, params: { step: string }) => ({ overdueSteps: [...context.overdueSteps, params.step] })),
  },
}).createMachine({
  id: 'faultToleranceCase',
  context: ({ input }) => ({
    ...input,
    submittedOn: null,
    refusal: null,
    acceptedOn: null,
    findings: null,
    decision: null,
    feedback: null,
    filing: null,
    corrections: [],
    verifiedOn: null,
    stepStartedOn: null,
    overdueSteps: [],
  }),
  initial: 'opened',
  states: {
    opened: {
      description: '申请 / 主动启动: a written application, or the body’s own motion',
      on: { SUBMIT: { target: 'awaitingAcceptance', guard: 'isApplicationTimely', actions: 'recordSubmission' } },
    },
    awaitingAcceptance: {
      description: '受理: accepted, or refused with a reason',
      on: {
        ACCEPT: { target: 'investigating', actions: 'recordAcceptance' },
        REFUSE: { target: 'refused', guard: 'hasRefusalReason', actions: 'recordRefusal' },
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'awaitingAcceptance' } }, actions: { type: 'markOverdue', params: { step: 'awaitingAcceptance' } } },
      },
    },
    investigating: {
      description: '调查核实',
      on: {
        COMPLETE_INVESTIGATION: { target: 'awaitingDecision', guard: 'hasFindings', actions: 'recordFindings' },
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'investigating' } }, actions: { type: 'markOverdue', params: { step: 'investigating' } } },
      },
    },
    awaitingDecision: {
      description: '集体研究认定: the body with jurisdiction decides collectively — three distinctions, six factors',
      on: {
        DECIDE: {
          target: 'awaitingFeedback',
          guard: and(['isCollectiveDecisionValid', 'areSixFactorsRecorded', 'isDistinctionNamedWhenTolerated', 'isMitigationLighter', 'isNotRepeatedMistake']),
          actions: 'recordDecision',
        },
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'awaitingDecision' } }, actions: { type: 'markOverdue', params: { step: 'awaitingDecision' } } },
      },
    },
    awaitingFeedback: {
      description: '书面反馈: written feedback to the applicant',
      on: {
        GIVE_FEEDBACK: { target: 'awaitingFiling', guard: 'hasFeedback', actions: 'recordFeedback' },
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'awaitingFeedback' } }, actions: { type: 'markOverdue', params: { step: 'awaitingFeedback' } } },
      },
    },
    awaitingFiling: {
      description: '报备: filed with the organisation department',
      on: {
        FILE_WITH_ORGANISATION: [
          { target: 'correcting', guard: and(['hasFilingReference', 'wasTolerated']), actions: 'recordFiling' },
          { target: 'closed', guard: 'hasFilingReference', actions: ['recordFiling', 'closeSteps'] },
        ],
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'awaitingFiling' } }, actions: { type: 'markOverdue', params: { step: 'awaitingFiling' } } },
      },
    },
    correcting: {
      description: '纠错: the correction is tracked until verified',
      on: {
        RECORD_CORRECTION: { actions: 'recordCorrection' },
        VERIFY_CORRECTION: { target: 'closed', guard: 'hasCorrectionRecorded', actions: 'recordVerification' },
        MARK_OVERDUE: { guard: { type: 'isStepNotYetOverdue', params: { step: 'correcting' } }, actions: { type: 'markOverdue', params: { step: 'correcting' } } },
      },
    },
    refused: { type: 'final', description: '不予受理' },
    closed: { type: 'final', description: '办结' },
  },
});
