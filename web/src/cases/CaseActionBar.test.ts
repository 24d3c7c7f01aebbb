// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import CaseActionBar from './CaseActionBar.vue';

const core = { cadreId: 'c-1', organisationId: 'o-1', dueAt: null, dueEvent: null, createdAt: '2026-06-02T01:00:00Z', updatedAt: '2026-06-02T01:00:00Z', cadre: { id: 'c-1', name: '胡飞强', post: '副区长' } };
const ftCase = (availableActions: string[]) => ({
  ...core,
  id: 'f-1',
  state: 'awaitingDecision',
  version: 4,
  penaltyId: 'p-1',
  origin: 'OWN_MOTION',
  mistakeKey: '土地试点',
  outcome: null,
  availableActions,
  context: { penaltyKind: 'DEMERIT' },
});
const accusation = (availableActions: string[], findings: Array<string | null> = [null, null]) => ({
  ...core,
  id: 'x-1',
  state: findings.every((f) => f === 'UNTRUE') ? 'untrue' : 'underVerification',
  version: 2,
  source: 'PETITION',
  concernsYear: 2025,
  negativeCode: null,
  receivedOn: '2025-11-03',
  countsAgainst: true,
  availableActions,
  context: { points: [{ text: '收受礼金', finding: findings[0] }, { text: '插手招投标', finding: findings[1] }] },
});

function mountBar(kind: 'ft' | 'accusation' | 'review', item: Record<string, unknown>): VueWrapper {
  return mount(CaseActionBar, { props: { kind, item: item as never }, global: { plugins: [testI18n()] }, attachTo: document.body });
}
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;
async function click(sel: string) {
  q(sel)!.click();
  await settle();
}
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

describe('CaseActionBar', () => {
  it('shows the buttons the server offers on the case, and none for system events', () => {
    const wrapper = mountBar('ft', ftCase(['DECIDE', 'MARK_OVERDUE']));
    expect(wrapper.findAll('button[data-testid^=case-action-]').map((b) => b.attributes('data-testid'))).toEqual(['case-action-DECIDE']);
  });

  it('the fault-tolerance decision sends nothing until the outcome, distinction, six factors, votes and reasons are recorded', async () => {
    const calls = mockGraphQL(() => errorReply('INTERNAL'));
    const wrapper = mountBar('ft', ftCase(['DECIDE']));
    await wrapper.find('[data-testid=case-action-DECIDE]').trigger('click');
    await settle();
    await click('[data-testid=case-confirm]');
    expect(calls).toHaveLength(0);
    await waitFor(() => expect(document.body.querySelectorAll('.el-form-item__error').length).toBeGreaterThanOrEqual(9));

    await click('[data-testid=ft-outcome-MITIGATED] input');
    expect(document.body.textContent).toContain('原处分：记过');
    expect(q('[data-testid=ft-distinction]')).not.toBeNull();
    expect(q('[data-testid=ft-lighter]')).not.toBeNull();
  });

  it('a decision the server refuses as a repeated mistake is shown in plain words, and the form stays open', async () => {
    mockGraphQL(() => errorReply('NOT_ELIGIBLE'));
    const wrapper = mountBar('ft', ftCase(['REFUSE']));
    await wrapper.find('[data-testid=case-action-REFUSE]').trigger('click');
    await settle();
    await type('[data-testid=case-text]', '不符合受理条件');
    await click('[data-testid=case-confirm]');
    expect(q('[data-testid=case-error]')!.textContent).toContain('不符合受理条件');
    expect(q('[data-testid=case-form]')).not.toBeNull();
  });

  it('verification asks for a finding on every point, shows what they add up to, and sends them in order', async () => {
    const calls = mockGraphQL(() => errorReply('CONFLICT'));
    const wrapper = mountBar('accusation', accusation(['VERIFY']));
    await wrapper.find('[data-testid=case-action-VERIFY]').trigger('click');
    await settle();
    await click('[data-testid=verify-point-1-UNTRUE] input');
    await click('[data-testid=case-confirm]');
    expect(calls).toHaveLength(0);
    expect(q('[data-testid=verify-overall]')!.textContent).toContain('每一项都作出结论后显示综合结论');

    await click('[data-testid=verify-point-0-UNPROVEN] input');
    expect(q('[data-testid=verify-overall]')!.textContent).toContain('查无实据');
    await click('[data-testid=case-confirm]');
    expect(calls.map((c) => c.operationName)).toEqual(['VerifyAccusation']);
    expect(calls[0]!.variables.input).toMatchObject({ caseId: 'x-1', expectedVersion: 2, findings: ['UNPROVEN', 'UNTRUE'] });
    // CONFLICT: someone else acted meanwhile; the dialog offers to reload.
    expect(q('[data-testid=case-error]')!.textContent).toContain('重新加载');
    expect(q('[data-testid=case-reload]')).not.toBeNull();
  });

  it('a review asked too late names the last day', async () => {
    mockGraphQL(() => errorReply('DEADLINE_PASSED', { lastDay: '2026-04-25', today: '2026-04-26' }));
    const wrapper = mountBar('review', { ...core, id: 'r-1', state: 'reviewDecided', version: 3, assessmentId: 'a-1', route: 'REVIEW', availableActions: ['FILE_APPEAL'], context: { grade: 'INCOMPETENT' } });
    await wrapper.find('[data-testid=case-action-FILE_APPEAL]').trigger('click');
    await settle();
    await type('[data-testid=case-text]', '复核未考虑本人材料');
    await click('[data-testid=case-confirm]');
    expect(q('[data-testid=case-error]')!.textContent).toContain('2026年4月25日');
  });
});
