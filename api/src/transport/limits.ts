import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-armor words its rejections as syntax errors; a client needs the limit and a code to branch on. */
function limitExceeded(rejection: GraphQLError, limit: number): GraphQLError {
  return new GraphQLError(rejection.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'LIMIT_EXCEEDED', limit },
  });
}

/**
 * Depth and token limits. A depth violation is reported as a validation error (the armor default
 * throws out of validation, which no transport can tell from a crash); a token violation stops the
 * parser, as it must, with the same code.
 */
export function useOperationLimits(limits: { maxQueryDepth: number; maxQueryTokens: number }): Plugin[] {
  return [
    maxDepthPlugin({
      n: limits.maxQueryDepth,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: [(context, rejection) => (context as ValidationContext).reportError(limitExceeded(rejection, limits.maxQueryDepth))],
    }),
    maxTokensPlugin({
      n: limits.maxQueryTokens,
      onReject: [
        (_context, rejection) => {
          throw limitExceeded(rejection, limits.maxQueryTokens);
        },
      ],
    }),
  ];
}
