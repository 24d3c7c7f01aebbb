import type { IsoDate } from '../cadre/status.js';

/**
 * Chinese working days (docs/domain.md §3 on the public notice, §8):
 * weekends are rest days unless the official calendar makes them make-up
 * workdays (调休上班), and statutory holidays are rest days even on a weekday.
 * The calendar data is handed in.
 */
export interface WorkingCalendar {
  /** Rest days that fall on weekdays (public holidays and bridge days). */
  holidays: ReadonlySet<IsoDate>;
  /** Weekend days that are working days (调休). */
  makeUpWorkdays: ReadonlySet<IsoDate>;
  /**
   * The years whose official holidays and make-up days are known. A working
   * day counted in any other year would be a guess (a window running
   * straight through an unknown Spring Festival), so it is refused. Omitted:
   * every year is taken as known (pure tests with hand-made calendars).
   */
  coveredYears?: ReadonlySet<number>;
}

/** A working day was asked of a year the official calendar does not cover yet. */
export class CalendarNotCovered extends Error {
  constructor(readonly year: number) {
    super(`The official working-day calendar of ${year} has not been entered yet`);
    this.name = 'CalendarNotCovered';
  }
}

const DAY = 86_400_000;
export const toIso = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
export const fromIso = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`);

export function isWorkingDay(day: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.coveredYears && !calendar.coveredYears.has(Number(day.slice(0, 4)))) throw new CalendarNotCovered(Number(day.slice(0, 4)));
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  const weekday = new Date(fromIso(day)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a period of `n` working days that starts on `start` (counted
 * if it is a working day): a notice published on `start` for 5 working days
 * runs until the returned day, inclusive.
 */
export function lastOfWorkingDays(start: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a whole number ≥ 1');
  let ms = fromIso(start);
  let counted = 0;
  for (;;) {
    if (isWorkingDay(toIso(ms), calendar)) counted++;
    if (counted === n) return toIso(ms);
    ms += DAY;
  }
}

/** Working days in [from, to], both inclusive. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let ms = fromIso(from); ms <= fromIso(to); ms += DAY) if (isWorkingDay(toIso(ms), calendar)) count++;
  return count;
}

/** Calendar days after `day` (for statutory windows counted in natural days, e.g. 30 days to request a review). */
export function addDays(day: IsoDate, days: number): IsoDate {
  return toIso(fromIso(day) + days * DAY);
}

/**
 * Whether the organisation department should be warned that next year's
 * calendar is missing: from 1 October (a setting's default), the year after
 * `today` must be covered, since windows opened in the winter run into it.
 */
export function calendarWarning(today: IsoDate, coveredYears: ReadonlySet<number>, warnFromMonth = 10): { year: number } | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (!coveredYears.has(year)) return { year };
  if (month >= warnFromMonth && !coveredYears.has(year + 1)) return { year: year + 1 };
  return null;
}
