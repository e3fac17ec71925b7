import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isConnectionFailure } from '../db/availability.js';
import { asClientError, DomainError, Unavailable } from '../errors.js';

/** The one wording of an error that is not the client's to know about. */
export const UNEXPECTED_ERROR = 'Unexpected error.';

/** The HTTP status and headers an expected error asks for (a rate limit's 429 and Retry-After, a capability's 403). */
export interface HttpHints {
  status?: number;
  headers?: Record<string, string>;
}

/** What `extensions.http` of an error (or of the DomainError it wraps) asks for; nothing for any other error. */
export function httpHints(error: GraphQLError | undefined): HttpHints {
  const domain = error instanceof DomainError ? error : error?.originalError instanceof DomainError ? error.originalError : undefined;
  return (domain?.extensions.http ?? {}) as HttpHints;
}

export const unexpectedError = () => new GraphQLError(UNEXPECTED_ERROR, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });

/**
 * The error policy every path shares (Yoga's masking, the fan-out, webhooks): expected failures go
 * out as they are; a lost database becomes UNAVAILABLE; a library's refusal of the client's input
 * becomes BAD_USER_INPUT; anything else is logged with its stack and masked.
 */
export function createErrorPolicy(logger: Logger): (error: Error, message?: string) => Error {
  const unavailable = new Unavailable();
  return (error, message = UNEXPECTED_ERROR) => {
    const original = (error as { originalError?: unknown }).originalError;
    if (error instanceof DomainError || original instanceof DomainError) return error;
    if (isConnectionFailure(original ?? error)) {
      return new GraphQLError(unavailable.message, { nodes: error instanceof GraphQLError ? error.nodes : undefined, path: (error as GraphQLError).path, extensions: unavailable.extensions });
    }
    const clientError = asClientError(original);
    if (clientError && error instanceof GraphQLError) {
      return new GraphQLError(clientError.message, { nodes: error.nodes, path: error.path, extensions: clientError.extensions });
    }
    if (original !== undefined) logger.error({ err: original }, 'unexpected error in a resolver');
    return maskError(error, message, false);
  };
}
