// A live query whose new answers come as JSON Patches (RFC 6902) to the answer you hold: plain
// graphql-ws, and fast-json-patch to apply them. The first answer (and one after a reset) is whole.
import { createClient } from 'graphql-ws';
import jsonPatch from 'fast-json-patch';
import WebSocket from 'ws';

const url = process.env.PULSEGRAPH_URL;
const waitFor = process.env.PULSEGRAPH_WAIT_FOR; // this demo ends once a persona with this name is listed
const client = createClient({
  url: `${url.replace(/^http/, 'ws')}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${process.env.PULSEGRAPH_KEY}` },
});

const variables = { after: null };
let data; // the answer you hold: a patch applies to it, and only to it
await new Promise((resolve, reject) => {
  const stop = client.subscribe(
    { query: 'query Personas($after: String) @live(after: $after, patches: true) { personas(first: 100) { edges { node { id name } } } }', variables },
    {
      next: (answer) => {
        if (answer.errors) return reject(new Error(JSON.stringify(answer.errors)));
        const { cursor, patch } = answer.extensions;
        data = patch ? jsonPatch.applyPatch(data, patch).newDocument : answer.data;
        variables.after = cursor;
        const names = data.personas.edges.map((edge) => edge.node.name);
        console.log(JSON.stringify({ cursor, patch: patch !== undefined, names }));
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
