import type { IsoDate } from '../cadre/status.js';
import { accusationCountsAgainst } from './accusation.machine.js';

/**
 * What blocks a cadre's promotion on a given day (docs/domain.md §5, §7), pure:
 * a sanction whose period is in force, an investigation still open, an
 * accusation found substantiated. A sanction exempted by fault tolerance
 * (tolerated) or replaced by a lighter one, and an accusation cleared
 * (澄清正名), never block: they are listed as disregarded, with why.
 */

export const PROMOTION_BLOCKER_KINDS = ['PENALTY_PERIOD', 'OPEN_INVESTIGATION', 'SUBSTANTIATED_ACCUSATION'] as const;
export type PromotionBlockerKind = (typeof PROMOTION_BLOCKER_KINDS)[number];

export interface PenaltyFact {
  id: string;
  kind: string;
  decidedOn: IsoDate | null;
  /** Last day of the sanction period; null for a sanction without a fixed period (then: the end of the year it was decided). */
  effectiveUntil: IsoDate | null;
  tolerated: boolean;
  replacedBy: string | null;
}

export interface InvestigationFact {
  id: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
}

export interface AccusationFact {
  id: string;
  /** The accusation machine's state: underVerification, verified, untrue, unproven, substantiated, cleared. */
  state: string;
  concernsYear: number;
}

export interface PromotionBlocker {
  kind: PromotionBlockerKind;
  /** The penalty, investigation or accusation. */
  recordId: string;
  since: IsoDate | null;
  until: IsoDate | null;
  explanation: string;
}

/** The last day a penalty weighs on promotion: its period's end, or (no fixed period) the end of the year it was decided. */
export function penaltyInForceUntil(p: PenaltyFact): IsoDate | null {
  if (!p.decidedOn) return null;
  return p.effectiveUntil ?? `${p.decidedOn.slice(0, 4)}-12-31`;
}

export function promotionBlockers(
  facts: { penalties: readonly PenaltyFact[]; investigations: readonly InvestigationFact[]; accusations: readonly AccusationFact[] },
  today: IsoDate,
): { blockers: PromotionBlocker[]; disregarded: PromotionBlocker[] } {
  const blockers: PromotionBlocker[] = [];
  const disregarded: PromotionBlocker[] = [];
  for (const p of facts.penalties) {
    const until = penaltyInForceUntil(p);
    if (!p.decidedOn || p.decidedOn > today || (until !== null && until < today)) continue;
    const entry = { kind: 'PENALTY_PERIOD' as const, recordId: p.id, since: p.decidedOn, until, explanation: `${p.kind} decided on ${p.decidedOn}, in force until ${until}` };
    if (p.tolerated) disregarded.push({ ...entry, explanation: `${entry.explanation}: exempted by fault tolerance (容错免责), never counts against the person` });
    else if (p.replacedBy) disregarded.push({ ...entry, explanation: `${entry.explanation}: replaced by a lighter sanction (容错从轻)` });
    else blockers.push(entry);
  }
  for (const i of facts.investigations) {
    if (i.startsOn > today || (i.endsOn !== null && i.endsOn < today)) continue;
    blockers.push({ kind: 'OPEN_INVESTIGATION', recordId: i.id, since: i.startsOn, until: i.endsOn, explanation: `under investigation (立案审查) since ${i.startsOn}` });
  }
  for (const a of facts.accusations) {
    const entry = { kind: 'SUBSTANTIATED_ACCUSATION' as const, recordId: a.id, since: null, until: null, explanation: `accusation concerning ${a.concernsYear}` };
    if (!accusationCountsAgainst(a.state)) disregarded.push({ ...entry, explanation: `${entry.explanation}: found untrue and cleared (澄清正名), never blocks a promotion` });
    else if (a.state === 'substantiated') blockers.push({ ...entry, explanation: `${entry.explanation}: found substantiated` });
  }
  return { blockers, disregarded };
}
