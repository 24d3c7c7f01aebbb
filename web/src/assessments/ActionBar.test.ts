// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import ActionBar from './ActionBar.vue';

const base = {
  id: 'a-1',
  kind: 'CADRE_ANNUAL' as const,
  version: 7,
  overlay: 'NONE',
  context: { scale: 'CADRE', proposal: { grade: 'EXCELLENT', comment: '实绩突出', at: '2026-01-10T02:00:00Z' } },
  objections: [],
};

function summary(overrides: Record<string, unknown> = {}) {
  return {
    ...base,
    state: 'evaluation.ballotsOpen',
    proposedGrade: null,
    finalGrade: null,
    dueAt: null,
    dueEvent: null,
    availableActions: ['CLOSE_BALLOTS'],
    updatedAt: '2026-01-10T02:00:00Z',
    cadre: { id: 'c-1', name: '胡飞强', post: '县委副书记', rankLevel: 'DIVISION_DEPUTY' },
    organisation: { id: 'o-1', name: '东江区' },
    cycle: { id: 'y-1', name: '2025 年度考核', year: 2025, kind: 'ANNUAL' },
    version: 8,
    ...overrides,
  };
}

function mountBar(availableActions: string[], props: Record<string, unknown> = {}): VueWrapper {
  return mount(ActionBar, {
    props: { assessment: { ...base, availableActions }, ...props },
    global: { plugins: [testI18n()] },
    attachTo: document.body,
  });
}

const button = (wrapper: VueWrapper, event: string) => wrapper.find(`[data-testid=action-${event}]`);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ActionBar', () => {
  it('renders a button for each available action it knows, and nothing else', () => {
    const wrapper = mountBar(['OPEN_BALLOTS', 'RECORD_TALK', 'SET_OVERLAY', 'SOMETHING_NEW']);
    const shown = wrapper.findAll('button[data-testid^=action-]').map((b) => b.attributes('data-testid'));
    expect(shown).toEqual(['action-OPEN_BALLOTS', 'action-RECORD_TALK']);
    expect(button(wrapper, 'OPEN_BALLOTS').text()).toBe('开启民主测评');
    expect(button(wrapper, 'APPROVE_GRADE').exists()).toBe(false);
  });

  it('hides actions the page handles itself, and says so when nothing is left', () => {
    const wrapper = mountBar(['SUBMIT_SELF_REPORT'], { hide: ['SUBMIT_SELF_REPORT'], emptyText: '当前没有需要您处理的操作。' });
    expect(button(wrapper, 'SUBMIT_SELF_REPORT').exists()).toBe(false);
    expect(wrapper.text()).toContain('当前没有需要您处理的操作。');
  });

  it('asks for confirmation, describing the action, and sends the version shown with a fresh idempotency key per attempt', async () => {
    const calls = mockGraphQL(() => errorReply('INTERNAL'));
    const wrapper = mountBar(['CLOSE_BALLOTS']);
    await button(wrapper, 'CLOSE_BALLOTS').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid=action-description]').text()).toContain('结束民主测评');
    expect(calls).toHaveLength(0);

    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls.map((c) => c.operationName)).toEqual(['CloseBallots', 'CloseBallots']);
    const [first, second] = calls.map((c) => c.variables.input as { assessmentId: string; expectedVersion: number; idempotencyKey: string });
    expect(first).toMatchObject({ assessmentId: 'a-1', expectedVersion: 7 });
    expect(first!.idempotencyKey.length).toBeGreaterThanOrEqual(8);
    expect(second!.idempotencyKey).not.toBe(first!.idempotencyKey);
  });

  it('closing the ballots asks for an exception reason, sent only when given; a short turnout is explained with its figures', async () => {
    const calls = mockGraphQL(() => errorReply('INVALID_TRANSITION', { rule: 'MINIMUM_TURNOUT', event: 'CLOSE_BALLOTS', invited: 10, returned: 7, turnoutPercent: 70, minimumTurnoutPercent: 80, allowedEvents: [] }));
    const wrapper = mountBar(['CLOSE_BALLOTS']);
    await button(wrapper, 'CLOSE_BALLOTS').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid=action-turnout-reason]').exists()).toBe(true);
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid=action-error]').text()).toContain('收回测评票 7 张（参评率 70%），低于最低参评率 80%');
    await wrapper.find('textarea[data-testid=action-turnout-reason]').setValue('  3名测评人因抗洪抢险无法参加测评 ');
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls.map((c) => c.variables.turnoutException)).toEqual([null, { reason: '3名测评人因抗洪抢险无法参加测评' }]);
  });

  it('disables itself while the action is in flight and emits the updated assessment', async () => {
    let answer: (value: unknown) => void = () => {};
    const calls = mockGraphQL(() => new Promise((resolve) => (answer = resolve)) as never);
    const wrapper = mountBar(['CLOSE_BALLOTS', 'RECORD_TALK']);
    await button(wrapper, 'CLOSE_BALLOTS').trigger('click');
    await settle();
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls).toHaveLength(1);
    expect(button(wrapper, 'CLOSE_BALLOTS').attributes('disabled')).toBeDefined();
    expect(button(wrapper, 'RECORD_TALK').attributes('disabled')).toBeDefined();
    expect(wrapper.find('[data-testid=action-confirm]').attributes('disabled')).toBeDefined();

    // A second click while in flight sends nothing more.
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls).toHaveLength(1);

    answer({ data: { closeBallots: summary({ state: 'evaluation.ballotsClosed', availableActions: ['COMPLETE_EVALUATION'] }) } });
    await settle();
    expect(button(wrapper, 'RECORD_TALK').attributes('disabled')).toBeUndefined();
    const done = wrapper.emitted('done');
    expect(done).toHaveLength(1);
    expect(done![0]![0]).toMatchObject({ id: 'a-1', state: 'evaluation.ballotsClosed', version: 8 });
    expect(done![0]![1]).toBe('CLOSE_BALLOTS');
  });

  it('explains a CONFLICT in plain words and offers to reload', async () => {
    mockGraphQL(() => errorReply('CONFLICT', {}, 'This record is at version 9, not 7'));
    const wrapper = mountBar(['CLOSE_BALLOTS']);
    await button(wrapper, 'CLOSE_BALLOTS').trigger('click');
    await settle();
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    const error = wrapper.find('[data-testid=action-error]');
    expect(error.text()).toContain('已被他人更新');
    expect(error.text()).not.toContain('version 9');
    await wrapper.find('[data-testid=action-reload]').trigger('click');
    expect(wrapper.emitted('reload')).toHaveLength(1);
    expect(wrapper.emitted('done')).toBeUndefined();
  });

  it('shows the server’s quota figures when EXCELLENT is refused', async () => {
    mockGraphQL(() => errorReply('QUOTA_EXCEEDED', { used: 1, allowed: 1, graded: 5 }));
    const wrapper = mountBar(['APPROVE_GRADE'], { collective: { membersTotal: 9, attendance: 8, votesFor: 7, votesAgainst: 1, abstentions: 0, recusals: [] } });
    await button(wrapper, 'APPROVE_GRADE').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid=collective-fields]').exists()).toBe(true);
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    const error = wrapper.find('[data-testid=action-error]').text();
    expect(error).toContain('优秀等次名额已用完');
    expect(error).toContain('5');
    expect(wrapper.find('[data-testid=action-reload]').exists()).toBe(false);
  });

  it('sends the shared collective decision with an approval', async () => {
    const calls = mockGraphQL(() => ({ data: { approveGrade: summary({ state: 'awaitingNotice', availableActions: [] }) } }));
    const collective = { membersTotal: 9, attendance: 8, votesFor: 7, votesAgainst: 1, abstentions: 0, recusals: ['李四'] };
    const wrapper = mountBar(['APPROVE_GRADE'], { collective });
    await button(wrapper, 'APPROVE_GRADE').trigger('click');
    await settle();
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls[0]?.variables.input).toMatchObject({ assessmentId: 'a-1', expectedVersion: 7, collective });
  });

  it('asks for the reason before returning a self-report, and sends it', async () => {
    const calls = mockGraphQL(() => ({ data: { returnSelfReport: summary({ state: 'selfReport.returned' }) } }));
    const wrapper = mountBar(['RETURN_SELF_REPORT']);
    await button(wrapper, 'RETURN_SELF_REPORT').trigger('click');
    await settle();
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await waitFor(() => expect(wrapper.find('.el-form-item__error').text()).toBe('请填写此项'));
    expect(calls).toHaveLength(0);
    await wrapper.find('textarea[data-testid=action-reason]').setValue('工作实绩部分过于简略');
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await settle();
    expect(calls[0]?.variables.input).toMatchObject({ assessmentId: 'a-1', expectedVersion: 7, reason: '工作实绩部分过于简略' });
  });
});
