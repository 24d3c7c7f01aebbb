// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n } from '../shared/testing';
import CycleActions from './CycleActions.vue';

const cycle = { id: 'c-1', version: 3, availableActions: ['CANCEL_CYCLE'], state: 'open' };
const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid=${id}]`);
async function click(id: string) {
  q(id)!.click();
  await settle();
}
async function typeReason(text: string) {
  const input = document.querySelector<HTMLTextAreaElement>('[data-testid=cancel-reason] textarea, textarea[data-testid=cancel-reason]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('cancelling a cycle', () => {
  it('names the consequence, requires the reason, and says a refusal in words', async () => {
    const calls = mockGraphQL(() => errorReply('INVALID_TRANSITION', { state: 'open', event: 'CANCEL_CYCLE', allowedEvents: [], decided: 2 }));
    mount(CycleActions, { props: { cycle: cycle as never, underWay: 12 }, global: { plugins: [testI18n()] }, attachTo: document.body });
    expect(q('action-CANCEL_CYCLE')!.textContent).toContain('取消考核');
    await click('action-CANCEL_CYCLE');
    expect(q('cancel-consequence')!.textContent).toContain('共 12 项');
    await click('action-confirm');
    expect(q('cancel-reason-missing')!.textContent).toContain('请写明取消原因');
    expect(calls).toHaveLength(0);
    await typeReason('机构改革，本年度考核另行组织');
    await click('action-confirm');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.operationName).toBe('CancelCycle');
    expect(calls[0]!.variables.input).toMatchObject({ cycleId: 'c-1', expectedVersion: 3, reason: '机构改革，本年度考核另行组织' });
    const error = q('action-error')!.textContent ?? '';
    expect(error).not.toBe('');
    expect(error).not.toMatch(/INVALID_TRANSITION|CANCEL_CYCLE|open/);
  });
});
