import type { EntityManager } from 'typeorm';
import type { TransitionActor } from '../workflow/transition.js';
import type { ResultSource } from '../../workflows/cases/correction.js';

/**
 * A final result came into force or changed: decided by the committee (or
 * when a notice window closed), or corrected later (review, appeal, a
 * fault-tolerance exemption, an investigation closed). Listeners run inside
 * the transaction that changed the result, so whatever follows from it
 * (outcomes proposed or cancelled, counters) commits or rolls back with it.
 */
export interface FinalResultChanged {
  kind: 'DECIDED' | 'CORRECTED';
  assessmentId: string;
  /** The grade before the change (null when first decided). */
  previousGrade: string | null;
  grade: string | null;
  /** The committee's reason for a changed grade, or the correction's reason. */
  reason: string | null;
  /** DECISION when first decided; for a correction, what decided it (REVIEW, APPEAL, FAULT_TOLERANCE, INVESTIGATION_CLOSED). */
  source: ResultSource;
  /** The review case, fault-tolerance case or investigation behind a correction. */
  caseId: string | null;
  at: string;
  actor: TransitionActor;
}

export type FinalResultListener = (m: EntityManager, change: FinalResultChanged) => Promise<void>;

/** The same listener for many changes at once (the deadline job closes many notices in one statement): set-based, same outcome as one by one. */
export type FinalResultsListener = (m: EntityManager, changes: readonly FinalResultChanged[]) => Promise<void>;

/** In-transaction listeners, registered by the composition root (server/services.ts). */
export class ResultEvents {
  private readonly listeners: Array<{ one: FinalResultListener; many?: FinalResultsListener }> = [];

  /** Registers a listener; `many`, if given, takes a batch of changes and must leave what `one` would leave called for each in turn. */
  on(listener: FinalResultListener, many?: FinalResultsListener): void {
    this.listeners.push({ one: listener, many });
  }

  async finalResultChanged(m: EntityManager, change: FinalResultChanged): Promise<void> {
    for (const listener of this.listeners) await listener.one(m, change);
  }

  /** Many changes of one transaction (one per assessment): each listener takes the batch, set-based where it can. */
  async finalResultsChanged(m: EntityManager, changes: readonly FinalResultChanged[]): Promise<void> {
    if (changes.length === 0) return;
    for (const listener of this.listeners) {
      if (listener.many) await listener.many(m, changes);
      else for (const change of changes) await listener.one(m, change);
    }
  }
}
