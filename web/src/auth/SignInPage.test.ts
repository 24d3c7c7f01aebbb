// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, settle, testI18n, testRouter, waitFor } from '../shared/testing';
import SignInPage from './SignInPage.vue';

const PROVIDER = { displayName: '青禾统一身份认证', startPath: '/auth/oidc/start', issuer: 'https://idp.qinghe.example', passwordForLinkedAccounts: true };

async function mountPage(url: string, identityProvider: typeof PROVIDER | null, locale: 'zh-CN' | 'en' = 'zh-CN') {
  mockGraphQL((call) => (call.operationName === 'SignInOptions' ? { data: { signInOptions: { identityProvider } } } : { data: {} }));
  const router = testRouter(['/sign-in']);
  await router.push(url);
  const wrapper = mount(SignInPage, { global: { plugins: [testI18n(locale), router] }, attachTo: document.body });
  await settle();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('SignInPage and the identity provider', () => {
  it('offers the provider’s button, which keeps the page to come back to', async () => {
    const wrapper = await mountPage('/sign-in?redirect=/cycles/7', PROVIDER);
    await waitFor(() => expect(wrapper.find('[data-testid=signin-oidc]').exists()).toBe(true));
    const button = wrapper.find('[data-testid=signin-oidc]');
    expect(button.text()).toBe('通过青禾统一身份认证登录');
    expect(button.attributes('href')).toBe('/auth/oidc/start?redirect=%2Fcycles%2F7');
  });

  it('offers no button when sign-in through a provider is off', async () => {
    const wrapper = await mountPage('/sign-in', null);
    await settle();
    expect(wrapper.find('[data-testid=signin-oidc]').exists()).toBe(false);
  });

  it.each([
    ['UNKNOWN_SUBJECT', 'zh-CN', '尚未绑定本系统账号'],
    ['ACCOUNT_DISABLED', 'zh-CN', '已停用'],
    ['BAD_STATE', 'zh-CN', '已失效'],
    ['PROVIDER_ERROR', 'en', 'did not complete the sign-in'],
    ['SOMETHING_NEW', 'zh-CN', '统一身份认证登录失败'],
  ] as const)('a refusal %s comes back in words (%s)', async (reason, locale, words) => {
    const wrapper = await mountPage(`/sign-in?oidcError=${reason}`, PROVIDER, locale);
    const alert = wrapper.find('[data-testid=signin-oidc-error]');
    expect(alert.text()).toContain(words);
    expect(alert.text()).not.toContain(reason);
  });
});
