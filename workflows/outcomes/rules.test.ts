import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusPeriod } from '../cadre/status.js';
import { DEFAULT_RULE_SETTINGS, mergeSettings, validateSettings, type RuleSettings } from '../rules/settings.js';
import { computeCounters, planOutcomes, planOutcomesFrom, reconcile, type CounterKey, type YearResult } from './rules.js';

const S = DEFAULT_RULE_SETTINGS;
const E = 'EXCELLENT';
const C = 'COMPETENT';
const B = 'BASICALLY_COMPETENT';
const I = 'INCOMPETENT';
const U = 'UNGRADED';
const O = 'COMMENT_ONLY';

/** Results from 2021 on, one per year: `history(E, E, U)` is 2021 EXCELLENT, 2022 EXCELLENT, 2023 UNGRADED. */
const history = (...grades: string[]): YearResult[] => grades.map((grade, i) => ({ year: 2021 + i, grade }));
const lastYear = (results: YearResult[]) => results.at(-1)!.year;
const counter = (results: YearResult[], key: CounterKey, settings: RuleSettings = S) => computeCounters('CADRE', results, settings).find((c) => c.key === key)!;
const kinds = (results: YearResult[], options: { settings?: RuleSettings; periods?: StatusPeriod[]; today?: string; subject?: 'CADRE' | 'TEAM' } = {}) =>
  planOutcomes({
    subject: options.subject ?? 'CADRE',
    results,
    year: lastYear(results),
    settings: options.settings ?? S,
    statusPeriods: options.periods ?? [],
    today: options.today ?? '2026-03-10',
  }).proposals.map((p) => p.kind);

describe('the counters, with the years that counted and the one that broke the run', () => {
  it.each<[string, YearResult[], CounterKey, number, number[], Array<number>]>([
    ['3 EXCELLENT years running', history(C, E, E, E), 'CONSECUTIVE_EXCELLENT', 3, [2022, 2023, 2024], [2021]],
    ['an UNGRADED year breaks the EXCELLENT run', history(E, E, U, E), 'CONSECUTIVE_EXCELLENT', 1, [2024], [2023]],
    ['a COMMENT_ONLY year (probation) breaks it too', history(E, O, E, E), 'CONSECUTIVE_EXCELLENT', 2, [2023, 2024], [2022]],
    ['a missing year breaks it', [{ year: 2021, grade: E }, { year: 2023, grade: E }], 'CONSECUTIVE_EXCELLENT', 1, [2023], [2022]],
    ['COMPETENT or better, cumulative: UNGRADED and BASICALLY_COMPETENT years are skipped, not breaking', history(C, U, E, B, C), 'CUMULATIVE_COMPETENT_FOR_SALARY_STEP', 3, [2021, 2023, 2025], [2022, 2024]],
    ['the level counts the same years against 5', history(C, C, C, C, E), 'CUMULATIVE_COMPETENT_FOR_SALARY_LEVEL', 5, [2021, 2022, 2023, 2024, 2025], []],
    ['BASICALLY_COMPETENT 2 years running', history(C, B, B), 'CONSECUTIVE_BASICALLY_COMPETENT', 2, [2022, 2023], [2021]],
    ['INCOMPETENT 2 years running', history(B, I, I), 'CONSECUTIVE_INCOMPETENT', 2, [2022, 2023], [2021]],
    ['INCOMPETENT after an UNGRADED year starts afresh', history(I, U, I), 'CONSECUTIVE_INCOMPETENT', 1, [2023], [2022]],
    ['public institutions: 合格 counts as COMPETENT', history('QUALIFIED', 'EXCELLENT'), 'CUMULATIVE_COMPETENT_FOR_SALARY_STEP', 2, [2021, 2022], []],
  ])('%s', (_name, results, key, value, counted, notCounted) => {
    const c = counter(results, key);
    expect(c.value).toBe(value);
    expect(c.countedYears).toEqual(counted);
    expect(c.notCounted.map((n) => n.year)).toEqual(notCounted);
    for (const year of [...counted, ...notCounted]) expect(c.explanation).toContain(String(year));
  });

  it('names the breaking grade in the explanation', () => {
    const c = counter(history(E, E, U, E), 'CONSECUTIVE_EXCELLENT');
    expect(c.notCounted).toEqual([{ year: 2023, grade: U, why: 'UNGRADED is not EXCELLENT' }]);
    expect(c.explanation).toBe('1 consecutive EXCELLENT year(s) up to 2024: 2024; the run starts after 2023 (UNGRADED); threshold 3');
  });

  it('refuses two final results for one year', () => {
    expect(() => computeCounters('CADRE', [{ year: 2024, grade: E }, { year: 2024, grade: C }], S)).toThrow(/two final results/);
  });
});

describe('the outcomes a year justifies (docs/domain.md §6, default figures)', () => {
  it.each<[string, YearResult[], string[]]>([
    ['one EXCELLENT year: commendation and 6 months off the next rank', history(E), ['COMMENDATION', 'RANK_TENURE_REDUCTION']],
    ['2 EXCELLENT years: also a salary step (2 cumulative)', history(E, E), ['COMMENDATION', 'RANK_TENURE_REDUCTION', 'SALARY_STEP']],
    ['3 EXCELLENT years running: third-class merit with promotion priority', history(C, E, E, E), ['COMMENDATION', 'RANK_TENURE_REDUCTION', 'THIRD_CLASS_MERIT', 'PROMOTION_PRIORITY', 'SALARY_STEP']],
    ['3 EXCELLENT years with UNGRADED between: no merit', history(E, U, E, E), ['COMMENDATION', 'RANK_TENURE_REDUCTION']],
    ['6 EXCELLENT years running: a second merit', history(E, E, E, E, E, E), ['COMMENDATION', 'RANK_TENURE_REDUCTION', 'THIRD_CLASS_MERIT', 'PROMOTION_PRIORITY', 'SALARY_STEP']],
    ['4 EXCELLENT years running: none until the next full run', history(E, E, E, E), ['COMMENDATION', 'RANK_TENURE_REDUCTION', 'SALARY_STEP']],
    ['COMPETENT, the 2nd cumulative year: a salary step', history(C, B, C), ['SALARY_STEP']],
    ['COMPETENT, the 3rd cumulative year: nothing', history(C, C, C), []],
    ['COMPETENT, the 5th cumulative year: a level (5 is not a multiple of 2: no step)', history(C, C, U, C, C, C), ['SALARY_LEVEL']],
    ['COMPETENT, the 10th cumulative year: a step and a level', history(C, C, C, C, C, C, C, C, C, C), ['SALARY_STEP', 'SALARY_LEVEL']],
    ['BASICALLY_COMPETENT once: admonishment, self-examination, improvement deadline, training', history(C, B), ['ADMONISHMENT', 'WRITTEN_SELF_EXAMINATION', 'IMPROVEMENT_DEADLINE', 'REMEDIAL_TRAINING']],
    ['BASICALLY_COMPETENT 2 years running: also organisational adjustment', history(B, B), ['ADMONISHMENT', 'WRITTEN_SELF_EXAMINATION', 'IMPROVEMENT_DEADLINE', 'REMEDIAL_TRAINING', 'ORGANISATIONAL_ADJUSTMENT']],
    ['INCOMPETENT once: demotion or removal', history(C, I), ['DEMOTION_OR_REMOVAL']],
    ['INCOMPETENT 2 years running: also dismissal', history(I, I), ['DEMOTION_OR_REMOVAL', 'DISMISSAL']],
    ['INCOMPETENT, UNGRADED, INCOMPETENT: no dismissal', history(I, U, I), ['DEMOTION_OR_REMOVAL']],
    ['UNGRADED: nothing (not counted, no bonus)', history(E, U), []],
    ['COMMENT_ONLY: nothing', history(O), []],
  ])('%s', (_name, results, expected) => {
    expect(kinds(results)).toEqual(expected);
  });

  it.each<[string, StatusPeriod[], boolean]>([
    ['maternity leave in force', [{ kind: 'MATERNITY', startsOn: '2026-01-01', endsOn: '2026-05-31' }], true],
    ['an open injury on duty', [{ kind: 'INJURY_ON_DUTY', startsOn: '2025-06-01', endsOn: null }], true],
    ['pregnancy', [{ kind: 'PREGNANCY', startsOn: '2025-10-01', endsOn: '2026-06-30' }], true],
    ['medical treatment', [{ kind: 'MEDICAL_TREATMENT', startsOn: '2026-03-01', endsOn: '2026-03-10' }], true],
    ['nursing', [{ kind: 'NURSING', startsOn: '2026-03-10', endsOn: null }], true],
    ['maternity that ended the day before', [{ kind: 'MATERNITY', startsOn: '2025-09-01', endsOn: '2026-03-09' }], false],
    ['sick leave is not protected', [{ kind: 'SICK_LEAVE', startsOn: '2026-01-01', endsOn: null }], false],
  ])('dismissal after 2 INCOMPETENT years, decided 2026-03-10, %s: blocked = %s', (_name, periods, blocked) => {
    const plan = planOutcomes({ subject: 'CADRE', results: history(I, I), year: 2022, settings: S, statusPeriods: periods, today: '2026-03-10' });
    expect(plan.proposals.map((p) => p.kind).includes('DISMISSAL')).toBe(!blocked);
    expect(plan.proposals.map((p) => p.kind)).toContain('DEMOTION_OR_REMOVAL');
    expect(plan.blocked.map((b) => b.kind)).toEqual(blocked ? ['DISMISSAL'] : []);
    if (blocked) expect(plan.blocked[0]!.explanation).toContain(periods[0]!.kind);
  });

  it.each<[string, string[], string[]]>([
    ['AVERAGE once: nothing', ['GOOD', 'AVERAGE'], []],
    ['AVERAGE 2 years running: the four team measures', ['AVERAGE', 'AVERAGE'], ['ADMONISHMENT_TALK', 'WRITTEN_SELF_EXAMINATION', 'RECTIFICATION', 'LEADER_ADJUSTMENT']],
    ['AVERAGE, POOR: POOR once is enough', ['AVERAGE', 'POOR'], ['ADMONISHMENT_TALK', 'WRITTEN_SELF_EXAMINATION', 'RECTIFICATION', 'LEADER_ADJUSTMENT']],
    ['POOR once', ['POOR'], ['ADMONISHMENT_TALK', 'WRITTEN_SELF_EXAMINATION', 'RECTIFICATION', 'LEADER_ADJUSTMENT']],
    ['AVERAGE, UNGRADED, AVERAGE: the run is broken', ['AVERAGE', 'UNGRADED', 'AVERAGE'], []],
    ['EXCELLENT: no team outcome here (priority in funding is not a task)', ['EXCELLENT'], []],
  ])('a leadership team: %s', (_name, grades, expected) => {
    expect(kinds(history(...grades), { subject: 'TEAM' })).toEqual(expected);
  });

  it('every figure is a setting: 2 EXCELLENT years for a merit, 3 for a step, no commendation', () => {
    const settings = mergeSettings(S, { results: { meritConsecutiveExcellentYears: 2, salaryStepCumulativeYears: 3, excellentCommendation: false, excellentRankReductionMonths: 0 } }) as RuleSettings;
    expect(validateSettings(settings).ok).toBe(true);
    expect(kinds(history(E, E), { settings })).toEqual(['THIRD_CLASS_MERIT', 'PROMOTION_PRIORITY']);
    expect(kinds(history(E, E, C), { settings })).toEqual(['SALARY_STEP']);
  });

  it('a local rule: a team must be POOR 2 years running', () => {
    const settings = mergeSettings(S, { outcomes: { teamPoorConsecutiveYears: 2 } }) as RuleSettings;
    expect(kinds(history('GOOD', 'POOR'), { subject: 'TEAM', settings })).toEqual([]);
    expect(kinds(history('POOR', 'POOR'), { subject: 'TEAM', settings })).toHaveLength(4);
  });

  it('a year without a result justifies nothing', () => {
    expect(planOutcomes({ subject: 'CADRE', results: history(E), year: 2030, settings: S, statusPeriods: [], today: '2031-01-01' }).proposals).toEqual([]);
  });
});

describe('reconciling tasks with a corrected history', () => {
  const plansFrom = (results: YearResult[], fromYear: number) => planOutcomesFrom({ subject: 'CADRE', results, settings: S, statusPeriods: [], today: '2026-06-01', fromYear });

  it('2024 corrected from EXCELLENT to COMPETENT: the 2024 commendation and merit go, a verified one stays, 2025 gains what it lacked', () => {
    // Before: EXCELLENT 2022–2025 → step 2023, merit 2024 (3 running), step 2025.
    const existing = [
      { id: 'c22', kind: 'COMMENDATION' as const, year: 2022, final: false },
      { id: 'c24', kind: 'COMMENDATION' as const, year: 2024, final: false },
      { id: 'r24', kind: 'RANK_TENURE_REDUCTION' as const, year: 2024, final: true },
      { id: 'm24', kind: 'THIRD_CLASS_MERIT' as const, year: 2024, final: false },
      { id: 'p24', kind: 'PROMOTION_PRIORITY' as const, year: 2024, final: false },
      { id: 'c25', kind: 'COMMENDATION' as const, year: 2025, final: false },
      { id: 's25', kind: 'SALARY_STEP' as const, year: 2025, final: false },
    ];
    const corrected = [{ year: 2022, grade: E }, { year: 2023, grade: E }, { year: 2024, grade: C }, { year: 2025, grade: E }];
    const { cancel, propose, keep } = reconcile(existing, plansFrom(corrected, 2024));
    expect(cancel.map((e) => e.id)).toEqual(['c24', 'm24', 'p24']);
    // A verified task stays even when no longer justified; earlier years are not touched; 2025 is still the 4th cumulative year.
    expect(keep.map((e) => e.id)).toEqual(['c22', 'r24', 'c25', 's25']);
    expect(propose.map((p) => `${p.year} ${p.kind}`)).toEqual(['2025 RANK_TENURE_REDUCTION']);
  });

  it('a first decision proposes everything and cancels nothing', () => {
    const { cancel, propose } = reconcile([], plansFrom(history(B, B), 2022));
    expect(cancel).toEqual([]);
    expect(propose.map((p) => p.kind)).toContain('ORGANISATIONAL_ADJUSTMENT');
  });

  it('property: reconciling twice changes nothing the second time', () => {
    const grade = fc.constantFrom(E, C, B, I, U, O);
    fc.assert(
      fc.property(fc.array(grade, { minLength: 1, maxLength: 8 }), fc.array(grade, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 7 }), (before, after, from) => {
        const first = plansFrom(history(...before), 2021);
        const tasks = first.flatMap((p) => p.proposals).map((p, i) => ({ id: String(i), kind: p.kind, year: p.year, final: false }));
        const plans = plansFrom(history(...after), 2021 + from);
        const once = reconcile(tasks, plans);
        const afterOnce = [...once.keep, ...once.propose.map((p, i) => ({ id: `n${i}`, kind: p.kind, year: p.year, final: false }))];
        const twice = reconcile(afterOnce, plans);
        expect(twice.cancel).toEqual([]);
        expect(twice.propose).toEqual([]);
      }),
    );
  });

  it('property: a consecutive counter never exceeds the cumulative count, and the run ends at the year asked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(E, C, B, I, U, O), { minLength: 1, maxLength: 12 }), (grades) => {
        const results = history(...grades);
        const [run, step] = computeCounters('CADRE', results, S);
        expect(run!.value).toBeLessThanOrEqual(step!.value + 0);
        if (run!.value > 0) expect(run!.countedYears.at(-1)).toBe(lastYear(results));
        expect(run!.countedYears).toEqual([...run!.countedYears].sort());
      }),
    );
  });
});

describe('the outcomes settings', () => {
  it.each([
    [{ outcomes: { approvalDays: 0 } }, 'outcomes.approvalDays', 'at least 1'],
    [{ outcomes: { committeeApprovedKinds: ['DISMISSAL', 'BEHEADING'] } }, 'outcomes.committeeApprovedKinds.1', 'must be one of'],
    [{ outcomes: { committeeApprovedKinds: ['DISMISSAL', 'DISMISSAL'] } }, 'outcomes.committeeApprovedKinds', 'twice'],
    [{ results: { salaryLevelCumulativeYears: 2 } }, 'results.salaryLevelCumulativeYears', 'more years than a salary step'],
    [{ outcomes: { reminderDays: 3 } }, 'outcomes.reminderDays', 'not a known setting'],
  ])('refuses %j naming %s', (patch, field, message) => {
    const checked = validateSettings(mergeSettings(S, patch));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.errors).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  it('defaults carry the figures of docs/domain.md §6', () => {
    expect(S.results).toMatchObject({ meritConsecutiveExcellentYears: 3, salaryStepCumulativeYears: 2, salaryLevelCumulativeYears: 5, basicallyCompetentAdjustmentConsecutiveYears: 2, incompetentDismissalConsecutiveYears: 2, teamAverageConsecutiveYears: 2 });
    expect(S.outcomes.teamPoorConsecutiveYears).toBe(1);
    expect(S.outcomes.committeeApprovedKinds).toEqual(['ORGANISATIONAL_ADJUSTMENT', 'DEMOTION_OR_REMOVAL', 'DISMISSAL', 'LEADER_ADJUSTMENT']);
  });
});
