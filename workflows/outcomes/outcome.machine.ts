import { assign, setup } from 'xstate';

/**
 * One outcome of a result (docs/domain.md §6) as a tracked task: proposed →
 * approved → carried out → verified, or cancelled for cause (with a reason)
 * from any state before the end. Pure: deadlines are days handed in with the
 * events (`dueOn`, inclusive); the deadline job sends MARK_OVERDUE with
 * today's date once a deadline has passed, and the guard checks it.
 */
export interface OutcomeContext {
  kind: string;
  year: number;
  /** The measures the approver chooses from (降职 or 免职); empty when there is nothing to choose. */
  choices: string[];
  /** Last day of the current step (approval, then carrying out); null when the step has none. */
  dueOn: string | null;
  overdue: Array<{ step: 'APPROVAL' | 'CARRY_OUT'; dueOn: string; at: string }>;
  approval: { at: string; note: string | null; choice: string | null } | null;
  /** `by`: the user who carried it out (four eyes: another verifies it); absent on tasks carried out before it was recorded. */
  carriedOut: { at: string; note: string; by?: string | null } | null;
  verification: { at: string; note: string | null } | null;
  cancellation: { at: string; reason: string; cause: Record<string, unknown> | null } | null;
}

export interface OutcomeInput {
  kind: string;
  year: number;
  choices?: string[];
  dueOn: string | null;
}

type At = { at: string };
export type OutcomeEvent =
  | ({ type: 'APPROVE'; note: string | null; choice: string | null; dueOn: string | null } & At)
  | ({ type: 'MARK_OVERDUE'; today: string } & At)
  | ({ type: 'CARRY_OUT'; note: string; by?: string | null } & At)
  | ({ type: 'VERIFY'; note: string | null } & At)
  | ({ type: 'CANCEL'; reason: string; cause?: Record<string, unknown> | null } & At);

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

export const outcomeMachine = setup({
  types: { context: {} as OutcomeContext, events: {} as OutcomeEvent, input: {} as OutcomeInput },
  guards: {
    /** The approver picks one of the measures when there is a choice, and picks nothing otherwise. */
    isChoiceValid: ({ context, event }) =>
      event.type === 'APPROVE' && (context.choices.length ? event.choice !== null && context.choices.includes(event.choice) : event.choice === null),
    isPastDue: ({ context, event }) => event.type === 'MARK_OVERDUE' && context.dueOn !== null && event.today > context.dueOn,
    /** What was done is recorded, in words. */
    hasNote: ({ event }) => event.type === 'CARRY_OUT' && filled(event.note),
    /** Cancellation is for cause: a reason is required. */
    hasReason: ({ event }) => event.type === 'CANCEL' && filled(event.reason),
  },
  actions: {
    recordApproval: assign(({ event }) =>
      event.type === 'APPROVE' ? { approval: { at: event.at, note: event.note, choice: event.choice }, dueOn: event.dueOn } : {},
    ),
    recordOverdue: assign(({ context, event }) => ({
      overdue: [...context.overdue, { step: context.approval ? ('CARRY_OUT' as const) : ('APPROVAL' as const), dueOn: context.dueOn ?? '', at: event.at }],
    })),
    recordCarriedOut: assign(({ event }) => (event.type === 'CARRY_OUT' ? { carriedOut: { at: event.at, note: event.note, by: event.by ?? null }, dueOn: null } : {})),
    recordVerification: assign(({ event }) => (event.type === 'VERIFY' ? { verification: { at: event.at, note: event.note } } : {})),
    recordCancellation: assign(({ event }) =>
      event.type === 'CANCEL' ? { cancellation: { at: event.at, reason: event.reason, cause: event.cause ?? null }, dueOn: null } : {},
    ),
  },
}).createMachine({
  id: 'outcomeTask',
  context: ({ input }) => ({
    kind: input.kind,
    year: input.year,
    choices: input.choices ?? [],
    dueOn: input.dueOn,
    overdue: [],
    approval: null,
    carriedOut: null,
    verification: null,
    cancellation: null,
  }),
  initial: 'proposed',
  states: {
    proposed: {
      description: '拟运用: proposed from the result, waiting for approval',
      initial: 'inTime',
      on: {
        APPROVE: { target: 'approved', guard: 'isChoiceValid', actions: 'recordApproval' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
      states: {
        inTime: { on: { MARK_OVERDUE: { target: 'overdue', guard: 'isPastDue', actions: 'recordOverdue' } } },
        overdue: { description: '审批逾期' },
      },
    },
    approved: {
      description: '已批准: HR carries it out',
      initial: 'inTime',
      on: {
        CARRY_OUT: { target: 'carriedOut', guard: 'hasNote', actions: 'recordCarriedOut' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
      states: {
        inTime: { on: { MARK_OVERDUE: { target: 'overdue', guard: 'isPastDue', actions: 'recordOverdue' } } },
        overdue: { description: '落实逾期' },
      },
    },
    carriedOut: {
      description: '已落实: HR verifies it',
      on: {
        VERIFY: { target: 'verified', actions: 'recordVerification' },
        CANCEL: { target: 'cancelled', guard: 'hasReason', actions: 'recordCancellation' },
      },
    },
    verified: { type: 'final', description: '已核实' },
    cancelled: { type: 'final', description: '已撤销: cancelled for cause' },
  },
});
