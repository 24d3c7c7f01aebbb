// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import IndicatorDataPanel from './IndicatorDataPanel.vue';
import { indicatorOptions } from './indicatorOptions';

const tree = { dimensions: [{ key: 'INNOVATION', weights: { TEAM: 100 }, indicators: [{ code: 'RD_SHARE', name: '研发投入强度', unit: '%' }, { code: '', name: '未填代码' }] }] };

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function answer(mutation: (name: string) => unknown = () => ({ data: { setIndicatorValue: 1 } })) {
  return mockGraphQL((call) => {
    if (call.operationName === 'Cycles') return { data: { cycles: [{ id: 'cy-1', name: '2025年度考核' }] } };
    if (call.operationName === 'CycleSchemes') return { data: { cycle: { id: 'cy-1', indicatorSchemeVersions: ['v-1'] } } };
    if (call.operationName === 'SchemeIndicators') return { data: { indicatorSchemeVersion: { id: 'v-1', name: '县区方案', category: 'COUNTY_DISTRICT', tree } } };
    if (call.operationName === 'CadrePick') return { data: { cadres: { nodes: [] } } };
    return mutation(call.operationName) as never;
  });
}
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;

describe('indicatorOptions', () => {
  it('lists the coded indicators of the pinned schemes with name, code, unit and scheme', () => {
    expect(indicatorOptions([{ id: 'v-1', name: '县区方案', tree }])).toEqual([{ scheme: 'v-1', code: 'RD_SHARE', label: '研发投入强度（RD_SHARE，%）· 县区方案' }]);
  });
});

describe('IndicatorDataPanel', () => {
  it('checks every field of a figure before sending', async () => {
    const calls = answer();
    const wrapper = mount(IndicatorDataPanel, { global: { plugins: [testI18n()] }, attachTo: document.body });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SchemeIndicators')).toHaveLength(1));
    await wrapper.find('[data-testid=indicator-value-save]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid=indicator-value-form]').text()).toContain('请输入数值'));
    expect(calls.filter((c) => c.operationName === 'SetIndicatorValue')).toHaveLength(0);
  });

  it('shows the server’s reasons for a figure in words', async () => {
    const calls = answer(() => errorReply('VALIDATION', { fields: [{ field: 'input.0', messages: ['no organisation with code QH-XX'] }] }));
    const wrapper = mount(IndicatorDataPanel, { global: { plugins: [testI18n()] }, attachTo: document.body });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SchemeIndicators')).toHaveLength(1));
    await settle();
    const set = async (sel: string, v: string) => {
      const el = q(sel) as HTMLInputElement;
      el.value = v;
      el.dispatchEvent(new Event('input'));
      await settle();
    };
    await set('input[data-testid=indicator-value-subject]', 'QH-XX');
    await set('#indicator-value-value', '2.5');
    (q('#indicator-value-value') as HTMLInputElement).dispatchEvent(new Event('change'));
    await set('#indicator-value-source', '统计局');
    // The indicator as if picked.
    const select = wrapper.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'indicator-value-code' || s.props('id') === 'indicator-value-code');
    select!.vm.$emit('update:modelValue', 'RD_SHARE');
    await settle();
    await wrapper.find('[data-testid=indicator-value-save]').trigger('click');
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SetIndicatorValue')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'SetIndicatorValue')!.variables.input).toMatchObject({ cycleId: 'cy-1', organisationCode: 'QH-XX', personNo: null, indicatorCode: 'RD_SHARE', value: 2.5, source: '统计局' });
    await waitFor(() => expect(wrapper.find('[data-testid=indicator-value-error]').exists()).toBe(true));
    expect(wrapper.find('[data-testid=indicator-value-error]').text()).not.toContain('no organisation');
  });
});
