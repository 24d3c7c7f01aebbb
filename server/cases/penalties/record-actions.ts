import type { Actor } from '../../../workflows/registry.js';
import { MACHINES } from '../../../workflows/registry.js';
import { isApplicationTimely, type FtOrigin } from '../../../workflows/cases/fault-tolerance.machine.js';
import { actingCapacity, type ActorTarget } from '../../workflow/actors.js';
import { can, type Viewer } from '../../auth/policy.js';
import { AppError } from '../../common/errors.js';

/**
 * Who may do what to a penalty or an investigation now. One rule per action:
 * the mutation throws what it returns, and `availableActions` offers the
 * action exactly when it returns nothing — so the two cannot disagree.
 */

/** What a penalty check needs: the row and where its cadre sits. */
export interface PenaltyFacts {
  cadreId: string;
  orgPath: string;
  organisationId: string;
  startedOn: string | null;
  decidedOn: string | null;
  tolerated: boolean;
  replacedBy: string | null;
}

export interface InvestigationFacts {
  orgPath: string;
  endsOn: string | null;
  conclusion: string | null;
}

export const PENALTY_ACTIONS = ['DECIDE_PENALTY', 'APPLY_FAULT_TOLERANCE', 'OPEN_FAULT_TOLERANCE_CASE'] as const;
export type PenaltyAction = (typeof PENALTY_ACTIONS)[number];
export const INVESTIGATION_ACTIONS = ['CLOSE_INVESTIGATION'] as const;
export type InvestigationAction = (typeof INVESTIGATION_ACTIONS)[number];

/** Written applications (the cadre's own, or the unit's recorded by discipline inspection); OWN_MOTION is the body's own case. */
const APPLICATION_ORIGINS: readonly FtOrigin[] = ['CADRE_APPLICATION', 'UNIT_APPLICATION'];

const signIn = () => new AppError('UNAUTHENTICATED', 'Please sign in');

/** Deciding a sanction (its date and period): discipline inspection with jurisdiction, while it is undecided, neither exempted nor replaced. */
export function decidePenaltyRefusal(viewer: Viewer | null, p: PenaltyFacts): AppError | null {
  if (!viewer) return signIn();
  if (!can(viewer, 'penalty:write', p.orgPath)) return new AppError('FORBIDDEN', 'penalty:write is outside your jurisdiction', { permission: 'penalty:write' });
  if (p.decidedOn) return new AppError('CONFLICT', 'This sanction is already decided');
  if (p.tolerated) return new AppError('CONFLICT', 'This sanction was exempted by a fault-tolerance decision: there is nothing left to decide');
  if (p.replacedBy) return new AppError('CONFLICT', 'This sanction was replaced by a lighter one: decide that one instead');
  return null;
}

/**
 * Opening a fault-tolerance case about `penalty` (or none) of the cadre at
 * `target`, with `origin`: the capacity the viewer acts in, or the refusal.
 * The cadre applies for themself; unit applications and own-motion cases
 * are recorded by discipline inspection. Applications are taken once
 * accountability has started and before the sanction is decided; a sanction
 * already exempted or replaced is not tolerated again.
 */
export function openFaultToleranceCheck(
  viewer: Viewer | null,
  target: ActorTarget,
  origin: FtOrigin,
  penalty: Pick<PenaltyFacts, 'startedOn' | 'decidedOn' | 'tolerated' | 'replacedBy'> | null,
): { capacity: Actor; refusal?: undefined } | { capacity?: undefined; refusal: AppError } {
  if (!viewer) return { refusal: signIn() };
  const spec = MACHINES.faultToleranceCase;
  const capacity = actingCapacity(viewer, spec, 'SUBMIT', target);
  if (!capacity) return { refusal: new AppError('FORBIDDEN', `Only ${spec.actors.SUBMIT.join(' or ')} may do SUBMIT here`, { event: 'SUBMIT' }) };
  if (capacity === 'SUBJECT' && origin !== 'CADRE_APPLICATION') {
    return { refusal: new AppError('FORBIDDEN', 'A cadre applies for themself; unit applications and own-motion cases are recorded by discipline inspection') };
  }
  if (penalty?.tolerated || penalty?.replacedBy) {
    return { refusal: new AppError('NOT_ELIGIBLE', penalty.tolerated ? 'This sanction was already exempted by a fault-tolerance decision' : 'This sanction was already replaced by a lighter one', { tolerated: penalty.tolerated, replaced: penalty.replacedBy !== null }) };
  }
  const started = penalty?.startedOn != null;
  const decided = penalty?.decidedOn != null;
  if (!isApplicationTimely(origin, started, decided)) {
    return {
      refusal: new AppError('NOT_ELIGIBLE', started ? 'The sanction is already decided: an application is no longer taken (the body may still open a case on its own motion)' : 'No accountability has started against this cadre yet', {
        accountabilityStarted: started,
        sanctionDecided: decided,
      }),
    };
  }
  return { capacity };
}

/** What the viewer may do to this penalty now. */
export function penaltyActions(viewer: Viewer | null, p: PenaltyFacts): PenaltyAction[] {
  const target: ActorTarget = { orgPath: p.orgPath, organisationId: p.organisationId, cadreId: p.cadreId };
  const opens = (origin: FtOrigin) => openFaultToleranceCheck(viewer, target, origin, p).capacity !== undefined;
  const out: PenaltyAction[] = [];
  if (!decidePenaltyRefusal(viewer, p)) out.push('DECIDE_PENALTY');
  if (APPLICATION_ORIGINS.some(opens)) out.push('APPLY_FAULT_TOLERANCE');
  if (opens('OWN_MOTION')) out.push('OPEN_FAULT_TOLERANCE_CASE');
  return out;
}

/** Closing an investigation with its conclusion: discipline inspection with jurisdiction, while it is open. */
export function closeInvestigationRefusal(viewer: Viewer | null, i: InvestigationFacts): AppError | null {
  if (!viewer) return signIn();
  if (!can(viewer, 'investigation:write', i.orgPath)) return new AppError('FORBIDDEN', 'investigation:write is outside your jurisdiction', { permission: 'investigation:write' });
  if (i.conclusion || i.endsOn) return new AppError('CONFLICT', 'This investigation is already closed');
  return null;
}

/** What the viewer may do to this investigation now. */
export function investigationActions(viewer: Viewer | null, i: InvestigationFacts): InvestigationAction[] {
  return closeInvestigationRefusal(viewer, i) ? [] : ['CLOSE_INVESTIGATION'];
}
