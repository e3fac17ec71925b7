import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import { RateLimited } from '../errors.js';

/** Bucket key: the bearer token (hashed, never kept in memory as is) or, anonymous, the address. */
export function rateLimitKey(token: string | undefined, address: string): string {
  return token ? `t:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}` : `ip:${address}`;
}

/**
 * The two budgets every transport spends. `operations`: each HTTP operation and WebSocket
 * subscribe, per token (per address when anonymous or when the token is refused). `resumes`: each
 * reconnect of a valid token and each `changes` subscription that resumes from a cursor, per
 * token, so a fleet of clients coming back after a restart is not turned away by the budget meant
 * for abuse. With Redis both are shared by every instance; while Redis is out of reach each
 * instance counts on its own.
 */
export interface RateLimits {
  operations: RateLimiterAbstract;
  resumes: RateLimiterAbstract;
  close(): void;
}

export function createRateLimits(
  options: { points: number; resumePoints: number; windowSeconds: number; redisUrl?: string },
  logger: Logger,
): RateLimits {
  const memory = (points: number) => new RateLimiterMemory({ points, duration: options.windowSeconds });
  if (!options.redisUrl) {
    return { operations: memory(options.points), resumes: memory(options.resumePoints), close() {} };
  }
  // No offline queue: while Redis is away a call fails at once and the in-memory insurance answers.
  const client = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let warned = false;
  client.on('error', (error: Error) => {
    if (!warned) logger.warn({ err: error }, 'the rate-limit store is out of reach; each instance counts on its own meanwhile');
    warned = true;
  });
  client.on('ready', () => (warned = false));
  const shared = (keyPrefix: string, points: number) =>
    new RateLimiterRedis({ storeClient: client, keyPrefix, points, duration: options.windowSeconds, insuranceLimiter: memory(points) });
  return {
    operations: shared('pulsegraph:rl:ops', options.points),
    resumes: shared('pulsegraph:rl:resume', options.resumePoints),
    close: () => client.disconnect(),
  };
}

/**
 * Takes one point for a transport; when the bucket is empty, counts the refusal on
 * `pulsegraph_rate_limited_total{transport}` and returns the RATE_LIMITED error to answer with.
 */
export async function refusal(
  limiter: RateLimiterAbstract,
  key: string,
  metrics: { rateLimited: { inc(labels: { transport: string }): void } },
  transport: 'http' | 'websocket',
): Promise<RateLimited | undefined> {
  try {
    await takeToken(limiter, key);
    return undefined;
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    metrics.rateLimited.inc({ transport });
    return error;
  }
}

/** Takes one point; throws RATE_LIMITED with the seconds to wait when the bucket is empty. */
export async function takeToken(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}
