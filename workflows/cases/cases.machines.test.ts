import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { CollectiveDecision } from '../assessment/annual.machine.js';
import { DEFAULT_RULE_SETTINGS } from '../rules/settings.js';
import { describeMachineModel } from '../../test/support/model-based.js';
import { accusationMachine, type AccusationEvent, type AccusationInput } from './accusation.machine.js';
import { daysAfter, isWithinDays, periodEnd, penaltyPeriodMonths } from './correction.js';
import { faultToleranceMachine, ftDeadline, type FtEvent, type FtInput, type SixFactors } from './fault-tolerance.machine.js';
import { reviewDeadline, reviewMachine, type ReviewEvent, type ReviewInput } from './review.machine.js';

const AT = '2026-04-01T02:00:00.000Z';
const NOTICE_ON = '2026-03-02';
const COLLECTIVE = { membersTotal: 9, attendance: 7, votesFor: 5, votesAgainst: 1, abstentions: 1, recusals: [] };
const NO_QUORUM = { ...COLLECTIVE, attendance: 4, votesFor: 3 };

// ---------------------------------------------------------------------------
// Review and appeal
// ---------------------------------------------------------------------------

const reviewInput = (o: Partial<ReviewInput> = {}): ReviewInput => ({
  route: 'REVIEW',
  scale: 'CADRE',
  grade: 'INCOMPETENT',
  noticeOn: NOTICE_ON,
  deciders: ['committee-member'],
  reviewableGrades: ['INCOMPETENT'],
  windows: DEFAULT_RULE_SETTINGS.appeals,
  ...o,
});
/** 7 members, 5 present, 4 for. */
const MEETING: CollectiveDecision = { membersTotal: 7, attendance: 5, votesFor: 4, votesAgainst: 1, abstentions: 0, recusals: [] };

const rv = {
  request: (today: string): ReviewEvent => ({ type: 'REQUEST_REVIEW', grounds: 'the facts were misread', today, at: AT }),
  appeal: (today: string): ReviewEvent => ({ type: 'FILE_APPEAL', grounds: 'the review ignored my evidence', today, at: AT }),
  /** A correction comes with the organ's meeting (quorate, a majority for) unless `collective` says otherwise. */
  decide: (
    type: 'DECIDE_REVIEW' | 'DECIDE_APPEAL',
    o: { grade?: string | null; deciderId?: string; reason?: string; collective?: CollectiveDecision | null } = {},
  ): ReviewEvent => ({
    type,
    decision: o.grade ? 'CORRECTED' : 'UPHELD',
    grade: o.grade ?? null,
    reason: o.reason ?? 'weighed anew',
    deciderId: o.deciderId ?? 'reviewer',
    collective: o.collective === undefined ? (o.grade ? MEETING : null) : o.collective,
    today: '2026-04-10',
    at: AT,
  }),
  extend: (days: number, reason = 'a witness abroad'): ReviewEvent => ({ type: 'EXTEND_APPEAL', days, reason, today: '2026-05-20', at: AT }),
  overdue: (): ReviewEvent => ({ type: 'MARK_OVERDUE', today: '2026-06-30', at: AT }),
  close: (today: string): ReviewEvent => ({ type: 'CLOSE', today, at: AT }),
  withdraw: (): ReviewEvent => ({ type: 'WITHDRAW', today: '2026-04-05', at: AT }),
};
const DAY_30 = '2026-04-01';
const DAY_31 = '2026-04-02';

describeMachineModel('the review and appeal case', {
  machine: reviewMachine,
  inputs: [reviewInput(), reviewInput({ route: 'DIRECT_APPEAL' }), reviewInput({ grade: 'BASICALLY_COMPETENT' })],
  events: [
    rv.request(DAY_30),
    rv.request(DAY_31),
    rv.appeal(DAY_30),
    rv.appeal('2026-04-25'), // 15 days after a review decided on 10 April
    rv.appeal('2026-04-26'),
    rv.decide('DECIDE_REVIEW'),
    rv.decide('DECIDE_REVIEW', { grade: 'BASICALLY_COMPETENT' }),
    rv.decide('DECIDE_REVIEW', { grade: 'BASICALLY_COMPETENT', collective: null }),
    rv.decide('DECIDE_REVIEW', { grade: 'BASICALLY_COMPETENT', collective: { ...MEETING, attendance: 3, votesFor: 3, votesAgainst: 0 } }),
    rv.decide('DECIDE_REVIEW', { deciderId: 'committee-member' }),
    rv.decide('DECIDE_APPEAL', { grade: 'COMPETENT', deciderId: 'appeal-body' }),
    rv.decide('DECIDE_APPEAL', { grade: 'INCOMPETENT', deciderId: 'appeal-body' }),
    rv.decide('DECIDE_APPEAL', { deciderId: 'reviewer' }),
    rv.extend(30),
    rv.extend(31),
    rv.overdue(),
    rv.close('2026-04-25'),
    rv.close('2026-04-26'),
    rv.withdraw(),
  ],
  abstract: (s) => JSON.stringify([s.value, s.context.route, s.context.grade, s.context.review?.decision ?? null, s.context.appeal?.extendedDays ?? null, s.context.overdue]),
});

describe('review and appeal windows (calendar days in Beijing, the notice day is day 0)', () => {
  const start = (o: Partial<ReviewInput> = {}) => initialTransition(reviewMachine, reviewInput(o))[0];
  it.each([
    ['review requested on day 30: accepted', rv.request(DAY_30), {}, true],
    ['review requested on day 31: refused', rv.request(DAY_31), {}, false],
    ['review requested before the notice: refused', rv.request('2026-03-01'), {}, false],
    ['direct appeal on day 30: accepted', rv.appeal(DAY_30), { route: 'DIRECT_APPEAL' as const }, true],
    ['direct appeal on day 31: refused', rv.appeal(DAY_31), { route: 'DIRECT_APPEAL' as const }, false],
    ['BASICALLY_COMPETENT where the setting says no: refused', rv.request(DAY_30), { grade: 'BASICALLY_COMPETENT' }, false],
    ['BASICALLY_COMPETENT where the setting says yes: accepted', rv.request(DAY_30), { grade: 'BASICALLY_COMPETENT', reviewableGrades: ['INCOMPETENT', 'BASICALLY_COMPETENT'] }, true],
  ] as const)('%s', (_rule, event, input, accepted) => {
    expect(start(input as Partial<ReviewInput>).can(event)).toBe(accepted);
  });

  it('an appeal after the review: within 15 days of the review decision (day 15 in, day 16 out), then the case closes', () => {
    const decided = transition(reviewMachine, transition(reviewMachine, start(), rv.request('2026-03-20'))[0], rv.decide('DECIDE_REVIEW'))[0];
    expect(decided.value).toBe('reviewDecided');
    expect(decided.can(rv.appeal('2026-04-25'))).toBe(true);
    expect(decided.can(rv.appeal('2026-04-26'))).toBe(false);
    expect(decided.can(rv.close('2026-04-25'))).toBe(false);
    expect(transition(reviewMachine, decided, rv.close('2026-04-26'))[0].value).toBe('closed');
    expect(reviewDeadline('reviewDecided', decided.context)).toEqual({ lastDay: '2026-04-25', event: 'CLOSE' });
  });

  it('deadlines: the review decided within 30 days of the request; the appeal within 60, extended once by at most 30', () => {
    const pending = transition(reviewMachine, start(), rv.request('2026-03-20'))[0];
    expect(reviewDeadline('reviewPending', pending.context)).toEqual({ lastDay: '2026-04-19', event: 'MARK_OVERDUE' });
    const appeal = transition(reviewMachine, start({ route: 'DIRECT_APPEAL' }), rv.appeal('2026-03-20'))[0];
    expect(reviewDeadline('appealPending', appeal.context)).toEqual({ lastDay: '2026-05-19', event: 'MARK_OVERDUE' });
    expect(appeal.can(rv.extend(31))).toBe(false);
    expect(appeal.can(rv.extend(30, ' '))).toBe(false);
    const extended = transition(reviewMachine, appeal, rv.extend(30))[0];
    expect(reviewDeadline('appealPending', extended.context)).toEqual({ lastDay: '2026-06-18', event: 'MARK_OVERDUE' });
    expect(extended.can(rv.extend(1))).toBe(false);
  });

  it('the reviewer never decided the original, and the appeal body is neither an original decider nor the reviewer', () => {
    const pending = transition(reviewMachine, start(), rv.request(DAY_30))[0];
    expect(pending.can(rv.decide('DECIDE_REVIEW', { deciderId: 'committee-member' }))).toBe(false);
    const decided = transition(reviewMachine, pending, rv.decide('DECIDE_REVIEW', { grade: 'BASICALLY_COMPETENT' }))[0];
    const appealed = transition(reviewMachine, decided, rv.appeal('2026-04-12'))[0];
    expect(appealed.can(rv.decide('DECIDE_APPEAL', { deciderId: 'reviewer', grade: 'COMPETENT' }))).toBe(false);
    expect(appealed.can(rv.decide('DECIDE_APPEAL', { deciderId: 'committee-member', grade: 'COMPETENT' }))).toBe(false);
    // An appeal never worsens the (corrected) result.
    expect(appealed.can(rv.decide('DECIDE_APPEAL', { deciderId: 'appeal-body', grade: 'INCOMPETENT' }))).toBe(false);
    expect(appealed.can(rv.decide('DECIDE_APPEAL', { deciderId: 'appeal-body', grade: 'COMPETENT' }))).toBe(true);
  });

  it.each([
    ['2026-03-02', '2026-04-01', 30],
    ['2026-12-31', '2027-01-30', 30],
    ['2028-02-15', '2028-03-16', 30],
  ])('day counting: from %s to %s is %i days', (from, to, days) => {
    expect(daysAfter(from, to)).toBe(days);
    expect(isWithinDays(from, to, days)).toBe(true);
    expect(isWithinDays(from, to, days - 1)).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Fault tolerance
// ---------------------------------------------------------------------------

const FACTORS: SixFactors = {
  motive: '为推进项目落地，无私利',
  objectiveConditions: '政策尚不明确',
  procedure: '经集体研究',
  natureAndDegree: '程序瑕疵',
  consequences: '未造成重大损失',
  remedialEffort: '主动挽回损失',
};
const ftInput = (o: Partial<FtInput> = {}): FtInput => ({
  origin: 'CADRE_APPLICATION',
  penaltyKind: 'DEMERIT',
  mistakeKey: 'LAND_APPROVAL_PROCEDURE',
  days: DEFAULT_RULE_SETTINGS.faultTolerance,
  ...o,
});
const ft = {
  submit: (started: boolean, decided: boolean): FtEvent => ({ type: 'SUBMIT', accountabilityStarted: started, sanctionDecided: decided, today: '2026-04-01', at: AT }),
  accept: (): FtEvent => ({ type: 'ACCEPT', today: '2026-04-03', at: AT }),
  refuse: (reason = '不属于容错情形'): FtEvent => ({ type: 'REFUSE', reason, today: '2026-04-03', at: AT }),
  investigate: (findings = '经调查，属先行先试中的失误'): FtEvent => ({ type: 'COMPLETE_INVESTIGATION', findings, today: '2026-04-20', at: AT }),
  decide: (outcome: 'EXEMPT' | 'MITIGATED' | 'NOT_TOLERATED', o: { lighterKind?: 'PARTY_WARNING' | 'EXPULSION' | null; repeated?: boolean; collective?: typeof COLLECTIVE; factors?: SixFactors; distinction?: null } = {}): FtEvent => ({
    type: 'DECIDE',
    outcome,
    distinction: o.distinction === null ? null : outcome === 'NOT_TOLERATED' ? null : 'PILOTING_REFORM_INEXPERIENCE',
    factors: o.factors ?? FACTORS,
    collective: o.collective ?? COLLECTIVE,
    lighterKind: o.lighterKind ?? null,
    reason: '集体研究认定',
    repeatedMistake: o.repeated ?? false,
    repeatedMistakeNotTolerated: true,
    today: '2026-04-25',
    at: AT,
  }),
  feedback: (summary = '书面反馈申请人'): FtEvent => ({ type: 'GIVE_FEEDBACK', summary, today: '2026-04-27', at: AT }),
  file: (reference = '组备〔2026〕3号'): FtEvent => ({ type: 'FILE_WITH_ORGANISATION', reference, today: '2026-04-30', at: AT }),
  correction: (): FtEvent => ({ type: 'RECORD_CORRECTION', note: '已完善审批程序', today: '2026-05-20', at: AT }),
  verify: (): FtEvent => ({ type: 'VERIFY_CORRECTION', today: '2026-06-01', at: AT }),
  overdue: (): FtEvent => ({ type: 'MARK_OVERDUE', today: '2026-07-01', at: AT }),
};

describeMachineModel('the fault-tolerance case', {
  machine: faultToleranceMachine,
  inputs: [ftInput(), ftInput({ origin: 'OWN_MOTION' })],
  events: [
    ft.submit(true, false),
    ft.submit(false, false),
    ft.submit(true, true),
    ft.accept(),
    ft.refuse(),
    ft.refuse(' '),
    ft.investigate(),
    ft.investigate(' '),
    ft.decide('EXEMPT'),
    ft.decide('EXEMPT', { repeated: true }),
    ft.decide('EXEMPT', { collective: NO_QUORUM }),
    ft.decide('EXEMPT', { factors: { ...FACTORS, remedialEffort: '' } }),
    ft.decide('EXEMPT', { distinction: null }),
    ft.decide('MITIGATED', { lighterKind: 'PARTY_WARNING' }),
    ft.decide('MITIGATED', { lighterKind: 'EXPULSION' }),
    ft.decide('NOT_TOLERATED'),
    ft.decide('NOT_TOLERATED', { lighterKind: 'PARTY_WARNING' }),
    ft.feedback(),
    ft.feedback(' '),
    ft.file(),
    ft.file(' '),
    ft.correction(),
    ft.verify(),
    ft.overdue(),
  ],
  abstract: (s) => JSON.stringify([s.value, s.context.origin, s.context.decision?.outcome ?? null, s.context.corrections.length > 0, s.context.overdueSteps]),
});

describe('fault tolerance, rule by rule', () => {
  const start = (o: Partial<FtInput> = {}) => initialTransition(faultToleranceMachine, ftInput(o))[0];
  const play = (events: FtEvent[], o: Partial<FtInput> = {}) => events.reduce((s, e) => {
    if (!s.can(e)) throw new Error(`${e.type} refused in ${JSON.stringify(s.value)}`);
    return transition(faultToleranceMachine, s, e)[0];
  }, start(o));
  it.each([
    ['an application once accountability has started and before it is decided: accepted', 'CADRE_APPLICATION', true, false, true],
    ['an application before accountability started: refused', 'UNIT_APPLICATION', false, false, false],
    ['an application after the sanction was decided: refused', 'CADRE_APPLICATION', true, true, false],
    ['the body’s own motion after the sanction was decided: accepted', 'OWN_MOTION', true, true, true],
  ] as const)('%s', (_rule, origin, started, decided, accepted) => {
    expect(start({ origin }).can(ft.submit(started, decided))).toBe(accepted);
  });

  it('the same mistake repeated is not tolerated: only NOT_TOLERATED may be decided', () => {
    const s = play([ft.submit(true, false), ft.accept(), ft.investigate()]);
    expect(s.can(ft.decide('EXEMPT', { repeated: true }))).toBe(false);
    expect(s.can(ft.decide('MITIGATED', { lighterKind: 'PARTY_WARNING', repeated: true }))).toBe(false);
    expect(s.can(ft.decide('NOT_TOLERATED', { repeated: true }))).toBe(true);
  });

  it('each step has its deadline from the pinned settings; a missed one is marked once', () => {
    const accepting = play([ft.submit(true, false)]);
    expect(ftDeadline('awaitingAcceptance', accepting.context)).toEqual({ lastDay: '2026-04-06', event: 'MARK_OVERDUE' });
    const overdue = transition(faultToleranceMachine, accepting, ft.overdue())[0];
    expect(ftDeadline('awaitingAcceptance', overdue.context)).toBeNull();
    const investigating = transition(faultToleranceMachine, overdue, ft.accept())[0];
    expect(ftDeadline('investigating', investigating.context)).toEqual({ lastDay: '2026-05-03', event: 'MARK_OVERDUE' });
  });

  it('tolerated cases go on to the correction, verified to the end; a case not tolerated closes when filed', () => {
    const tolerated = play([ft.submit(true, false), ft.accept(), ft.investigate(), ft.decide('EXEMPT'), ft.feedback(), ft.file()]);
    expect(tolerated.value).toBe('correcting');
    expect(tolerated.can(ft.verify())).toBe(false);
    const verified = [ft.correction(), ft.verify()].reduce((s, e) => transition(faultToleranceMachine, s, e)[0], tolerated);
    expect(verified.value).toBe('closed');
    expect(verified.context).toMatchObject({ corrections: [{ note: '已完善审批程序', on: '2026-05-20' }], verifiedOn: '2026-06-01' });
    const notTolerated = play([ft.submit(true, false), ft.accept(), ft.investigate(), ft.decide('NOT_TOLERATED'), ft.feedback(), ft.file()]);
    expect(notTolerated.value).toBe('closed');
  });
});

// ---------------------------------------------------------------------------
// Clearing names
// ---------------------------------------------------------------------------

const accInput: AccusationInput = { source: 'PETITION', points: ['收受礼金', '违规招投标'] };
const acc = {
  verify: (findings: Array<'UNTRUE' | 'UNPROVEN' | 'SUBSTANTIATED'>): AccusationEvent => ({ type: 'VERIFY', findings, bodyId: 'body-1', userId: 'u1', today: '2026-04-01', at: AT }),
  clear: (points: number[], bodyId = 'body-1'): AccusationEvent => ({ type: 'CLEAR', method: 'LETTER', scope: 'UNIT', scopeNote: '本单位', points, bodyId, today: '2026-04-10', at: AT }),
};

describeMachineModel('the accusation (clearing names)', {
  machine: accusationMachine,
  inputs: [accInput],
  events: [
    acc.verify(['UNTRUE', 'UNTRUE']),
    acc.verify(['UNTRUE', 'UNPROVEN']),
    acc.verify(['SUBSTANTIATED', 'UNTRUE']),
    acc.verify(['UNTRUE']),
    acc.clear([0, 1]),
    acc.clear([0, 1], 'another-body'),
    acc.clear([]),
  ],
  abstract: (s) => JSON.stringify([s.value, s.context.outcome]),
});

describe('clearing names, rule by rule', () => {
  const verified = (findings: Array<'UNTRUE' | 'UNPROVEN' | 'SUBSTANTIATED'>) => transition(accusationMachine, initialTransition(accusationMachine, accInput)[0], acc.verify(findings))[0];
  it.each([
    [['UNTRUE', 'UNTRUE'], 'untrue'],
    [['UNTRUE', 'UNPROVEN'], 'unproven'],
    [['UNPROVEN', 'SUBSTANTIATED'], 'substantiated'],
  ] as const)('findings %j make the accusation %s', (findings, state) => {
    expect(verified([...findings]).value).toBe(state);
  });
  it('unproven does not count as untrue: it cannot be cleared', () => {
    expect(verified(['UNTRUE', 'UNPROVEN']).can(acc.clear([0]))).toBe(false);
  });
  it('only the checking body clears, point by point, each point once', () => {
    const s = verified(['UNTRUE', 'UNTRUE']);
    expect(s.can(acc.clear([0, 1], 'another-body'))).toBe(false);
    expect(s.can(acc.clear([0, 0]))).toBe(false);
    expect(s.can(acc.clear([2]))).toBe(false);
    expect(transition(accusationMachine, s, acc.clear([1]))[0].context.clearing).toMatchObject({ points: [1], method: 'LETTER', scope: 'UNIT' });
  });
});

describe('penalty periods (settings)', () => {
  it.each([
    ['GOVERNMENT_WARNING', 6, '2026-03-01', '2026-08-31'],
    ['DEMERIT', 12, '2026-03-01', '2027-02-28'],
    ['MAJOR_DEMERIT', 18, '2026-01-31', '2027-07-30'],
    ['DOWNGRADE', 24, '2026-03-15', '2028-03-14'],
    ['DISMISSAL_FROM_POST', 24, '2026-03-15', '2028-03-14'],
  ] as const)('%s lasts %i months: from %s to %s', (kind, months, from, until) => {
    expect(penaltyPeriodMonths(kind, DEFAULT_RULE_SETTINGS.penaltyPeriods)).toBe(months);
    expect(periodEnd(from, months)).toBe(until);
  });
  it('admonishment has no fixed period', () => {
    expect(penaltyPeriodMonths('ADMONISHMENT', DEFAULT_RULE_SETTINGS.penaltyPeriods)).toBeNull();
  });
});
