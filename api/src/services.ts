import type { Logger } from 'pino';
import type { ChangeBus } from './changes/bus.js';
import type { FanOut } from './changes/fanout.js';
import type { LiveQueries } from './live/live-queries.js';
import type { ChangeHub } from './changes/hub.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Metrics } from './metrics.js';
import type { UsageMeter } from './modules/apiKeys/usage.js';
import type { Sessions } from './modules/accounts/sessions.js';
import type { CampaignRunner } from './modules/campaigns/runner.js';
import type { TypingRelay } from './modules/chats/typing.js';
import type { DemoLab } from './modules/demoLab/lab.js';
import type { PresenceTracker } from './modules/presence/tracker.js';
import type { ProxyHealthChecker } from './modules/proxies/health.js';
import type { StreamHealthReporter } from './modules/streamHealth/reporter.js';
import type { WebhookDeliverer } from './modules/webhooks/deliverer.js';
import type { Admission } from './transport/admission.js';
import type { RateLimits } from './transport/rate-limit.js';
import type { SocketRegistry } from './transport/sockets.js';

/**
 * Long-lived parts of one server instance, assembled by `createApp`. Resolvers hand each service
 * function this object; a function's own signature names the few parts it uses (a `WriteParts`, the
 * config, a relay), so no module depends on this whole list.
 */
export interface Services {
  config: Config;
  database: Database;
  bus: ChangeBus;
  hub: ChangeHub;
  fanout: FanOut;
  liveQueries: LiveQueries;
  logger: Logger;
  metrics: Metrics;
  sockets: SocketRegistry;
  sessions: Sessions;
  rateLimits: RateLimits;
  admission: Admission;
  /** Which documents are trusted (the web app's, registered at build time), for paths that run a stored document. */
  trustedDocuments: { isTrusted(text: string): boolean };
  apiKeyUsage: UsageMeter;
  proxyHealth: ProxyHealthChecker;
  runner: CampaignRunner;
  typing: TypingRelay;
  presence: PresenceTracker;
  webhooks: WebhookDeliverer;
  streamHealth: StreamHealthReporter;
  /** A demo workspace's DNS and sites on loopback (modules/demoLab); absent elsewhere. */
  demoLab?: DemoLab;
}
