import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import { GraphQLError } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import type { ChangeSink } from '../changes/fanout.js';
import type { Services, Viewer } from '../context.js';
import { DomainError } from '../errors.js';
import { authenticate, bearerToken } from '../modules/accounts/service.js';
import { clientAddress } from './http.js';
import { KeepAlive } from './keepalive.js';
import { prepareOperation, type PreparedOperation, type Yoga } from './operation.js';
import { rateLimitKey, takeToken } from './rate-limit.js';

const KEEPALIVE_MS = 30_000;
export const SLOW_CONSUMER_CLOSE = 4503;

interface Connection {
  socket: WebSocket;
  address: string;
  viewer?: Viewer;
  rateKey?: string;
  sink?: ChangeSink;
  /** Ids of the subscriptions this socket holds now (for MAX_SUBSCRIPTIONS_PER_CONNECTION). */
  subscriptions: Set<string>;
  release: Array<() => void>;
}

/**
 * A final, unmasked text frame from server to client (RFC 6455, section 5.2) holding
 * `prefix + payload + "}"`: the payload bytes are shared by every subscriber of a cohort, only
 * the prefix (the operation id) is the subscriber's own.
 */
function nextFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  prefix.copy(frame, headerLength);
  payload.copy(frame, headerLength + prefix.length);
  frame[frame.length - 1] = 0x7d; // "}"
  return frame;
}

/**
 * The WebSocket as the fan-out writes to it: whole frames straight onto the TCP socket, a batch
 * per write, cut loose when it falls behind. Safe beside ws's own sender because compression is
 * off (ws then writes every frame synchronously and whole) and nothing is written once closing.
 */
function webSocketSink(socket: WebSocket): ChangeSink {
  const raw = (socket as unknown as { _socket: Socket })._socket;
  return {
    send: (frame) => raw.write(frame),
    cork: () => raw.cork(),
    uncork: () => raw.uncork(),
    bufferedBytes: () => socket.bufferedAmount,
    isOpen: () => socket.readyState === WebSocket.OPEN,
    drained: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState !== WebSocket.OPEN || socket.bufferedAmount === 0) return resolve();
        const done = () => {
          raw.off('drain', done);
          socket.off('close', done);
          resolve();
        };
        raw.once('drain', done);
        socket.once('close', done);
      }),
    cutLoose: () => socket.close(SLOW_CONSUMER_CLOSE, 'Slow consumer: reconnect and resume with after'),
  };
}

/**
 * graphql-ws on the GraphQL path: graphql-ws's protocol core (`makeServer`) with this adapter for
 * `ws`. Operations run through the shared transport core; `changes` frames go out through the
 * fan-out, written straight to the socket.
 */
export function attachWebSocket(services: Services, yoga: Yoga, path: string) {
  const { config, metrics, logger } = services;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.limits.maxBodyBytes,
    perMessageDeflate: false, // the fan-out writes whole frames itself (webSocketSink)
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const keepAlive = new KeepAlive(KEEPALIVE_MS);
  const prepared = new WeakMap<ExecutionArgs, PreparedOperation>();
  const run = (args: ExecutionArgs) => prepared.get(args)!.run();

  const server = makeServer<Record<string, unknown> | undefined, Connection>({
    execute: run,
    subscribe: run,
    onConnect: async (ctx) => {
      const connection = ctx.extra;
      const payload = ctx.connectionParams ?? {};
      const header = Object.entries(payload).find(([key]) => key.toLowerCase() === 'authorization')?.[1];
      const token = bearerToken(header);
      const viewer = token ? await authenticate(services, token) : undefined;
      if (!viewer) {
        connection.socket.close(CloseCode.Unauthorized, token ? 'Token invalid, expired or revoked' : 'Unauthorized');
        return false;
      }
      connection.viewer = viewer;
      connection.rateKey = rateLimitKey(token, connection.address);
      connection.sink = webSocketSink(connection.socket);
      connection.release.push(services.sockets.add(viewer.sessionId, connection.socket), services.presence.connect(viewer.id));
      return true;
    },
    onSubscribe: async (ctx, id, params) => {
      const connection = ctx.extra;
      if (!connection.viewer || !connection.sink) {
        return [new GraphQLError('Not initialised', { extensions: { code: 'UNAUTHENTICATED' } })];
      }
      try {
        await takeToken(services.rateLimiter, connection.rateKey!);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        metrics.rateLimited.inc({ transport: 'websocket' });
        return [error];
      }
      const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
      const operation = await prepareOperation(
        yoga,
        {
          services,
          viewer: connection.viewer,
          live: { sink: connection.sink, frame: (_seq, payload) => nextFrame(prefix, payload) },
        },
        params,
      );
      if (!('args' in operation)) return operation;
      if (operation.operation.operation === 'subscription') {
        const limit = config.limits.maxSubscriptionsPerConnection;
        if (connection.subscriptions.size >= limit) {
          return [
            new GraphQLError(`This socket already holds ${limit} subscriptions; complete one first`, {
              extensions: { code: 'LIMIT_EXCEEDED', limit },
            }),
          ];
        }
        connection.subscriptions.add(id);
      }
      prepared.set(operation.args, operation);
      return operation.args;
    },
    onComplete: (ctx, id) => void ctx.extra.subscriptions.delete(id),
    onError: (ctx, id) => void ctx.extra.subscriptions.delete(id),
    onClose: (ctx) => {
      for (const release of ctx.extra.release.splice(0)) release();
    },
  });

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    metrics.openSockets.inc({ transport: 'websocket' });
    // Keep only what the connection needs: holding the upgrade request would cost memory per socket.
    const connection: Connection = { socket, address: clientAddress(request), subscriptions: new Set(), release: [] };
    let alive = true;
    socket.on('pong', () => (alive = true));
    connection.release.push(
      keepAlive.add(() => {
        if (!alive) return socket.terminate();
        alive = false;
        socket.ping();
      }),
    );
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (socket.readyState === WebSocket.OPEN) socket.send(data);
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => {
              logger.error({ err: error }, 'a WebSocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      connection,
    );
    socket.once('error', (error) => logger.warn({ err: error }, 'WebSocket error'));
    socket.once('close', (code, reason) => {
      metrics.openSockets.dec({ transport: 'websocket' });
      void closed(code, String(reason));
    });
  });

  return {
    bufferedBytes(): number {
      let total = 0;
      for (const client of wss.clients) total += client.bufferedAmount;
      return total;
    },
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== path) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    async close(): Promise<void> {
      keepAlive.stop();
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
