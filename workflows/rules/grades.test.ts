import { describe, expect, it } from 'vitest';
import { GRADE_SCALES, isGradeOf, lowestGrade, oneLevelDown } from './grades.js';

describe('grade scales', () => {
  it.each([
    ['CADRE', 'EXCELLENT', 'COMPETENT'],
    ['CADRE', 'COMPETENT', 'BASICALLY_COMPETENT'],
    ['CADRE', 'INCOMPETENT', 'INCOMPETENT'],
    ['TEAM', 'GOOD', 'AVERAGE'],
    ['PUBLIC_INSTITUTION', 'QUALIFIED', 'BASICALLY_QUALIFIED'],
  ] as const)('on %s, one level below %s is %s', (scale, grade, lower) => {
    expect(oneLevelDown(scale, grade)).toBe(lower);
  });

  it('knows the lowest grade and which grades belong to a scale', () => {
    expect(lowestGrade('TEAM')).toBe('POOR');
    expect(isGradeOf('CADRE', 'GOOD')).toBe(false);
    expect(GRADE_SCALES.CADRE).toHaveLength(4);
    expect(() => oneLevelDown('CADRE', 'GOOD')).toThrow(RangeError);
  });
});
