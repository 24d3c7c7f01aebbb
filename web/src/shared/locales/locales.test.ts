import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n';
import en from './en';
import zhCN from './zh-CN';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it.each(['zh-CN', 'en'] as const)('compile every message in %s (no stray vue-i18n syntax)', (locale) => {
    const { t, te } = createAppI18n(locale).global;
    const named = { name: 'N', field: 'F', message: 'M', time: 'T', date: 'D', organisation: 'O', role: 'R', value: 'V', version: 1 };
    for (const key of keys(zhCN)) {
      expect(te(key), key).toBe(true);
      const text = t(key, { ...named, shown: 1, total: 2, rows: 3, streams: 4, id: 'I', reason: 'X', example: 'E' });
      expect(text, key).not.toBe(key);
      expect(text.trim().length, key).toBeGreaterThan(0);
    }
  });
});
