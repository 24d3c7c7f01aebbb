import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { getNextTransitions, initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { activeStates, definedTransitions, descendants, label, observe, refusedGuarded } from '../assessment/graph-coverage.js';
import { candidateEvents } from '../lifecycle.js';
import { MACHINES, type MachineSpec } from '../registry.js';
import { outcomeMachine, type OutcomeEvent } from './outcome.machine.js';
import { trainingMachine, type TrainingEvent } from './training.machine.js';

const AT = '2026-04-01T02:00:00.000Z';

/** Every event with a sample that passes its guard and one that fails it. */
const OUTCOME_SAMPLES: OutcomeEvent[] = [
  { type: 'APPROVE', note: null, choice: null, dueOn: '2026-05-31', at: AT },
  { type: 'APPROVE', note: '同意', choice: 'DEMOTION', dueOn: '2026-05-31', at: AT },
  { type: 'APPROVE', note: null, choice: 'EXILE', dueOn: '2026-05-31', at: AT },
  { type: 'MARK_OVERDUE', today: '2026-07-01', at: AT },
  { type: 'MARK_OVERDUE', today: '2026-04-01', at: AT },
  { type: 'CARRY_OUT', note: '已于4月10日在全局通报嘉奖', at: AT },
  { type: 'CARRY_OUT', note: '  ', at: AT },
  { type: 'VERIFY', note: null, at: AT },
  { type: 'CANCEL', reason: '复核改为称职', at: AT },
  { type: 'CANCEL', reason: '', at: AT },
];
const TRAINING_SAMPLES: TrainingEvent[] = [
  { type: 'ENROL', course: '省委党校干部能力提升班', dueOn: '2026-09-30', at: AT },
  { type: 'ENROL', course: '', dueOn: '2026-09-30', at: AT },
  { type: 'MARK_OVERDUE', today: '2026-12-01', at: AT },
  { type: 'MARK_OVERDUE', today: '2026-04-01', at: AT },
  { type: 'COMPLETE', note: '结业证书 2026-112', at: AT },
  { type: 'COMPLETE', note: '', at: AT },
  { type: 'VERIFY', note: null, at: AT },
  { type: 'CANCEL', reason: '调离本单位', at: AT },
  { type: 'CANCEL', reason: ' ', at: AT },
];

interface Case {
  name: string;
  machine: AnyStateMachine;
  inputs: Array<Record<string, unknown>>;
  samples: Array<EventObject & { reason?: string }>;
  specs: MachineSpec[];
}
const CASES: Case[] = [
  {
    name: 'outcome task',
    machine: outcomeMachine,
    // With and without a choice for the approver (降职 or 免职).
    inputs: [
      { kind: 'COMMENDATION', year: 2025, dueOn: '2026-04-30' },
      { kind: 'DEMOTION_OR_REMOVAL', year: 2025, choices: ['DEMOTION', 'REMOVAL'], dueOn: '2026-04-30' },
    ],
    samples: OUTCOME_SAMPLES,
    specs: [MACHINES.outcomeTask, MACHINES.committeeOutcomeTask],
  },
  { name: 'remedial training', machine: trainingMachine, inputs: [{ kind: 'REMEDIAL_TRAINING', year: 2025, dueOn: '2026-04-30' }], samples: TRAINING_SAMPLES, specs: [MACHINES.remedialTraining] },
];

function explore(c: Case) {
  const taken = new Set<string>();
  const refused = new Set<string>();
  const reached = new Set<string>();
  const states: AnyMachineSnapshot[] = [];
  const edges: Array<{ from: AnyMachineSnapshot; event: EventObject; taken: number }> = [];
  for (const input of c.inputs) {
    const options = {
      input,
      events: (s: AnyMachineSnapshot) => {
        const handled = new Set(getNextTransitions(s).map((t) => t.eventType));
        return c.samples.filter((e) => handled.has(e.type));
      },
      serializeState: (s: AnyMachineSnapshot) => JSON.stringify([s.value, s.context]),
    };
    const adjacency = getAdjacencyMap(c.machine, options as never);
    // Every shortest path replays through the pure transition() exactly as the server runs it.
    for (const path of getShortestPaths(c.machine, options as never)) {
      let s = initialTransition(c.machine, input)[0];
      for (const step of path.steps.slice(1)) s = transition(c.machine, s, step.event)[0];
      expect(JSON.stringify([s.value, s.context])).toBe(JSON.stringify([path.state.value, path.state.context]));
    }
    for (const { state, event } of adjacencyMapToArray(adjacency)) {
      const observed = observe(c.machine, state as AnyMachineSnapshot, event as EventObject);
      observed.taken.forEach((t) => taken.add(label(t)));
      refusedGuarded(state as AnyMachineSnapshot, event as EventObject, observed.taken).forEach((t) => refused.add(label(t)));
      edges.push({ from: state as AnyMachineSnapshot, event: event as EventObject, taken: observed.taken.length });
    }
    for (const v of Object.values(adjacency)) {
      states.push(v.state as AnyMachineSnapshot);
      activeStates(c.machine, v.state as AnyMachineSnapshot).forEach((id) => reached.add(id));
    }
  }
  return { taken, refused, reached, states, edges };
}

describe.each(CASES)('the $name machine, explored as a model (@xstate/graph)', (c) => {
  const model = explore(c);

  it('has a passing and a failing sample for every event type', () => {
    const handled = new Set(definedTransitions(c.machine).map((t) => t.eventType));
    expect([...handled].filter((type) => !c.samples.some((e) => e.type === type))).toEqual([]);
  });

  it('takes every transition of the definition at least once', () => {
    const defined = definedTransitions(c.machine).map(label);
    expect(defined.filter((l) => !model.taken.has(l))).toEqual([]);
  });

  it('refuses every guarded transition somewhere (each guard bites both ways)', () => {
    const guarded = definedTransitions(c.machine).filter((t) => t.guard !== undefined);
    expect(guarded.length).toBeGreaterThan(0);
    expect(guarded.map(label).filter((l) => !model.refused.has(l))).toEqual([]);
  });

  it('reaches every state', () => {
    expect(descendants(c.machine.root).map((n) => n.id).filter((id) => !model.reached.has(id))).toEqual([]);
  });

  it('leaves the snapshot untouched when an event is refused', () => {
    const refusedEdges = model.edges.filter((e) => e.taken === 0);
    expect(refusedEdges.length).toBeGreaterThan(0);
    for (const { from, event } of refusedEdges) {
      expect(from.can(event)).toBe(false);
      expect(transition(c.machine, from, event)[0]).toBe(from);
    }
  });

  it('can be cancelled for cause from every state before the end, never after, never without a reason', () => {
    for (const s of model.states) {
      const withReason = c.samples.find((e) => e.type === 'CANCEL' && (e.reason ?? '').trim())!;
      const without = c.samples.find((e) => e.type === 'CANCEL' && !(e.reason ?? '').trim())!;
      expect(s.can(withReason)).toBe(s.status !== 'done');
      expect(s.can(without)).toBe(false);
      if (s.status !== 'done') {
        const [next] = transition(c.machine, s, withReason);
        expect(next.value).toBe('cancelled');
        expect(next.context.cancellation).toMatchObject({ reason: withReason.reason, at: AT });
        expect(next.context.dueOn).toBeNull();
      }
    }
  });

  it('a snapshot restored from JSON takes every next event like the original', () => {
    for (const { from, event } of model.edges) {
      const restored = c.machine.resolveState(JSON.parse(JSON.stringify({ value: from.value, context: from.context })));
      expect(restored.can(event)).toBe(from.can(event));
      const [a] = transition(c.machine, from, event);
      const [b] = transition(c.machine, restored, event);
      expect({ value: b.value, context: b.context }).toEqual({ value: a.value, context: a.context });
    }
  });

  it('names a sending role for every event in each registered spec, and only SYSTEM fires deadlines', () => {
    const events = new Set(definedTransitions(c.machine).map((t) => t.eventType));
    for (const spec of c.specs) {
      expect(Object.keys(spec.actors).sort()).toEqual([...events].sort());
      expect(spec.actors.MARK_OVERDUE).toEqual(['SYSTEM']);
    }
  });
});

describe('outcome approval', () => {
  it.each<[string, string[], string | null, boolean]>([
    ['no choice to make, none made', [], null, true],
    ['no choice to make, one made anyway', [], 'DEMOTION', false],
    ['demotion or removal: demotion', ['DEMOTION', 'REMOVAL'], 'DEMOTION', true],
    ['demotion or removal: removal', ['DEMOTION', 'REMOVAL'], 'REMOVAL', true],
    ['demotion or removal: nothing chosen', ['DEMOTION', 'REMOVAL'], null, false],
    ['demotion or removal: something else', ['DEMOTION', 'REMOVAL'], 'DISMISSAL', false],
  ])('%s: allowed = %s', (_name, choices, choice, allowed) => {
    const s = initialTransition(outcomeMachine, { kind: 'X', year: 2025, choices, dueOn: '2026-04-30' })[0];
    const event: OutcomeEvent = { type: 'APPROVE', note: null, choice, dueOn: '2026-06-30', at: AT };
    expect(s.can(event)).toBe(allowed);
    if (allowed) expect(transition(outcomeMachine, s, event)[0].context).toMatchObject({ approval: { choice }, dueOn: '2026-06-30' });
  });

  it.each<[string, string, boolean]>([
    ['the day after the last day', '2026-05-01', true],
    ['on the last day', '2026-04-30', false],
    ['before it', '2026-04-01', false],
  ])('a deadline of 2026-04-30 is overdue %s: %s', (_name, today, overdue) => {
    const s = initialTransition(outcomeMachine, { kind: 'COMMENDATION', year: 2025, dueOn: '2026-04-30' })[0];
    expect(s.can({ type: 'MARK_OVERDUE', today, at: AT })).toBe(overdue);
  });

  it('an overdue approval can still be approved, and the overdue step is remembered', () => {
    let [s] = initialTransition(outcomeMachine, { kind: 'COMMENDATION', year: 2025, dueOn: '2026-04-30' });
    [s] = transition(outcomeMachine, s, { type: 'MARK_OVERDUE', today: '2026-05-02', at: AT });
    expect(s.value).toEqual({ proposed: 'overdue' });
    expect(candidateEvents(s)).toEqual(['APPROVE', 'CANCEL']);
    [s] = transition(outcomeMachine, s, { type: 'APPROVE', note: null, choice: null, dueOn: '2026-06-30', at: AT });
    expect(s.value).toEqual({ approved: 'inTime' });
    expect(s.context.overdue).toEqual([{ step: 'APPROVAL', dueOn: '2026-04-30', at: AT }]);
  });
});
