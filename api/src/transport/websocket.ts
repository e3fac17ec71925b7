import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import { GraphQLError } from 'graphql';
import { handleProtocols, makeServer, type SubscribePayload } from 'graphql-ws';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { ChangeSink } from '../changes/sink.js';
import type { Services } from '../services.js';
import type { Viewer } from '../viewer.js';
import { isConnectionFailure } from '../db/availability.js';
import { Unavailable } from '../errors.js';
import { bearerToken } from '../modules/accounts/service.js';
import { clientAddress } from './http.js';
import { CloseCodes } from './close-codes.js';
import { KeepAlive } from './keepalive.js';
import { TurnQueue } from './turn-queue.js';
import type { Documents } from './documents.js';
import { PreparedOperation, prepareOperation, type AdmitParsed, type Yoga } from './operation.js';
import { publicError } from './payload.js';
import { GraphqlWsFramer, WebSocketSink } from './websocket-frames.js';
import { unexpectedError } from './error-policy.js';

const KEEPALIVE_MS = 30_000;
const ARRIVALS_PER_TURN = 64;

/**
 * One WebSocket: graphql-ws's view of it (`protocol`, `send`, `close`, `onMessage`) and ours (the
 * viewer, the rate-limit key, the sink, the subscriptions it holds). Classes and shared listeners
 * rather than closures, because one of these lives as long as each socket.
 */
class Connection {
  readonly protocol: string;
  viewer?: Viewer;
  rateKey?: string;
  /** Where the fan-out writes this socket's `changes` frames (metered when the token is an API key). */
  sink?: ChangeSink;
  /** Ids of the subscriptions this socket holds now (for MAX_SUBSCRIPTIONS_PER_CONNECTION). */
  readonly subscriptions = new Set<string>();
  handle?: (data: string) => Promise<void>;
  closed?: (code: number, reason: string) => Promise<void>;
  alive = true;

  constructor(
    readonly socket: WebSocket,
    readonly address: string,
    private readonly backlog: { maxBufferedBytes: number; slowConsumers: { inc(): void } },
  ) {
    this.protocol = socket.protocol;
  }

  /**
   * What graphql-ws writes itself (answers to queries and mutations, other subscriptions' results):
   * a client that has left more than MAX_SOCKET_BUFFER_BYTES unread is cut loose rather than written
   * more, as the fan-out does with `changes` frames.
   */
  send(data: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > this.backlog.maxBufferedBytes) {
      this.backlog.slowConsumers.inc();
      this.socket.close(CloseCodes.SLOW_CONSUMER, 'Slow consumer: reconnect and resume with after');
      return;
    }
    this.socket.send(data);
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(handle: (data: string) => Promise<void>): void {
    this.handle = handle;
  }

  /** One keepalive round: a socket that did not answer the previous ping is dropped. */
  beat(): void {
    if (!this.alive) return void this.socket.terminate();
    this.alive = false;
    this.socket.ping();
  }
}

/**
 * graphql-ws on the GraphQL path: graphql-ws's protocol core (`makeServer`) with this adapter for
 * `ws`. Operations run through the shared transport core; `changes` frames go out through the
 * fan-out, written straight to the socket.
 */
export function attachWebSocket(services: Services, yoga: Yoga, documents: Documents, path: string) {
  const { config, metrics, logger, admission } = services;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.limits.maxBodyBytes,
    perMessageDeflate: false, // the fan-out writes whole frames itself (webSocketSink)
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const keepAlive = new KeepAlive<Connection>(KEEPALIVE_MS);
  const prepared = new WeakMap<ExecutionArgs, PreparedOperation>();
  const run = (args: ExecutionArgs) => prepared.get(args)!.run();
  const connections = new WeakMap<WebSocket, Connection>();

  async function startOperation(connection: Connection, id: string, params: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    if (!connection.viewer || !connection.sink) {
      return [new GraphQLError('Not initialised', { extensions: { code: 'UNAUTHENTICATED' } })];
    }
    const viewer = connection.viewer;
    const rateKey = connection.rateKey!;
    const admit: AdmitParsed = (parsed, variables) => admission.admitOperation({ viewer, rateKey }, parsed, variables);
    const resolved = documents.resolve(params, viewer);
    if (resolved instanceof GraphQLError) return [(await admit(undefined, undefined)) ?? resolved];
    const operation = await prepareOperation(yoga, { services, viewer, live: { sink: connection.sink, framer: new GraphqlWsFramer(id) } }, resolved, admit);
    if (!(operation instanceof PreparedOperation)) return operation;
    if (operation.streams) {
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
  }

  const server = makeServer<Record<string, unknown> | undefined, Connection>({
    execute: run,
    subscribe: run,
    onConnect: async (ctx) => {
      const connection = ctx.extra;
      const payload = ctx.connectionParams ?? {};
      const header = Object.entries(payload).find(([key]) => key.toLowerCase() === 'authorization')?.[1];
      const token = bearerToken(header);
      const { viewer, rateKey, refusal } = await admission.admitConnection({ token, address: connection.address });
      if (refusal) {
        connection.socket.close(CloseCodes.RATE_LIMITED, refusal.message);
        return false;
      }
      if (!viewer) {
        connection.socket.close(CloseCodes.UNAUTHORIZED, token ? 'Token invalid, expired or revoked' : 'Unauthorized');
        return false;
      }
      connection.viewer = viewer;
      connection.rateKey = rateKey;
      connection.sink = admission.meter(viewer, new WebSocketSink(connection.socket));
      services.sockets.add(viewer, connection.socket);
      services.presence.connect(viewer.id);
      return true;
    },
    onSubscribe: async (ctx, id, params) => {
      try {
        return await startOperation(ctx.extra, id, params);
      } catch (error) {
        // Whatever went wrong belongs to this operation; the socket and its other subscriptions stay.
        if (isConnectionFailure(error)) return [new Unavailable()];
        logger.error({ err: error }, 'a WebSocket operation failed to start');
        return [unexpectedError()];
      }
    },
    onComplete: (ctx, id) => void ctx.extra.subscriptions.delete(id),
    onError: (ctx, id, _payload, errors) => {
      ctx.extra.subscriptions.delete(id);
      // HTTP status hints (a rate limit's 429) mean nothing on a socket.
      return errors.map(publicError);
    },
    onClose: (ctx) => {
      const { viewer, socket } = ctx.extra;
      if (!viewer) return;
      services.sockets.remove(viewer.sessionId, socket);
      services.presence.disconnect(viewer.id);
    },
  });

  // A restart storm's handshakes and first messages wait their turn in slices, so writes and live
  // delivery keep being served between them (one queue, so each socket's messages stay in order).
  const arrivals = new TurnQueue(ARRIVALS_PER_TURN);

  // Listeners shared by every socket (`this` is the socket), so a socket costs no closures of its own.
  function received(this: WebSocket, data: RawData): void {
    arrivals.push(handleMessage.bind(undefined, this, data));
  }
  function handleMessage(socket: WebSocket, data: RawData): void {
    if (socket.readyState !== WebSocket.OPEN) return;
    connections
      .get(socket)
      ?.handle?.(String(data))
      .catch((error: unknown) => {
        if (isConnectionFailure(error)) return void socket.close(CloseCodes.TRY_AGAIN_LATER, 'Database unavailable: reconnect shortly');
        logger.error({ err: error }, 'a WebSocket message failed');
        socket.close(CloseCodes.INTERNAL_ERROR, 'Internal server error');
      });
  }
  function ponged(this: WebSocket): void {
    const connection = connections.get(this);
    if (connection) connection.alive = true;
  }
  function failed(this: WebSocket, error: Error): void {
    logger.warn({ err: error }, 'WebSocket error');
  }
  function closed(this: WebSocket, code: number, reason: Buffer): void {
    metrics.openSockets.dec({ transport: 'websocket' });
    const connection = connections.get(this);
    if (!connection) return;
    keepAlive.remove(connection);
    void connection.closed?.(code, String(reason));
  }

  const backlog = { maxBufferedBytes: config.limits.maxSocketBufferBytes, slowConsumers: metrics.slowConsumers };
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    metrics.openSockets.inc({ transport: 'websocket' });
    // Keep only what the connection needs: holding the upgrade request would cost memory per socket.
    const connection = new Connection(socket, clientAddress(request), backlog);
    connections.set(socket, connection);
    socket.on('message', received);
    socket.on('pong', ponged);
    socket.once('error', failed);
    socket.once('close', closed);
    keepAlive.add(connection);
    connection.closed = server.opened(connection, connection);
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
      arrivals.push(() => {
        if (socket.destroyed) return;
        wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
      });
    },
    async close(): Promise<void> {
      keepAlive.stop();
      for (const client of wss.clients) client.close(CloseCodes.GOING_AWAY, 'Server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
