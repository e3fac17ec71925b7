// graphql-sse (distinct connections mode, its default): every operation is its own event stream.
import { createClient } from 'graphql-sse';

// A silent network (Wi-Fi gone, a laptop asleep) closes nothing. The server writes a comment every 15 s,
// so 35 s without a byte means the stream is gone: abort it; graphql-sse reconnects, with Last-Event-ID.
const SILENCE_MS = 35_000;
let lastCursor; // the cursor of the last change processed

async function fetchWatched(url, init) {
  const silence = new AbortController();
  let timer = setTimeout(() => silence.abort(), SILENCE_MS);
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => silence.abort(), SILENCE_MS);
  };
  init.signal.addEventListener('abort', () => clearTimeout(timer));
  const response = await fetch(url, { ...init, signal: AbortSignal.any([init.signal, silence.signal]) }).catch((error) => {
    clearTimeout(timer);
    throw error;
  });
  heard();
  const body = response.body?.pipeThrough(
    new TransformStream({ transform: (chunk, stream) => (heard(), stream.enqueue(chunk)), flush: () => clearTimeout(timer) }),
  );
  return new Response(body, response);
}

const client = createClient({
  url: `${process.env.PULSEGRAPH_URL}/graphql`,
  headers: () => ({ authorization: `Bearer ${process.env.PULSEGRAPH_KEY}`, ...(lastCursor && { 'last-event-id': lastCursor }) }),
  fetchFn: fetchWatched,
  retryAttempts: Infinity,
});

for await (const result of client.iterate({ query: '{ me { id } changeCursor }' })) {
  console.log(JSON.stringify({ me: result.data.me }));
  const changes = client.iterate({
    query: 'subscription ($after: String) { changes(after: $after, topics: [PERSONA]) { cursor op entityId } }',
    variables: { after: result.data.changeCursor },
  });
  for await (const change of changes) {
    lastCursor = change.data.changes.cursor;
    console.log(JSON.stringify({ change: change.data.changes }));
    break; // leaving the loop ends the stream
  }
}
client.dispose();
