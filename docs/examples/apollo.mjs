// Apollo Client 4 in Node: queries over HTTP with automatic persisted queries, subscriptions over graphql-ws.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL; // e.g. http://localhost:4000
const authorization = `Bearer ${process.env.PULSEGRAPH_KEY}`; // an API key's secret

const http = new PersistedQueryLink({ sha256: (text) => createHash('sha256').update(text).digest('hex') }).concat(
  new HttpLink({ uri: `${url}/graphql`, headers: { authorization } }),
);
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
const isSubscription = ({ query }) => getMainDefinition(query).operation === 'subscription';
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.split(isSubscription, new GraphQLWsLink(sockets), http) });

// Load what you show and the log's cursor in one query...
const { data } = await client.query({ query: gql`query Start { me { id displayName } changeCursor }` });
console.log(JSON.stringify({ me: data.me }));

// ...then follow the changes from that cursor: nothing committed in between is missed.
const changes = client.subscribe({
  query: gql`subscription Personas($after: String) {
    changes(after: $after, topics: [PERSONA]) { cursor op entityId ... on PersonaChange { persona { id name } } }
  }`,
  variables: { after: data.changeCursor },
});
await new Promise((resolve, reject) => {
  const subscription = changes.subscribe({
    next: ({ data }) => {
      console.log(JSON.stringify({ change: data.changes }));
      subscription.unsubscribe();
      resolve();
    },
    error: reject,
  });
});
client.stop();
await sockets.dispose();
