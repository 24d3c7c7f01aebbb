// @vitest-environment happy-dom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorReply, mockGraphQL as mockEveryRequest, testI18n, type GraphQLCall } from '../shared/testing';

/** The editor's own requests: the limits its attachment panel asks for are answered and left out. */
function mockGraphQL(handler: Parameters<typeof mockEveryRequest>[0]): GraphQLCall[] {
  const calls = mockEveryRequest((call) => {
    if (call.operationName !== 'AttachmentLimits') return handler(call);
    calls.splice(calls.indexOf(call), 1);
    return { data: { attachmentLimits: { maxBytes: 20 * 1024 * 1024, maxPerOwner: 10, maxPerObjection: 3, extensions: ['pdf'] } } };
  });
  return calls;
}
import SelfReportEditor from './SelfReportEditor.vue';
import { readLocalDraft } from './selfReportDraft';

const report = (overrides: Record<string, unknown> = {}) => ({
  workSummary: '',
  dutiesAndTargets: '',
  responsibilityStatement: '',
  integrityStatement: '',
  draftVersion: 0,
  draftSavedAt: null,
  submittedAt: null,
  attachments: [],
  ...overrides,
});

function mountEditor(selfReport: ReturnType<typeof report> | null = null, availableActions = ['SUBMIT_SELF_REPORT']): VueWrapper {
  return mount(SelfReportEditor, {
    props: { assessment: { id: 'a-1', version: 5, availableActions, selfReport } },
    global: { plugins: [testI18n()] },
    attachTo: document.body,
  });
}

const field = (wrapper: VueWrapper, name: string) => wrapper.find(`textarea[data-testid=selfreport-${name}]`);
const saved = (wrapper: VueWrapper) => wrapper.find('[data-testid=selfreport-saved]');
/** Lets the fake clock run and every promise it releases settle. */
const elapse = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function saveReply(call: GraphQLCall, draftVersion: number) {
  const input = call.variables.input as Record<string, unknown>;
  return { data: { saveSelfReportDraft: report({ ...input, draftVersion, draftSavedAt: '2026-01-20T02:30:05Z' }) } };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date('2026-01-20T02:30:00Z'));
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('SelfReportEditor', () => {
  it('saves the draft about 1.5 s after typing stops, with the draftVersion it loaded, and says when', async () => {
    const calls = mockGraphQL((call) => saveReply(call, 4));
    const wrapper = mountEditor(report({ workSummary: '旧稿', draftVersion: 3, draftSavedAt: '2026-01-19T08:00:00Z' }));
    expect(field(wrapper, 'workSummary').element).toHaveProperty('value', '旧稿');

    await field(wrapper, 'workSummary').setValue('今年主要做了三件事');
    await elapse(1000);
    await field(wrapper, 'workSummary').setValue('今年主要做了三件事：一是');
    await elapse(1000);
    expect(calls).toHaveLength(0);
    expect(saved(wrapper).attributes('data-status')).toBe('pending');
    // Every keystroke is kept in this browser at once.
    expect(readLocalDraft('a-1')?.fields.workSummary).toBe('今年主要做了三件事：一是');

    await elapse(600);
    expect(calls.map((c) => c.operationName)).toEqual(['SaveSelfReportDraft']);
    expect(calls[0]?.variables.input).toMatchObject({ assessmentId: 'a-1', draftVersion: 3, workSummary: '今年主要做了三件事：一是' });
    expect(saved(wrapper).attributes('data-status')).toBe('saved');
    expect(saved(wrapper).text()).toContain('已保存于');

    // The next save sends the version the server just gave.
    await field(wrapper, 'integrityStatement').setValue('严守纪律');
    await elapse(1600);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.variables.input).toMatchObject({ draftVersion: 4, integrityStatement: '严守纪律' });
  });

  it('keeps the text on screen and in this browser when the submission fails', async () => {
    mockGraphQL((call) => {
      if (call.operationName === 'SaveSelfReportDraft') return saveReply(call, 1);
      return errorReply('VALIDATION', { fields: [{ field: 'responsibilityStatement', messages: ['must be written before submitting'] }] }, 'The self-report is not complete');
    });
    const wrapper = mountEditor();
    await field(wrapper, 'workSummary').setValue('全年工作总结');
    await field(wrapper, 'responsibilityStatement').setValue('  履责  ');
    await field(wrapper, 'integrityStatement').setValue('廉洁自律情况');
    await wrapper.find('[data-testid=action-SUBMIT_SELF_REPORT]').trigger('click');
    await elapse(0);
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await elapse(50);

    // The server named a field: the dialog closes and the message stands beside the field.
    expect(wrapper.findAll('[data-testid=action-confirm]').filter((b) => b.isVisible())).toHaveLength(0);
    expect(wrapper.find('[data-testid=selfreport-submit-error]').text()).toContain('述职报告还不完整');
    expect(wrapper.text()).toContain('提交前请填写此项');
    expect(field(wrapper, 'workSummary').element).toHaveProperty('value', '全年工作总结');
    expect(field(wrapper, 'integrityStatement').element).toHaveProperty('value', '廉洁自律情况');
    expect(readLocalDraft('a-1')?.fields).toMatchObject({ workSummary: '全年工作总结', integrityStatement: '廉洁自律情况' });
    expect(wrapper.emitted('submitted')).toBeUndefined();
  });

  it.each([
    [{ workSummary: '', responsibilityStatement: '', integrityStatement: '' }, ['workSummary', 'responsibilityStatement', 'integrityStatement']],
    [{ workSummary: '总结', responsibilityStatement: '   ', integrityStatement: '廉洁' }, ['responsibilityStatement']],
    [{ workSummary: '总结', responsibilityStatement: '履责', integrityStatement: '' }, ['integrityStatement']],
  ])('with required parts empty (%j) it names them and asks nothing', async (filled, missing) => {
    const calls = mockGraphQL((call) => saveReply(call, 1));
    const wrapper = mountEditor(report({ ...filled, dutiesAndTargets: '' }));
    await wrapper.find('[data-testid=action-SUBMIT_SELF_REPORT]').trigger('click');
    await elapse(0);
    expect(wrapper.findAll('[data-testid=action-confirm]').filter((b) => b.isVisible())).toHaveLength(0);
    expect(wrapper.find('[data-testid=selfreport-submit-error]').text()).toContain('述职报告还不完整');
    const errors = wrapper.findAll('.self-report__field-error').map((e) => e.text());
    expect(errors).toHaveLength(missing.length);
    for (const text of errors) expect(text).toMatch(/^请填写/);
    expect(calls.filter((c) => c.operationName === 'SubmitSelfReport')).toHaveLength(0);
  });

  it('saves what is pending before submitting, then submits with the version shown', async () => {
    const calls = mockGraphQL((call) => {
      if (call.operationName === 'SaveSelfReportDraft') return saveReply(call, 1);
      return { data: { submitSelfReport: { id: 'a-1', state: 'selfReport.submitted', version: 6, availableActions: [] } } };
    });
    const wrapper = mountEditor(report({ responsibilityStatement: '履行第一责任人职责', integrityStatement: '廉洁自律', draftVersion: 0 }));
    await field(wrapper, 'workSummary').setValue('全年工作总结');
    await wrapper.find('[data-testid=action-SUBMIT_SELF_REPORT]').trigger('click');
    await elapse(0);
    await wrapper.find('[data-testid=action-confirm]').trigger('click');
    await elapse(50);
    expect(calls.map((c) => c.operationName)).toEqual(['SaveSelfReportDraft', 'SubmitSelfReport']);
    expect(calls[1]?.variables.input).toMatchObject({ assessmentId: 'a-1', expectedVersion: 5 });
    expect(wrapper.emitted('submitted')).toHaveLength(1);
    expect(readLocalDraft('a-1')).toBeNull();
  });

  it('on a CONFLICT says another tab saved, and loads the newer draft when asked', async () => {
    const calls = mockGraphQL((call) => {
      if (call.operationName === 'SaveSelfReportDraft') return errorReply('CONFLICT', {}, 'This draft was saved elsewhere');
      return {
        data: {
          assessment: {
            id: 'a-1',
            version: 5,
            availableActions: ['SUBMIT_SELF_REPORT'],
            selfReport: report({ workSummary: '另一个窗口写的', draftVersion: 7, draftSavedAt: '2026-01-20T02:29:00Z' }),
          },
        },
      };
    });
    const wrapper = mountEditor(report({ workSummary: '初稿', draftVersion: 6 }));
    await field(wrapper, 'workSummary').setValue('本窗口的修改');
    await elapse(1600);
    expect(calls.map((c) => c.operationName)).toEqual(['SaveSelfReportDraft', 'SelfReportOf']);
    expect(wrapper.find('[data-testid=selfreport-conflict]').text()).toContain('另一个窗口');
    expect(saved(wrapper).attributes('data-status')).toBe('conflict');
    // Nothing is overwritten behind the person's back, and typing on does not save.
    expect(field(wrapper, 'workSummary').element).toHaveProperty('value', '本窗口的修改');
    await field(wrapper, 'workSummary').setValue('本窗口的修改，继续');
    await elapse(2000);
    expect(calls).toHaveLength(2);

    await wrapper.find('[data-testid=selfreport-load-newer]').trigger('click');
    await elapse(0);
    expect(field(wrapper, 'workSummary').element).toHaveProperty('value', '另一个窗口写的');
    expect(wrapper.find('[data-testid=selfreport-conflict]').exists()).toBe(false);
    expect(readLocalDraft('a-1')).toMatchObject({ baseVersion: 7, fields: { workSummary: '另一个窗口写的' } });
  });

  it('on a CONFLICT can keep this text, saving it over the newer draft knowingly', async () => {
    let conflict = true;
    const calls = mockGraphQL((call) => {
      if (call.operationName === 'SaveSelfReportDraft') {
        if (conflict) {
          conflict = false;
          return errorReply('CONFLICT');
        }
        return saveReply(call, 8);
      }
      return { data: { assessment: { id: 'a-1', version: 5, availableActions: ['SUBMIT_SELF_REPORT'], selfReport: report({ workSummary: '另一个窗口写的', draftVersion: 7 }) } } };
    });
    const wrapper = mountEditor(report({ workSummary: '初稿', draftVersion: 6 }));
    await field(wrapper, 'workSummary').setValue('本窗口的修改');
    await elapse(1600);
    await wrapper.find('[data-testid=selfreport-keep-mine]').trigger('click');
    await elapse(10);
    expect(calls.map((c) => c.operationName)).toEqual(['SaveSelfReportDraft', 'SelfReportOf', 'SaveSelfReportDraft']);
    expect(calls[2]?.variables.input).toMatchObject({ draftVersion: 7, workSummary: '本窗口的修改' });
    expect(saved(wrapper).attributes('data-status')).toBe('saved');
  });

  it('restores text typed in this browser that never reached the server', async () => {
    localStorage.setItem(
      'cadre-assessment.selfReport.a-1',
      JSON.stringify({ fields: { workSummary: '断网时写的', dutiesAndTargets: '', responsibilityStatement: '', integrityStatement: '' }, baseVersion: 2, keptAt: '' }),
    );
    const calls = mockGraphQL((call) => saveReply(call, 3));
    const wrapper = mountEditor(report({ workSummary: '服务器上的', draftVersion: 2 }));
    expect(field(wrapper, 'workSummary').element).toHaveProperty('value', '断网时写的');
    await elapse(10);
    expect(calls[0]?.variables.input).toMatchObject({ draftVersion: 2, workSummary: '断网时写的' });
  });

  it('is read-only when the server offers no submission', () => {
    mockGraphQL(() => ({ data: null }));
    const wrapper = mountEditor(report({ workSummary: '已提交的内容' }), []);
    expect(field(wrapper, 'workSummary').attributes('readonly')).toBeDefined();
    expect(wrapper.find('[data-testid=action-SUBMIT_SELF_REPORT]').exists()).toBe(false);
  });
});
