/**
 * Status facts about a cadre that grading needs (docs/domain.md §5, §6), each a
 * period with a start and an optional end. "Is it in force?" is always asked
 * for a day that the caller hands in.
 */
export const CADRE_STATUS_KINDS = [
  /** 试用期: graded COMMENT_ONLY. */
  'PROBATION',
  /** 病假 / 事假: over the configured months in a year → UNGRADED. */
  'SICK_LEAVE',
  'PERSONAL_LEAVE',
  /** 立案审查未结案: UNGRADED without comment until closed. */
  'INVESTIGATION',
  /** Protected statuses: they block dismissal (辞退). */
  'INJURY_ON_DUTY',
  'MEDICAL_TREATMENT',
  'PREGNANCY',
  'MATERNITY',
  'NURSING',
] as const;
export type CadreStatusKind = (typeof CADRE_STATUS_KINDS)[number];

export const PROTECTED_STATUS_KINDS: readonly CadreStatusKind[] = [
  'INJURY_ON_DUTY',
  'MEDICAL_TREATMENT',
  'PREGNANCY',
  'MATERNITY',
  'NURSING',
];
export const LEAVE_STATUS_KINDS: readonly CadreStatusKind[] = ['SICK_LEAVE', 'PERSONAL_LEAVE'];

/** A calendar day as `YYYY-MM-DD`; comparisons are lexical. */
export type IsoDate = string;

export interface StatusPeriod {
  kind: CadreStatusKind;
  startsOn: IsoDate;
  /** Inclusive; null while the period is open. */
  endsOn: IsoDate | null;
}

export function isInForce(period: StatusPeriod, day: IsoDate): boolean {
  return period.startsOn <= day && (period.endsOn === null || day <= period.endsOn);
}

export function statusesInForce(periods: readonly StatusPeriod[], day: IsoDate): CadreStatusKind[] {
  return [...new Set(periods.filter((p) => isInForce(p, day)).map((p) => p.kind))];
}

export function hasOpenInvestigation(periods: readonly StatusPeriod[], day: IsoDate): boolean {
  return periods.some((p) => p.kind === 'INVESTIGATION' && isInForce(p, day));
}

export function isProtected(periods: readonly StatusPeriod[], day: IsoDate): boolean {
  return periods.some((p) => PROTECTED_STATUS_KINDS.includes(p.kind) && isInForce(p, day));
}

const DAY_MS = 86_400_000;
function toUtcDay(day: IsoDate): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** Days of leave (sick or personal) that fall inside [from, to], overlapping periods counted once. */
export function leaveDaysWithin(periods: readonly StatusPeriod[], from: IsoDate, to: IsoDate): number {
  const start = toUtcDay(from);
  const end = toUtcDay(to);
  const ranges = periods
    .filter((p) => LEAVE_STATUS_KINDS.includes(p.kind))
    .map((p) => [Math.max(start, toUtcDay(p.startsOn)), Math.min(end, p.endsOn ? toUtcDay(p.endsOn) : end)] as const)
    .filter(([a, b]) => a <= b)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let coveredUntil = -Infinity;
  for (const [a, b] of ranges) {
    const from2 = Math.max(a, coveredUntil + 1);
    if (from2 <= b) total += b - from2 + 1;
    coveredUntil = Math.max(coveredUntil, b);
  }
  return total;
}

/**
 * Leave over `months` months in the calendar year → UNGRADED (docs/domain.md §5).
 * A month is counted as 30 days, the usual reading of "累计超过半年".
 */
export function isLongLeave(periods: readonly StatusPeriod[], year: number, months: number): boolean {
  return leaveDaysWithin(periods, `${year}-01-01`, `${year}-12-31`) > months * 30;
}
