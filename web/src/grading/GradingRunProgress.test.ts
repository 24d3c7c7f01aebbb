// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../shared/testing';
import GradingRunProgress from './GradingRunProgress.vue';
import { isActive, runPercent } from './grading-run';
import { raiseProblems, emptyRaise } from './quota-raise';

const run = (over: Record<string, unknown>) => ({
  id: 'r-1',
  cycleId: 'c-1',
  startedByName: '省考核组 第一组',
  status: 'RUNNING',
  phase: 'GRADING',
  done: 0,
  total: 0,
  graded: 0,
  byGrade: [],
  errorCode: null,
  queuedAt: '2026-01-06T01:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...over,
});

describe('the grading run as the page shows it', () => {
  it.each([
    ['QUEUED', 0, 0, 0],
    ['RUNNING', 0, 40, 0],
    ['RUNNING', 25, 40, 62],
    ['RUNNING', 40, 40, 100],
    ['DONE', 0, 0, 100],
    ['FAILED', 10, 40, 25],
  ])('%s with %i of %i done fills %i%% of the bar', (status, done, total, percent) => {
    expect(runPercent({ status, done, total })).toBe(percent);
  });

  it.each([
    ['QUEUED', true],
    ['RUNNING', true],
    ['DONE', false],
    ['FAILED', false],
  ])('a %s run is polled: %s', (status, polled) => {
    expect(isActive({ status })).toBe(polled);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['queued', { status: 'QUEUED', phase: null }, '排队中', ''],
    ['running', { status: 'RUNNING', phase: 'GRADING', done: 25, total: 40 }, '测算中', '已测算 25 / 40'],
    ['done', { status: 'DONE', phase: 'DONE', done: 40, total: 40, graded: 40, byGrade: [{ grade: 'COMPETENT', count: 31 }, { grade: 'EXCELLENT', count: 9 }] }, '已完成', '共测算 40 个考核对象：称职 31；优秀 9'],
    ['done with nothing to grade', { status: 'DONE', phase: 'DONE' }, '已完成', '没有处于“形成等次建议”环节的考核对象'],
    ['failed', { status: 'FAILED', errorCode: 'INVALID_TRANSITION' }, '未完成', '测算未完成：'],
  ])('a %s run is said in words', (_what, over, status, line) => {
    const wrapper = mount(GradingRunProgress, { props: { run: run(over) as never }, global: { plugins: [testI18n()] } });
    expect(wrapper.find('[data-testid=grading-run-status]').text()).toBe(status);
    expect(wrapper.text()).toContain(line);
    expect(wrapper.text()).not.toMatch(/QUEUED|RUNNING|DONE|FAILED|GRADING|INVALID_TRANSITION|EXCELLENT|COMPETENT/);
  });
});

describe('the quota-raise form', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['empty', {}, ['organisation', 'approvedBy', 'approvedOn', 'documentRef']],
    ['a team pool needs no unit', { pool: 'TEAM', approvedBy: '省委组织部', approvedOn: '2026-01-05', documentRef: '青组函〔2026〕3号' }, []],
    ['a members pool names its unit', { organisationId: 'o-1', approvedBy: '省委组织部', approvedOn: '2026-01-05', documentRef: '青组函〔2026〕3号' }, []],
    ['a one-letter approver', { pool: 'TEAM', approvedBy: ' 省 ', approvedOn: '2026-01-05', documentRef: '青组函〔2026〕3号' }, ['approvedBy']],
  ])('%s: missing %j', (_what, over, missing) => {
    expect(raiseProblems({ ...emptyRaise(), ...over })).toEqual(missing);
  });
});
