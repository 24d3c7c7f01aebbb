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
  // The figures and responsibilities panel has its own test (IndicatorDataPanel.test.ts).
  const wrapper = mount(IndicatorsPage, { global: { plugins: [testI18n(), router], stubs: { IndicatorDataPanel: true } }, attachTo: document.body });
  await settle();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('IndicatorsPage', () => {
  it("lists a jurisdiction's scheme versions and shows a draft's problems on the nodes they name", async () => {
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
    // The server's issue sits on the dimension it names, and the live sum agrees.
    const green = wrapper.find('[data-testid=scheme-dimension][data-key=GREEN]');
    expect(green.find('[data-testid=dimension-issues]').text()).toContain('权重合计不为 100');
    expect(green.find('[data-testid=dimension-indicator-sum]').attributes('data-ok')).toBe('false');
    expect(green.find('[data-testid=scheme-indicator]').attributes('data-code')).toBe('GOOD_AIR_DAYS');
  });

  it('adds up the weights as they are edited and saves the form as the server’s tree only after a confirmation', async () => {
    const calls = mockGraphQL(({ operationName }) => {
      if (operationName === 'IndicatorSchemeVersions') return { data: { indicatorSchemeVersions: [draft] } };
      if (operationName === 'Cycles') return { data: { cycles: [] } };
      if (operationName === 'SaveIndicatorSchemeDraft') return { data: { saveIndicatorSchemeDraft: { ...draft, issues: [] } } };
      return { data: null };
    });
    const wrapper = await mountPage();
    await wrapper.find('[data-testid=scheme-versions] tbody tr').trigger('click');
    await settle();
    const weight = wrapper.find('[data-testid=scheme-indicator] [data-testid=indicator-weight] input');
    await weight.setValue('100');
    await weight.trigger('blur');
    await settle();
    expect(wrapper.find('[data-testid=dimension-indicator-sum]').attributes('data-ok')).toBe('true');
    expect(wrapper.find('[data-testid=scheme-dirty]').exists()).toBe(true);
    await wrapper.find('[data-testid=scheme-save]').trigger('click');
    await settle();
    expect(calls.some((c) => c.operationName === 'SaveIndicatorSchemeDraft')).toBe(false);
    (document.querySelector('[data-testid=scheme-confirm]') as HTMLButtonElement).click();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'SaveIndicatorSchemeDraft')).toBe(true));
    const saved = calls.find((c) => c.operationName === 'SaveIndicatorSchemeDraft')!.variables as { input: { tree: { dimensions: Array<{ indicators: Array<{ weight: number }> }> } } };
    expect(saved.input.tree.dimensions[0]!.indicators[0]!.weight).toBe(100);
    await settle();
    expect(wrapper.find('[data-testid=scheme-dirty]').exists()).toBe(false);
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
    await settle();
    expect(calls.some((c) => c.operationName === 'ImportIndicatorFile')).toBe(false);
    (document.querySelector('[data-testid=indicator-upload-confirm]') as HTMLButtonElement).click();
    await waitFor(() => expect(wrapper.find('[data-testid=indicator-row-errors]').exists()).toBe(true));
    const lines = wrapper.findAll('[data-testid=row-error-line]').map((l) => l.text());
    expect(lines).toEqual(['3', '5']);
    const rows = wrapper.find('[data-testid=indicator-row-errors]').text();
    expect(rows).toContain('没有单位代码为 QH-NOPE 的单位');
    expect(rows).toContain('数值必须是数字');
    const upload = calls.find((c) => c.operationName === 'ImportIndicatorFile')!;
    expect(upload.variables).toEqual({ input: { cycleId: 'c-1', fileName: '东江区.csv', contentBase64: Buffer.from('单位代码,指标代码\n').toString('base64') } });
  });
});
