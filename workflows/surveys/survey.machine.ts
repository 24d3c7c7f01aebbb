import { setup } from 'xstate';
import { nextSnapshot } from '../lifecycle.js';

/**
 * A survey (民意调查, or a satisfaction survey of one field) of a cycle:
 * planned (sample plan, questionnaire, fieldwork window), in fieldwork (the
 * questionnaire frozen), closed (results imported or entered, checked), then
 * published — from then on its scores are the surveyed teams' survey
 * component in the cycle's grading. Nothing goes back: a published survey
 * is final.
 */
export const SURVEY_STATES = ['PLANNED', 'FIELDWORK', 'CLOSED', 'PUBLISHED'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

export const SURVEY_EVENTS = ['START_FIELDWORK', 'CLOSE_FIELDWORK', 'PUBLISH'] as const;
export type SurveyEventType = (typeof SURVEY_EVENTS)[number];

/**
 * `sampled`: organisations in the sample plan; `questions`: questions of the
 * questionnaire; `results`: organisations with a result; `today` and
 * `windowFrom`: Beijing days (YYYY-MM-DD).
 */
export type SurveyEvent =
  | { type: 'START_FIELDWORK'; sampled: number; questions: number; today: string; windowFrom: string }
  | { type: 'CLOSE_FIELDWORK' }
  | { type: 'PUBLISH'; results: number };

export const surveyMachine = setup({
  types: { events: {} as SurveyEvent },
  guards: {
    planComplete: ({ event }) => event.type === 'START_FIELDWORK' && event.sampled > 0 && event.questions > 0 && event.today >= event.windowFrom,
    hasResults: ({ event }) => event.type === 'PUBLISH' && event.results > 0,
  },
}).createMachine({
  id: 'survey',
  initial: 'PLANNED',
  states: {
    PLANNED: { description: '方案: sample plan, questionnaire and window may change', on: { START_FIELDWORK: { target: 'FIELDWORK', guard: 'planComplete' } } },
    FIELDWORK: { description: '实地调查: the questionnaire is frozen; results may be imported or entered', on: { CLOSE_FIELDWORK: 'CLOSED' } },
    CLOSED: { description: '调查结束: results checked, still correctable', on: { PUBLISH: { target: 'PUBLISHED', guard: 'hasResults' } } },
    PUBLISHED: { description: '已发布: the scores feed the grading; final', type: 'final' },
  },
});

/** The state a survey reaches by the event, or null when the machine refuses it (wrong state or a guard). */
export function surveyNext(state: SurveyState, event: SurveyEvent): SurveyState | null {
  const snapshot = surveyMachine.resolveState({ value: state, context: {} });
  const next = nextSnapshot(surveyMachine, snapshot, event);
  const value = String(next.value) as SurveyState;
  return value === state ? null : value;
}
