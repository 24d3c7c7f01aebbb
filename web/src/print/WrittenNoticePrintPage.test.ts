// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beijingDay } from '../shared/format';
import { mockGraphQL, settle, testI18n, testRouter } from '../shared/testing';
import WrittenNoticePrintPage from './WrittenNoticePrintPage.vue';

afterEach(() => vi.unstubAllGlobals());

function assessment(context: Record<string, unknown>) {
  return {
    id: 'a-1',
    kind: 'CADRE_ANNUAL',
    state: 'notified',
    version: 9,
    overlay: 'NONE',
    proposedGrade: 'COMPETENT',
    finalGrade: 'COMPETENT',
    dueAt: null,
    dueEvent: null,
    availableActions: [],
    context,
    updatedAt: '2026-03-01T23:30:00.000Z',
    objections: [],
    cadre: { id: 'c-1', name: '钟建', post: '县委书记', rankLevel: 'DIVISION_CHIEF' },
    organisation: { id: 'o-1', name: '东江区' },
    cycle: { id: 'cy-1', name: '2025年度考核', year: 2025, kind: 'ANNUAL' },
  };
}

async function printedDate(context: Record<string, unknown>): Promise<string> {
  mockGraphQL(({ operationName }) => (operationName === 'AssessmentSummary' ? { data: { assessment: assessment(context) } } : { data: null }));
  const router = testRouter(['/print/written/:id']);
  await router.push('/print/written/a-1');
  const wrapper = mount(WrittenNoticePrintPage, { props: { id: 'a-1' }, global: { plugins: [testI18n(), router] } });
  await settle();
  return wrapper.find('[data-testid=print-written-date]').text();
}

describe('the written notice is dated by its Beijing day', () => {
  it.each([
    // Before 08:00 in Beijing the UTC date is still the day before.
    ['2026-03-01T23:30:00Z', '2026年3月2日'],
    ['2026-03-01T15:59:59Z', '2026年3月1日'],
    ['2026-03-01T16:00:00Z', '2026年3月2日'],
    ['2026-12-31T16:00:00.000Z', '2027年1月1日'],
  ])('issued at %s is dated %s', async (writtenNoticeAt, expected) => {
    expect(await printedDate({ writtenNoticeAt, decision: { grade: 'COMPETENT', at: '2026-02-20T02:00:00Z' } })).toBe(expected);
  });

  it('falls back to the decision instant, also by its Beijing day', async () => {
    expect(await printedDate({ writtenNoticeAt: null, decision: { grade: 'COMPETENT', at: '2026-03-01T23:30:00Z' } })).toBe('2026年3月2日');
  });
});

describe('the issuer and the review offer come from the server', () => {
  it.each([
    [true, 30, '中共泰宁市委员会组织部', true],
    [false, 30, '中共泰宁市委员会组织部', false],
  ])('reviewable %s: the offer is printed: %s', async (reviewable, days, organ, offered) => {
    mockGraphQL(({ operationName }) => {
      if (operationName === 'AssessmentSummary') return { data: { assessment: assessment({ writtenNoticeAt: '2026-03-02T02:00:00Z', decision: { grade: 'COMPETENT', at: '2026-02-20T02:00:00Z' } }) } };
      if (operationName === 'WrittenNoticeIssuer') {
        return { data: { assessment: { id: 'a-1', cycle: { id: 'cy-1', organisation: { id: 'o-9', issuingOrgan: organ } }, reviewWindow: { reviewable, reviewRequestDays: days } } } };
      }
      return { data: null };
    });
    const router = testRouter(['/print/written/:id']);
    await router.push('/print/written/a-1');
    const wrapper = mount(WrittenNoticePrintPage, { props: { id: 'a-1' }, global: { plugins: [testI18n(), router] } });
    await settle();
    expect(wrapper.find('[data-testid=print-written-issuer]').text()).toBe(organ);
    expect(wrapper.text()).not.toContain('东江区党委(党组)');
    const rights = wrapper.find('[data-testid=print-written-rights]');
    expect(rights.exists()).toBe(offered);
    if (offered) expect(rights.text()).toContain(`${days}日内，向${organ}书面申请复核`);
  });
});

describe('beijingDay', () => {
  it.each([
    ['2026-03-01T23:30:00Z', '2026-03-02'],
    ['2026-03-01T07:59:00+08:00', '2026-03-01'],
    ['2026-03-02', '2026-03-02'],
    [null, ''],
  ])('%s → %s', (value, expected) => {
    expect(beijingDay(value)).toBe(expected);
  });
});
