// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { LifecycleFieldsFragment } from '../gql/graphql';
import { testI18n } from '../shared/testing';
import LifecycleDiagram from './LifecycleDiagram.vue';

const node = (id: string, parent: string | null = null, description: string | null = null, final = false) => ({ id, parent, description, final, current: false });

/** A cut-down annual lifecycle, as the server describes it. */
function lifecycle(current: string): LifecycleFieldsFragment {
  const nodes = [
    node('enrolled', null, '已纳入考核: enrolled'),
    node('selfReport', null, '总结述职: work summary'),
    node('selfReport.drafting', 'selfReport'),
    node('selfReport.submitted', 'selfReport'),
    node('selfReport.returned', 'selfReport', '退回修改: returned for revision'),
    node('synthesis', null, '综合分析, 提出等次建议: the proposal'),
    node('committeeReview', null, '党委(党组)审定: approve'),
    node('specialStep', null, '特别程序: a state this build has no label for'),
    node('filed', null, '已归档', true),
  ].map((n) => ({ ...n, current: current === n.id || current.startsWith(`${n.id}.`) }));
  const edges = [
    { from: 'enrolled', to: 'selfReport', event: 'START_SELF_REPORT', guard: null },
    { from: 'selfReport.drafting', to: 'selfReport.submitted', event: 'SUBMIT_SELF_REPORT', guard: null },
    { from: 'selfReport.submitted', to: 'selfReport.returned', event: 'RETURN_SELF_REPORT', guard: null },
    { from: 'selfReport.submitted', to: 'synthesis', event: 'ACCEPT_SELF_REPORT', guard: null },
    { from: 'synthesis', to: 'committeeReview', event: 'PROPOSE_GRADE', guard: 'isGradeAllowed' },
    { from: 'committeeReview', to: 'synthesis', event: 'SEND_BACK', guard: 'isCollectiveDecisionValid' },
    { from: 'committeeReview', to: 'specialStep', event: 'APPROVE_GRADE', guard: 'and' },
    { from: 'specialStep', to: 'filed', event: 'FILE', guard: null },
  ];
  return { machine: 'annualAssessment', current, nodes, edges };
}

function mountDiagram(current: string, visited: string[] = []) {
  return mount(LifecycleDiagram, { props: { lifecycle: lifecycle(current), visited }, global: { plugins: [testI18n()] } });
}

describe('LifecycleDiagram', () => {
  it('highlights the current state, and only it', () => {
    const wrapper = mountDiagram('committeeReview', ['enrolled', 'selfReport.drafting', 'synthesis']);
    const current = wrapper.find('[data-testid=lifecycle-node-committeeReview]');
    expect(current.classes()).toContain('is-current');
    expect(current.attributes('aria-current')).toBe('step');
    expect(wrapper.findAll('[aria-current=step]')).toHaveLength(1);
    expect(wrapper.findAll('.is-current')).toHaveLength(1);
    expect(wrapper.find('[data-testid=lifecycle-current]').text()).toBe('党委(党组)审定');
    // Passed states are marked as such, the rest are ahead.
    expect(wrapper.find('[data-testid=lifecycle-node-synthesis]').classes()).toContain('is-visited');
    expect(wrapper.find('[data-testid=lifecycle-node-filed]').classes()).not.toContain('is-visited');
  });

  it('marks a nested current state and the compound state around it', () => {
    const wrapper = mountDiagram('selfReport.submitted');
    const leaf = wrapper.find('[data-testid=lifecycle-node-selfReport\\.submitted]');
    expect(leaf.classes()).toContain('is-current');
    expect(leaf.attributes('aria-current')).toBe('step');
    const group = wrapper.find('[data-testid=lifecycle-node-selfReport]');
    expect(group.classes()).toContain('is-current');
    expect(group.attributes('aria-current')).toBeUndefined();
    expect(wrapper.find('[data-testid=lifecycle-node-selfReport\\.drafting]').classes()).not.toContain('is-current');
    expect(wrapper.find('[data-testid=lifecycle-node-committeeReview]').classes()).not.toContain('is-current');
  });

  it('draws the main path in the machine’s order, grouped, labelled in the reader’s language', () => {
    const wrapper = mountDiagram('enrolled');
    const tops = wrapper.findAll('.lifecycle__flow > li > .lifecycle__node').map((n) => n.attributes('data-testid'));
    expect(tops).toEqual([
      'lifecycle-node-enrolled',
      'lifecycle-node-selfReport',
      'lifecycle-node-synthesis',
      'lifecycle-node-committeeReview',
      'lifecycle-node-specialStep',
      'lifecycle-node-filed',
    ]);
    const group = wrapper.find('[data-testid=lifecycle-node-selfReport]');
    expect(group.findAll('.lifecycle__child').map((c) => c.text())).toEqual(['撰写述职报告', '述职报告待审阅', '退回修改']);
    // The step from self-report to synthesis is labelled with its event; a step back is named under its state.
    expect(wrapper.findAll('.lifecycle__arrow-label').map((l) => l.text())).toContain('审阅通过');
    expect(wrapper.find('[data-testid=lifecycle-node-committeeReview]').text()).toContain('退回重新研究 → 综合分析');
    // A state this build has no label for falls back to the Chinese term of the machine's description.
    expect(wrapper.find('[data-testid=lifecycle-node-specialStep]').text()).toContain('特别程序');
    expect(wrapper.find('[data-testid=lifecycle-node-filed]').classes()).toContain('is-final');
  });

  it('speaks English when chosen', () => {
    const wrapper = mount(LifecycleDiagram, { props: { lifecycle: lifecycle('committeeReview') }, global: { plugins: [testI18n('en')] } });
    expect(wrapper.find('[data-testid=lifecycle-current]').text()).toBe('Committee review');
  });
});
