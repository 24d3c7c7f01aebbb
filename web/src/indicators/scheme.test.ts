import { describe, expect, it } from 'vitest';
import { fileToBase64, parseTree } from './scheme';

describe('reading a scheme tree', () => {
  it('reports JSON errors', () => {
    expect(parseTree('{"dimensions": []}')).toEqual({ tree: { dimensions: [] }, error: null });
    expect(parseTree('[1]').error).toBe('not an object');
    expect(parseTree('{').tree).toBeNull();
  });

  it('reads a file as base64', async () => {
    expect(await fileToBase64(new Blob(['指标'], { type: 'text/csv' }))).toBe(Buffer.from('指标').toString('base64'));
  });
});
