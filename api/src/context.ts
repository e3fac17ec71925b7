import type { Logger } from 'pino';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type { ChangeBus } from './changes/bus.js';
import type { ChangeSink, FanOut, Framer } from './changes/fanout.js';
import type { ChangeHub } from './changes/hub.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { Unauthenticated } from './errors.js';
import type { Metrics } from './metrics.js';
import type { CampaignRunner } from './modules/campaigns/runner.js';
import type { TypingRelay } from './modules/chats/typing.js';
import type { PresenceTracker } from './modules/presence/tracker.js';
import type { ProxyHealthChecker } from './modules/proxies/health.js';
import type { SocketRegistry } from './transport/sockets.js';

/** Long-lived parts shared by every request of one server instance. */
export interface Services {
  config: Config;
  database: Database;
  bus: ChangeBus;
  hub: ChangeHub;
  fanout: FanOut;
  logger: Logger;
  metrics: Metrics;
  sockets: SocketRegistry;
  rateLimiter: RateLimiterMemory;
  proxyHealth: ProxyHealthChecker;
  runner: CampaignRunner;
  typing: TypingRelay;
  presence: PresenceTracker;
}

export interface Viewer {
  id: string;
  role: 'ADMIN' | 'MEMBER';
  sessionId: string;
  /** When the session expires (epoch ms): its open streams end then. */
  sessionExpiresAt: number;
}

export interface Context {
  services: Services;
  viewer: Viewer | null;
  /** A token was sent but is unknown, expired or revoked (as opposed to no token at all). */
  tokenRejected?: boolean;
  /** SSE reconnects: the `Last-Event-ID` header, which wins over the `after` argument. */
  lastEventId?: string;
  /** Set by WebSocket and SSE: where a `changes` subscription of this operation writes its frames. */
  live?: LiveTarget;
}

export interface LiveTarget {
  sink: ChangeSink;
  /** Wraps one serialized result for the transport: the graphql-ws `next` of this operation id, or an SSE event with `id:`. */
  framer: Framer;
  /** The operation's variables as the client sent them. */
  variables: Record<string, unknown> | undefined;
}

export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw new Unauthenticated();
  return ctx.viewer;
}
