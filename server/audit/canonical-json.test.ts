import { describe, expect, it } from 'vitest';
import { canonicalJson } from './audit.service.js';

/** The form every stored hash was computed over (until December 2026): the new one must give the very same text. */
function earlierCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(earlierCanonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${earlierCanonicalJson(v)}`).join(',')}}`;
}

const SAMPLES: unknown[] = [
  null,
  undefined,
  0,
  -0,
  1.5,
  Number.NaN,
  'text with "quotes", \\ and \n',
  '中文 · 干部考核',
  true,
  [],
  {},
  [1, undefined, null, 'a', [2, [3]], { b: 1, a: 2 }],
  { z: 1, a: undefined, m: null, 中: '文', 'é': 1, e: 2, E: 3, '10': 'ten', '2': 'two', '': 'empty', 'a b': [{ y: 1, x: 2 }] },
  { at: new Date('2026-12-06T08:00:00.123Z'), nested: { when: new Date(0), list: [new Date(1)] } },
  { '\ud83d\ude00': 'astral', '\uffff': 'bmp end', '\ud800': 'lone surrogate' },
  {
    event: { type: 'RECORD_TALK', at: '2026-12-06T08:00:00.000Z', summary: '谈话记录', participants: ['甲', '乙'] },
    snapshot: { value: { evaluation: 'ballotsOpen' }, context: { votes: 3, turnout: 0.75, flags: [] }, status: 'active' },
  },
];

describe('canonicalJson', () => {
  it('gives exactly the text of its earlier form, so stored hashes still verify', () => {
    for (const sample of SAMPLES) expect(canonicalJson(sample)).toBe(earlierCanonicalJson(sample));
  });

  it('sorts keys at every level and leaves out undefined members', () => {
    expect(canonicalJson({ b: { d: 1, c: undefined, a: [{ z: 0, y: 1 }] }, a: 2 })).toBe('{"a":2,"b":{"a":[{"y":1,"z":0}],"d":1}}');
  });
});
