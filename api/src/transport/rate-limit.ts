import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterMemory } from 'rate-limiter-flexible';
import { RateLimited } from '../errors.js';

/** Bucket key: the bearer token (hashed, never kept in memory as is) or, anonymous, the address. */
export function rateLimitKey(token: string | undefined, address: string): string {
  return token ? `t:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}` : `ip:${address}`;
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
