import { describe, expect, it } from 'vitest';
import { calendarYears, weekdayOf } from './years';

describe('the years the calendar page lists', () => {
  it('newest first: the year to enter, entered and confirmed years, then the library', () => {
    expect(
      calendarYears({ libraryYears: [2025, 2026], confirmedYears: [2027], missingYear: 2029, additions: [{ day: '2027-01-01' }, { day: '2028-01-01' }, { day: '2028-02-07' }] }),
    ).toEqual([
      { year: 2029, status: 'MISSING' },
      { year: 2028, status: 'ENTERED' },
      { year: 2027, status: 'CONFIRMED' },
      { year: 2026, status: 'LIBRARY' },
      { year: 2025, status: 'LIBRARY' },
    ]);
  });

  it.each([
    ['2027-01-01', 5],
    ['2026-10-10', 6],
    ['2026-02-15', 0],
  ])('%s is weekday %i wherever the reader is', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });
});
