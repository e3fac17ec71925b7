import { applyPatch, type Operation } from 'fast-json-patch';
import { Kind, type DocumentNode } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
// The server's close codes, from the one table both sides read.
import { CloseCodes } from '../../../api/src/transport/close-codes';
import { cacheExchange } from './cache';
import { getStreamStatus, setStreamStatus } from './status';

/** Seconds to wait before asking again, when an operation was refused with RATE_LIMITED. */
function rateLimitedFor(error: unknown): number | undefined {
  const errors = Array.isArray(error) ? (error as Array<{ extensions?: { code?: unknown; retryAfterSeconds?: unknown } }>) : [];
  const refusal = errors.find((e) => e.extensions?.code === 'RATE_LIMITED');
  if (!refusal) return undefined;
  const seconds = Number(refusal.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 1;
}

const GRAPHQL_PATH = '/graphql';
/** A silent network (Wi-Fi gone, a laptop asleep) closes nothing: a ping unanswered this long ends the socket, so the header leaves Live within 10 s. */
const PING_EVERY_MS = 5_000;
const PONG_WITHIN_MS = 5_000;

export function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

/**
 * One client per signed-in session: queries and mutations over HTTP, subscriptions over one
 * graphql-ws socket that reconnects forever. The `changes` subscription resumes after the last
 * cursor it saw on every reconnect, so a dropped network loses nothing.
 */
export function createUrqlClient(token: string, onUnauthorized: () => void): Client {
  let pongDue: number | undefined;
  const ws = createWsClient({
    url: wsUrl(),
    connectionParams: { authorization: `Bearer ${token}` },
    keepAlive: PING_EVERY_MS,
    retryAttempts: Infinity,
    shouldRetry: (event) => (event as CloseEvent | undefined)?.code !== CloseCodes.SESSION_ENDED,
    // Back off up to 10 s between attempts; this waits to reconnect, it never fetches data.
    retryWait: (retries) => new Promise((resolve) => window.setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
    // The header follows this socket alone: a window's online/offline events say nothing about whether it survived.
    on: {
      connecting: () => {
        // Without a network every retry fails: say Offline, not one more "Reconnecting".
        if (!navigator.onLine) return setStreamStatus({ state: 'offline' });
        const previous = getStreamStatus();
        setStreamStatus({
          state: previous.state === 'connecting' && previous.attempt === 0 ? 'connecting' : 'reconnecting',
          attempt: previous.state === 'live' ? 1 : previous.attempt + 1,
        });
      },
      connected: () => setStreamStatus({ state: 'live', attempt: 0 }),
      ping: (received) => {
        if (received) return;
        window.clearTimeout(pongDue);
        // terminate(), not close(): a close handshake cannot finish on a silent network, and graphql-ws
        // would wait for it before reporting the close and retrying; terminate reports it now (4499) and retries.
        pongDue = window.setTimeout(() => ws.terminate(), PONG_WITHIN_MS);
      },
      pong: (received) => {
        if (received) window.clearTimeout(pongDue);
      },
      closed: (event) => {
        window.clearTimeout(pongDue);
        if ((event as CloseEvent | undefined)?.code === CloseCodes.SESSION_ENDED) onUnauthorized();
        setStreamStatus({ state: navigator.onLine ? 'reconnecting' : 'offline' });
      },
    },
  });

  return new Client({
    url: GRAPHQL_PATH,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      cacheExchange,
      // Before fetchExchange, which would answer a live query once over HTTP.
      subscriptionExchange({
        // A live query (`query … @live`) streams over the socket like a subscription: each answer replaces the last.
        isSubscriptionOperation: (operation) => operation.kind === 'subscription' || (operation.kind === 'query' && isLive(operation.query)),
        forwardSubscription(request, operation) {
          // graphql-ws re-sends this same payload object on every reconnect, so moving
          // `variables.after` forward makes each resubscription resume after the last change
          // (or, for a live query, the last answer) seen.
          const live = operation.kind === 'query';
          const payload = { query: request.query ?? '', variables: { ...request.variables } as Record<string, unknown> };
          const tracksCursor = 'after' in payload.variables;
          return {
            subscribe(sink) {
              let unsubscribe = () => {};
              let resend: number | undefined;
              let ended = false;
              /** A live query's answer as last received: `@live(patches: true)` sends the next as a patch to it. */
              let held: unknown;
              const start = () => {
                unsubscribe = ws.subscribe(payload, {
                  next(result) {
                    if (live) {
                      const { cursor, patch } = (result.extensions ?? {}) as { cursor?: string; patch?: Operation[] };
                      if (patch) {
                        if (held === undefined) return; // cannot happen: a patch follows the answer it applies to
                        held = applyPatch(held, patch, false, false).newDocument;
                        result = { ...result, data: held as Record<string, unknown> };
                      } else held = result.data;
                      if (cursor) payload.variables.after = cursor;
                    } else {
                      const cursor = (result.data as { changes?: { cursor?: string } } | undefined)?.changes?.cursor;
                      if (tracksCursor && cursor) {
                        payload.variables.after = cursor;
                        setStreamStatus({ cursor, lastChangeAt: Date.now() });
                      }
                    }
                    sink.next(result as never);
                  },
                  error(error) {
                    // Refused for now (a reconnect storm spent the budget): ask again when told to, on the same socket.
                    const wait = rateLimitedFor(error);
                    if (wait !== undefined && !ended) resend = window.setTimeout(start, wait * 1000);
                    else sink.error(error);
                  },
                  complete: () => sink.complete(),
                });
              };
              start();
              return {
                unsubscribe() {
                  ended = true;
                  window.clearTimeout(resend);
                  unsubscribe();
                },
              };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });
}

/** Whether a query document asks to be kept live (`query … @live`). */
function isLive(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query' && (definition.directives ?? []).some((directive) => directive.name.value === 'live'),
  );
}
