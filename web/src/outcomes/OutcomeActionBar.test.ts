// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import OutcomeActionBar from './OutcomeActionBar.vue';

const task = (availableActions: string[], context: Record<string, unknown> = { choices: [] }) => ({ id: 'o-1', version: 3, kind: 'DEMOTION_OR_REMOVAL' as const, availableActions, context });

const row = (over: Record<string, unknown> = {}) => ({
  ...task([]),
  subject: 'CADRE',
  state: 'approved.inTime',
  year: 2025,
  machineId: 'committeeOutcomeTask',
  dueAt: null,
  dueEvent: null,
  basis: {},
  createdAt: '2026-02-20T07:00:00Z',
  updatedAt: '2026-03-02T01:30:00Z',
  cadre: { id: 'c-1', name: '胡飞强', post: '县委副书记' },
  organisation: { id: 'g-1', name: '东江区' },
  version: 4,
  ...over,
});

function mountBar(t: ReturnType<typeof task>): VueWrapper {
  return mount(OutcomeActionBar, { props: { task: t, emptyText: '当前没有需要您处理的操作' }, global: { plugins: [testI18n()] }, attachTo: document.body });
}
const q = (selector: string) => document.querySelector<HTMLElement>(selector);
const click = async (selector: string) => {
  q(selector)!.click();
  await settle();
};
async function type(text: string) {
  const field = q('[data-testid=outcome-action-text]') as HTMLTextAreaElement | HTMLInputElement;
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await settle();
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('OutcomeActionBar', () => {
  it('shows a button for each action the server offers that the web can send, forward steps first', () => {
    const wrapper = mountBar(task(['CANCEL', 'MARK_OVERDUE', 'CARRY_OUT']));
    expect(wrapper.findAll('button').map((b) => b.attributes('data-testid'))).toEqual(['outcome-action-CARRY_OUT', 'outcome-action-CANCEL']);
    expect(wrapper.find('[data-testid=outcome-action-CARRY_OUT]').text()).toBe('登记落实情况');
  });

  it('says so when there is nothing to do', () => {
    expect(mountBar(task([])).text()).toContain('当前没有需要您处理的操作');
  });

  it('confirms what it will do and sends nothing until the required note is written', async () => {
    const calls = mockGraphQL(() => ({ data: { carryOutOutcome: row({ state: 'carriedOut' }) } }));
    const wrapper = mountBar(task(['CARRY_OUT']));
    await wrapper.find('[data-testid=outcome-action-CARRY_OUT]').trigger('click');
    await settle();
    expect(q('[data-testid=outcome-action-description]')!.textContent).toContain('登记这项结果运用已经落实');
    await click('[data-testid=outcome-action-confirm]');
    expect(calls).toHaveLength(0);
    await waitFor(() => expect(document.body.textContent).toContain('请填写此项'));

    await type('东组干〔2026〕12号');
    await click('[data-testid=outcome-action-confirm]');
    expect(calls.map((c) => c.operationName)).toEqual(['CarryOutOutcome']);
    expect(calls[0]!.variables.input).toMatchObject({ outcomeId: 'o-1', expectedVersion: 3, note: '东组干〔2026〕12号' });
    expect(String((calls[0]!.variables.input as { idempotencyKey: string }).idempotencyKey).length).toBeGreaterThanOrEqual(8);
    expect(wrapper.emitted('done')?.[0]?.[1]).toBe('CARRY_OUT');
  });

  it('asks the approver to choose demotion or removal and sends the choice', async () => {
    const calls = mockGraphQL(() => ({ data: { approveOutcome: row() } }));
    const wrapper = mountBar(task(['APPROVE', 'CANCEL'], { choices: ['DEMOTION', 'REMOVAL'] }));
    await wrapper.find('[data-testid=outcome-action-APPROVE]').trigger('click');
    await settle();
    expect(q('[data-testid=outcome-action-description]')!.textContent).toContain('须从降职、免职中选定一项');
    await click('[data-testid=outcome-action-confirm]');
    expect(calls).toHaveLength(0);
    await waitFor(() => expect(document.body.textContent).toContain('请选择处理方式'));

    (q('[data-testid=outcome-choice-REMOVAL] input') as HTMLInputElement).click();
    await settle();
    await click('[data-testid=outcome-action-confirm]');
    expect(calls[0]!.variables.input).toMatchObject({ outcomeId: 'o-1', choice: 'REMOVAL', note: null });
  });

  it('an approval without a choice to make sends none', async () => {
    const calls = mockGraphQL(() => ({ data: { approveOutcome: row() } }));
    const wrapper = mountBar(task(['APPROVE']));
    await wrapper.find('[data-testid=outcome-action-APPROVE]').trigger('click');
    await settle();
    expect(q('[data-testid=outcome-action-choice]')).toBeNull();
    await click('[data-testid=outcome-action-confirm]');
    expect(calls[0]!.variables.input).toMatchObject({ choice: null });
  });

  it('disables every button while the action is in flight', async () => {
    let release: () => void = () => undefined;
    mockGraphQL(() => new Promise((resolve) => (release = () => resolve({ data: { verifyOutcome: row({ state: 'verified' }) } }))));
    const wrapper = mountBar(task(['VERIFY', 'CANCEL']));
    await wrapper.find('[data-testid=outcome-action-VERIFY]').trigger('click');
    await settle();
    q('[data-testid=outcome-action-confirm]')!.click();
    await settle();
    expect(wrapper.find('[data-testid=outcome-action-CANCEL]').attributes('disabled')).toBeDefined();
    expect(q('[data-testid=outcome-action-confirm]')!.hasAttribute('disabled')).toBe(true);
    release();
    await settle();
    expect(wrapper.find('[data-testid=outcome-action-CANCEL]').attributes('disabled')).toBeUndefined();
  });

  it('a CONFLICT says in plain words that someone else changed the task, and offers a reload', async () => {
    mockGraphQL(() => errorReply('CONFLICT'));
    const wrapper = mountBar(task(['VERIFY']));
    await wrapper.find('[data-testid=outcome-action-VERIFY]').trigger('click');
    await settle();
    await click('[data-testid=outcome-action-confirm]');
    expect(q('[data-testid=outcome-action-error]')!.textContent).toContain('已被他人更新');
    await click('[data-testid=outcome-action-reload]');
    expect(wrapper.emitted('reload')).toHaveLength(1);
  });

  it('a step that moved on (INVALID_TRANSITION) names the state and offers a reload too', async () => {
    mockGraphQL(() => errorReply('INVALID_TRANSITION', { state: 'verified', event: 'CANCEL', allowedEvents: [] }));
    const wrapper = mountBar(task(['CANCEL']));
    await wrapper.find('[data-testid=outcome-action-CANCEL]').trigger('click');
    await settle();
    await type('结果已更正，不再适用');
    await click('[data-testid=outcome-action-confirm]');
    expect(q('[data-testid=outcome-action-reload]')).not.toBeNull();
  });
});
