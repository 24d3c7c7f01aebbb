import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../../workflows/rules/settings';
import en from '../shared/locales/en';
import zhCN from '../shared/locales/zh-CN';
import { isPlainObject } from './settings';

/**
 * The rule-set page shows every setting by its name, never by its key
 * (`grading.cadreBands`): each group and each setting of the defaults has a
 * name in both languages.
 */
const LOCALES = { 'zh-CN': zhCN.ruleSets, en: en.ruleSets } as const;
const names = Object.entries(DEFAULT_RULE_SETTINGS).flatMap(([group, content]) => [
  [group, ''] as const,
  ...(isPlainObject(content) ? Object.keys(content).map((key) => [group, key] as const) : []),
]);

describe.each(Object.entries(LOCALES))('rule settings named in %s', (_locale, words) => {
  it.each(names)('%s %s', (group, key) => {
    const groups = words.groups as Record<string, string>;
    const settings = words.settings as Record<string, Record<string, string> | undefined>;
    const name = key ? settings[group]?.[key] : groups[group];
    expect(name, `${group}.${key}`).toMatch(/\S/);
  });
});
