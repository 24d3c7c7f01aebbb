import { describe, expect, it } from 'vitest';
import { alertVariables, filtersToQuery, readFilters, taskVariables } from './filters';

const CYCLE = '0b9a3c1e-5d2f-4a7b-9c8d-1e2f3a4b5c6d';
const ORG = '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910';

describe('HR workspace filters', () => {
  it('opens on the queue with no filter', () => {
    expect(readFilters({})).toEqual({ view: 'queue', state: null, kind: null, cycleId: null, organisationId: null, counter: null, stage: null });
    expect(filtersToQuery(readFilters({}))).toEqual({});
  });

  it.each([
    ['an unknown tab', { view: 'dashboard' }, { view: 'queue' }],
    ['a state of the other machine', { view: 'training', state: 'approved' }, { view: 'training', state: null }],
    ['a training state', { view: 'training', state: 'enrolled.overdue' }, { view: 'training', state: 'enrolled.overdue' }],
    ['an unknown kind', { view: 'all', kind: 'PROMOTION' }, { view: 'all', kind: null }],
    ['a kind on the training tab', { view: 'training', kind: 'DISMISSAL' }, { view: 'training', kind: null }],
    ['a cycle that is not an id', { view: 'all', cycle: "1' OR 1=1" }, { cycleId: null }],
    ['alert filters outside the alerts tab', { view: 'all', counter: 'CONSECUTIVE_EXCELLENT', stage: 'REACHED' }, { counter: null, stage: null }],
    ['alert filters on the alerts tab', { view: 'alerts', counter: 'CONSECUTIVE_INCOMPETENT', stage: 'NEXT_YEAR' }, { counter: 'CONSECUTIVE_INCOMPETENT', stage: 'NEXT_YEAR' }],
  ])('drops or keeps %s from the URL', (_what, query, expected) => {
    expect(readFilters(query)).toMatchObject(expected);
  });

  it('round-trips every filter of the all-tasks tab through the URL', () => {
    const query = { view: 'all', state: 'approved.overdue', kind: 'DEMOTION_OR_REMOVAL', cycle: CYCLE, org: ORG };
    expect(filtersToQuery(readFilters(query))).toEqual(query);
  });

  it('asks the training tab for remedial training only, whatever the URL says', () => {
    expect(taskVariables(readFilters({ view: 'training', state: 'completed', cycle: CYCLE }))).toEqual({ state: 'completed', kind: 'REMEDIAL_TRAINING', cycleId: CYCLE, organisationId: null });
    expect(taskVariables(readFilters({ view: 'all', kind: 'SALARY_STEP', org: ORG }))).toEqual({ state: null, kind: 'SALARY_STEP', cycleId: null, organisationId: ORG });
  });

  it('gives the alerts query its counter, stage and organisation', () => {
    expect(alertVariables(readFilters({ view: 'alerts', stage: 'REACHED', org: ORG }))).toEqual({ counter: null, stage: 'REACHED', organisationId: ORG });
  });
});
