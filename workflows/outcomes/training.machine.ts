import { assign, setup } from 'xstate';

/**
 * Remedial training (培训) for a BASICALLY_COMPETENT result, docs/domain.md §6:
 * assigned → enrolled → completed → verified, or cancelled for cause from
 * any state before the end. Deadlines are days handed in (`dueOn`): to
 * enrol, then to complete; MARK_OVERDUE carries today's date.
 */
export interface TrainingContext {
  kind: string;
  year: number;
  dueOn: string | null;
  overdue: Array<{ step: 'ENROLMENT' | 'COMPLETION'; dueOn: string; at: string }>;
  enrolment: { at: string; course: string } | null;
  /** `by`: the user who recorded the completion (four eyes: another verifies it); absent on older tasks. */
  completion: { at: string; note: string; by?: string | null } | null;
  verification: { at: string; note: string | null } | null;
  cancellation: { at: string; reason: string; cause: Record<string, unknown> | null } | null;
}

export interface TrainingInput {
  kind: string;
  year: number;
  dueOn: string | null;
}

type At = { at: string };
export type TrainingEvent =
  | ({ type: 'ENROL'; course: string; dueOn: string | null } & At)
  | ({ type: 'MARK_OVERDUE'; today: string } & At)
  | ({ type: 'COMPLETE'; note: string; by?: string | null } & At)
  | ({ type: 'VERIFY'; note: string | null } & At)
  | ({ type: 'CANCEL'; reason: string; cause?: Record<string, unknown> | null } & At);

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

export const trainingMachine = setup({
  types: { context: {} as TrainingContext, events: {} as TrainingEvent, input: {} as TrainingInput },
  guards: {
    /** Enrolment names the course. */
    hasCourse: ({ event }) => event.type === 'ENROL' && filled(event.course),
    isPastDue: ({ context, event }) => event.type === 'MARK_OVERDUE' && context.dueOn !== null && event.today > context.dueOn,
    /** Completion records what was completed (certificate, hours). */
    hasNote: ({ event }) => event.type === 'COMPLETE' && filled(event.note),
    hasReason: ({ event }) => event.type === 'CANCEL' && filled(event.reason),
  },
  actions: {
    recordEnrolment: assign(({ event }) => (event.type === 'ENROL' ? { enrolment: { at: event.at, course: event.course }, dueOn: event.dueOn } : {})),
    recordOverdue: assign(({ context, event }) => ({
      overdue: [...context.overdue, { step: context.enrolment ? ('COMPLETION' as const) : ('ENROLMENT' as const), dueOn: context.dueOn ?? '', at: event.at }],
    })),
    recordCompletion: assign(({ event }) => (event.type === 'COMPLETE' ? { completion: { at: event.at, note: event.note, by: event.by ?? null }, dueOn: null } : {})),
    recordVerification: assign(({ event }) => (event.type === 'VERIFY' ? { verification: { at: event.at, note: event.note } } : {})),
    recordCancellation: assign(({ event }) =>
      event.type === 'CANCEL' ? { cancellation: { at: event.at, reason: event.reason, cause: event.cause ?? null }, dueOn: null } : {},
    ),
  },
}).createMachine({
  id: 'remedialTraining',
  context: ({ input }) => ({
    kind: input.kind,
    year: input.year,
    dueOn: input.dueOn,
    overdue: [],
    enrolment: null,
    completion: null,
    verification: null,
    cancellation: null,
  }),
  initial: 'assigned',
  states: {
    assigned: {
      description: '已安排: HR enrols the person in a course',
      initial: 'inTime',
      on: {
        ENROL: { target: 'enrolled', guard: 'hasCourse', actions: 'recordEnrolment' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
      states: {
        inTime: { on: { MARK_OVERDUE: { target: 'overdue', guard: 'isPastDue', actions: 'recordOverdue' } } },
        overdue: { description: '报名逾期' },
      },
    },
    enrolled: {
      description: '已报名: in training',
      initial: 'inTime',
      on: {
        COMPLETE: { target: 'completed', guard: 'hasNote', actions: 'recordCompletion' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
      states: {
        inTime: { on: { MARK_OVERDUE: { target: 'overdue', guard: 'isPastDue', actions: 'recordOverdue' } } },
        overdue: { description: '结业逾期' },
      },
    },
    completed: {
      description: '已结业: HR verifies it',
      on: {
        VERIFY: { target: 'verified', actions: 'recordVerification' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
    },
    verified: { type: 'final', description: '已核实' },
    cancelled: { type: 'final', description: '已撤销: cancelled for cause' },
  },
});
