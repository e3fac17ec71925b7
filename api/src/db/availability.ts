/**
 * Whether an error means "the database cannot be reached right now" (a refused or reset connection,
 * a terminated backend, a server shutting down or starting up) rather than anything about the
 * statement. Such an error is weather: the caller answers UNAVAILABLE or waits and tries again.
 */
export function isConnectionFailure(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; cause = underlying(cause), depth++) {
    const { code, message, extensions } = cause as { code?: unknown; message?: unknown; extensions?: { code?: unknown } };
    if (extensions?.code === 'UNAVAILABLE') return true;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('08') || SERVER_GONE_CODES.has(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** graphql-js keeps a resolver's error as `originalError`; other wrappers use `cause`. */
function underlying(error: unknown): unknown {
  const { originalError, cause } = error as { originalError?: unknown; cause?: unknown };
  return originalError ?? cause;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections (SQLSTATE class 08 is connection_exception).
const SERVER_GONE_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres reports a dropped socket or a pool that cannot connect in time by message only.
const CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /Client has encountered a connection error and is not queryable/,
  /Client was closed and is not queryable/,
  /terminating connection due to/,
];

const RETRY_START_MS = 250;
const RETRY_MAX_MS = 5_000;

export interface RetryOptions {
  /** Checked before each wait and try: true stops retrying and rethrows the last failure. */
  giveUp?: () => boolean;
  /** Told of each failure that is waited out (log the first, say). */
  onWait?: (error: unknown, attempt: number) => void;
}

/**
 * Runs `work` until it succeeds or fails for a reason other than the connection, waiting longer
 * (up to 5 s) between tries: the long-lived parts use it to wait out a database outage.
 */
export async function untilAvailable<T>(work: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isConnectionFailure(error) || options.giveUp?.()) throw error;
      options.onWait?.(error, attempt);
      await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MAX_MS, RETRY_START_MS * 2 ** (attempt - 1))));
      if (options.giveUp?.()) throw error;
    }
  }
}
