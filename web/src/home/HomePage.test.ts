// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest, type Viewer } from '../auth/session';
import { mockGraphQL, settle, testI18n, testRouter, viewerWith } from '../shared/testing';
import HomePage from './HomePage.vue';

const province = { id: 'o-qh', name: '青禾省' };

async function mountHome(viewer: Viewer) {
  setViewerForTest(viewer);
  const router = testRouter(['/organisations', '/cadres', '/cadres/:id', '/users', '/audit', '/queue', '/my']);
  await router.push('/');
  const wrapper = mount(HomePage, { global: { plugins: [testI18n(), router] } });
  await settle();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
});

describe('HomePage', () => {
  it('describes each role with its jurisdiction and counts what the viewer may read', async () => {
    const calls = mockGraphQL(({ operationName }) => {
      if (operationName === 'HomeOrganisationCount') return { data: { organisations: { totalCount: 23 } } };
      if (operationName === 'HomeCadreCount') return { data: { cadres: { totalCount: 291 } } };
      if (operationName === 'WorkQueueCount') return { data: { workQueue: { totalCount: 7 } } };
      return { data: null };
    });
    const wrapper = await mountHome(
      viewerWith({ permissions: ['organisation:read', 'cadre:read', 'rule-set:read'], grants: [{ role: 'ORG_ADMIN', organisation: province }] }),
    );
    const card = wrapper.find('[data-testid=role-card-ORG_ADMIN]');
    expect(card.text()).toContain('组织部门');
    expect(card.text()).toContain('青禾省');
    expect(wrapper.find('[data-testid=stat-organisations]').text()).toContain('23');
    expect(wrapper.find('[data-testid=stat-cadres]').text()).toContain('291');
    expect(wrapper.find('[data-testid=stat-queue]').text()).toContain('7');
    expect(wrapper.find('[data-testid=home-queue-link]').attributes('href')).toBe('/queue');
    expect(calls.map((c) => c.operationName).sort()).toEqual(['HomeCadreCount', 'HomeOrganisationCount', 'WorkQueueCount']);
    expect(wrapper.find('[data-testid=my-cadre-card]').exists()).toBe(false);
  });

  it('shows a cadre their own record and work, and asks for no counts', async () => {
    const calls = mockGraphQL(({ operationName, variables }) => {
      if (operationName === 'MyCadre') {
        return {
          data: {
            cadre: {
              id: variables.id,
              name: '胡飞强',
              post: '县委副书记',
              rankLevel: 'DIVISION_DEPUTY',
              positionType: 'DEPUTY',
              tookPostOn: '2018-04-01',
              organisation: { id: 'o-dj', name: '东江区' },
              statusesOn: [],
            },
          },
        };
      }
      return { data: null };
    });
    const wrapper = await mountHome(viewerWith({ cadreId: 'c-1', grants: [{ role: 'CADRE', organisation: { id: 'o-dj', name: '东江区' } }] }));
    const record = wrapper.find('[data-testid=my-cadre-card]').text();
    expect(record).toContain('胡飞强');
    expect(record).toContain('县委副书记');
    expect(record).toContain('东江区');
    expect(record).toContain('县处级副职');
    expect(calls.map((c) => c.operationName).sort()).toEqual(['MyCadre', 'WorkQueueCount']);
    expect(wrapper.find('[data-testid=home-my-link]').attributes('href')).toBe('/my');
    expect(wrapper.find('[data-testid=stat-cadres]').exists()).toBe(false);
  });

  it('links a system administrator to user management and an auditor to the audit trail', async () => {
    mockGraphQL(({ operationName }) => (operationName === 'HomeOrganisationCount' ? { data: { organisations: { totalCount: 23 } } } : { data: null }));
    const admin = await mountHome(viewerWith({ permissions: ['organisation:read', 'user:manage'], grants: [{ role: 'SYSTEM_ADMIN', organisation: province }] }));
    expect(admin.find('[data-testid=role-card-SYSTEM_ADMIN] [data-testid=home-users-link]').exists()).toBe(true);
    expect(admin.find('[data-testid=home-audit-link]').exists()).toBe(false);

    const auditor = await mountHome(
      viewerWith({ permissions: ['organisation:read', 'cadre:read', 'audit:read'], grants: [{ role: 'AUDITOR', organisation: province }] }),
    );
    expect(auditor.find('[data-testid=role-card-AUDITOR] [data-testid=home-audit-link]').exists()).toBe(true);
  });
});
