// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { errorReply, mockGraphQL, settle, testI18n, testRouter, viewerWith, waitFor } from '../shared/testing';
import AssessmentInputs from './AssessmentInputs.vue';

const negativeList = [
  { code: 'FORMALISM', label: '形式主义、官僚主义问题突出' },
  { code: 'LOCAL_ITEM', label: '本地增设的情形' },
];
const assessment = (overrides: Record<string, unknown> = {}) => ({
  id: 'a-1',
  version: 3,
  kind: 'CADRE_ANNUAL',
  state: 'evaluation.ballotsOpen',
  overlay: 'NONE',
  availableActions: ['SET_OVERLAY'],
  cycle: { id: 'cy-1' },
  politicalReview: null,
  negativeFindings: [{ id: 'f-1', code: 'LOCAL_ITEM', note: '核实属实', cleared: false, recordedBy: '考核组', recordedAt: '2026-01-06T01:00:00.000Z' }],
  ...overrides,
});

function answer(a = assessment(), mutation: (name: string) => unknown = (name) => ({ data: { [name]: true } })) {
  return mockGraphQL((call) => {
    if (call.operationName === 'AssessmentInputs') return { data: { assessment: a } };
    if (call.operationName === 'EvaluationInputOptions') return { data: { evaluationInputOptions: { scoreComponents: [], publicSurveyPercent: 5, negativeList } } };
    if (call.operationName === 'RaterCandidates') return { data: { raterCandidates: { totalCount: 0, items: [] } } };
    return mutation(call.operationName) as never;
  });
}
async function mountIt(permissions = ['assessment:read', 'evaluation:manage', 'political-review:write']) {
  setViewerForTest(viewerWith({ username: 'assessor', permissions, grants: [{ role: 'ASSESSOR', organisation: { id: 'o-qh', name: '青禾省' } }] }));
  const wrapper = mount(AssessmentInputs, { props: { assessmentId: 'a-1' }, global: { plugins: [testI18n(), testRouter()] }, attachTo: document.body });
  await settle();
  return wrapper;
}
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;
async function confirmBox() {
  await waitFor(() => expect(q('.el-message-box')).not.toBeNull());
  (document.body.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
  await settle();
}
async function typeInto(selector: string, value: string) {
  const el = q(selector) as HTMLInputElement | HTMLTextAreaElement;
  el.value = value;
  el.dispatchEvent(new Event('input'));
  await settle();
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('AssessmentInputs', () => {
  it('shows findings in words (the locale’s, else the settings’ label) and the overlay in words', async () => {
    answer();
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.find('[data-testid=negative-findings-table]').exists()).toBe(true));
    expect(wrapper.text()).toContain('本地增设的情形');
    expect(wrapper.text()).not.toContain('LOCAL_ITEM');
    expect(wrapper.find('[data-testid=overlay-current]').text()).toBe('无');
    expect(wrapper.text()).toContain('尚未登记政治素质考察结果');
  });

  it('political review: a rating is required and a veto needs its reason, before any confirmation; then it is sent after one', async () => {
    const calls = answer();
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.find('[data-testid=political-review-edit]').exists()).toBe(true));
    await wrapper.find('[data-testid=political-review-edit]').trigger('click');
    await wrapper.find('[data-testid=political-review-veto] input').setValue(true);
    await wrapper.find('[data-testid=political-review-save]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid=political-review-form]').text()).toContain('必填'));
    expect(wrapper.text()).toContain('一票否决须写明理由');
    expect(q('.el-message-box')).toBeNull();
    await wrapper.find('[data-testid=rating-POOR] input').setValue(true);
    await typeInto('textarea#political-review-note', '政治上不合格');
    await wrapper.find('[data-testid=political-review-save]').trigger('click');
    await confirmBox();
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'RecordPoliticalReview')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'RecordPoliticalReview')!.variables.input).toEqual({ assessmentId: 'a-1', rating: 'POOR', veto: true, note: '政治上不合格' });
  });

  it('negative list: the item and what was found are required before anything is sent', async () => {
    const calls = answer(assessment(), () => errorReply('FORBIDDEN'));
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.find('[data-testid=negative-finding-add]').exists()).toBe(true));
    await wrapper.find('[data-testid=negative-finding-add]').trigger('click');
    await wrapper.find('[data-testid=negative-finding-save]').trigger('click');
    await waitFor(() => expect(wrapper.text()).toContain('请写明具体情况'));
    expect(calls.filter((c) => c.operationName === 'RecordNegativeFinding')).toHaveLength(0);
  });

  it('overlay: offered only when the lifecycle takes SET_OVERLAY; the reason is required; sent with the version seen', async () => {
    const calls = answer(assessment(), () => ({ data: { setOverlay: { id: 'a-1', overlay: 'UNGRADED', version: 4 } } }));
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.find('[data-testid=overlay-edit]').exists()).toBe(true));
    await wrapper.find('[data-testid=overlay-edit]').trigger('click');
    await wrapper.find('[data-testid=overlay-UNGRADED] input').setValue(true);
    await wrapper.find('[data-testid=overlay-save]').trigger('click');
    await waitFor(() => expect(wrapper.text()).toContain('请写明理由（至少 2 个字）'));
    await typeInto('textarea#overlay-reason', '长期病假超过六个月');
    await wrapper.find('[data-testid=overlay-save]').trigger('click');
    await confirmBox();
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SetOverlay')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'SetOverlay')!.variables.input).toEqual({ assessmentId: 'a-1', expectedVersion: 3, overlay: 'UNGRADED', reason: '长期病假超过六个月' });
  });

  it('no overlay button without SET_OVERLAY, no forms without the permissions, no invitations after the ballots', async () => {
    answer(assessment({ availableActions: [], state: 'grading.proposed' }));
    const wrapper = await mountIt(['assessment:read']);
    await waitFor(() => expect(wrapper.find('[data-testid=overlay-card]').exists()).toBe(true));
    expect(wrapper.find('[data-testid=overlay-edit]').exists()).toBe(false);
    expect(wrapper.find('[data-testid=political-review-edit]').exists()).toBe(false);
    expect(wrapper.find('[data-testid=negative-finding-add]').exists()).toBe(false);
    expect(wrapper.find('[data-testid=invite-raters]').exists()).toBe(false);
  });

  it('invitations: the send button waits for a rater on the list', async () => {
    answer();
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.find('[data-testid=invite-raters]').exists()).toBe(true));
    expect((wrapper.find('[data-testid=invite-send]').element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.find('[data-testid=invite-add]').trigger('click');
    await waitFor(() => expect(wrapper.find('[data-testid=invite-raters]').text()).toContain('必填'));
  });
});
