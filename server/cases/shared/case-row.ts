import type { AnyMachineSnapshot } from 'xstate';
import { MACHINES, type MachineSpec } from '../../../workflows/registry.js';
import { addDays } from '../../../workflows/calendar/working-days.js';
import { accusationCountsAgainst } from '../../../workflows/cases/accusation.machine.js';
import { ftDeadline, type FtContext } from '../../../workflows/cases/fault-tolerance.machine.js';
import { reviewDeadline, type ReviewContext } from '../../../workflows/cases/review.machine.js';
import type { InstanceTable } from '../../workflow/transition.js';
import { chinaMidnight } from '../../calendar/calendar.service.js';

export type CaseTable = Extract<InstanceTable, 'review_case' | 'fault_tolerance_case' | 'accusation'>;

/** A row of one of the case tables, as the API shows it. */
export interface CaseRow {
  id: string;
  table: CaseTable;
  machineId: string;
  cadreId: string;
  organisationId: string;
  orgPath: string;
  state: string;
  version: number;
  snapshot: { value: unknown; context: Record<string, unknown>; status: string };
  dueAt: Date | null;
  dueEvent: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Table-specific columns (assessment_id, route, penalty_id, origin, outcome, source, concerns_year, …). */
  extra: Record<string, unknown>;
}

const EXTRA_COLUMNS: Record<CaseTable, string[]> = {
  review_case: ['assessment_id', 'route'],
  fault_tolerance_case: ['penalty_id', 'origin', 'mistake_key', 'outcome'],
  accusation: ['source', 'concerns_year', 'negative_code', 'received_on', 'counts_against'],
};

export function toCaseRow(table: CaseTable, r: Record<string, unknown>): CaseRow {
  return {
    id: r.id as string,
    table,
    machineId: r.machine_id as string,
    cadreId: r.cadre_id as string,
    organisationId: r.organisation_id as string,
    orgPath: r.org_path as string,
    state: r.state as string,
    version: r.version as number,
    snapshot: r.snapshot as CaseRow['snapshot'],
    dueAt: (r.due_at as Date | null) ?? null,
    dueEvent: (r.due_event as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
    extra: Object.fromEntries(EXTRA_COLUMNS[table].map((c) => [c, r[c]])),
  };
}

/** The machine each case table holds instances of. */
export const CASE_MACHINES: Record<CaseTable, MachineSpec> = { review_case: MACHINES.reviewCase, fault_tolerance_case: MACHINES.faultToleranceCase, accusation: MACHINES.accusation };

/** The Beijing midnight after a window's last day: the deadline job fires then. */
const dueAfter = (lastDay: string) => chinaMidnight(addDays(lastDay, 1)).toISOString();

/** Derived columns written with every case transition: the next deadline, and the queryable outcome. */
export function deriveCase(table: CaseTable) {
  return (next: AnyMachineSnapshot, state: string): Record<string, unknown> => {
    if (table === 'review_case') {
      const d = reviewDeadline(state, next.context as ReviewContext);
      return { due_at: d ? dueAfter(d.lastDay) : null, due_event: d?.event ?? null };
    }
    if (table === 'fault_tolerance_case') {
      const c = next.context as FtContext;
      const d = ftDeadline(state, c);
      return { due_at: d ? dueAfter(d.lastDay) : null, due_event: d?.event ?? null, outcome: c.decision?.outcome ?? null };
    }
    return { counts_against: accusationCountsAgainst(state) };
  };
}
