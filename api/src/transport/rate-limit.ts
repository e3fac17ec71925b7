import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterMemory } from 'rate-limiter-flexible';
import { RateLimited } from '../errors.js';

/** Bucket key: the bearer token (hashed, never kept in memory as is) or, anonymous, the address. */
export function rateLimitKey(token: string | undefined, address: string): string {
  return token ? `t:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}` : `ip:${address}`;
}

/**
 * Takes one point for a transport; when the bucket is empty, counts the refusal on
 * `pulsegraph_rate_limited_total{transport}` and returns the RATE_LIMITED error to answer with.
 */
export async function refusal(
  limiter: RateLimiterMemory,
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
export async function takeToken(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimited(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    }
    throw rejection;
  }
}
