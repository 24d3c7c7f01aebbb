import { describe, expect, it } from 'vitest';
import {
  GENDER_WORDS,
  ORGANISATION_CATEGORY_WORDS,
  ORGANISATION_KIND_WORDS,
  POPULATION_WORDS,
  POSITION_TYPE_WORDS,
  RANK_LEVEL_WORDS,
  readCategory,
  readEmployment,
  readKind,
  readRank,
  readStatusKind,
  STATUS_KIND_WORDS,
} from './roster-words.js';
import { readDate } from './roster-sheets.js';

// The web's locale is not part of the server's build: loaded by path, as vitest runs it.
const WEB_ZH_CN = '../../web/src/shared/locales/zh-CN.ts';
const zhCN = ((await import(/* @vite-ignore */ WEB_ZH_CN)) as { default: { enums: Record<string, Record<string, string>> } }).default;

/** The file's words are the web's zh-CN labels: one vocabulary, whichever side a person reads it on. */
describe('roster words', () => {
  it.each([
    ['organisationKind', ORGANISATION_KIND_WORDS],
    ['organisationCategory', ORGANISATION_CATEGORY_WORDS],
    ['rankLevel', RANK_LEVEL_WORDS],
    ['positionType', POSITION_TYPE_WORDS],
    ['gender', GENDER_WORDS],
    ['population', POPULATION_WORDS],
    ['cadreStatusKind', STATUS_KIND_WORDS],
  ] as const)('the first word of every %s is the zh-CN label', (group, words) => {
    const labels = zhCN.enums[group]!;
    expect(Object.fromEntries(Object.entries(words).map(([code, w]) => [code, (w as readonly string[])[0]]))).toEqual(labels);
  });

  it.each([
    [readKind, '县', 'COUNTY'],
    [readKind, ' 乡镇（街道） ', 'TOWNSHIP'],
    [readCategory, '城区类', 'COUNTY_DISTRICT'],
    [readRank, '乡科级副职', 'SECTION_DEPUTY'],
    [readEmployment, '辞职', 'LEFT'],
    [readStatusKind, '工伤', 'INJURY_ON_DUTY'],
    [readStatusKind, '就医', 'MEDICAL_TREATMENT'],
    [readRank, '处级', undefined],
  ])('%#: “%s” reads as %s', (read, word, code) => {
    expect((read as (w: string) => string | undefined)(word as string)).toBe(code);
  });

  it.each([
    ['2024-03-01', false, '2024-03-01'],
    ['2024/3/1', false, '2024-03-01'],
    ['2024年3月1日', false, '2024-03-01'],
    ['1979-09', true, '1979-09-01'],
    ['1979.9', true, '1979-09-01'],
    ['1979-09', false, null],
    ['2025-02-29', false, null],
    ['2024-13-01', false, null],
    ['01/03/2024', false, null],
  ])('the date “%s” (month alone allowed: %s) reads as %s', (text, monthOnly, date) => {
    expect(readDate(text, monthOnly)).toBe(date);
  });
});
