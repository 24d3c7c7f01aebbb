import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, type StatePath } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  getInitialMicrosteps,
  getNextTransitions,
  initialTransition,
  transition,
  type SnapshotFrom,
} from 'xstate';
import { GRADE_SCALES } from '../rules/grades.js';
import { regularMachine, type RegularEvent } from './regular.machine.js';
import { descendants, definedTransitions, label, activeStates, type Observed, observe, observeInitial, refusedGuarded } from './graph-coverage.js';

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
// Coverage helpers: ./graph-coverage.ts
// ---------------------------------------------------------------------------


// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

const SAMPLE_EVENTS: readonly RegularEvent[] = [
  submitSummary(),
  completeFactFinding(),
  appraise('GOOD'),
  appraise('FAIR', 85),
  appraise('EXCELLENT'), // an annual grade, not a regular one
  appraise('GOOD', 101),
  giveFeedback(),
];

function abstractState(s: RegularSnapshot): string {
  return JSON.stringify([s.value, s.context.kind, s.context.grade]);
}
function samplesFor(s: RegularSnapshot): RegularEvent[] {
  const handled = new Set(getNextTransitions(s).map((t) => t.eventType));
  return SAMPLE_EVENTS.filter((e) => handled.has(e.type));
}

interface Model {
  states: RegularSnapshot[];
  edges: Array<{ from: RegularSnapshot; event: RegularEvent; observed: Observed }>;
  paths: Array<{ kind: Kind; events: RegularEvent[] }>;
  taken: Set<string>;
  reached: Set<string>;
  refused: Set<string>;
}

function replay(kind: Kind, events: readonly RegularEvent[]): { taken: string[]; reached: string[] } {
  const initial = observeInitial(getInitialMicrosteps(regularMachine, { kind }).map(([s]) => s));
  const taken = initial.taken.map(label);
  const reached = initial.visited.flatMap((v) => activeStates(regularMachine, v));
  let s = start(kind);
  expect(s.value).toEqual(initial.next.value);
  for (const e of events) {
    const observed = observe(regularMachine, s, e);
    const [next] = transition(regularMachine, s, e);
    expect(next.value).toEqual(observed.next.value);
    taken.push(...observed.taken.map(label));
    reached.push(...observed.visited.flatMap((v) => activeStates(regularMachine, v)));
    s = next;
  }
  return { taken, reached };
}

/** Both kinds: the initial routing to personalSummary or factFinding depends on the input. */
function explore(): Model {
  const model: Model = { states: [], edges: [], paths: [], taken: new Set(), reached: new Set(), refused: new Set() };
  for (const kind of ['REGULAR', 'SPECIAL'] as const) {
    const options = { input: { kind }, events: samplesFor, serializeState: abstractState };
    const adjacency = getAdjacencyMap(regularMachine, options);
    const shortest: Array<StatePath<RegularSnapshot, RegularEvent>> = getShortestPaths(regularMachine, options);
    const pathTo = new Map(shortest.map((p) => [abstractState(p.state), p.steps.slice(1).map((step) => step.event)]));
    model.states.push(...Object.values(adjacency).map((v) => v.state));
    const paths = shortest.map((p) => p.steps.slice(1).map((step) => step.event));
    const witnessed = new Set(paths.flatMap((events) => replay(kind, events).taken));
    for (const { state, event } of adjacencyMapToArray(adjacency)) {
      const observed = observe(regularMachine, state, event);
      model.edges.push({ from: state, event, observed });
      refusedGuarded(state, event, observed.taken).forEach((t) => model.refused.add(label(t)));
      const fresh = observed.taken.map(label).filter((l) => !witnessed.has(l));
      if (fresh.length === 0) continue;
      fresh.forEach((l) => witnessed.add(l));
      paths.push([...(pathTo.get(abstractState(state)) ?? []), event]);
    }
    for (const events of paths) {
      model.paths.push({ kind, events });
      const run = replay(kind, events);
      run.taken.forEach((l) => model.taken.add(l));
      run.reached.forEach((id) => model.reached.add(id));
    }
  }
  return model;
}

let memo: Model | null = null;
const model = (): Model => (memo ??= explore());

describe('the regular and special assessment, explored as a model (@xstate/graph)', () => {
  it('has a sample for every event type the definition handles', () => {
    const handled = new Set(definedTransitions(regularMachine).map((t) => t.eventType).filter((type) => type !== ''));
    expect([...handled].filter((type) => !SAMPLE_EVENTS.some((e) => e.type === type))).toEqual([]);
  });

  it('takes every transition of the definition at least once, both initial routings included', () => {
    const defined = definedTransitions(regularMachine).map(label);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((l) => !model().taken.has(l))).toEqual([]);
    expect([...model().taken].sort()).toEqual([...defined].sort());
  });

  it('reaches every state, the transient "opened" included', () => {
    expect(descendants(regularMachine.root).map((n) => n.id).filter((id) => !model().reached.has(id))).toEqual([]);
  });

  it('also refuses the guarded appraisal somewhere (the failing samples bite)', () => {
    const guarded = definedTransitions(regularMachine).filter((t) => t.guard !== undefined && t.eventType !== '');
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map(label).filter((l) => !model().refused.has(l))).toEqual([]);
  });

  it('leaves the snapshot untouched when an event is refused', () => {
    const refusedEdges = model().edges.filter((e) => e.observed.taken.length === 0);
    expect(refusedEdges.length).toBeGreaterThan(0);
    for (const { from, event } of refusedEdges) {
      expect(from.can(event)).toBe(false);
      expect(transition(regularMachine, from, event)[0]).toBe(from);
    }
  });

  it.each<[string, (s: RegularSnapshot) => boolean]>([
    ['a grade, once recorded, is on the regular scale', (s) => s.context.grade === null || (GRADE_SCALES.REGULAR as readonly string[]).includes(s.context.grade)],
    ['feedback follows an appraisal', (s) => !(s.matches('feedback') || s.matches('done')) || s.context.grade !== null],
    ['a regular assessment never does fact-finding, a special one never a personal summary', (s) => (s.context.kind === 'REGULAR' ? s.context.findingsAt === null : s.context.summaryAt === null)],
    ['the machine is done exactly when in "done"', (s) => (s.status === 'done') === s.matches('done')],
  ])('in every reachable state: %s', (_name, holds) => {
    expect(model().states.filter((s) => !holds(s)).map(abstractState)).toEqual([]);
  });

  it('a snapshot restored from JSON behaves exactly like the original for every next event', () => {
    for (const { from, event } of model().edges) {
      const restored = roundTrip(from);
      expect(restored.value).toEqual(from.value);
      expect(restored.status).toBe(from.status);
      expect(restored.can(event)).toBe(from.can(event));
      const [expected] = transition(regularMachine, from, event);
      const [actual] = transition(regularMachine, restored, event);
      expect({ value: actual.value, context: actual.context, status: actual.status }).toEqual({
        value: expected.value,
        context: expected.context,
        status: expected.status,
      });
    }
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
