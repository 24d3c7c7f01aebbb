/** The years the calendar page lists, with what each one's status is, from the working calendar's facts. */

export type YearStatus = 'LIBRARY' | 'CONFIRMED' | 'ENTERED' | 'MISSING';

export interface YearRow {
  year: number;
  status: YearStatus;
}

/**
 * Every year worth showing, newest first: the covered ones (the library's and
 * the confirmed), years with entered days not yet confirmed, and the year the
 * calendar says must be entered now.
 */
export function calendarYears(info: { libraryYears: readonly number[]; confirmedYears: readonly number[]; missingYear: number | null; additions: ReadonlyArray<{ day: string }> }): YearRow[] {
  const library = new Set(info.libraryYears);
  const confirmed = new Set(info.confirmedYears);
  const entered = new Set(info.additions.map((a) => Number(a.day.slice(0, 4))));
  const years = new Set([...library, ...confirmed, ...entered, ...(info.missingYear === null ? [] : [info.missingYear])]);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({ year, status: library.has(year) ? 'LIBRARY' : confirmed.has(year) ? 'CONFIRMED' : entered.has(year) ? 'ENTERED' : 'MISSING' }));
}

/** The weekday of a day `YYYY-MM-DD` (0 = Sunday), independent of the reader's time zone. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
