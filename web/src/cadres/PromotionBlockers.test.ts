// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import PromotionBlockers from './PromotionBlockers.vue';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountWith(promotionBlockers: unknown) {
  mockGraphQL(() => ({ data: { promotionBlockers } }));
  const wrapper = mount(PromotionBlockers, { props: { cadreId: 'c-1' }, global: { plugins: [testI18n()] } });
  await settle();
  return wrapper;
}

describe('PromotionBlockers', () => {
  it('each blocker in words with its dates, and what never counts with why', async () => {
    const wrapper = await mountWith({
      blocked: true,
      blockers: [
        { kind: 'PENALTY_PERIOD', recordId: 'p-1', since: '2025-03-01', until: '2026-02-28' },
        { kind: 'OPEN_INVESTIGATION', recordId: 'i-1', since: '2026-01-02', until: null },
      ],
      disregarded: [{ kind: 'SUBSTANTIATED_ACCUSATION', recordId: 'x-1', since: null, until: null }],
    });
    await waitFor(() => expect(wrapper.find('[data-testid=blockers-table]').exists()).toBe(true));
    const text = wrapper.text();
    expect(text).toContain('目前有 2 项情形影响提拔使用');
    expect(text).toContain('处分或组织处理影响期内');
    expect(text).toContain('正在接受立案审查');
    expect(text).toContain('尚未结束');
    expect(text).toContain('经核实不实，已澄清正名');
    expect(text).not.toMatch(/PENALTY_PERIOD|OPEN_INVESTIGATION|SUBSTANTIATED_ACCUSATION/);
  });

  it('says so when nothing blocks', async () => {
    const wrapper = await mountWith({ blocked: false, blockers: [], disregarded: [] });
    await waitFor(() => expect(wrapper.find('[data-testid=blockers-none]').exists()).toBe(true));
    expect(wrapper.find('[data-testid=blockers-table]').exists()).toBe(false);
  });
});
