import type { Translate } from '../shared/errors';

/** A counter as the record returns it (`cadreRecord.counters`). */
export interface CounterView {
  key: string;
  value: number;
  threshold: number;
  asOf: number;
  countedYears: number[];
  notCounted: Array<{ year: number; grade: string | null; why: string }>;
}

export interface CounterExplanation {
  /** The counter's name. */
  title: string;
  /** The figure: years counted over the threshold (a cumulative counter: toward the next multiple). */
  figure: string;
  /** 0–100, toward the next trigger. */
  progress: number;
  /** The latest year completes the threshold (a run's outcome is due, a cumulative multiple is reached). */
  reached: boolean;
  /** The explanation, one sentence per line, in the reader's language. */
  lines: string[];
}

const CUMULATIVE = new Set(['CUMULATIVE_COMPETENT_FOR_SALARY_STEP', 'CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL']);
/** Runs whose outcome comes again at every full multiple (3, 6, 9 EXCELLENT years); the others from the threshold on. */
const EVERY_MULTIPLE = new Set(['CONSECUTIVE_EXCELLENT']);

/**
 * Explains a counter from its figures (not from the server's English
 * sentence): which years counted, which year broke a run or did not count
 * and why, and how far the next outcome is — in the reader's language.
 */
export function explainCounter(c: CounterView, t: Translate, gradeLabel: (grade: string) => string): CounterExplanation {
  const what = t(`outcomes.counterWhat.${c.key}`);
  const outcome = t(`outcomes.counterOutcome.${c.key}`);
  const sep = t('outcomes.explain.separator');
  const years = (list: number[]) => list.join(sep);
  const grade = (g: string | null) => (g ? gradeLabel(g) : t('outcomes.explain.noResult'));
  const title = t(`outcomes.counters.${c.key}`);
  const threshold = Math.max(1, c.threshold);

  if (CUMULATIVE.has(c.key)) {
    const earned = Math.floor(c.value / threshold);
    const remaining = threshold - (c.value % threshold);
    const lines = [
      c.value > 0 ? t('outcomes.explain.cumulative', { asOf: c.asOf, value: c.value, what, years: years(c.countedYears) }) : t('outcomes.explain.cumulativeNone', { asOf: c.asOf, what }),
    ];
    if (c.notCounted.length) {
      lines.push(t('outcomes.explain.notCounted', { years: c.notCounted.map((n) => t('outcomes.explain.yearGrade', { year: n.year, grade: grade(n.grade) })).join(sep) }));
    }
    lines.push(t(earned > 0 ? 'outcomes.explain.cumulativeProgress' : 'outcomes.explain.cumulativeProgressFirst', { every: threshold, outcome, earned, remaining }));
    const reached = c.value > 0 && c.value % threshold === 0 && c.countedYears.includes(c.asOf);
    return { title, figure: `${c.value % threshold || (reached ? threshold : 0)} / ${threshold}`, progress: reached ? 100 : Math.round(((c.value % threshold) / threshold) * 100), reached, lines };
  }

  const lines: string[] = [];
  const breaker = c.notCounted[0] ?? null;
  if (c.value > 0) {
    lines.push(t('outcomes.explain.run', { asOf: c.asOf, value: c.value, what, years: years(c.countedYears) }));
    if (!breaker) lines.push(t('outcomes.explain.runNoEarlier'));
    else if (breaker.grade === null) lines.push(t('outcomes.explain.runNoResult', { year: breaker.year }));
    else lines.push(t('outcomes.explain.runBrokenBy', { year: breaker.year, grade: gradeLabel(breaker.grade) }));
  } else {
    lines.push(t('outcomes.explain.runNone', { asOf: c.asOf, what, grade: grade(breaker?.year === c.asOf ? breaker.grade : null) }));
  }
  const every = EVERY_MULTIPLE.has(c.key);
  const reached = every ? c.value > 0 && c.value % threshold === 0 : c.value >= threshold;
  const toGo = every ? threshold - (c.value % threshold) : threshold - c.value;
  if (reached) lines.push(t(every ? 'outcomes.explain.runReachedEvery' : 'outcomes.explain.runReached', { threshold, outcome }));
  else lines.push(t(every ? 'outcomes.explain.runToGo' : 'outcomes.explain.runToGoOnce', { remaining: toGo, what, outcome, threshold }));
  const shown = every && c.value > 0 ? c.value % threshold || threshold : Math.min(c.value, threshold);
  return { title, figure: `${c.value} / ${threshold}`, progress: Math.round((shown / threshold) * 100), reached, lines };
}
