import type { AssessmentKind, CycleKind } from '../gql/graphql';
import { everyValue } from '../shared/enums';

export const CYCLE_KINDS = everyValue<CycleKind>()(['ANNUAL', 'REGULAR', 'SPECIAL', 'TERM']);

/** Assessment kinds, for filters. */
export const ASSESSMENT_KINDS = everyValue<AssessmentKind>()(['CADRE_ANNUAL', 'TEAM_ANNUAL', 'TERM', 'REGULAR', 'SPECIAL']);

/**
 * A deadline chosen as a calendar day runs to the end of that day in Beijing
 * (the working-day calendar is China's): `2026-01-31` → 2026-01-31T15:59:59.000Z.
 */
export function endOfDayInBeijing(day: string): string {
  return new Date(`${day}T23:59:59+08:00`).toISOString();
}

/**
 * The year a new cycle most likely assesses, on a Beijing day: the annual
 * assessment of a year is planned from its last quarter (the calendar-year
 * warning starts on 1 October) and run in the first months of the next, so
 * from October the default is this year, before October the year just ended.
 */
export function defaultAssessmentYear(now: Date = new Date()): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  return month >= 10 ? year : year - 1;
}
