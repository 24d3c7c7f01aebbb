// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { errorReply, mockGraphQL, settle, testI18n, testRouter, viewerWith, waitFor } from '../shared/testing';
import RaterInvitations from './RaterInvitations.vue';

const groups = (peer: number) => [
  { group: 'SUPERIOR', count: 0 },
  { group: 'PEER', count: peer },
  { group: 'SUBORDINATE', count: 0 },
  { group: 'SERVICE_RECIPIENT', count: 0 },
];
const turnout = [
  { assessmentId: 'a-1', kind: 'CADRE_ANNUAL', state: 'evaluation.ballotsOpen', cadreName: '钟建', organisationName: '东江区', post: '县委书记', invitable: true, invited: groups(5), invitedTotal: 5, returned: 4, turnoutPercent: 80, minimumTurnoutPercent: 80 },
  { assessmentId: 'a-2', kind: 'CADRE_ANNUAL', state: 'synthesis', cadreName: '贺桂伟', organisationName: '东江区', post: '县长', invitable: false, invited: groups(0), invitedTotal: 0, returned: 0, turnoutPercent: 0, minimumTurnoutPercent: 80 },
];
const candidates = {
  totalCount: 2,
  items: [
    { userId: 'u-r1', displayName: '测评人1', username: 'r1', organisationName: '东江区', post: null },
    { userId: 'u-r2', displayName: '测评人2', username: 'r2', organisationName: '东江区', post: '科员' },
  ],
};

async function mountIt() {
  setViewerForTest(viewerWith({ permissions: ['evaluation:manage', 'organisation:read'], grants: [{ role: 'ASSESSOR', organisation: { id: 'o-qh', name: '青禾省' } }] }));
  const router = testRouter(['/cycles/c-1']);
  await router.push('/cycles/c-1?tab=raters&unit=o-dj');
  const wrapper = mount(RaterInvitations, { props: { cycleId: 'c-1' }, global: { plugins: [testI18n(), router] }, attachTo: document.body });
  await settle();
  return wrapper;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('RaterInvitations', () => {
  function serve(invite: () => ReturnType<typeof errorReply> | { data: unknown }) {
    return mockGraphQL(({ operationName }) => {
      if (operationName === 'RaterTurnout') return { data: { raterTurnout: turnout } };
      if (operationName === 'RaterCandidates') return { data: { raterCandidates: candidates } };
      if (operationName === 'OrganisationOption') return { data: { organisation: { id: 'o-dj', name: '东江区', code: 'QH-TN-DJ', kind: 'COUNTY', path: '/x/' } } };
      if (operationName === 'OrganisationOptions') return { data: { organisations: { nodes: [] } } };
      if (operationName === 'InviteRatersToAssessments') return invite();
      return { data: null };
    });
  }

  it('shows counts and turnout per assessment, lets only invitable ones be ticked, and invites the chosen raters by group after confirming', async () => {
    const calls = serve(() => ({ data: { inviteRatersToAssessments: { added: 2, alreadyInvited: 0, skippedSelf: 0 } } }));
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.findAll('[data-testid=raters-row]')).toHaveLength(2));
    expect(wrapper.find('[data-testid=raters-turnout]').attributes('data-status')).toBe('met');
    expect(wrapper.text()).toContain('已投 4 / 5');
    expect(wrapper.text()).toContain('最低 80%');
    const boxes = wrapper.findAll('.el-table__body .el-checkbox');
    expect(boxes[1]!.classes()).toContain('is-disabled');
    await wrapper.findAll('[data-testid=raters-add]')[0]!.trigger('click');
    await wrapper.findAll('[data-testid=raters-add]')[1]!.trigger('click');
    expect(wrapper.findAll('[data-testid=raters-chosen-item]')).toHaveLength(2);
    expect(wrapper.find('[data-testid=raters-invite]').attributes('disabled')).toBeDefined();
    await boxes[0]!.find('input').setValue(true);
    await settle();
    expect(wrapper.text()).toContain('已选 1 个考核对象');
    await wrapper.find('[data-testid=raters-invite]').trigger('click');
    await settle();
    expect(calls.some((c) => c.operationName === 'InviteRatersToAssessments')).toBe(false);
    (document.querySelector('[data-testid=raters-confirm]') as HTMLButtonElement).click();
    await waitFor(() => expect(calls.some((c) => c.operationName === 'InviteRatersToAssessments')).toBe(true));
    expect(calls.find((c) => c.operationName === 'InviteRatersToAssessments')!.variables).toEqual({
      input: { assessmentIds: ['a-1'], raters: [{ userId: 'u-r1', group: 'PEER' }, { userId: 'u-r2', group: 'PEER' }] },
    });
  });

  it('says a refusal in plain words and keeps the choice', async () => {
    serve(() => errorReply('FORBIDDEN'));
    const wrapper = await mountIt();
    await waitFor(() => expect(wrapper.findAll('[data-testid=raters-row]')).toHaveLength(2));
    await wrapper.findAll('[data-testid=raters-add]')[0]!.trigger('click');
    await wrapper.findAll('.el-table__body .el-checkbox')[0]!.find('input').setValue(true);
    await settle();
    await wrapper.find('[data-testid=raters-invite]').trigger('click');
    await settle();
    (document.querySelector('[data-testid=raters-confirm]') as HTMLButtonElement).click();
    await waitFor(() => expect(document.querySelector('[data-testid=raters-error]')).not.toBeNull());
    expect(document.querySelector('[data-testid=raters-error]')!.textContent).toMatch(/权限|无权/);
    expect(wrapper.findAll('[data-testid=raters-chosen-item]')).toHaveLength(1);
  });
});
