import { describe, expect, it } from 'vitest';
import { hasOpenInvestigation, isLongLeave, isProtected, leaveDaysWithin, statusesInForce, type StatusPeriod } from './status.js';

const p = (kind: StatusPeriod['kind'], startsOn: string, endsOn: string | null): StatusPeriod => ({ kind, startsOn, endsOn });

describe('cadre status periods', () => {
  it('a period is in force from its first to its last day inclusive, and open periods never end', () => {
    const periods = [p('PROBATION', '2026-03-01', '2027-02-28'), p('INVESTIGATION', '2026-06-18', null)];
    expect(statusesInForce(periods, '2026-02-28')).toEqual([]);
    expect(statusesInForce(periods, '2026-03-01')).toEqual(['PROBATION']);
    expect(statusesInForce(periods, '2030-01-01')).toEqual(['INVESTIGATION']);
    expect(hasOpenInvestigation(periods, '2026-06-18')).toBe(true);
    expect(hasOpenInvestigation(periods, '2026-06-17')).toBe(false);
  });

  it('protected statuses (maternity, injury on duty …) are recognised on the day', () => {
    const periods = [p('MATERNITY', '2026-04-01', '2026-08-31')];
    expect(isProtected(periods, '2026-08-31')).toBe(true);
    expect(isProtected(periods, '2026-09-01')).toBe(false);
  });

  it.each([
    // 180 days of leave is exactly six months of 30 days: not over.
    [[p('SICK_LEAVE', '2026-01-01', '2026-06-29')], 180, false],
    [[p('SICK_LEAVE', '2026-01-01', '2026-06-30')], 181, true],
    // Overlapping sick and personal leave count once.
    [[p('SICK_LEAVE', '2026-01-01', '2026-04-30'), p('PERSONAL_LEAVE', '2026-04-01', '2026-07-31')], 212, true],
    // Only the days inside the calendar year count.
    [[p('SICK_LEAVE', '2025-06-01', '2026-03-31')], 90, false],
  ])('leave %j → %i days, over six months: %s', (periods, days, long) => {
    expect(leaveDaysWithin(periods, '2026-01-01', '2026-12-31')).toBe(days);
    expect(isLongLeave(periods, 2026, 6)).toBe(long);
  });
});
