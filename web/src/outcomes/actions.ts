import type { OutcomeTaskEvent, OutcomeTaskFieldsFragment } from '../gql/graphql';
import { request } from '../shared/api';
import {
  ApproveOutcomeMutation,
  CancelOutcomeMutation,
  CarryOutOutcomeMutation,
  CompleteTrainingMutation,
  EnrolTrainingMutation,
  VerifyOutcomeMutation,
} from './queries';

/** What an outcome action asks for before it is sent. */
export interface OutcomeActionSpec {
  /** The text field it needs: required ones must be filled, `note` is optional for APPROVE and VERIFY. */
  field: 'note' | 'reason' | 'course';
  required: boolean;
  tone: 'primary' | 'success' | 'danger';
}

/**
 * Every outcome event the web can send. Which of them a viewer sees is the
 * task's `availableActions` from the server, never this list (MARK_OVERDUE is
 * the system's: no button).
 */
export const OUTCOME_ACTIONS: Readonly<Record<string, OutcomeActionSpec>> = {
  APPROVE: { field: 'note', required: false, tone: 'success' },
  ENROL: { field: 'course', required: true, tone: 'primary' },
  CARRY_OUT: { field: 'note', required: true, tone: 'primary' },
  COMPLETE: { field: 'note', required: true, tone: 'primary' },
  VERIFY: { field: 'note', required: false, tone: 'success' },
  CANCEL: { field: 'reason', required: true, tone: 'danger' },
} satisfies Partial<Record<OutcomeTaskEvent, OutcomeActionSpec>>;

const ORDER = Object.keys(OUTCOME_ACTIONS);

/** The events of `available` that have a button, forward steps first, cancelling last. */
export function outcomeButtons(available: readonly string[]): string[] {
  return available.filter((e) => OUTCOME_ACTIONS[e]).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
}

/** The measures the approver chooses from (降职 or 免职), as the task's lifecycle context holds them. */
export function choicesOf(context: unknown): string[] {
  const choices = (context as { choices?: unknown } | null)?.choices;
  return Array.isArray(choices) ? choices.filter((c): c is string => typeof c === 'string') : [];
}

export interface OutcomeActionValues {
  text: string;
  choice: string;
}

/** The fields still empty that the action needs; lengths and rules are the server's. */
export function missingOutcomeFields(event: string, values: OutcomeActionValues, choices: readonly string[]): Array<'text' | 'choice'> {
  const spec = OUTCOME_ACTIONS[event];
  const out: Array<'text' | 'choice'> = [];
  if (event === 'APPROVE' && choices.length > 0 && !choices.includes(values.choice)) out.push('choice');
  if (spec?.required && values.text.trim() === '') out.push('text');
  return out;
}

/** Sends one action with the version shown (stale → CONFLICT) and a key that makes a retry safe. */
export async function runOutcomeAction(
  event: string,
  task: Pick<OutcomeTaskFieldsFragment, 'id' | 'version'>,
  values: OutcomeActionValues,
  idempotencyKey: string,
): Promise<OutcomeTaskFieldsFragment> {
  const base = { outcomeId: task.id, expectedVersion: task.version, idempotencyKey };
  const text = values.text.trim();
  switch (event) {
    case 'APPROVE':
      return (await request(ApproveOutcomeMutation, { input: { ...base, choice: values.choice || null, note: text || null } })).approveOutcome;
    case 'CARRY_OUT':
      return (await request(CarryOutOutcomeMutation, { input: { ...base, note: text } })).carryOutOutcome;
    case 'VERIFY':
      return (await request(VerifyOutcomeMutation, { input: { ...base, note: text || null } })).verifyOutcome;
    case 'CANCEL':
      return (await request(CancelOutcomeMutation, { input: { ...base, reason: text } })).cancelOutcome;
    case 'ENROL':
      return (await request(EnrolTrainingMutation, { input: { ...base, course: text } })).enrolTraining;
    case 'COMPLETE':
      return (await request(CompleteTrainingMutation, { input: { ...base, note: text } })).completeTraining;
    default:
      throw new Error(`No mutation for ${event}`);
  }
}
