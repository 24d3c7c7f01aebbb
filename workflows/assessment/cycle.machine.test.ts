import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { CYCLE_KINDS, cycleMachine, type CycleEvent, type CycleKind } from './cycle.machine.js';
import { describeMachineModel } from '../../test/support/model-based.js';

type CycleSnapshot = SnapshotFrom<typeof cycleMachine>;

const AT = '2026-11-02T08:30:00.000Z';
const enrol = (count: number): CycleEvent => ({ type: 'ENROL', count, at: AT });
const openCycle = (): CycleEvent => ({ type: 'OPEN_CYCLE', at: AT });
const closeCycle = (unfinished: number): CycleEvent => ({ type: 'CLOSE_CYCLE', unfinished, at: AT });
const cancelCycle = (reason = 'scheme withdrawn', decided?: number): CycleEvent => ({ type: 'CANCEL_CYCLE', reason, decided, at: AT });

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
  cancelCycle('scheme withdrawn', 0),
  cancelCycle('scheme withdrawn', 3),
];

describeMachineModel('the assessment cycle', {
  machine: cycleMachine,
  inputs: [{ kind: 'ANNUAL' }],
  events: SAMPLE_EVENTS,
  /** The enrolment count only matters as "any or none". */
  abstract: (s) => JSON.stringify([s.value, s.context.enrolled > 0]),
  invariants: [
    ['an open or closed cycle has someone enrolled', (s) => s.matches('planning') || s.matches('cancelled') || s.context.enrolled > 0],
    ['openedAt is set once the cycle has opened', (s) => !(s.matches('open') || s.matches('closed')) || s.context.openedAt !== null],
    ['openedAt is unset while planning', (s) => !s.matches('planning') || s.context.openedAt === null],
    ['closedAt is set exactly when closed', (s) => (s.context.closedAt !== null) === s.matches('closed')],
    ['the machine is done exactly when closed or cancelled', (s) => (s.status === 'done') === (s.matches('closed') || s.matches('cancelled'))],
  ],
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

  it.each<[string, boolean, CycleEvent[], number | undefined]>([
    ['while planning', true, [], undefined],
    ['while planning, after enrolment', true, [enrol(12)], undefined],
    ['once open, nothing decided yet', true, [enrol(12), openCycle()], 0],
    ['once open, with 3 results decided', false, [enrol(12), openCycle()], 3],
    ['once open, without the count of decided results', false, [enrol(12), openCycle()], undefined],
  ])('cancelling the cycle %s: allowed = %s', (_when, allowed, before, decided) => {
    const s = play(before);
    expect(s.can(cancelCycle('scheme withdrawn', decided))).toBe(allowed);
    if (allowed) expect(transition(cycleMachine, s, cancelCycle('scheme withdrawn', decided))[0].status).toBe('done');
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
