import { describe, expect, it } from 'vitest';
import { GRADE_ORDER, stackByOrganisation } from './charts';

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
