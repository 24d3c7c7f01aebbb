import { assign, setup } from 'xstate';

/**
 * An assessment cycle (考核周期) run by the organisation department: planned
 * (kind, year, scope, pinned rule set and scheme, deadlines), the assessed
 * enrolled in bulk, opened, and closed once every assessment in it is filed;
 * or cancelled — while planned, or while open as long as no assessment in it
 * holds a decided result. Cancelling cancels every assessment still under way.
 */
export const CYCLE_KINDS = ['ANNUAL', 'REGULAR', 'SPECIAL', 'TERM'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];

export interface CycleContext {
  kind: CycleKind;
  enrolled: number;
  openedAt: string | null;
  closedAt: string | null;
}

type At = { at: string };
export type CycleEvent =
  | ({ type: 'ENROL'; count: number } & At)
  | ({ type: 'OPEN_CYCLE' } & At)
  | ({ type: 'CLOSE_CYCLE'; unfinished: number } & At)
  /** `decided`: assessments of the cycle that already hold a decided result (an open cycle is cancelled only with none). */
  | ({ type: 'CANCEL_CYCLE'; reason: string; decided?: number } & At);

export const cycleMachine = setup({
  types: { context: {} as CycleContext, events: {} as CycleEvent, input: {} as { kind: CycleKind } },
  guards: {
    hasEnrolment: ({ context }) => context.enrolled > 0,
    isEnrolmentNonEmpty: ({ event }) => event.type === 'ENROL' && Number.isInteger(event.count) && event.count > 0,
    allAssessmentsFinished: ({ event }) => event.type === 'CLOSE_CYCLE' && event.unfinished === 0,
    nothingDecided: ({ event }) => event.type === 'CANCEL_CYCLE' && event.decided === 0,
  },
  actions: {
    countEnrolment: assign(({ context, event }) => (event.type === 'ENROL' ? { enrolled: context.enrolled + event.count } : {})),
    markOpened: assign(({ event }) => ({ openedAt: event.at })),
    markClosed: assign(({ event }) => ({ closedAt: event.at })),
  },
}).createMachine({
  id: 'cycle',
  context: ({ input }) => ({ kind: input.kind, enrolled: 0, openedAt: null, closedAt: null }),
  initial: 'planning',
  states: {
    planning: {
      description: '制定方案: scope, rule set, deadlines; enrolment in bulk',
      on: {
        ENROL: { guard: 'isEnrolmentNonEmpty', actions: 'countEnrolment' },
        OPEN_CYCLE: { target: 'open', guard: 'hasEnrolment', actions: 'markOpened' },
        CANCEL_CYCLE: 'cancelled',
      },
    },
    open: {
      description: '进行中: assessments run their own lifecycles; late enrolment still possible; cancelled only before any decision',
      on: {
        ENROL: { guard: 'isEnrolmentNonEmpty', actions: 'countEnrolment' },
        CLOSE_CYCLE: { target: 'closed', guard: 'allAssessmentsFinished', actions: 'markClosed' },
        CANCEL_CYCLE: { target: 'cancelled', guard: 'nothingDecided' },
      },
    },
    closed: { type: 'final', description: '已结束' },
    cancelled: { type: 'final', description: '已取消' },
  },
});
