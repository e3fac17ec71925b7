// A live query over plain graphql-ws: each payload is the whole answer and the cursor it is consistent with.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL;
const waitFor = process.env.PULSEGRAPH_WAIT_FOR; // this demo ends once a persona with this name is listed
const client = createClient({
  url: `${url.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${process.env.PULSEGRAPH_KEY}` },
});

// `variables` is the object graphql-ws sends again on every reconnect: keeping the last cursor in it
// makes a reconnect resume (nothing is sent while the answer is still the one you hold).
const variables = { after: null };
await new Promise((resolve, reject) => {
  const stop = client.subscribe(
    { query: 'query Personas($after: String) @live(after: $after) { personas(first: 100) { edges { node { id name } } } }', variables },
    {
      next: (answer) => {
        if (answer.errors) return reject(new Error(JSON.stringify(answer.errors)));
        variables.after = answer.extensions.cursor;
        const names = answer.data.personas.edges.map((edge) => edge.node.name);
        console.log(JSON.stringify({ cursor: answer.extensions.cursor, names }));
        if (names.includes(waitFor)) {
          stop();
          resolve();
        }
      },
      error: reject,
      complete: resolve,
    },
  );
});
await client.dispose();
