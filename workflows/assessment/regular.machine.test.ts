import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { GRADE_SCALES } from '../rules/grades.js';
import { regularMachine, type RegularEvent } from './regular.machine.js';
import { describeMachineModel } from '../../test/support/model-based.js';

type RegularSnapshot = SnapshotFrom<typeof regularMachine>;
type Kind = 'REGULAR' | 'SPECIAL';

const AT = '2026-04-03T10:00:00.000Z';
const submitSummary = (): RegularEvent => ({ type: 'SUBMIT_SUMMARY', at: AT });
const completeFactFinding = (): RegularEvent => ({ type: 'COMPLETE_FACT_FINDING', at: AT });
const appraise = (grade: string, score: number | null = null): RegularEvent => ({ type: 'APPRAISE', grade, score, at: AT });
const giveFeedback = (): RegularEvent => ({ type: 'GIVE_FEEDBACK', at: AT });

function start(kind: Kind): RegularSnapshot {
  return initialTransition(regularMachine, { kind })[0];
}
/** Applies `events` in turn; each one must be accepted. */
function play(kind: Kind, events: readonly RegularEvent[]): RegularSnapshot {
  let s = start(kind);
  for (const e of events) {
    if (!s.can(e)) throw new Error(`${e.type} refused in ${JSON.stringify(s.value)}`);
    s = transition(regularMachine, s, e)[0];
  }
  return s;
}
const FIRST_STEP: Record<Kind, RegularEvent> = { REGULAR: submitSummary(), SPECIAL: completeFactFinding() };
const inAppraisal = (kind: Kind) => play(kind, [FIRST_STEP[kind]]);

function roundTrip(s: RegularSnapshot): RegularSnapshot {
  const stored: { value: RegularSnapshot['value']; context: RegularSnapshot['context'] } = JSON.parse(JSON.stringify({ value: s.value, context: s.context }));
  return regularMachine.resolveState(stored);
}

// ---------------------------------------------------------------------------
// The model: both kinds, as the initial routing to personalSummary or factFinding depends on the input
// ---------------------------------------------------------------------------

const SAMPLE_EVENTS: readonly RegularEvent[] = [
  submitSummary(),
  completeFactFinding(),
  appraise('GOOD'),
  appraise('FAIR', 85),
  appraise('EXCELLENT'), // an annual grade, not a regular one
  appraise('GOOD', 101),
  giveFeedback(),
  { type: 'CANCEL_ASSESSMENT', reason: '考核方案取消', at: AT },
];

describeMachineModel('the regular and special assessment', {
  machine: regularMachine,
  inputs: [{ kind: 'REGULAR' }, { kind: 'SPECIAL' }],
  events: SAMPLE_EVENTS,
  abstract: (s) => JSON.stringify([s.value, s.context.kind, s.context.grade]),
  invariants: [
    ['a grade, once recorded, is on the regular scale', (s) => s.context.grade === null || (GRADE_SCALES.REGULAR as readonly string[]).includes(s.context.grade)],
    ['feedback follows an appraisal', (s) => !(s.matches('feedback') || s.matches('done')) || s.context.grade !== null],
    ['a regular assessment never does fact-finding, a special one never a personal summary', (s) => (s.context.kind === 'REGULAR' ? s.context.findingsAt === null : s.context.summaryAt === null)],
    ['the machine is done exactly when in "done" or cancelled', (s) => (s.status === 'done') === (s.matches('done') || s.matches('cancelled'))],
    ['a cancelled assessment was never appraised', (s) => !s.matches('cancelled') || s.context.grade === null],
  ],
}, (model) => {
  it('reaches the transient "opened" and routes it both ways', () => {
    expect(model().reached.has('regularAssessment.opened')).toBe(true);
    expect([...model().taken].filter((l) => l.startsWith('regularAssessment.opened --always')).length).toBe(2);
  });
});

describe('the two paths', () => {
  it.each<[Kind, string, RegularEvent, RegularEvent]>([
    ['REGULAR', 'personalSummary', submitSummary(), completeFactFinding()],
    ['SPECIAL', 'factFinding', completeFactFinding(), submitSummary()],
  ])('a %s assessment opens in %s, takes its own first step and refuses the other', (kind, first, own, other) => {
    const s = start(kind);
    expect(s.value).toBe(first);
    expect(s.can(other)).toBe(false);
    expect(s.can(own)).toBe(true);
    expect(transition(regularMachine, s, own)[0].value).toBe('appraisal');
  });

  it.each<[Kind, 'summaryAt' | 'findingsAt']>([
    ['REGULAR', 'summaryAt'],
    ['SPECIAL', 'findingsAt'],
  ])('a %s assessment runs to done, recording %s, the appraisal and the feedback', (kind, recorded) => {
    const s = play(kind, [FIRST_STEP[kind], appraise('FAIR', 82.5), giveFeedback()]);
    expect(s.value).toBe('done');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({ kind, grade: 'FAIR', score: 82.5, [recorded]: AT, feedbackAt: AT });
  });
});

describe('an appraisal is valid with a regular grade and a score in [0, 100] or none', () => {
  it.each<[string, boolean, string, number | null]>([
    ['好 without a score', true, 'GOOD', null],
    ['较好 with 85', true, 'FAIR', 85],
    ['一般 with 0, the lower bound', true, 'AVERAGE', 0],
    ['较差 with 100, the upper bound', true, 'POOR', 100],
    ['a score just over 100', false, 'GOOD', 100.5],
    ['a negative score', false, 'GOOD', -1],
    ['a score that is not a number', false, 'GOOD', Number.NaN],
    ['an annual grade (EXCELLENT)', false, 'EXCELLENT', null],
    ['a cadre grade (COMPETENT)', false, 'COMPETENT', 90],
    ['a non-grade result (UNGRADED)', false, 'UNGRADED', null],
    ['lower case', false, 'good', null],
  ])('%s: allowed = %s', (_what, allowed, grade, score) => {
    for (const kind of ['REGULAR', 'SPECIAL'] as const) {
      const s = inAppraisal(kind);
      expect(s.can(appraise(grade, score))).toBe(allowed);
      const [next] = transition(regularMachine, s, appraise(grade, score));
      expect(next.value).toBe(allowed ? 'feedback' : 'appraisal');
    }
  });
});

describe('persistence', () => {
  it.each<[Kind, RegularEvent]>([
    ['REGULAR', appraise('GOOD', 95)],
    ['SPECIAL', appraise('GOOD', 150)],
  ])('a %s assessment in appraisal, stored as JSON and restored, takes the appraisal like the original', (kind, event) => {
    const original = inAppraisal(kind);
    const restored = roundTrip(original);
    expect(restored.context).toEqual(original.context);
    const [a] = transition(regularMachine, original, event);
    const [b] = transition(regularMachine, restored, event);
    expect({ value: b.value, context: b.context }).toEqual({ value: a.value, context: a.context });
  });
});

describe('cancelling with the cycle', () => {
  const cancel: RegularEvent = { type: 'CANCEL_ASSESSMENT', reason: '考核方案取消', at: AT };
  it.each<[string, Kind, RegularEvent[], boolean]>([
    ['a regular one in its personal summary', 'REGULAR', [], true],
    ['a special one in fact-finding', 'SPECIAL', [], true],
    ['a regular one awaiting the appraisal', 'REGULAR', [submitSummary()], true],
    ['a regular one appraised, awaiting feedback', 'REGULAR', [submitSummary(), appraise('GOOD')], false],
    ['a regular one done', 'REGULAR', [submitSummary(), appraise('GOOD'), giveFeedback()], false],
  ])('%s: cancellable = %s', (_what, kind, before, allowed) => {
    const s = play(kind, before);
    expect(s.can(cancel)).toBe(allowed);
    if (allowed) expect(transition(regularMachine, s, cancel)[0].value).toBe('cancelled');
  });
});
