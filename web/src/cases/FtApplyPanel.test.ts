// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import FtApplyPanel from './FtApplyPanel.vue';

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
const core = { cadreId: 'c-1', organisationId: 'o-1', dueAt: null, dueEvent: null, createdAt: '2026-03-05T01:00:00Z', updatedAt: '2026-03-05T01:00:00Z', cadre: { id: 'c-1', name: '胡飞强', post: '副区长' } };
const opened = { ...core, id: 'f-1', state: 'awaitingAcceptance', version: 2, context: {}, penaltyId: 'p-2', origin: 'CADRE_APPLICATION', mistakeKey: '项目审批', outcome: null, availableActions: [] };

function answer(penaltiesOf: unknown[], open: () => unknown = () => ({ data: { openFaultToleranceCase: opened } })) {
  return mockGraphQL((call) => (call.operationName === 'MyPenalties' ? { data: { penaltiesOf, faultToleranceCases: { nodes: [] } } } : (open() as never)));
}
const mountPanel = () => mount(FtApplyPanel, { props: { cadreId: 'c-1' }, global: { plugins: [testI18n()] }, attachTo: document.body });
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;
async function type(sel: string, value: string) {
  const el = q(`${sel} textarea, ${sel} input, textarea${sel}, input${sel}`) as HTMLTextAreaElement;
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await settle();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('FtApplyPanel', () => {
  it('offers the application only for the sanctions the server offers it on, whatever their dates say', async () => {
    // p-1 looks undecided but the server withholds the application; p-2 is offered.
    answer([penalty('p-1', []), penalty('p-2', ['APPLY_FAULT_TOLERANCE'], { kind: 'PARTY_WARNING' })]);
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=ft-apply-open]').exists()).toBe(true));
    const listed = wrapper.findAll('.ft-apply__list li').map((li) => li.text());
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('警告');
  });

  it('no button when the server offers the application on nothing, even with accountability under way', async () => {
    answer([penalty('p-1', []), penalty('p-3', ['DECIDE_PENALTY'])]);
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.text()).toContain('您目前没有正在问责的事项'));
    expect(wrapper.find('[data-testid=ft-apply-open]').exists()).toBe(false);
  });

  it('applies about the offered sanction, once while in flight; a refusal is shown and the form stays open', async () => {
    let release: (reply: unknown) => void = () => undefined;
    const calls = answer([penalty('p-1', []), penalty('p-2', ['APPLY_FAULT_TOLERANCE'])], () => new Promise((resolve) => (release = resolve)));
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=ft-apply-open]').exists()).toBe(true));
    await wrapper.find('[data-testid=ft-apply-open]').trigger('click');
    await settle();
    await type('[data-testid=ft-open-mistake]', '项目审批');
    await type('[data-testid=ft-open-grounds]', '审批系为推进项目落地，先行先试。');
    q('[data-testid=ft-open-confirm]')!.click();
    await settle();
    q('[data-testid=ft-open-confirm]')!.click();
    await settle();
    const sent = calls.filter((c) => c.operationName === 'OpenFaultTolerance');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables.input).toMatchObject({ cadreId: 'c-1', penaltyId: 'p-2', origin: 'CADRE_APPLICATION', mistakeKey: '项目审批' });
    expect((q('[data-testid=ft-open-confirm]') as HTMLButtonElement).disabled).toBe(true);
    release(errorReply('NOT_ELIGIBLE'));
    await waitFor(() => expect(q('[data-testid=ft-open-error]')?.textContent).toContain('不符合受理条件'));
    expect(q('[data-testid=ft-open-form]')).not.toBeNull();
  });
});
