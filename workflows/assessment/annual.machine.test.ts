import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { GRADE_SCALES, type GradeScaleId } from '../rules/grades.js';
import type { QuotaFacts, QuotaPoolMember } from '../rules/quota.js';
import { DEFAULT_RULE_SETTINGS } from '../rules/settings.js';
import { decideGrade, verdictOf, type DecisionPath, type GradeVerdict } from '../decide/decide.js';
import { cleanFacts } from '../decide/facts.js';
import type { CorrectionSource } from '../cases/correction.js';
import {
  annualMachine,
  isGradeAllowed,
  isValidCollectiveDecision,
  mayCloseBallots,
  type AnnualEvent,
  type AnnualInput,
  type CollectiveDecision,
  type ObjectionStatus,
  type OpinionSource,
  type Overlay,
} from './annual.machine.js';
import { describeMachineModel } from '../../test/support/model-based.js';

type AnnualSnapshot = SnapshotFrom<typeof annualMachine>;

// ---------------------------------------------------------------------------
// Facts and events, built by name
// ---------------------------------------------------------------------------

const AT = '2026-12-01T09:00:00.000Z';
const CADRE: AnnualInput = { subject: 'CADRE', scale: 'CADRE' };
const TEAM: AnnualInput = { subject: 'TEAM', scale: 'TEAM' };


/** The notice of a Tuesday for 5 working days over National Day 2026 ends on Saturday 10-10 (a make-up workday). */
const NOTICE = { startsOn: '2026-09-29', endsOn: '2026-10-10' } as const;
const LAST_DAY_OF_NOTICE = NOTICE.endsOn;
const DAY_AFTER_NOTICE = '2026-10-11';

/**
 * A party-committee meeting: 9 members, 7 present, a bare majority for by default;
 * whoever is present and does not vote for or against abstains.
 */
function collective(o: { members?: number; present?: number; for?: number; against?: number; recused?: string[] } = {}): CollectiveDecision {
  const attendance = o.present ?? 7;
  const votesFor = o.for ?? Math.floor(attendance / 2) + 1;
  const votesAgainst = o.against ?? 0;
  return {
    membersTotal: o.members ?? 9,
    attendance,
    votesFor,
    votesAgainst,
    abstentions: Math.max(0, attendance - votesFor - votesAgainst),
    recusals: o.recused ?? [],
  };
}
const NO_QUORUM = collective({ present: 4 });
const NO_MAJORITY = collective({ present: 6, for: 3, against: 3 });

function quotaFacts(o: { graded: number; excellentApproved: number; raiseApproved?: boolean }): QuotaFacts {
  return { graded: o.graded, excellentApproved: o.excellentApproved, raiseApproved: o.raiseApproved ?? false };
}
/** 13 graded: 3 EXCELLENT allowed, 1 approved so far. */
const WITHIN_QUOTA = quotaFacts({ graded: 13, excellentApproved: 1 });
/** 12 graded: 2 EXCELLENT allowed, both already approved. */
const OVER_QUOTA = quotaFacts({ graded: 12, excellentApproved: 2 });

/**
 * The verdict the server sends with a grade event: decided by workflows/decide
 * on a clean record (UNGRADED by an open investigation, COMMENT_ONLY by
 * probation) and a pool of the given quota facts (the default settings: 20%,
 * 25% with a recorded approval).
 */
function verdict(grade: string, path: DecisionPath, quota: QuotaFacts = WITHIN_QUOTA): GradeVerdict {
  const on = (id: 'TEAM' | 'PUBLIC_INSTITUTION') => grade !== 'EXCELLENT' && (GRADE_SCALES[id] as readonly string[]).includes(grade);
  const scale = on('TEAM') ? 'TEAM' : on('PUBLIC_INSTITUTION') ? 'PUBLIC_INSTITUTION' : 'CADRE';
  const members: QuotaPoolMember[] = Array.from({ length: quota.graded - 1 }, (_, i) => ({ id: `m${i}`, result: i < quota.excellentApproved ? 'EXCELLENT' : 'COMPETENT' }));
  const facts = cleanFacts(2026, { investigationOpen: grade === 'UNGRADED', probation: grade === 'COMMENT_ONLY' });
  return verdictOf(
    decideGrade({
      scale,
      assessmentId: 'self',
      facts,
      settings: DEFAULT_RULE_SETTINGS,
      quota: { subject: 'MEMBERS', teamGrade: null, raiseApproved: quota.raiseApproved, members },
      proposed: { grade, path, reason: 'the committee weighed the facts' },
    }),
  );
}

/** Event types that carry nothing but `at`. */
type PlainEventType = keyof { [E in AnnualEvent as Exclude<keyof E, 'type' | 'at'> extends never ? E['type'] : never]: E };

function plain(type: PlainEventType): AnnualEvent {
  return { type, at: AT };
}
const setOverlay = (overlay: Overlay, reason: string | null = overlay === 'NONE' ? null : 'open investigation'): AnnualEvent => ({
  type: 'SET_OVERLAY',
  overlay,
  reason,
  at: AT,
});
const returnSelfReport = (reason = 'integrity statement missing'): AnnualEvent => ({ type: 'RETURN_SELF_REPORT', reason, at: AT });
const recordRefusal = (reason = 'refused to report after persuasion'): AnnualEvent => ({ type: 'RECORD_REFUSAL', reason, at: AT });
const recordOpinion = (source: OpinionSource = 'DISCIPLINE'): AnnualEvent => ({ type: 'RECORD_OPINION', source, at: AT });
const propose = (grade: string, comment = 'solid year'): AnnualEvent => ({ type: 'PROPOSE_GRADE', grade, comment, verdict: verdict(grade, 'PROPOSAL'), at: AT });
/** Approving the proposal of `grade` (the verdict is about the grade proposed). */
const approve = (grade: string, o: { collective?: CollectiveDecision; quota?: QuotaFacts } = {}): AnnualEvent => ({
  type: 'APPROVE_GRADE',
  collective: o.collective ?? collective(),
  verdict: verdict(grade, 'COMMITTEE_APPROVAL', o.quota),
  at: AT,
});
const changeGrade = (grade: string, o: { collective?: CollectiveDecision; quota?: QuotaFacts } = {}): AnnualEvent => ({
  type: 'CHANGE_GRADE',
  grade,
  reason: 'committee weighed the inspection-tour opinion',
  collective: o.collective ?? collective(),
  verdict: verdict(grade, 'COMMITTEE_CHANGE', o.quota),
  at: AT,
});
/** The cycle's minimum turnout, the regulation's usual 80%. */
const MINIMUM_TURNOUT = 80;
const closeBallots = (invited: number, returned: number, exceptionReason: string | null = null): AnnualEvent => ({
  type: 'CLOSE_BALLOTS',
  turnout: { invited, returned, minimumPercent: MINIMUM_TURNOUT },
  exception: exceptionReason === null ? null : { reason: exceptionReason, by: 'user-orgadmin' },
  at: AT,
});
const sendBack = (c: CollectiveDecision = collective()): AnnualEvent => ({ type: 'SEND_BACK', reason: 'comment too thin', collective: c, at: AT });
const openNotice = (): AnnualEvent => ({ type: 'OPEN_NOTICE', startsOn: NOTICE.startsOn, endsOn: NOTICE.endsOn, at: AT });
type ObjectionEventType = 'LODGE_OBJECTION' | 'INVESTIGATE_OBJECTION' | 'UPHOLD_OBJECTION' | 'DISMISS_OBJECTION';
const objection = (type: ObjectionEventType, objectionId = 'obj-1'): AnnualEvent => ({ type, objectionId, at: AT });
/** Closing the notice; `verdict` is the grade it confirms decided again that day (none: a trail from before verdicts). */
const closeNotice = (today: string, v?: GradeVerdict): AnnualEvent => ({ type: 'CLOSE_NOTICE', today, ...(v ? { verdict: v } : {}), at: AT });
/** The EXCELLENT on notice decided again on closing: still allowed, or refused (here by the quota; a veto or a penalty recorded meanwhile alike). */
const CONFIRMED = verdict('EXCELLENT', 'COMMITTEE_APPROVAL');
const REFUSED = verdict('EXCELLENT', 'COMMITTEE_APPROVAL', OVER_QUOTA);
const signNotice = (opinion: string | null = null): AnnualEvent => ({ type: 'SIGN_NOTICE', opinion, at: AT });
const correct = (grade: string, source: CorrectionSource = 'REVIEW', quota: QuotaFacts = WITHIN_QUOTA): AnnualEvent => ({
  type: 'CORRECT_RESULT',
  grade,
  reason: 'the review found the facts misread',
  source,
  caseId: 'case-1',
  verdict: verdict(grade, source === 'APPEAL' ? 'APPEAL_CORRECTION' : source === 'REVIEW' ? 'REVIEW_CORRECTION' : source === 'FAULT_TOLERANCE' ? 'FAULT_TOLERANCE_REGRADE' : 'INVESTIGATION_REGRADE', quota),
  at: AT,
});

// ---------------------------------------------------------------------------
// Driving the machine with the pure functions
// ---------------------------------------------------------------------------

function start(input: AnnualInput = CADRE): AnnualSnapshot {
  return initialTransition(annualMachine, input)[0];
}

/** Applies `events` in turn; each one must be accepted. */
function play(events: readonly AnnualEvent[], from: AnnualSnapshot | AnnualInput = CADRE): AnnualSnapshot {
  let s = 'machine' in from ? from : start(from);
  for (const e of events) {
    if (!s.can(e)) throw new Error(`${e.type} refused in ${JSON.stringify(s.value)}`);
    s = transition(annualMachine, s, e)[0];
  }
  return s;
}

const TO_SYNTHESIS: readonly AnnualEvent[] = [
  plain('START_SELF_REPORT'),
  plain('SUBMIT_SELF_REPORT'),
  plain('ACCEPT_SELF_REPORT'),
  plain('OPEN_BALLOTS'),
  closeBallots(10, 8),
  plain('COMPLETE_EVALUATION'),
];
const inCommitteeReview = (grade: string, input: AnnualInput = CADRE) => play([...TO_SYNTHESIS, propose(grade)], input);
const inPublicNotice = (...more: AnnualEvent[]) => play([...TO_SYNTHESIS, propose('EXCELLENT'), approve('EXCELLENT'), openNotice(), ...more]);

/** A snapshot as the server stores it (value and context as JSON) and restores it. */
function roundTrip(s: AnnualSnapshot): AnnualSnapshot {
  const stored: { value: AnnualSnapshot['value']; context: AnnualSnapshot['context'] } = JSON.parse(
    JSON.stringify({ value: s.value, context: s.context }),
  );
  return annualMachine.resolveState(stored);
}

// ---------------------------------------------------------------------------
// The model: sample events (each guarded one passing and failing) and an abstract state
// ---------------------------------------------------------------------------

const SAMPLE_EVENTS: readonly AnnualEvent[] = [
  plain('START_SELF_REPORT'),
  setOverlay('NONE'),
  setOverlay('UNGRADED'),
  setOverlay('COMMENT_ONLY'),
  plain('SUBMIT_SELF_REPORT'),
  returnSelfReport(),
  plain('ACCEPT_SELF_REPORT'),
  plain('MARK_SELF_REPORT_OVERDUE'),
  recordRefusal(),
  plain('OPEN_BALLOTS'),
  closeBallots(10, 8),
  closeBallots(10, 7),
  closeBallots(0, 0),
  closeBallots(0, 0, '本单位撤并，测评人员无法组织'),
  closeBallots(10, 7, '   '),
  plain('RECORD_TALK'),
  recordOpinion('INSPECTION_TOUR'),
  plain('COMPLETE_EVALUATION'),
  propose('EXCELLENT'),
  propose('COMPETENT'),
  propose('UNGRADED'),
  propose('COMMENT_ONLY'),
  propose('GOOD'), // a team grade: never on the cadre scale
  approve('EXCELLENT'),
  approve('COMPETENT'),
  approve('UNGRADED'),
  approve('COMMENT_ONLY'),
  approve('EXCELLENT', { quota: OVER_QUOTA }),
  approve('COMPETENT', { collective: NO_QUORUM }),
  approve('COMPETENT', { collective: NO_MAJORITY }),
  changeGrade('EXCELLENT'),
  changeGrade('EXCELLENT', { quota: OVER_QUOTA }),
  changeGrade('COMPETENT'),
  changeGrade('COMPETENT', { collective: NO_QUORUM }),
  changeGrade('UNGRADED'),
  changeGrade('COMMENT_ONLY'),
  sendBack(),
  sendBack(NO_QUORUM),
  openNotice(),
  objection('LODGE_OBJECTION'),
  objection('INVESTIGATE_OBJECTION'),
  objection('DISMISS_OBJECTION'),
  objection('UPHOLD_OBJECTION'),
  closeNotice(LAST_DAY_OF_NOTICE),
  closeNotice(DAY_AFTER_NOTICE),
  closeNotice(DAY_AFTER_NOTICE, CONFIRMED),
  closeNotice(DAY_AFTER_NOTICE, REFUSED),
  plain('ISSUE_WRITTEN_NOTICE'),
  signNotice('I accept the grade'),
  plain('GIVE_FEEDBACK'),
  plain('FILE'),
  correct('BASICALLY_COMPETENT'),
  correct('COMPETENT', 'INVESTIGATION_CLOSED'),
  correct('EXCELLENT', 'APPEAL', OVER_QUOTA),
  correct('EXCELLENT', 'REVIEW'),
  correct('INCOMPETENT', 'FAULT_TOLERANCE'),
  { type: 'CANCEL_ASSESSMENT', reason: '考核方案取消', at: AT },
];

const POST_DECISION = ['decided', 'notified', 'signed', 'feedbackGiven', 'filed'] as const;

const INVARIANTS: Array<[string, (s: AnnualSnapshot) => boolean]> = [
  [
    'a final grade exists exactly from "decided" on, or while a correction waits for its notice',
    (s) => (s.context.finalGrade !== null) === (POST_DECISION.some((v) => s.matches(v)) || (s.context.pendingCorrection ?? null) !== null),
  ],
  ['a correction waits only for its notice', (s) => (s.context.pendingCorrection ?? null) === null || s.matches('awaitingNotice') || s.matches('publicNotice')],
  [
    'the final grade respects the overlay in force',
    (s) =>
      s.context.finalGrade === null ||
      (s.context.overlay === 'NONE' ? [...GRADE_SCALES.CADRE, 'UNGRADED'].includes(s.context.finalGrade) : s.context.finalGrade === s.context.overlay),
  ],
  [
    'only EXCELLENT waits for or goes through a public notice',
    (s) => !(s.matches('awaitingNotice') || s.matches('publicNotice')) || (s.context.pendingCorrection?.grade ?? s.context.decision?.grade) === 'EXCELLENT',
  ],
  [
    'EXCELLENT is final only after a notice closed with no objection open or upheld, whatever path produced it (a correction too)',
    (s) => s.context.finalGrade !== 'EXCELLENT' || (s.context.notice !== null && Object.values(s.context.notice.objections).every((o) => o === 'DISMISSED')),
  ],
  ['once withdrawn, EXCELLENT is neither decided nor final', (s) => !s.context.excellentWithdrawn || (s.context.decision?.grade !== 'EXCELLENT' && s.context.finalGrade !== 'EXCELLENT')],
  ['the machine is done only when cancelled: a filed result can still be corrected', (s) => (s.status === 'done') === s.matches('cancelled')],
  ['a cancelled assessment never holds a decided result', (s) => !s.matches('cancelled') || (s.context.finalGrade === null && s.context.cancellation !== null)],
  [
    'a correction never worsens the result',
    (s) => (s.context.corrections ?? []).every((c) => c.previousGrade === 'UNGRADED' || GRADE_SCALES.CADRE.indexOf(c.grade as never) < GRADE_SCALES.CADRE.indexOf(c.previousGrade as never)),
  ],
];

describeMachineModel('the annual assessment', {
  machine: annualMachine,
  inputs: [CADRE],
  events: SAMPLE_EVENTS,
  /** Only what a guard or a later step depends on: no timestamps, counters or free text. */
  abstract: (s) => {
    const c = s.context;
    return JSON.stringify([s.value, c.overlay, c.proposal?.grade ?? null, c.decision?.grade ?? null, c.excellentWithdrawn, c.notice?.objections ?? null, c.finalGrade, c.pendingCorrection?.grade ?? null]);
  },
  invariants: INVARIANTS,
}, (model) => {
  it('reaches the transient decisionRouting and routes it both ways', () => {
    expect(model().reached.has('annualAssessment.decisionRouting')).toBe(true);
    expect([...model().taken].filter((l) => l.startsWith('annualAssessment.decisionRouting --always')).length).toBe(2);
  });
});

// ---------------------------------------------------------------------------
// Guards, both ways
// ---------------------------------------------------------------------------

describe('a collective decision', () => {
  it.each<[string, CollectiveDecision, boolean]>([
    ['7 of 9 present, 4 for: valid', collective(), true],
    ['5 of 9 present, 3 for: more than half present is a quorum', collective({ present: 5, for: 3 }), true],
    ['4 of 9 present: no quorum', collective({ present: 4 }), false],
    ['4 of 8 present, exactly half: no quorum', collective({ members: 8, present: 4 }), false],
    ['4 present of 9 members with 2 recused: 4 of 7 eligible is a quorum', collective({ present: 4, recused: ['u1', 'u2'] }), true],
    ['3 present of 9 members with 2 recused: 3 of 7 eligible is no quorum', collective({ present: 3, recused: ['u1', 'u2'] }), false],
    ['6 present, 3 for and 3 against: a tie is no majority', NO_MAJORITY, false],
    ['6 present, 3 for, 3 abstaining: abstentions count against a majority of those present', collective({ present: 6, for: 3 }), false],
    ['6 present, 4 for: a majority', collective({ present: 6, for: 4 }), true],
    ['more votes cast than members present: refused', collective({ present: 5, for: 4, against: 2 }), false],
  ])('%s', (_rule, c, valid) => {
    expect(isValidCollectiveDecision(c)).toBe(valid);
  });

  // Found by these tests and fixed: recusals count distinct members, and attendance cannot exceed the eligible membership.
  it.each<[string, CollectiveDecision]>([
    ['a member listed twice among the recusals is recused once: 4 present of 9 with one recusal is exactly half, no quorum', collective({ present: 4, recused: ['u1', 'u1'] })],
    ['more members present than there are members is refused', collective({ members: 9, present: 12 })],
  ])('%s', (_rule, c) => {
    expect(isValidCollectiveDecision(c)).toBe(false);
    expect(inCommitteeReview('COMPETENT').can(approve('COMPETENT', { collective: c }))).toBe(false);
  });

  const DECISIONS: Array<[string, (c: CollectiveDecision) => AnnualEvent, string]> = [
    ['approving the proposal', (c) => approve('COMPETENT', { collective: c }), 'COMPETENT'],
    ['changing the grade', (c) => changeGrade('BASICALLY_COMPETENT', { collective: c }), 'COMPETENT'],
    ['sending the proposal back', (c) => sendBack(c), 'COMPETENT'],
  ];
  it.each(
    DECISIONS.flatMap(([what, make, proposal]) =>
      (
        [
          ['with a quorum and a majority', collective(), true],
          ['without a quorum', NO_QUORUM, false],
          ['without a majority', NO_MAJORITY, false],
        ] as const
      ).map(([how, c, allowed]) => [what, how, allowed, make(c), proposal] as const),
    ),
  )('%s %s: allowed = %s', (_what, _how, allowed, event, proposal) => {
    expect(inCommitteeReview(proposal).can(event)).toBe(allowed);
  });
});

describe('the excellent quota (20%, 25% with approval, rounded half up)', () => {
  const QUOTA_ROWS: Array<[string, QuotaFacts, boolean]> = [
    ['12 graded, 1 approved: the 2nd EXCELLENT is allowed', quotaFacts({ graded: 12, excellentApproved: 1 }), true],
    ['12 graded, 2 approved: the 3rd EXCELLENT is refused', quotaFacts({ graded: 12, excellentApproved: 2 }), false],
    ['13 graded, 2 approved: the 3rd EXCELLENT is allowed', quotaFacts({ graded: 13, excellentApproved: 2 }), true],
    ['13 graded, 3 approved: the 4th EXCELLENT is refused', quotaFacts({ graded: 13, excellentApproved: 3 }), false],
    ['12 graded, 2 approved, 25% raise approved: the 3rd is allowed', quotaFacts({ graded: 12, excellentApproved: 2, raiseApproved: true }), true],
    ['12 graded, 3 approved, 25% raise approved: the 4th is refused', quotaFacts({ graded: 12, excellentApproved: 3, raiseApproved: true }), false],
    ['10 graded, 2 approved: 20% is 2, the 3rd is refused', quotaFacts({ graded: 10, excellentApproved: 2 }), false],
    ['10 graded, 2 approved, raise approved: 2.5 rounds up to 3', quotaFacts({ graded: 10, excellentApproved: 2, raiseApproved: true }), true],
  ];

  it.each(QUOTA_ROWS)('approving an EXCELLENT proposal, %s', (_rule, quota, allowed) => {
    const s = inCommitteeReview('EXCELLENT');
    expect(s.can(approve('EXCELLENT', { quota }))).toBe(allowed);
    if (allowed) expect(transition(annualMachine, s, approve('EXCELLENT', { quota }))[0].value).toBe('awaitingNotice');
  });

  it.each(QUOTA_ROWS)('changing a proposal to EXCELLENT, %s', (_rule, quota, allowed) => {
    expect(inCommitteeReview('COMPETENT').can(changeGrade('EXCELLENT', { quota }))).toBe(allowed);
  });

  it.each<[string, AnnualSnapshot, AnnualEvent]>([
    ['approving COMPETENT', inCommitteeReview('COMPETENT'), approve('COMPETENT', { quota: OVER_QUOTA })],
    ['changing EXCELLENT to COMPETENT', inCommitteeReview('EXCELLENT'), changeGrade('COMPETENT', { quota: OVER_QUOTA })],
  ])('a grade other than EXCELLENT is not held to the quota: %s with the pool full', (_what, s, event) => {
    expect(s.can(event)).toBe(true);
  });
});

describe('closing the ballots needs the minimum turnout (80%) or a recorded exception', () => {
  const inBallotsOpen = () => play([plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT'), plain('ACCEPT_SELF_REPORT'), plain('OPEN_BALLOTS')]);
  it.each<[string, number, number, string | null, boolean]>([
    ['8 of 10 returned (80%): met', 10, 8, null, true],
    ['7 of 10 returned (70%): short', 10, 7, null, false],
    ['nobody invited, nobody returned: never met', 0, 0, null, false],
    ['4 of 5 returned (80%): met', 5, 4, null, true],
    ['33 of 41 returned (80.49%): met', 41, 33, null, true],
    ['32 of 41 returned (78.05%): short', 41, 32, null, false],
    ['nobody invited, with a recorded exception and its reason', 0, 0, '本单位撤并，测评人员无法组织', true],
    ['7 of 10, with an exception whose reason is blank', 10, 7, '   ', false],
  ])('%s', (_rule, invited, returned, reason, closes) => {
    const s = inBallotsOpen();
    const event = closeBallots(invited, returned, reason);
    expect(s.can(event)).toBe(closes);
    if (event.type === 'CLOSE_BALLOTS') expect(mayCloseBallots(event.turnout, event.exception)).toBe(closes);
  });

  it('records the turnout at the close, and the exception with who and why only where it was needed', () => {
    const short = play([closeBallots(10, 7, ' 部分测评人因抗洪抢险无法参加 ')], inBallotsOpen());
    expect(short.value).toEqual({ evaluation: 'ballotsClosed' });
    expect(short.context.evaluation.turnout).toEqual({ invited: 10, returned: 7, percent: 70, minimumPercent: 80 });
    expect(short.context.evaluation.turnoutException).toEqual({ reason: '部分测评人因抗洪抢险无法参加', by: 'user-orgadmin', byName: null, at: AT });
    const met = play([closeBallots(10, 9, '无须例外')], inBallotsOpen());
    expect(met.context.evaluation.turnout).toEqual({ invited: 10, returned: 9, percent: 90, minimumPercent: 80 });
    expect(met.context.evaluation.turnoutException).toBeNull();
  });

  it('a close without the turnout facts is refused', () => {
    expect(inBallotsOpen().can({ type: 'CLOSE_BALLOTS', at: AT } as AnnualEvent)).toBe(false);
  });
});

describe('grades allowed by scale and overlay', () => {
  const ROWS: Array<[GradeScaleId, Overlay, string, boolean]> = [
    ['CADRE', 'NONE', 'EXCELLENT', true],
    ['CADRE', 'NONE', 'INCOMPETENT', true],
    ['CADRE', 'NONE', 'GOOD', false],
    ['CADRE', 'NONE', 'UNGRADED', true],
    ['TEAM', 'NONE', 'UNGRADED', false],
    ['PUBLIC_INSTITUTION', 'NONE', 'UNGRADED', true],
    ['CADRE', 'NONE', 'COMMENT_ONLY', false],
    ['TEAM', 'NONE', 'GOOD', true],
    ['TEAM', 'NONE', 'COMPETENT', false],
    ['PUBLIC_INSTITUTION', 'NONE', 'BASICALLY_QUALIFIED', true],
    ['CADRE', 'UNGRADED', 'UNGRADED', true],
    ['CADRE', 'UNGRADED', 'COMPETENT', false],
    ['CADRE', 'UNGRADED', 'COMMENT_ONLY', false],
    ['CADRE', 'COMMENT_ONLY', 'COMMENT_ONLY', true],
    ['CADRE', 'COMMENT_ONLY', 'EXCELLENT', false],
    ['TEAM', 'COMMENT_ONLY', 'UNGRADED', false],
  ];

  it.each(ROWS)('on the %s scale with overlay %s, proposing %s: allowed = %s', (scale, overlay, grade, allowed) => {
    const s = play(TO_SYNTHESIS, { subject: scale === 'TEAM' ? 'TEAM' : 'CADRE', scale, overlay });
    expect(isGradeAllowed(s.context, grade)).toBe(allowed);
    expect(s.can(propose(grade))).toBe(allowed);
  });

  it.each<[Overlay]>([['UNGRADED'], ['COMMENT_ONLY']])('overlay %s given at enrolment forces that result through to the decision', (overlay) => {
    const s = play([...TO_SYNTHESIS, propose(overlay), approve(overlay)], { ...CADRE, overlay, overlayReason: 'probation / investigation' });
    expect(s.value).toBe('decided');
    expect(s.context.finalGrade).toBe(overlay);
  });

  it.each<[Overlay]>([['UNGRADED'], ['COMMENT_ONLY']])('overlay %s set during committee review: the proposal can no longer be approved, only changed to that result', (overlay) => {
    const s = play([setOverlay(overlay)], inCommitteeReview('COMPETENT'));
    expect(s.context.overlay).toBe(overlay);
    expect(s.can(approve('COMPETENT'))).toBe(false);
    expect(s.can(changeGrade('BASICALLY_COMPETENT'))).toBe(false);
    const decided = play([changeGrade(overlay)], s);
    expect(decided.value).toBe('decided');
    expect(decided.context.finalGrade).toBe(overlay);
    expect(decided.context.decision).toMatchObject({ grade: overlay, changedFrom: 'COMPETENT' });
  });

  it('an overlay lifted before synthesis gives the scale back', () => {
    const s = play([setOverlay('UNGRADED'), ...TO_SYNTHESIS.slice(0, 3), setOverlay('NONE'), ...TO_SYNTHESIS.slice(3)]);
    expect(s.context).toMatchObject({ overlay: 'NONE', overlayReason: null });
    expect(s.can(propose('COMPETENT'))).toBe(true);
    expect(s.can(propose('COMMENT_ONLY'))).toBe(false);
  });

  it('without an overlay a cadre’s year may still be UNGRADED (the penalty matrix), decided and final as such', () => {
    const s = play([...TO_SYNTHESIS, propose('UNGRADED'), approve('UNGRADED')]);
    expect(s.value).toBe('decided');
    expect(s.context).toMatchObject({ overlay: 'NONE', finalGrade: 'UNGRADED' });
  });
});

describe('committee review routes the decision', () => {
  it.each<[string, string, AnnualEvent, string, string | null]>([
    ['approving EXCELLENT goes to the public notice', 'EXCELLENT', approve('EXCELLENT'), 'awaitingNotice', null],
    ['approving COMPETENT is decided at once', 'COMPETENT', approve('COMPETENT'), 'decided', 'COMPETENT'],
    ['changing EXCELLENT to COMPETENT is decided at once', 'EXCELLENT', changeGrade('COMPETENT'), 'decided', 'COMPETENT'],
    ['changing COMPETENT to EXCELLENT goes to the public notice', 'COMPETENT', changeGrade('EXCELLENT'), 'awaitingNotice', null],
  ])('%s', (_rule, proposal, event, state, finalGrade) => {
    const s = play([event], inCommitteeReview(proposal));
    expect(s.value).toBe(state);
    expect(s.context.finalGrade).toBe(finalGrade);
  });

  it('a change must name a different grade than the proposal', () => {
    expect(inCommitteeReview('COMPETENT').can(changeGrade('COMPETENT'))).toBe(false);
  });

  it('a change records the proposal it overrode and the reason', () => {
    const s = play([changeGrade('BASICALLY_COMPETENT')], inCommitteeReview('COMPETENT'));
    expect(s.context.decision).toMatchObject({ grade: 'BASICALLY_COMPETENT', changedFrom: 'COMPETENT', reason: 'committee weighed the inspection-tour opinion' });
  });

  it('sending back returns to synthesis, counts the send-back and takes a new proposal', () => {
    const s = play([sendBack()], inCommitteeReview('EXCELLENT'));
    expect(s.value).toBe('synthesis');
    expect(s.context.sendBacks).toBe(1);
    expect(play([propose('COMPETENT'), approve('COMPETENT')], s).context.finalGrade).toBe('COMPETENT');
  });
});

describe('the public notice', () => {
  type ObjectionSetup = Array<[string, ObjectionStatus]>;
  const toStatus = (id: string, status: ObjectionStatus): AnnualEvent[] => {
    const lodge = objection('LODGE_OBJECTION', id);
    switch (status) {
      case 'OPEN':
        return [lodge];
      case 'INVESTIGATING':
        return [lodge, objection('INVESTIGATE_OBJECTION', id)];
      case 'DISMISSED':
        return [lodge, objection('INVESTIGATE_OBJECTION', id), objection('DISMISS_OBJECTION', id)];
      case 'UPHELD':
        return [lodge, objection('UPHOLD_OBJECTION', id)];
    }
  };

  it.each<[string, boolean, string, ObjectionSetup]>([
    ['the day before the last day', false, '2026-10-09', []],
    ['on the last day of the window (today = endsOn)', false, LAST_DAY_OF_NOTICE, []],
    ['the day after the window', true, DAY_AFTER_NOTICE, []],
    ['after the window, an objection OPEN', false, DAY_AFTER_NOTICE, [['obj-1', 'OPEN']]],
    ['after the window, an objection INVESTIGATING', false, DAY_AFTER_NOTICE, [['obj-1', 'INVESTIGATING']]],
    ['after the window, the objection DISMISSED', true, DAY_AFTER_NOTICE, [['obj-1', 'DISMISSED']]],
    ['after the window, one objection DISMISSED and another OPEN', false, DAY_AFTER_NOTICE, [['obj-1', 'DISMISSED'], ['obj-2', 'OPEN']]],
    ['on the last day, the objection DISMISSED', false, LAST_DAY_OF_NOTICE, [['obj-1', 'DISMISSED']]],
  ])('closing it %s: allowed = %s', (_when, allowed, today, objections) => {
    const s = inPublicNotice(...objections.flatMap(([id, status]) => toStatus(id, status)));
    expect(s.can(closeNotice(today))).toBe(allowed);
    if (allowed) {
      const closed = transition(annualMachine, s, closeNotice(today))[0];
      expect(closed.value).toBe('decided');
      expect(closed.context.finalGrade).toBe('EXCELLENT');
    }
  });

  it.each<[string, GradeVerdict | undefined, string, string | null]>([
    ['confirmed: EXCELLENT becomes final', CONFIRMED, 'decided', 'EXCELLENT'],
    ['without a verdict (a trail from before): EXCELLENT becomes final', undefined, 'decided', 'EXCELLENT'],
    ['refused by a gate in force on the day: the decision goes back to the committee', REFUSED, 'committeeReview', null],
  ])('closing the window %s', (_what, v, state, finalGrade) => {
    const closed = transition(annualMachine, inPublicNotice(), closeNotice(DAY_AFTER_NOTICE, v))[0];
    expect(closed.value).toBe(state);
    expect(closed.context.finalGrade).toBe(finalGrade);
    if (state === 'committeeReview') expect(closed.context.decision).toBeNull();
  });

  it('a correction to EXCELLENT refused on closing its notice lapses: the result in force stands', () => {
    const waiting = play([approve('COMPETENT'), correct('EXCELLENT'), openNotice()], play([...TO_SYNTHESIS, propose('COMPETENT')]));
    const closed = transition(annualMachine, waiting, closeNotice(DAY_AFTER_NOTICE, REFUSED))[0];
    expect(closed.value).toBe('decided');
    expect(closed.context).toMatchObject({ finalGrade: 'COMPETENT', pendingCorrection: null });
  });

  it.each<[string, boolean, AnnualEvent[], AnnualEvent]>([
    ['lodging a new objection', true, [], objection('LODGE_OBJECTION')],
    ['lodging the same objection twice', false, toStatus('obj-1', 'OPEN'), objection('LODGE_OBJECTION')],
    ['investigating an unknown objection', false, [], objection('INVESTIGATE_OBJECTION')],
    ['investigating an OPEN objection', true, toStatus('obj-1', 'OPEN'), objection('INVESTIGATE_OBJECTION')],
    ['dismissing an OPEN objection', true, toStatus('obj-1', 'OPEN'), objection('DISMISS_OBJECTION')],
    ['dismissing an INVESTIGATING objection', true, toStatus('obj-1', 'INVESTIGATING'), objection('DISMISS_OBJECTION')],
    ['dismissing a DISMISSED objection', false, toStatus('obj-1', 'DISMISSED'), objection('DISMISS_OBJECTION')],
    ['upholding a DISMISSED objection', false, toStatus('obj-1', 'DISMISSED'), objection('UPHOLD_OBJECTION')],
    ['upholding an INVESTIGATING objection', true, toStatus('obj-1', 'INVESTIGATING'), objection('UPHOLD_OBJECTION')],
    ['upholding another objection than the one lodged', false, toStatus('obj-1', 'OPEN'), objection('UPHOLD_OBJECTION', 'obj-2')],
  ])('%s: allowed = %s', (_what, allowed, before, event) => {
    expect(inPublicNotice(...before).can(event)).toBe(allowed);
  });

  it('an objection moves OPEN → INVESTIGATING → DISMISSED in the notice', () => {
    const s = inPublicNotice(...toStatus('obj-1', 'DISMISSED'), objection('LODGE_OBJECTION', 'obj-2'));
    expect(s.context.notice).toEqual({ ...NOTICE, objections: { 'obj-1': 'DISMISSED', 'obj-2': 'OPEN' } });
  });

  describe('an upheld objection returns the case to committee review without EXCELLENT', () => {
    const upheld = () => inPublicNotice(...toStatus('obj-1', 'UPHELD'));

    it('is back in committee review with EXCELLENT withdrawn and no decision', () => {
      const s = upheld();
      expect(s.value).toBe('committeeReview');
      expect(s.context).toMatchObject({ excellentWithdrawn: true, decision: null, finalGrade: null });
      expect(s.context.notice?.objections).toEqual({ 'obj-1': 'UPHELD' });
    });

    it.each<[string, boolean, AnnualEvent]>([
      ['approving the EXCELLENT proposal again, with a quorum and within the quota', false, approve('EXCELLENT')],
      ['changing to EXCELLENT', false, changeGrade('EXCELLENT')],
      ['changing to COMPETENT', true, changeGrade('COMPETENT')],
      ['sending the proposal back', true, sendBack()],
    ])('%s: allowed = %s', (_what, allowed, event) => {
      expect(upheld().can(event)).toBe(allowed);
    });

    it('another grade is decided at once, without a second notice', () => {
      const s = play([changeGrade('COMPETENT')], upheld());
      expect(s.value).toBe('decided');
      expect(s.context.finalGrade).toBe('COMPETENT');
    });

    it('when EXCELLENT came from a change, the original proposal can still be approved', () => {
      const s = play(
        [changeGrade('EXCELLENT'), openNotice(), objection('LODGE_OBJECTION'), objection('UPHOLD_OBJECTION')],
        inCommitteeReview('COMPETENT'),
      );
      expect(s.value).toBe('committeeReview');
      expect(s.can(changeGrade('EXCELLENT'))).toBe(false);
      expect(play([approve('COMPETENT')], s).context.finalGrade).toBe('COMPETENT');
    });

    it('after a send-back, synthesis may not propose EXCELLENT again but may propose another grade', () => {
      const s = play([sendBack()], upheld());
      expect(s.can(propose('EXCELLENT'))).toBe(false);
      expect(s.can(propose('COMPETENT'))).toBe(true);
    });
  });
});

describe('the self-report', () => {
  it('returned for revision, then resubmitted and accepted, moves on to the evaluation', () => {
    const returned = play([plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT'), returnSelfReport('integrity statement missing')]);
    expect(returned.value).toEqual({ selfReport: 'returned' });
    expect(returned.context.selfReport.returns).toEqual([{ reason: 'integrity statement missing', at: AT }]);
    expect(returned.can(plain('ACCEPT_SELF_REPORT'))).toBe(false);

    const resubmitted = play([plain('SUBMIT_SELF_REPORT')], returned);
    expect(resubmitted.value).toEqual({ selfReport: 'submitted' });
    expect(resubmitted.context.selfReport.submissions).toBe(2);

    const accepted = play([plain('ACCEPT_SELF_REPORT')], resubmitted);
    expect(accepted.value).toEqual({ evaluation: 'ballotsPending' });
  });

  it('returned and then overdue, a late submission clears the overdue mark', () => {
    const overdue = play([plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT'), returnSelfReport(), plain('MARK_SELF_REPORT_OVERDUE')]);
    expect(overdue.value).toEqual({ selfReport: 'overdue' });
    expect(overdue.context.selfReport.overdue).toBe(true);
    const late = play([plain('SUBMIT_SELF_REPORT')], overdue);
    expect(late.context.selfReport).toMatchObject({ overdue: false, submissions: 2 });
  });

  it.each<[string, string, AnnualInput]>([
    ['a cadre', 'INCOMPETENT', CADRE],
    ['a leadership team', 'POOR', TEAM],
    ['a public-institution employee', 'UNQUALIFIED', { subject: 'CADRE', scale: 'PUBLIC_INSTITUTION' }],
  ])('a refusal after persuasion proposes the lowest grade of the scale: for %s, %s', (_who, lowest, input) => {
    expect(GRADE_SCALES[input.scale].at(-1)).toBe(lowest);
    const s = play([plain('START_SELF_REPORT'), plain('MARK_SELF_REPORT_OVERDUE'), recordRefusal('will not write it')], input);
    expect(s.value).toBe('committeeReview');
    expect(s.context.selfReport.refused).toBe(true);
    expect(s.context.proposal).toEqual({ grade: lowest, comment: 'will not write it', at: AT });
    expect(play([approve(lowest)], s).context.finalGrade).toBe(lowest);
  });

  it.each<[string, AnnualEvent[]]>([
    ['while drafting', [plain('START_SELF_REPORT')]],
    ['once submitted', [plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT')]],
    ['once returned', [plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT'), returnSelfReport()]],
  ])('a refusal is recorded only once the report is overdue, not %s', (_when, before) => {
    expect(play(before).can(recordRefusal())).toBe(false);
  });
});

describe('the rest of the way to the file', () => {
  it('runs decided → notified → signed → feedbackGiven → filed, recording each step', () => {
    const decided = play([approve('COMPETENT')], inCommitteeReview('COMPETENT'));
    const filed = play([plain('ISSUE_WRITTEN_NOTICE'), signNotice('I disagree with the comment'), plain('GIVE_FEEDBACK'), plain('FILE')], decided);
    expect(filed.value).toBe('filed');
    expect(filed.status).toBe('active');
    expect(filed.context).toMatchObject({ writtenNoticeAt: AT, signature: { at: AT, opinion: 'I disagree with the comment' }, feedbackAt: AT });
  });

  it('talks and opinions are recorded at any point of the evaluation', () => {
    const s = play([...TO_SYNTHESIS.slice(0, 3), plain('RECORD_TALK'), plain('OPEN_BALLOTS'), plain('RECORD_TALK'), recordOpinion('AUDIT')]);
    expect(s.context.evaluation).toMatchObject({ talks: 2, opinions: [{ source: 'AUDIT', at: AT }], ballotsOpenedAt: AT, ballotsClosedAt: null });
  });
});

describe('corrections after the decision (CORRECT_RESULT)', () => {
  const decidedAs = (grade: string, input: AnnualInput = CADRE) => play([approve(grade)], inCommitteeReview(grade, input));
  it.each<[string, string, AnnualEvent, boolean]>([
    ['INCOMPETENT → BASICALLY_COMPETENT by review: better, accepted', 'INCOMPETENT', correct('BASICALLY_COMPETENT'), true],
    ['COMPETENT → BASICALLY_COMPETENT: a correction never worsens, refused', 'COMPETENT', correct('BASICALLY_COMPETENT'), false],
    ['COMPETENT → COMPETENT: nothing to correct, refused', 'COMPETENT', correct('COMPETENT'), false],
    ['COMPETENT → EXCELLENT within the quota: accepted', 'COMPETENT', correct('EXCELLENT'), true],
    ['COMPETENT → EXCELLENT over the quota: refused', 'COMPETENT', correct('EXCELLENT', 'APPEAL', OVER_QUOTA), false],
    ['COMPETENT → GOOD (a team grade): refused', 'COMPETENT', correct('GOOD'), false],
  ])('%s', (_rule, grade, event, accepted) => {
    const s = decidedAs(grade);
    expect(s.can(event)).toBe(accepted);
    if (accepted) {
      const corrected = play([event], s);
      // EXCELLENT passes a public notice on every path: the correction waits for it, then takes effect.
      const toExcellent = (event as { grade: string }).grade === 'EXCELLENT';
      expect(corrected.value).toBe(toExcellent ? 'awaitingNotice' : 'decided');
      if (toExcellent) expect(corrected.context.finalGrade).toBe(grade);
      const next = toExcellent ? play([openNotice(), closeNotice(DAY_AFTER_NOTICE)], corrected) : corrected;
      expect(next.value).toBe('decided');
      expect(next.context.finalGrade).toBe((event as { grade: string }).grade);
      expect(next.context.corrections).toEqual([{ grade: (event as { grade: string }).grade, previousGrade: grade, reason: 'the review found the facts misread', source: (event as { source: string }).source, caseId: 'case-1', at: AT }]);
    }
  });

  it.each<[CorrectionSource, boolean]>([
    ['INVESTIGATION_CLOSED', true],
    ['FAULT_TOLERANCE', true],
    ['REVIEW', false],
    ['APPEAL', false],
  ])('an UNGRADED result is graded afresh (even lower than average) only when its cause has gone: %s → %s', (source, accepted) => {
    const ungraded = play([...TO_SYNTHESIS, setOverlay('UNGRADED'), propose('UNGRADED'), approve('UNGRADED')]);
    expect(ungraded.context.finalGrade).toBe('UNGRADED');
    const event = correct('BASICALLY_COMPETENT', source);
    expect(ungraded.can(event)).toBe(accepted);
    if (accepted) expect(play([event], ungraded).context).toMatchObject({ finalGrade: 'BASICALLY_COMPETENT', overlay: 'NONE', overlayReason: null });
  });

  it('a filed result is corrected in place, twice, each version kept in order', () => {
    const filed = play([plain('ISSUE_WRITTEN_NOTICE'), signNotice(), plain('GIVE_FEEDBACK'), plain('FILE')], play([approve('INCOMPETENT')], inCommitteeReview('INCOMPETENT')));
    const twice = play([correct('BASICALLY_COMPETENT'), correct('COMPETENT', 'APPEAL')], filed);
    expect(twice.value).toBe('filed');
    expect(twice.context.corrections!.map((c) => [c.previousGrade, c.grade, c.source])).toEqual([
      ['INCOMPETENT', 'BASICALLY_COMPETENT', 'REVIEW'],
      ['BASICALLY_COMPETENT', 'COMPETENT', 'APPEAL'],
    ]);
  });

  it('before the decision there is nothing to correct', () => {
    expect(inCommitteeReview('INCOMPETENT').can(correct('BASICALLY_COMPETENT'))).toBe(false);
  });
});

describe('persistence', () => {
  it.each<[string, () => AnnualSnapshot, AnnualEvent]>([
    ['a returned self-report, resubmitted', () => play([plain('START_SELF_REPORT'), plain('SUBMIT_SELF_REPORT'), returnSelfReport()]), plain('SUBMIT_SELF_REPORT')],
    ['a notice with an objection under investigation, dismissed', () => inPublicNotice(objection('LODGE_OBJECTION'), objection('INVESTIGATE_OBJECTION')), objection('DISMISS_OBJECTION')],
    ['a notice with an open objection, closed after the window (refused)', () => inPublicNotice(objection('LODGE_OBJECTION')), closeNotice(DAY_AFTER_NOTICE)],
    ['an upheld objection, EXCELLENT proposed again (refused)', () => play([sendBack()], inPublicNotice(objection('LODGE_OBJECTION'), objection('UPHOLD_OBJECTION'))), propose('EXCELLENT')],
  ])('a snapshot stored as JSON and restored behaves like the original: %s', (_case, make, event) => {
    const original = make();
    const restored = roundTrip(original);
    expect(restored.value).toEqual(original.value);
    expect(restored.context).toEqual(original.context);
    expect(restored.can(event)).toBe(original.can(event));
    const [a] = transition(annualMachine, original, event);
    const [b] = transition(annualMachine, restored, event);
    expect({ value: b.value, context: b.context, status: b.status }).toEqual({ value: a.value, context: a.context, status: a.status });
  });
});

describe('cancelling with the cycle', () => {
  const cancel: AnnualEvent = { type: 'CANCEL_ASSESSMENT', reason: '考核方案取消', at: AT };
  it.each<[string, boolean, () => AnnualSnapshot]>([
    ['enrolled', true, () => play([])],
    ['writing the self-report', true, () => play([plain('START_SELF_REPORT')])],
    ['in evaluation', true, () => play(TO_SYNTHESIS.slice(0, -1))],
    ['in synthesis', true, () => play([...TO_SYNTHESIS])],
    ['in committee review', true, () => inCommitteeReview('COMPETENT')],
    ['on public notice', true, () => inPublicNotice()],
    ['decided', false, () => play([...TO_SYNTHESIS, propose('COMPETENT'), approve('COMPETENT')])],
    ['filed', false, () => play([...TO_SYNTHESIS, propose('COMPETENT'), approve('COMPETENT'), plain('ISSUE_WRITTEN_NOTICE'), signNotice(), plain('GIVE_FEEDBACK'), plain('FILE')])],
  ])('an assessment %s: cancellable = %s, and a cancelled one is final', (_when, allowed, make) => {
    const s = make();
    expect(s.can(cancel)).toBe(allowed);
    const [next] = transition(annualMachine, s, cancel);
    expect(next.value).toBe(allowed ? 'cancelled' : s.value);
    if (allowed) {
      expect(next.status).toBe('done');
      expect(next.context.cancellation).toEqual({ reason: '考核方案取消', at: AT });
    }
  });
});
