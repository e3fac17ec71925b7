import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ExecutionArgs } from 'graphql';
import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context, Services, Viewer } from '../context.js';
import { DomainError } from '../errors.js';
import { authenticate, bearerToken } from '../modules/accounts/service.js';
import { clientAddress } from './http.js';
import { rateLimitKey, takeToken } from './rate-limit.js';

const KEEPALIVE_MS = 30_000;

interface ConnectionState {
  viewer?: Viewer;
  rateKey: string;
  unregister?: () => void;
  leave?: () => void;
}

/** graphql-ws on the GraphQL path, running operations through the same Yoga (envelop) pipeline as HTTP. */
export function attachWebSocket(services: Services, yoga: YogaServerInstance<Record<string, unknown>, Context>, path: string) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: services.config.limits.maxBodyBytes });
  const states = new WeakMap<WebSocket, ConnectionState>();

  useServer<Record<string, unknown> | undefined, { socket: WebSocket; request: IncomingMessage }>(
    {
      execute: (args: ExecutionArgs & { rootValue?: any }) => args.rootValue.execute(args),
      subscribe: (args: ExecutionArgs & { rootValue?: any }) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const payload = ctx.connectionParams ?? {};
        const header = Object.entries(payload).find(([key]) => key.toLowerCase() === 'authorization')?.[1];
        const token = bearerToken(header);
        const viewer = token ? await authenticate(services, token) : undefined;
        if (!viewer) {
          ctx.extra.socket.close(CloseCode.Unauthorized, token ? 'Token invalid, expired or revoked' : 'Unauthorized');
          return false;
        }
        const state: ConnectionState = {
          viewer,
          rateKey: rateLimitKey(token, clientAddress(ctx.extra.request)),
          unregister: services.sockets.add(viewer.sessionId, ctx.extra.socket),
          leave: services.presence.connect(viewer.id),
        };
        states.set(ctx.extra.socket, state);
        return true;
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra.socket);
        state?.unregister?.();
        state?.leave?.();
      },
      onSubscribe: async (ctx, _id, params) => {
        const state = states.get(ctx.extra.socket);
        if (!state?.viewer) return [new GraphQLError('Not initialised', { extensions: { code: 'UNAUTHENTICATED' } })];
        try {
          await takeToken(services.rateLimiter, state.rateKey);
        } catch (error) {
          if (error instanceof DomainError) {
            services.metrics.rateLimited.inc({ transport: 'websocket' });
            return [error];
          }
          throw error;
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          services,
          viewer: state.viewer,
          socket: ctx.extra.socket,
        });
        let document;
        try {
          document = parse(params.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: params.operationName,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    wss,
  );

  wss.on('connection', (socket: WebSocket) => {
    services.metrics.openSockets.inc();
    let alive = true;
    socket.on('pong', () => (alive = true));
    const keepalive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, KEEPALIVE_MS);
    keepalive.unref();
    socket.once('close', () => {
      clearInterval(keepalive);
      services.metrics.openSockets.dec();
    });
  });

  return {
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== path) {
        socket.destroy();
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
    },
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
