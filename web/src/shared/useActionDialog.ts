import { computed, ref, shallowRef } from 'vue';
import { ElMessage } from 'element-plus';
import { isApiError, newIdempotencyKey } from './api';
import { useLocale } from './useLocale';

/**
 * The run of one action from a button that `availableActions` offered: a
 * dialog says what it will do and asks for what it records; confirming checks
 * the required fields, sends once (the buttons stay disabled while in flight)
 * with a fresh idempotency key, and keeps the server's coded error and field
 * errors for the dialog to show. Shared by the action bars of assessments,
 * outcome tasks and cases, which differ only in their forms.
 */
export function useActionDialog<T>(options: {
  /** Fills the form for this action before the dialog opens. */
  reset: (name: string) => void;
  /** The required fields still empty for this action. */
  missing: (name: string) => readonly string[];
  /** Sends the action with the idempotency key. */
  run: (name: string, idempotencyKey: string) => Promise<T>;
  /** The toast after a success. */
  doneText: (name: string) => string;
  onDone: (result: T, name: string) => void;
  onReload: () => void;
}) {
  const { fieldErrorsOf } = useLocale();
  const busy = ref<string | null>(null);
  const open = ref(false);
  const event = ref('');
  const tried = ref(false);
  const failure = shallowRef<unknown>(null);
  const serverFields = ref<Record<string, string>>({});

  const isConflict = computed(() => isApiError(failure.value) && failure.value.code === 'CONFLICT');
  /** The record moved on since it was shown (the event is no longer allowed there): reloading helps. A rule not met is not stale. */
  const isStale = computed(() => {
    const error = failure.value;
    if (!isApiError(error) || error.code !== 'INVALID_TRANSITION') return false;
    const allowed = error.extensions.allowedEvents;
    return !(Array.isArray(allowed) && allowed.includes(event.value));
  });

  function start(name: string): void {
    if (busy.value) return;
    event.value = name;
    options.reset(name);
    tried.value = false;
    failure.value = null;
    serverFields.value = {};
    open.value = true;
  }

  async function confirm(): Promise<void> {
    if (busy.value) return;
    tried.value = true;
    failure.value = null;
    serverFields.value = {};
    const name = event.value;
    if (options.missing(name).length > 0) return;
    busy.value = name;
    try {
      const result = await options.run(name, newIdempotencyKey());
      open.value = false;
      ElMessage.success(options.doneText(name));
      options.onDone(result, name);
    } catch (error) {
      failure.value = error;
      serverFields.value = fieldErrorsOf(error);
    } finally {
      busy.value = null;
    }
  }

  function reload(): void {
    open.value = false;
    failure.value = null;
    options.onReload();
  }

  return { busy, open, event, tried, failure, serverFields, isConflict, isStale, start, confirm, reload };
}

/** A button's colour in an action bar; `default` is a plain (outlined) button. */
export type ActionTone = 'primary' | 'success' | 'warning' | 'danger' | 'info' | 'default';

/** What `useActionDialog` returns, whatever the action answers: the state `ActionBarShell` draws. */
export type ActionDialog = ReturnType<typeof useActionDialog<unknown>>;
