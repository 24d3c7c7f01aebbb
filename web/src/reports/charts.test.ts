import { describe, expect, it } from 'vitest';
import { GRADE_ORDER, indicatorTable, stackByOrganisation } from './charts';

describe('stackByOrganisation', () => {
  it('aligns each key’s counts with the organisations, best grade first, missing cells 0', () => {
    const rows = [
      { organisationId: 'o1', organisationName: '东江区', key: 'COMPETENT', count: 10 },
      { organisationId: 'o1', organisationName: '东江区', key: 'EXCELLENT', count: 2 },
      { organisationId: 'o2', organisationName: '西山县', key: 'NONE', count: 5 },
      { organisationId: 'o2', organisationName: '西山县', key: 'EXCELLENT', count: 1 },
    ];
    expect(stackByOrganisation(rows, GRADE_ORDER)).toEqual({
      categories: [
        { id: 'o1', name: '东江区' },
        { id: 'o2', name: '西山县' },
      ],
      series: [
        { key: 'EXCELLENT', data: [2, 1] },
        { key: 'COMPETENT', data: [10, 0] },
        { key: 'NONE', data: [0, 5] },
      ],
    });
  });

  it('puts keys it does not know after the known ones', () => {
    const rows = [
      { organisationId: 'o1', organisationName: 'A', key: 'zzz.new', count: 1 },
      { organisationId: 'o1', organisationName: 'A', key: 'filed', count: 2 },
    ];
    expect(stackByOrganisation(rows, ['filed']).series.map((s) => s.key)).toEqual(['filed', 'zzz.new']);
  });

  it('nothing in, nothing out', () => {
    expect(stackByOrganisation([])).toEqual({ categories: [], series: [] });
  });
});

describe('indicatorTable', () => {
  it('aligns each team’s components and dimension scores, scheme order, null (not 0) where a team has none', () => {
    const table = indicatorTable([
      { organisationId: 'o1', organisationName: '东江区', components: [{ key: 'OTHER_INDICATORS', score: 82 }, { key: 'DEVELOPMENT', score: 76.5 }], dimensions: [{ key: 'SAFETY', score: 80 }, { key: 'INNOVATION', score: 70 }] },
      { organisationId: 'o2', organisationName: '临山县', components: [{ key: 'DEVELOPMENT', score: 60 }], dimensions: [{ key: 'GREEN', score: 90 }] },
    ]);
    expect(table).toEqual({
      categories: [
        { id: 'o1', name: '东江区' },
        { id: 'o2', name: '临山县' },
      ],
      components: [
        { key: 'DEVELOPMENT', data: [76.5, 60] },
        { key: 'OTHER_INDICATORS', data: [82, null] },
      ],
      dimensionKeys: ['INNOVATION', 'GREEN', 'SAFETY'],
      dimensions: [
        [70, null, 80],
        [null, 90, null],
      ],
    });
    expect(indicatorTable([])).toEqual({ categories: [], components: [{ key: 'DEVELOPMENT', data: [] }, { key: 'OTHER_INDICATORS', data: [] }], dimensionKeys: [], dimensions: [] });
  });
});
