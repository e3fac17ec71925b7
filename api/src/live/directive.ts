import { DirectiveLocation, getDirectiveValues, GraphQLBoolean, GraphQLDirective, GraphQLString, type OperationDefinitionNode } from 'graphql';

/**
 * `query … @live`: over WebSocket or SSE, the answer and then every new answer a committed change
 * makes, each with `extensions.cursor`; `after` (or SSE's `Last-Event-ID`) resumes from a cursor.
 */
export const LiveDirective = new GraphQLDirective({
  name: 'live',
  description:
    'Over graphql-ws or SSE: the answer now, then a new answer each time a committed change alters it, each with `extensions.cursor` (the log position it is consistent with). Over plain HTTP the query is answered once.',
  locations: [DirectiveLocation.QUERY],
  args: {
    after: {
      type: GraphQLString,
      description: 'The last `extensions.cursor` you saw: nothing is sent until the answer differs from the one you hold (a cursor older than the retained log gets the current answer with `extensions.reset: true`).',
    },
    patches: {
      type: GraphQLBoolean,
      defaultValue: false,
      description:
        'true: a new answer to the answer you hold comes as `extensions.patch`, a JSON Patch (RFC 6902) to its `data`, with no `data` of its own; the first answer, a reset, and an answer with errors (or after one) come whole. Apply each patch to the data you hold to get the new answer.',
    },
  },
});

/** The operation's `@live` arguments, or undefined when it is not a live query. */
export function liveArguments(operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): { after?: string; patches?: boolean } | undefined {
  if (operation.operation !== 'query' || !operation.directives?.some((directive) => directive.name.value === 'live')) return undefined;
  return (getDirectiveValues(LiveDirective, operation, variables) ?? {}) as { after?: string; patches?: boolean };
}
