import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { useEngine } from '@envelop/core';
import { execute, subscribe } from 'graphql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { pino, type Logger } from 'pino';
import sirv from 'sirv';
import { MemoryBus, RedisBus, type ChangeBus } from './changes/bus.js';
import { FanOut } from './changes/fanout.js';
import { ChangeHub } from './changes/hub.js';
import { pruneChangesBefore } from './changes/log.js';
import type { Config } from './config.js';
import type { Context } from './context.js';
import type { Services } from './services.js';
import type { Viewer } from './viewer.js';
import { openDatabase, ping } from './db/database.js';
import { migrate } from './db/migrations/index.js';
import { isConnectionFailure } from './db/availability.js';
import { asClientError, DomainError, MethodNotAllowed, Unavailable } from './errors.js';
import { Metrics } from './metrics.js';
import { bearerToken } from './modules/accounts/service.js';
import { Sessions } from './modules/accounts/sessions.js';
import { CampaignRunner } from './modules/campaigns/runner.js';
import { chatMemberIds } from './modules/chats/service.js';
import { TypingRelay } from './modules/chats/typing.js';
import { PresenceTracker } from './modules/presence/tracker.js';
import { ProxyHealthChecker } from './modules/proxies/health.js';
import { getSettings } from './modules/settings/service.js';
import { schema } from './schema.js';
import { GRAPHIQL_ASSETS_PATH, sendGraphiQLAsset, sendGraphiQLPage, type GraphiQLOptions } from './transport/graphiql.js';
import { BodyTooLarge, clientAddress, readBody, sendDomainError, sendFetchResponse, sendGraphQLError } from './transport/http.js';
import { KeepAlive } from './transport/keepalive.js';
import { useOperationLimits } from './transport/limits.js';
import { useOperationLog, useSignedInOperations, useStreamingSubscriptionsOnly, useVariableErrorCodes } from './transport/plugins.js';
import { createRateLimits, rateLimitKey, refusal } from './transport/rate-limit.js';
import { SocketRegistry } from './transport/sockets.js';
import { queryStringParams } from './transport/operation.js';
import { handleSse } from './transport/sse.js';
import { attachWebSocket } from './transport/websocket.js';

export const GRAPHQL_PATH = '/graphql';
const RETENTION_EVERY_MS = 10 * 60_000;
const SSE_HEARTBEAT_MS = 15_000;
const LISTEN_BACKLOG = 16_384;
const UNEXPECTED_ERROR = 'Unexpected error.';
const unavailable = new Unavailable();

export interface AppOptions {
  logger?: Logger;
  /** How often the hub re-reads the log tail when no wake-up came (covers lost publishes). */
  sweepMs?: number;
  processMetrics?: boolean;
}

export interface App {
  services: Services;
  start(port?: number, host?: string): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
  /** Applies change retention now: deletes changes committed before `cutoff`. */
  pruneChanges(cutoff: Date): Promise<number>;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

const GRAPHIQL: GraphiQLOptions = {
  title: 'Pulsegraph GraphiQL',
  endpoint: GRAPHQL_PATH,
  defaultQuery: `# Sign in (mutation signIn), then put {"Authorization": "Bearer <token>"} in Headers below.
# Subscriptions run over WebSocket with that token.
subscription Live {
  changes {
    __typename
    cursor
    op
    entityId
    ... on PersonaChange { persona { id name kind } }
  }
}
`,
};

const PLACEHOLDER_PAGE = `<!doctype html><meta charset="utf-8"><title>Pulsegraph</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto">
<h1>Pulsegraph</h1><p>The web app is not built yet. Explore the API in <a href="/graphql">GraphiQL</a>.</p></body>`;

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  // Whatever logs here, credentials never reach a log line.
  const logger = (options.logger ?? pino({ level: config.logLevel })).child(
    {},
    { redact: { paths: ['password', '*.password', '*.*.password', '*.*.*.password', 'authorization', '*.authorization'], censor: '[redacted]' } },
  );
  const database = await openDatabase(config.database, {
    onConnectionError: (error) => logger.warn({ err: error }, 'a database connection ended; the pool opens a new one when asked'),
  });
  await migrate(database.db, database.dialect, database.schema);
  const bus: ChangeBus = config.redisUrl ? await RedisBus.connect(config.redisUrl, logger) : new MemoryBus();
  const hub = new ChangeHub(database.db, bus, logger, options.sweepMs ?? 2000);
  await hub.start();
  const metrics = new Metrics(options.processMetrics ?? false);

  /** Expected failures go out as they are; anything else is logged with its stack and masked. */
  const exposeOrMask = (error: Error, message = UNEXPECTED_ERROR): Error => {
    const original = (error as { originalError?: unknown }).originalError;
    if (error instanceof DomainError || original instanceof DomainError) return error;
    if (isConnectionFailure(original ?? error)) {
      return new GraphQLError(unavailable.message, { nodes: error instanceof GraphQLError ? error.nodes : undefined, path: (error as GraphQLError).path, extensions: unavailable.extensions });
    }
    const clientError = asClientError(original);
    if (clientError && error instanceof GraphQLError) {
      return new GraphQLError(clientError.message, { nodes: error.nodes, path: error.path, extensions: clientError.extensions });
    }
    if (original !== undefined) logger.error({ err: original }, 'unexpected error in a resolver');
    return maskError(error, message, false);
  };
  const fanout = new FanOut({
    db: database.db,
    hub,
    schema,
    logger,
    metrics,
    maskError: (error) => exposeOrMask(error) as GraphQLError,
    maxSocketBufferBytes: config.limits.maxSocketBufferBytes,
  });

  // Each part gets the parts it uses, built before it; the whole is assembled once, complete.
  const writer = { database, bus, logger, metrics };
  const sockets = new SocketRegistry();
  const services: Services = {
    config,
    ...writer,
    hub,
    fanout,
    sockets,
    sessions: new Sessions(database.db, bus, sockets),
    rateLimits: createRateLimits({ ...config.rateLimit, redisUrl: config.redisUrl }, logger),
    proxyHealth: new ProxyHealthChecker({ ...writer, hub }, config.proxyHealth),
    runner: new CampaignRunner({ ...writer, hub }),
    typing: new TypingRelay(writer, (chatId) => chatMemberIds(writer, chatId)),
    presence: new PresenceTracker(writer, config.presenceGraceMs),
  };
  services.proxyHealth.start();
  services.runner.start();
  services.presence.start();

  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    logging: false,
    // GraphiQL is served by handleGraphQL (transport/graphiql.ts), as files under a strict CSP.
    graphiql: false,
    maskedErrors: { maskError: (error, message) => exposeOrMask(error as Error, message) },
    context: async (initial) => {
      // WebSocket and SSE build their context (with the viewer) before calling in.
      if ('viewer' in initial) return initial as unknown as Context;
      const request = (initial as { request: Request }).request;
      const token = bearerToken(request.headers.get('authorization'));
      const viewer = token ? ((await services.sessions.authenticate(token)) ?? null) : null;
      return { services, viewer, tokenRejected: Boolean(token) && !viewer };
    },
    plugins: [
      // graphql-js's own executor, the same one the fan-out uses for changes (changes/fanout.ts).
      useEngine({ execute, subscribe }),
      ...useOperationLimits(config.limits),
      useSignedInOperations(),
      useStreamingSubscriptionsOnly(),
      useVariableErrorCodes(),
      useOperationLog(logger),
    ],
  });

  const websocket = attachWebSocket(services, yoga, GRAPHQL_PATH);
  const sseKeepAlive = new KeepAlive<{ beat(): void }>(SSE_HEARTBEAT_MS);
  const sseStreams = new Set<ServerResponse>();
  metrics.observe({
    liveCohorts: () => fanout.cohortCount,
    bufferedBytes: () => websocket.bufferedBytes() + [...sseStreams].reduce((sum, res) => sum + res.writableLength, 0),
  });
  const webDist = config.webDist ?? defaultWebDist;
  const serveWeb = existsSync(webDist) ? sirv(webDist, { single: true, etag: true }) : undefined;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    // An event stream resuming with Last-Event-ID is a reconnect: it spends the resume budget.
    const resuming = req.headers['last-event-id'] !== undefined && req.headers.accept?.includes('text/event-stream');
    const budget = resuming ? services.rateLimits.resumes : services.rateLimits.operations;
    const limited = await refusal(budget, rateLimitKey(token, clientAddress(req)), services.metrics, 'http');
    if (limited) return sendDomainError(res, limited);
    let body: Buffer | undefined;
    if (req.method === 'POST') {
      try {
        body = await readBody(req, config.limits.maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        res.setHeader('connection', 'close');
        return sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${config.limits.maxBodyBytes} bytes`);
      }
    }
    if (req.headers.accept?.includes('text/event-stream')) {
      let viewer: Viewer | null = null;
      if (token) viewer = (await services.sessions.authenticate(token)) ?? null;
      return handleSse(req, res, { services, yoga, keepAlive: sseKeepAlive, open: sseStreams, viewer, tokenRejected: Boolean(token) && !viewer, body });
    }
    if (req.method === 'GET' && req.headers.accept?.includes('text/html')) return sendGraphiQLPage(res, GRAPHIQL);
    if (req.method === 'GET') {
      const params = queryStringParams(url);
      if (params instanceof GraphQLError) return sendGraphQLError(res, 400, 'BAD_USER_INPUT', params.message, {}, params.extensions);
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    const response = await yoga.fetch(url.toString(), {
      method: req.method,
      headers,
      body: body && body.length > 0 ? body : undefined,
    });
    if (response.status === 405) return sendDomainError(res, new MethodNotAllowed()); // one wording on every transport
    if (response.status === 415) {
      // Yoga answers an unreadable body with an empty 415; say what it reads.
      return sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON, with "Content-Type: application/json"');
    }
    await sendFetchResponse(res, response);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Routing needs only the path: the Host header is the client's to get wrong.
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request target is not a valid path');
    }
    switch (url.pathname) {
      case '/healthz':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return void res.end('ok');
      case '/readyz':
        try {
          await Promise.all([ping(database.db), bus.ping()]);
          res.writeHead(200, { 'content-type': 'text/plain' });
          return void res.end('ready');
        } catch (error) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          return void res.end(`not ready: ${(error as Error).message}`);
        }
      case '/metrics':
        res.writeHead(200, { 'content-type': services.metrics.registry.contentType });
        return void res.end(await services.metrics.registry.metrics());
      case GRAPHQL_PATH:
        return handleGraphQL(req, res, url);
      default:
        if (url.pathname.startsWith(GRAPHIQL_ASSETS_PATH)) {
          const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
          if (await sendGraphiQLAsset(res, name, req.headers['if-none-match'])) return;
        }
        if (serveWeb) return serveWeb(req, res, () => sendGraphQLError(res, 404, 'NOT_FOUND', 'No such page'));
        if (url.pathname === '/') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return void res.end(PLACEHOLDER_PAGE);
        }
        return sendGraphQLError(res, 404, 'NOT_FOUND', `Nothing at ${url.pathname}; the API is at ${GRAPHQL_PATH}`);
    }
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isConnectionFailure(error)) return sendDomainError(res, unavailable);
      logger.error({ err: error, url: req.url }, 'request failed');
      sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error');
    });
  });
  server.on('upgrade', (req, socket, head) => websocket.handleUpgrade(req, socket, head));

  async function applyRetention(): Promise<void> {
    try {
      const { change_retention_hours } = await getSettings(services);
      await pruneChangesBefore(database.db, new Date(Date.now() - change_retention_hours * 3_600_000));
      await fanout.pruned();
    } catch (error) {
      logger.error({ err: error }, 'change retention failed; retrying on the next round');
    }
  }
  const retentionTimer = setInterval(() => void applyRetention(), RETENTION_EVERY_MS);
  retentionTimer.unref();
  void applyRetention();

  return {
    services,
    async start(port = config.port, host = config.host) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        // A restart brings every client back at once: Node's default backlog (511) would drop the
        // rest of their SYNs, and each retries only after 1, 3, 7 s. The kernel caps it at somaxconn.
        server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve());
      });
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' ? 'localhost' : host;
      return { port: address.port, url: `http://${shownHost}:${address.port}` };
    },
    async stop() {
      clearInterval(retentionTimer);
      await Promise.all([services.runner.stop(), services.proxyHealth.stop()]);
      services.typing.stop();
      services.sessions.stop();
      services.presence.stop();
      services.sockets.stop();
      await websocket.close();
      sseKeepAlive.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await fanout.stop();
      await hub.stop();
      metrics.stop();
      services.rateLimits.close();
      await bus.close();
      await database.close();
    },
    async pruneChanges(cutoff) {
      const deleted = await pruneChangesBefore(database.db, cutoff);
      await fanout.pruned();
      return deleted;
    },
  };
}
