import type { AnyStateMachine } from 'xstate';
import type { Role } from '../roles.js';
import { annualMachine, type AnnualEventType } from './annual.machine.js';
import { cycleMachine, type CycleEvent } from './cycle.machine.js';
import { regularMachine, type RegularEvent } from './regular.machine.js';
import { COMMITTEE_OUTCOME_EVENT_ACTORS, OUTCOME_EVENT_ACTORS, outcomeMachine } from '../outcomes/outcome.machine.js';
import { TRAINING_EVENT_ACTORS, trainingMachine } from '../outcomes/training.machine.js';
import { accusationMachine, type AccusationEvent } from '../cases/accusation.machine.js';
import { faultToleranceMachine, type FtEvent } from '../cases/fault-tolerance.machine.js';
import { reviewMachine, type ReviewEvent } from '../cases/review.machine.js';

/**
 * Who sends each event. SUBJECT: the assessed cadre themself (for a team, its
 * principal leaders); SYSTEM: the deadline job; PUBLIC: anyone, signed in or not.
 */
export type Actor = Role | 'SUBJECT' | 'SYSTEM' | 'PUBLIC';

export const ANNUAL_EVENT_ACTORS: Record<AnnualEventType, readonly Actor[]> = {
  START_SELF_REPORT: ['SYSTEM', 'ORG_ADMIN'],
  SET_OVERLAY: ['SYSTEM', 'ORG_ADMIN', 'DISCIPLINE'],
  SUBMIT_SELF_REPORT: ['SUBJECT'],
  RETURN_SELF_REPORT: ['ASSESSOR'],
  ACCEPT_SELF_REPORT: ['ASSESSOR'],
  MARK_SELF_REPORT_OVERDUE: ['SYSTEM'],
  RECORD_REFUSAL: ['ASSESSOR'],
  OPEN_BALLOTS: ['ASSESSOR'],
  CLOSE_BALLOTS: ['ASSESSOR'],
  RECORD_TALK: ['ASSESSOR'],
  RECORD_OPINION: ['ASSESSOR', 'DISCIPLINE'],
  COMPLETE_EVALUATION: ['ASSESSOR'],
  PROPOSE_GRADE: ['ASSESSOR'],
  APPROVE_GRADE: ['COMMITTEE'],
  CHANGE_GRADE: ['COMMITTEE'],
  SEND_BACK: ['COMMITTEE'],
  OPEN_NOTICE: ['ORG_ADMIN'],
  LODGE_OBJECTION: ['PUBLIC'],
  INVESTIGATE_OBJECTION: ['ORG_ADMIN'],
  UPHOLD_OBJECTION: ['ORG_ADMIN'],
  DISMISS_OBJECTION: ['ORG_ADMIN'],
  CLOSE_NOTICE: ['SYSTEM', 'ORG_ADMIN'],
  ISSUE_WRITTEN_NOTICE: ['ORG_ADMIN'],
  SIGN_NOTICE: ['SUBJECT'],
  GIVE_FEEDBACK: ['ASSESSOR', 'ORG_ADMIN'],
  FILE: ['ORG_ADMIN'],
  // Sent only inside the decision of a review, an appeal, a fault-tolerance case or a closed investigation (server/cases), never on its own.
  CORRECT_RESULT: ['SYSTEM'],
};

export const CYCLE_EVENT_ACTORS: Record<CycleEvent['type'], readonly Actor[]> = {
  ENROL: ['ORG_ADMIN'],
  OPEN_CYCLE: ['ORG_ADMIN'],
  CLOSE_CYCLE: ['ORG_ADMIN'],
  CANCEL_CYCLE: ['ORG_ADMIN'],
};

export const REGULAR_EVENT_ACTORS: Record<RegularEvent['type'], readonly Actor[]> = {
  SUBMIT_SUMMARY: ['SUBJECT'],
  COMPLETE_FACT_FINDING: ['ASSESSOR'],
  APPRAISE: ['ASSESSOR', 'ORG_ADMIN'],
  GIVE_FEEDBACK: ['ASSESSOR', 'ORG_ADMIN'],
};

/** Review and appeal: the cadre asks; the deciding organ reviews; the appeal body (a setting, checked by the service) decides appeals. */
export const REVIEW_EVENT_ACTORS: Record<ReviewEvent['type'], readonly Actor[]> = {
  REQUEST_REVIEW: ['SUBJECT'],
  FILE_APPEAL: ['SUBJECT'],
  DECIDE_REVIEW: ['COMMITTEE', 'ORG_ADMIN'],
  DECIDE_APPEAL: ['ORG_ADMIN', 'COMMITTEE', 'HR'],
  EXTEND_APPEAL: ['ORG_ADMIN', 'COMMITTEE', 'HR'],
  MARK_OVERDUE: ['SYSTEM'],
  CLOSE: ['SYSTEM'],
  WITHDRAW: ['SUBJECT'],
};

/** Fault tolerance: the cadre applies (or discipline inspection records a unit's application or opens a case itself); discipline inspection works the case. */
export const FAULT_TOLERANCE_EVENT_ACTORS: Record<FtEvent['type'], readonly Actor[]> = {
  SUBMIT: ['SUBJECT', 'DISCIPLINE'],
  ACCEPT: ['DISCIPLINE'],
  REFUSE: ['DISCIPLINE'],
  COMPLETE_INVESTIGATION: ['DISCIPLINE'],
  DECIDE: ['DISCIPLINE'],
  GIVE_FEEDBACK: ['DISCIPLINE'],
  FILE_WITH_ORGANISATION: ['DISCIPLINE'],
  RECORD_CORRECTION: ['DISCIPLINE', 'ORG_ADMIN'],
  VERIFY_CORRECTION: ['ORG_ADMIN', 'DISCIPLINE'],
  MARK_OVERDUE: ['SYSTEM'],
};

export const ACCUSATION_EVENT_ACTORS: Record<AccusationEvent['type'], readonly Actor[]> = {
  VERIFY: ['DISCIPLINE'],
  CLEAR: ['DISCIPLINE'],
};

export interface MachineSpec {
  id: string;
  /** Bumped when a change to the machine needs a data migration of stored snapshots. */
  version: number;
  machine: AnyStateMachine;
  actors: Readonly<Record<string, readonly Actor[]>>;
}

export const MACHINES = {
  cycle: { id: 'cycle', version: 1, machine: cycleMachine, actors: CYCLE_EVENT_ACTORS },
  annualAssessment: { id: 'annualAssessment', version: 1, machine: annualMachine, actors: ANNUAL_EVENT_ACTORS },
  regularAssessment: { id: 'regularAssessment', version: 1, machine: regularMachine, actors: REGULAR_EVENT_ACTORS },
  /** Results application (workflows/outcomes): one machine, two approvers — the organisation department or the party committee. */
  outcomeTask: { id: 'outcomeTask', version: 1, machine: outcomeMachine, actors: OUTCOME_EVENT_ACTORS },
  committeeOutcomeTask: { id: 'committeeOutcomeTask', version: 1, machine: outcomeMachine, actors: COMMITTEE_OUTCOME_EVENT_ACTORS },
  remedialTraining: { id: 'remedialTraining', version: 1, machine: trainingMachine, actors: TRAINING_EVENT_ACTORS },
  reviewCase: { id: 'reviewCase', version: 1, machine: reviewMachine, actors: REVIEW_EVENT_ACTORS },
  faultToleranceCase: { id: 'faultToleranceCase', version: 1, machine: faultToleranceMachine, actors: FAULT_TOLERANCE_EVENT_ACTORS },
  accusation: { id: 'accusation', version: 1, machine: accusationMachine, actors: ACCUSATION_EVENT_ACTORS },
} as const satisfies Record<string, MachineSpec>;

export type MachineId = keyof typeof MACHINES;

export function machineSpec(id: string): MachineSpec {
  const spec = (MACHINES as Record<string, MachineSpec>)[id];
  if (!spec) throw new Error(`Unknown machine ${id}`);
  return spec;
}
