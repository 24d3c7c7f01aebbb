import type { DeadlineTable } from '../../workflow/deadlines.js';
import type { ReminderTable } from '../../workflow/reminders.js';
import { deriveCase, type CaseTable } from './case-row.js';

/**
 * A case table's deadlines for the one runner (workflow/deadlines.ts): the
 * event its machine's deadline data names, the derived columns rewritten; a
 * deadline that cannot fire is cleared.
 */
export function caseDeadlineTable(table: Extract<CaseTable, 'review_case' | 'fault_tolerance_case'>): DeadlineTable {
  return {
    table,
    limit: 1000,
    derive: async () => deriveCase(table),
    deriveColumns: [
      { name: 'due_at', type: 'timestamptz' },
      { name: 'due_event', type: 'text' },
      ...(table === 'fault_tolerance_case' ? [{ name: 'outcome', type: 'text' }] : []),
    ],
    clearSkipped: 'due_at = NULL',
  };
}

/** Case reminders go to the deciding bodies (whom each machine's reminder data names); the notification carries the case. */
const caseReminders = (table: CaseTable, settings: string): ReminderTable => ({
  table,
  settings,
  columns: {},
  payload: `jsonb_build_object('table', '${table}', 'caseId', t.id, 'state', t.state, 'dueAt', t.due_at)`,
  sameInstance: `n.payload->>'caseId' = t.id::text`,
});

/** A review's settings are those of the assessment's cycle; a fault-tolerance case has none of its own (the defaults). */
export const REVIEW_REMINDERS = caseReminders('review_case', '(SELECT c.settings FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = t.assessment_id)');
export const FAULT_TOLERANCE_REMINDERS = caseReminders('fault_tolerance_case', 'NULL::jsonb');
