import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  getInitialMicrosteps,
  getMicrosteps,
  getNextTransitions,
  initialTransition,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventFromLogic,
  type EventObject,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import { nextSnapshot } from '../../workflows/lifecycle.js';

/**
 * The one model-based harness of every machine's test.
 *
 * `describeMachineModel` explores a machine with @xstate/graph from each input,
 * over sample events (for every guard, at least one that passes and one that
 * fails), then replays every path it found from scratch with the pure
 * `initialTransition()`/`transition()` the server uses, and asserts that:
 * every defined transition is taken (eventless ones and each initial routing
 * included), every state is reached, every guarded transition is also refused
 * somewhere, a refused event leaves the very same snapshot, the server's
 * `nextSnapshot()` agrees with xstate's own `transition()` and `can()` on every
 * step, the invariants hold in every reachable state, and a snapshot restored
 * from JSON behaves like the original.
 */

// ---------------------------------------------------------------------------
// What a machine defines, and what a step took
// ---------------------------------------------------------------------------

export function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}

/** Every transition of the definition, eventless ones included. */
export function definedTransitions(machine: AnyStateMachine): AnyTransitionDefinition[] {
  return [machine.root, ...descendants(machine.root)].flatMap((n) => [...[...n.transitions.values()].flat(), ...(n.always ?? [])]);
}

function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard) return String(guard.type);
  if (typeof guard === 'function') return guard.name || 'inline';
  return 'guard';
}

/** `source --EVENT [guard]--> target`: one line per defined transition. */
export function label(t: AnyTransitionDefinition): string {
  const target = t.target?.length ? t.target.map((n) => n.id).join(' + ') : '(stays)';
  const guard = guardName(t.guard);
  return `${t.source.id} --${t.eventType || 'always'}${guard ? ` [${guard}]` : ''}--> ${target}`;
}

export function activeStates(machine: AnyStateMachine, s: AnyMachineSnapshot): string[] {
  return descendants(machine.root)
    .filter((n) => s.matches(n.path.join('.')))
    .map((n) => n.id);
}

const eventless = (s: AnyMachineSnapshot) => getNextTransitions(s).filter((t) => t.eventType === '');

/** The eventless transition that led from one microstep to the next. */
export function eventlessTaken(before: AnyMachineSnapshot, after: AnyMachineSnapshot): AnyTransitionDefinition {
  const candidates = eventless(before).filter((t) => (t.target ?? []).every((n) => after.matches(n.path.join('.'))));
  if (candidates.length !== 1 || !candidates[0]) throw new Error(`cannot tell which eventless transition left ${JSON.stringify(before.value)}`);
  return candidates[0];
}

export interface Observed {
  next: AnyMachineSnapshot;
  taken: AnyTransitionDefinition[];
  /**
   * Guarded transitions whose guard said no: those for the event that were
   * not taken, the eventless ones of a source tried before the one taken,
   * and every guarded eventless one of the snapshot the step came to rest in.
   */
  refused: AnyTransitionDefinition[];
  /** Every microstep's snapshot, transient states included. */
  visited: AnyMachineSnapshot[];
  /** Where `nextSnapshot()`, `transition()` and `can()` disagree on this step, if they do. */
  disagreement: string | null;
}

/** The eventless transitions a run of microsteps took and refused. */
function eventlessSteps(visited: readonly AnyMachineSnapshot[]): Pick<Observed, 'taken' | 'refused'> {
  const taken: AnyTransitionDefinition[] = [];
  const refused: AnyTransitionDefinition[] = [];
  visited.forEach((before, i) => {
    const after = visited[i + 1];
    if (!after) {
      refused.push(...eventless(before).filter((t) => t.guard !== undefined));
      return;
    }
    const t = eventlessTaken(before, after);
    taken.push(t);
    const tried = t.source.always ?? [];
    refused.push(...tried.slice(0, tried.indexOf(t)).filter((u) => u.guard !== undefined));
  });
  return { taken, refused };
}

export function observe(machine: AnyStateMachine, s: AnyMachineSnapshot, event: EventObject): Observed {
  const where = `${event.type} in ${JSON.stringify(s.value)}`;
  // The server's transition step relies on this: an event the snapshot cannot take leaves the very same snapshot.
  const [reference] = transition(machine, s, event);
  let disagreement = (reference === s) !== !s.can(event) ? `transition() and can() disagree on ${where}` : null;
  // …and computes the next snapshot with one inert scope per machine (nextSnapshot): it must agree with xstate's own transition().
  const fast = nextSnapshot(machine, s, event);
  const same = (a: AnyMachineSnapshot) => JSON.stringify([a.value, a.context, a.status]);
  if ((fast === s) !== (reference === s) || same(fast) !== same(reference)) disagreement ??= `nextSnapshot() and transition() disagree on ${where}`;
  const fromEvent = [...machine.getTransitionData(s, event)];
  const visited = fromEvent.length ? getMicrosteps(machine, s, event).map(([snapshot]) => snapshot) : [];
  const steps = eventlessSteps(visited);
  const refusedByEvent = getNextTransitions(s).filter((t) => t.eventType === event.type && t.guard !== undefined && !fromEvent.includes(t));
  return {
    next: visited.at(-1) ?? s,
    taken: [...fromEvent, ...steps.taken],
    refused: [...refusedByEvent, ...steps.refused],
    visited,
    disagreement,
  };
}

export function observeInitial(machine: AnyStateMachine, input: unknown): Observed {
  const visited = getInitialMicrosteps(machine, input as never).map(([s]) => s);
  return { next: visited.at(-1)!, ...eventlessSteps(visited), visited, disagreement: null };
}

// ---------------------------------------------------------------------------
// Exploring a machine
// ---------------------------------------------------------------------------

export interface MachineModelSpec<TMachine extends AnyStateMachine> {
  machine: TMachine;
  /** Each input is explored on its own (the initial routing may depend on it). */
  inputs: ReadonlyArray<InputFrom<TMachine>>;
  /** Sample events: for every guarded transition, at least one that passes and one that fails. */
  events: ReadonlyArray<EventFromLogic<TMachine>>;
  /** Only what a guard or a later step depends on (no timestamps, counters or free text); the whole value and context by default. */
  abstract?: (s: SnapshotFrom<TMachine>) => string;
  /** Properties that must hold in every reachable state. */
  invariants?: ReadonlyArray<readonly [string, (s: SnapshotFrom<TMachine>) => boolean]>;
}

export interface MachineModel<TMachine extends AnyStateMachine> {
  /** Every reachable state, one per abstract state and input. */
  states: Array<SnapshotFrom<TMachine>>;
  /** Every sample event tried in every reachable state. */
  edges: Array<{ from: SnapshotFrom<TMachine>; event: EventFromLogic<TMachine>; observed: Observed }>;
  /** The paths replayed: the shortest to every state, then one per transition no earlier path took. */
  paths: Array<{ input: InputFrom<TMachine>; events: Array<EventFromLogic<TMachine>>; endsIn: string | null }>;
  /** Labels of the transitions the replayed paths took, from the initial state on. */
  taken: Set<string>;
  /** Labels of the guarded transitions refused on a replayed path or an edge. */
  refused: Set<string>;
  /** Ids of the states the replayed paths went through, transient ones included. */
  reached: Set<string>;
  /** Steps where nextSnapshot(), transition() and can() disagreed. */
  disagreements: string[];
  /** Replayed paths whose end differs from the state @xstate/graph found. */
  strayPaths: string[];
}

const wholeState = (s: AnyMachineSnapshot) => JSON.stringify([s.value, s.context]);

export function exploreMachine<TMachine extends AnyStateMachine>(spec: MachineModelSpec<TMachine>): MachineModel<TMachine> {
  type Snap = SnapshotFrom<TMachine>;
  type Ev = EventFromLogic<TMachine>;
  type Path = MachineModel<TMachine>['paths'][number];
  const machine: AnyStateMachine = spec.machine;
  const abstract = (spec.abstract ?? wholeState) as (s: AnyMachineSnapshot) => string;
  const samplesFor = (s: AnyMachineSnapshot) => {
    const handled = new Set(getNextTransitions(s).map((t) => t.eventType));
    return spec.events.filter((e) => handled.has(e.type));
  };
  const model: MachineModel<TMachine> = { states: [], edges: [], paths: [], taken: new Set(), refused: new Set(), reached: new Set(), disagreements: [], strayPaths: [] };

  /** A path replayed from scratch as the server runs it: initialTransition(), then transition() per event, each step observed. */
  const replays = new Map<Path, { steps: Observed[]; final: AnyMachineSnapshot }>();
  const replay = (path: Path) => {
    const known = replays.get(path);
    if (known) return known;
    const initial = observeInitial(machine, path.input);
    let s: AnyMachineSnapshot = initialTransition(machine, path.input)[0];
    if (wholeState(s) !== wholeState(initial.next)) model.disagreements.push(`initialTransition() and the initial microsteps disagree from ${JSON.stringify(path.input)}`);
    const steps = [initial];
    for (const e of path.events) {
      const observed = observe(machine, s, e);
      steps.push(observed);
      s = transition(machine, s, e)[0];
      if (wholeState(s) !== wholeState(observed.next)) model.disagreements.push(`transition() and the microsteps disagree on ${e.type} in ${JSON.stringify(s.value)}`);
    }
    const run = { steps, final: s };
    replays.set(path, run);
    return run;
  };

  for (const input of spec.inputs) {
    const options = { input, events: samplesFor, serializeState: abstract } as never;
    const adjacency = getAdjacencyMap(machine, options);
    const shortest = getShortestPaths(machine, options) as Array<{ state: AnyMachineSnapshot; steps: Array<{ event: Ev }> }>;
    const pathTo = new Map(shortest.map((p) => [abstract(p.state), p.steps.slice(1).map((step) => step.event)]));
    model.states.push(...Object.values(adjacency).map((v) => v.state as Snap));

    // The shortest path to every abstract state; then, for each transition none of them
    // took, the shortest path to a state where an edge takes it, plus that edge's event.
    const paths: Path[] = shortest.map((p) => ({ input, events: p.steps.slice(1).map((step) => step.event), endsIn: abstract(p.state) }));
    const witnessed = new Set(paths.flatMap((p) => replay(p).steps.flatMap((o) => o.taken.map(label))));
    for (const { state, event } of adjacencyMapToArray(adjacency)) {
      const observed = observe(machine, state as AnyMachineSnapshot, event as Ev);
      model.edges.push({ from: state as Snap, event: event as Ev, observed });
      const fresh = observed.taken.map(label).filter((l) => !witnessed.has(l));
      if (fresh.length === 0) continue;
      fresh.forEach((l) => witnessed.add(l));
      paths.push({ input, events: [...(pathTo.get(abstract(state as AnyMachineSnapshot)) ?? []), event as Ev], endsIn: null });
    }
    model.paths.push(...paths);
  }

  // What is taken and reached counts only what the replayed paths did, from the initial state on.
  for (const path of model.paths) {
    const { steps, final } = replay(path);
    for (const o of steps) {
      o.taken.forEach((t) => model.taken.add(label(t)));
      o.refused.forEach((t) => model.refused.add(label(t)));
      o.visited.forEach((v) => activeStates(machine, v).forEach((id) => model.reached.add(id)));
      if (o.disagreement) model.disagreements.push(o.disagreement);
    }
    if (path.endsIn !== null && abstract(final) !== path.endsIn) model.strayPaths.push(`${path.events.map((e) => e.type).join(' → ')}: ${abstract(final)} ≠ ${path.endsIn}`);
  }
  // Refusals and disagreements count on every edge: a refused event is a dead end no path needs to go on from.
  for (const { observed } of model.edges) {
    observed.refused.forEach((t) => model.refused.add(label(t)));
    if (observed.disagreement) model.disagreements.push(observed.disagreement);
  }
  return model;
}

// ---------------------------------------------------------------------------
// The tests every machine gets
// ---------------------------------------------------------------------------

/**
 * Declares the model-based tests of one machine in a `describe` titled
 * "<title>, explored as a model (@xstate/graph)". `more` adds the machine's own
 * model-wide tests to the same block; the returned function gives the (lazily
 * explored, shared) model to tests elsewhere in the file.
 */
export function describeMachineModel<TMachine extends AnyStateMachine>(
  title: string,
  spec: MachineModelSpec<TMachine>,
  more?: (model: () => MachineModel<TMachine>) => void,
): () => MachineModel<TMachine> {
  const machine: AnyStateMachine = spec.machine;
  const abstract = (spec.abstract ?? wholeState) as (s: AnyMachineSnapshot) => string;
  let memo: MachineModel<TMachine> | null = null;
  const model = () => (memo ??= exploreMachine(spec));
  /** The same model, seen through xstate's any-machine types (a generic snapshot type does not resolve its members). */
  const any = () => model() as unknown as MachineModel<AnyStateMachine>;

  describe(`${title}, explored as a model (@xstate/graph)`, () => {
    it('has a sample for every event type the definition handles', () => {
      const handled = new Set(definedTransitions(machine).map((t) => t.eventType).filter((type) => type !== ''));
      expect([...handled].filter((type) => !spec.events.some((e) => e.type === type))).toEqual([]);
    });

    it('replays every path from the initial state with initialTransition() and transition(), ending where @xstate/graph found it', () => {
      expect(model().paths.length).toBeGreaterThan(0);
      expect(model().strayPaths).toEqual([]);
    });

    it('nextSnapshot() agrees with transition() and can() on every step', () => {
      expect(model().disagreements).toEqual([]);
    });

    it('takes every transition of the definition at least once, eventless ones and every initial routing included', () => {
      const defined = definedTransitions(machine).map(label);
      expect(new Set(defined).size).toBe(defined.length); // each (source, event, guard, target) is one transition
      expect(defined.filter((l) => !model().taken.has(l))).toEqual([]);
      expect([...model().taken].sort()).toEqual([...defined].sort());
    });

    it('reaches every state, transient ones included', () => {
      expect(descendants(machine.root).map((n) => n.id).filter((id) => !model().reached.has(id))).toEqual([]);
    });

    it('also refuses every guarded transition somewhere, eventless ones included (the failing samples bite)', () => {
      const guarded = definedTransitions(machine).filter((t) => t.guard !== undefined);
      expect(guarded.length).toBeGreaterThan(0);
      expect(guarded.map(label).filter((l) => !model().refused.has(l))).toEqual([]);
    });

    it('leaves the snapshot untouched when an event is refused', () => {
      const refusedEdges = any().edges.filter((e) => e.observed.taken.length === 0);
      expect(refusedEdges.length).toBeGreaterThan(0);
      for (const { from, event } of refusedEdges) {
        expect(from.can(event)).toBe(false);
        expect(transition(machine, from, event)[0]).toBe(from);
      }
    });

    if (spec.invariants?.length) {
      it.each(spec.invariants.map(([name, holds]) => [name, holds] as const))('in every reachable state: %s', (_name, holds) => {
        expect(model().states.filter((s) => !holds(s)).map((s) => abstract(s))).toEqual([]);
      });
    }

    it('a snapshot restored from JSON behaves exactly like the original for every next event', () => {
      for (const { from, event } of any().edges) {
        const restored = machine.resolveState(JSON.parse(JSON.stringify({ value: from.value, context: from.context })));
        expect(restored.value).toEqual(from.value);
        expect(restored.status).toBe(from.status);
        expect(restored.can(event)).toBe(from.can(event));
        const [expected] = transition(machine, from, event);
        const [actual] = transition(machine, restored, event);
        expect({ value: actual.value, context: actual.context, status: actual.status }).toEqual({
          value: expected.value,
          context: expected.context,
          status: expected.status,
        });
      }
    });

    more?.(model);
  });
  return model;
}
