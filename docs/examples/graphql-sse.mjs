// graphql-sse (distinct connections mode, its default): every operation is its own event stream.
import { createClient } from 'graphql-sse';

const client = createClient({
  url: `${process.env.PULSEGRAPH_URL}/graphql`,
  headers: { authorization: `Bearer ${process.env.PULSEGRAPH_KEY}` },
});

for await (const result of client.iterate({ query: '{ me { id } changeCursor }' })) {
  console.log(JSON.stringify({ me: result.data.me }));
  const changes = client.iterate({
    query: 'subscription ($after: String) { changes(after: $after, topics: [PERSONA]) { cursor op entityId } }',
    variables: { after: result.data.changeCursor },
  });
  for await (const change of changes) {
    console.log(JSON.stringify({ change: change.data.changes }));
    break; // leaving the loop ends the stream
  }
}
client.dispose();
