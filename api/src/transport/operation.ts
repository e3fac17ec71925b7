import {
  GraphQLError,
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../context.js';

export type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

export interface OperationParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

export interface PreparedOperation {
  args: ExecutionArgs;
  operation: OperationDefinitionNode;
  /** Runs the operation through the same envelop pipeline as HTTP (auth check, masking, limits). */
  run(): Promise<ExecutionResult | AsyncIterable<ExecutionResult>>;
}

const badRequest = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

/**
 * The part every transport shares: check the parameters' shapes, parse and validate through
 * Yoga's envelop (its caches and the depth and token limits), pick the operation and build its
 * context. WebSocket and SSE differ only in how they frame what comes out.
 */
export async function prepareOperation(
  yoga: Yoga,
  initialContext: Omit<Context, 'live'> & { live?: Omit<NonNullable<Context['live']>, 'variables'> },
  params: OperationParams,
): Promise<PreparedOperation | readonly GraphQLError[]> {
  if (typeof params.query !== 'string' || params.query.trim() === '') {
    return [badRequest('Send the operation text as a non-empty string in "query"', 'query')];
  }
  if (params.variables != null && (typeof params.variables !== 'object' || Array.isArray(params.variables))) {
    return [badRequest('"variables" must be an object of variable values', 'variables')];
  }
  if (params.operationName != null && typeof params.operationName !== 'string') {
    return [badRequest('"operationName" must be a string', 'operationName')];
  }
  const variables = (params.variables ?? undefined) as Record<string, unknown> | undefined;
  const operationName = params.operationName ?? undefined;
  const { schema, parse, validate, contextFactory, execute, subscribe } = yoga.getEnveloped(initialContext);

  let document;
  try {
    document = parse(params.query);
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return errors;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return [
      badRequest(
        operationName ? `The document has no operation named "${operationName}"` : 'The document has several operations: name one in "operationName"',
        'operationName',
      ),
    ];
  }
  const contextValue = (await contextFactory()) as Context;
  if (initialContext.live) contextValue.live = { ...initialContext.live, variables };
  const args: ExecutionArgs = { schema, document, operationName, variableValues: variables, contextValue };
  return {
    args,
    operation,
    run: async () =>
      (operation.operation === 'subscription' ? subscribe(args) : execute(args)) as Promise<
        ExecutionResult | AsyncIterable<ExecutionResult>
      >,
  };
}
