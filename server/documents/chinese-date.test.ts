import { describe, expect, it } from 'vitest';
import { chineseDate, chineseDateOf } from './chinese-date.js';
import { documentNumber, issuerOf } from './issuer.js';

describe('成文日期 in Chinese numerals', () => {
  it.each([
    ['2026-12-05', '二〇二六年十二月五日'],
    ['2027-01-01', '二〇二七年一月一日'],
    ['2030-10-10', '二〇三〇年十月十日'],
    ['2028-02-29', '二〇二八年二月二十九日'],
    ['2019-11-20', '二〇一九年十一月二十日'],
    ['2031-03-31', '二〇三一年三月三十一日'],
    ['2100-07-15', '二一〇〇年七月十五日'],
  ])('%s → %s', (day, words) => expect(chineseDate(day)).toBe(words));

  it.each([
    // 31 Dec 23:30 UTC is already 1 Jan in Beijing; 15:59 UTC is still the same day there.
    ['2026-12-31T23:30:00Z', '二〇二七年一月一日'],
    ['2026-12-31T15:59:59Z', '二〇二六年十二月三十一日'],
    ['2026-12-31T16:00:00Z', '二〇二七年一月一日'],
    ['2027-02-28T17:00:00Z', '二〇二七年三月一日'],
  ])('the instant %s is dated %s (the Beijing day)', (iso, words) => expect(chineseDateOf(new Date(iso))).toBe(words));

  it.each(['2026-13-01', '2026-00-10', '2026-1-5', 'yesterday'])('refuses %s', (day) => expect(() => chineseDate(day)).toThrow(RangeError));
});

describe('the issuing organ and its numbers', () => {
  it.each([
    ['东江区', 'COUNTY', '中共东江区委员会组织部', '东组考'],
    ['青禾省', 'PROVINCE', '中共青禾省委员会组织部', '青组考'],
    ['泰宁市', 'CITY', '中共泰宁市委员会组织部', '泰组考'],
    ['柳溪镇', 'TOWNSHIP', '中共柳溪镇委员会组织部', '柳组考'],
    ['东江区财政局', 'DEPARTMENT', '中共东江区财政局党组', '东党考'],
    ['东江区人民医院', 'PUBLIC_INSTITUTION', '中共东江区人民医院委员会', '东党考'],
    ['中共青禾投资集团', 'STATE_OWNED_ENTERPRISE', '中共青禾投资集团委员会', '青党考'],
  ] as const)('%s (%s) → %s, %s', (name, kind, organ, prefix) => expect(issuerOf({ name, kind })).toEqual({ organ, prefix }));

  it.each([
    ['东组考', 2026, 3, '东组考〔2026〕3号'],
    ['泰组考', 2027, 12, '泰组考〔2027〕12号'],
  ])('%s, %i, %i → %s', (prefix, year, seq, number) => expect(documentNumber(prefix, year, seq)).toBe(number));
});
