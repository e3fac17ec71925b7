// Load generator: opens N graphql-ws subscribers, sends keyword-set updates at a fixed rate over
// HTTP, and measures for every delivery the time from sending the mutation to receiving the change.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [target, url, subscribers, rate, seconds] = process.argv.slice(2);
const N = Number(subscribers);
const RATE = Number(rate);
const SECONDS = Number(seconds);
const http = `http://${url}/graphql`;
const ws = `ws://${url}/graphql`;

async function post(query, variables, token) {
  const response = await fetch(http, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const pulsegraph = target === 'pulsegraph';
let tokens = [undefined];
let keywordSetId = 'ks-1';
if (pulsegraph) {
  tokens = [];
  for (let i = 0; i < 10; i++) {
    const data = await post(
      'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { email: `bench${i}-${Date.now()}@bench.dev`, password: 'bench-password', displayName: `Bench ${i}` } },
    );
    tokens.push(data.signUp.token);
  }
  const created = await post(
    'mutation { createKeywordSet(input: { name: "start", rules: [{ pattern: "x", kind: STRING }] }) { id } }',
    undefined,
    tokens[0],
  );
  keywordSetId = created.createKeywordSet.id;
}

const subscription = pulsegraph
  ? 'subscription { changes(topics: [KEYWORD_SET]) { cursor ... on KeywordSetChange { keywordSet { id name version } } } }'
  : 'subscription { keywordSetChanged { id name version } }';
const nameOf = (data) => (pulsegraph ? data.changes.keywordSet?.name : data.keywordSetChanged.name);

const sentAt = new Map();
const latencies = [];
let delivered = 0;
let ready = 0;
const clients = [];
await new Promise((resolve) => {
  for (let i = 0; i < N; i++) {
    const token = tokens[i % tokens.length];
    const client = createClient({
      url: ws,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      on: {
        connected: () => {
          if (++ready === N) resolve();
        },
      },
    });
    clients.push(client);
    client.subscribe(
      { query: subscription },
      {
        next: ({ data }) => {
          const sent = sentAt.get(nameOf(data));
          if (sent === undefined) return;
          delivered++;
          latencies.push(performance.now() - sent);
        },
        error: (error) => console.error('subscription error', error),
        complete: () => {},
      },
    );
  }
});
await new Promise((resolve) => setTimeout(resolve, 1000));

const mutation = pulsegraph
  ? 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }'
  : 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, name: $name) { id } }';
const total = RATE * SECONDS;
const started = performance.now();
const writes = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const name = `bench-${i}`;
  sentAt.set(name, performance.now());
  writes.push(post(mutation, { id: keywordSetId, name }, tokens[0]));
}
await Promise.all(writes);
const expected = total * N;
const deadline = performance.now() + 10_000;
while (delivered < expected && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
const elapsed = (performance.now() - started) / 1000;

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? null;
const result = {
  target,
  subscribers: N,
  updatesPerSecond: RATE,
  seconds: SECONDS,
  expectedDeliveries: expected,
  delivered,
  deliveriesPerSecond: Math.round(delivered / elapsed),
  latencyMs: { p50: round(pct(50)), p99: round(pct(99)), max: round(latencies.at(-1)) },
};
function round(value) {
  return value === null || value === undefined ? null : Math.round(value * 10) / 10;
}
console.log(JSON.stringify(result));
for (const client of clients) void client.dispose();
process.exit(0);
