import { useLocale } from '../shared/useLocale';
import { isRegularKind } from './grades';

/** The Chinese term a machine description starts with (`公示: at least 5 working days…` → `公示`). */
export function descriptionTerm(description: string | null | undefined): string {
  if (!description) return '';
  const head = description.split(/[:：]/)[0]?.trim() ?? '';
  return /[\u4e00-\u9fff]/.test(head) ? head : '';
}

/** The i18n key of a state: dots are path separators in vue-i18n, so `selfReport.drafting` → `states.selfReport_drafting`. */
export function stateKey(state: string): string {
  return `states.${state.replace(/\./g, '_')}`;
}

/** Labels of the workflow's codes (states, events, grades, kinds…) in the reader's language, each with a raw fallback. */
export function useWorkflowLabels() {
  const { t, te, label } = useLocale();

  /** A state's name; unknown states fall back to the machine's own description, then to the code. */
  const stateLabel = (state: string | null | undefined, description?: string | null): string => {
    if (!state) return '';
    const key = stateKey(state);
    if (te(key)) return t(key);
    return descriptionTerm(description) || state;
  };

  const eventLabel = (event: string | null | undefined): string => label('events', event);

  /** A grade on the scale of the assessment's kind: GOOD is 良好 for a team, 好 for a regular assessment. */
  const gradeLabel = (grade: string | null | undefined, kind?: string | null): string =>
    isRegularKind(kind) ? label('regularGrades', grade) : label('grades', grade);

  const kindLabel = (kind: string | null | undefined): string => label('assessment.kinds', kind);
  const cycleKindLabel = (kind: string | null | undefined): string => label('cycles.kinds', kind);
  const overlayLabel = (overlay: string | null | undefined): string => label('assessment.overlays', overlay);
  const overlayReasonLabel = (reason: string | null | undefined): string => label('assessment.overlayReasons', reason);
  const sourceLabel = (source: string | null | undefined): string => label('assessment.opinionSources', source);
  const objectionStatusLabel = (status: string | null | undefined): string => label('assessment.objectionStatus', status);

  /** Who acted: a role, the assessed themself, the system or the public. */
  const actorLabel = (actor: string | null | undefined): string => {
    if (!actor) return '';
    if (te(`roles.${actor}`)) return t(`roles.${actor}`);
    return label('assessment.actors', actor);
  };

  /** The cadre's name, or "the leadership team of …" for a team assessment. */
  const subjectName = (a: { cadre?: { name: string } | null; organisation: { name: string } }): string =>
    a.cadre?.name ?? t('assessment.teamOf', { organisation: a.organisation.name });

  return {
    stateLabel,
    eventLabel,
    gradeLabel,
    kindLabel,
    cycleKindLabel,
    overlayLabel,
    overlayReasonLabel,
    sourceLabel,
    objectionStatusLabel,
    actorLabel,
    subjectName,
  };
}

/** Element Plus tag colours by state, so a list reads at a glance. */
export function stateTone(state: string): 'primary' | 'success' | 'warning' | 'danger' | 'info' {
  const top = state.split('.')[0] ?? state;
  if (state === 'selfReport.overdue' || state === 'selfReport.returned') return 'danger';
  if (['filed', 'done', 'closed'].includes(top)) return 'success';
  if (['committeeReview', 'awaitingNotice', 'publicNotice', 'appraisal'].includes(top)) return 'warning';
  if (['enrolled', 'planning', 'cancelled', 'opened'].includes(top)) return 'info';
  return 'primary';
}
