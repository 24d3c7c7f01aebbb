import { describe, expect, it } from 'vitest';
import { defaultAssessmentYear, endOfDayInBeijing } from './cycles';

describe('defaultAssessmentYear', () => {
  it.each([
    ['2026-12-05T10:00:00Z', 2026],
    ['2026-10-01T00:00:00+08:00', 2026],
    ['2026-09-30T23:59:59+08:00', 2025],
    // 16:30 UTC on 30 September is already 1 October in Beijing.
    ['2026-09-30T16:30:00Z', 2026],
    ['2027-01-15T08:00:00+08:00', 2026],
    ['2027-03-31T12:00:00+08:00', 2026],
    // 31 December 20:00 UTC is 1 January in Beijing: the year just ended.
    ['2026-12-31T20:00:00Z', 2026],
    ['2031-06-01T12:00:00+08:00', 2030],
  ])('on %s a new cycle defaults to %i', (now, year) => {
    expect(defaultAssessmentYear(new Date(now))).toBe(year);
  });
});

describe('endOfDayInBeijing', () => {
  it.each([
    ['2026-01-31', '2026-01-31T15:59:59.000Z'],
    ['2027-02-28', '2027-02-28T15:59:59.000Z'],
  ])('%s ends at %s', (day, iso) => expect(endOfDayInBeijing(day)).toBe(iso));
});
