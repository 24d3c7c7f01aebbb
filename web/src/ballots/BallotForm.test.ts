// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL, settle, testI18n } from '../shared/testing';
import { type DIMENSIONS } from './ballot';
import BallotForm from './BallotForm.vue';

const invitation = {
  assessmentId: 'a-1',
  group: 'PEER',
  state: 'evaluation.ballotsOpen',
  kind: 'CADRE_ANNUAL',
  subject: '胡飞强',
  post: '县委副书记',
  organisationName: '东江区',
  cycleName: '2025 年度考核',
  overallVotes: ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as Array<'EXCELLENT' | 'COMPETENT' | 'BASICALLY_COMPETENT' | 'INCOMPETENT' | 'GOOD' | 'AVERAGE' | 'POOR'>,
};

function mountForm(overrides: Partial<typeof invitation> = {}): VueWrapper {
  return mount(BallotForm, { props: { invitation: { ...invitation, ...overrides } }, global: { plugins: [testI18n()] }, attachTo: document.body });
}

async function fill(wrapper: VueWrapper, scores: Partial<Record<(typeof DIMENSIONS)[number], number>>): Promise<void> {
  for (const [d, v] of Object.entries(scores)) {
    const input = wrapper.find(`[data-testid=ballot-score-${d}] input`);
    await input.setValue(String(v));
    await input.trigger('blur');
  }
}

const body = () => document.body;
const byTestId = (id: string) => body().querySelector<HTMLElement>(`[data-testid=${id}]`);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('BallotForm', () => {
  it('says the vote is anonymous before anything is cast', () => {
    const wrapper = mountForm();
    expect(wrapper.text()).toContain('无记名投票');
    expect(wrapper.text()).toContain('不记录这张票是谁投的');
  });

  it('names every missing score and the overall vote, and sends nothing', async () => {
    const calls = mockGraphQL(() => ({ data: { castBallot: true } }));
    const wrapper = mountForm();
    await fill(wrapper, { morality: 90, ability: 88 });
    await wrapper.find('form').trigger('submit');
    await settle();
    const errors = wrapper.findAll('.ballot__error').map((e) => e.text());
    expect(errors.filter((e) => e === '请填写')).toHaveLength(4); // diligence, results, integrity, overall
    expect(byTestId('ballot-confirm')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it.each([
    [130, '应在 0 到 100 之间', '130'],
    [-5, '应在 0 到 100 之间', '-5'],
  ])('keeps %d as typed and says it is out of range instead of clamping it', async (score, message, shown) => {
    const calls = mockGraphQL(() => ({ data: { castBallot: true } }));
    const wrapper = mountForm();
    await fill(wrapper, { morality: score, ability: 88, diligence: 90, results: 91, integrity: 92 });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect((wrapper.find('[data-testid=ballot-score-morality] input').element as HTMLInputElement).value).toBe(shown);
    expect(wrapper.findAll('.ballot__error').map((e) => e.text())).toContain(message);
    expect(byTestId('ballot-confirm')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('confirms, sends one ballot, disables itself in flight and then states that the vote was recorded anonymously', async () => {
    let answer: (value: unknown) => void = () => {};
    const calls = mockGraphQL(() => new Promise((resolve) => (answer = resolve)) as never);
    const wrapper = mountForm();
    await fill(wrapper, { morality: 90, ability: 85, diligence: 88, results: 92, integrity: 95 });
    await wrapper.find('[data-testid=ballot-overall-EXCELLENT] input').setValue(true);
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid=ballot-mean]').text()).toContain('90');
    const confirm = byTestId('ballot-confirm')!;
    expect(body().textContent).toContain('提交后不能修改');
    confirm.click();
    await settle();
    expect(calls.map((c) => c.operationName)).toEqual(['CastBallot']);
    expect(calls[0]!.variables.input).toEqual({
      assessmentId: 'a-1',
      overall: 'EXCELLENT',
      scores: { morality: 90, ability: 85, diligence: 88, results: 92, integrity: 95 },
    });
    expect(byTestId('ballot-confirm')!.hasAttribute('disabled') || byTestId('ballot-confirm')!.classList.contains('is-disabled')).toBe(true);
    byTestId('ballot-confirm')!.click();
    await settle();
    expect(calls).toHaveLength(1);

    answer({ data: { castBallot: true } });
    await settle();
    expect(wrapper.find('[data-testid=ballot-cast]').text()).toContain('匿名记录');
    expect(wrapper.emitted('cast')).toEqual([['a-1']]);
  });

  it('explains a second vote (CONFLICT) in plain words and offers a refresh', async () => {
    mockGraphQL(() => errorReply('CONFLICT', {}, 'You have already voted on this assessment'));
    const wrapper = mountForm();
    await fill(wrapper, { morality: 80, ability: 80, diligence: 80, results: 80, integrity: 80 });
    await wrapper.find('[data-testid=ballot-overall-COMPETENT] input').setValue(true);
    await wrapper.find('form').trigger('submit');
    await settle();
    byTestId('ballot-confirm')!.click();
    await settle();
    expect(body().textContent).toContain('每人只能投一票');
    expect(body().textContent).not.toContain('already voted on this assessment');
    expect(wrapper.emitted('cast')).toBeUndefined();
  });

  it('cannot be filled while ballots are not open', () => {
    const wrapper = mountForm({ state: 'evaluation.ballotsPending' });
    expect(wrapper.text()).toContain('暂时不能投票');
    expect(wrapper.find('[data-testid=ballot-submit]').attributes('disabled')).toBeDefined();
  });

  it.each<[string, string, string[], string[]]>([
    ['a cadre', 'CADRE_ANNUAL', ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'], ['优秀', '称职', '基本称职', '不称职']],
    ['a leadership team', 'TEAM_ANNUAL', ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'], ['优秀', '良好', '一般', '较差']],
  ])('the ballot of %s offers only the votes of its scale', (_who, kind, votes, words) => {
    const wrapper = mountForm({ kind, overallVotes: votes as typeof invitation.overallVotes });
    const radios = wrapper.findAll('[data-testid^=ballot-overall-]').filter((w) => w.attributes('data-testid') !== 'ballot-overall');
    expect(radios.map((r) => r.attributes('data-testid'))).toEqual(votes.map((v) => `ballot-overall-${v}`));
    expect(radios.map((r) => r.text())).toEqual(words);
  });
});
