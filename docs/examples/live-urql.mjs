// A live query with urql: queries marked @live go to the subscription exchange (placed before
// fetchExchange, which would answer them once over HTTP); each answer replaces the last.
import { Client, fetchExchange, subscriptionExchange, gql } from '@urql/core';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL;
const authorization = `Bearer ${process.env.PULSEGRAPH_KEY}`;
const waitFor = process.env.PULSEGRAPH_WAIT_FOR; // this demo ends once a persona with this name is listed
const sockets = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization } });

const isLive = (operation) =>
  operation.kind === 'query' && operation.query.definitions.some((definition) => definition.directives?.some((directive) => directive.name.value === 'live'));
const client = new Client({
  url: `${url}/graphql`,
  fetchOptions: { headers: { authorization } },
  exchanges: [
    subscriptionExchange({
      isSubscriptionOperation: (operation) => operation.kind === 'subscription' || isLive(operation),
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
    fetchExchange,
  ],
});

await new Promise((resolve, reject) => {
  const { unsubscribe } = client
    .query(gql`query Personas @live { personas(first: 100) { edges { node { id name } } } }`, {})
    .subscribe((result) => {
      if (result.error) return reject(result.error);
      const names = result.data.personas.edges.map((edge) => edge.node.name);
      console.log(JSON.stringify({ cursor: result.extensions?.cursor, names }));
      if (names.includes(waitFor)) {
        unsubscribe();
        resolve();
      }
    });
});
await sockets.dispose();
