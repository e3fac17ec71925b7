import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from 'pino';
import { sha256 } from '../digest.js';
import { RateLimited } from '../errors.js';

/** Bucket key: the bearer token (hashed, never kept in memory as is) or, anonymous, the address. */
export function rateLimitKey(token: string | undefined, address: string): string {
  return token ? `t:${sha256(token, 'base64url').slice(0, 22)}` : `ip:${address}`;
}

/**
 * The budgets admission spends (transport/admission.ts). `operations`: each HTTP operation and
 * WebSocket subscribe of a session, per token (per address when anonymous or when the token is
 * refused). `resumes`: each reconnect of a valid token and each `changes` subscription that
 * resumes from a cursor, per token, so a fleet of clients coming back after a restart is not
 * turned away by the budget meant for abuse. `apiKeyRequests` and `apiKeyDeliveries`: an API
 * key's own request budget and the changes its streams may receive per window. With Redis every
 * budget is shared by every instance; while Redis is out of reach each instance counts on its own.
 */
export interface RateLimits {
  operations: RateLimiterAbstract;
  resumes: RateLimiterAbstract;
  apiKeyRequests: RateLimiterAbstract;
  apiKeyDeliveries: RateLimiterAbstract;
  close(): void;
}

export interface RateLimitOptions {
  points: number;
  resumePoints: number;
  apiKeyPoints: number;
  apiKeyDeliveryPoints: number;
  windowSeconds: number;
  redisUrl?: string;
  /** Prefixes the shared buckets' keys (`<namespace>:rl:…`). */
  redisNamespace: string;
}

export function createRateLimits(options: RateLimitOptions, logger: Logger): RateLimits {
  const memory = (points: number) => new RateLimiterMemory({ points, duration: options.windowSeconds });
  if (!options.redisUrl) {
    return {
      operations: memory(options.points),
      resumes: memory(options.resumePoints),
      apiKeyRequests: memory(options.apiKeyPoints),
      apiKeyDeliveries: memory(options.apiKeyDeliveryPoints),
      close() {},
    };
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
    operations: shared(`${options.redisNamespace}:rl:ops`, options.points),
    resumes: shared(`${options.redisNamespace}:rl:resume`, options.resumePoints),
    apiKeyRequests: shared(`${options.redisNamespace}:rl:key`, options.apiKeyPoints),
    apiKeyDeliveries: shared(`${options.redisNamespace}:rl:key-deliveries`, options.apiKeyDeliveryPoints),
    close: () => client.disconnect(),
  };
}

/** Where a budget stands after a request spent from it, for the RateLimit headers. */
export interface BudgetState {
  /** The policy's name in the headers. */
  policy: string;
  limit: number;
  remaining: number;
  /** Seconds until the window turns. */
  resetSeconds: number;
  windowSeconds: number;
}

/**
 * Takes one point. Within budget: where the budget stands. Over it: the RATE_LIMITED error to
 * answer with (its retry seconds from the window), beside the same state.
 */
export async function spend(
  limiter: RateLimiterAbstract,
  key: string,
  policy: string,
): Promise<{ state: BudgetState; refused?: RateLimited }> {
  try {
    return { state: budgetState(limiter, policy, await limiter.consume(key)) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const state = budgetState(limiter, policy, rejection);
    return { state, refused: new RateLimited(state.resetSeconds) };
  }
}

function budgetState(limiter: RateLimiterAbstract, policy: string, res: RateLimiterRes): BudgetState {
  return {
    policy,
    limit: limiter.points,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
    windowSeconds: limiter.duration,
  };
}

/** The IETF httpapi draft's RateLimit-Policy and RateLimit header values for one budget. */
export function rateLimitHeaders(state: BudgetState): Record<string, string> {
  return {
    'RateLimit-Policy': `"${state.policy}";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"${state.policy}";r=${state.remaining};t=${state.resetSeconds}`,
  };
}
