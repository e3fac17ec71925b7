import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { ChangeSink, Framer } from '../changes/sink.js';
import type { Services } from '../services.js';
import type { Viewer } from '../viewer.js';
import { MethodNotAllowed, Unauthenticated } from '../errors.js';
import type { KeepAlive } from './keepalive.js';
import type { Admission } from './admission.js';
import { PreparedOperation, prepareOperation, type OperationParams, type Yoga } from './operation.js';
import { serializeResult } from './payload.js';
import { tokenRejectedError } from './plugins.js';
import { httpHints } from './error-policy.js';

/** How long an ended stream may wait for a reader that stopped reading before its socket is dropped. */
const CUT_LOOSE_GRACE_MS = 30_000;
const EVENT_END = Buffer.from('\n\n');

/** An SSE event carrying its cursor as `id:` (a change's, a live answer's), so a reconnect with Last-Event-ID resumes after it. */
const sseFramer: Framer = {
  frame: (eventId, payload) => Buffer.concat([Buffer.from(`id: ${eventId}\nevent: next\ndata: `), payload, EVENT_END]),
};

function failBeforeStream(res: ServerResponse, errors: readonly GraphQLError[]): void {
  const http = httpHints(errors[0]);
  res.writeHead(http.status ?? 400, { 'content-type': 'application/json; charset=utf-8', ...(http.headers ?? {}) });
  res.end(serializeResult({ errors }));
}

/** The response as the fan-out writes to it. Frames sent before the stream's headers wait for `start`. */
function sseSink(res: ServerResponse): ChangeSink & { start(): void } {
  let early: Buffer[] | undefined = [];
  const isOpen = () => !res.writableEnded && !res.destroyed;
  return {
    send: (frame) => (early ? early.push(frame) : res.write(frame)),
    cork: () => res.cork(),
    uncork: () => res.uncork(),
    bufferedBytes: () => res.writableLength,
    isOpen,
    drained: () =>
      new Promise<void>((resolve) => {
        if (!isOpen() || res.writableLength === 0) return resolve();
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.once('drain', done);
        res.once('close', done);
      }),
    cutLoose: () => {
      res.end();
      setTimeout(() => res.destroy(), CUT_LOOSE_GRACE_MS).unref();
    },
    start: () => {
      const frames = early ?? [];
      early = undefined;
      for (const frame of frames) res.write(frame);
    },
  };
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
    yoga: Yoga;
    keepAlive: KeepAlive<{ beat(): void }>;
    /** Open event streams, for the buffered-bytes gauge. */
    open: Set<ServerResponse>;
    viewer: Viewer | null;
    tokenRejected: boolean;
    /** The operation, its shapes checked and any persisted document resolved (transport/http-router.ts). */
    params: OperationParams;
    admission: Pick<Admission, 'meter'>;
  },
): Promise<void> {
  const { services, viewer, params } = options;
  const lastEventId = req.headers['last-event-id'];
  const sink = sseSink(res);
  const operation = await prepareOperation(
    options.yoga,
    {
      services,
      viewer,
      tokenRejected: options.tokenRejected,
      lastEventId: typeof lastEventId === 'string' && lastEventId !== '' ? lastEventId : undefined,
      live: { sink: options.admission.meter(viewer, sink), framer: sseFramer },
    },
    params,
  );
  if (!(operation instanceof PreparedOperation)) return failBeforeStream(res, operation);
  if (req.method !== 'POST' && operation.operation.operation === 'mutation') return failBeforeStream(res, [new MethodNotAllowed()]);
  if (!viewer && operation.streams) {
    return failBeforeStream(res, [options.tokenRejected ? tokenRejectedError() : new Unauthenticated()]);
  }

  const result = await operation.run();
  if (!(Symbol.asyncIterator in result)) {
    if (!result.data && result.errors?.length) return failBeforeStream(res, result.errors);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`event: next\ndata: ${serializeResult(result)}\n\n`);
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
  sink.start();
  services.metrics.openSockets.inc({ transport: 'sse' });
  options.open.add(res);
  // An open stream is a socket like any other: it keeps its user online, and signOut closes it.
  const heartbeat = { beat: () => res.write(':\n\n') };
  const asSocket = { close: () => res.end() };
  options.keepAlive.add(heartbeat);
  if (viewer) {
    services.presence.connect(viewer.id);
    services.sockets.add(viewer, asSocket);
  }
  res.once('close', () => {
    services.metrics.openSockets.dec({ transport: 'sse' });
    options.open.delete(res);
    options.keepAlive.remove(heartbeat);
    if (viewer) {
      services.presence.disconnect(viewer.id);
      services.sockets.remove(viewer.sessionId, asSocket);
    }
    void stream.return?.(undefined);
  });
  try {
    // `changes` and live queries yield nothing here: the fan-out and the live queries write their frames through the
    // sink. Other subscriptions stream as usual.
    for await (const event of stream) {
      if (res.destroyed) break;
      res.write(`event: next\ndata: ${serializeResult(event)}\n\n`);
    }
    if (!res.writableEnded) res.end('event: complete\ndata:\n\n');
  } catch (error) {
    services.logger.error({ err: error }, 'SSE stream failed');
    res.destroy();
  }
}
