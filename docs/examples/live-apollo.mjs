// A live query with Apollo Client 4: a split link sends @live queries (and subscriptions) to
// graphql-ws; watchQuery writes each new answer to the cache and emits it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL;
const authorization = `Bearer ${process.env.PULSEGRAPH_KEY}`;
const waitFor = process.env.PULSEGRAPH_WAIT_FOR; // this demo ends once a persona with this name is listed
const sockets = createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization } });

const overSocket = ({ query }) => {
  const definition = getMainDefinition(query);
  return definition.operation === 'subscription' || Boolean(definition.directives?.some((directive) => directive.name.value === 'live'));
};
const client = new ApolloClient({
  cache: new InMemoryCache(),
  link: ApolloLink.split(overSocket, new GraphQLWsLink(sockets), new HttpLink({ uri: `${url}/graphql`, headers: { authorization } })),
});

const personas = client.watchQuery({ query: gql`query Personas @live { personas(first: 100) { edges { node { id name } } } }` });
await new Promise((resolve, reject) => {
  const subscription = personas.subscribe({
    next: ({ data }) => {
      if (!data?.personas) return;
      const names = data.personas.edges.map((edge) => edge.node.name);
      console.log(JSON.stringify({ names }));
      if (names.includes(waitFor)) {
        subscription.unsubscribe();
        resolve();
      }
    },
    error: reject,
  });
});
client.stop();
await sockets.dispose();
