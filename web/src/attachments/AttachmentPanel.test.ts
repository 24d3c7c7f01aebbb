// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, settle, testI18n, waitFor } from '../shared/testing';
import AttachmentPanel from './AttachmentPanel.vue';
import { precheck } from './upload';

const LIMITS = { maxBytes: 20 * 1024 * 1024, maxPerOwner: 3, maxPerObjection: 2, extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx'] };
const listed = (id: string, name: string, canDelete = true) => ({
  id,
  name,
  size: 2048,
  mediaType: 'application/pdf',
  uploadedAt: '2026-01-06T01:00:00Z',
  uploaderName: '胡飞强',
  url: `/attachments/${id}`,
  canDelete,
});

/** A stand-in for XMLHttpRequest: records each upload and answers with `reply`. */
function fakeXhr(reply: (url: string) => { status: number; body: unknown }) {
  const sent: Array<{ url: string; headers: Record<string, string>; form: FormData }> = [];
  class FakeXhr {
    url = '';
    status = 0;
    responseText = '';
    withCredentials = false;
    headers: Record<string, string> = {};
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(form: FormData) {
      sent.push({ url: this.url, headers: this.headers, form });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      const { status, body } = reply(this.url);
      this.status = status;
      this.responseText = JSON.stringify(body);
      setTimeout(() => this.onload?.(), 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

function mountPanel(props: Record<string, unknown>) {
  return mount(AttachmentPanel, { props: { ownerKind: 'SELF_REPORT', ownerId: 'a-1', ...props }, global: { plugins: [testI18n()] }, attachTo: document.body });
}
const q = (sel: string) => document.body.querySelector(sel) as HTMLElement | null;
const all = (sel: string) => [...document.body.querySelectorAll(sel)].map((e) => e.textContent?.trim() ?? '');
async function choose(...files: File[]) {
  const input = q('[data-testid="attachment-input"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}
const file = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('precheck: refused before sending, by the server’s limits', () => {
  it.each([
    ['述职报告.pdf', 1000, null],
    ['PHOTO.JPG', 1000, null],
    ['setup.exe', 1000, 'ATTACHMENT_TYPE_REFUSED'],
    ['page.html', 1000, 'ATTACHMENT_TYPE_REFUSED'],
    ['no-extension', 1000, 'ATTACHMENT_TYPE_REFUSED'],
    ['big.pdf', 20 * 1024 * 1024 + 1, 'ATTACHMENT_TOO_LARGE'],
    ['empty.pdf', 0, 'EMPTY'],
  ])('%s of %i bytes → %s', (name, size, expected) => {
    expect(precheck({ name, size }, LIMITS)).toBe(expected);
  });
});

describe('AttachmentPanel', () => {
  it('lists the files with download links and says the limits before an upload', async () => {
    mockGraphQL(() => ({ data: { attachmentLimits: LIMITS } }));
    mountPanel({ attachments: [listed('x-1', '述职报告.pdf')], editable: true });
    await waitFor(() => expect(q('[data-testid="attachment-limits"]')).not.toBeNull());
    expect(q('[data-testid="attachment-limits"]')!.textContent).toContain('20 MB');
    expect(q('[data-testid="attachment-limits"]')!.textContent).toContain('最多 3 个');
    const link = q('[data-testid="attachment-download"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/attachments/x-1');
    expect(link.textContent).toBe('述职报告.pdf');
    expect(all('[data-testid="attachment-item"]')[0]).toContain('胡飞强 上传于');
  });

  it('read-only: no upload, no delete, no limits query', async () => {
    const calls = mockGraphQL(() => ({ data: { attachmentLimits: LIMITS } }));
    mountPanel({ attachments: [listed('x-1', '述职报告.pdf')] });
    await settle();
    expect(q('[data-testid="attachment-add"]')).toBeNull();
    expect(q('[data-testid="attachment-delete"]')).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('refuses a file of a kind not accepted, and one too large, in words, without sending them', async () => {
    mockGraphQL(() => ({ data: { attachmentLimits: { ...LIMITS, maxBytes: 1024 } } }));
    const sent = fakeXhr(() => ({ status: 201, body: {} }));
    mountPanel({ editable: true });
    await waitFor(() => expect(q('[data-testid="attachment-limits"]')).not.toBeNull());
    await choose(file('setup.exe', 10), file('big.pdf', 4096));
    expect(sent).toHaveLength(0);
    const refusals = all('[data-testid="attachment-refusal"]');
    expect(refusals[0]).toContain('“setup.exe”未上传：不接受该类型的附件');
    expect(refusals[1]).toContain('“big.pdf”未上传：附件超过大小上限');
  });

  it('uploads with progress and lists the file; a refusal of the server is said in words', async () => {
    mockGraphQL(() => ({ data: { attachmentLimits: LIMITS } }));
    const sent = fakeXhr((url) =>
      url.includes('a-1')
        ? { status: 201, body: { id: 'x-2', name: '照片.png', size: 70, mediaType: 'image/png', uploadedAt: '2026-01-06T02:00:00Z', uploaderName: '胡飞强' } }
        : { status: 415, body: { errors: [{ message: 'no', extensions: { code: 'ATTACHMENT_TYPE_REFUSED' } }] } },
    );
    const wrapper = mountPanel({ editable: true });
    await waitFor(() => expect(q('[data-testid="attachment-limits"]')).not.toBeNull());
    await choose(file('照片.png', 70));
    await waitFor(() => expect(all('[data-testid="attachment-item"]')).toHaveLength(1));
    expect(sent[0]!.url).toBe('/uploads/attachments?ownerKind=SELF_REPORT&ownerId=a-1');
    expect(sent[0]!.headers['X-Requested-With']).toBe('XMLHttpRequest');
    expect(wrapper.emitted('changed')).toHaveLength(1);
    await wrapper.setProps({ ownerId: 'a-2' });
    await choose(file('伪装.pdf', 70));
    await waitFor(() => expect(all('[data-testid="attachment-refusal"]')).toHaveLength(1));
    expect(all('[data-testid="attachment-refusal"]')[0]).toContain('文件内容与扩展名不符');
  });

  it('deletes the uploader’s own file', async () => {
    const calls = mockGraphQL((call) => (call.operationName === 'DeleteAttachment' ? { data: { deleteAttachment: { id: 'x-1' } } } : { data: { attachmentLimits: LIMITS } }));
    mountPanel({ attachments: [listed('x-1', '述职报告.pdf'), listed('x-3', '别人的.pdf', false)], editable: true });
    await settle();
    expect(document.body.querySelectorAll('[data-testid="attachment-delete"]')).toHaveLength(1);
    q('[data-testid="attachment-delete"]')!.click();
    await settle();
    (document.body.querySelector('.el-popconfirm .el-button--primary, .el-popconfirm__action .el-button:last-child') as HTMLElement).click();
    await waitFor(() => expect(all('[data-testid="attachment-item"]')).toHaveLength(1));
    expect(calls.find((c) => c.operationName === 'DeleteAttachment')!.variables).toEqual({ input: { attachmentId: 'x-1' } });
  });

  it('without an owner yet, keeps the chosen files and sends them once the record exists; an objector’s token goes along', async () => {
    mockGraphQL(() => ({ data: { attachmentLimits: LIMITS } }));
    const sent = fakeXhr(() => ({ status: 201, body: { id: 'x-9', name: '材料.pdf', size: 10, mediaType: 'application/pdf', uploadedAt: '2026-01-06T02:00:00Z', uploaderName: null } }));
    const wrapper = mountPanel({ ownerKind: 'OBJECTION', ownerId: null, editable: true, token: 'tok-1' });
    await waitFor(() => expect(q('[data-testid="attachment-limits"]')).not.toBeNull());
    expect(q('[data-testid="attachment-limits"]')!.textContent).toContain('最多 2 个');
    await choose(file('材料.pdf', 10));
    expect(sent).toHaveLength(0);
    expect(all('[data-testid="attachment-queued"]')[0]).toContain('待上传');
    const ok = await (wrapper.vm as unknown as { uploadQueued: (id: string) => Promise<boolean> }).uploadQueued('o-1');
    expect(ok).toBe(true);
    expect(sent[0]!.url).toBe('/uploads/attachments?ownerKind=OBJECTION&ownerId=o-1');
    expect(sent[0]!.headers['X-Attachment-Token']).toBe('tok-1');
    await settle();
    expect(q('[data-testid="attachment-download"]')).toBeNull();
    expect(all('[data-testid="attachment-item"]')[0]).toContain('异议人 上传于');
  });
});
