import type { OutcomeKind } from '../gql/graphql';
import { everyValue } from '../shared/enums';
import { useLocale } from '../shared/useLocale';

/** The machines of outcome tasks (the server's `machineId`). */
export const OUTCOME_MACHINES = ['outcomeTask', 'committeeOutcomeTask', 'remedialTraining'] as const;

/** Every outcome kind of the schema, in the order of the results that lead to them. */
export const OUTCOME_KIND_CODES = everyValue<OutcomeKind>()([
  'COMMENDATION',
  'RANK_TENURE_REDUCTION',
  'THIRD_CLASS_MERIT',
  'PROMOTION_PRIORITY',
  'SALARY_STEP',
  'SALARY_LEVEL',
  'ADMONISHMENT',
  'WRITTEN_SELF_EXAMINATION',
  'IMPROVEMENT_DEADLINE',
  'REMEDIAL_TRAINING',
  'ORGANISATIONAL_ADJUSTMENT',
  'DEMOTION_OR_REMOVAL',
  'DISMISSAL',
  'ADMONISHMENT_TALK',
  'RECTIFICATION',
  'LEADER_ADJUSTMENT',
]);

/** Names of outcome codes (kinds, states, events, counters) in the reader's language, each with a raw fallback. */
export function useOutcomeLabels() {
  const { t, te, label } = useLocale();
  const kindLabel = (kind: string | null | undefined) => label('outcomes.kinds', kind);
  /** `approved.overdue` → `outcomes.states.approved_overdue`; an unknown state falls back to the machine's description term. */
  const stateLabel = (state: string | null | undefined, description?: string | null): string => {
    if (!state) return '';
    const key = `outcomes.states.${state.replace(/\./g, '_')}`;
    if (te(key)) return t(key);
    const head = description?.split(/[:：]/)[0]?.trim() ?? '';
    return /[\u4e00-\u9fff]/.test(head) ? head : state;
  };
  const eventLabel = (event: string | null | undefined) => label('outcomes.events', event);
  const counterLabel = (key: string | null | undefined) => label('outcomes.counters', key);
  const choiceLabel = (choice: string | null | undefined) => label('outcomes.choices', choice);
  return { kindLabel, stateLabel, eventLabel, counterLabel, choiceLabel };
}

/** Tag colours by state: waiting on someone is primary, overdue danger, done success, cancelled grey. */
export function outcomeStateTone(state: string): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  if (state.endsWith('.overdue')) return 'danger';
  if (state === 'verified') return 'success';
  if (state === 'cancelled') return 'info';
  if (state === 'carriedOut' || state === 'completed') return 'warning';
  return 'primary';
}
