import { createActor, getNextTransitions, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode, type EventObject } from 'xstate';

/** `selfReport.drafting` for `{ selfReport: 'drafting' }`: the queryable form of a state value. */
export function flattenStateValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? [];
    if (key === undefined) return '';
    const rest = flattenStateValue(child);
    return rest ? `${key}.${rest}` : key;
  }
  return '';
}

/** Event types the snapshot has a transition for, guards not evaluated (they need facts the caller supplies). */
export function candidateEvents(snapshot: AnyMachineSnapshot): string[] {
  return [...new Set(getNextTransitions(snapshot).map((t) => t.eventType))].filter((e) => e && !e.startsWith('xstate.')).sort();
}

export interface LifecycleNode {
  id: string;
  parent: string | null;
  description: string | null;
  final: boolean;
}
export interface LifecycleEdge {
  from: string;
  to: string;
  event: string;
  guard: string | null;
}

function guardName(guard: unknown): string | null {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') return (guard as { name?: string }).name || 'guard';
  if (typeof guard === 'object' && 'type' in (guard as object)) return String((guard as { type: unknown }).type);
  return 'guard';
}

/** The machine's states and transitions, as data for the web to draw. State ids are dotted paths. */
export function describeMachine(machine: AnyStateMachine): { nodes: LifecycleNode[]; edges: LifecycleEdge[] } {
  const nodes: LifecycleNode[] = [];
  const edges: LifecycleEdge[] = [];
  const path = (node: AnyStateNode) => node.path.join('.');
  const visit = (node: AnyStateNode) => {
    if (node.path.length > 0) {
      nodes.push({
        id: path(node),
        parent: node.path.length > 1 ? node.path.slice(0, -1).join('.') : null,
        description: node.description ?? null,
        final: node.type === 'final',
      });
    }
    for (const [eventType, transitions] of node.transitions) {
      for (const t of transitions) {
        for (const target of t.target ?? []) edges.push({ from: path(node), to: path(target), event: eventType, guard: guardName(t.guard) });
      }
    }
    for (const t of node.always ?? []) {
      for (const target of t.target ?? []) edges.push({ from: path(node), to: path(target), event: 'always', guard: guardName(t.guard) });
    }
    for (const child of Object.values(node.states)) visit(child as AnyStateNode);
  };
  visit(machine.root);
  return { nodes, edges };
}

const inertScopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * The next snapshot, computed as xstate's `transition()` does but without its
 * cost: `transition()` builds a throw-away actor per call, initial snapshot
 * and all (our context factories need input, so that is also an exception
 * thrown and caught each time). Our machines are pure — assigns and guards, no
 * invoked or spawned actors, no sent or emitted events — so one inert scope per
 * machine serves every call; any action an executor would run is dropped, as
 * `transition()` leaves them to its caller.
 */
export function nextSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot {
  let scope = inertScopes.get(machine);
  if (!scope) {
    const self = createActor(machine, { input: {} });
    const quiet = () => undefined;
    scope = { self, id: self.id, sessionId: self.sessionId, logger: quiet, defer: quiet, system: self.system, stopChild: quiet, emit: quiet, actionExecutor: quiet } as unknown as AnyActorScope;
    inertScopes.set(machine, scope);
  }
  return machine.transition(snapshot, event, scope);
}
