/**
 * Every WebSocket close code the server sends, with what a client should do about it. The web
 * client imports this table too (web/src/urql/client.ts), so both sides read the same numbers.
 * graphql-ws's own codes (4400 bad message, 4403 forbidden, 4408 init timeout, 4409 duplicate
 * id, 4429 too many init requests, 4500 internal) keep graphql-ws's meanings.
 */
export const CloseCodes = {
  /** The server is shutting down (RFC 6455 "Going Away"): reconnect and resume. */
  GOING_AWAY: 1001,
  /** The database was out of reach while the connection started (RFC 6455 "Try Again Later"): reconnect shortly. */
  TRY_AGAIN_LATER: 1013,
  /** graphql-ws's Unauthorized: no token, or an unknown one, at connection_init. Sign in; do not retry as is. */
  UNAUTHORIZED: 4401,
  /** The session was signed out or expired, or the API key was revoked or expired. Do not retry with the same token. */
  SESSION_ENDED: 4401,
  /** Over a rate limit or an API key's delivery budget: reconnect after the seconds in the reason, then resume. */
  RATE_LIMITED: 4290,
  /** A slow consumer fell too far behind: reconnect at once and resume from the last cursor. */
  SLOW_CONSUMER: 4503,
  /** graphql-ws's InternalServerError: a message failed unexpectedly (logged); reconnect and resume. */
  INTERNAL_ERROR: 4500,
} as const;
