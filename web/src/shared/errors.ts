import { isApiError, type ApiError } from './api';
import { formatDateTime, formatDay } from './format';
import type { AppLocale } from './i18n';

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/**
 * One plain-words sentence for any failure, in the reader's language. Every
 * server code has its own message; anything else is reported as a server error.
 */
export function errorMessage(error: unknown, t: Translate, locale: AppLocale): string {
  if (isApiError(error)) {
    if (error.code === 'ACCOUNT_LOCKED') {
      const until = error.extensions.lockedUntil;
      if (typeof until === 'string' && until) return t('signIn.lockedUntil', { time: formatDateTime(until, locale) });
    }
    if (error.code === 'TOO_MANY_ATTEMPTS' || error.code === 'RATE_LIMITED' || error.code === 'SERVICE_UNAVAILABLE') {
      const seconds = error.extensions.retryAfterSeconds;
      if (typeof seconds === 'number') return t(`errors.${error.code}_wait`, { seconds });
    }
    if (error.code === 'CALENDAR_NOT_COVERED') {
      const year = error.extensions.year;
      if (typeof year === 'number') return t('errors.calendarYear', { year });
    }
    if (error.code === 'UNKNOWN_PERSON_NO' && typeof error.extensions.personNo === 'string') return t('errors.unknownPersonNo', { personNo: error.extensions.personNo });
    if (error.code === 'ALREADY_ENROLLED' && typeof error.extensions.cycleName === 'string') return t('errors.alreadyEnrolledIn', { cycle: error.extensions.cycleName });
    if (error.code === 'OUTSIDE_MANAGING_JURISDICTION' && typeof error.extensions.managingOrganisationName === 'string') {
      return t('errors.outsideManagingJurisdiction', { organisation: error.extensions.managingOrganisationName });
    }
    if (error.code === 'DUPLICATE' && error.extensions.field === 'promotedOn') return t('selection.promotion.duplicate');
    if (error.code === 'DUPLICATE' && typeof error.extensions.value === 'string') {
      return t(error.extensions.field === 'code' ? 'errors.duplicateCode' : 'errors.duplicatePersonNo', { value: error.extensions.value });
    }
    if (error.code === 'ORGANISATION_IN_USE') {
      const { servingCadres, openAssessments, liveChildren } = error.extensions;
      if (typeof servingCadres === 'number' && typeof openAssessments === 'number' && typeof liveChildren === 'number') {
        return t('errors.organisationInUse', { servingCadres, openAssessments, liveChildren });
      }
    }
    if (error.code === 'QUOTA_EXCEEDED') {
      const { used, allowed, graded } = error.extensions;
      if (typeof used === 'number' && typeof allowed === 'number' && typeof graded === 'number') {
        return t('errors.quotaDetail', { used, allowed, graded });
      }
    }
    if ((error.code === 'GRADE_REFUSED' || error.code === 'QUOTA_EXCEEDED') && Array.isArray(error.extensions.refusals) && typeof error.extensions.grade === 'string') {
      // Every gate the grade breaks, in words, and what may be chosen instead.
      const gates = (error.extensions.refusals as Array<{ gate?: unknown }>).map((r) => String(r.gate));
      if (!(error.code === 'QUOTA_EXCEEDED' && gates.every((g) => g === 'QUOTA'))) {
        const separator = t('common.separator');
        const allowed = Array.isArray(error.extensions.allowedGrades) ? (error.extensions.allowedGrades as unknown[]).map((g) => gradeName(String(g), t)) : [];
        return t('errors.gradeRefused', { grade: gradeName(error.extensions.grade, t), reasons: gates.map((g) => refusalGateName(g, t)).join(separator), allowed: allowed.join(separator) });
      }
    }
    if (error.code === 'DEADLINE_PASSED') {
      // Review, appeal and other statutory windows name their last day.
      const lastDay = error.extensions.lastDay;
      if (typeof lastDay === 'string' && lastDay) return t('cases.deadlineUntil', { date: formatDay(lastDay, locale) });
    }
    if (error.code === 'INVALID_TRANSITION') {
      // A refusal that names its rule and facts is said in those words.
      if (error.extensions.rule === 'OPEN_OBJECTION' && Array.isArray(error.extensions.objections)) return t('errors.openObjection', { n: error.extensions.objections.length });
      if (error.extensions.rule === 'NOTICE_WINDOW' && typeof error.extensions.lastDay === 'string') return t('errors.noticeRunsUntil', { date: formatDay(error.extensions.lastDay, locale) });
      if (error.extensions.rule === 'MINIMUM_TURNOUT') {
        const { invited, returned, turnoutPercent, minimumTurnoutPercent } = error.extensions;
        if (invited === 0) return t('turnout.noRatersInvited', { minimum: minimumTurnoutPercent });
        return t('turnout.belowMinimum', { invited, returned, percent: turnoutPercent, minimum: minimumTurnoutPercent });
      }
      const { state, event, allowedEvents } = error.extensions;
      // The event is possible here but one of the rules it depends on is not met (a majority, a grade the overlay forbids, the notice window…).
      if (typeof event === 'string' && Array.isArray(allowedEvents) && allowedEvents.includes(event)) return t('errors.ruleNotMet');
      if (typeof state === 'string' && state) return t('errors.invalidTransitionIn', { state: stateName(state, t) });
    }
    return t(`errors.${error.code}`);
  }
  return t('errors.INTERNAL');
}

/** A grade (or UNGRADED, COMMENT_ONLY) in the reader's words. */
export function gradeName(grade: string, t: Translate): string {
  const text = t(`grades.${grade}`);
  return text === `grades.${grade}` ? grade : text;
}

/** A gate a refused grade breaks, in the reader's words: the engine's gate names, then those only a refusal names. */
export function refusalGateName(gate: string, t: Translate): string {
  for (const key of [`refusalGates.${gate}`, `explanation.gates.${gate}`]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return gate;
}

/** The name of a lifecycle state (`selfReport.drafting`) in the reader's words, or the state itself. */
export function stateName(state: string, t: Translate): string {
  const key = `states.${state.replace(/\./g, '_')}`;
  const text = t(key);
  return text === key ? state : text;
}

/** Server field messages we know, in the reader's words; others are shown as sent. */
const KNOWN_FIELD_MESSAGES: Array<[RegExp, string]> = [
  [/is required$|should not be empty/i, 'fieldMessages.required'],
  [/is already taken/i, 'fieldMessages.alreadyTaken'],
  [/must not be before startsOn/i, 'fieldMessages.endsBeforeStarts'],
  [/must be a date YYYY-MM-DD|must be a valid ISO 8601 date/i, 'fieldMessages.notADate'],
  [/^username must be 3/i, 'fieldMessages.usernameFormat'],
  [/^password must be at least/i, 'fieldMessages.passwordLength'],
  [/is not a known setting/i, 'fieldMessages.notAKnownSetting'],
  [/^is missing$/i, 'fieldMessages.isMissing'],
  [/^must be a number$/i, 'fieldMessages.mustBeNumber'],
  [/must be between 0 and 100/i, 'fieldMessages.between0And100'],
  [/must be a whole number of at least 1/i, 'fieldMessages.wholeNumberAtLeast1'],
  [/is not a cursor/i, 'fieldMessages.cursor'],
  [/sum to 100/i, 'fieldMessages.mustSumTo100'],
  [/must not exceed max/i, 'fieldMessages.notExceedMax'],
  [/must lie between min and max/i, 'fieldMessages.betweenMinMax'],
  [/at least the ordinary quota/i, 'fieldMessages.atLeastOrdinaryQuota'],
  [/at least 5 working days/i, 'fieldMessages.atLeast5WorkingDays'],
  [/national rule/i, 'fieldMessages.nationalRule'],
  [/^must be a list$/i, 'fieldMessages.mustBeList'],
  [/^must be an object$/i, 'fieldMessages.mustBeObject'],
  [/must be MM-DD/i, 'fieldMessages.mustBeMonthDay'],
  [/^must be one of|^must be QUARTERLY/i, 'fieldMessages.mustBeOneOf'],
  [/needs a code and a label/i, 'fieldMessages.needsCodeAndLabel'],
  [/must be shorter than or equal to (\d+) characters/i, 'fieldMessages.atMostCharacters'],
  [/must be shorter than or equal to/i, 'fieldMessages.tooLong'],
  [/must be written before submitting/i, 'fieldMessages.writeBeforeSubmit'],
  [/must be given \(2 to 2000 characters\)/i, 'fieldMessages.tooShort'],
  [/must be longer than or equal to (\d+) characters/i, 'fieldMessages.atLeastCharacters'],
  [/must be longer than or equal to/i, 'fieldMessages.tooShort'],
  [/the comment \(评语\) must be written/i, 'fieldMessages.commentRequired'],
  [/a changed grade needs its reason/i, 'fieldMessages.reasonRequired'],
  [/at least 5 characters/i, 'fieldMessages.atLeast5Characters'],
  [/a regular cycle needs its quarter/i, 'fieldMessages.quarterRequired'],
  [/a special assessment needs its task/i, 'fieldMessages.taskRequired'],
  [/an annual cycle must finish by (\S+)/i, 'fieldMessages.annualFinishBy'],
  [/must come before finishBy/i, 'fieldMessages.beforeFinishBy'],
  [/nobody new to enrol there/i, 'fieldMessages.nobodyToEnrol'],
  [/contains an unknown organisation|no such organisation/i, 'fieldMessages.unknownOrganisation'],
  [/does not belong to kind/i, 'fieldMessages.categoryOfKind'],
  [/is not a region with an organisation department/i, 'fieldMessages.notARegion'],
  [/is not the cadre's organisation nor above it/i, 'fieldMessages.notAboveUnit'],
  [/the root organisation cannot/i, 'fieldMessages.rootFixed'],
  [/already retired on (\S+)/i, 'fieldMessages.alreadyRetired'],
  [/^code must be 1 to 64/i, 'fieldMessages.orgCodeFormat'],
  [/^personNo must be 1 to 32/i, 'fieldMessages.personNoFormat'],
  [/is not a valid e-mail address/i, 'fieldMessages.invalidEmail'],
  [/is already linked to an account/i, 'fieldMessages.alreadyLinked'],
  [/no identity provider is configured/i, 'fieldMessages.issuerNeeded'],
  // class-validator's own messages (`<field> must …`), whichever field they name; the figure they carry is kept.
  [/must not be less than (-?[\d.]+)$/i, 'fieldMessages.notLessThan'],
  [/must not be greater than (-?[\d.]+)$/i, 'fieldMessages.notGreaterThan'],
  [/must be a UUID$/i, 'fieldMessages.notAnId'],
  [/must be an integer number$/i, 'fieldMessages.wholeNumber'],
  [/must be a number conforming to the specified constraints$/i, 'fieldMessages.mustBeNumber'],
  [/must be a boolean value$/i, 'fieldMessages.yesOrNo'],
  [/must be an array$/i, 'fieldMessages.mustBeList'],
  [/must contain no more than (\d+) elements$/i, 'fieldMessages.atMostItems'],
  [/must contain at least (\d+) elements$/i, 'fieldMessages.atLeastItems'],
  [/must match .* regular expression$/i, 'fieldMessages.badFormat'],
  [/must be an email$/i, 'fieldMessages.notAnEmail'],
];

export function fieldMessage(message: string, t: Translate): string {
  for (const [pattern, key] of KNOWN_FIELD_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return match[1] ? t(key, { value: match[1] }) : t(key);
  }
  return message;
}

/**
 * The field messages of a VALIDATION error, keyed by the field path without
 * `prefix` (so `input.username` → `username` with the default prefix).
 * Paths outside the prefix keep their full name.
 */
export function fieldErrors(error: unknown, t: Translate, prefix = 'input.'): Record<string, string> {
  if (!isApiError(error) || error.code !== 'VALIDATION') return {};
  const out: Record<string, string> = {};
  for (const { field, messages } of error.fields) {
    const key = field.startsWith(prefix) ? field.slice(prefix.length) : field;
    const separator = t('common.separator');
    const text = messages.map((m) => fieldMessage(m, t)).join(separator);
    out[key] = out[key] ? `${out[key]}${separator}${text}` : text;
  }
  return out;
}

export function isCode(error: unknown, code: ApiError['code']): boolean {
  return isApiError(error) && error.code === code;
}
