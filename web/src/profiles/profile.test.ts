import { describe, expect, it } from 'vitest';
import { ballotRadar, dimensionAxes, dimensionScoresOf, gradeResults, scoreTrend, scoresOnAxes, yearsOf, type ProfileYearLike } from './profile';

const averages = (base: number, ballots = 12) => ({ ballots, morality: base, ability: base + 1, diligence: base + 2, results: base + 3, integrity: base + 4 });
function year(y: number, over: Partial<ProfileYearLike> = {}): ProfileYearLike {
  return { year: y, finalGrade: null, proposedGrade: null, engineGrade: null, compositeScore: null, components: [], ballotAverages: null, dimensionScores: [], ...over };
}

describe('ballotRadar', () => {
  it('gives the chosen year and the one before, in 德能勤绩廉 order', () => {
    const r = ballotRadar([year(2024, { ballotAverages: averages(80) }), year(2025, { ballotAverages: averages(90, 7) })], 2025);
    expect(r.current).toEqual({ year: 2025, present: true, values: [90, 91, 92, 93, 94], ballots: 7 });
    expect(r.previous).toEqual({ year: 2024, present: true, values: [80, 81, 82, 83, 84], ballots: 12 });
  });

  it('keeps a year hidden below the anonymity minimum hidden (null, never zeros) and tells it apart from a year not assessed', () => {
    const r = ballotRadar([year(2025, { ballotAverages: null })], 2025);
    expect(r.current).toEqual({ year: 2025, present: true, values: null, ballots: null });
    expect(r.previous).toEqual({ year: 2024, present: false, values: null, ballots: null });
  });
});

describe('scoreTrend', () => {
  it('spans every year from the first to the last, a missing year a gap in every series', () => {
    const trend = scoreTrend([
      year(2022, { compositeScore: 81.5, components: [{ key: 'WORK_RESULTS', value: 80 }, { key: 'REGULAR', value: 85 }] }),
      year(2024, { compositeScore: 88, components: [{ key: 'REGULAR', value: 90 }, { key: 'WORK_RESULTS', value: null }, { key: 'ABILITIES', value: 86 }] }),
    ]);
    expect(trend).toEqual({
      years: [2022, 2023, 2024],
      composite: [81.5, null, 88],
      components: [
        { key: 'REGULAR', data: [85, null, 90] },
        { key: 'WORK_RESULTS', data: [80, null, null] },
        { key: 'ABILITIES', data: [null, null, 86] },
      ],
    });
  });

  it('is empty without years, and a year without a score stays null', () => {
    expect(scoreTrend([])).toEqual({ years: [], composite: [], components: [] });
    expect(scoreTrend([year(2025)]).composite).toEqual([null]);
  });
});

describe('dimension scores', () => {
  const y2024 = year(2024, { dimensionScores: [{ dimension: 'SAFETY', score: 70 }, { dimension: 'GREEN', score: 85 }] });
  const y2025 = year(2025, { dimensionScores: [{ dimension: 'LIVELIHOOD', score: 40 }, { dimension: 'GREEN', score: 90 }, { dimension: 'INNOVATION', score: 75 }] });

  it('come in the scheme order (创新 … 安全)', () => {
    expect(dimensionScoresOf(y2025)).toEqual([
      { key: 'INNOVATION', score: 75 },
      { key: 'GREEN', score: 90 },
      { key: 'LIVELIHOOD', score: 40 },
    ]);
    expect(dimensionScoresOf(undefined)).toEqual([]);
  });

  it('share the axes of two years; a dimension one year lacks is null there', () => {
    const axes = dimensionAxes(y2025, y2024);
    expect(axes).toEqual(['INNOVATION', 'GREEN', 'LIVELIHOOD', 'SAFETY']);
    expect(scoresOnAxes(y2025, axes)).toEqual([75, 90, 40, null]);
    expect(scoresOnAxes(y2024, axes)).toEqual([null, 85, null, 70]);
    expect(scoresOnAxes(undefined, axes)).toEqual([null, null, null, null]);
  });
});

describe('grades and years', () => {
  it('take the final grade, else the proposal, else the engine’s; a year without any is left out', () => {
    const years = [
      year(2023, { finalGrade: 'COMPETENT', proposedGrade: 'EXCELLENT' }),
      year(2024, { proposedGrade: 'EXCELLENT', engineGrade: 'COMPETENT' }),
      year(2025, { engineGrade: 'BASICALLY_COMPETENT' }),
      year(2026),
    ];
    expect(gradeResults(years)).toEqual([
      { year: 2023, grade: 'COMPETENT' },
      { year: 2024, grade: 'EXCELLENT' },
      { year: 2025, grade: 'BASICALLY_COMPETENT' },
    ]);
    expect(yearsOf([...years, year(2025)])).toEqual([2026, 2025, 2024, 2023]);
  });
});
