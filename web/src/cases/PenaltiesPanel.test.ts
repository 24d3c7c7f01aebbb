// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { errorReply, mockGraphQL, settle, testI18n, testRouter, viewerWith, waitFor } from '../shared/testing';
import PenaltiesPanel from './PenaltiesPanel.vue';

const penalty = (id: string, availableActions: string[], overrides: Record<string, unknown> = {}) => ({
  id,
  cadreId: 'c-1',
  kind: 'DEMERIT',
  category: 'PARTY_DISCIPLINE',
  startedOn: '2026-03-01',
  decidedOn: null,
  effectiveUntil: null,
  tolerated: false,
  replacedBy: null,
  note: '',
  availableActions,
  ...overrides,
});
const investigation = (id: string, availableActions: string[], overrides: Record<string, unknown> = {}) => ({
  id,
  cadreId: 'c-1',
  startsOn: '2026-03-06',
  endsOn: null,
  conclusion: null,
  penaltyId: null,
  note: '立案审查',
  availableActions,
  ...overrides,
});

type Handler = (operationName: string) => unknown;
function answer(cases: { penaltiesOf: unknown[]; investigationsOf: unknown[] }, mutation: Handler = () => ({ data: {} })) {
  return mockGraphQL((call) => {
    if (call.operationName === 'CadreCases') return { data: cases };
    if (call.operationName === 'CadreName') return { data: { cadre: { id: 'c-1', name: '胡飞强', post: '副区长', organisation: { id: 'o-1', name: '东江区' } } } };
    if (call.operationName === 'CadrePick') return { data: { cadres: { nodes: [] } } };
    return mutation(call.operationName) as never;
  });
}
async function mountPanel(permissions = ['penalty:write', 'investigation:write']) {
  setViewerForTest(viewerWith({ username: 'discipline', permissions, grants: [{ role: 'DISCIPLINE', organisation: { id: 'o-qh', name: '青禾省' } }] }));
  const router = testRouter(['/discipline']);
  await router.push('/discipline?cadre=c-1');
  const wrapper = mount(PenaltiesPanel, { global: { plugins: [testI18n(), router] }, attachTo: document.body });
  await settle();
  return wrapper;
}
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;
const testIds = (wrapper: Awaited<ReturnType<typeof mountPanel>>, id: string) => wrapper.findAll(`[data-testid=${id}]`).length;

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('PenaltiesPanel', () => {
  it('shows “decide” and “close” only on the records the server offers them on, whatever their dates say', async () => {
    answer({
      // Both look undecided; only p-2 is offered the decision (p-1, say, is outside the viewer's jurisdiction).
      penaltiesOf: [penalty('p-1', ['APPLY_FAULT_TOLERANCE']), penalty('p-2', ['DECIDE_PENALTY', 'OPEN_FAULT_TOLERANCE_CASE'])],
      investigationsOf: [investigation('i-1', []), investigation('i-2', ['CLOSE_INVESTIGATION'], { startsOn: '2026-03-08' })],
    });
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=penalties]').exists()).toBe(true));
    expect(testIds(wrapper, 'penalty-decide')).toBe(1);
    expect(testIds(wrapper, 'investigation-close')).toBe(1);
  });

  it('no buttons when nothing is offered, even with the permission and undecided, open records', async () => {
    answer({ penaltiesOf: [penalty('p-1', [])], investigationsOf: [investigation('i-1', [])] });
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=penalties]').exists()).toBe(true));
    expect(testIds(wrapper, 'penalty-decide')).toBe(0);
    expect(testIds(wrapper, 'investigation-close')).toBe(0);
  });

  it('decides the offered penalty once while in flight; a refusal is shown and the dialog stays open', async () => {
    let release: (reply: unknown) => void = () => undefined;
    const calls = answer({ penaltiesOf: [penalty('p-2', ['DECIDE_PENALTY'])], investigationsOf: [] }, () => new Promise((resolve) => (release = resolve)));
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=penalty-decide]').exists()).toBe(true));
    await wrapper.find('[data-testid=penalty-decide]').trigger('click');
    await settle();
    q('[data-testid=penalty-confirm]')!.click();
    await settle();
    q('[data-testid=penalty-confirm]')!.click();
    await settle();
    const sent = calls.filter((c) => c.operationName === 'DecidePenalty');
    expect(sent).toHaveLength(1);
    expect((sent[0]!.variables.input as { penaltyId: string }).penaltyId).toBe('p-2');
    expect((q('[data-testid=penalty-confirm]') as HTMLButtonElement).disabled).toBe(true);
    release(errorReply('CONFLICT'));
    await waitFor(() => expect(q('[data-testid=penalty-error]')?.textContent).toContain('请刷新后重试'));
    expect(q('[data-testid=penalty-form]')).not.toBeNull();
  });

  it('closes the offered investigation with its conclusion, and reloads', async () => {
    const calls = answer({ penaltiesOf: [], investigationsOf: [investigation('i-2', ['CLOSE_INVESTIGATION'])] }, () => ({ data: { closeInvestigation: { id: 'i-2', conclusion: 'NO_PENALTY' } } }));
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=investigation-close]').exists()).toBe(true));
    await wrapper.find('[data-testid=investigation-close]').trigger('click');
    await settle();
    q('[data-testid=penalty-confirm]')!.click();
    await settle();
    expect(calls.filter((c) => c.operationName === 'CloseInvestigation')).toHaveLength(0);
    const note = q('[data-testid=penalty-note] textarea, textarea[data-testid=penalty-note]') as HTMLTextAreaElement;
    note.value = '经审查，未发现违纪违法问题。';
    note.dispatchEvent(new Event('input'));
    await settle();
    q('[data-testid=penalty-confirm]')!.click();
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CloseInvestigation')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'CloseInvestigation')!.variables.input).toMatchObject({ investigationId: 'i-2', penaltyKind: null, note: '经审查，未发现违纪违法问题。' });
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'CadreCases')).toHaveLength(2));
  });
});
