import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';

/** Expected failures: each carries a code a client can branch on and a message a user can act on (listed in docs/API.md). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'NOT_ACCEPTABLE',
  'METHOD_NOT_ALLOWED',
  'LIMIT_EXCEEDED',
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class InvalidInput extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { field });
  }
}

export class NotFound extends DomainError {
  /** `field` names the argument that pointed at the missing entity, when it was not the main id. */
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist${field ? ` (${field})` : ''}`, { entity, id, ...(field ? { field } : {}) });
  }
}

export class Forbidden extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CONFLICT', message, extensions);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'Sign in first: send "Authorization: Bearer <token>" (from signIn or signUp)') {
    super('UNAUTHENTICATED', message, { http: { status: 401 } });
  }
}

export class RateLimited extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests: retry after ${retryAfterSeconds} s`, {
      retryAfterSeconds,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    });
  }
}

/** Seconds a client is told to wait when the database is out of reach. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** The database (or another part a request needs) is out of reach for now: weather, not a bug. Retry. */
export class Unavailable extends DomainError {
  constructor() {
    super('UNAVAILABLE', `The service is briefly unavailable: retry after ${UNAVAILABLE_RETRY_AFTER_SECONDS} s`, {
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
      http: { status: 503, headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } },
    });
  }
}

/** A subscription asked for over a transport that cannot stream it (plain HTTP without event-stream). */
export class NotAcceptable extends DomainError {
  constructor() {
    super('NOT_ACCEPTABLE', 'Subscribe over WebSocket, or over HTTP with "Accept: text/event-stream"', { http: { status: 406 } });
  }
}

/** A mutation must be a POST, so that a link or a prefetch can never change anything. */
export class MethodNotAllowed extends DomainError {
  constructor() {
    super('METHOD_NOT_ALLOWED', 'Mutations run only over POST', { http: { status: 405, headers: { Allow: 'POST' } } });
  }
}

/** GraphQL is served over GET and POST only; say so, and what to use instead of graphql-sse's single-connection PUT. */
export class UnsupportedMethod extends DomainError {
  constructor(method: string) {
    super(
      'METHOD_NOT_ALLOWED',
      `${method} is not served here: send operations with GET or POST. For Server-Sent Events use graphql-sse's distinct connections mode (POST or GET with "Accept: text/event-stream"); its single connection mode (PUT) is not offered`,
      { http: { status: 405, headers: { Allow: 'GET, POST' } } },
    );
  }
}

const VARIABLE_ERROR = /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)"|got invalid value|of required type|of non-null type)/;

/**
 * Pothos refuses bad connection arguments (`first: -1`) with its own error class: the client's
 * mistake, so BAD_USER_INPUT naming the argument, never an unexpected error.
 */
export function asClientError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (!(error instanceof PothosValidationError)) return undefined;
  const field = /^Argument "(\w+)"/.exec(error.message)?.[1];
  return new DomainError('BAD_USER_INPUT', error.message, field ? { field } : {});
}

/** graphql-js reports bad variables without a code; give them BAD_USER_INPUT and the field they name. */
export function codeVariableErrors<T extends { errors?: readonly GraphQLError[] }>(result: T): T {
  if (!result.errors?.some((error) => !error.extensions?.code && VARIABLE_ERROR.test(error.message))) return result;
  const errors = result.errors.map((error) => {
    const match = !error.extensions?.code && VARIABLE_ERROR.exec(error.message);
    if (!match) return error;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field: match[2] ?? match[1] },
    });
  });
  return { ...result, errors };
}

/** An API key without the capability an operation needs; `capability` names it. */
export class MissingCapability extends DomainError {
  constructor(capability: 'read' | 'write' | 'topics' | 'entityIds' | 'account' | 'trustedDocuments', message: string) {
    super('FORBIDDEN', message, { capability, http: { status: 403 } });
  }
}
