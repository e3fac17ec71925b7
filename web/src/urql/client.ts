import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { cacheExchange } from './cache';
import { getStreamStatus, setStreamStatus } from './status';

const GRAPHQL_PATH = '/graphql';

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
  const ws = createWsClient({
    url: wsUrl(),
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: Infinity,
    shouldRetry: (event) => (event as CloseEvent | undefined)?.code !== 4401,
    // Back off up to 10 s between attempts; this waits to reconnect, it never fetches data.
    retryWait: (retries) => new Promise((resolve) => window.setTimeout(resolve, Math.min(10_000, 500 * 2 ** retries))),
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
      closed: (event) => {
        if ((event as CloseEvent | undefined)?.code === 4401) onUnauthorized();
        setStreamStatus({ state: navigator.onLine ? 'reconnecting' : 'offline' });
      },
    },
  });
  window.addEventListener('offline', () => setStreamStatus({ state: 'offline' }));
  window.addEventListener('online', () => getStreamStatus().state === 'offline' && setStreamStatus({ state: 'reconnecting' }));

  return new Client({
    url: GRAPHQL_PATH,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          // graphql-ws re-sends this same payload object on every reconnect, so moving
          // `variables.after` forward makes each resubscription resume after the last change seen.
          const payload = { query: request.query ?? '', variables: { ...request.variables } as Record<string, unknown> };
          const tracksCursor = 'after' in payload.variables;
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(payload, {
                next(result) {
                  const cursor = (result.data as { changes?: { cursor?: string } } | undefined)?.changes?.cursor;
                  if (tracksCursor && cursor) {
                    payload.variables.after = cursor;
                    setStreamStatus({ cursor, lastChangeAt: Date.now() });
                  }
                  sink.next(result as never);
                },
                error: (error) => sink.error(error),
                complete: () => sink.complete(),
              });
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
