import {
  getMicrosteps,
  getNextTransitions,
  transition,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventObject,
} from 'xstate';
import { nextSnapshot } from '../lifecycle.js';

/**
 * Helpers for the model-based machine tests: the transitions a machine
 * defines, and which of them an event (or the initial microsteps) actually
 * took, so a test can check that every defined transition is covered.
 */

export function descendants(node: AnyStateNode): AnyStateNode[] {
  return Object.values(node.states).flatMap((child) => [child, ...descendants(child)]);
}
export function definedTransitions(machine: AnyStateMachine): AnyTransitionDefinition[] {
  return [machine.root, ...descendants(machine.root)].flatMap((n) => [...[...n.transitions.values()].flat(), ...(n.always ?? [])]);
}
export function label(t: AnyTransitionDefinition): string {
  const target = t.target?.length ? t.target.map((n) => n.id).join(' + ') : '(stays)';
  return `${t.source.id} --${t.eventType || 'always'}--> ${target}`;
}
export function activeStates(machine: AnyStateMachine, s: AnyMachineSnapshot): string[] {
  return descendants(machine.root)
    .filter((n) => s.matches(n.path.join('.')))
    .map((n) => n.id);
}
/** The eventless transition that led from one microstep to the next. */
export function eventlessTaken(before: AnyMachineSnapshot, after: AnyMachineSnapshot): AnyTransitionDefinition {
  const candidates = getNextTransitions(before).filter(
    (t) => t.eventType === '' && (t.target ?? []).every((n) => after.matches(n.path.join('.'))),
  );
  if (candidates.length !== 1 || !candidates[0]) throw new Error(`cannot tell which eventless transition left ${JSON.stringify(before.value)}`);
  return candidates[0];
}
export interface Observed {
  next: AnyMachineSnapshot;
  taken: AnyTransitionDefinition[];
  /** Every microstep's snapshot, transient states included. */
  visited: AnyMachineSnapshot[];
}
export function observe(machine: AnyStateMachine, s: AnyMachineSnapshot, event: EventObject): Observed {
  // The server's transition step relies on this: an event the snapshot cannot take leaves the very same snapshot.
  const [reference] = transition(machine, s, event);
  if ((reference === s) !== !s.can(event)) throw new Error(`transition() and can() disagree on ${event.type} in ${JSON.stringify(s.value)}`);
  // …and computes the next snapshot with one inert scope per machine (nextSnapshot): it must agree with xstate's own transition().
  const fast = nextSnapshot(machine, s, event);
  if ((fast === s) !== (reference === s) || JSON.stringify([fast.value, fast.context, fast.status]) !== JSON.stringify([reference.value, reference.context, reference.status])) {
    throw new Error(`nextSnapshot() and transition() disagree on ${event.type} in ${JSON.stringify(s.value)}`);
  }
  const visited = getMicrosteps(machine, s, event).map(([snapshot]) => snapshot);
  const taken: AnyTransitionDefinition[] = [...machine.getTransitionData(s, event)];
  for (let i = 1; i < visited.length; i++) taken.push(eventlessTaken(visited[i - 1]!, visited[i]!));
  return { next: visited.at(-1) ?? s, taken, visited };
}
export function observeInitial(microsteps: AnyMachineSnapshot[]): Observed {
  const taken: AnyTransitionDefinition[] = [];
  for (let i = 1; i < microsteps.length; i++) taken.push(eventlessTaken(microsteps[i - 1]!, microsteps[i]!));
  return { next: microsteps.at(-1)!, taken, visited: microsteps };
}
/** Guarded transitions that were candidates for `event` in `s` and were not taken. */
export function refusedGuarded(s: AnyMachineSnapshot, event: EventObject, taken: readonly AnyTransitionDefinition[]): AnyTransitionDefinition[] {
  return getNextTransitions(s).filter((t) => t.eventType === event.type && t.guard !== undefined && !taken.includes(t));
}
