import { describe, expect, it } from 'vitest';
import { describeMachine } from './lifecycle.js';
import { dueDateOf, isInStates, MACHINES, type MachineSpec } from './registry.js';

const specs = Object.entries(MACHINES) as Array<[string, MachineSpec]>;
const statesOf = (spec: MachineSpec) => describeMachine(spec.machine).nodes.map((n) => n.id);

describe('the machine registry', () => {
  it.each(specs)('%s: the key is the machine id, every event has its senders', (key, spec) => {
    expect(spec.id).toBe(key);
    for (const actors of Object.values(spec.actors)) expect(actors.length).toBeGreaterThan(0);
  });

  it.each(specs)('%s: each deadline fires a SYSTEM event in states the machine has', (_, spec) => {
    const states = statesOf(spec);
    for (const d of spec.deadlines) {
      expect(spec.actors[d.event]).toContain('SYSTEM');
      for (const s of d.states) expect(states).toContain(s);
    }
  });

  it.each(specs)('%s: each reminder is of a deadline of the machine, with its lead days in the settings', (_, spec) => {
    for (const r of spec.reminders) {
      const deadline = spec.deadlines.find((d) => d.event === r.event);
      expect(deadline).toBeDefined();
      for (const s of r.states ?? []) expect(isInStates(s, deadline!.states)).toBe(true);
      expect(r.leadDays.length).toBeGreaterThan(0);
    }
  });
});

describe('due dates from the deadline data', () => {
  it.each([
    ['a self-report being drafted is due at the planned instant', 'selfReport.drafting', {}, { event: 'MARK_SELF_REPORT_OVERDUE', withToday: false, lastDay: null, at: '2026-01-20T16:00:00.000Z' }],
    ['the public notice closes after its last day', 'publicNotice', { notice: { startsOn: '2026-03-02', endsOn: '2026-03-06', objections: {} } }, { event: 'CLOSE_NOTICE', withToday: true, lastDay: '2026-03-06', at: null }],
    ['a decided assessment has no due date', 'decided', {}, null],
  ])('%s', (_, state, context, expected) => {
    expect(dueDateOf(MACHINES.annualAssessment, state, context, { selfReportDue: '2026-01-20T16:00:00.000Z' })).toEqual(expected);
  });

  it('an outcome task is due on its dueOn while in time, and not once overdue', () => {
    expect(dueDateOf(MACHINES.outcomeTask, 'proposed.inTime', { dueOn: '2026-05-10' })).toMatchObject({ event: 'MARK_OVERDUE', lastDay: '2026-05-10' });
    expect(dueDateOf(MACHINES.outcomeTask, 'proposed.overdue', { dueOn: '2026-05-10' })).toBeNull();
  });
});
