import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { CalendarNotCovered } from '../../workflows/calendar/working-days.js';

/**
 * Every error a client can see carries one of these codes in
 * `extensions.code`. The list is `as const` so that the GraphQL enum, the web's
 * messages and this map are derived from one place.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  /** The password was right, but this account signs in only through the organisation's identity provider (OIDC_PASSWORD_FOR_LINKED=0). */
  'PASSWORD_SIGN_IN_DISABLED',
  /** No longer sent: sign-in failures now slow down (TOO_MANY_ATTEMPTS) instead of locking an account anyone could lock. */
  'ACCOUNT_LOCKED',
  /** Too many failed sign-ins for this account or from this address: wait `retryAfterSeconds`, then try again. */
  'TOO_MANY_ATTEMPTS',
  /** Too many requests of an anonymous operation from this address: wait `retryAfterSeconds` (HTTP 429). */
  'RATE_LIMITED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUOTA_EXCEEDED',
  /** A grade breaks a binding gate (a veto, a penalty, an investigation…): `refusals` lists each gate with its facts, `allowedGrades` what may be chosen. */
  'GRADE_REFUSED',
  /** A statutory window has run out (a review requested on day 31). */
  'DEADLINE_PASSED',
  /** The person deciding took part in the decision under review. */
  'CONFLICT_OF_INTEREST',
  /** The record is not open to this procedure (a grade the statute does not let be reviewed, a sanction already decided). */
  'NOT_ELIGIBLE',
  'QUERY_TOO_COMPLEX',
  /** Working days were asked of a year whose official calendar is not entered yet; `year` names it. */
  'CALENDAR_NOT_COVERED',
  /** The cadre (or team) already has an assessment of this kind for this period; `cycleId`, `cycleName` and `assessmentId` name it. */
  'ALREADY_ENROLLED',
  /** The cycle's organisation is below the cadre's managing jurisdiction (干部管理权限); `managingOrganisationId` and `managingOrganisationName` name it. */
  'OUTSIDE_MANAGING_JURISDICTION',
  /** The cadre has retired or left (在职状态): only serving cadres are enrolled or moved. */
  'NOT_SERVING',
  /** The unit is retired (撤销): it takes no new enrolment, cadre or child organisation; `organisationId` names it. */
  'UNIT_RETIRED',
  /** A unique key is taken (a personnel-file number, an organisation code); `field` and `value` name it. */
  'DUPLICATE',
  /** An organisation cannot move below itself or below one of its own subordinates. */
  'ORGANISATION_CYCLE',
  /** An organisation cannot be retired while it has serving cadres, open assessments or live child units; `servingCadres`, `openAssessments` and `liveChildren` count them. */
  'ORGANISATION_IN_USE',
  /** No cadre has the personnel number (干部编号) given, e.g. in createUser's cadrePersonNo; `personNo` repeats it. */
  'UNKNOWN_PERSON_NO',
  /** The account must change its password (`reason`: ONE_TIME after a one-time password, EXPIRED after the policy's expiry) before anything but me, passwordPolicy, changePassword and signOut. */
  'PASSWORD_CHANGE_REQUIRED',
  'BAD_REQUEST',
  /** The database cannot be reached for the moment: nothing was changed; retry after `retryAfterSeconds`. */
  'SERVICE_UNAVAILABLE',
  /** No Chinese font is installed for official documents (HTTP 503): install fonts-wqy-zenhei or set DOCUMENT_FONT; `paths` names where it was looked for. */
  'DOCUMENT_FONT_MISSING',
  /** An attachment is larger than ATTACHMENT_MAX_MB (HTTP 413); `maxBytes` names the limit. */
  'ATTACHMENT_TOO_LARGE',
  /** An attachment's kind is not on the allow-list, or its content is not what its extension says (HTTP 415); `extension`, `detected` and `allowed` say which. */
  'ATTACHMENT_TYPE_REFUSED',
  /** The record already has the most attachments allowed (HTTP 409); `max` names it. */
  'ATTACHMENT_LIMIT',
  /** A consultation of the competent department on a veto item is still open: no grade may be set on the assessment until it is answered or withdrawn; `consultations` names them. */
  'CONSULTATION_PENDING',
  /** A candidate search matched more cadres than it ranks at once (SELECTION_SEARCH_MAX); `matched` and `max` say how many: narrow the organisation, rank level or results. */
  'SEARCH_TOO_BROAD',
  /** A background run (a grading run) stopped giving signs of life within its lease — its process died — and was marked failed; nothing was written, start it again. */
  'RUN_ABANDONED',
  /** The cycle takes no business-assessment results now (it is not open): `state` names where it stands. */
  'CYCLE_NOT_ACCEPTING_INPUTS',
  /** A commendation or criticism list was asked of a cycle whose results are not all decided yet; `undecided` counts those waiting. */
  'RESULTS_NOT_DECIDED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the input field, e.g. `input.username` or `settings.gates.excellentQuotaPercent`. */
  field: string;
  messages: string[];
}

/** A failure the domain or a service reports on purpose. Never carries SQL or a stack to the client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const forbidden = (message = 'You are not allowed to do this here') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found`);
export const conflict = (message = 'Someone else changed this record first; reload and try again') =>
  new AppError('CONFLICT', message);
export const validation = (fields: FieldError[], message = 'Some fields are not valid') =>
  new AppError('VALIDATION', message, { fields });

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function flattenValidationErrors(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** PostgreSQL SQLSTATEs that mean "the client raced or repeated itself", not "the server broke". */
const PG_CONFLICT_STATES = new Set(['23505', '40001', '40P01']);

/**
 * The one place where anything thrown during a request becomes what the client
 * sees. Unknown errors are logged by the caller and reported as INTERNAL with
 * no detail.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, onInternal?: (error: unknown) => void): GraphQLFormattedError {
  // Duck-typed on purpose: `instanceof GraphQLError` fails across two copies of graphql (ESM and CJS).
  const original = isGraphQLError(error) && error.originalError ? error.originalError : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (original instanceof CalendarNotCovered) {
    return {
      ...base,
      message: `${original.message}: an administrator of the root jurisdiction must enter its official holidays and make-up workdays and confirm the year before a period can run into it`,
      extensions: { code: 'CALENDAR_NOT_COVERED', year: original.year },
    };
  }
  const ext = { ...(isGraphQLError(original) ? original.extensions : {}), ...formatted.extensions };
  const code = typeof ext.code === 'string' ? ext.code : undefined;
  switch (code) {
    case 'BAD_USER_INPUT': {
      if (Array.isArray(ext.validationErrors)) {
        const fields = flattenValidationErrors(ext.validationErrors as ClassValidatorError[]);
        const summary = fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | ');
        return { ...base, message: `Invalid input — ${summary}`, extensions: { code: 'VALIDATION', fields } };
      }
      // graphql-armor reports its limits (depth, aliases, tokens) as BAD_USER_INPUT.
      if (isLimitMessage(formatted.message)) return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX' } };
      return { ...base, extensions: { code: 'VALIDATION', fields: [] } };
    }
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'BAD_REQUEST':
    case 'OPERATION_RESOLUTION_FAILURE':
    case 'PERSISTED_QUERY_NOT_FOUND':
    case 'PERSISTED_QUERY_NOT_SUPPORTED':
      return { ...base, extensions: { code: isLimitMessage(formatted.message) ? 'QUERY_TOO_COMPLEX' : 'BAD_REQUEST' } };
    case 'UNAUTHENTICATED':
      return { ...base, extensions: { code: 'UNAUTHENTICATED' } };
    case 'FORBIDDEN':
      return { ...base, extensions: { code: 'FORBIDDEN' } };
    case 'PASSWORD_CHANGE_REQUIRED':
      return { ...base, extensions: { code: 'PASSWORD_CHANGE_REQUIRED', reason: ext.reason } };
    case 'RATE_LIMITED':
      return { ...base, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: ext.retryAfterSeconds } };
    case 'SERVICE_UNAVAILABLE':
      return { ...base, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS } };
    case 'QUERY_TOO_COMPLEX':
      return { ...base, extensions: { code: 'QUERY_TOO_COMPLEX', ...(typeof ext.maxCost === 'number' ? { cost: ext.cost, maxCost: ext.maxCost } : {}) } };
    default:
      break;
  }
  if (isPgError(original) && PG_CONFLICT_STATES.has(original.code)) {
    return { ...base, message: 'This conflicts with a change made at the same time; reload and try again', extensions: { code: 'CONFLICT' } };
  }
  // Class 22, data exception: a malformed id, a NUL byte, a date or number out of range — the input's fault.
  if (isPgError(original) && original.code.startsWith('22')) {
    return { ...base, message: 'A value in the request is malformed or out of range (an identifier, a date, a number or a text)', extensions: { code: 'VALIDATION', fields: [] } };
  }
  if (isUnavailable(original)) {
    return {
      ...base,
      message: 'The database cannot be reached for the moment; nothing was changed. Please try again shortly.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  onInternal?.(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL' } };
}

/** Apollo's `formatError`, with a hook that sees every error reported as INTERNAL (for the server log). */
export const createFormatError =
  (onInternal: (error: unknown) => void) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError =>
    formatError(formatted, error, onInternal);

/** graphql-armor reports its limits as validation errors; they are limits, not syntax. */
function isLimitMessage(message: string): boolean {
  return /Syntax Error: (Query depth|Query Cost|Aliases limit|Token limit|Directives limit)|query depth|cost limit|Aliases limit|Token limit|Document contains more tha[nt] \d+ tokens/i.test(
    message,
  );
}

/** What a client is told to wait before retrying when the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** SQLSTATE classes and states that mean "the database is not there right now", not "the request is wrong". */
const PG_UNAVAILABLE = /^(08|53|57P0[1-4])/;
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** The database is down, restarting, out of connections or unreachable (pg and the pool report it in several shapes). */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NET_UNAVAILABLE.has(code) || (isPgError(error) && PG_UNAVAILABLE.test(code)))) return true;
  const message = (error as { message?: unknown }).message;
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|connection error|Client was closed|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections/i.test(message)
  );
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return typeof error === 'object' && error !== null && 'extensions' in error && 'locations' in error;
}

function isPgError(error: unknown): error is { code: string } {
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
}
