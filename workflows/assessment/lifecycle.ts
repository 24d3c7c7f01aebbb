import { getNextTransitions, type AnyMachineSnapshot, type AnyStateMachine, type AnyStateNode } from 'xstate';

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
