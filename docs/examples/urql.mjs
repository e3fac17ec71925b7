// urql in Node with its default fetch options: queries come back as JSON, subscriptions go over graphql-ws.
import { Client, fetchExchange, subscriptionExchange, gql } from '@urql/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL;
const authorization = `Bearer ${process.env.PULSEGRAPH_KEY}`;

// A silent network (Wi-Fi gone, a laptop asleep) closes nothing: ping every 10 s, and end a socket whose
// ping is not answered within 5 s (terminate: a close handshake would wait on the same silence); graphql-ws reconnects.
let pongDue;
const sockets = createClient({
  url: `${url.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: { authorization },
  keepAlive: 10_000,
  retryAttempts: Infinity,
  on: {
    ping: (received) => received || (pongDue = setTimeout(() => sockets.terminate(), 5_000)),
    pong: (received) => received && clearTimeout(pongDue),
    closed: () => clearTimeout(pongDue),
  },
});
const client = new Client({
  url: `${url}/graphql`,
  fetchOptions: { headers: { authorization } },
  exchanges: [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
});

const start = await client.query(gql`query Start { me { id } changeCursor }`, {}).toPromise();
if (start.error) throw start.error;
console.log(JSON.stringify({ me: start.data.me }));

const next = await new Promise((resolve) => {
  const { unsubscribe } = client
    .subscription(gql`subscription Personas($after: String) { changes(after: $after, topics: [PERSONA]) { cursor op entityId } }`, {
      after: start.data.changeCursor,
    })
    .subscribe((result) => {
      unsubscribe();
      resolve(result);
    });
});
if (next.error) throw next.error;
console.log(JSON.stringify({ change: next.data.changes }));
await sockets.dispose();
