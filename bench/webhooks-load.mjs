// Load generator for the webhook benchmark: a local receiver (keep-alive HTTP) for every endpoint
// and one WebSocket subscriber of the same changes, then keyword-set updates at a fixed rate. For
// every delivery: the time from sending the mutation to receiving it, by webhook and by WebSocket.
//
//   node bench/webhooks-load.mjs HOST:PORT ENDPOINTS RATE SECONDS
import { createServer, Agent, request } from 'node:http';
import WebSocket from 'ws';

const [host, endpointsArg, rateArg, secondsArg] = process.argv.slice(2);
const ENDPOINTS = Number(endpointsArg);
const RATE = Number(rateArg);
const SECONDS = Number(secondsArg);
const httpUrl = `http://${host}/graphql`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

function post(query, variables, token) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(httpUrl, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const parsed = JSON.parse(text);
        if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
        else resolve(parsed.data);
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sentAt = new Map();
const hookLatencies = [];
const wsLatencies = [];
let hookDelivered = 0;
let wsDelivered = 0;
let lastHookAt = 0;

const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const at = body.indexOf('"bench-');
    const sent = at < 0 ? undefined : sentAt.get(body.slice(at + 1, body.indexOf('"', at + 1)));
    if (sent !== undefined) {
      hookDelivered++;
      lastHookAt = performance.now();
      hookLatencies.push(lastHookAt - sent);
    }
    res.writeHead(204).end();
  });
});
receiver.keepAliveTimeout = 60_000;
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${receiver.address().port}/hooks`;

const { signUp } = await post('mutation($input: SignUpInput!) { signUp(input: $input) { token } }', {
  input: { email: `hooks-${Date.now()}@bench.dev`, password: 'bench-password', displayName: 'Bench' },
});
const token = signUp.token;
const { createKeywordSet } = await post('mutation { createKeywordSet(input: { name: "start", rules: [{ pattern: "x", kind: STRING }] }) { id } }', undefined, token);
const { createApiKey } = await post('mutation { createApiKey(input: { name: "bench", capabilities: { read: true, write: false } }) { apiKey { id } } }', undefined, token);
const query = 'subscription { changes(topics: [KEYWORD_SET]) { cursor ... on KeywordSetChange { keywordSet { name } } } }';
for (let i = 0; i < ENDPOINTS; i++) {
  await post('mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }', { input: { apiKeyId: createApiKey.apiKey.id, url: `${receiverUrl}/${i}`, query } }, token);
}

const socket = new WebSocket(`ws://${host}/graphql`, 'graphql-transport-ws');
await new Promise((resolve) => {
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
  socket.on('message', (raw) => {
    const text = raw.toString();
    if (text.includes('"type":"connection_ack"')) {
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      setTimeout(resolve, 300);
    } else if (text.includes('"type":"next"')) {
      const at = text.indexOf('"bench-');
      const sent = at < 0 ? undefined : sentAt.get(text.slice(at + 1, text.indexOf('"', at + 1)));
      if (sent !== undefined) {
        wsDelivered++;
        wsLatencies.push(performance.now() - sent);
      }
    }
  });
});
await sleep(2_000); // every endpoint leased and idle

const total = RATE * SECONDS;
const started = performance.now();
const writes = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / RATE;
  const wait = due - performance.now();
  if (wait > 0) await sleep(wait);
  const marker = `bench-${i}`;
  sentAt.set(marker, performance.now());
  writes.push(post('mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }', { id: createKeywordSet.id, name: marker }, token));
}
await Promise.all(writes);
const expected = total * ENDPOINTS;
const deadline = performance.now() + 60_000;
while ((hookDelivered < expected || wsDelivered < total) && performance.now() < deadline) await sleep(50);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : null;
};
console.log(
  JSON.stringify({
    endpoints: ENDPOINTS,
    changesPerSecond: RATE,
    seconds: SECONDS,
    webhook: {
      expected,
      delivered: hookDelivered,
      lost: expected - hookDelivered,
      postsPerSecond: Math.round(hookDelivered / ((lastHookAt - started) / 1000)),
      latencyMs: { p50: percentile(hookLatencies, 50), p99: percentile(hookLatencies, 99), max: percentile(hookLatencies, 100) },
    },
    websocket: { expected: total, delivered: wsDelivered, latencyMs: { p50: percentile(wsLatencies, 50), p99: percentile(wsLatencies, 99), max: percentile(wsLatencies, 100) } },
  }),
);
socket.close();
receiver.close();
process.exit(0);
