// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import EnrolCadreButton from './EnrolCadreButton.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;

async function mountWith(reply: unknown) {
  const calls = mockGraphQL((call) => {
    if (call.operationName === 'CadreName') return { data: { cadre: { id: 'c-1', name: '胡飞强', post: '副区长', organisation: { id: 'o-1', name: '东江区' } } } };
    if (call.operationName === 'CadrePick') return { data: { cadres: { nodes: [] } } };
    return reply as never;
  });
  const wrapper = mount(EnrolCadreButton, { props: { cycle: { id: 'cy-1', version: 4, name: '2025年度考核' } }, global: { plugins: [testI18n()] }, attachTo: document.body });
  await settle();
  await wrapper.find('[data-testid=enrol-one]').trigger('click');
  await settle();
  return { wrapper, calls };
}

describe('EnrolCadreButton', () => {
  it('asks for a cadre before sending anything', async () => {
    const { calls } = await mountWith({ data: {} });
    q('[data-testid=enrol-one-confirm]')!.click();
    await waitFor(() => expect(q('[data-testid=enrol-one-form]')!.textContent).toContain('请选择干部'));
    expect(calls.filter((c) => c.operationName === 'EnrolCadre')).toHaveLength(0);
  });

  it.each([
    [errorReply('ALREADY_ENROLLED', { cycleName: '2025年度泰宁市考核' }), '2025年度泰宁市考核'],
    [errorReply('OUTSIDE_MANAGING_JURISDICTION', { managingOrganisationName: '青禾省' }), '青禾省'],
  ])('a refusal is said in words beside the picker (%#)', async (reply, words) => {
    const { wrapper, calls } = await mountWith(reply);
    // The cadre as if picked: the picker's model.
    const picker = wrapper.findComponent({ name: 'CadrePicker' });
    picker.vm.$emit('update:modelValue', 'c-1');
    await settle();
    q('[data-testid=enrol-one-confirm]')!.click();
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'EnrolCadre')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'EnrolCadre')!.variables.input).toMatchObject({ cycleId: 'cy-1', cadreId: 'c-1', expectedVersion: 4 });
    await waitFor(() => expect(q('[data-testid=enrol-one-form]')!.textContent).toContain(words));
    expect(q('[data-testid=enrol-one-form]')!.textContent).not.toMatch(/ALREADY_ENROLLED|OUTSIDE_MANAGING_JURISDICTION/);
  });
});
