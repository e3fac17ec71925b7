import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';

/** Turns an error into what a client may see: expected errors as they are, anything else masked (and logged). */
export type MaskError = (error: GraphQLError) => GraphQLError;

/** Drops server-only extensions (HTTP status hints) before an error goes on the wire. */
export function publicError(error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError {
  const json = 'toJSON' in error ? error.toJSON() : error;
  if (!json.extensions || !('http' in json.extensions)) return json;
  const { http: _http, ...extensions } = json.extensions as Record<string, unknown>;
  return { ...json, extensions };
}

/**
 * The JSON of an execution result as every transport sends it (the `payload` of a graphql-ws `next`,
 * an SSE `data:`). `maskError` is for results that did not pass through Yoga, which masks its own.
 */
export function serializeResult(result: ExecutionResult, maskError?: MaskError): string {
  if (!result.errors) return JSON.stringify(result);
  return JSON.stringify({ ...result, errors: result.errors.map((error) => publicError(maskError ? maskError(error) : error)) });
}
