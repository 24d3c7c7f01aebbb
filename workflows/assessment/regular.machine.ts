import { assign, setup } from 'xstate';
import { GRADE_SCALES } from '../rules/grades.js';

/**
 * Regular (平时考核, quarterly by default) and special (专项考核) assessments,
 * docs/domain.md §2: personal summary → appraisal by the supervising leader →
 * feedback; fact-finding → judgement → feedback. One machine, two paths.
 * Cancelling the cycle before the appraisal moves it to `cancelled` (final).
 */
export interface RegularContext {
  kind: 'REGULAR' | 'SPECIAL';
  grade: string | null;
  score: number | null;
  summaryAt: string | null;
  findingsAt: string | null;
  feedbackAt: string | null;
  /** Set when the cycle was cancelled before the appraisal (absent from snapshots stored before cancelling existed). */
  cancellation?: { reason: string; at: string } | null;
}

type At = { at: string };
export type RegularEvent =
  | ({ type: 'SUBMIT_SUMMARY' } & At)
  | ({ type: 'COMPLETE_FACT_FINDING' } & At)
  | ({ type: 'APPRAISE'; grade: string; score: number | null } & At)
  | ({ type: 'GIVE_FEEDBACK' } & At)
  | ({ type: 'CANCEL_ASSESSMENT'; reason: string } & At);

export const regularMachine = setup({
  types: { context: {} as RegularContext, events: {} as RegularEvent, input: {} as { kind: 'REGULAR' | 'SPECIAL' } },
  guards: {
    isRegular: ({ context }) => context.kind === 'REGULAR',
    isSpecial: ({ context }) => context.kind === 'SPECIAL',
    /** 好 / 较好 / 一般 / 较差, and a score in [0, 100] when one is given. */
    isAppraisalValid: ({ event }) =>
      event.type === 'APPRAISE' &&
      (GRADE_SCALES.REGULAR as readonly string[]).includes(event.grade) &&
      (event.score === null || (event.score >= 0 && event.score <= 100)),
  },
  actions: {
    recordSummary: assign(({ event }) => ({ summaryAt: event.at })),
    recordFindings: assign(({ event }) => ({ findingsAt: event.at })),
    recordAppraisal: assign(({ event }) => (event.type === 'APPRAISE' ? { grade: event.grade, score: event.score } : {})),
    recordFeedback: assign(({ event }) => ({ feedbackAt: event.at })),
    recordCancellation: assign(({ event }) => (event.type === 'CANCEL_ASSESSMENT' ? { cancellation: { reason: event.reason, at: event.at } } : {})),
  },
}).createMachine({
  id: 'regularAssessment',
  context: ({ input }) => ({ kind: input.kind, grade: null, score: null, summaryAt: null, findingsAt: null, feedbackAt: null }),
  initial: 'opened',
  states: {
    opened: {
      always: [{ target: 'personalSummary', guard: 'isRegular' }, { target: 'factFinding' }],
    },
    personalSummary: {
      description: '个人小结',
      on: { SUBMIT_SUMMARY: { target: 'appraisal', actions: 'recordSummary' }, CANCEL_ASSESSMENT: { target: 'cancelled', actions: 'recordCancellation' } },
    },
    factFinding: {
      description: '了解核实',
      on: { COMPLETE_FACT_FINDING: { target: 'appraisal', actions: 'recordFindings' }, CANCEL_ASSESSMENT: { target: 'cancelled', actions: 'recordCancellation' } },
    },
    appraisal: {
      description: '主管领导评鉴 / 综合研判',
      on: { APPRAISE: { target: 'feedback', guard: 'isAppraisalValid', actions: 'recordAppraisal' }, CANCEL_ASSESSMENT: { target: 'cancelled', actions: 'recordCancellation' } },
    },
    feedback: {
      description: '反馈',
      on: { GIVE_FEEDBACK: { target: 'done', actions: 'recordFeedback' } },
    },
    done: { type: 'final' },
    cancelled: { type: 'final', description: '已取消: the cycle was cancelled before the appraisal' },
  },
});
