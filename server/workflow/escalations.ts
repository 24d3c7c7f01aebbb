import type { DataSource } from 'typeorm';
import { describeMachine } from '../../workflows/lifecycle.js';
import { addDays, CalendarNotCovered, workingDaysBetween } from '../../workflows/calendar/working-days.js';
import { MACHINES, type EscalationSpec, type MachineSpec } from '../../workflows/registry.js';
import { appendAudit } from '../audit/audit.service.js';
import { chinaDay, chinaMidnight, type CalendarService } from '../calendar/calendar.service.js';
import { leafStates } from './actors.js';
import type { InstanceTable } from './transition.js';
import { awaitingStates } from './work-queue.js';

/** The notification kind of an escalation. */
export const ESCALATION_KIND = 'OVERDUE_ESCALATION';

/**
 * One table of instances whose overdue steps escalate, as the escalation job
 * needs it: where the office responsible sits, and how the notification is
 * linked to the instance.
 */
export interface EscalationTable {
  table: InstanceTable;
  /** SQL over `t`: the organisation path of the office responsible (the department that ran the cycle, or the case's unit). */
  responsiblePath: string;
  /** Notification columns (besides user, kind, payload, time) → SQL over `t`. */
  columns: Record<string, string>;
}

interface Candidate {
  id: string;
  machine_id: string;
  state: string;
  org_path: string;
  responsible_path: string | null;
  snapshot: { context?: Record<string, unknown> };
  seq: number;
  occurred_at: Date;
}

/** What one run did. */
export interface EscalationRun {
  escalated: number;
  notified: number;
}

/** The roles that answer for an overdue state, as the machine's escalation data says. */
function rolesFor(spec: MachineSpec, escalation: EscalationSpec, state: string, context: Record<string, unknown>): string[] {
  const to = escalation.to;
  if (to === 'AWAITING') {
    const roles = [...awaitingStates(spec)].filter(([actor, states]) => actor !== 'SUBJECT' && states.includes(state)).map(([actor]) => actor);
    return roles.length ? roles : ['ORG_ADMIN'];
  }
  if (Array.isArray(to)) return [...(to as readonly string[])];
  const { contextRole, otherwise } = to as { contextRole: readonly string[]; otherwise: string };
  const named = contextRole.reduce<unknown>((o, key) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined), context);
  return [typeof named === 'string' && named ? named : otherwise];
}

/** The leaf states an escalation covers: those its event leaves an instance in (targets, or the deadline's own states for a self-loop). */
function statesOf(spec: MachineSpec, escalation: EscalationSpec): string[] {
  const leaves = (paths: readonly string[]) => paths.flatMap((p) => leafStates(spec, p));
  if (escalation.states) return leaves(escalation.states);
  const deadline = spec.deadlines.find((d) => d.event === escalation.event);
  const targets = describeMachine(spec.machine).edges.filter((e) => e.event === escalation.event).map((e) => e.to);
  return [...new Set([...leaves(deadline?.states ?? []), ...leaves(targets)])];
}

/**
 * The escalation job: a step marked overdue (by its deadline's event, read
 * from the instance's audit trail) and still in that state with no new
 * deadline is, once it has been overdue for the configured number of
 * working days, reported to the office responsible — the holders of the
 * answering role at the jurisdiction nearest to the responsible organisation
 * that still covers the instance — in the app and so by e-mail, and
 * audited. Once per step and overdue period (the audit row that marked it),
 * however often the job runs and in however many processes.
 */
export class EscalationJob {
  private readonly tables = new Map<InstanceTable, { table: EscalationTable; specs: MachineSpec[] }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
    private readonly calendar: CalendarService,
    private readonly workingDays: number,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Registers a table and the machines whose instances it holds. */
  register(table: EscalationTable, machineIds: ReadonlyArray<keyof typeof MACHINES>): void {
    this.tables.set(table.table, { table, specs: machineIds.map((id) => MACHINES[id] as MachineSpec) });
  }

  async run(now = this.now()): Promise<EscalationRun> {
    const run: EscalationRun = { escalated: 0, notified: 0 };
    const today = chinaDay(now);
    const calendar = await this.calendar.calendar();
    for (const { table, specs } of this.tables.values()) {
      for (const spec of specs) {
        for (const escalation of spec.escalations ?? []) {
          for (const candidate of await this.candidates(table, spec, escalation, today)) {
            const since = chinaDay(candidate.occurred_at);
            let overdue: number;
            try {
              overdue = since < today ? workingDaysBetween(since, addDays(today, -1), calendar) : 0;
            } catch (error) {
              if (!(error instanceof CalendarNotCovered)) throw error;
              this.log(`[escalations] ${table.table} ${candidate.id}: ${error.message}`);
              continue;
            }
            if (overdue < this.workingDays) continue;
            const notified = await this.escalate(table, spec, escalation, candidate, since, overdue, now);
            if (notified !== null) {
              run.escalated++;
              run.notified += notified;
            }
          }
        }
      }
    }
    return run;
  }

  /** Instances still in the overdue state their deadline's event left them in, not yet escalated for that period. */
  private candidates(t: EscalationTable, spec: MachineSpec, escalation: EscalationSpec, today: string): Promise<Candidate[]> {
    return this.dataSource.query(
      `SELECT t.id, t.machine_id, t.state, t.org_path, t.snapshot, ${t.responsiblePath} AS responsible_path, r.seq, r.occurred_at
         FROM ${t.table} t
         CROSS JOIN LATERAL (SELECT a.seq, a.occurred_at, a.to_state FROM audit_log a
                              WHERE a.entity_type = $1 AND a.entity_id = t.id::text AND a.action = $3 ORDER BY a.seq DESC LIMIT 1) r
        WHERE t.machine_id = $2 AND t.state = ANY($4::text[]) AND t.due_at IS NULL AND r.to_state = t.state AND r.occurred_at < $5
          AND NOT EXISTS (SELECT 1 FROM audit_log a2 WHERE a2.entity_type = $1 AND a2.entity_id = t.id::text AND a2.seq > r.seq AND a2.from_state IS DISTINCT FROM a2.to_state)
          AND NOT EXISTS (SELECT 1 FROM overdue_escalation e WHERE e.instance_table = $1 AND e.instance_id = t.id AND e.overdue_seq = r.seq)
        ORDER BY t.id`,
      [t.table, spec.id, escalation.event, statesOf(spec, escalation), chinaMidnight(today)],
    );
  }

  /** One escalation in one transaction: the record (unique per period), the notifications, the audit row. Null when another run got there first. */
  private async escalate(t: EscalationTable, spec: MachineSpec, escalation: EscalationSpec, c: Candidate, since: string, overdue: number, now: Date): Promise<number | null> {
    const roles = rolesFor(spec, escalation, c.state, c.snapshot.context ?? {});
    return this.dataSource.transaction(async (m) => {
      const [record] = (await m.query(
        `INSERT INTO overdue_escalation (instance_table, instance_id, overdue_seq, machine_id, state, overdue_since, working_days_overdue, recipients, escalated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8) ON CONFLICT DO NOTHING RETURNING id`,
        [t.table, c.id, c.seq, spec.id, c.state, since, overdue, now],
      )) as Array<{ id: string }>;
      if (!record) return null;
      // The office responsible: per role, the holders at the deepest jurisdiction covering both the instance and the responsible organisation.
      const holders: Array<{ user_id: string; role: string; depth: number }> = await m.query(
        `SELECT DISTINCT ra.user_id, ra.role, length(o.path) AS depth
           FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id JOIN user_account u ON u.id = ra.user_id AND NOT u.disabled
          WHERE ra.role = ANY($1::text[]) AND $2 LIKE o.path || '%' AND $3 LIKE o.path || '%'`,
        [roles, c.org_path, c.responsible_path ?? c.org_path],
      );
      const deepest = new Map<string, number>();
      for (const h of holders) deepest.set(h.role, Math.max(deepest.get(h.role) ?? 0, h.depth));
      const recipients = holders.filter((h) => h.depth === deepest.get(h.role));
      const users = [...new Set(recipients.map((r) => r.user_id))];
      const payload = { table: t.table, instanceId: c.id, machineId: spec.id, state: c.state, overdueSince: since, workingDaysOverdue: overdue, escalationId: record.id, roles };
      const columns = Object.keys(t.columns);
      if (users.length) {
        await m.query(
          `INSERT INTO notification (user_id, ${columns.map((col) => `${col}, `).join('')}kind, payload, created_at)
           SELECT u.id, ${columns.map((col) => `${t.columns[col]}, `).join('')}$3, $4::jsonb, $5
             FROM unnest($1::uuid[]) AS u(id) CROSS JOIN ${t.table} t WHERE t.id = $2`,
          [users, c.id, ESCALATION_KIND, JSON.stringify(payload), now],
        );
      }
      await m.query(`UPDATE overdue_escalation SET recipients = $2 WHERE id = $1`, [record.id, users.length]);
      await appendAudit(m, {
        entityType: 'overdue_escalation',
        entityId: record.id,
        action: 'OVERDUE_ESCALATED',
        actorUserId: null,
        actorRole: 'SYSTEM',
        scopePath: c.org_path,
        fromVersion: 0,
        payload: { ...payload, recipients: users },
        occurredAt: now,
      });
      return users.length;
    });
  }
}

/** The assessments' overdue self-reports: the office is the organisation department that runs the cycle. */
export const ASSESSMENT_ESCALATIONS: EscalationTable = {
  table: 'assessment',
  responsiblePath: `(SELECT o.path FROM assessment_cycle c JOIN organisation o ON o.id = c.assessing_organisation_id WHERE c.id = t.cycle_id)`,
  columns: { assessment_id: 't.id' },
};

/** Outcome tasks: the office at the department that ran the cycle the result came from. */
export const OUTCOME_ESCALATIONS: EscalationTable = {
  table: 'outcome_task',
  responsiblePath: `(SELECT o.path FROM assessment_cycle c JOIN organisation o ON o.id = c.assessing_organisation_id WHERE c.id = t.cycle_id)`,
  columns: { assessment_id: 't.assessment_id', outcome_task_id: 't.id' },
};

/** Reviews and appeals: the department that ran the assessment's cycle; fault-tolerance cases: the case's unit. */
export const REVIEW_ESCALATIONS: EscalationTable = {
  table: 'review_case',
  responsiblePath: `(SELECT o.path FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id JOIN organisation o ON o.id = c.assessing_organisation_id WHERE a.id = t.assessment_id)`,
  columns: {},
};
export const FAULT_TOLERANCE_ESCALATIONS: EscalationTable = { table: 'fault_tolerance_case', responsiblePath: 't.org_path', columns: {} };
