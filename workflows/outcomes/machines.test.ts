import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic } from 'xstate';
import { definedTransitions, describeMachineModel, type MachineModelSpec } from '../../test/support/model-based.js';
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

interface Case<TMachine extends AnyStateMachine> {
  name: string;
  spec: MachineModelSpec<TMachine>;
  /** A sample CANCEL with a reason and one without. */
  cancel: { withReason: EventFromLogic<TMachine> & { reason: string }; without: EventFromLogic<TMachine> };
  registered: MachineSpec[];
}

/** The cadre's own outcome tasks and remedial training share their shape: proposed or enrolled → done, cancellable for cause until the end. */
function describeOutcomeMachine<TMachine extends AnyStateMachine>(c: Case<TMachine>): void {
  const machine: AnyStateMachine = c.spec.machine;
  describeMachineModel(`the ${c.name} machine`, c.spec, (model) => {
    it('can be cancelled for cause from every state before the end, never after, never without a reason', () => {
      for (const s of model().states as AnyMachineSnapshot[]) {
        expect(s.can(c.cancel.withReason)).toBe(s.status !== 'done');
        expect(s.can(c.cancel.without)).toBe(false);
        if (s.status !== 'done') {
          const [next] = transition(machine, s, c.cancel.withReason);
          expect(next.value).toBe('cancelled');
          expect(next.context.cancellation).toMatchObject({ reason: c.cancel.withReason.reason, at: AT });
          expect(next.context.dueOn).toBeNull();
        }
      }
    });

    it('names a sending role for every event in each registered spec, and only SYSTEM fires deadlines', () => {
      const events = new Set(definedTransitions(machine).map((t) => t.eventType));
      for (const spec of c.registered) {
        expect(Object.keys(spec.actors).sort()).toEqual([...events].sort());
        expect(spec.actors.MARK_OVERDUE).toEqual(['SYSTEM']);
      }
    });
  });
}

describeOutcomeMachine({
  name: 'outcome task',
  spec: {
    machine: outcomeMachine,
    // With and without a choice for the approver (降职 or 免职).
    inputs: [
      { kind: 'COMMENDATION', year: 2025, dueOn: '2026-04-30' },
      { kind: 'DEMOTION_OR_REMOVAL', year: 2025, choices: ['DEMOTION', 'REMOVAL'], dueOn: '2026-04-30' },
    ],
    events: OUTCOME_SAMPLES,
  },
  cancel: { withReason: { type: 'CANCEL', reason: '复核改为称职', at: AT }, without: { type: 'CANCEL', reason: '', at: AT } },
  registered: [MACHINES.outcomeTask, MACHINES.committeeOutcomeTask],
});

describeOutcomeMachine({
  name: 'remedial training',
  spec: { machine: trainingMachine, inputs: [{ kind: 'REMEDIAL_TRAINING', year: 2025, dueOn: '2026-04-30' }], events: TRAINING_SAMPLES },
  cancel: { withReason: { type: 'CANCEL', reason: '调离本单位', at: AT }, without: { type: 'CANCEL', reason: ' ', at: AT } },
  registered: [MACHINES.remedialTraining],
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
