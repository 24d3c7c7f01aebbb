import { describe, expect, it } from 'vitest';
import { fileToBase64, parseTree, treeRows } from './scheme';

describe('showing a scheme tree', () => {
  it('lists dimensions with the team / principal / deputy weights and their indicators', () => {
    const rows = treeRows({
      dimensions: [
        {
          key: 'GREEN',
          weights: { TEAM: 15, PRINCIPAL: 15, DEPUTY: 10 },
          indicators: [{ code: 'GOOD_AIR_DAYS', name: '空气质量优良天数比率', weight: 100, method: 'THRESHOLDS', baseline: 0, target: 0, unit: '%', dataSource: { kind: 'STATISTICS', provider: '市生态环境局' } }],
        },
      ],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'GREEN', weight: '15 / 15 / 10' });
    expect(rows[0]!.children![0]).toMatchObject({ key: 'GOOD_AIR_DAYS', weight: '100', method: 'THRESHOLDS', source: 'STATISTICS · 市生态环境局' });
  });

  it('shows nothing for a tree without dimensions and reports JSON errors', () => {
    expect(treeRows({})).toEqual([]);
    expect(parseTree('{"dimensions": []}')).toEqual({ tree: { dimensions: [] }, error: null });
    expect(parseTree('[1]').error).toBe('not an object');
    expect(parseTree('{').tree).toBeNull();
  });

  it('reads a file as base64', async () => {
    expect(await fileToBase64(new Blob(['指标'], { type: 'text/csv' }))).toBe(Buffer.from('指标').toString('base64'));
  });
});
