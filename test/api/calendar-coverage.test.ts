import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgadmin: string;
beforeAll(async () => {
  t = await startTestApp();
  orgadmin = await t.signIn('orgadmin');
});
afterAll(() => t?.close());

const LAST = `query($input: WorkingDaysQuery!) { lastWorkingDay(input: $input) }`;
const INFO = `{ workingCalendar { libraryYears confirmedYears coveredYears missingYear } }`;
const SET_DAY = `mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { day } }`;
const CONFIRM = `mutation($year: Int!) { confirmCalendarYear(year: $year) }`;

/** The first year the maintained library does not cover. */
let uncovered: number;

describe('working days in a year the official calendar does not cover', () => {
  it('the calendar says which years it covers, and from October warns of the next one', async () => {
    const info = await t.gql<{ workingCalendar: { libraryYears: number[]; coveredYears: number[]; missingYear: number | null } }>(INFO, {}, { token: orgadmin });
    const years = info.data!.workingCalendar.libraryYears;
    uncovered = Math.max(...years) + 1;
    expect(info.data!.workingCalendar.coveredYears).toEqual(years);
    t.clock.set(new Date(`${uncovered - 1}-09-30T10:00:00+08:00`));
    expect((await t.gql<{ workingCalendar: { missingYear: number | null } }>(INFO, {}, { token: orgadmin })).data!.workingCalendar.missingYear).toBeNull();
    t.clock.set(new Date(`${uncovered - 1}-10-01T10:00:00+08:00`));
    expect((await t.gql<{ workingCalendar: { missingYear: number | null } }>(INFO, {}, { token: orgadmin })).data!.workingCalendar.missingYear).toBe(uncovered);
  });

  it('a period running into the uncovered year is refused with CALENDAR_NOT_COVERED naming the year', async () => {
    const res = await t.gql(LAST, { input: { startsOn: `${uncovered - 1}-12-28`, workingDays: 5 } }, { token: orgadmin });
    expect(codeOf(res)).toBe('CALENDAR_NOT_COVERED');
    expect(res.errors![0]!.extensions!.year).toBe(uncovered);
    expect(res.errors![0]!.message).toMatch(new RegExp(`${uncovered}.*enter its official holidays`));
  });

  it('entering days is not enough: the year counts once the root confirms it, and its holidays then count', async () => {
    expect(codeOf(await t.gql(CONFIRM, { year: uncovered }, { token: orgadmin }))).toBe('VALIDATION');
    for (const [day, name] of [
      [`${uncovered}-01-01`, '元旦'],
      [`${uncovered}-01-04`, '元旦调休'],
    ] as const) {
      expect((await t.gql(SET_DAY, { input: { day, kind: 'HOLIDAY', name } }, { token: orgadmin })).errors).toBeUndefined();
    }
    expect(codeOf(await t.gql(LAST, { input: { startsOn: `${uncovered - 1}-12-28`, workingDays: 5 } }, { token: orgadmin }))).toBe('CALENDAR_NOT_COVERED');
    expect(codeOf(await t.gql(CONFIRM, { year: uncovered }, { token: await t.signIn('orgadmin.taining') }))).toBe('FORBIDDEN');
    expect((await t.gql(CONFIRM, { year: uncovered }, { token: orgadmin })).data).toEqual({ confirmCalendarYear: uncovered });
    const last = await t.gql<{ lastWorkingDay: string }>(LAST, { input: { startsOn: `${uncovered - 1}-12-28`, workingDays: 5 } }, { token: orgadmin });
    expect(last.errors).toBeUndefined();
    // 28–31 December are four working days when they are weekdays; the fifth skips 1 January and any weekend.
    const expected = fifthWorkingDay(`${uncovered - 1}-12-28`, new Set([`${uncovered}-01-01`, `${uncovered}-01-04`]));
    expect(last.data!.lastWorkingDay).toBe(expected);
    const info = await t.gql<{ workingCalendar: { confirmedYears: number[]; missingYear: number | null } }>(INFO, {}, { token: orgadmin });
    expect(info.data!.workingCalendar.confirmedYears).toEqual([uncovered]);
    expect(info.data!.workingCalendar.missingYear).toBeNull();
  });

  it('a year the library covers cannot be confirmed again', async () => {
    expect(codeOf(await t.gql(CONFIRM, { year: uncovered - 1 }, { token: orgadmin }))).toBe('VALIDATION');
  });
});

/** An independent count: weekdays that are not holidays, with the library's years already behind. */
function fifthWorkingDay(start: string, holidays: Set<string>): string {
  let day = new Date(`${start}T00:00:00Z`);
  let counted = 0;
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(iso)) counted++;
    if (counted === 5) return iso;
    day = new Date(day.getTime() + 86_400_000);
  }
}
