import { and, assign, setup } from 'xstate';
import type { IsoDate } from '../cadre/status.js';

/**
 * Clearing names (澄清正名, docs/domain.md §7): an accusation against a cadre
 * (from a petition, a report or an inspection) with its points is verified
 * point by point; an accusation found UNTRUE — unproven-but-possible does not
 * count — can be cleared by the body that checked it, point by point, by
 * letter, in person or by circular, within a chosen scope. Until cleared an
 * accusation counts against the person (it blocks EXCELLENT); once cleared it
 * never does.
 */

export const ACCUSATION_SOURCES = ['PETITION', 'REPORT', 'INSPECTION'] as const;
export type AccusationSource = (typeof ACCUSATION_SOURCES)[number];
export const POINT_FINDINGS = ['UNTRUE', 'UNPROVEN', 'SUBSTANTIATED'] as const;
export type PointFinding = (typeof POINT_FINDINGS)[number];
export const CLEARING_METHODS = ['LETTER', 'IN_PERSON', 'CIRCULAR'] as const;
export type ClearingMethod = (typeof CLEARING_METHODS)[number];
export const CLEARING_SCOPES = ['PERSON_ONLY', 'UNIT', 'SYSTEM', 'PUBLIC'] as const;
export type ClearingScope = (typeof CLEARING_SCOPES)[number];

export interface AccusationInput {
  source: AccusationSource;
  points: string[];
}

export interface AccusationContext {
  source: AccusationSource;
  points: Array<{ text: string; finding: PointFinding | null }>;
  /** SUBSTANTIATED if any point is, else UNPROVEN if any point is, else UNTRUE. */
  outcome: PointFinding | null;
  /** The body (organisation whose discipline inspection checked it) and the person who recorded the verification. */
  checkedBy: { bodyId: string; userId: string; on: IsoDate } | null;
  clearing: { method: ClearingMethod; scope: ClearingScope; scopeNote: string; points: number[]; bodyId: string; on: IsoDate } | null;
}

type At = { at: string; today: IsoDate };
export type AccusationEvent =
  | ({ type: 'VERIFY'; findings: PointFinding[]; bodyId: string; userId: string } & At)
  | ({ type: 'CLEAR'; method: ClearingMethod; scope: ClearingScope; scopeNote: string; points: number[]; bodyId: string } & At);

export function overallFinding(findings: readonly PointFinding[]): PointFinding {
  if (findings.includes('SUBSTANTIATED')) return 'SUBSTANTIATED';
  if (findings.includes('UNPROVEN')) return 'UNPROVEN';
  return 'UNTRUE';
}

/** Does the accusation count against the person (bar EXCELLENT, an outcome, a promotion)? Only a cleared one never does. */
export function accusationCountsAgainst(state: string): boolean {
  return state !== 'cleared';
}

export const accusationMachine = setup({
  types: { context: {} as AccusationContext, events: {} as AccusationEvent, input: {} as AccusationInput },
  guards: {
    isEveryPointFound: ({ context, event }) =>
      event.type === 'VERIFY' && event.findings.length === context.points.length && event.findings.every((f) => POINT_FINDINGS.includes(f)),
    isUntrue: ({ context }) => context.outcome === 'UNTRUE',
    isUnproven: ({ context }) => context.outcome === 'UNPROVEN',
    /** Only the body that checked the accusation clears it. */
    isClearedByCheckingBody: ({ context, event }) => event.type === 'CLEAR' && context.checkedBy?.bodyId === event.bodyId,
    /** Point by point: every point named once, each one found untrue. */
    areClearedPointsUntrue: ({ context, event }) =>
      event.type === 'CLEAR' &&
      event.points.length > 0 &&
      new Set(event.points).size === event.points.length &&
      event.points.every((i) => context.points[i]?.finding === 'UNTRUE'),
  },
  actions: {
    recordVerification: assign(({ context, event }) =>
      event.type === 'VERIFY'
        ? {
            points: context.points.map((p, i) => ({ ...p, finding: event.findings[i]! })),
            outcome: overallFinding(event.findings),
            checkedBy: { bodyId: event.bodyId, userId: event.userId, on: event.today },
          }
        : {},
    ),
    recordClearing: assign(({ event }) =>
      event.type === 'CLEAR' ? { clearing: { method: event.method, scope: event.scope, scopeNote: event.scopeNote, points: event.points, bodyId: event.bodyId, on: event.today } } : {},
    ),
  },
}).createMachine({
  id: 'accusation',
  context: ({ input }) => ({ source: input.source, points: input.points.map((text) => ({ text, finding: null })), outcome: null, checkedBy: null, clearing: null }),
  initial: 'underVerification',
  states: {
    underVerification: {
      description: '核查: each point is verified',
      on: { VERIFY: { target: 'verified', guard: 'isEveryPointFound', actions: 'recordVerification' } },
    },
    verified: {
      always: [{ target: 'untrue', guard: 'isUntrue' }, { target: 'unproven', guard: 'isUnproven' }, { target: 'substantiated' }],
    },
    untrue: {
      description: '失实: may be cleared by the body that checked it',
      on: { CLEAR: { target: 'cleared', guard: and(['isClearedByCheckingBody', 'areClearedPointsUntrue']), actions: 'recordClearing' } },
    },
    unproven: { type: 'final', description: '查无实据: not untrue, cannot be cleared' },
    substantiated: { type: 'final', description: '属实' },
    cleared: { type: 'final', description: '已澄清正名' },
  },
});
