import { createHash } from 'node:crypto';
import type { AnyMachineSnapshot } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import { machineSpec } from '../../workflows/registry.js';
import type { Viewer } from '../auth/policy.js';
import { AppError } from '../common/errors.js';
import type { SqlFragment } from '../common/sql.js';
import { assertActor, type ActorTarget } from './actors.js';
import { applyTransition, type InstanceRow, type InstanceTable, type MachineEvent, type TransitionActor, type TransitionOutcome } from './transition.js';

export interface MutationOptions {
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

/** What a step's `build` computes: the event with its facts, and what the step writes besides. */
export interface StepPlan<Row = unknown> {
  event: MachineEvent;
  auditPayload?: Record<string, unknown>;
  /** Records the step writes, run in the transition's own statement (each `FROM upd`). */
  writes?: SqlFragment[];
  /** A row the step's facts were read from, locked and re-checked in the transition's own statement (see applyTransition's `requires`). */
  requires?: SqlFragment & { conflict: string };
  /** What this step does after the transition, in its transaction (a correction the decision makes, a penalty it changes). */
  after?: (m: EntityManager, row: Row) => Promise<void>;
}

export interface StepContext<Row> {
  m: EntityManager;
  row: Row;
  at: string;
  actor: TransitionActor;
}

/** What a step hands the kind's result hooks once the state has changed. */
export interface StepResult<Row> {
  m: EntityManager;
  row: Row;
  event: MachineEvent;
  actor: TransitionActor;
  at: string;
  outcome: TransitionOutcome;
  /** The derived columns written with the snapshot. */
  derived: Record<string, unknown>;
  /** False when the step runs as a single statement, without a transaction around it. */
  inTransaction: boolean;
}

/**
 * A kind of machine instance as the engine sees it (an assessment, a cycle,
 * an outcome task, a case): how to load one, whom it concerns, the columns
 * derived with its snapshot, whom it notifies and what follows a change.
 * A feature registers its kinds; the engine runs every step the same way.
 */
export interface InstanceKind<Row> {
  table: InstanceTable;
  /** The idempotency operation's name for an event (what a stored key was used for). */
  operation: (eventType: string) => string;
  /** The request an idempotency key is bound to. */
  request: (id: string, request: Record<string, unknown>, expectedVersion: number | null) => unknown;
  /** The row, with the head of its audit stream (the transition step needs both). */
  load: (m: EntityManager, id: string) => Promise<Row>;
  /** The row read again after a replayed idempotent request, outside the transaction (default: `load`). */
  reload?: (m: EntityManager, id: string) => Promise<Row>;
  instance: (row: Row) => InstanceRow;
  target: (row: Row) => ActorTarget;
  /**
   * Columns written with the snapshot (queryable grade, next deadline). It may
   * refuse a step that needs a transaction (a changed final result) when
   * there is none.
   */
  derive?: (m: EntityManager, row: Row, inTransaction: boolean) => Promise<(next: AnyMachineSnapshot, state: string) => Record<string, unknown>>;
  /** Notifications of the step, run in the transition's own statement. */
  notify?: (row: Row, eventType: string, toState: string, at: string) => SqlFragment[];
  /** Result hooks: what follows the change (in the same transaction when there is one). */
  after?: (result: StepResult<Row>) => Promise<void>;
  /** The answer: the row as the step left it (without a second read where the kind can). */
  refresh: (row: Row, result: StepResult<Row>) => Row | Promise<Row>;
}

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * The workflow engine: every change of state of every instance kind runs
 * here — one transaction per request, idempotent on a key — as load → actor
 * check → event → the transition step → notifications → result hooks.
 */
export class WorkflowEngine {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  /**
   * Runs `work` in one transaction. With an idempotency key, the first answer
   * is stored with the key in the same transaction; a retry with the same key
   * and the same request gets that answer back and writes nothing.
   */
  async mutate<T>(viewer: Viewer | null, operation: string, request: unknown, key: string | null | undefined, work: (m: EntityManager) => Promise<T>, revive?: (stored: unknown) => T): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      if (!key) return work(m);
      const actor = viewer?.userId ?? 'anonymous';
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`idem:${actor}:${key}`]);
      const requestHash = sha({ operation, request });
      const [stored] = (await m.query(`SELECT operation, request_hash, response FROM idempotency_key WHERE actor = $1 AND key = $2`, [actor, key])) as Array<{
        operation: string;
        request_hash: string;
        response: unknown;
      }>;
      if (stored) {
        if (stored.request_hash !== requestHash) {
          throw new AppError('CONFLICT', 'This idempotency key was already used for a different request', { fields: [{ field: 'idempotencyKey', messages: ['was used for another request'] }] });
        }
        return revive ? revive(stored.response) : (stored.response as T);
      }
      const result = await work(m);
      await m.query(`INSERT INTO idempotency_key (key, actor, operation, request_hash, response) VALUES ($1, $2, $3, $4, $5)`, [key, actor, operation, requestHash, JSON.stringify(result)]);
      return result;
    });
  }

  /**
   * One step of one instance: load, check the actor, let `build` compute the
   * event (with its facts) and any records the step writes, transition,
   * notify, run the kind's result hooks. Returns the row as the step left it.
   *
   * `singleStatement`: the step's only write is the transition's own
   * statement (its records go in `writes`, `build` reads nothing that must
   * stay locked, and no result hook needs a transaction): without an
   * idempotency key it then runs without BEGIN and COMMIT — the read, then one
   * statement that is atomic by itself and version-checked.
   */
  async step<Row>(
    kind: InstanceKind<Row>,
    viewer: Viewer | null,
    id: string,
    eventType: string,
    request: Record<string, unknown>,
    options: MutationOptions,
    build: (ctx: StepContext<Row>) => Promise<StepPlan<Row>>,
    singleStatement = false,
  ): Promise<Row> {
    let fresh: Row | null = null;
    const run = async (m: EntityManager, inTransaction: boolean) => {
      const row = await kind.load(m, id);
      const instance = kind.instance(row);
      const capacity = assertActor(viewer, machineSpec(instance.machine_id), eventType, kind.target(row));
      const actor: TransitionActor = { userId: viewer?.userId ?? null, role: capacity };
      const at = this.now().toISOString();
      const { event, auditPayload, writes = [], requires, after } = await build({ m, row, at, actor });
      const next = await this.transition(kind, m, row, event, actor, at, { expectedVersion: options.expectedVersion, auditPayload, writes, requires, inTransaction });
      await after?.(m, next);
      fresh = next;
      return instance.id;
    };
    let done: string;
    if (singleStatement && !options.idempotencyKey) {
      const runner = this.dataSource.createQueryRunner();
      try {
        done = await run(runner.manager, false);
      } finally {
        await runner.release();
      }
    } else {
      done = await this.mutate(viewer, kind.operation(eventType), kind.request(id, request, options.expectedVersion ?? null), options.idempotencyKey, (m) => run(m, true));
    }
    // A replayed idempotent request did not run: read the row as it is.
    return fresh ?? (kind.reload ?? kind.load)(this.dataSource.manager, done);
  }

  /**
   * The transition of an already loaded row by a known actor, inside the
   * caller's transaction (a decision that corrects a result, a system event):
   * the transition step, the kind's notifications and result hooks.
   */
  async transition<Row>(
    kind: InstanceKind<Row>,
    m: EntityManager,
    row: Row,
    event: MachineEvent,
    actor: TransitionActor,
    at: string,
    options: {
      expectedVersion?: number | null;
      auditPayload?: Record<string, unknown>;
      writes?: SqlFragment[];
      requires?: SqlFragment & { conflict: string };
      inTransaction?: boolean;
    } = {},
  ): Promise<Row> {
    const inTransaction = options.inTransaction ?? true;
    const derive = kind.derive ? await kind.derive(m, row, inTransaction) : null;
    let derived: Record<string, unknown> = {};
    const outcome = await applyTransition(m, kind.table, kind.instance(row), event, actor, {
      expectedVersion: options.expectedVersion,
      auditPayload: options.auditPayload,
      derive: derive ? (next, state) => (derived = derive(next, state)) : undefined,
      writes: (toState) => [...(options.writes ?? []), ...(kind.notify?.(row, event.type, toState, at) ?? [])],
      requires: options.requires,
    });
    const result: StepResult<Row> = { m, row, event, actor, at, outcome, derived, inTransaction };
    await kind.after?.(result);
    return await kind.refresh(row, result);
  }
}
