import type { Actor, MachineSpec } from '../../workflows/registry.js';
import { describeMachine } from '../../workflows/lifecycle.js';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';

/** What the actor check needs of an instance row. */
export interface ActorTarget {
  orgPath: string;
  organisationId: string;
  cadreId: string | null;
}

/**
 * Is the viewer the assessed: the cadre themself, or for a team the unit's
 * principal leader (a principal at its highest rank level) or the cadre the
 * unit designated to write its report — never any other principal.
 */
export function isSubject(viewer: Viewer | null, target: ActorTarget): boolean {
  if (!viewer?.cadreId || !viewer.grants.some((g) => g.role === 'CADRE')) return false;
  if (target.cadreId) return viewer.cadreId === target.cadreId;
  return (viewer.teamReportOrganisationId ?? null) === target.organisationId;
}

/**
 * The capacity in which the viewer may send `eventType` to this instance, or
 * null: a role they hold over the instance's organisation, SUBJECT, or PUBLIC.
 * SYSTEM events are sent by jobs only.
 */
export function actingCapacity(viewer: Viewer | null, spec: MachineSpec, eventType: string, target: ActorTarget): Actor | null {
  const actors = spec.actors[eventType] ?? [];
  for (const actor of actors) {
    if (actor === 'PUBLIC') return 'PUBLIC';
    if (actor === 'SYSTEM') continue;
    if (actor === 'SUBJECT') {
      if (isSubject(viewer, target)) return 'SUBJECT';
      continue;
    }
    if (viewer?.grants.some((g) => g.role === actor && target.orgPath.startsWith(g.organisationPath))) return actor;
  }
  return null;
}

export function assertActor(viewer: Viewer | null, spec: MachineSpec, eventType: string, target: ActorTarget): Actor {
  const capacity = actingCapacity(viewer, spec, eventType, target);
  if (capacity) return capacity;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
  if (!target.cadreId && (spec.actors[eventType] ?? []).includes('SUBJECT') && viewer.cadreOrganisationId === target.organisationId) {
    throw new AppError(
      'FORBIDDEN',
      'Only the unit’s principal leader or the cadre the unit designated writes and submits the leadership team’s report (单位主要负责人或指定人员)',
      { event: eventType, reason: 'NOT_TEAM_REPORT_AUTHOR' },
    );
  }
  const who = (spec.actors[eventType] ?? []).filter((a) => a !== 'SYSTEM').join(' or ') || 'the system';
  throw new AppError('FORBIDDEN', `Only ${who} may do ${eventType} here`, { event: eventType });
}

/** For each role (and SUBJECT), the states in which it has something to do: the work queue's filter. */
export function statesAwaiting(spec: MachineSpec): Map<Actor, string[]> {
  const { edges } = describeMachine(spec.machine);
  const byActor = new Map<Actor, Set<string>>();
  for (const edge of edges) {
    for (const actor of spec.actors[edge.event] ?? []) {
      if (actor === 'SYSTEM' || actor === 'PUBLIC') continue;
      // Self-loops that only record (a talk, an opinion) are not "waiting on" anyone.
      if (edge.from === edge.to) continue;
      const set = byActor.get(actor) ?? new Set<string>();
      set.add(edge.from);
      byActor.set(actor, set);
    }
  }
  return new Map([...byActor].map(([actor, states]) => [actor, [...states].sort()]));
}

/** Leaf states under a (possibly compound) state path, as stored in the state column. */
export function leafStates(spec: MachineSpec, statePath: string): string[] {
  const { nodes } = describeMachine(spec.machine);
  const leaves = nodes.filter((n) => !nodes.some((m) => m.parent === n.id));
  return leaves.filter((n) => n.id === statePath || n.id.startsWith(`${statePath}.`)).map((n) => n.id);
}
