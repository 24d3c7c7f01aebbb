// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { testI18n, testRouter, viewerWith } from '../shared/testing';
import SideMenu from './SideMenu.vue';

async function mountMenu(permissions: string[], locale: 'zh-CN' | 'en' = 'zh-CN') {
  setViewerForTest(viewerWith({ permissions }));
  const router = testRouter(['/organisations', '/cadres', '/rule-sets', '/users', '/audit']);
  await router.push('/');
  return mount(SideMenu, { global: { plugins: [testI18n(locale), router] } });
}

afterEach(() => setViewerForTest(null));

describe('SideMenu', () => {
  it('shows the organisation department its workspaces and nothing else', async () => {
    const wrapper = await mountMenu(['organisation:read', 'cadre:read', 'cadre:write', 'rule-set:read', 'rule-set:publish']);
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['工作台', '单位管理', '干部信息', '考核规则']);
  });

  it('shows a system administrator user management, in English when chosen', async () => {
    const wrapper = await mountMenu(['organisation:read', 'user:manage'], 'en');
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['Home', 'Organisations', 'Users and roles']);
  });

  it('shows a cadre only the home page', async () => {
    const wrapper = await mountMenu([]);
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['工作台']);
    expect(wrapper.find('[data-testid=menu-audit]').exists()).toBe(false);
  });
});
