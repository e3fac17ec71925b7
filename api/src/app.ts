import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { pino, type Logger } from 'pino';
import { MemoryBus, RedisBus, type ChangeBus } from './changes/bus.js';
import { FanOut } from './changes/fanout.js';
import { ChangeHub } from './changes/hub.js';
import { pruneChangesBefore } from './changes/log.js';
import { isDemoWorkspace, type Config } from './config.js';
import { Parts } from './parts.js';
import type { Services } from './services.js';
import { openDatabase, ping } from './db/database.js';
import { migrate } from './db/migrations/index.js';
import { Metrics } from './metrics.js';
import { Sessions } from './modules/accounts/sessions.js';
import { apiKeySessionId, isApiKeySecret, viewerOfKey } from './modules/apiKeys/service.js';
import { UsageMeter } from './modules/apiKeys/usage.js';
import { CampaignRunner } from './modules/campaigns/runner.js';
import { chatMemberIds } from './modules/chats/service.js';
import { TypingRelay } from './modules/chats/typing.js';
import { startDemoLab } from './modules/demoLab/service.js';
import { PresenceTracker } from './modules/presence/tracker.js';
import { StreamHealthReporter } from './modules/streamHealth/reporter.js';
import { ProxyHealthChecker } from './modules/proxies/health.js';
import { getSettings } from './modules/settings/service.js';
import { WebhookDeliverer } from './modules/webhooks/deliverer.js';
import { trimDeliveryLogs } from './modules/webhooks/service.js';
import { schema } from './schema.js';
import { createAdmission } from './transport/admission.js';
import { CloseCodes } from './transport/close-codes.js';
import { Documents } from './transport/documents.js';
import { createErrorPolicy } from './transport/error-policy.js';
import type { GraphiQLOptions } from './transport/graphiql.js';
import { createHttpRouter } from './transport/http-router.js';
import { KeepAlive } from './transport/keepalive.js';
import { createRateLimits } from './transport/rate-limit.js';
import { SocketRegistry } from './transport/sockets.js';
import { attachWebSocket } from './transport/websocket.js';
import { createGraphQLEngine } from './transport/yoga.js';

export const GRAPHQL_PATH = '/graphql';
const RETENTION_EVERY_MS = 10 * 60_000;
const SSE_HEARTBEAT_MS = 15_000;
const LISTEN_BACKLOG = 16_384;

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
  /** Applies webhook delivery-log retention now (`WEBHOOK_DELIVERY_LOG_SIZE` per endpoint); returns how many went. */
  trimWebhookDeliveryLogs(): Promise<number>;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** The web app's documents, written by codegen: the trusted documents an API key can be limited to. */
const trustedDocumentsManifest = fileURLToPath(new URL('../../web/src/gql/persisted-documents.json', import.meta.url));

const GRAPHIQL_STARTER = `subscription Live {
  changes {
    __typename
    cursor
    op
    entityId
    ... on PersonaChange { persona { id name kind } }
  }
}
`;
const GRAPHIQL: GraphiQLOptions = {
  title: 'Pulsegraph GraphiQL',
  endpoint: GRAPHQL_PATH,
  defaultQuery: `# Sign in (mutation signIn), then put {"Authorization": "Bearer <token>"} in Headers below.
# Subscriptions run over WebSocket with that token; each event is logged below the editor.
${GRAPHIQL_STARTER}`,
  sessionQuery: `# "Use my session" (above) signs these requests as you, from the web app: run this as it is.
# Untick it to send another token instead, as {"Authorization": "Bearer <token>"} in Headers below.
# Subscriptions run over WebSocket with the same token; each event is logged below the editor.
${GRAPHIQL_STARTER}`,
};

/**
 * The composition root: builds the instance's parts, each with the parts it uses, wires the
 * transports (transport/http-router.ts, transport/websocket.ts) to them, and owns start and stop.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  // Whatever logs here, credentials never reach a log line.
  const logger = (options.logger ?? pino({ level: config.logLevel })).child(
    {},
    { redact: { paths: ['password', '*.password', '*.*.password', '*.*.*.password', 'authorization', '*.authorization'], censor: '[redacted]' } },
  );
  const database = await openDatabase(config.database, {
    // Not `err: error`: pg hangs the whole client (its statements, buffers) on the error; message and code say it all.
    onConnectionError: (error) =>
      logger.warn({ reason: error.message, code: (error as { code?: string }).code }, 'a database connection ended; the pool opens a new one when asked'),
  });
  // Every long-lived part is added once, as it is built: started in that order, stopped in reverse.
  const parts = new Parts(logger);
  parts.add('database', { stop: () => database.close() });
  await migrate(database.db, database.dialect, database.schema);
  const bus: ChangeBus = config.redisUrl ? await RedisBus.connect(config.redisUrl, logger, `${config.redisNamespace}:changes`) : new MemoryBus();
  parts.add('bus', { stop: () => bus.close() });
  const hub = new ChangeHub(database.db, bus, logger, options.sweepMs ?? 2000);
  // Started at once: the fan-out and the replay window begin at the log position it reads.
  await hub.start();
  parts.add('hub', { stop: () => hub.stop() });
  const metrics = parts.add('metrics', new Metrics(options.processMetrics ?? false));

  const exposeOrMask = createErrorPolicy(logger);
  const maskChangeError = (error: GraphQLError) => exposeOrMask(error) as GraphQLError;
  const fanout = new FanOut({
    db: database.db,
    hub,
    schema,
    logger,
    metrics,
    maskError: maskChangeError,
    maxSocketBufferBytes: config.limits.maxSocketBufferBytes,
  });
  parts.add('fanout', fanout);

  // Each part gets the parts it uses, built before it; the whole is assembled once, complete.
  const writer = { database, bus, logger, metrics };
  const sockets = parts.add('sockets', new SocketRegistry());
  const sessions = parts.add('sessions', new Sessions(database.db, bus, sockets, { isApiKey: isApiKeySecret, viewerOf: (hash) => viewerOfKey(database.db, hash) }));
  const rateLimits = createRateLimits({ ...config.rateLimit, redisUrl: config.redisUrl, redisNamespace: config.redisNamespace }, logger);
  parts.add('rate limits', { stop: () => rateLimits.close() });
  const apiKeyUsage = new UsageMeter({
    writer,
    logger,
    deliveryBudget: rateLimits.apiKeyDeliveries,
    onOverBudget: (keyId, seconds) =>
      sockets.closeSession(apiKeySessionId(keyId), CloseCodes.RATE_LIMITED, `API key over its delivery budget: resume after ${seconds} s`),
  });
  parts.add('API key usage', apiKeyUsage);
  const admission = createAdmission({ sessions, rateLimits, usage: apiKeyUsage, metrics });
  const documents = Documents.fromManifest(trustedDocumentsManifest, metrics.persistedQueries);
  // Before the seed, which points the demo personas at it.
  const demoLab = isDemoWorkspace(config) ? parts.add('demo lab', await startDemoLab({ ...writer, config })) : undefined;
  const services: Services = {
    config,
    ...writer,
    hub,
    fanout,
    sockets,
    sessions,
    rateLimits,
    admission,
    trustedDocuments: documents,
    apiKeyUsage,
    proxyHealth: parts.add('proxy health', new ProxyHealthChecker({ ...writer, hub }, config.proxyHealth)),
    runner: parts.add('campaign runner', new CampaignRunner({ ...writer, hub })),
    typing: parts.add('typing', new TypingRelay(writer, (chatId) => chatMemberIds(writer, chatId))),
    presence: parts.add('presence', new PresenceTracker(writer, config.presenceGraceMs)),
    webhooks: parts.add('webhooks', new WebhookDeliverer({
      writer,
      sessions,
      documentRules: { schema, limits: config.limits, documents },
      maskError: maskChangeError,
      config: config.webhooks,
      logger,
      context: (viewer) => ({ services, viewer }),
    })),
    streamHealth: parts.add('stream health', new StreamHealthReporter({ bus, metrics, logger }, config.streamHealthIntervalMs)),
    demoLab,
  };
  // A commit anywhere may be something an endpoint waits for.
  let stopWakingWebhooks = () => {};
  parts.add('webhook wake-ups', {
    start: () => void (stopWakingWebhooks = hub.listen(() => services.webhooks.wake())),
    stop: () => stopWakingWebhooks(),
  });

  const { yoga, admitted } = createGraphQLEngine({ schema, services, graphqlPath: GRAPHQL_PATH, limits: config.limits, logger, maskError: exposeOrMask });

  const websocket = attachWebSocket(services, yoga, documents, GRAPHQL_PATH);
  const sseKeepAlive = new KeepAlive<{ beat(): void }>(SSE_HEARTBEAT_MS);
  const sseStreams = new Set<ServerResponse>();
  metrics.observe({
    liveCohorts: () => fanout.cohortCount,
    bufferedBytes: () => websocket.bufferedBytes() + [...sseStreams].reduce((sum, res) => sum + res.writableLength, 0),
  });
  const handleHttp = createHttpRouter({
    services,
    yoga,
    admission,
    documents,
    admitted,
    graphqlPath: GRAPHQL_PATH,
    graphiql: GRAPHIQL,
    webDist: config.webDist ?? defaultWebDist,
    sse: { keepAlive: sseKeepAlive, open: sseStreams },
    ready: async () => void (await Promise.all([ping(database.db), bus.ping()])),
  });
  const server: Server = createServer(handleHttp);
  server.on('upgrade', (req, socket, head) => websocket.handleUpgrade(req, socket, head));
  // Added before the streams it carries, so they stop first: sockets close 1001, SSE streams end.
  parts.add('HTTP server', {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
  parts.add('SSE heartbeats', sseKeepAlive);
  parts.add('WebSocket server', { stop: () => websocket.close() });

  async function pruneChanges(cutoff: Date): Promise<number> {
    const deleted = await pruneChangesBefore(database.db, cutoff);
    await fanout.pruned();
    return deleted;
  }
  const trimWebhookDeliveryLogs = () => trimDeliveryLogs(services, config.webhooks.deliveryLogSize);
  async function applyRetention(): Promise<void> {
    try {
      const { change_retention_hours } = await getSettings(services);
      await pruneChanges(new Date(Date.now() - change_retention_hours * 3_600_000));
      await trimWebhookDeliveryLogs();
    } catch (error) {
      logger.error({ err: error }, 'change retention failed; retrying on the next round');
    }
  }
  let retentionTimer: NodeJS.Timeout | undefined;
  parts.add('change retention', {
    start: () => {
      retentionTimer = setInterval(() => void applyRetention(), RETENTION_EVERY_MS);
      retentionTimer.unref();
      void applyRetention();
    },
    stop: () => clearInterval(retentionTimer),
  });
  await parts.start();

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
    stop: () => parts.stop(),
    pruneChanges,
    trimWebhookDeliveryLogs,
  };
}
