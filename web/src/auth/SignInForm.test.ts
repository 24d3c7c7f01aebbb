// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, viewerWith, waitFor } from '../shared/testing';
import { setViewerForTest } from './session';
import SignInForm from './SignInForm.vue';

function mountForm(locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(SignInForm, { global: { plugins: [testI18n(locale)] }, attachTo: document.body });
}

async function fillAndSubmit(wrapper: ReturnType<typeof mountForm>, username: string, password: string) {
  await wrapper.find('[data-testid=signin-username]').setValue(username);
  await wrapper.find('[data-testid=signin-password]').setValue(password);
  await wrapper.find('form').trigger('submit');
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('SignInForm', () => {
  it('labels its fields for assistive technology', async () => {
    const wrapper = mountForm();
    await settle();
    for (const id of ['signin-username', 'signin-password']) {
      expect(wrapper.find(`label[for=${id}]`).exists()).toBe(true);
      expect(wrapper.find(`#${id}`).element.tagName).toBe('INPUT');
    }
    expect(wrapper.find('#signin-password').attributes('type')).toBe('password');
  });

  it('asks for missing fields next to them, without calling the server', async () => {
    const calls = mockGraphQL(() => ({ data: {} }));
    const wrapper = mountForm();
    await wrapper.find('form').trigger('submit');
    await waitFor(() => expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['请输入用户名', '请输入密码']));
    expect(calls).toHaveLength(0);
    expect(wrapper.find('[data-testid=signin-error]').exists()).toBe(false);
  });

  it('says "wrong username or password" in plain words', async () => {
    mockGraphQL(() => errorReply('INVALID_CREDENTIALS', {}, 'Wrong username or password'));
    const wrapper = mountForm();
    await fillAndSubmit(wrapper, 'orgadmin', 'nope');
    await settle();
    expect(wrapper.find('[data-testid=signin-error]').text()).toBe('用户名或密码错误');
    expect(wrapper.find('[data-testid=signin-error]').attributes('role')).toBe('alert');
    expect((wrapper.find('[data-testid=signin-password]').element as HTMLInputElement).value).toBe('');
  });

  it('tells a locked account when it opens again, in English too', async () => {
    mockGraphQL(() => errorReply('ACCOUNT_LOCKED', { lockedUntil: '2026-11-21T09:10:00.000Z' }));
    const wrapper = mountForm('en');
    await fillAndSubmit(wrapper, 'rater', 'Demo@2026');
    await settle();
    expect(wrapper.find('[data-testid=signin-error]').text()).toMatch(/locked until .*2026/);
  });

  it('disables the button while signing in and reports the viewer when done', async () => {
    let answer: (value: { data: unknown }) => void = () => undefined;
    const calls = mockGraphQL(() => new Promise((resolve) => (answer = resolve)));
    const wrapper = mountForm();
    await fillAndSubmit(wrapper, ' orgadmin ', 'Demo@2026');
    await settle();
    expect(wrapper.find('[data-testid=signin-submit]').attributes('disabled')).toBeDefined();
    expect(calls[0]?.variables).toEqual({ input: { username: 'orgadmin', password: 'Demo@2026' } });
    const viewer = viewerWith();
    answer({ data: { signIn: { expiresAt: '2026-11-22T00:00:00Z', viewer } } });
    await settle();
    expect(wrapper.emitted('signedIn')?.[0]).toEqual([viewer]);
    expect(wrapper.find('[data-testid=signin-submit]').attributes('disabled')).toBeUndefined();
  });
});
