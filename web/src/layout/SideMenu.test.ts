// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { testI18n, testRouter, viewerWith } from '../shared/testing';
import SideMenu from './SideMenu.vue';

async function mountMenu(permissions: string[], locale: 'zh-CN' | 'en' = 'zh-CN', cadreId: string | null = null) {
  setViewerForTest(viewerWith({ permissions, cadreId }));
  const router = testRouter(['/organisations', '/cadres', '/rule-sets', '/users', '/audit', '/my', '/queue', '/cycles', '/review', '/notices', '/announcing']);
  await router.push('/');
  return mount(SideMenu, { global: { plugins: [testI18n(locale), router] } });
}

afterEach(() => setViewerForTest(null));

describe('SideMenu', () => {
  it('shows the organisation department its workspaces and nothing else', async () => {
    const wrapper = await mountMenu(['organisation:read', 'cadre:read', 'cadre:write', 'rule-set:read', 'rule-set:publish', 'assessment:read', 'cycle:manage']);
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['工作台', '待办事项', '考核周期', '党委审定', '公示管理', '结果通报', '单位管理', '干部信息', '考核规则']);
  });

  it('shows a system administrator user management, in English when chosen', async () => {
    const wrapper = await mountMenu(['organisation:read', 'user:manage'], 'en');
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['Home', 'Work queue', 'Organisations', 'Users and roles']);
  });

  it('shows a cadre home, their own assessments and the work queue', async () => {
    const wrapper = await mountMenu([], 'zh-CN', 'c-1');
    expect(wrapper.findAll('[role=menuitem]').map((i) => i.text())).toEqual(['工作台', '我的考核', '我的考核档案', '我的画像', '待办事项']);
    expect(wrapper.find('[data-testid=menu-audit]').exists()).toBe(false);
  });
});
