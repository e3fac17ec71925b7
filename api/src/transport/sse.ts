import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, getOperationAST, type ExecutionResult } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Context, Services, Viewer } from '../context.js';
import { DomainError, Unauthenticated } from '../errors.js';
import { sendGraphQLError } from './http.js';
import { tokenRejectedError } from './plugins.js';

const HEARTBEAT_MS = 15_000;

interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

function paramsFrom(url: URL, body: Buffer | undefined): GraphQLParams {
  if (body && body.length > 0) return JSON.parse(body.toString('utf8')) as GraphQLParams;
  const variables = url.searchParams.get('variables');
  return {
    query: url.searchParams.get('query') ?? undefined,
    variables: variables ? (JSON.parse(variables) as unknown) : undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
  };
}

/** Drops server-only extensions (HTTP status hints) before an error goes on the wire. */
function publicResult(result: ExecutionResult): unknown {
  if (!result.errors) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const json = error.toJSON();
      if (json.extensions) {
        const { http: _http, ...extensions } = json.extensions as Record<string, unknown>;
        return { ...json, extensions };
      }
      return json;
    }),
  };
}

function failBeforeStream(res: ServerResponse, errors: readonly GraphQLError[]): void {
  const first = errors[0];
  if (first instanceof DomainError || first?.originalError instanceof DomainError) {
    const domain = (first instanceof DomainError ? first : first.originalError) as DomainError;
    const http = (domain.extensions.http ?? {}) as { status?: number; headers?: Record<string, string> };
    res.writeHead(http.status ?? 400, { 'content-type': 'application/json; charset=utf-8', ...(http.headers ?? {}) });
  } else {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
  }
  res.end(JSON.stringify(publicResult({ errors })));
}

/**
 * GraphQL over SSE, distinct connections mode. Each `changes` event carries `id: <cursor>`;
 * a reconnect sending `Last-Event-ID` resumes right after it.
 */
export async function handleSse(
  req: IncomingMessage,
  res: ServerResponse,
  options: {
    services: Services;
    yoga: YogaServerInstance<Record<string, unknown>, Context>;
    viewer: Viewer | null;
    tokenRejected: boolean;
    body: Buffer | undefined;
  },
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let params: GraphQLParams;
  try {
    params = paramsFrom(url, options.body);
  } catch {
    return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body or the variables parameter is not valid JSON');
  }
  if (typeof params.query !== 'string' || params.query.trim() === '') {
    return sendGraphQLError(res, 400, 'BAD_REQUEST', 'Missing the "query" parameter');
  }
  const lastEventId = req.headers['last-event-id'];
  const { schema, parse, validate, contextFactory, execute, subscribe } = options.yoga.getEnveloped({
    services: options.services,
    viewer: options.viewer,
    tokenRejected: options.tokenRejected,
    lastEventId: typeof lastEventId === 'string' && lastEventId !== '' ? lastEventId : undefined,
  });

  let document;
  try {
    document = parse(params.query);
  } catch (error) {
    return failBeforeStream(res, [error instanceof GraphQLError ? error : new GraphQLError(String(error))]);
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return failBeforeStream(res, validationErrors);
  const operationName = typeof params.operationName === 'string' ? params.operationName : undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return failBeforeStream(res, [new GraphQLError('Name the operation to run with "operationName"')]);
  }
  if (!options.viewer && operation.operation === 'subscription') {
    return failBeforeStream(res, [options.tokenRejected ? tokenRejectedError() : new Unauthenticated()]);
  }

  const contextValue = (await contextFactory()) as Context;
  const args = {
    schema,
    document,
    operationName,
    variableValues: (params.variables ?? undefined) as Record<string, unknown> | undefined,
    contextValue,
  };
  const result = await (operation.operation === 'subscription' ? subscribe(args) : execute(args));

  if (!(Symbol.asyncIterator in (result as object))) {
    const single = result as ExecutionResult;
    if (!single.data && single.errors?.length) return failBeforeStream(res, single.errors);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`event: next\ndata: ${JSON.stringify(publicResult(single))}\n\n`);
    res.end('event: complete\ndata:\n\n');
    return;
  }

  const stream = result as AsyncGenerator<ExecutionResult>;
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  const heartbeat = setInterval(() => res.write(':\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  // An open stream is a socket like any other: it keeps its user online, and signOut closes it.
  const viewer = options.viewer;
  const leave = viewer ? options.services.presence.connect(viewer.id) : undefined;
  const unregister = viewer ? options.services.sockets.add(viewer.sessionId, { close: () => res.end() }) : undefined;
  res.on('close', () => {
    clearInterval(heartbeat);
    leave?.();
    unregister?.();
    void stream.return?.(undefined);
  });
  try {
    for await (const event of stream) {
      if (res.destroyed) break;
      const id = contextValue.deliveredCursor;
      res.write(`${id ? `id: ${id}\n` : ''}event: next\ndata: ${JSON.stringify(publicResult(event))}\n\n`);
    }
    if (!res.destroyed) res.end('event: complete\ndata:\n\n');
  } catch (error) {
    options.services.logger.error({ err: error }, 'SSE stream failed');
    res.destroy();
  } finally {
    clearInterval(heartbeat);
  }
}
