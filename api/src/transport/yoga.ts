import { useEngine } from '@envelop/core';
import { execute, subscribe, type GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { Services } from '../services.js';
import type { Viewer } from '../viewer.js';
import { useOperationLimits, type DocumentLimits } from './limits.js';
import type { Yoga } from './operation.js';
import { useAdmittedOperations, useNoNulCharacters, useOperationLog, useStreamingSubscriptionsOnly, useVariableErrorCodes } from './plugins.js';

/** Who an HTTP request was admitted as, left by the router under the Request it hands Yoga. */
export type AdmittedRequests = WeakMap<Request, { viewer: Viewer | null; tokenRejected: boolean }>;

/**
 * Yoga as every transport uses it: graphql-js's own executor (the one the fan-out uses), the
 * document limits, admission's verdict per operation, and the shared error policy. Every transport
 * admits its caller first (transport/admission.ts): WebSocket and SSE build their context with the
 * viewer; the HTTP router leaves it in `admitted` under the Request it builds, which Yoga's context
 * factory reads. (Passing it as Yoga's server context instead made Yoga copy the context onto a
 * prototype chain per request, and every resolver's reads of it slower.)
 */
export function createGraphQLEngine(parts: {
  schema: GraphQLSchema;
  services: Services;
  graphqlPath: string;
  limits: DocumentLimits;
  logger: Logger;
  maskError: (error: Error, message?: string) => Error;
}): { yoga: Yoga; admitted: AdmittedRequests } {
  const { services } = parts;
  const admitted: AdmittedRequests = new WeakMap();
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema: parts.schema,
    graphqlEndpoint: parts.graphqlPath,
    landingPage: false,
    logging: false,
    // GraphiQL is served by the router (transport/graphiql.ts), as files under a strict CSP.
    graphiql: false,
    // Parsed documents are cached. Yoga's validation cache stays off: the cost limit depends on the
    // variables and the operation chosen, which it does not key on (a document validated once with
    // harmless variables would run later with costly ones); limits.ts remembers the part that does not.
    parserAndValidationCache: { validationCache: false },
    maskedErrors: { maskError: (error, message) => parts.maskError(error as Error, message) },
    context: (initial) => {
      if ('viewer' in initial) return initial as unknown as Context;
      const admission = admitted.get((initial as { request: Request }).request);
      return { services, viewer: admission?.viewer ?? null, tokenRejected: admission?.tokenRejected ?? false };
    },
    plugins: [
      useEngine({ execute, subscribe }),
      ...useOperationLimits(parts.limits),
      useAdmittedOperations(),
      useNoNulCharacters(),
      useStreamingSubscriptionsOnly(),
      useVariableErrorCodes(),
      useOperationLog(parts.logger),
    ],
  });
  return { yoga, admitted };
}
