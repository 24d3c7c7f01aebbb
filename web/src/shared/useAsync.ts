import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';

export interface AsyncState<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  error: ShallowRef<unknown>;
  /** Runs the loader again; an older run still in flight is ignored. */
  reload: () => Promise<void>;
}

/** One request whose answer a page shows, with loading and error states. */
export function useAsync<T>(loader: (signal: AbortSignal) => Promise<T>, options: { immediate?: boolean } = {}): AsyncState<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  let generation = 0;
  let controller: AbortController | null = null;

  async function reload(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const gen = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const value = await loader(controller.signal);
      if (gen === generation) data.value = value;
    } catch (e) {
      if (gen !== generation || (e instanceof DOMException && e.name === 'AbortError')) return;
      data.value = null;
      error.value = e;
    } finally {
      if (gen === generation) loading.value = false;
    }
  }

  if (options.immediate !== false) void reload();
  return { data, loading, error, reload };
}
