// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n, testRouter, waitFor } from '../shared/testing';
import ScoresPanel from './ScoresPanel.vue';

const options = { scoreComponents: ['WORK_RESULTS', 'DEVELOPMENT', 'PUBLIC_SURVEY', 'OTHER_INDICATORS'], publicSurveyPercent: 5, negativeList: [] };
const node = (id: string, name: string, scoreInputs: unknown[] = []) => ({ id, kind: 'CADRE_ANNUAL', cadre: { id: `c-${id}`, name, post: '副区长' }, organisation: { id: 'o-1', name: '东江区' }, scoreInputs });

function answer(mutation: (name: string, variables: Record<string, unknown>) => unknown = () => ({ data: { setScores: 1 } })) {
  return mockGraphQL((call) => {
    if (call.operationName === 'EvaluationInputOptions') return { data: { evaluationInputOptions: options } };
    if (call.operationName === 'CycleScores')
      return { data: { assessments: { totalCount: 2, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [node('a-1', '胡飞强', [{ component: 'PUBLIC_SURVEY', value: 80, source: '2025年民意调查' }]), node('a-2', '李明')] } } };
    return mutation(call.operationName, call.variables) as never;
  });
}
async function mountPanel() {
  const wrapper = mount(ScoresPanel, { props: { cycleId: 'cy-1' }, global: { plugins: [testI18n(), testRouter(['/assessments/:id'])] }, attachTo: document.body });
  await settle();
  return wrapper;
}
async function type(wrapper: Awaited<ReturnType<typeof mountPanel>>, testid: string, value: string) {
  const input = wrapper.find(`input[data-testid="${testid}"], [data-testid="${testid}"] input`);
  await input.setValue(value);
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ScoresPanel', () => {
  it('shows the components in words, the survey weight and what is recorded', async () => {
    answer();
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.text()).toContain('胡飞强'));
    expect(wrapper.text()).toContain('民意调查（5%）');
    expect(wrapper.text()).toContain('工作实绩');
    expect(wrapper.text()).not.toContain('PUBLIC_SURVEY');
    expect((wrapper.find(`input[data-testid="score-a-1-PUBLIC_SURVEY"]`).element as HTMLInputElement).value).toBe('80');
    expect(wrapper.text()).toContain('2025年民意调查');
  });

  it('refuses a score out of range or with three decimals, and a missing source, in words, before sending anything', async () => {
    const calls = answer();
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.text()).toContain('李明'));
    await type(wrapper, 'score-a-2-WORK_RESULTS', '100.5');
    await type(wrapper, 'score-a-2-DEVELOPMENT', '88.125');
    await wrapper.find('[data-testid=scores-save]').trigger('click');
    await settle();
    expect(wrapper.text()).toContain('分数应在 0 到 100 之间，不会自动调整');
    expect(wrapper.text()).toContain('请输入数字，最多两位小数');
    expect(wrapper.text()).toContain('请填写该项分数的数据来源');
    expect(calls.filter((c) => c.operationName === 'SetScores')).toHaveLength(0);
  });

  it('sends only the changed cells with their column’s source, and shows a server refusal on its cell', async () => {
    const calls = answer(() => errorReply('VALIDATION', { fields: [{ field: 'input.scores.0', messages: ['outside your jurisdiction'] }] }));
    const wrapper = await mountPanel();
    await waitFor(() => expect(wrapper.text()).toContain('李明'));
    await type(wrapper, 'score-a-2-PUBLIC_SURVEY', '91.25');
    await type(wrapper, 'scores-source-PUBLIC_SURVEY', '2025年民意调查');
    await wrapper.find('[data-testid=scores-save]').trigger('click');
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'SetScores')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'SetScores')!.variables.rows).toEqual([{ assessmentId: 'a-2', component: 'PUBLIC_SURVEY', value: 91.25, source: '2025年民意调查' }]);
    await waitFor(() => expect(wrapper.find('[data-testid=score-cell-error]').text()).toBe('不在您的管辖范围内'));
  });
});
