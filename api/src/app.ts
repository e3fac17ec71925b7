import { fileURLToPath } from 'node:url';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { MemoryBus, RedisBus, type ChangeBus } from './changes/bus.js';
import { FanOut } from './changes/fanout.js';
import { ChangeHub } from './changes/hub.js';
import { Retention } from './changes/retention.js';
import { isDemoWorkspace, type Config } from './config.js';
import { LiveQueries } from './live/live-queries.js';
import { openDatabase, ping } from './db/database.js';
import { migrate } from './db/migrations/index.js';
import { redactingLogger } from './logging.js';
import { Metrics } from './metrics.js';
import { rolesIn, Sessions } from './modules/accounts/sessions.js';
import { apiKeySessionId, isApiKeySecret, isApiKeySession, viewerOfKey, viewerOfKeySession } from './modules/apiKeys/service.js';
import { UsageMeter } from './modules/apiKeys/usage.js';
import { CampaignRunner } from './modules/campaigns/runner.js';
import { chatMemberIds } from './modules/chats/service.js';
import { TypingRelay } from './modules/chats/typing.js';
import { startDemoLab } from './modules/demoLab/service.js';
import { PresenceTracker } from './modules/presence/tracker.js';
import { ProxyHealthChecker } from './modules/proxies/health.js';
import { getSettings } from './modules/settings/service.js';
import { StreamHealthReporter } from './modules/streamHealth/reporter.js';
import { WebhookDeliverer } from './modules/webhooks/deliverer.js';
import { trimDeliveryLogs } from './modules/webhooks/service.js';
import { Parts } from './parts.js';
import { schema } from './schema.js';
import type { Services } from './services.js';
import { createAdmission } from './transport/admission.js';
import { Documents } from './transport/documents.js';
import { createErrorPolicy } from './transport/error-policy.js';
import { pulsegraphGraphiQL } from './transport/graphiql.js';
import { createRateLimits } from './transport/rate-limit.js';
import { createTransports } from './transport/server.js';
import { SocketRegistry } from './transport/sockets.js';
import { createGraphQLEngine } from './transport/yoga.js';

export const GRAPHQL_PATH = '/graphql';

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

/**
 * The composition root: builds the instance's parts, each with the parts it uses, wires the
 * transports (transport/http-router.ts, transport/websocket.ts) to them, and owns start and stop.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = redactingLogger(config.logLevel, options.logger);
  const database = await openDatabase(config.database, logger);
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
  const liveQueries = parts.add('live queries', new LiveQueries({ database, schema, hub, logger, metrics, rolesAt: rolesIn, maxSocketBufferBytes: config.limits.maxSocketBufferBytes }));
  const fanout = parts.add('fanout', new FanOut({ db: database.db, hub, schema, logger, metrics, maskError: maskChangeError, maxSocketBufferBytes: config.limits.maxSocketBufferBytes }));
  // Each part gets the parts it uses, built before it; the whole is assembled once, complete.
  const writer = { database, bus, logger, metrics };
  const sockets = parts.add('sockets', new SocketRegistry());
  const sessions = parts.add(
    'sessions',
    new Sessions(
      { db: database.db, bus, commits: hub, sockets, logger },
      {
        isApiKey: isApiKeySecret,
        viewerOf: (hash) => viewerOfKey(database.db, hash),
        sessionIdOf: apiKeySessionId,
        isKeySession: isApiKeySession,
        viewerOfSession: (sessionId) => viewerOfKeySession(database.db, sessionId),
      },
    ),
  );
  const rateLimits = createRateLimits({ ...config.rateLimit, redisUrl: config.redisUrl, redisNamespace: config.redisNamespace }, logger);
  parts.add('rate limits', { stop: () => rateLimits.close() });
  const apiKeyUsage = parts.add('API key usage', new UsageMeter({ writer, logger, deliveryBudget: rateLimits.apiKeyDeliveries, sockets }));
  const admission = createAdmission({ sessions, rateLimits, usage: apiKeyUsage, metrics });
  const documents = Documents.fromManifest(trustedDocumentsManifest, metrics.persistedQueries);
  // Before the seed, which points the demo personas at it.
  const demoLab = isDemoWorkspace(config) ? parts.add('demo lab', await startDemoLab({ ...writer, config })) : undefined;
  const services: Services = {
    config,
    ...writer,
    hub,
    fanout,
    liveQueries,
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
      commits: hub,
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
  const { yoga, admitted } = createGraphQLEngine({ schema, services, graphqlPath: GRAPHQL_PATH, limits: config.limits, logger, maskError: exposeOrMask });

  const transports = createTransports(parts, {
    services,
    yoga,
    admitted,
    documents,
    graphqlPath: GRAPHQL_PATH,
    graphiql: pulsegraphGraphiQL(GRAPHQL_PATH),
    webDist: config.webDist ?? defaultWebDist,
    ready: async () => void (await Promise.all([ping(database.db), bus.ping()])),
  });

  const trimWebhookDeliveryLogs = () => trimDeliveryLogs(services, config.webhooks.deliveryLogSize);
  const hoursToKeep = async () => (await getSettings(services)).change_retention_hours;
  const retention = parts.add('change retention', new Retention({ db: database.db, fanout, hoursToKeep, trimWebhookDeliveryLogs, logger }));
  await parts.start();

  return {
    services,
    start: (port = config.port, host = config.host) => transports.listen(port, host),
    stop: () => parts.stop(),
    pruneChanges: (cutoff) => retention.pruneChanges(cutoff),
    trimWebhookDeliveryLogs,
  };
}
