import { describe, expect, it } from 'vitest';
import { testI18n } from '../shared/testing';
import { explainCounter, type CounterView } from './counters';

const zh = testI18n('zh-CN').global;
const en = testI18n('en').global;
const GRADES: Record<string, string> = { EXCELLENT: '优秀', COMPETENT: '称职', BASICALLY_COMPETENT: '基本称职', INCOMPETENT: '不称职', UNGRADED: '不定等次' };
const explainZh = (c: CounterView) => explainCounter(c, (k, n) => (n ? zh.t(k, n) : zh.t(k)), (g) => GRADES[g] ?? g);
const explainEn = (c: CounterView) => explainCounter(c, (k, n) => (n ? en.t(k, n) : en.t(k)), (g) => g);

const counter = (over: Partial<CounterView>): CounterView => ({ key: 'CONSECUTIVE_EXCELLENT', value: 0, threshold: 3, asOf: 2025, countedYears: [], notCounted: [], ...over });

describe('counter explanations', () => {
  it('a third consecutive EXCELLENT year: the merit is due, the years named', () => {
    const e = explainZh(counter({ value: 3, countedYears: [2023, 2024, 2025] }));
    expect(e).toMatchObject({ title: '连续优秀年数', figure: '3 / 3', reached: true, progress: 100 });
    expect(e.lines).toEqual(['截至2025年连续3年优秀：2023、2024、2025', '此前没有考核结果', '每连续满3年：记三等功、优先提拔使用；本年已满']);
  });

  it('an UNGRADED year breaks the run and says so', () => {
    const e = explainZh(counter({ value: 1, countedYears: [2025], notCounted: [{ year: 2024, grade: 'UNGRADED', why: 'UNGRADED is not EXCELLENT' }] }));
    expect(e.reached).toBe(false);
    expect(e.lines).toEqual(['截至2025年连续1年优秀：2025', '2024年为不定等次，连续年数从其后一年算起', '再连续2年优秀将记三等功、优先提拔使用（每满3年）']);
  });

  it('a missing year breaks the run too', () => {
    const e = explainEn(counter({ key: 'CONSECUTIVE_INCOMPETENT', threshold: 2, value: 1, countedYears: [2025], notCounted: [{ year: 2024, grade: null, why: 'no final result that year' }] }));
    expect(e.lines).toEqual(['1 consecutive INCOMPETENT year(s) up to 2025: 2025', '2024 has no final result: the run starts the year after', '1 more INCOMPETENT year(s) running means dismissal (2 years running)']);
  });

  it('a second consecutive INCOMPETENT year reaches dismissal; a third stays reached', () => {
    expect(explainZh(counter({ key: 'CONSECUTIVE_INCOMPETENT', threshold: 2, value: 2, countedYears: [2024, 2025] })).lines.at(-1)).toBe('已连续满2年：辞退');
    expect(explainZh(counter({ key: 'CONSECUTIVE_INCOMPETENT', threshold: 2, value: 3, countedYears: [2023, 2024, 2025] })).reached).toBe(true);
  });

  it('a year that is not of the run: no run, with that year’s grade', () => {
    const e = explainZh(counter({ key: 'CONSECUTIVE_BASICALLY_COMPETENT', threshold: 2, notCounted: [{ year: 2025, grade: 'INCOMPETENT', why: '' }] }));
    expect(e.lines).toEqual(['2025年不是基本称职（不称职），没有连续年数', '再有2年基本称职将组织调整（连续2年）']);
    expect(e.progress).toBe(0);
  });

  it('cumulative COMPETENT years toward a salary step: what counted, what did not, how far the next step is', () => {
    const e = explainZh(
      counter({
        key: 'CUMULATIVE_COMPETENT_FOR_SALARY_STEP',
        threshold: 2,
        value: 3,
        countedYears: [2021, 2023, 2025],
        notCounted: [{ year: 2022, grade: 'BASICALLY_COMPETENT', why: '' }, { year: 2024, grade: 'UNGRADED', why: '' }],
      }),
    );
    expect(e).toMatchObject({ figure: '1 / 2', reached: false, progress: 50 });
    expect(e.lines).toEqual([
      '截至2025年累计3年称职及以上：2021、2023、2025',
      '不计算：2022年（基本称职）、2024年（不定等次）',
      '每累计2年晋升一个工资档次，已满1次，再有1年可再晋升一个工资档次',
    ]);
  });

  it('the year that completes five cumulative years reaches a salary level', () => {
    const e = explainEn(counter({ key: 'CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL', threshold: 5, value: 5, countedYears: [2021, 2022, 2023, 2024, 2025] }));
    expect(e).toMatchObject({ figure: '5 / 5', reached: true, progress: 100 });
    expect(e.lines.at(-1)).toBe('one salary level every 5 years: earned 1 time(s), 5 more year(s) for the next');
  });

  it('no counted year yet: the first step is named as such', () => {
    const e = explainZh(counter({ key: 'CUMULATIVE_COMPETENT_FOR_SALARY_STEP', threshold: 2, notCounted: [{ year: 2025, grade: 'INCOMPETENT', why: '' }] }));
    expect(e.lines).toEqual(['截至2025年尚无称职及以上年度', '不计算：2025年（不称职）', '每累计2年晋升一个工资档次，再有2年可晋升一个工资档次']);
  });
});
