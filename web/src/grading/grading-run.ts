/** What the progress bar shows for a run: done of total in percent; a finished run is full, a queued one empty. */
export function runPercent(run: { status: string; done: number; total: number }): number {
  if (run.status === 'DONE') return 100;
  if (run.total <= 0) return 0;
  return Math.min(100, Math.floor((run.done / run.total) * 100));
}

/** A run the page keeps polling: queued or running. */
export const isActive = (run: { status: string } | null | undefined): boolean => run?.status === 'QUEUED' || run?.status === 'RUNNING';
