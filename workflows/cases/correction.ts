import { GRADE_SCALES, type GradeScaleId } from '../rules/grades.js';
import { PENALTY_KINDS, type PenaltyKind, type RuleSettings } from '../rules/settings.js';
import type { IsoDate } from '../cadre/status.js';
import { fromIso } from '../calendar/working-days.js';

/**
 * Corrections of a final result (docs/domain.md §3 on review and appeal, §5,
 * §7) and the day counts of the statutory windows. Pure: every date is
 * handed in.
 */

/** Where a result version comes from: the decision itself, or one of the four ways a result is corrected. */
export const RESULT_SOURCES = ['DECISION', 'REVIEW', 'APPEAL', 'FAULT_TOLERANCE', 'INVESTIGATION_CLOSED'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];
export type CorrectionSource = Exclude<ResultSource, 'DECISION'>;

/**
 * A correction never worsens the result: the new grade is a grade of the
 * scale and strictly better than the one in force. An UNGRADED result whose
 * cause has gone (the investigation closed with no penalty or a warning, or
 * the penalty that ungraded the year was exempted as a tolerated error) is
 * graded afresh: any grade of the scale.
 */
export function isCorrectionNeverWorse(scale: GradeScaleId, from: string | null, to: string, source: CorrectionSource): boolean {
  const grades = GRADE_SCALES[scale] as readonly string[];
  if (!grades.includes(to)) return false;
  if (from === 'UNGRADED') return source === 'INVESTIGATION_CLOSED' || source === 'FAULT_TOLERANCE';
  // No result yet, or one that is no grade of the scale (COMMENT_ONLY), is found nowhere (-1): nothing is better than it. The same grade is not better.
  return grades.indexOf(to) < (grades as readonly (string | null)[]).indexOf(from);
}

/** Is `to` better than `from` on the scale (a grade is better than UNGRADED once its cause has gone)? */
export function isBetterResult(scale: GradeScaleId, from: string | null, to: string): boolean {
  const grades = GRADE_SCALES[scale] as readonly string[];
  if (!grades.includes(to)) return false;
  if (from === null || from === 'UNGRADED') return true;
  // A result that is no grade of the scale (COMMENT_ONLY) stands at -1: nothing is better than it. The same grade is not better.
  return grades.indexOf(to) < grades.indexOf(from);
}

const DAY = 86_400_000;

/** Calendar days from `from` to `to` (Beijing days, both `YYYY-MM-DD`): the notice day is day 0, the next day is day 1. */
export function daysAfter(from: IsoDate, to: IsoDate): number {
  return Math.round((fromIso(to) - fromIso(from)) / DAY);
}

/** Within `days` calendar days of `from`: day `days` is still in, day `days + 1` is out. */
export function isWithinDays(from: IsoDate, today: IsoDate, days: number): boolean {
  const n = daysAfter(from, today);
  return n >= 0 && n <= days;
}

/**
 * Grades that may be reviewed: the lowest of the scale (the statute names
 * INCOMPETENT; a team's POOR, a public institution's UNQUALIFIED), and the
 * one above it (BASICALLY_COMPETENT, AVERAGE, BASICALLY_QUALIFIED) where the
 * jurisdiction allows it.
 */
export function reviewableGrades(settings: Pick<RuleSettings, 'appeals'>, scale: GradeScaleId = 'CADRE'): string[] {
  const grades = GRADE_SCALES[scale] as readonly string[];
  const lowest = grades[grades.length - 1]!;
  return settings.appeals.basicallyCompetentReviewable ? [lowest, grades[grades.length - 2]!] : [lowest];
}

// ---------- penalties ----------

export const PENALTY_CATEGORIES = ['PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION', 'ORGANISATIONAL_HANDLING'] as const;
export type PenaltyCategory = (typeof PENALTY_CATEGORIES)[number];

const CATEGORY: Record<PenaltyKind, PenaltyCategory> = {
  PARTY_WARNING: 'PARTY_DISCIPLINE',
  SERIOUS_PARTY_WARNING: 'PARTY_DISCIPLINE',
  REMOVAL_FROM_PARTY_POST: 'PARTY_DISCIPLINE',
  PARTY_PROBATION: 'PARTY_DISCIPLINE',
  EXPULSION: 'PARTY_DISCIPLINE',
  GOVERNMENT_WARNING: 'GOVERNMENT_SANCTION',
  DEMERIT: 'GOVERNMENT_SANCTION',
  MAJOR_DEMERIT: 'GOVERNMENT_SANCTION',
  DOWNGRADE: 'GOVERNMENT_SANCTION',
  DISMISSAL_FROM_POST: 'GOVERNMENT_SANCTION',
  ADMONISHMENT: 'ORGANISATIONAL_HANDLING',
  REASSIGNMENT: 'ORGANISATIONAL_HANDLING',
  ORDERED_RESIGNATION: 'ORGANISATIONAL_HANDLING',
  REMOVAL: 'ORGANISATIONAL_HANDLING',
  DEMOTION: 'ORGANISATIONAL_HANDLING',
};

/** Party discipline (党纪处分), government sanction (政务处分) or organisational handling (组织处理). */
export function penaltyCategory(kind: PenaltyKind): PenaltyCategory {
  return CATEGORY[kind];
}

/**
 * The months a government sanction's period runs (处分期): warning 6,
 * demerit 12, major demerit 18, downgrade or dismissal from post 24 (settings);
 * null for the others, whose effects are not a fixed period.
 */
export function penaltyPeriodMonths(kind: PenaltyKind, periods: RuleSettings['penaltyPeriods']): number | null {
  switch (kind) {
    case 'GOVERNMENT_WARNING':
    case 'PARTY_WARNING':
      return periods.warningMonths;
    case 'DEMERIT':
      return periods.demeritMonths;
    case 'MAJOR_DEMERIT':
      return periods.majorDemeritMonths;
    case 'DOWNGRADE':
    case 'DISMISSAL_FROM_POST':
      return periods.downgradeOrDismissalMonths;
    default:
      return null;
  }
}

/** The last day of a period of `months` months starting on `from` (a period from 1 March for 6 months ends on 31 August). */
export function periodEnd(from: IsoDate, months: number): IsoDate {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)) - DAY);
  return end.toISOString().slice(0, 10);
}

/** A warning (party or government): closing an investigation with one still lets the year be graded. */
export function isWarning(kind: PenaltyKind | null): boolean {
  return kind === 'PARTY_WARNING' || kind === 'GOVERNMENT_WARNING';
}

/** The penalty kinds are listed lightest first (the order of the penalty matrix): is `lighter` lighter than `than`? */
export function isLighterPenalty(lighter: PenaltyKind, than: PenaltyKind): boolean {
  return PENALTY_KINDS.indexOf(lighter) < PENALTY_KINDS.indexOf(than);
}
