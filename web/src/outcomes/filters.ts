import type { LocationQuery } from 'vue-router';
import type { AlertCounter, AlertStage, OutcomeTaskState, TrainingState } from '../gql/graphql';
import { everyValue } from '../shared/enums';
import { compactQuery, oneOf, queryString } from '../shared/query';
import { OUTCOME_KIND_CODES } from './labels';

/** The tabs of the HR workspace; it opens on the queue. */
export const HR_VIEWS = ['queue', 'all', 'training', 'alerts'] as const;
export type HrView = (typeof HR_VIEWS)[number];

/** Every top-level state `S` of a machine, and the overdue sub-state of the steps `O` that have a deadline. */
type WithOverdue<S extends string, O extends S> = S | `${O}.overdue`;

/**
 * States offered as filters, per kind of task: every top-level state of the
 * machine (the schema's OutcomeTaskState and TrainingState; a parent state
 * matches its sub-states) and the overdue sub-state of each step with a deadline.
 */
export const OUTCOME_STATE_FILTERS = everyValue<WithOverdue<OutcomeTaskState, 'proposed' | 'approved'>>()(['proposed', 'proposed.overdue', 'approved', 'approved.overdue', 'carriedOut', 'verified', 'cancelled']);
export const TRAINING_STATE_FILTERS = everyValue<WithOverdue<TrainingState, 'assigned' | 'enrolled'>>()(['assigned', 'assigned.overdue', 'enrolled', 'enrolled.overdue', 'completed', 'verified', 'cancelled']);

export const ALERT_COUNTER_CODES = everyValue<AlertCounter>()(['CONSECUTIVE_EXCELLENT', 'CONSECUTIVE_BASICALLY_COMPETENT', 'CONSECUTIVE_INCOMPETENT']);
export const ALERT_STAGE_CODES = everyValue<AlertStage>()(['REACHED', 'NEXT_YEAR']);

export interface HrFilters {
  view: HrView;
  state: string | null;
  kind: (typeof OUTCOME_KIND_CODES)[number] | null;
  cycleId: string | null;
  organisationId: string | null;
  counter: (typeof ALERT_COUNTER_CODES)[number] | null;
  stage: (typeof ALERT_STAGE_CODES)[number] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: string) => (UUID.test(value) ? value : null);

/** The filters the URL holds; anything unknown (an old link, a typo) is dropped rather than sent to the server. */
export function readFilters(query: LocationQuery): HrFilters {
  const view = oneOf(queryString(query, 'view'), HR_VIEWS) ?? 'queue';
  const states: readonly string[] = view === 'training' ? TRAINING_STATE_FILTERS : OUTCOME_STATE_FILTERS;
  const state = queryString(query, 'state');
  return {
    view,
    state: states.includes(state) ? state : null,
    kind: view === 'all' ? oneOf(queryString(query, 'kind'), OUTCOME_KIND_CODES) : null,
    cycleId: id(queryString(query, 'cycle')),
    organisationId: id(queryString(query, 'org')),
    counter: view === 'alerts' ? oneOf(queryString(query, 'counter'), ALERT_COUNTER_CODES) : null,
    stage: view === 'alerts' ? oneOf(queryString(query, 'stage'), ALERT_STAGE_CODES) : null,
  };
}

/** The URL of a set of filters (the queue is the default and leaves no trace). */
export function filtersToQuery(f: HrFilters): Record<string, string> {
  return compactQuery({
    view: f.view === 'queue' ? null : f.view,
    state: f.view === 'all' || f.view === 'training' ? f.state : null,
    kind: f.view === 'all' ? f.kind : null,
    cycle: f.view === 'all' || f.view === 'training' ? f.cycleId : null,
    org: f.view === 'queue' ? null : f.organisationId,
    counter: f.view === 'alerts' ? f.counter : null,
    stage: f.view === 'alerts' ? f.stage : null,
  });
}

/** Variables of `outcomeTasks` for the task lists: the training tab is the remedial-training kind. */
export function taskVariables(f: HrFilters) {
  return {
    state: f.state,
    kind: f.view === 'training' ? ('REMEDIAL_TRAINING' as const) : f.kind,
    cycleId: f.cycleId,
    organisationId: f.organisationId,
  };
}

/** Variables of `outcomeCounterAlerts`. */
export function alertVariables(f: HrFilters) {
  return { counter: f.counter, stage: f.stage, organisationId: f.organisationId };
}

/** The state choices of a tab. */
export function stateChoices(view: HrView): readonly string[] {
  return view === 'training' ? TRAINING_STATE_FILTERS : OUTCOME_STATE_FILTERS;
}
