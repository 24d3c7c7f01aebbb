import type { Candidate } from '../../workflows/grading/propose.js';
import type { KindInputs } from './kinds-facts.js';

/**
 * The engine's components with the kinds laid in: the regular component
 * names the regular results that fed it; a term assessment is scored on its
 * term targets and the years over its term instead of the annual parts.
 */
export function kindComponents(kinds: KindInputs | undefined, components: Candidate['components']): Candidate['components'] {
  if (!kinds) return components;
  if (kinds.term) return kinds.term;
  return components.map((c) => (c.key === 'REGULAR' ? { ...c, source: kinds.regular.source } : c));
}
