import { describe, expect, it } from 'vitest';
import { scoreProblem, scoreReason, scoreRowErrors, scoreTemplate, sheetText } from './scores';

const t = (key: string) => `«${key}»`;

describe('scoreProblem: a score as the server keeps it (0–100, two decimals), never clamped', () => {
  it.each([
    ['', null],
    ['0', null],
    ['100', null],
    ['88.25', null],
    [' 90.5 ', null],
    ['100.01', 'range'],
    ['-1', 'range'],
    ['101', 'range'],
    ['88.255', 'format'],
    ['九十', 'format'],
    ['1e2', 'format'],
    ['90,5', 'format'],
  ])('%j → %s', (text, problem) => {
    expect(scoreProblem(text)).toBe(problem);
  });
});

describe('the import template', () => {
  it('has the server’s four columns first, one line per assessment and component, and a BOM the server never sees', () => {
    const text = scoreTemplate([{ id: 'a-1', subject: '张三, 副区长' }], ['WORK_RESULTS', 'PUBLIC_SURVEY'], (c) => ({ WORK_RESULTS: '工作实绩', PUBLIC_SURVEY: '民意调查' })[c]!);
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = sheetText(text).trim().split('\r\n');
    expect(lines).toEqual(['assessmentId,component,value,source,subject', 'a-1,WORK_RESULTS,,,张三  副区长 工作实绩', 'a-1,PUBLIC_SURVEY,,,张三  副区长 民意调查']);
  });
});

describe('the server’s reasons, in words', () => {
  it.each([
    ['no such assessment', '«scores.reasons.noAssessment»'],
    ['outside your jurisdiction', '«scores.reasons.outsideJurisdiction»'],
    ['component must be one of WORK_RESULTS, DEVELOPMENT, PUBLIC_SURVEY, OTHER_INDICATORS', '«scores.reasons.component»'],
    ['value must be a number from 0 to 100', '«scores.reasons.range»'],
    ['a data source is required', '«scores.reasons.source»'],
    ['something new', 'something new'],
  ])('%s', (message, words) => {
    expect(scoreReason(message, t)).toBe(words);
  });

  it('rows by line for a sheet and by index for the table, in order', () => {
    const rows = scoreRowErrors(
      [
        { field: 'line 4', messages: ['a data source is required'] },
        { field: 'line 2', messages: ['no such assessment', 'value must be a number from 0 to 100'] },
        { field: 'input.scores.1', messages: ['outside your jurisdiction'] },
      ],
      t,
    );
    expect(rows).toEqual([
      { line: null, index: 1, reasons: ['«scores.reasons.outsideJurisdiction»'] },
      { line: 2, index: null, reasons: ['«scores.reasons.noAssessment»', '«scores.reasons.range»'] },
      { line: 4, index: null, reasons: ['«scores.reasons.source»'] },
    ]);
  });
});
