import type { Actor } from '../../workflows/actors.js';
import type { MachineSpec } from '../../workflows/registry.js';
import type { Viewer } from '../auth/policy.js';
import type { Params } from '../common/sql.js';
import { leafStates, statesAwaiting } from './actors.js';

const awaiting = new Map<string, Map<Actor, string[]>>();

/** For each role (and SUBJECT), the leaf states of a machine in which it acts next; computed once per machine. */
export function awaitingStates(spec: MachineSpec): Map<Actor, string[]> {
  let map = awaiting.get(spec.id);
  if (!map) {
    map = new Map([...statesAwaiting(spec)].map(([actor, states]) => [actor, states.flatMap((s) => leafStates(spec, s))]));
    awaiting.set(spec.id, map);
  }
  return map;
}

/** (machine, leaf state, role) for every role that acts next in a state: for notices to whoever acts next. */
export function awaitingTriples(specs: readonly MachineSpec[]): { machine: string[]; state: string[]; role: string[] } {
  const out = { machine: [] as string[], state: [] as string[], role: [] as string[] };
  for (const spec of specs) {
    for (const [actor, states] of awaitingStates(spec)) {
      for (const state of states) {
        out.machine.push(spec.id);
        out.state.push(state);
        out.role.push(actor);
      }
    }
  }
  return out;
}

/**
 * The SQL conditions (joined with OR) that select the instances waiting on
 * the viewer: in a state where one of their roles acts next, within that
 * role's jurisdiction; or, as the assessed cadre, in a state where SUBJECT
 * acts. `alias` names the instance table, whose columns are machine_id,
 * org_path, state and (for SUBJECT) cadre_id.
 */
export function awaitingConditions(viewer: Viewer, specs: readonly MachineSpec[], p: Params, alias: string, options: { subject?: boolean } = {}): string[] {
  const conditions: string[] = [];
  for (const spec of specs) {
    const states = awaitingStates(spec);
    for (const grant of viewer.grants) {
      const leaves = states.get(grant.role) ?? [];
      if (leaves.length) conditions.push(`(${alias}.machine_id = ${p.add(spec.id)} AND ${alias}.org_path LIKE ${p.add(`${grant.organisationPath}%`)} AND ${alias}.state = ANY(${p.add(leaves)}::text[]))`);
    }
    const subjectStates = states.get('SUBJECT') ?? [];
    if ((options.subject ?? true) && viewer.cadreId && subjectStates.length && viewer.grants.some((g) => g.role === 'CADRE')) {
      conditions.push(`(${alias}.machine_id = ${p.add(spec.id)} AND ${alias}.cadre_id = ${p.add(viewer.cadreId)} AND ${alias}.state = ANY(${p.add(subjectStates)}::text[]))`);
    }
  }
  return conditions;
}
