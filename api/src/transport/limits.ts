import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface DocumentLimits {
  maxQueryDepth: number;
  maxQueryTokens: number;
  maxQueryCost: number;
}

/** graphql-armor words its rejections as syntax errors; a client needs the limit and a code to branch on. */
function limitExceeded(rejection: GraphQLError, limit: number): GraphQLError {
  return new GraphQLError(rejection.message.replace(/^Syntax Error: /, ''), {
    extensions: { code: 'LIMIT_EXCEEDED', limit },
  });
}

/**
 * The validation rules that bound what a document can make the server do, for every path that runs
 * one (HTTP, SSE, WebSocket, persisted and trusted documents through Yoga's envelop; webhooks through
 * `checkDocument`). Depth alone is not enough: fragments and aliases multiply work without adding
 * depth, so the cost counts every field a result can hold with fragments expanded (graphql-armor
 * memoizes each fragment, so a fragment bomb costs the check linear time), times literal page sizes.
 * Violations are reported as validation errors: the armor default throws out of validation, which
 * no transport can tell from a crash.
 */
export function limitRules(limits: DocumentLimits): ValidationRule[] {
  const report = (limit: number) => [(context: unknown, rejection: GraphQLError) => (context as ValidationContext).reportError(limitExceeded(rejection, limit))];
  return [
    maxDepthRule({ n: limits.maxQueryDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: report(limits.maxQueryDepth) }),
    costLimitRule({
      maxCost: limits.maxQueryCost,
      // 1: the cost is a count of what executes, not a penalty that grows with depth (depth has its own limit).
      depthCostFactor: 1,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: report(limits.maxQueryCost),
    }),
  ];
}

/** The limits as Yoga plugins: the rules above at validation; the token count stops the parser, as it must. */
export function useOperationLimits(limits: DocumentLimits): Plugin[] {
  const rules = limitRules(limits);
  return [
    {
      onValidate({ addValidationRule }) {
        for (const rule of rules) addValidationRule(rule);
      },
    },
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

/**
 * A stored document (a webhook's) parsed and validated under the same limits as a request's, when it
 * is saved and again whenever it is loaded to run, so a limit lowered later still applies.
 */
export function checkDocument(schema: GraphQLSchema, text: string, limits: DocumentLimits): DocumentNode | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(text, { maxTokens: limits.maxQueryTokens });
  } catch (error) {
    const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
    return [/more th[ae]n \d+ tokens/.test(syntax.message) ? limitExceeded(syntax, limits.maxQueryTokens) : syntax];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(limits)]);
  return errors.length > 0 ? errors : document;
}
