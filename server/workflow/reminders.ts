import type { DataSource } from 'typeorm';
import { DEFAULT_RULE_SETTINGS } from '../../workflows/rules/settings.js';
import { MACHINES, type MachineSpec, type ReminderSpec } from '../../workflows/registry.js';
import { leafStates } from './actors.js';
import type { InstanceTable } from './transition.js';
import { awaitingTriples } from './work-queue.js';

/** A reminder goes out at most once a day per instance and person. */
const ONCE_A_DAY = `interval '20 hours'`;

/**
 * One table of instances whose machines remind before a due date, as the
 * reminder job needs it: where the instance's settings are, and how its
 * notifications are linked to it.
 */
export interface ReminderTable {
  table: InstanceTable;
  /** SQL giving the rule settings in force for instance `t` (jsonb); NULL falls back to the defaults. */
  settings: string;
  /** Notification columns (besides user, kind, payload, time) → SQL over `t`. */
  columns: Record<string, string>;
  /** The notification's payload: a jsonb SQL expression over `t` and the recipient's role `r.role`. */
  payload: string;
  /** The condition under which an earlier notification `n` is about instance `t`. */
  sameInstance: string;
}

function valueAt(object: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined), object);
}

/**
 * The one reminder job: for every machine's reminder data, the instances whose
 * due date (of that deadline, in those states) falls within the lead days of
 * the rule settings in force, and a notification to each person reminded —
 * once a day. Returns how many reminders were sent.
 */
export class ReminderJob {
  private readonly tables = new Map<InstanceTable, { table: ReminderTable; specs: MachineSpec[] }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /** Registers a table and the machines whose instances it holds. */
  register(table: ReminderTable, machineIds: ReadonlyArray<keyof typeof MACHINES>): void {
    this.tables.set(table.table, { table, specs: machineIds.map((id) => MACHINES[id]) });
  }

  async send(now = this.now(), only?: readonly InstanceTable[]): Promise<number> {
    let sent = 0;
    for (const { table, specs } of this.tables.values()) {
      if (only && !only.includes(table.table)) continue;
      for (const spec of specs) for (const reminder of spec.reminders) sent += await this.sendOne(table, spec, reminder, now);
    }
    return sent;
  }

  private async sendOne(t: ReminderTable, spec: MachineSpec, reminder: ReminderSpec, now: Date): Promise<number> {
    const deadline = spec.deadlines.find((d) => d.event === reminder.event);
    const states = (reminder.states ?? deadline?.states ?? []).flatMap((s) => leafStates(spec, s));
    const params: unknown[] = [now, spec.id, reminder.event, states, reminder.notification, reminder.leadDays, Number(valueAt(DEFAULT_RULE_SETTINGS, reminder.leadDays) ?? 0)];
    const add = (value: unknown) => `$${params.push(value)}`;
    const to = reminder.to;
    let recipients: string;
    if (to === 'SUBJECT') recipients = `SELECT u.id AS user_id, 'SUBJECT'::text AS role FROM user_account u WHERE u.cadre_id = t.cadre_id`;
    else {
      let role: string;
      if (to === 'AWAITING') {
        const w = awaitingTriples([spec]);
        role = `w.role FROM unnest(${add(w.state)}::text[], ${add(w.role)}::text[]) AS w(state, role) WHERE w.state = t.state`;
      } else if (Array.isArray(to)) role = `w.role FROM unnest(${add(to)}::text[]) AS w(role)`;
      else {
        const { contextRole, otherwise } = to as { contextRole: readonly string[]; otherwise: string };
        role = `coalesce(t.snapshot->'context' #>> ${add(contextRole)}::text[], ${add(otherwise)}) AS role`;
      }
      recipients = `SELECT DISTINCT ra.user_id, x.role FROM (SELECT ${role}) x
                      JOIN role_assignment ra ON ra.role = x.role JOIN organisation o ON o.id = ra.organisation_id AND t.org_path LIKE o.path || '%'`;
    }
    const columns = Object.keys(t.columns);
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notification (user_id, ${columns.map((c) => `${c}, `).join('')}kind, payload, created_at)
       SELECT DISTINCT r.user_id, ${columns.map((c) => `${t.columns[c]}, `).join('')}$5::text, ${t.payload}, $1::timestamptz
         FROM ${t.table} t CROSS JOIN LATERAL (${recipients}) r
        WHERE t.machine_id = $2 AND t.due_event = $3 AND t.state = ANY($4::text[]) AND t.due_at > $1
          AND t.due_at <= $1::timestamptz + make_interval(days => coalesce((${t.settings} #>> $6::text[])::int, $7))
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE ${t.sameInstance} AND n.user_id = r.user_id AND n.kind = $5
                            AND n.created_at > $1::timestamptz - ${ONCE_A_DAY})
       RETURNING id`,
      params,
    );
    return rows.length;
  }
}
