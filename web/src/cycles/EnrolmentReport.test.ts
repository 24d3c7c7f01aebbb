// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../shared/testing';
import EnrolmentReport from './EnrolmentReport.vue';

const skip = (over: Record<string, unknown>) => ({
  cadre: null,
  organisation: { id: 'o-1', name: '东江区' },
  kind: 'CADRE_ANNUAL',
  reason: 'ALREADY_ENROLLED',
  existingCycleId: 'c-1',
  existingCycleName: '东江区2026年度考核',
  managingOrganisationName: '泰宁市',
  ...over,
});

describe('EnrolmentReport', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a cadre the province already assesses', { cadre: { id: 'k-1', name: '胡飞强', post: '县委书记' } }, ['胡飞强（县委书记）', '东江区', '本考核期已纳入其他考核', '东江区2026年度考核']],
    [
      'a city leader managed above the cycle',
      { cadre: { id: 'k-2', name: '李明', post: '市委书记' }, organisation: { id: 'o-2', name: '泰宁市' }, reason: 'OUTSIDE_MANAGING_JURISDICTION', existingCycleName: null, managingOrganisationName: '青禾省' },
      ['李明（市委书记）', '泰宁市', '不属本级干部管理权限', '由青禾省管理'],
    ],
    ['a leadership team', { kind: 'TEAM_ANNUAL' }, ['东江区领导班子', '东江区', '本考核期已纳入其他考核', '东江区2026年度考核']],
  ])('says in Chinese why %s was left out', (_who, over, cells) => {
    const wrapper = mount(EnrolmentReport, { props: { report: { cycle: {} as never, cadres: 28, teams: 1, skipped: [skip(over)] as never } }, global: { plugins: [testI18n()] } });
    expect(wrapper.find('[data-testid=enrol-report-summary]').text()).toContain('本次纳入干部 28 人、领导班子 1 个；未纳入 1 项');
    expect(wrapper.findAll('[data-testid=enrol-skipped-row] td').map((td) => td.text())).toEqual(cells);
  });
});
