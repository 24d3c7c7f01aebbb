// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { errorReply, mockGraphQL, settle, testI18n, testRouter, viewerWith, waitFor } from '../shared/testing';
import IndicatorsPage from './IndicatorsPage.vue';

const province = { id: 'o-qh', name: '青禾省' };
const draft = {
  id: 'v-2',
  schemeId: 's-1',
  jurisdictionId: 'o-qh',
  category: 'COUNTY_DISTRICT',
  name: '县(市、区)综合绩效考核指标体系',
  version: 2,
  status: 'DRAFT',
  effectiveFrom: null,
  tree: { dimensions: [{ key: 'GREEN', weights: { TEAM: 100, PRINCIPAL: 100, DEPUTY: 100 }, indicators: [{ code: 'GOOD_AIR_DAYS', name: '空气质量优良天数比率', weight: 90 }] }] },
  note: '',
  createdAt: '2026-01-05T01:00:00.000Z',
  publishedAt: null,
  issues: [{ code: 'WEIGHTS_NOT_100', node: 'GREEN', message: 'the weights of its indicators sum to 90, not 100' }],
};

async function mountPage() {
  setViewerForTest(viewerWith({ permissions: ['indicator-scheme:read', 'indicator-scheme:write', 'indicator-data:write'], grants: [{ role: 'ORG_ADMIN', organisation: province }] }));
  const router = testRouter(['/indicators']);
  await router.push('/indicators');
  const wrapper = mount(IndicatorsPage, { global: { plugins: [testI18n(), router] }, attachTo: document.body });
  await settle();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('IndicatorsPage', () => {
  it("lists a jurisdiction's scheme versions and shows a draft's problems with their nodes and its structure", async () => {
    mockGraphQL(({ operationName }) => {
      if (operationName === 'IndicatorSchemeVersions') return { data: { indicatorSchemeVersions: [draft] } };
      if (operationName === 'Cycles') return { data: { cycles: [] } };
      return { data: null };
    });
    const wrapper = await mountPage();
    const table = wrapper.find('[data-testid=scheme-versions]');
    expect(table.text()).toContain('县(市、区)综合绩效考核指标体系');
    expect(table.text()).toContain('草稿');
    await table.find('tbody tr').trigger('click');
    await settle();
    const issues = wrapper.find('[data-testid=scheme-issues]');
    expect(issues.text()).toContain('GREEN');
    expect(issues.text()).toContain('WEIGHTS_NOT_100');
    expect(wrapper.find('[data-testid=scheme-tree]').text()).toContain('GOOD_AIR_DAYS');
  });

  it('uploads an indicator file and lists every bad row with its line', async () => {
    const calls = mockGraphQL(({ operationName }) => {
      if (operationName === 'IndicatorSchemeVersions') return { data: { indicatorSchemeVersions: [] } };
      if (operationName === 'Cycles') return { data: { cycles: [{ id: 'c-1', name: '东江区2025年度考核', year: 2025 }] } };
      if (operationName === 'ImportIndicatorFile')
        return errorReply('VALIDATION', { fields: [{ field: 'line 3', messages: ['no organisation with code QH-NOPE'] }, { field: 'line 5', messages: ['value must be a number'] }] }, '2 row(s) are not valid; nothing was imported');
      return { data: null };
    });
    const wrapper = await mountPage();
    const input = wrapper.find('[data-testid=indicator-file]');
    Object.defineProperty(input.element, 'files', { value: [new File(['单位代码,指标代码\n'], '东江区.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    await wrapper.find('[data-testid=indicator-upload-button]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid=indicator-row-errors]').exists()).toBe(true));
    const rows = wrapper.find('[data-testid=indicator-row-errors]').text();
    expect(rows).toContain('line 3');
    expect(rows).toContain('no organisation with code QH-NOPE');
    expect(rows).toContain('line 5');
    const upload = calls.find((c) => c.operationName === 'ImportIndicatorFile')!;
    expect(upload.variables).toEqual({ input: { cycleId: 'c-1', fileName: '东江区.csv', contentBase64: Buffer.from('单位代码,指标代码\n').toString('base64') } });
  });
});
