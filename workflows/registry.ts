import type { AnyStateMachine } from 'xstate';
import {
  ACCUSATION_EVENT_ACTORS,
  ANNUAL_EVENT_ACTORS,
  COMMITTEE_OUTCOME_EVENT_ACTORS,
  CYCLE_EVENT_ACTORS,
  FAULT_TOLERANCE_EVENT_ACTORS,
  OUTCOME_EVENT_ACTORS,
  REGULAR_EVENT_ACTORS,
  REVIEW_EVENT_ACTORS,
  TRAINING_EVENT_ACTORS,
  type Actor,
} from './actors.js';
import { annualMachine, type AnnualContext } from './assessment/annual.machine.js';
import { cycleMachine } from './assessment/cycle.machine.js';
import { regularMachine } from './assessment/regular.machine.js';
import { accusationMachine } from './cases/accusation.machine.js';
import { faultToleranceMachine, ftDeadline, type FtContext } from './cases/fault-tolerance.machine.js';
import { reviewDeadline, reviewMachine, type ReviewContext } from './cases/review.machine.js';
import { outcomeMachine } from './outcomes/outcome.machine.js';
import { trainingMachine } from './outcomes/training.machine.js';
import type { Role } from './roles.js';

export type { Actor } from './actors.js';

/**
 * A due date of a machine: in which states an instance has one, where it
 * comes from, and which event the system sends once it has passed. The one
 * deadline runner (server/workflow) reads this; no server code knows a kind's
 * deadlines.
 */
export interface DeadlineSpec {
  /** The event the system (SYSTEM) sends when the due date has passed. */
  event: string;
  /** State paths that have this due date (a parent path covers its children). */
  states: readonly string[];
  /** The event carries the day it fires on (`today`), for guards that compare it with the last day. */
  withToday: boolean;
  /**
   * Where the due date comes from: the last day (inclusive, a calendar day)
   * the instance's context gives in that state, or a fact of the instance
   * named here (a deadline its cycle planned, a timestamp).
   */
  due: { lastDay: (state: string, context: Record<string, unknown>) => string | null } | { fact: 'selfReportDue' };
}

/**
 * Who is reminded before a due date: SUBJECT (the assessed cadre), AWAITING
 * (the roles that act next in the state, within its jurisdiction), the roles
 * listed, or the role a context field names (else `otherwise`).
 */
export type ReminderRecipients = 'SUBJECT' | 'AWAITING' | readonly Role[] | { contextRole: readonly string[]; otherwise: Role };

/** A reminder of a due date, sent once a day while it is near (the one reminder job reads this). */
export interface ReminderSpec {
  /** The deadline reminded of, by the event it fires. */
  event: string;
  /** Only in these states (default: every state of that deadline). */
  states?: readonly string[];
  to: ReminderRecipients;
  /** The rule setting (a path in the settings) holding how many days before the due date reminders start. */
  leadDays: readonly string[];
  /** The kind of the notification sent. */
  notification: string;
}

/**
 * Who answers for a step left overdue: the office the escalation job
 * notifies once the step is overdue by the configured working days. AWAITING
 * (the roles that act next in the overdue state), the roles listed, or the
 * role a context field names (else `otherwise`); never the assessed person.
 */
export interface EscalationSpec {
  /** The deadline's event that marks the step overdue. */
  event: string;
  /** Only in these states (default: every state that event leaves the instance in). */
  states?: readonly string[];
  to: Exclude<ReminderRecipients, 'SUBJECT'>;
}

export interface MachineSpec {
  id: string;
  /** Bumped when a change to the machine needs a data migration of stored snapshots. */
  version: number;
  machine: AnyStateMachine;
  actors: Readonly<Record<string, readonly Actor[]>>;
  deadlines: readonly DeadlineSpec[];
  reminders: readonly ReminderSpec[];
  /** Overdue steps escalated to the office responsible (the escalation job reads this); none when absent. */
  escalations?: readonly EscalationSpec[];
}

/** Reminders start this many days before a due date, from the rule settings in force. */
const LEAD_DAYS = ['outcomes', 'reminderLeadDays'] as const;

const ANNUAL_DEADLINES: readonly DeadlineSpec[] = [
  { event: 'MARK_SELF_REPORT_OVERDUE', states: ['selfReport.drafting', 'selfReport.returned'], withToday: false, due: { fact: 'selfReportDue' } },
  // The window's last working day counts in full.
  { event: 'CLOSE_NOTICE', states: ['publicNotice'], withToday: true, due: { lastDay: (_, c) => (c as unknown as AnnualContext).notice?.endsOn ?? null } },
];

/** An outcome task's step has its last day in the context (`dueOn`) while it runs in time. */
const taskDeadline = (steps: readonly string[]): readonly DeadlineSpec[] => [
  { event: 'MARK_OVERDUE', states: steps.map((s) => `${s}.inTime`), withToday: true, due: { lastDay: (_, c) => (c as { dueOn?: string | null }).dueOn ?? null } },
];
const TASK_REMINDERS: readonly ReminderSpec[] = [{ event: 'MARK_OVERDUE', to: 'AWAITING', leadDays: LEAD_DAYS, notification: 'OUTCOME_REMINDER' }];
/** An overdue task escalates to the office whose step it is: the approver, then the personnel department that carries it out. */
const taskEscalations = (approver: Role): readonly EscalationSpec[] => [
  { event: 'MARK_OVERDUE', states: ['proposed'], to: [approver] },
  { event: 'MARK_OVERDUE', states: ['approved'], to: ['HR'] },
];

const REVIEW_DEADLINES: readonly DeadlineSpec[] = [
  { event: 'MARK_OVERDUE', states: ['reviewPending', 'appealPending'], withToday: true, due: { lastDay: (s, c) => reviewDeadline(s, c as unknown as ReviewContext)?.lastDay ?? null } },
  { event: 'CLOSE', states: ['reviewDecided'], withToday: true, due: { lastDay: (s, c) => reviewDeadline(s, c as unknown as ReviewContext)?.lastDay ?? null } },
];

const FT_STEPS = ['awaitingAcceptance', 'investigating', 'awaitingDecision', 'awaitingFeedback', 'awaitingFiling', 'correcting'];

export const MACHINES = {
  cycle: { id: 'cycle', version: 1, machine: cycleMachine, actors: CYCLE_EVENT_ACTORS, deadlines: [], reminders: [] },
  annualAssessment: {
    id: 'annualAssessment',
    version: 1,
    machine: annualMachine,
    actors: ANNUAL_EVENT_ACTORS,
    deadlines: ANNUAL_DEADLINES,
    // The cadre is reminded of their self-report (a team's is not: it has no one cadre).
    reminders: [{ event: 'MARK_SELF_REPORT_OVERDUE', to: 'SUBJECT', leadDays: LEAD_DAYS, notification: 'REMINDER' }],
    // A self-report left overdue is the organisation department's to pursue (persuasion, or a recorded refusal).
    escalations: [{ event: 'MARK_SELF_REPORT_OVERDUE', to: ['ORG_ADMIN'] }],
  },
  regularAssessment: { id: 'regularAssessment', version: 1, machine: regularMachine, actors: REGULAR_EVENT_ACTORS, deadlines: [], reminders: [] },
  /** Results application (workflows/outcomes): one machine, two approvers — the organisation department or the party committee. */
  outcomeTask: {
    id: 'outcomeTask',
    version: 1,
    machine: outcomeMachine,
    actors: OUTCOME_EVENT_ACTORS,
    deadlines: taskDeadline(['proposed', 'approved']),
    reminders: TASK_REMINDERS,
    escalations: taskEscalations('ORG_ADMIN'),
  },
  committeeOutcomeTask: {
    id: 'committeeOutcomeTask',
    version: 1,
    machine: outcomeMachine,
    actors: COMMITTEE_OUTCOME_EVENT_ACTORS,
    deadlines: taskDeadline(['proposed', 'approved']),
    reminders: TASK_REMINDERS,
    escalations: taskEscalations('COMMITTEE'),
  },
  remedialTraining: {
    id: 'remedialTraining',
    version: 1,
    machine: trainingMachine,
    actors: TRAINING_EVENT_ACTORS,
    deadlines: taskDeadline(['assigned', 'enrolled']),
    reminders: TASK_REMINDERS,
    // Enrolling and completing the training are the personnel department's.
    escalations: [{ event: 'MARK_OVERDUE', to: ['HR'] }],
  },
  reviewCase: {
    id: 'reviewCase',
    version: 1,
    machine: reviewMachine,
    actors: REVIEW_EVENT_ACTORS,
    deadlines: REVIEW_DEADLINES,
    // The deciding organ is reminded of a review; the appeal body the case's rule set names, of an appeal.
    reminders: [
      { event: 'MARK_OVERDUE', states: ['reviewPending'], to: ['ORG_ADMIN', 'COMMITTEE'], leadDays: LEAD_DAYS, notification: 'CASE_REMINDER' },
      { event: 'MARK_OVERDUE', states: ['appealPending'], to: { contextRole: ['windows', 'appealDecidedBy'], otherwise: 'ORG_ADMIN' }, leadDays: LEAD_DAYS, notification: 'CASE_REMINDER' },
    ],
    // An overdue review or appeal escalates to the body that must decide it.
    escalations: [
      { event: 'MARK_OVERDUE', states: ['reviewPending'], to: ['ORG_ADMIN', 'COMMITTEE'] },
      { event: 'MARK_OVERDUE', states: ['appealPending'], to: { contextRole: ['windows', 'appealDecidedBy'], otherwise: 'ORG_ADMIN' } },
    ],
  },
  faultToleranceCase: {
    id: 'faultToleranceCase',
    version: 1,
    machine: faultToleranceMachine,
    actors: FAULT_TOLERANCE_EVENT_ACTORS,
    deadlines: [{ event: 'MARK_OVERDUE', states: FT_STEPS, withToday: true, due: { lastDay: (s, c) => ftDeadline(s, c as unknown as FtContext)?.lastDay ?? null } }],
    reminders: [{ event: 'MARK_OVERDUE', to: ['DISCIPLINE'], leadDays: LEAD_DAYS, notification: 'CASE_REMINDER' }],
    escalations: [{ event: 'MARK_OVERDUE', to: ['DISCIPLINE'] }],
  },
  accusation: { id: 'accusation', version: 1, machine: accusationMachine, actors: ACCUSATION_EVENT_ACTORS, deadlines: [], reminders: [] },
} as const satisfies Record<string, MachineSpec>;

export type MachineId = keyof typeof MACHINES;

export function machineSpec(id: string): MachineSpec {
  const spec = (MACHINES as Record<string, MachineSpec>)[id];
  if (!spec) throw new Error(`Unknown machine ${id}`);
  return spec;
}

/** Does a state (a dotted path) lie in one of these state paths, itself or below? */
export function isInStates(state: string, paths: readonly string[]): boolean {
  return paths.some((p) => state === p || state.startsWith(`${p}.`));
}

/** The due date an instance has in `state`, with the event its passing fires; null when the state has none. */
export function dueDateOf(
  spec: MachineSpec,
  state: string,
  context: Record<string, unknown>,
  facts: { selfReportDue?: string | null } = {},
): { event: string; withToday: boolean; lastDay: string | null; at: string | null } | null {
  for (const d of spec.deadlines) {
    if (!isInStates(state, d.states)) continue;
    if ('fact' in d.due) {
      const at = facts[d.due.fact] ?? null;
      if (at) return { event: d.event, withToday: d.withToday, lastDay: null, at };
      continue;
    }
    const lastDay = d.due.lastDay(state, context);
    if (lastDay) return { event: d.event, withToday: d.withToday, lastDay, at: null };
  }
  return null;
}
