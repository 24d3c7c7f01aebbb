import { candidateEvents } from '../../workflows/lifecycle.js';
import { machineSpec } from '../../workflows/registry.js';
import type { Viewer } from '../auth/policy.js';
import { actingCapacity, type ActorTarget } from './actors.js';
import { restore, type PersistedSnapshot } from './transition.js';

/**
 * Events the viewer may send to an instance now: what its snapshot can take
 * (guards not evaluated: they need facts the step computes) ∩ what the
 * viewer's roles, jurisdiction or being the assessed allow there.
 */
export function availableActions(viewer: Viewer | null, instance: { machineId: string; snapshot: PersistedSnapshot }, target: ActorTarget): string[] {
  const spec = machineSpec(instance.machineId);
  return candidateEvents(restore(spec, instance.snapshot)).filter((e) => actingCapacity(viewer, spec, e, target) !== null);
}
