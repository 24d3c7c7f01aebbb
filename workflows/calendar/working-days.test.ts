import chineseDays from 'chinese-days';
import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { addDays, CalendarNotCovered, calendarWarning, fromIso, isWorkingDay, lastOfWorkingDays, toIso, workingDaysBetween, type WorkingCalendar } from './working-days.js';

/**
 * One year of the official calendar (国务院办公厅 holiday notice) as the server
 * hands it in: `holidays` are rest days (the weekend ones included, which is
 * harmless), `workdays` are the weekend days made working days (调休上班).
 */
function officialCalendar(year: number): WorkingCalendar {
  const inYear = (day: string) => day.startsWith(`${year}-`);
  return {
    holidays: new Set(Object.keys(official.holidays).filter(inYear)),
    makeUpWorkdays: new Set(Object.keys(official.workdays).filter(inYear)),
  };
}
const CAL_2026 = officialCalendar(2026);
const NO_HOLIDAYS: WorkingCalendar = { holidays: new Set(), makeUpWorkdays: new Set() };

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let day = `${year}-01-01`; day.startsWith(`${year}-`); day = addDays(day, 1)) days.push(day);
  return days;
}

describe('the 2026 official calendar from chinese-days', () => {
  it('has the six make-up workdays of the 2026 notice', () => {
    expect([...CAL_2026.makeUpWorkdays].sort()).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('and National Day runs 10-01 to 10-07', () => {
    expect([...CAL_2026.holidays].filter((d) => d.startsWith('2026-10-'))).toEqual(everyDayOf(2026).filter((d) => d >= '2026-10-01' && d <= '2026-10-07'));
  });
});

describe('isWorkingDay', () => {
  it.each<[string, string, boolean]>([
    ['2026-10-01', 'Thursday, National Day', false],
    ['2026-10-07', 'Wednesday, the last day of National Day', false],
    ['2026-10-08', 'Thursday, the first day back', true],
    ['2026-10-10', 'Saturday, a make-up workday after National Day', true],
    ['2026-10-11', 'Sunday, an ordinary weekend day', false],
    ['2026-09-20', 'Sunday, a make-up workday before National Day', true],
    ['2026-09-25', 'Friday, Mid-Autumn Festival', false],
    ['2026-02-14', 'Saturday, a make-up workday before the Spring Festival', true],
    ['2026-02-16', 'Monday, Spring Festival', false],
    ['2026-02-23', 'Monday, the last day of the Spring Festival', false],
    ['2026-01-01', "Thursday, New Year's Day", false],
    ['2026-01-04', 'Sunday, a make-up workday after New Year', true],
    ['2026-03-10', 'Tuesday, an ordinary weekday', true],
    ['2026-03-14', 'Saturday, an ordinary weekend day', false],
  ])('%s (%s) is a working day: %s', (day, _what, working) => {
    expect(isWorkingDay(day, CAL_2026)).toBe(working);
  });

  it('agrees with chinese-days itself on every day of 2026', () => {
    const disagreements = everyDayOf(2026).filter((day) => isWorkingDay(day, CAL_2026) !== chineseDays.isWorkday(day));
    expect(disagreements).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['2026-10-01', true],
    ['2026-10-10', false],
  ])('without calendar data, only the weekday counts: %s is a working day: %s', (day, working) => {
    expect(isWorkingDay(day, NO_HOLIDAYS)).toBe(working);
  });
});

describe('lastOfWorkingDays: the last day of a period of n working days, the first day counted if it is one', () => {
  it.each<[string, string, number, string]>([
    ['a notice published Tuesday 09-29 for 5 working days spans National Day and ends on make-up Saturday 10-10', '2026-09-29', 5, '2026-10-10'],
    ['a plain week: 5 working days from Monday 03-09 end that Friday', '2026-03-09', 5, '2026-03-13'],
    ['1 working day from a working day is that day', '2026-03-09', 1, '2026-03-09'],
    ['a start on a Saturday is not counted: 5 from 03-14 end Friday 03-20', '2026-03-14', 5, '2026-03-20'],
    ['a start on a holiday is not counted: 5 from 10-01 end Tuesday 10-13', '2026-10-01', 5, '2026-10-13'],
    ['5 from Thursday 09-24 skip Mid-Autumn and National Day and end Thursday 10-08', '2026-09-24', 5, '2026-10-08'],
    ['2 from Friday 09-18 end on make-up Sunday 09-20', '2026-09-18', 2, '2026-09-20'],
    ['3 from Friday 02-13 take in make-up Saturday 02-14 and skip the Spring Festival to 02-24', '2026-02-13', 3, '2026-02-24'],
    ['10 from Monday 04-27 skip Labour Day and count make-up Saturday 05-09', '2026-04-27', 10, '2026-05-12'],
  ])('%s', (_rule, start, n, last) => {
    expect(lastOfWorkingDays(start, n, CAL_2026)).toBe(last);
  });

  it('always ends on a working day with exactly n working days in the period (every start in 2026, n = 1..10)', () => {
    const broken: string[] = [];
    for (const start of everyDayOf(2026).filter((d) => d <= '2026-12-01')) {
      for (let n = 1; n <= 10; n++) {
        const last = lastOfWorkingDays(start, n, CAL_2026);
        if (!isWorkingDay(last, CAL_2026) || workingDaysBetween(start, last, CAL_2026) !== n) broken.push(`${start} + ${n} → ${last}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each<[string, number]>([
    ['zero', 0],
    ['negative', -1],
    ['fractional', 2.5],
    ['NaN', Number.NaN],
  ])('refuses a %s count of working days', (_what, n) => {
    expect(() => lastOfWorkingDays('2026-09-29', n, CAL_2026)).toThrow(new RangeError('n must be a whole number ≥ 1'));
  });
});

describe('workingDaysBetween: working days in [from, to], both inclusive', () => {
  it.each<[string, string, string, number]>([
    ['the 2026 National Day notice window', '2026-09-29', '2026-10-10', 5],
    ['a plain week, Monday to Friday', '2026-03-09', '2026-03-13', 5],
    ['a plain week, Monday to Sunday', '2026-03-09', '2026-03-15', 5],
    ['the National Day holiday itself', '2026-10-01', '2026-10-07', 0],
    ['a single working day', '2026-03-10', '2026-03-10', 1],
    ['a single holiday', '2026-10-01', '2026-10-01', 0],
    ['an empty range (to before from)', '2026-03-13', '2026-03-09', 0],
    ['September 2026 (22 weekdays, Mid-Autumn Friday off, make-up Sunday 09-20 on)', '2026-09-01', '2026-09-30', 22],
    ['the whole of 2026', '2026-01-01', '2026-12-31', 248],
  ])('%s: %s to %s has %i', (_what, from, to, count) => {
    expect(workingDaysBetween(from, to, CAL_2026)).toBe(count);
  });
});

describe('addDays: calendar days, for windows counted in natural days', () => {
  it.each<[string, string, number, string]>([
    ['30 days to request a review', '2026-10-10', 30, '2026-11-09'],
    ['across the year end', '2026-12-31', 1, '2027-01-01'],
    ['onto a leap day', '2028-02-28', 1, '2028-02-29'],
    ['past February in a common year', '2026-02-28', 1, '2026-03-01'],
    ['backwards', '2026-03-01', -1, '2026-02-28'],
    ['zero days', '2026-10-10', 0, '2026-10-10'],
    ['across the (European) daylight-saving change, which UTC arithmetic ignores', '2026-03-28', 2, '2026-03-30'],
  ])('%s: %s + %i = %s', (_what, day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('toIso and fromIso are inverse', () => {
    for (const day of everyDayOf(2026)) expect(toIso(fromIso(day))).toBe(day);
  });
});

describe('years the official calendar does not cover', () => {
  const covered: WorkingCalendar = { holidays: new Set(['2026-10-01']), makeUpWorkdays: new Set(), coveredYears: new Set([2025, 2026]) };

  it.each([
    ['a window inside a covered year', '2026-09-28', 5, '2026-10-05'],
    ['a window ending on the last day of the covered year', '2026-12-25', 5, '2026-12-31'],
  ])('%s is counted', (_name, start, n, end) => {
    expect(lastOfWorkingDays(start, n, covered)).toBe(end);
  });

  it('a window that runs into an uncovered year is refused, naming the year', () => {
    expect(() => lastOfWorkingDays('2026-12-28', 5, covered)).toThrow(CalendarNotCovered);
    expect(() => lastOfWorkingDays('2026-12-28', 5, covered)).toThrow(expect.objectContaining({ name: 'CalendarNotCovered', year: 2027 }));
    expect(() => lastOfWorkingDays('2026-12-28', 5, covered)).toThrow(/2027/);
    expect(() => lastOfWorkingDays('2024-05-06', 1, covered)).toThrow(/2024/);
  });

  it.each([
    ['2026-09-30', [2026], null],
    ['2026-10-01', [2026], 2027],
    ['2026-12-31', [2026], 2027],
    ['2026-10-01', [2026, 2027], null],
    ['2027-01-02', [2026], 2027],
    ['2027-03-01', [2026, 2027], null],
  ] as const)('on %s with %j covered, the warning names %s', (today, years, warned) => {
    expect(calendarWarning(today, new Set(years))?.year ?? null).toBe(warned);
  });
});
