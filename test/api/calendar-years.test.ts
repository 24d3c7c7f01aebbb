import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The calendar years page's API: each year's official holidays and make-up
 * workdays (the maintained chinese-days library to 2026, an administrator's
 * entries after it), and the organisation department's warning — from
 * 1 October (Beijing day) of the year before, a year the calendar does not
 * cover must be entered and confirmed.
 */
let t: TestApp;
const tokens: Record<string, string> = {};

const INFO = `{ workingCalendar { libraryYears coveredYears canManage warnings { year since urgent } } }`;
const YEAR = `query($y: Int!) { calendarYear(year: $y) { year status covered confirmedBy confirmedAt days { day kind name source } } }`;
type Info = { libraryYears: number[]; coveredYears: number[]; canManage: boolean; warnings: Array<{ year: number; since: string; urgent: boolean }> };
type Year = { year: number; status: string; covered: boolean; confirmedBy: string | null; confirmedAt: string | null; days: Array<{ day: string; kind: string; name: string; source: string }> };

const info = async (who: string) => {
  const res = await t.gql<{ workingCalendar: Info }>(INFO, {}, { token: tokens[who] });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.workingCalendar;
};
const year = async (y: number, who = 'orgadmin') => {
  const res = await t.gql<{ calendarYear: Year }>(YEAR, { y }, { token: tokens[who] });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.calendarYear;
};

beforeAll(async () => {
  t = await startTestApp({ config: { sessionHours: 24 * 365 * 2 } });
  t.clock.set(new Date('2026-06-01T10:00:00+08:00'));
  for (const u of ['orgadmin', 'orgadmin.taining', 'sysadmin', 'hr', 'assessor']) tokens[u] = await t.signIn(u);
});
afterAll(() => t?.close());

describe('the organisation department is warned from 1 October (Beijing day) of the year before', () => {
  it('the library covers the years to 2026', async () => {
    expect(Math.max(...(await info('orgadmin')).libraryYears)).toBe(2026);
  });

  it.each([
    // [instant, who, warnings]
    ['2026-09-30T23:59:00+08:00', 'orgadmin', []],
    // 16:30 UTC on 30 September is already 1 October in Beijing.
    ['2026-09-30T16:30:00Z', 'orgadmin', [{ year: 2027, since: '2026-10-01', urgent: false }]],
    ['2026-10-01T09:00:00+08:00', 'orgadmin.taining', [{ year: 2027, since: '2026-10-01', urgent: false }]],
    ['2026-12-31T09:00:00+08:00', 'sysadmin', [{ year: 2027, since: '2026-10-01', urgent: false }]],
    ['2026-12-31T09:00:00+08:00', 'hr', []],
    ['2026-12-31T09:00:00+08:00', 'assessor', []],
    ['2027-01-02T09:00:00+08:00', 'orgadmin', [{ year: 2027, since: '2027-01-01', urgent: true }]],
  ])('at %s, %s sees %j', async (instant, who, warnings) => {
    t.clock.set(new Date(instant));
    expect((await info(who)).warnings).toEqual(warnings);
  });

  it.each([
    ['orgadmin', true],
    ['sysadmin', true],
    ['orgadmin.taining', false],
    ['hr', false],
  ])('%s may enter and confirm days: %s', async (who, allowed) => {
    expect((await info(who)).canManage).toBe(allowed);
  });
});

describe('a year of the official calendar', () => {
  it('a library year lists its holidays and make-up workdays with their Chinese names', async () => {
    const y2026 = await year(2026, 'hr');
    expect(y2026).toMatchObject({ year: 2026, status: 'LIBRARY', covered: true, confirmedBy: null });
    expect(y2026.days.filter((d) => d.kind === 'HOLIDAY')).toHaveLength(33);
    expect(y2026.days.filter((d) => d.kind === 'WORKDAY').map((d) => d.day)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(y2026.days.find((d) => d.day === '2026-10-01')).toEqual({ day: '2026-10-01', kind: 'HOLIDAY', name: '国庆节', source: 'LIBRARY' });
  });

  it('a year beyond the library is MISSING, ENTERED once days are set, CONFIRMED (with who) once the root confirms; then nobody is warned', async () => {
    t.clock.set(new Date('2026-11-02T10:00:00+08:00'));
    expect(await year(2027)).toMatchObject({ status: 'MISSING', covered: false, days: [] });
    for (const [day, kind, name] of [
      ['2027-01-01', 'HOLIDAY', '元旦'],
      ['2027-02-06', 'HOLIDAY', '春节'],
      ['2027-02-20', 'WORKDAY', '春节'],
    ] as const) {
      expect((await t.gql(`mutation($input: CalendarDayInput!) { setCalendarDay(input: $input) { day } }`, { input: { day, kind, name } }, { token: tokens.orgadmin })).errors).toBeUndefined();
    }
    const entered = await year(2027);
    expect(entered).toMatchObject({ status: 'ENTERED', covered: false });
    expect(entered.days).toEqual([
      { day: '2027-01-01', kind: 'HOLIDAY', name: '元旦', source: 'ADDED' },
      { day: '2027-02-06', kind: 'HOLIDAY', name: '春节', source: 'ADDED' },
      { day: '2027-02-20', kind: 'WORKDAY', name: '春节', source: 'ADDED' },
    ]);
    expect((await info('orgadmin')).warnings).toEqual([{ year: 2027, since: '2026-10-01', urgent: false }]);
    expect(codeOf(await t.gql(`mutation { confirmCalendarYear(year: 2027) }`, {}, { token: tokens['orgadmin.taining'] }))).toBe('FORBIDDEN');
    expect((await t.gql(`mutation { confirmCalendarYear(year: 2027) }`, {}, { token: tokens.orgadmin })).errors).toBeUndefined();
    const confirmed = await year(2027);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', covered: true, confirmedBy: '省委组织部 考核办' });
    expect(new Date(confirmed.confirmedAt!).toISOString()).toBe(new Date('2026-11-02T10:00:00+08:00').toISOString());
    expect((await info('orgadmin')).warnings).toEqual([]);
    expect((await info('orgadmin')).coveredYears).toContain(2027);
  });

  it.each([[1999], [2101]])('year %i is a VALIDATION error', async (y) => {
    expect(codeOf(await t.gql(YEAR, { y }, { token: tokens.orgadmin }))).toBe('VALIDATION');
  });
});
