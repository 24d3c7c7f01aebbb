import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODES } from './api';
import { errorMessage, fieldErrors, fieldMessage } from './errors';
import { createAppI18n, type AppLocale } from './i18n';

function translator(locale: AppLocale) {
  const { t } = createAppI18n(locale).global;
  return (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
}

describe('errorMessage', () => {
  it.each(['zh-CN', 'en'] as const)('gives every error code its own plain-words message in %s', (locale) => {
    const t = translator(locale);
    const messages = ERROR_CODES.map((code) => errorMessage(new ApiError(code, 'server text'), t, locale));
    for (const [i, message] of messages.entries()) {
      expect(message, ERROR_CODES[i]).not.toBe(`errors.${ERROR_CODES[i]}`);
      expect(message).not.toBe('server text');
      expect(message.length).toBeGreaterThan(3);
    }
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('says a wrong password in plain words', () => {
    expect(errorMessage(new ApiError('INVALID_CREDENTIALS', 'Wrong username or password'), translator('zh-CN'), 'zh-CN')).toBe('用户名或密码错误');
    expect(errorMessage(new ApiError('INVALID_CREDENTIALS', 'x'), translator('en'), 'en')).toBe('Wrong username or password');
  });

  it('names the time a locked account opens again', () => {
    const error = new ApiError('ACCOUNT_LOCKED', 'locked', [], { lockedUntil: '2026-03-01T08:30:00.000Z' });
    const zh = errorMessage(error, translator('zh-CN'), 'zh-CN');
    expect(zh).toContain('锁定至');
    expect(zh).toMatch(/2026/);
    expect(errorMessage(error, translator('en'), 'en')).toMatch(/locked until .*2026/);
  });

  it('reports anything that is not an ApiError as a server error', () => {
    expect(errorMessage(new Error('boom'), translator('zh-CN'), 'zh-CN')).toBe(translator('zh-CN')('errors.INTERNAL'));
    expect(errorMessage('nonsense', translator('en'), 'en')).toBe(translator('en')('errors.INTERNAL'));
  });
});

describe('fieldErrors', () => {
  it('keys VALIDATION field messages by the field without the input prefix, translated when known', () => {
    const error = new ApiError('VALIDATION', 'bad', [
      { field: 'input.endsOn', messages: ['must not be before startsOn'] },
      { field: 'input.username', messages: ['is already taken', 'something new'] },
      { field: 'after', messages: ['is not a cursor this list gave out'] },
    ]);
    const fields = fieldErrors(error, translator('zh-CN'));
    expect(fields.endsOn).toBe('结束日期不能早于开始日期');
    expect(fields.username).toBe('已被占用；something new');
    expect(fields.after).toBe('分页位置已失效，请刷新列表');
  });

  it('is empty for other errors', () => {
    expect(fieldErrors(new ApiError('CONFLICT', 'x'), translator('en'))).toEqual({});
    expect(fieldErrors(new Error('x'), translator('en'))).toEqual({});
  });

  it('leaves unknown server messages as sent', () => {
    expect(fieldMessage('a brand new rule', translator('zh-CN'))).toBe('a brand new rule');
  });
});

describe('workflow errors', () => {
  it('names the quota figures the server sends with QUOTA_EXCEEDED', () => {
    const error = new ApiError('QUOTA_EXCEEDED', 'quota', [], { used: 2, allowed: 2, graded: 12 });
    const zh = errorMessage(error, translator('zh-CN'), 'zh-CN');
    expect(zh).toContain('12');
    expect(zh).toContain('优秀');
    expect(errorMessage(error, translator('en'), 'en')).toMatch(/12 graded .* allow 2/);
  });

  it('tells a rule not met from an assessment that moved on', () => {
    const ruleNotMet = new ApiError('INVALID_TRANSITION', 'x', [], { state: 'committeeReview', event: 'APPROVE_GRADE', allowedEvents: ['APPROVE_GRADE', 'SEND_BACK'] });
    expect(errorMessage(ruleNotMet, translator('zh-CN'), 'zh-CN')).toContain('规则条件尚未满足');
    const movedOn = new ApiError('INVALID_TRANSITION', 'x', [], { state: 'selfReport.submitted', event: 'SUBMIT_SELF_REPORT', allowedEvents: ['ACCEPT_SELF_REPORT'] });
    expect(errorMessage(movedOn, translator('zh-CN'), 'zh-CN')).toContain('述职报告待审阅');
    expect(errorMessage(movedOn, translator('en'), 'en')).toContain('Self-report to review');
  });
});

describe('refusals that name their rule', () => {
  it('an open objection and the notice window are said in words, with their facts', () => {
    const t = translator('zh-CN');
    expect(errorMessage(new ApiError('INVALID_TRANSITION', 'x', [], { rule: 'OPEN_OBJECTION', objections: [{ id: 'a', status: 'OPEN' }] }), t, 'zh-CN')).toBe('公示期间还有 1 件异议尚未办结：须核实后予以采纳或不予采纳，才能结束公示');
    expect(errorMessage(new ApiError('INVALID_TRANSITION', 'x', [], { rule: 'NOTICE_WINDOW', lastDay: '2026-02-25', today: '2026-02-25' }), t, 'zh-CN')).toMatch(/^公示期至 .*2026.*2.*25.*期满后方可结束公示$/);
  });

  it.each([
    [{ invited: 10, returned: 7, turnoutPercent: 70, minimumTurnoutPercent: 80 }, /^已邀请 10 人，收回测评票 7 张（参评率 70%），低于最低参评率 80%，不能结束民主测评.*例外情况说明/],
    [{ invited: 0, returned: 0, turnoutPercent: 0, minimumTurnoutPercent: 80 }, /^尚未邀请任何测评人，参评率达不到最低要求（80%）.*例外情况说明/],
  ])('a turnout below the minimum is said with its figures: %o', (facts, words) => {
    const t = translator('zh-CN');
    expect(errorMessage(new ApiError('INVALID_TRANSITION', 'x', [], { rule: 'MINIMUM_TURNOUT', event: 'CLOSE_BALLOTS', allowedEvents: [], ...facts }), t, 'zh-CN')).toMatch(words);
  });
});

describe('a refused grade names every gate it breaks, in words', () => {
  it.each<[string, Array<{ gate: string }>, string[], string]>([
    ['EXCELLENT', [{ gate: 'POLITICAL_VETO' }], ['INCOMPETENT'], '不能定为“优秀”：政治素质一票否决。按规定可选：不称职。'],
    ['COMPETENT', [{ gate: 'PENALTY_UNGRADED' }], ['UNGRADED'], '不能定为“称职”：受处分期间，不确定等次。按规定可选：不定等次。'],
    [
      'EXCELLENT',
      [{ gate: 'ACCUSATION_UNCLEARED' }, { gate: 'QUOTA' }],
      ['COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'],
      '不能定为“优秀”：本年度有尚未澄清的问题线索；超出优秀等次名额。按规定可选：称职；基本称职；不称职。',
    ],
  ])('%s refused by %j', (grade, refusals, allowedGrades, expected) => {
    const error = new ApiError('GRADE_REFUSED', 'x', [], { rule: refusals[0]!.gate, refusals, grade, allowedGrades });
    expect(errorMessage(error, translator('zh-CN'), 'zh-CN')).toBe(expected);
    expect(errorMessage(error, translator('en'), 'en')).not.toMatch(/errors\.|explanation\./);
  });

  it('the quota alone keeps its own sentence with the pool’s figures', () => {
    const error = new ApiError('QUOTA_EXCEEDED', 'x', [], { rule: 'QUOTA', refusals: [{ gate: 'QUOTA' }], grade: 'EXCELLENT', allowedGrades: ['COMPETENT'], used: 2, allowed: 2, graded: 8 });
    expect(errorMessage(error, translator('zh-CN'), 'zh-CN')).toContain('参加定等 8 人，可评优秀 2 个，已提出或确定 2 个');
  });
});

describe('class-validator’s own messages read in words, with their figures', () => {
  const zh = translator('zh-CN');
  it.each([
    ['membersTotal must not be less than 1', '不能小于 1'],
    ['attendance must not be less than 0', '不能小于 0'],
    ['score must not be greater than 100', '不能大于 100'],
    ['days must not be greater than 30', '不能大于 30'],
    ['cadreId must be a UUID', '不是有效的编号，请从列表中选择'],
    ['year must be an integer number', '必须是整数'],
    ['value must be a number conforming to the specified constraints', '必须是数字'],
    ['collective must be a boolean value', '只能是“是”或“否”'],
    ['assessmentIds must contain no more than 500 elements', '最多 500 项'],
    ['note must be shorter than or equal to 2000 characters', '不能超过 2000 个字'],
    ['summary must be longer than or equal to 5 characters', '至少 5 个字'],
    ['code must match /^[A-Z]+$/ regular expression', '格式不正确'],
    ['email must be an email', '不是有效的电子邮件地址'],
  ])('%s → %s', (message, words) => {
    expect(fieldMessage(message, zh)).toBe(words);
  });

  it('the same in English', () => {
    const en = translator('en');
    expect(fieldMessage('membersTotal must not be less than 1', en)).toBe('Must not be less than 1');
    expect(fieldMessage('cadreId must be a UUID', en)).toBe('Not a valid id: choose from the list');
  });
});
