import { describe, expect, it } from 'vitest';
import type { RouteMeta } from 'vue-router';
import { resolveNavigation } from '../auth/guard';
import { ApiError } from '../shared/api';
import { errorMessage } from '../shared/errors';
import { createAppI18n, type AppLocale } from '../shared/i18n';
import { viewerWith } from '../shared/testing';
import { instructions, sheetRows } from './handout';

function translator(locale: AppLocale) {
  const { t } = createAppI18n(locale).global;
  return (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
}
const to = (path: string, meta: RouteMeta = {}) => ({ path, fullPath: path, meta, query: {} });

describe('the forced password change', () => {
  it.each([
    ['ONE_TIME', '/users', { path: '/change-password', query: { redirect: '/users' } }],
    ['EXPIRED', '/account', { path: '/change-password', query: { redirect: '/account' } }],
    ['ONE_TIME', '/', { path: '/change-password' }],
    ['ONE_TIME', '/change-password', true],
    [null, '/account', true],
  ] as const)('with %s, %s goes to %j', (reason, path, expected) => {
    expect(resolveNavigation(to(path), viewerWith({ passwordChangeRequired: reason }))).toEqual(expected);
  });
});

describe('an unknown personnel number', () => {
  it.each([
    ['zh-CN', 'ZX-0815', '没有找到干部编号为“ZX-0815”的干部，请核对后重新输入'],
    ['en', 'ZX-0815', 'No cadre has the personnel number “ZX-0815”; please check it.'],
  ] as const)('is said in %s words, naming %s', (locale, personNo, text) => {
    const error = new ApiError('UNKNOWN_PERSON_NO', 'No cadre has the personnel number', [], { personNo });
    expect(errorMessage(error, translator(locale), locale)).toBe(text);
  });
});

describe('the one-time password sheet', () => {
  it('has a header in the reader’s language and one row per slip, with the sign-in address', () => {
    const rows = sheetRows(
      { slips: [{ displayName: '严柏舟', organisationName: 'ZX镇', personNo: 'ZX-7001', username: 'zx.ZX-7001', oneTimePassword: 'Kq7#mPz2Rt9w' }], signInUrl: 'https://kaohe.example.gov.cn/', policy: { minLength: 12, minClasses: 4 } },
      translator('zh-CN'),
    );
    expect(rows).toEqual([
      ['姓名', '单位', '干部编号', '用户名', '一次性密码', '登录地址'],
      ['严柏舟', 'ZX镇', 'ZX-7001', 'zx.ZX-7001', 'Kq7#mPz2Rt9w', 'https://kaohe.example.gov.cn/'],
    ]);
  });

  it.each([
    [{ minLength: 12, minClasses: 4 }, '至少 12 位', '至少 4 类'],
    [{ minLength: 8, minClasses: 2 }, '至少 8 位', '至少 2 类'],
  ])('tells the person the policy %j', (policy, length, classes) => {
    const text = instructions({ slips: [], signInUrl: '', policy }, translator('zh-CN'));
    expect(text).toContain(length);
    expect(text).toContain(classes);
  });
});
