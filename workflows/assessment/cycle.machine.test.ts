import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, type StatePath } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  getInitialMicrosteps,
  getNextTransitions,
  initialTransition,
  transition,
  type SnapshotFrom,
} from 'xstate';
import { CYCLE_KINDS, cycleMachine, type CycleEvent, type CycleKind } from './cycle.machine.js';
import { descendants, definedTransitions, label, activeStates, type Observed, observe, observeInitial, refusedGuarded } from './graph-coverage.js';

type CycleSnapshot = SnapshotFrom<typeof cycleMachine>;

const AT = '2026-11-02T08:30:00.000Z';
const enrol = (count: number): CycleEvent => ({ type: 'ENROL', count, at: AT });
const openCycle = (): CycleEvent => ({ type: 'OPEN_CYCLE', at: AT });
const closeCycle = (unfinished: number): CycleEvent => ({ type: 'CLOSE_CYCLE', unfinished, at: AT });
const cancelCycle = (reason = 'scheme withdrawn'): CycleEvent => ({ type: 'CANCEL_CYCLE', reason, at: AT });

function start(kind: CycleKind = 'ANNUAL'): CycleSnapshot {
  return initialTransition(cycleMachine, { kind })[0];
}
/** Applies `events` in turn; each one must be accepted. */
function play(events: readonly CycleEvent[], kind: CycleKind = 'ANNUAL'): CycleSnapshot {
  let s = start(kind);
  for (const e of events) {
    if (!s.can(e)) throw new Error(`${e.type} refused in ${JSON.stringify(s.value)}`);
    s = transition(cycleMachine, s, e)[0];
  }
  return s;
}

function roundTrip(s: CycleSnapshot): CycleSnapshot {
  const stored: { value: CycleSnapshot['value']; context: CycleSnapshot['context'] } = JSON.parse(JSON.stringify({ value: s.value, context: s.context }));
  return cycleMachine.resolveState(stored);
}

// ---------------------------------------------------------------------------
// Coverage helpers: ./graph-coverage.ts
// ---------------------------------------------------------------------------


// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

const SAMPLE_EVENTS: readonly CycleEvent[] = [
  enrol(25),
  enrol(0),
  enrol(-3),
  openCycle(),
  closeCycle(0),
  closeCycle(2),
  cancelCycle(),
];

/** The enrolment count only matters as "any or none". */
function abstractState(s: CycleSnapshot): string {
  return JSON.stringify([s.value, s.context.enrolled > 0]);
}
function samplesFor(s: CycleSnapshot): CycleEvent[] {
  const handled = new Set(getNextTransitions(s).map((t) => t.eventType));
  return SAMPLE_EVENTS.filter((e) => handled.has(e.type));
}

interface Model {
  states: CycleSnapshot[];
  edges: Array<{ from: CycleSnapshot; event: CycleEvent; observed: Observed }>;
  paths: CycleEvent[][];
  taken: Set<string>;
  reached: Set<string>;
  refused: Set<string>;
}

function replay(events: readonly CycleEvent[]): { taken: string[]; reached: string[] } {
  const initial = observeInitial(getInitialMicrosteps(cycleMachine, { kind: 'ANNUAL' }).map(([s]) => s));
  const taken = initial.taken.map(label);
  const reached = initial.visited.flatMap((v) => activeStates(cycleMachine, v));
  let s = start();
  for (const e of events) {
    const observed = observe(cycleMachine, s, e);
    const [next] = transition(cycleMachine, s, e);
    expect(next.value).toEqual(observed.next.value);
    taken.push(...observed.taken.map(label));
    reached.push(...observed.visited.flatMap((v) => activeStates(cycleMachine, v)));
    s = next;
  }
  return { taken, reached };
}

function explore(): Model {
  const options = { input: { kind: 'ANNUAL' as const }, events: samplesFor, serializeState: abstractState };
  const adjacency = getAdjacencyMap(cycleMachine, options);
  const shortest: Array<StatePath<CycleSnapshot, CycleEvent>> = getShortestPaths(cycleMachine, options);
  const pathTo = new Map(shortest.map((p) => [abstractState(p.state), p.steps.slice(1).map((step) => step.event)]));
  const model: Model = {
    states: Object.values(adjacency).map((v) => v.state),
    edges: [],
    paths: shortest.map((p) => p.steps.slice(1).map((step) => step.event)),
    taken: new Set(),
    reached: new Set(),
    refused: new Set(),
  };
  const witnessed = new Set(model.paths.flatMap((events) => replay(events).taken));
  for (const { state, event } of adjacencyMapToArray(adjacency)) {
    const observed = observe(cycleMachine, state, event);
    model.edges.push({ from: state, event, observed });
    refusedGuarded(state, event, observed.taken).forEach((t) => model.refused.add(label(t)));
    const fresh = observed.taken.map(label).filter((l) => !witnessed.has(l));
    if (fresh.length === 0) continue;
    fresh.forEach((l) => witnessed.add(l));
    model.paths.push([...(pathTo.get(abstractState(state)) ?? []), event]);
  }
  for (const events of model.paths) {
    const run = replay(events);
    run.taken.forEach((l) => model.taken.add(l));
    run.reached.forEach((id) => model.reached.add(id));
  }
  return model;
}

let memo: Model | null = null;
const model = (): Model => (memo ??= explore());

describe('the assessment cycle, explored as a model (@xstate/graph)', () => {
  it('has a sample for every event type the definition handles', () => {
    const handled = new Set(definedTransitions(cycleMachine).map((t) => t.eventType).filter((type) => type !== ''));
    expect([...handled].filter((type) => !SAMPLE_EVENTS.some((e) => e.type === type))).toEqual([]);
  });

  it('takes every transition of the definition at least once', () => {
    const defined = definedTransitions(cycleMachine).map(label);
    expect(new Set(defined).size).toBe(defined.length);
    expect(defined.filter((l) => !model().taken.has(l))).toEqual([]);
    expect([...model().taken].sort()).toEqual([...defined].sort());
  });

  it('reaches every state', () => {
    expect(descendants(cycleMachine.root).map((n) => n.id).filter((id) => !model().reached.has(id))).toEqual([]);
  });

  it('also refuses every guarded transition somewhere (the failing samples bite)', () => {
    const guarded = definedTransitions(cycleMachine).filter((t) => t.guard !== undefined);
    expect(guarded.map(label).filter((l) => !model().refused.has(l))).toEqual([]);
  });

  it('leaves the snapshot untouched when an event is refused', () => {
    const refusedEdges = model().edges.filter((e) => e.observed.taken.length === 0);
    expect(refusedEdges.length).toBeGreaterThan(0);
    for (const { from, event } of refusedEdges) {
      expect(from.can(event)).toBe(false);
      expect(transition(cycleMachine, from, event)[0]).toBe(from);
    }
  });

  it.each<[string, (s: CycleSnapshot) => boolean]>([
    ['an open or closed cycle has someone enrolled', (s) => s.matches('planning') || s.matches('cancelled') || s.context.enrolled > 0],
    ['openedAt is set exactly once the cycle has opened', (s) => (s.context.openedAt !== null) === (s.matches('open') || s.matches('closed'))],
    ['closedAt is set exactly when closed', (s) => (s.context.closedAt !== null) === s.matches('closed')],
    ['the machine is done exactly when closed or cancelled', (s) => (s.status === 'done') === (s.matches('closed') || s.matches('cancelled'))],
  ])('in every reachable state: %s', (_name, holds) => {
    expect(model().states.filter((s) => !holds(s)).map(abstractState)).toEqual([]);
  });

  it('a snapshot restored from JSON behaves exactly like the original for every next event', () => {
    for (const { from, event } of model().edges) {
      const restored = roundTrip(from);
      expect(restored.value).toEqual(from.value);
      expect(restored.status).toBe(from.status);
      expect(restored.can(event)).toBe(from.can(event));
      const [expected] = transition(cycleMachine, from, event);
      const [actual] = transition(cycleMachine, restored, event);
      expect({ value: actual.value, context: actual.context, status: actual.status }).toEqual({
        value: expected.value,
        context: expected.context,
        status: expected.status,
      });
    }
  });
});

describe('planning', () => {
  it.each(CYCLE_KINDS.map((kind) => [kind] as const))('a cycle of kind %s starts in planning with nobody enrolled', (kind) => {
    const s = start(kind);
    expect(s.value).toBe('planning');
    expect(s.context).toEqual({ kind, enrolled: 0, openedAt: null, closedAt: null });
  });

  it.each<[string, boolean, number]>([
    ['enrolling 25', true, 25],
    ['enrolling 1', true, 1],
    ['enrolling nobody', false, 0],
    ['enrolling a negative count', false, -3],
    ['enrolling NaN', false, Number.NaN],
  ])('%s: allowed = %s', (_what, allowed, count) => {
    expect(start().can(enrol(count))).toBe(allowed);
    expect(play([enrol(5), openCycle()]).can(enrol(count))).toBe(allowed);
  });

  it.each<[string, boolean, () => CycleSnapshot]>([
    ['with nobody enrolled', false, () => start()],
    ['after an enrolment of nobody was refused', false, () => transition(cycleMachine, start(), enrol(0))[0]],
    ['with 12 enrolled', true, () => play([enrol(12)])],
  ])('opening the cycle %s: allowed = %s', (_when, allowed, make) => {
    const s = make();
    expect(s.can(openCycle())).toBe(allowed);
    expect(transition(cycleMachine, s, openCycle())[0].value).toBe(allowed ? 'open' : 'planning');
  });

  it('enrolment adds up, in planning and late in the open cycle', () => {
    const s = play([enrol(12), enrol(3), openCycle(), enrol(2)]);
    expect(s.value).toBe('open');
    expect(s.context).toMatchObject({ enrolled: 17, openedAt: AT, closedAt: null });
  });

  it.each<[string, boolean, CycleEvent[]]>([
    ['while planning', true, []],
    ['while planning, after enrolment', true, [enrol(12)]],
    ['once open', false, [enrol(12), openCycle()]],
  ])('cancelling the cycle %s: allowed = %s', (_when, allowed, before) => {
    const s = play(before);
    expect(s.can(cancelCycle())).toBe(allowed);
    if (allowed) expect(transition(cycleMachine, s, cancelCycle())[0].status).toBe('done');
  });
});

describe('closing', () => {
  it.each<[string, boolean, number]>([
    ['every assessment filed (0 unfinished)', true, 0],
    ['1 assessment unfinished', false, 1],
    ['a nonsensical negative count', false, -1],
  ])('closing with %s: allowed = %s', (_what, allowed, unfinished) => {
    const s = play([enrol(12), openCycle()]);
    expect(s.can(closeCycle(unfinished))).toBe(allowed);
    const [next] = transition(cycleMachine, s, closeCycle(unfinished));
    expect(next.value).toBe(allowed ? 'closed' : 'open');
    expect(next.context.closedAt).toBe(allowed ? AT : null);
  });

  it.each<[string, CycleEvent[]]>([
    ['closed', [enrol(12), openCycle(), closeCycle(0)]],
    ['cancelled', [cancelCycle()]],
  ])('a %s cycle is final and takes no further event', (_state, before) => {
    const s = play(before);
    expect(s.status).toBe('done');
    for (const e of SAMPLE_EVENTS) expect(s.can(e)).toBe(false);
  });
});

describe('persistence', () => {
  it('an open cycle stored as JSON and restored closes like the original', () => {
    const original = play([enrol(12), openCycle()]);
    const restored = roundTrip(original);
    for (const e of [closeCycle(0), closeCycle(3), enrol(4)]) {
      const [a] = transition(cycleMachine, original, e);
      const [b] = transition(cycleMachine, restored, e);
      expect({ value: b.value, context: b.context, status: b.status }).toEqual({ value: a.value, context: a.context, status: a.status });
    }
  });
});
