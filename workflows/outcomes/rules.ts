import { PROTECTED_STATUS_KINDS, statusesInForce, type CadreStatusKind, type IsoDate, type StatusPeriod } from '../cadre/status.js';
import { GRADE_SCALES } from '../rules/grades.js';
import type { RuleSettings } from '../rules/settings.js';
import type { OutcomeKind } from './kinds.js';

/**
 * Results application (docs/domain.md §6), pure: from one person's (or one
 * team's) final annual results across the years, the counters that decide
 * what follows — each with the years it counted and the year that broke it —
 * and the outcomes a year's result justifies. The caller hands in the
 * results, the settings, the status periods and the day; nothing is read here.
 */

export type Subject = 'CADRE' | 'TEAM';

/** One year's final result. `grade` is a grade of the subject's scale, UNGRADED or COMMENT_ONLY. */
export interface YearResult {
  year: number;
  grade: string;
}

/**
 * Where a grade stands, whatever the scale: 0 best … 3 lowest. Public
 * institutions' 合格 counts as 称职, and so on down. Non-grades have none.
 */
export function gradeLevel(grade: string): 0 | 1 | 2 | 3 | null {
  for (const scale of [GRADE_SCALES.CADRE, GRADE_SCALES.PUBLIC_INSTITUTION, GRADE_SCALES.TEAM] as const) {
    const i = (scale as readonly string[]).indexOf(grade);
    if (i >= 0) return i as 0 | 1 | 2 | 3;
  }
  return null;
}

export const COUNTER_KEYS = [
  'CONSECUTIVE_EXCELLENT',
  'CUMULATIVE_COMPETENT_FOR_SALARY_STEP',
  'CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL',
  'CONSECUTIVE_BASICALLY_COMPETENT',
  'CONSECUTIVE_INCOMPETENT',
  'TEAM_CONSECUTIVE_AVERAGE',
  'TEAM_CONSECUTIVE_POOR',
] as const;
export type CounterKey = (typeof COUNTER_KEYS)[number];

export interface Counter {
  key: CounterKey;
  /** Years counted (consecutive counters: the run ending at `asOf`; cumulative: every counted year up to `asOf`). */
  value: number;
  /** The figure that triggers the outcome (a cumulative counter triggers at each multiple). */
  threshold: number;
  asOf: number;
  countedYears: number[];
  /** Consecutive: the year before the run and why it ended it; cumulative: every year that did not count. */
  notCounted: Array<{ year: number; grade: string | null; why: string }>;
  explanation: string;
}

const NO_RESULT = 'no final result that year';

function describe(grade: string | null): string {
  return grade ?? 'no result';
}

/** The run of years ending at `asOf` whose result satisfies `matches`; a missing year, UNGRADED or COMMENT_ONLY ends it like any other grade. */
function consecutive(key: CounterKey, byYear: Map<number, string>, asOf: number, threshold: number, matches: (grade: string) => boolean, what: string): Counter {
  const counted: number[] = [];
  let year = asOf;
  while (byYear.has(year) && matches(byYear.get(year)!)) {
    counted.unshift(year);
    year--;
  }
  const firstYear = Math.min(...byYear.keys(), asOf);
  const breaker = year >= firstYear ? { year, grade: byYear.get(year) ?? null } : null;
  const notCounted = breaker ? [{ year: breaker.year, grade: breaker.grade, why: breaker.grade === null ? NO_RESULT : `${breaker.grade} is not ${what}` }] : [];
  const runText = counted.length ? `${counted.length} consecutive ${what} year(s) up to ${asOf}: ${counted.join(', ')}` : `${asOf} is not ${what} (${describe(byYear.get(asOf) ?? null)})`;
  const breakText = breaker && counted.length ? `; the run starts after ${breaker.year} (${describe(breaker.grade)})` : breaker ? '' : counted.length ? '; no earlier result' : '';
  return { key, value: counted.length, threshold, asOf, countedYears: counted, notCounted, explanation: `${runText}${breakText}; threshold ${threshold}` };
}

/** Years up to `asOf` whose result satisfies `matches`, not necessarily consecutive. */
function cumulative(key: CounterKey, byYear: Map<number, string>, asOf: number, every: number, matches: (grade: string) => boolean, what: string): Counter {
  const years = [...byYear.keys()].filter((y) => y <= asOf).sort((a, b) => a - b);
  const counted = years.filter((y) => matches(byYear.get(y)!));
  const notCounted = years.filter((y) => !matches(byYear.get(y)!)).map((y) => ({ year: y, grade: byYear.get(y)!, why: `${byYear.get(y)} does not count` }));
  const earned = Math.floor(counted.length / every);
  const explanation =
    `${counted.length} ${what} year(s) up to ${asOf}, cumulative: ${counted.join(', ') || 'none'}` +
    (notCounted.length ? `; not counted: ${notCounted.map((n) => `${n.year} ${n.grade}`).join(', ')}` : '') +
    `; one every ${every} → ${earned} so far, ${every - (counted.length % every)} more for the next`;
  return { key, value: counted.length, threshold: every, asOf, countedYears: counted, notCounted, explanation };
}

const isExcellent = (g: string) => gradeLevel(g) === 0;
const isCompetentOrBetter = (g: string) => {
  const level = gradeLevel(g);
  return level !== null && level <= 1;
};
const isBasicallyCompetent = (g: string) => gradeLevel(g) === 2;
const isIncompetent = (g: string) => gradeLevel(g) === 3;

function indexByYear(results: readonly YearResult[]): Map<number, string> {
  const byYear = new Map<number, string>();
  for (const r of results) {
    if (byYear.has(r.year)) throw new RangeError(`two final results for ${r.year}`);
    byYear.set(r.year, r.grade);
  }
  return byYear;
}

/** The counters of a subject as of `asOf` (by default the latest year with a result). */
export function computeCounters(subject: Subject, results: readonly YearResult[], settings: Pick<RuleSettings, 'results' | 'outcomes'>, asOf?: number): Counter[] {
  const byYear = indexByYear(results);
  const year = asOf ?? Math.max(0, ...byYear.keys());
  const r = settings.results;
  if (subject === 'TEAM') {
    return [
      consecutive('TEAM_CONSECUTIVE_AVERAGE', byYear, year, r.teamAverageConsecutiveYears, (g) => g === 'AVERAGE', 'AVERAGE'),
      consecutive('TEAM_CONSECUTIVE_POOR', byYear, year, settings.outcomes.teamPoorConsecutiveYears, (g) => g === 'POOR', 'POOR'),
    ];
  }
  return [
    consecutive('CONSECUTIVE_EXCELLENT', byYear, year, r.meritConsecutiveExcellentYears, isExcellent, 'EXCELLENT'),
    cumulative('CUMULATIVE_COMPETENT_FOR_SALARY_STEP', byYear, year, r.salaryStepCumulativeYears, isCompetentOrBetter, 'COMPETENT-or-better'),
    cumulative('CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL', byYear, year, r.salaryLevelCumulativeYears, isCompetentOrBetter, 'COMPETENT-or-better'),
    consecutive('CONSECUTIVE_BASICALLY_COMPETENT', byYear, year, r.basicallyCompetentAdjustmentConsecutiveYears, isBasicallyCompetent, 'BASICALLY_COMPETENT'),
    consecutive('CONSECUTIVE_INCOMPETENT', byYear, year, r.incompetentDismissalConsecutiveYears, isIncompetent, 'INCOMPETENT'),
  ];
}

export interface ProposedOutcome {
  kind: OutcomeKind;
  year: number;
  /** The counter that justified it, if one did (a plain EXCELLENT commendation needs none). */
  counter: CounterKey | null;
  explanation: string;
}

export interface BlockedOutcome {
  kind: OutcomeKind;
  year: number;
  statuses: CadreStatusKind[];
  explanation: string;
}

export interface OutcomePlan {
  year: number;
  grade: string | null;
  counters: Counter[];
  proposals: ProposedOutcome[];
  blocked: BlockedOutcome[];
}

/**
 * The outcomes that `year`'s result justifies, given every result so far.
 * Protected statuses (injury on duty, medical treatment, pregnancy,
 * maternity, nursing) in force on `today` block dismissal.
 */
export function planOutcomes(input: {
  subject: Subject;
  results: readonly YearResult[];
  year: number;
  settings: Pick<RuleSettings, 'results' | 'outcomes'>;
  statusPeriods: readonly StatusPeriod[];
  today: IsoDate;
}): OutcomePlan {
  const { subject, settings, year } = input;
  const results = input.results.filter((r) => r.year <= year);
  const grade = indexByYear(results).get(year) ?? null;
  const counters = computeCounters(subject, results, settings, year);
  const counter = (key: CounterKey) => counters.find((c) => c.key === key)!;
  const proposals: ProposedOutcome[] = [];
  const blocked: BlockedOutcome[] = [];
  const add = (kind: OutcomeKind, key: CounterKey | null, explanation: string) => proposals.push({ kind, year, counter: key, explanation });
  if (grade === null) return { year, grade, counters, proposals, blocked };
  const r = settings.results;

  if (subject === 'TEAM') {
    const average = counter('TEAM_CONSECUTIVE_AVERAGE');
    const poor = counter('TEAM_CONSECUTIVE_POOR');
    const because =
      grade === 'POOR' && poor.value >= poor.threshold ? poor : grade === 'AVERAGE' && average.value >= average.threshold ? average : null;
    if (because) {
      for (const kind of ['ADMONISHMENT_TALK', 'WRITTEN_SELF_EXAMINATION', 'RECTIFICATION', 'LEADER_ADJUSTMENT'] as const) add(kind, because.key, because.explanation);
    }
    return { year, grade, counters, proposals, blocked };
  }

  const level = gradeLevel(grade);
  if (level === 0) {
    if (r.excellentCommendation) add('COMMENDATION', null, `${year} EXCELLENT → commendation (嘉奖)`);
    if (r.excellentRankReductionMonths > 0) add('RANK_TENURE_REDUCTION', null, `${year} EXCELLENT → ${r.excellentRankReductionMonths} months fewer for the next rank`);
    const run = counter('CONSECUTIVE_EXCELLENT');
    // Each full run of N years earns a merit: 3, 6, 9… consecutive years.
    if (run.value % run.threshold === 0) {
      add('THIRD_CLASS_MERIT', run.key, run.explanation);
      add('PROMOTION_PRIORITY', run.key, run.explanation);
    }
  }
  if (level !== null && level <= 1) {
    // Cumulative years: a step (level) each time the count reaches a multiple of N, in the year that completes it.
    for (const [key, kind] of [
      ['CUMULATIVE_COMPETENT_FOR_SALARY_STEP', 'SALARY_STEP'],
      ['CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL', 'SALARY_LEVEL'],
    ] as const) {
      const c = counter(key);
      if (c.value > 0 && c.value % c.threshold === 0) add(kind, key, c.explanation);
    }
  }
  if (level === 2) {
    for (const kind of ['ADMONISHMENT', 'WRITTEN_SELF_EXAMINATION', 'IMPROVEMENT_DEADLINE', 'REMEDIAL_TRAINING'] as const) add(kind, null, `${year} BASICALLY_COMPETENT`);
    const run = counter('CONSECUTIVE_BASICALLY_COMPETENT');
    if (run.value >= run.threshold) add('ORGANISATIONAL_ADJUSTMENT', run.key, run.explanation);
  }
  if (level === 3) {
    const run = counter('CONSECUTIVE_INCOMPETENT');
    add('DEMOTION_OR_REMOVAL', null, `${year} INCOMPETENT → demotion one level or removal`);
    if (run.value >= run.threshold) {
      const protectedNow = statusesInForce(input.statusPeriods, input.today).filter((k) => PROTECTED_STATUS_KINDS.includes(k));
      if (protectedNow.length) {
        blocked.push({ kind: 'DISMISSAL', year, statuses: protectedNow, explanation: `${run.explanation}; dismissal blocked on ${input.today} by ${protectedNow.join(', ')}` });
      } else add('DISMISSAL', run.key, run.explanation);
    }
  }
  return { year, grade, counters, proposals, blocked };
}

/** Plans for every year from `fromYear` to the latest result: a corrected year changes the counters of the years after it. */
export function planOutcomesFrom(input: Omit<Parameters<typeof planOutcomes>[0], 'year'> & { fromYear: number }): OutcomePlan[] {
  const years = [...new Set(input.results.map((r) => r.year))].filter((y) => y >= input.fromYear).sort((a, b) => a - b);
  return years.map((year) => planOutcomes({ ...input, year }));
}

/** A task that exists and is not cancelled (cancelled tasks are history: a re-justified outcome gets a new task). */
export interface ExistingOutcome {
  id: string;
  kind: OutcomeKind;
  year: number;
  /** Verified: done, it stays even when no longer justified. */
  final: boolean;
}

/**
 * What a (re)computed plan means for the tasks that exist: those no longer
 * justified and not yet final are cancelled, newly justified ones proposed,
 * the rest kept. Only the years the plans cover are touched.
 */
export function reconcile(existing: readonly ExistingOutcome[], plans: readonly OutcomePlan[]): { cancel: ExistingOutcome[]; propose: ProposedOutcome[]; keep: ExistingOutcome[] } {
  const years = new Set(plans.map((p) => p.year));
  const justified = new Set(plans.flatMap((p) => p.proposals.map((o) => `${o.year}|${o.kind}`)));
  const have = new Set(existing.filter((e) => years.has(e.year)).map((e) => `${e.year}|${e.kind}`));
  const cancel = existing.filter((e) => years.has(e.year) && !e.final && !justified.has(`${e.year}|${e.kind}`));
  const keep = existing.filter((e) => !cancel.includes(e));
  const propose = plans.flatMap((p) => p.proposals).filter((o) => !have.has(`${o.year}|${o.kind}`));
  return { cancel, propose, keep };
}
