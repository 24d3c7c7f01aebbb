// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import ReviewPanel from './ReviewPanel.vue';

const window = (overrides: Record<string, unknown> = {}) => ({
  noticeOn: '2026-03-02',
  today: '2026-03-10',
  reviewable: true,
  reviewableGrades: ['INCOMPETENT'],
  reviewLastDay: '2026-04-01',
  directAppealLastDay: '2026-04-01',
  reviewRequestDays: 30,
  directAppealDays: 30,
  openCaseId: null,
  availableRoutes: ['REVIEW', 'DIRECT_APPEAL'],
  ...overrides,
});

function answer(reviewWindow: Record<string, unknown> | null, reviewCases: unknown[] = []) {
  return mockGraphQL((call) => {
    if (call.operationName === 'MyResultCases') return { data: { assessment: { id: 'a-1', reviewWindow, reviewCases, resultVersions: [] } } };
    return { data: { requestReview: { id: 'r-1' } } };
  });
}
const mountPanel = () => mount(ReviewPanel, { props: { assessmentId: 'a-1' }, global: { plugins: [testI18n()] }, attachTo: document.body });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ReviewPanel', () => {
  it('names the last day of each route the server offers, with the days left', async () => {
    answer(window());
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=review-window]').exists()).toBe(true));
    expect(wrapper.find('[data-testid=review-window]').text()).toContain('可申请复核，截至 2026年4月1日（还有 22 天）');
    expect(wrapper.find('[data-testid=request-review]').exists()).toBe(true);
    expect(wrapper.find('[data-testid=request-appeal]').exists()).toBe(true);
  });

  it('offers only what the server lists: a direct appeal alone shows no review button', async () => {
    answer(window({ availableRoutes: ['DIRECT_APPEAL'], today: '2026-04-01' }));
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=request-appeal]').exists()).toBe(true));
    expect(wrapper.find('[data-testid=request-review]').exists()).toBe(false);
    expect(wrapper.text()).toContain('今天是最后一天');
  });

  it.each([
    [{ availableRoutes: [], today: '2026-04-02' }, '申请期限已过（复核截至 2026年4月1日'],
    [{ availableRoutes: [], openCaseId: 'r-1' }, '正在办理中'],
    [{ availableRoutes: [], reviewable: false }, '不属于可申请复核'],
  ])('with %j says why nothing may be asked', async (change, text) => {
    answer(window(change));
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=review-window]').exists()).toBe(true));
    expect(wrapper.text()).toContain(text);
    expect(wrapper.find('[data-testid=request-review]').exists()).toBe(false);
  });

  it('asks for the grounds before sending the request, then sends it with the route', async () => {
    const calls = answer(window());
    const wrapper = mountPanel();
    await waitFor(() => expect(wrapper.find('[data-testid=request-review]').exists()).toBe(true));
    await wrapper.find('[data-testid=request-review]').trigger('click');
    await settle();
    (document.body.querySelector('[data-testid=review-confirm]') as HTMLElement).click();
    await settle();
    expect(calls.filter((c) => c.operationName === 'RequestReview')).toHaveLength(0);
    const area = document.body.querySelector('textarea[data-testid=review-grounds], [data-testid=review-grounds] textarea') as HTMLTextAreaElement;
    area.value = '年度任务均已完成';
    area.dispatchEvent(new Event('input'));
    await settle();
    (document.body.querySelector('[data-testid=review-confirm]') as HTMLElement).click();
    await settle();
    const sent = calls.find((c) => c.operationName === 'RequestReview');
    expect(sent?.variables.input).toMatchObject({ assessmentId: 'a-1', route: 'REVIEW', grounds: '年度任务均已完成' });
  });
});
