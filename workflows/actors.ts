import type { Role } from './roles.js';
import type { AnnualEventType } from './assessment/annual.machine.js';
import type { CycleEvent } from './assessment/cycle.machine.js';
import type { RegularEvent } from './assessment/regular.machine.js';
import type { OutcomeEvent } from './outcomes/outcome.machine.js';
import type { TrainingEvent } from './outcomes/training.machine.js';
import type { AccusationEvent } from './cases/accusation.machine.js';
import type { FtEvent } from './cases/fault-tolerance.machine.js';
import type { ReviewEvent } from './cases/review.machine.js';

/**
 * Who sends each event. SUBJECT: the assessed cadre themself (for a team, its
 * principal leaders); SYSTEM: the deadline job; PUBLIC: anyone, signed in or not.
 */
export type Actor = Role | 'SUBJECT' | 'SYSTEM' | 'PUBLIC';

/** For one machine: event type → who may send it (a role over the instance's organisation, SUBJECT, PUBLIC or SYSTEM). */
export type EventActors<EventType extends string = string> = Readonly<Record<EventType, readonly Actor[]>>;

export const ANNUAL_EVENT_ACTORS: EventActors<AnnualEventType> = {
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
  // Sent only inside cancelCycle (server/cycles), to every assessment of the cycle still under way.
  CANCEL_ASSESSMENT: ['SYSTEM'],
};

export const CYCLE_EVENT_ACTORS: EventActors<CycleEvent['type']> = {
  ENROL: ['ORG_ADMIN'],
  OPEN_CYCLE: ['ORG_ADMIN'],
  CLOSE_CYCLE: ['ORG_ADMIN'],
  CANCEL_CYCLE: ['ORG_ADMIN'],
};

export const REGULAR_EVENT_ACTORS: EventActors<RegularEvent['type']> = {
  SUBMIT_SUMMARY: ['SUBJECT'],
  COMPLETE_FACT_FINDING: ['ASSESSOR'],
  APPRAISE: ['ASSESSOR', 'ORG_ADMIN'],
  GIVE_FEEDBACK: ['ASSESSOR', 'ORG_ADMIN'],
  // Sent only inside cancelCycle (server/cycles).
  CANCEL_ASSESSMENT: ['SYSTEM'],
};

/** Results application: the organisation department approves ordinary outcomes; HR carries them out and verifies. */
export const OUTCOME_EVENT_ACTORS: EventActors<OutcomeEvent['type']> = {
  APPROVE: ['ORG_ADMIN'],
  MARK_OVERDUE: ['SYSTEM'],
  CARRY_OUT: ['HR'],
  VERIFY: ['HR'],
  CANCEL: ['SYSTEM', 'ORG_ADMIN'],
};

/** The party committee approves (and cancels) the heavy ones: organisational adjustment, demotion, removal, dismissal. */
export const COMMITTEE_OUTCOME_EVENT_ACTORS: EventActors<OutcomeEvent['type']> = {
  APPROVE: ['COMMITTEE'],
  MARK_OVERDUE: ['SYSTEM'],
  CARRY_OUT: ['HR'],
  VERIFY: ['HR'],
  CANCEL: ['SYSTEM', 'COMMITTEE'],
};

export const TRAINING_EVENT_ACTORS: EventActors<TrainingEvent['type']> = {
  ENROL: ['HR'],
  MARK_OVERDUE: ['SYSTEM'],
  COMPLETE: ['HR'],
  VERIFY: ['HR'],
  CANCEL: ['SYSTEM', 'HR', 'ORG_ADMIN'],
};

/** Review and appeal: the cadre asks; the deciding organ reviews; the appeal body (a setting, checked by the service) decides appeals. */
export const REVIEW_EVENT_ACTORS: EventActors<ReviewEvent['type']> = {
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
export const FAULT_TOLERANCE_EVENT_ACTORS: EventActors<FtEvent['type']> = {
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

export const ACCUSATION_EVENT_ACTORS: EventActors<AccusationEvent['type']> = {
  VERIFY: ['DISCIPLINE'],
  CLEAR: ['DISCIPLINE'],
};
