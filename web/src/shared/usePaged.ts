import { computed, ref, shallowRef } from 'vue';

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

export type PageFetcher<T> = (after: string | null, signal: AbortSignal) => Promise<Page<T>>;

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * A cursor-paginated list: `reload()` starts over (a newer reload wins over an
 * older one still in flight), `loadMore()` appends the next page.
 */
export function usePaged<T>(fetchPage: PageFetcher<T>) {
  const items = shallowRef<T[]>([]);
  const totalCount = ref<number | null>(null);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = shallowRef<unknown>(null);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  let generation = 0;
  let controller: AbortController | null = null;

  function start(): { gen: number; signal: AbortSignal } {
    controller?.abort();
    controller = new AbortController();
    return { gen: ++generation, signal: controller.signal };
  }

  async function reload(): Promise<void> {
    const { gen, signal } = start();
    loading.value = true;
    loadingMore.value = false;
    error.value = null;
    try {
      const page = await fetchPage(null, signal);
      if (gen !== generation) return;
      items.value = page.nodes;
      totalCount.value = page.totalCount ?? null;
      endCursor.value = page.pageInfo.endCursor;
      hasNextPage.value = page.pageInfo.hasNextPage;
    } catch (e) {
      if (gen !== generation || isAbort(e)) return;
      items.value = [];
      totalCount.value = null;
      hasNextPage.value = false;
      error.value = e;
    } finally {
      if (gen === generation) loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loading.value || loadingMore.value) return;
    const { gen, signal } = start();
    loadingMore.value = true;
    error.value = null;
    try {
      const page = await fetchPage(endCursor.value, signal);
      if (gen !== generation) return;
      items.value = [...items.value, ...page.nodes];
      totalCount.value = page.totalCount ?? totalCount.value;
      endCursor.value = page.pageInfo.endCursor;
      hasNextPage.value = page.pageInfo.hasNextPage;
    } catch (e) {
      if (gen !== generation || isAbort(e)) return;
      error.value = e;
    } finally {
      if (gen === generation) loadingMore.value = false;
    }
  }

  return {
    items,
    totalCount,
    loading,
    loadingMore,
    error,
    hasNextPage,
    isEmpty: computed(() => !loading.value && !error.value && items.value.length === 0),
    reload,
    loadMore,
  };
}
