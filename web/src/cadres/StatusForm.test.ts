// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { ElDatePicker, ElSelect } from 'element-plus';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setViewerForTest } from '../auth/session';
import { errorReply, mockGraphQL, settle, testI18n, viewerWith, waitFor } from '../shared/testing';
import StatusForm from './StatusForm.vue';

async function fill(wrapper: ReturnType<typeof mount>, kind: string, startsOn: string, endsOn = '') {
  wrapper.findComponent(ElSelect).vm.$emit('update:modelValue', kind);
  const [starts, ends] = wrapper.findAllComponents(ElDatePicker);
  starts?.vm.$emit('update:modelValue', startsOn);
  ends?.vm.$emit('update:modelValue', endsOn);
  await settle();
}

function optionValues(wrapper: ReturnType<typeof mount>): unknown[] {
  return wrapper.findAllComponents({ name: 'ElOption' }).map((option) => option.props('value'));
}

function mountForm(permissions: string[]) {
  setViewerForTest(viewerWith({ permissions }));
  return mount(StatusForm, { props: { cadreId: 'c-1' }, global: { plugins: [testI18n()] }, attachTo: document.body });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setViewerForTest(null);
  document.body.innerHTML = '';
});

describe('StatusForm', () => {
  it('offers investigations only to discipline inspection', () => {
    const hr = mountForm(['cadre-status:write']);
    const kinds = optionValues(hr);
    expect(kinds).toContain('SICK_LEAVE');
    expect(kinds).not.toContain('INVESTIGATION');
    const discipline = mountForm(['investigation:write']);
    expect(optionValues(discipline)).toEqual(['INVESTIGATION']);
  });

  it('shows the server field error next to the end date', async () => {
    const calls = mockGraphQL(() => errorReply('VALIDATION', { fields: [{ field: 'input.endsOn', messages: ['must not be before startsOn'] }] }));
    const wrapper = mountForm(['cadre-status:write']);
    await fill(wrapper, 'SICK_LEAVE', '2026-03-10', '2026-03-01');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(calls[0]?.variables).toEqual({ input: { cadreId: 'c-1', kind: 'SICK_LEAVE', startsOn: '2026-03-10', endsOn: '2026-03-01', note: null } });
    await waitFor(() => expect(wrapper.findAll('.el-form-item__error').map((e) => e.text())).toEqual(['结束日期不能早于开始日期']));
    expect(wrapper.find('[data-testid=status-form-error]').text()).toBe('填写的内容有误，请按提示修改后重新提交');
  });

  it('explains an overlapping period (CONFLICT) in plain words', async () => {
    mockGraphQL(() => errorReply('CONFLICT', {}, 'A SICK_LEAVE period already covers part of these dates'));
    const wrapper = mountForm(['cadre-status:write']);
    await fill(wrapper, 'SICK_LEAVE', '2026-03-01');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid=status-form-error]').text()).toContain('已有记录');
  });

  it('needs a kind and a start date before asking the server', async () => {
    const calls = mockGraphQL(() => ({ data: null }));
    const wrapper = mountForm(['cadre-status:write']);
    await wrapper.find('form').trigger('submit');
    await waitFor(() => expect(wrapper.findAll('.el-form-item__error')).toHaveLength(2));
    expect(calls).toHaveLength(0);
  });
});
