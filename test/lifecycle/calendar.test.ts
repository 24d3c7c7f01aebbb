import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const LAST = `query($input: WorkingDaysQuery!) { lastWorkingDay(input: $input) }`;

describe('working days on the official Chinese calendar', () => {
  it('counts 5 working days across the 2026 National Day holiday, to the make-up Saturday', async () => {
    const token = await t.signIn('orgadmin');
    const res = await t.gql<{ lastWorkingDay: string }>(LAST, { input: { startsOn: '2026-09-29', workingDays: 5 } }, { token });
    expect(res.data!.lastWorkingDay).toBe('2026-10-10');
  });

  it('an administrator adds a year’s holidays before the library knows them and confirms the year; counting follows, and before that it is refused', async () => {
    const token = await t.signIn('orgadmin');
    const info = await t.gql<{ workingCalendar: { libraryYears: number[] } }>(`{ workingCalendar { libraryYears additions { day } } }`, {}, { token });
    expect(info.data!.workingCalendar.libraryYears).toContain(2026);
    const before = await t.gql<{ lastWorkingDay: string }>(LAST, { input: { startsOn: '2030-01-01', workingDays: 1 } }, { token });
    expect(codeOf(before)).toBe('CALENDAR_NOT_COVERED');
    const set = await t.gql(`mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { day kind } }`, { input: { day: '2030-01-01', kind: 'HOLIDAY', name: '元旦' } }, { token });
    expect(set.errors).toBeUndefined();
    expect((await t.gql(`mutation { confirmCalendarYear(year: 2030) }`, {}, { token })).errors).toBeUndefined();
    const after = await t.gql<{ lastWorkingDay: string }>(LAST, { input: { startsOn: '2030-01-01', workingDays: 1 } }, { token });
    expect(after.data!.lastWorkingDay).toBe('2030-01-02');
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'CALENDAR_DAY_SET'`)) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('only the organisation department or a system administrator may change the calendar', async () => {
    const token = await t.signIn('hr');
    const res = await t.gql(`mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { day } }`, { input: { day: '2030-01-02', kind: 'HOLIDAY', name: 'x' } }, { token });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});
