import { PENALTY_EFFECTS, PENALTY_KINDS, type PenaltyEffect, type PenaltyKind, type RuleSettings } from './settings.js';

/**
 * National bounds on a local rule set (docs/domain.md §3, §5): a jurisdiction
 * may tighten a national figure, never loosen it. "Tighten" means stricter on
 * the organs and never narrower for the person:
 * - the excellent quota at most 20% of those graded, at most 25% only where a
 *   raise is recorded (a rule set that sets its ordinary quota above 20% needs
 *   that recorded approval); the raised percentage itself at most 25%; the
 *   members of a unit whose team is EXCELLENT may be tilted up to 25%, the
 *   members of any other team no higher than the ordinary bound;
 * - the public notice lasts at least 5 working days;
 * - the statutory windows of the person (公务员法 Arts. 95–96: review within 30
 *   days, appeal within 15 days of the review decision or 30 directly) are
 *   never shortened, and the organs' time to decide (review within 30 days,
 *   appeal within 60, extendable by at most 30) never lengthened;
 * - the penalty matrix: a kind's effect may be made heavier, never lighter.
 * The figures are the national ones, written here once; the rule-set service
 * calls `checkNationalBounds` before it publishes a version.
 */

export type BoundDirection = 'AT_MOST' | 'AT_LEAST';

export interface NationalBound {
  field: string;
  direction: BoundDirection;
  bound: number;
}

export const NATIONAL_QUOTA_PERCENT = 20;
export const NATIONAL_RAISED_QUOTA_PERCENT = 25;

export const NATIONAL_BOUNDS: readonly NationalBound[] = [
  { field: 'gates.excellentQuotaRaisedPercent', direction: 'AT_MOST', bound: NATIONAL_RAISED_QUOTA_PERCENT },
  { field: 'gates.membersExcellentPercentByTeamGrade.EXCELLENT', direction: 'AT_MOST', bound: NATIONAL_RAISED_QUOTA_PERCENT },
  { field: 'notice.publicNoticeWorkingDays', direction: 'AT_LEAST', bound: 5 },
  { field: 'appeals.reviewRequestDays', direction: 'AT_LEAST', bound: 30 },
  { field: 'appeals.reviewDecisionDays', direction: 'AT_MOST', bound: 30 },
  { field: 'appeals.appealAfterReviewDays', direction: 'AT_LEAST', bound: 15 },
  { field: 'appeals.directAppealDays', direction: 'AT_LEAST', bound: 30 },
  { field: 'appeals.appealDecisionDays', direction: 'AT_MOST', bound: 60 },
  { field: 'appeals.appealExtensionDays', direction: 'AT_MOST', bound: 30 },
];

/** The national penalty matrix [N]: a local rule set may only make an effect heavier. */
export const NATIONAL_PENALTY_EFFECTS: Readonly<Record<PenaltyKind, PenaltyEffect>> = {
  PARTY_WARNING: 'NO_EXCELLENT',
  GOVERNMENT_WARNING: 'NO_EXCELLENT',
  ADMONISHMENT: 'NO_EXCELLENT',
  REASSIGNMENT: 'NO_EXCELLENT',
  SERIOUS_PARTY_WARNING: 'UNGRADED_THIS_YEAR',
  DEMERIT: 'UNGRADED_THIS_YEAR',
  ORDERED_RESIGNATION: 'UNGRADED_THIS_YEAR',
  REMOVAL: 'UNGRADED_THIS_YEAR',
  DEMOTION: 'UNGRADED_THIS_YEAR',
  MAJOR_DEMERIT: 'UNGRADED_THIS_AND_NEXT_YEAR',
  DOWNGRADE: 'UNGRADED_THIS_AND_NEXT_YEAR',
  DISMISSAL_FROM_POST: 'UNGRADED_THIS_AND_NEXT_YEAR',
  REMOVAL_FROM_PARTY_POST: 'INCOMPETENT',
  PARTY_PROBATION: 'INCOMPETENT',
  EXPULSION: 'INCOMPETENT',
};

export interface NationalBoundError {
  code: 'NATIONAL_BOUND_LOOSENED';
  /** Dotted path of the setting, as `validateSettings` names fields. */
  field: string;
  direction: BoundDirection;
  /** The national figure (a number, or a penalty effect for the matrix). */
  bound: number | PenaltyEffect;
  value: number | PenaltyEffect;
  message: string;
}

export interface NationalBoundsContext {
  /** A raise of the ordinary quota to the raised percentage is recorded for this rule set. */
  quotaRaiseApproved?: boolean;
}

/** The number at a dotted path of a complete rule set (`validateSettings` has checked its shape). */
function readField(settings: RuleSettings, field: string): number {
  return field.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings) as number;
}

function numberBound(field: string, direction: BoundDirection, bound: number, value: number, why: string): NationalBoundError | null {
  const loosened = direction === 'AT_MOST' ? value > bound : value < bound;
  if (!loosened) return null;
  const word = direction === 'AT_MOST' ? 'at most' : 'at least';
  return { code: 'NATIONAL_BOUND_LOOSENED', field, direction, bound, value, message: `must be ${word} ${bound}${why} (national rule; now ${value})` };
}

/** Every national figure the rule set loosens, each naming its field, the bound and the value. Empty when none. */
export function checkNationalBounds(settings: RuleSettings, context: NationalBoundsContext = {}): NationalBoundError[] {
  const errors: NationalBoundError[] = [];
  const push = (error: NationalBoundError | null) => {
    if (error) errors.push(error);
  };
  const raised = context.quotaRaiseApproved === true;
  const ordinaryBound = raised ? NATIONAL_RAISED_QUOTA_PERCENT : NATIONAL_QUOTA_PERCENT;
  const ordinaryWhy = raised ? ' with the recorded approval' : ' without a recorded approval';
  push(numberBound('gates.excellentQuotaPercent', 'AT_MOST', ordinaryBound, settings.gates.excellentQuotaPercent, ordinaryWhy));
  for (const grade of ['GOOD', 'AVERAGE', 'POOR'] as const) {
    const field = `gates.membersExcellentPercentByTeamGrade.${grade}`;
    push(numberBound(field, 'AT_MOST', ordinaryBound, readField(settings, field), ordinaryWhy));
  }
  for (const { field, direction, bound } of NATIONAL_BOUNDS) push(numberBound(field, direction, bound, readField(settings, field), ''));
  for (const kind of PENALTY_KINDS) {
    const national = NATIONAL_PENALTY_EFFECTS[kind];
    const value = settings.gates.penaltyEffects[kind];
    if (PENALTY_EFFECTS.indexOf(value) < PENALTY_EFFECTS.indexOf(national)) {
      errors.push({
        code: 'NATIONAL_BOUND_LOOSENED',
        field: `gates.penaltyEffects.${kind}`,
        direction: 'AT_LEAST',
        bound: national,
        value,
        message: `must be at least as heavy as ${national} (national rule; now ${value})`,
      });
    }
  }
  return errors;
}
