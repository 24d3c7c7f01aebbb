import { describe, expect, it } from 'vitest';
import { betterGrades, caseButtons, daysLeft, emptyFtDecision, ftDecisionProblems, missingCaseFields, emptyCaseValues, overallFinding, reviewWindowStatus, unfoundPoints } from './caseActions';

const filled = () => ({
  ...emptyFtDecision(),
  outcome: 'EXEMPT',
  distinction: 'PILOTING_REFORM_INEXPERIENCE',
  factors: { motive: '推动试点', objectiveConditions: '无明确规定', procedure: '集体研究', natureAndDegree: '程序性失误', consequences: '未造成重大损失', remedialEffort: '主动纠正' },
  collective: { membersTotal: 9, attendance: 8, votesFor: 8, votesAgainst: 0, abstentions: 0, recusals: [] },
  reason: '符合容错情形',
});

describe('ftDecisionProblems', () => {
  it('asks for nothing more once every part of the decision is recorded', () => {
    expect(ftDecisionProblems(filled())).toEqual([]);
  });

  it.each([
    ['EXEMPT', { distinction: '' }, ['distinction']],
    ['MITIGATED', { distinction: '' }, ['distinction', 'lighterKind']],
    ['NOT_TOLERATED', { distinction: '' }, []],
  ])('%s without a distinction asks for %j', (outcome, change, expected) => {
    expect(ftDecisionProblems({ ...filled(), outcome, ...change })).toEqual(expected);
  });

  it('names each of the six factors left blank, and the outcome and reasons', () => {
    const d = { ...filled(), outcome: '', reason: ' ', factors: { ...filled().factors, consequences: '', motive: '  ' } };
    expect(ftDecisionProblems(d)).toEqual(['outcome', 'factors.motive', 'factors.consequences', 'reason']);
  });

  it('asks for attendance and votes that add up (the quorum and majority are the server’s rule)', () => {
    expect(ftDecisionProblems({ ...filled(), collective: { membersTotal: 0, attendance: 0, votesFor: 0, votesAgainst: 0, abstentions: 0, recusals: [] } })).toEqual([
      'collective.membersTotal',
      'collective.attendance',
    ]);
    expect(ftDecisionProblems({ ...filled(), collective: { membersTotal: 9, attendance: 5, votesFor: 4, votesAgainst: 1, abstentions: 1, recusals: [] } })).toEqual(['collective.votesFor']);
  });
});

describe('point-by-point verification', () => {
  it('lists the points still without a finding', () => {
    expect(unfoundPoints(['UNTRUE', '', 'UNPROVEN', ''])).toEqual([1, 3]);
    expect(missingCaseFields('verify', { ...emptyCaseValues(2), findings: ['', 'UNTRUE'] })).toEqual(['findings.0']);
  });

  it.each([
    [['UNTRUE', 'UNTRUE'], 'UNTRUE'],
    [['UNTRUE', 'UNPROVEN'], 'UNPROVEN'],
    [['UNPROVEN', 'SUBSTANTIATED', 'UNTRUE'], 'SUBSTANTIATED'],
    [['UNTRUE', ''], null],
  ] as const)('%j adds up to %s', (findings, expected) => {
    expect(overallFinding(findings)).toBe(expected);
  });
});

describe('review window', () => {
  const w = { noticeOn: '2026-03-02', today: '2026-03-10', reviewable: true, reviewLastDay: '2026-04-01', directAppealLastDay: '2026-04-01', openCaseId: null, availableRoutes: ['REVIEW', 'DIRECT_APPEAL'] };
  it.each([
    [w, 'OPEN'],
    [{ ...w, availableRoutes: [], openCaseId: 'c-1' }, 'CASE_OPEN'],
    [{ ...w, availableRoutes: [], reviewable: false }, 'NOT_REVIEWABLE'],
    [{ ...w, availableRoutes: [], today: '2026-04-02' }, 'EXPIRED'],
    [{ ...w, availableRoutes: [] }, 'NOT_YOURS'],
  ])('%j reads as %s', (window, status) => {
    expect(reviewWindowStatus(window)).toBe(status);
  });

  it('counts the days left to the last day, the last day itself being 0', () => {
    expect(daysLeft('2026-03-02', '2026-04-01')).toBe(30);
    expect(daysLeft('2026-04-01', '2026-04-01')).toBe(0);
  });
});

describe('buttons and corrections', () => {
  it('shows only the events the server offers that have a form, in a stable order', () => {
    expect(caseButtons('ft', ['MARK_OVERDUE', 'REFUSE', 'ACCEPT'])).toEqual(['ACCEPT', 'REFUSE']);
    expect(caseButtons('review', ['CLOSE', 'EXTEND_APPEAL', 'DECIDE_APPEAL'])).toEqual(['DECIDE_APPEAL', 'EXTEND_APPEAL']);
  });

  it('offers only better grades for a correction', () => {
    expect(betterGrades(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'], 'INCOMPETENT')).toEqual(['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT']);
    expect(betterGrades(['EXCELLENT', 'COMPETENT'], 'EXCELLENT')).toEqual([]);
  });
});
