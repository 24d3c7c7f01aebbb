import type { ErrorCode as ServerErrorCode, TypedDocumentString } from '../gql/graphql';
import { everyValue } from './enums';

/** The codes the server puts in `errors[].extensions.code` (the schema's ErrorCode), plus NETWORK for a request that never got an answer. */
const SERVER_ERROR_CODES = everyValue<ServerErrorCode>()([
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'PASSWORD_SIGN_IN_DISABLED',
  'ACCOUNT_LOCKED',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUOTA_EXCEEDED',
  'GRADE_REFUSED',
  'DEADLINE_PASSED',
  'CONFLICT_OF_INTEREST',
  'NOT_ELIGIBLE',
  'QUERY_TOO_COMPLEX',
  'CALENDAR_NOT_COVERED',
  'ALREADY_ENROLLED',
  'OUTSIDE_MANAGING_JURISDICTION',
  'NOT_SERVING',
  'UNIT_RETIRED',
  'DUPLICATE',
  'ORGANISATION_CYCLE',
  'ORGANISATION_IN_USE',
  'UNKNOWN_PERSON_NO',
  'PASSWORD_CHANGE_REQUIRED',
  'BAD_REQUEST',
  'SERVICE_UNAVAILABLE',
  'DOCUMENT_FONT_MISSING',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_TYPE_REFUSED',
  'ATTACHMENT_LIMIT',
  'CONSULTATION_PENDING',
  'SEARCH_TOO_BROAD',
  'RUN_ABANDONED',
  'CYCLE_NOT_ACCEPTING_INPUTS',
  'RESULTS_NOT_DECIDED',
  'INTERNAL',
]);
export const ERROR_CODES = [...SERVER_ERROR_CODES, 'NETWORK'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Dotted path of the input field, e.g. `input.username` or `input.settings.gates.excellentQuotaPercent`. */
  field: string;
  messages: string[];
}

/** A failed request: the server's code and message, and for VALIDATION the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface GraphQLErrorShape {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: GraphQLErrorShape[];
}

function toCode(value: unknown): ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value) ? (value as ErrorCode) : 'INTERNAL';
}

function toFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, messages } = item as { field?: unknown; messages?: unknown };
    if (typeof field !== 'string') return [];
    return [{ field, messages: Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [] }];
  });
}

/** Turns the first GraphQL error of a response into an ApiError. */
export function toApiError(error: GraphQLErrorShape | undefined): ApiError {
  const extensions = error?.extensions ?? {};
  const message = typeof error?.message === 'string' ? error.message : 'Request failed';
  return new ApiError(toCode(extensions.code), message, toFields(extensions.fields), extensions);
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called whenever a request comes back UNAUTHENTICATED (the session ended or expired). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const passwordChangeListeners = new Set<Listener>();

/** Called whenever a request comes back PASSWORD_CHANGE_REQUIRED (a one-time or expired password: only the change is answered). */
export function onPasswordChangeRequired(listener: Listener): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Defaults to `/graphql` on the same origin. */
  endpoint?: string;
}

type VariablesArg<V> = V extends Record<string, never> ? [variables?: V, options?: RequestOptions] : [variables: V, options?: RequestOptions];

/**
 * Runs a typed document against the API. The session is the httpOnly cookie the
 * server set at sign-in, so requests only need to be same-origin JSON (the
 * server's CSRF prevention refuses anything else).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, options]: VariablesArg<TVariables>
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(options?.endpoint ?? '/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options?.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError('NETWORK', cause instanceof Error ? cause.message : 'Network error');
  }

  let body: GraphQLResponse;
  try {
    body = (await response.json()) as GraphQLResponse;
  } catch {
    throw new ApiError(response.status >= 500 || response.status === 0 ? 'INTERNAL' : 'BAD_REQUEST', `HTTP ${response.status}`);
  }
  if (body.errors && body.errors.length > 0) {
    const error = toApiError(body.errors[0]);
    if (error.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((listener) => listener(error));
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') passwordChangeListeners.forEach((listener) => listener(error));
    throw error;
  }
  if (body.data === undefined || body.data === null) throw new ApiError('INTERNAL', `HTTP ${response.status}: no data`);
  return body.data as TResult;
}

/** A fresh key per attempt: a retry of the same attempt (a lost answer) changes nothing twice on the server. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
