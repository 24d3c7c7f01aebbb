import type { AnyMachineSnapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays } from '../../workflows/calendar/working-days.js';
import { dueDateOf, machineSpec, type MachineSpec } from '../../workflows/registry.js';
import { chinaDay, chinaMidnight } from '../calendar/calendar.service.js';
import { applyBulkTransition, type InstanceRow, type InstanceTable, type MachineEvent } from './transition.js';

/**
 * The due-date columns of an instance in `state` (`due_at`, `due_event`),
 * from its machine's deadline data: a last day counts in full (due at the
 * next Beijing midnight); a planned instant is due at that instant.
 */
export function dueColumns(spec: MachineSpec, state: string, context: Record<string, unknown>, facts: { selfReportDue?: string | null } = {}): { due_at: string | null; due_event: string | null } {
  const due = dueDateOf(spec, state, context, facts);
  if (!due) return { due_at: null, due_event: null };
  return { due_at: due.at ?? chinaMidnight(addDays(due.lastDay!, 1)).toISOString(), due_event: due.event };
}

/** The event the system sends when an instance's deadline has passed, as its machine's deadline data describes it. */
export function deadlineEvent(machineId: string, eventType: string, now: Date): MachineEvent {
  const deadline = machineSpec(machineId).deadlines.find((d) => d.event === eventType);
  const at = now.toISOString();
  return deadline && !deadline.withToday ? { type: eventType, at } : { type: eventType, today: chinaDay(now), at };
}

/** A due row as the runner claims it, with the table's extra columns. */
export type DueRow = { id: string; machine_id: string; due_event: string } & Record<string, unknown>;

/**
 * One table of instances with deadlines (`due_at`, `due_event`), as the
 * runner needs it: the derived columns rewritten with each fired transition
 * and what follows the firing (notifications, result hooks).
 */
export interface DeadlineTable {
  table: InstanceTable;
  /** Rows claimed per sweep. */
  limit: number;
  /** Columns read with each due row besides id, machine_id and due_event. */
  columns?: string[];
  /** Rows of one group share the derived columns' function (the same cycle's deadlines). */
  group?: (row: DueRow) => string;
  /** The derived columns written with a fired transition, for the rows of a group. */
  derive: (m: EntityManager, group: string, rows: DueRow[]) => Promise<(next: AnyMachineSnapshot, state: string) => Record<string, unknown>>;
  deriveColumns: Array<{ name: string; type: string }>;
  /** What a deadline that cannot fire becomes (it waits for the step that ends it, or is dropped): a SET clause. */
  clearSkipped: string;
  /** What a group's events carry besides the deadline's own fields, per row (the verdict of a grade the event confirms). */
  eventExtras?: (m: EntityManager, eventType: string, rows: DueRow[], now: Date) => Promise<Map<string, Record<string, unknown>>>;
  /** After the transitions of a group: notifications, result hooks (same transaction). */
  afterFired?: (m: EntityManager, fired: DueRow[], eventType: string, now: Date) => Promise<void>;
}

export interface DeadlineRun {
  fired: number;
  skipped: number;
}

/**
 * The one deadline runner: fires every deadline due at `now`, over every
 * table of instances registered, as SYSTEM, with the event its machine's
 * deadline data names. Safe with several server processes: each table's due
 * rows are claimed with SKIP LOCKED (one transaction per table), and the
 * transition step's version check stops a double firing.
 */
export class DeadlineRunner {
  private readonly tables = new Map<InstanceTable, DeadlineTable>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  register(table: DeadlineTable): void {
    this.tables.set(table.table, table);
  }

  /** Fires what is due in the given tables (default: every registered one). */
  async run(now = this.now(), only?: readonly InstanceTable[]): Promise<DeadlineRun> {
    let fired = 0;
    let skipped = 0;
    for (const t of this.tables.values()) {
      if (only && !only.includes(t.table)) continue;
      const result = await this.runTable(t, now);
      fired += result.fired;
      skipped += result.skipped;
    }
    return { fired, skipped };
  }

  /** Every row due in the table, chunk after chunk (`limit` rows each, one transaction per chunk), until none is left. */
  private async runTable(t: DeadlineTable, now: Date): Promise<DeadlineRun> {
    const total = { fired: 0, skipped: 0 };
    const done: string[] = [];
    for (;;) {
      const chunk = await this.runChunk(t, now, done);
      total.fired += chunk.fired;
      total.skipped += chunk.skipped;
      if (chunk.claimed < t.limit) return total;
    }
  }

  /** One chunk of due rows, set-based: claimed, fired per event and group in bulk, and what follows, in one transaction. Rows of `done` (fired earlier in this run) are not claimed again. */
  private runChunk(t: DeadlineTable, now: Date, done: string[]): Promise<DeadlineRun & { claimed: number }> {
    return this.dataSource.transaction(async (m) => {
      const columns = ['id', 'machine_id', 'due_event', ...(t.columns ?? [])].join(', ');
      const due: DueRow[] = await m.query(
        `SELECT ${columns} FROM ${t.table} WHERE due_at <= $1 AND NOT (id = ANY($3::uuid[])) ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, t.limit, done],
      );
      if (due.length === 0) return { fired: 0, skipped: 0, claimed: 0 };
      done.push(...due.map((d) => d.id));
      const groups = new Map<string, DueRow[]>();
      for (const d of due) {
        const key = `${d.due_event}|${t.group?.(d) ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), d]);
      }
      const byId = new Map(due.map((d) => [d.id, d]));
      let fired = 0;
      let skipped = 0;
      for (const [key, rows] of groups) {
        const [eventType, group] = [key.slice(0, key.indexOf('|')), key.slice(key.indexOf('|') + 1)];
        const extras = (await t.eventExtras?.(m, eventType, rows, now)) ?? new Map<string, Record<string, unknown>>();
        const event = (row: InstanceRow): MachineEvent => ({ ...deadlineEvent(row.machine_id, eventType, now), ...extras.get(row.id) });
        const result = await applyBulkTransition(m, t.table, rows.map((r) => r.id), event, { userId: null, role: 'SYSTEM' }, {
          derive: await t.derive(m, group, rows),
          deriveColumns: t.deriveColumns,
        });
        fired += result.applied.length;
        skipped += result.skipped.length;
        if (result.skipped.length) await m.query(`UPDATE ${t.table} SET ${t.clearSkipped} WHERE id = ANY($1::uuid[])`, [result.skipped.map((s) => s.id)]);
        if (result.applied.length) await t.afterFired?.(m, result.applied.map((id) => byId.get(id)!), eventType, now);
      }
      return { fired, skipped, claimed: due.length };
    });
  }
}
