// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import { settle, testI18n } from '../testing';
import { useActionDialog, type ActionTone } from '../useActionDialog';
import ActionBarShell from './ActionBarShell.vue';

/** A bar of its own around the shell: one text field, and a run the test settles by hand. */
function harness(buttons: string[], tones: Record<string, ActionTone> = {}) {
  const runs: Array<{ name: string; key: string; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  const done: string[] = [];
  const reloads = ref(0);
  const Bar = defineComponent({
    setup() {
      const text = ref('');
      const dialog = useActionDialog<string>({
        reset: () => (text.value = ''),
        missing: () => (text.value.trim() ? [] : ['text']),
        run: (name, key) => new Promise<string>((resolve, reject) => runs.push({ name, key, resolve, reject })),
        doneText: (name) => `${name} done`,
        onDone: (_result, name) => done.push(name),
        onReload: () => reloads.value++,
      });
      return () =>
        h(
          ActionBarShell,
          {
            dialog,
            buttons,
            label: (name: string) => `do ${name}`,
            tone: (name: string) => tones[name] ?? 'primary',
            description: `what ${dialog.event.value} does`,
            conflictText: 'someone was first',
            reloadText: 'reload',
            testids: { bar: 'bar', button: 'act', part: 'dlg' },
          },
          () => h('input', { 'data-testid': 'text', value: text.value, onInput: (e: Event) => (text.value = (e.target as HTMLInputElement).value) }),
        );
    },
  });
  const wrapper = mount(Bar, { global: { plugins: [testI18n()] }, attachTo: document.body });
  return { wrapper, runs, done, reloads };
}
const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid=${id}]`);
async function click(id: string) {
  q(id)!.click();
  await settle();
}
async function type(text: string) {
  const input = q('text') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ActionBarShell', () => {
  it('shows one button per action, outlined for the default tone, and nothing else', () => {
    const { wrapper } = harness(['APPROVE', 'CANCEL'], { CANCEL: 'default' });
    expect(wrapper.findAll('button').map((b) => b.attributes('data-testid'))).toEqual(['act-APPROVE', 'act-CANCEL']);
    expect(wrapper.find('[data-testid=act-CANCEL]').classes()).toContain('is-plain');
    expect(wrapper.find('[data-testid=act-APPROVE]').classes()).not.toContain('is-plain');
  });

  it('opens the dialog with what the action does and the feature’s fields, and sends nothing while a field is missing', async () => {
    const { runs } = harness(['APPROVE']);
    await click('act-APPROVE');
    expect(q('dlg-description')!.textContent).toBe('what APPROVE does');
    expect(q('text')).not.toBeNull();
    await click('dlg-confirm');
    expect(runs).toHaveLength(0);
  });

  it('sends one request at a time with a fresh key, and closes on success', async () => {
    const { runs, done } = harness(['APPROVE']);
    await click('act-APPROVE');
    await type('ok');
    await click('dlg-confirm');
    await click('dlg-confirm');
    expect(runs).toHaveLength(1);
    expect(runs[0]!.key.length).toBeGreaterThanOrEqual(8);
    expect(q('dlg-confirm')!.hasAttribute('disabled')).toBe(true);
    runs[0]!.resolve('fine');
    await settle();
    expect(done).toEqual(['APPROVE']);
  });

  it('says when someone was first and offers a reload', async () => {
    const { runs, reloads } = harness(['APPROVE']);
    await click('act-APPROVE');
    await type('ok');
    await click('dlg-confirm');
    runs[0]!.reject(new ApiError('CONFLICT', 'stale'));
    await settle();
    expect(q('dlg-error')!.textContent).toContain('someone was first');
    await click('dlg-reload');
    expect(reloads.value).toBe(1);
  });
});
