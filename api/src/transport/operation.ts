import {
  GraphQLError,
  Kind,
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../context.js';
import { liveArguments } from '../live/directive.js';
import { nulCharacterError } from '../validation.js';
import type { LiveQueryRequest } from '../live/live-queries.js';

export type Yoga = YogaServerInstance<Record<string, unknown>, Context>;

export interface OperationParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  /** Apollo's `persistedQuery` lives here (transport/documents.ts). */
  extensions?: unknown;
  /** A trusted document's id, instead of `query` (GraphQL over HTTP's persisted documents). */
  documentId?: unknown;
}

const badRequest = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });

type Run = (args: ExecutionArgs) => unknown;

/**
 * The operation parameters of a GET's query string. `variables` and `extensions` are JSON there;
 * text that is not a JSON object is the client's mistake, named, never a server error.
 */
export function queryStringParams(url: URL): OperationParams | GraphQLError {
  const params: OperationParams = {
    query: url.searchParams.get('query') ?? undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
    documentId: url.searchParams.get('documentId') ?? undefined,
  };
  for (const field of ['variables', 'extensions'] as const) {
    const text = url.searchParams.get(field);
    if (text === null || text === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return badRequest(`"${field}" must be a JSON object; it is not valid JSON`, field);
    }
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      return badRequest(`"${field}" must be a JSON object`, field);
    }
    params[field] = value;
  }
  return params;
}

/**
 * The operation's parameters from a POST body: a JSON object whose fields have the right shapes.
 * Anything else is the client's mistake, named (`BAD_USER_INPUT` with the field), never a crash.
 */
export function bodyParams(body: Buffer): OperationParams | GraphQLError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return new GraphQLError('The request body is not valid JSON', { extensions: { code: 'BAD_REQUEST' } });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return new GraphQLError('The request body must be a JSON object: {"query": ..., "variables": {...}}', { extensions: { code: 'BAD_REQUEST' } });
  }
  return checkParams(parsed as OperationParams) ?? (parsed as OperationParams);
}

/** The shape rules every transport applies to an operation's parameters; undefined when they hold. */
export function checkParams(params: OperationParams): GraphQLError | undefined {
  if (params.query != null && typeof params.query !== 'string') return badRequest('"query" must be a string', 'query');
  if (params.variables != null && (typeof params.variables !== 'object' || Array.isArray(params.variables))) {
    return badRequest('"variables" must be an object of variable values', 'variables');
  }
  if (params.operationName != null && typeof params.operationName !== 'string') return badRequest('"operationName" must be a string', 'operationName');
  if (params.extensions != null && (typeof params.extensions !== 'object' || Array.isArray(params.extensions))) {
    return badRequest('"extensions" must be an object', 'extensions');
  }
  return undefined;
}

/** An operation ready to run. A class, not closures: for a subscription it lives as long as the subscriber. */
export class PreparedOperation {
  constructor(
    readonly args: ExecutionArgs,
    readonly operation: OperationDefinitionNode,
    /** Yoga's envelop pipeline (auth check, masking, limits), or the fan-out for a live `changes`. */
    private readonly engine: { subscribe: Run; execute?: Run },
    /** A `query … @live`: it streams like a subscription. */
    readonly live = false,
  ) {}

  /** A subscription or a live query: it stays open, counts against the socket's subscriptions and needs a viewer. */
  get streams(): boolean {
    return this.live || this.operation.operation === 'subscription';
  }

  run(): Promise<ExecutionResult | AsyncIterable<ExecutionResult>> {
    const run = this.operation.operation === 'subscription' ? this.engine.subscribe : this.engine.execute!;
    return Promise.resolve(run.call(this.engine, this.args) as ExecutionResult | AsyncIterable<ExecutionResult>);
  }
}

/** Admission of an operation once parsed (transport/admission.ts); the error to answer with when refused. */
export type AdmitParsed = (operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined) => Promise<GraphQLError | undefined>;

/**
 * The part every transport shares: check the parameters' shapes, parse and validate through
 * Yoga's envelop (its caches and the depth, token and cost limits), pick the operation and build its
 * context. WebSocket and SSE differ only in how they frame what comes out. `admit`, when given, is
 * asked exactly once, after parsing and before validation, so what an operation spends can depend on
 * what it is (a resume) and a flood of invalid documents still spends it.
 */
export async function prepareOperation(
  yoga: Yoga,
  initialContext: Omit<Context, 'live'> & { live?: Omit<NonNullable<Context['live']>, 'variables'> },
  params: OperationParams,
  admit: AdmitParsed = async () => undefined,
): Promise<PreparedOperation | readonly GraphQLError[]> {
  const invalid =
    checkParams(params) ??
    (typeof params.query !== 'string' || params.query.trim() === '' ? badRequest('Send the operation text as a non-empty string in "query"', 'query') : undefined);
  if (invalid) return [(await admit(undefined, undefined)) ?? invalid];
  const variables = (params.variables ?? undefined) as Record<string, unknown> | undefined;
  const operationName = (params.operationName ?? undefined) as string | undefined;
  // `params`, as Yoga's own requests carry them: the cost limit reads the variables (transport/limits.ts).
  const { schema, parse, validate, contextFactory, execute, subscribe } = yoga.getEnveloped({ ...initialContext, params: { variables, operationName } });

  let document;
  try {
    document = parse(params.query);
  } catch (error) {
    return [(await admit(undefined, variables)) ?? (error instanceof GraphQLError ? error : new GraphQLError(String(error)))];
  }
  const operation = getOperationAST(document, operationName) ?? undefined;
  const refused = await admit(operation, variables);
  if (refused) return [refused];
  const errors = validate(schema, document);
  if (errors.length > 0) return errors;
  // Here for every operation on a socket or an event stream, `changes` too, which runs outside the plugins.
  const nul = nulCharacterError(document, variables);
  if (nul) return [nul];
  if (!operation) {
    return [
      badRequest(
        operationName ? `The document has no operation named "${operationName}"` : 'The document has several operations: name one in "operationName"',
        'operationName',
      ),
    ];
  }
  const root = operation.selectionSet.selections[0];
  const liveChanges =
    initialContext.live && operation.operation === 'subscription' && root?.kind === Kind.FIELD && root.name.value === 'changes';
  if (liveChanges) {
    // The fan-out writes this subscription's frames itself; only its start runs, outside the plugins.
    const contextValue: Context = { ...initialContext, live: { ...initialContext.live!, variables } };
    const args: ExecutionArgs = { schema, document, operationName, variableValues: variables, contextValue };
    return new PreparedOperation(args, operation, initialContext.services.fanout);
  }
  const contextValue = (await contextFactory()) as Context;
  const args: ExecutionArgs = { schema, document, operationName, variableValues: variables, contextValue };
  const live = initialContext.live ? liveArguments(operation, variables) : undefined;
  if (live && initialContext.viewer) {
    const viewer = initialContext.viewer;
    const after = initialContext.lastEventId ?? live.after;
    const { admission, liveQueries } = initialContext.services;
    const open = (liveArgs: ExecutionArgs): ExecutionResult | AsyncIterableIterator<ExecutionResult> => {
      try {
        admission.admitStream(viewer);
      } catch (error) {
        if (error instanceof GraphQLError) return { errors: [error] };
        throw error;
      }
      // Its frames go straight to the connection, through the sink that counts an API key's deliveries.
      return liveQueries.open({ args: liveArgs, execute: execute as LiveQueryRequest['execute'], viewer, after, patches: live.patches === true }, initialContext.live!);
    };
    return new PreparedOperation(args, operation, { subscribe, execute: open }, true);
  }
  return new PreparedOperation(args, operation, { execute, subscribe }, live !== undefined);
}
