// Load generator for the fan-out benchmark. Opens N WebSocket subscribers speaking
// graphql-transport-ws directly on `ws` (a lean client, so the generator is not the bottleneck),
// sends updates over HTTP at a fixed rate, and measures for every delivery the time from sending
// the mutation to receiving the change. Prints one JSON line.
//
//   node bench/fanout-load.mjs TARGET HOST:PORT SERVER_PID SUBSCRIBERS RATE SECONDS [mixed]
//
// TARGET: pulsegraph | graphql-ws | raw-ws. `mixed` (Pulsegraph only): the subscribers belong to
// 200 users, 5 sockets each, and every second change is a private chat message between two users.
// `keys` (Pulsegraph only): each user's subscribers authenticate with an API key of that user, so
// every delivery is metered (counted as usage and charged to the key's delivery budget).
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import WebSocket from 'ws';

const [target, host, serverPid, subscribers, rate, seconds, mode] = process.argv.slice(2);
const N = Number(subscribers);
const RATE = Number(rate);
const SECONDS = Number(seconds);
const MIXED = mode === 'mixed';
const KEYS = mode === 'keys';
const USERS = MIXED ? 200 : 10;
const SOCKETS_PER_USER_IN_MIXED = 5;
const httpUrl = `http://${host}/graphql`;
const wsUrl = `ws://${host}/graphql`;
const pulsegraph = target === 'pulsegraph';

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${serverPid}/status`, 'utf8'))[1]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A few keep-alive connections, as a real client pool would use; a saturated server queues them
// instead of being flooded with new connections.
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
function post(query, variables, token, retried = false) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      httpUrl,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text);
          if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
          else resolve(parsed.data);
        });
      },
    );
    req.on('error', (error) => {
      // A kept-alive socket the server closed while idle: the request never reached it (Node's advice: retry).
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(post(query, variables, token, true));
      else reject(error);
    });
    req.end(body);
  });
}

// --- setup: accounts, a keyword set, and (mixed) 100 chats of two connected users
const users = [];
let keywordSetId = 'ks-1';
const chats = [];
if (pulsegraph) {
  const stamp = Date.now();
  for (let i = 0; i < USERS; i++) {
    const { signUp } = await post('mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }', {
      input: { email: `bench${i}-${stamp}@bench.dev`, password: 'bench-password', displayName: `Bench ${i}` },
    });
    const user = { token: signUp.token, id: signUp.user.id, subscribeToken: signUp.token };
    if (KEYS) {
      const { createApiKey } = await post('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }', {
        input: { name: `bench ${i}`, capabilities: { read: true, write: false } },
      }, signUp.token);
      user.subscribeToken = createApiKey.secret;
    }
    users.push(user);
  }
  const created = await post(
    'mutation { createKeywordSet(input: { name: "start", rules: [{ pattern: "x", kind: STRING }] }) { id } }',
    undefined,
    users[0].token,
  );
  keywordSetId = created.createKeywordSet.id;
  if (MIXED) {
    for (let i = 0; i + 1 < USERS; i += 2) {
      const [a, b] = [users[i], users[i + 1]];
      const { sendConnectionRequest } = await post('mutation($id: ID!) { sendConnectionRequest(userId: $id) { id } }', { id: b.id }, a.token);
      await post('mutation($id: ID!) { acceptConnectionRequest(id: $id) { id } }', { id: sendConnectionRequest.id }, b.token);
      const { createChat } = await post('mutation($ids: [ID!]!) { createChat(input: { memberIds: $ids }) { id } }', { ids: [b.id] }, a.token);
      chats.push({ id: createChat.id, sender: a });
    }
  }
}

const subscription = pulsegraph
  ? MIXED
    ? 'subscription { changes(topics: [KEYWORD_SET, MESSAGE]) { cursor ... on KeywordSetChange { keywordSet { id name version } } ... on MessageChange { message { id body chatId } } } }'
    : 'subscription { changes(topics: [KEYWORD_SET]) { cursor ... on KeywordSetChange { keywordSet { id name version } } } }'
  : 'subscription { keywordSetChanged { id name version } }';

// --- subscribers
const sentAt = new Map();
const latencies = [];
let delivered = 0;
let lastDeliveryAt = 0;
const closes = {};
const errors = [];
const sockets = [];

function subscribe(token) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    sockets.push(socket);
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })),
    );
    socket.on('message', (raw) => {
      const text = raw.toString();
      // Deliveries are read by their marker alone, so the generator stays cheap per message.
      if (text.includes('"type":"next"')) {
        const at = text.indexOf('"bench-');
        if (at < 0) return;
        const sent = sentAt.get(text.slice(at + 1, text.indexOf('"', at + 1)));
        if (sent === undefined) return;
        delivered++;
        lastDeliveryAt = performance.now();
        latencies.push(lastDeliveryAt - sent);
        return;
      }
      const message = JSON.parse(text);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: subscription } }));
        resolve();
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      } else if (message.type === 'error') {
        errors.push(message.payload);
      }
    });
    socket.on('error', reject);
    socket.on('close', (code) => (closes[code] = (closes[code] ?? 0) + 1));
  });
}

// RSS per idle subscriber: the slope of the server's RSS against the number of subscribers (least
// squares over samples taken every tenth of them, second half only). The first half absorbs memory
// the process had already freed (setup, warm-up), and a slope is steadier than two readings.
const owners = [];
const samples = [];
const step = Math.max(1, Math.floor(N / 10));
for (let i = 0; i < N; i++) {
  if (i >= N / 2 && i % step === 0) {
    await sleep(300);
    samples.push([i, rssKb()]);
  }
  const owner = MIXED ? Math.floor(i / SOCKETS_PER_USER_IN_MIXED) % USERS : i % Math.max(1, users.length);
  owners.push(owner);
  await subscribe(users[owner]?.subscribeToken);
}
await sleep(2000);
samples.push([N, rssKb()]);
const meanX = samples.reduce((sum, [x]) => sum + x, 0) / samples.length;
const meanY = samples.reduce((sum, [, y]) => sum + y, 0) / samples.length;
const rssSlopeKb =
  samples.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / samples.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);

// --- load
const mutation = pulsegraph
  ? 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }'
  : 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, name: $name) { id } }';
const sendMessage = 'mutation($chatId: ID!, $body: String!) { sendMessage(chatId: $chatId, body: $body) { id } }';
const socketsPerUser = new Map();
for (const owner of owners) socketsPerUser.set(owner, (socketsPerUser.get(owner) ?? 0) + 1);

/** Sends `count` changes at RATE; returns the deliveries expected. Markers not in `sentAt` are not measured. */
async function sendChanges(count, prefix, measured) {
  let expectedHere = 0;
  const writes = [];
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const marker = `${prefix}-${i}`;
    if (measured) sentAt.set(marker, performance.now());
    if (MIXED && i % 2 === 1) {
      const chat = chats[(i >> 1) % chats.length];
      const senderIndex = users.indexOf(chat.sender);
      expectedHere += (socketsPerUser.get(senderIndex) ?? 0) + (socketsPerUser.get(senderIndex + 1) ?? 0);
      writes.push(post(sendMessage, { chatId: chat.id, body: marker }, chat.sender.token));
    } else {
      expectedHere += N;
      writes.push(post(mutation, { id: keywordSetId, name: marker }, users[0]?.token));
    }
  }
  await Promise.all(writes);
  return expectedHere;
}

// Warm-up (not measured): JIT and connection pools settle in every server alike.
await sendChanges(Math.max(2, RATE), 'warm-up', false);
await sleep(1000);
const started = performance.now();
const expected = await sendChanges(RATE * SECONDS, 'bench', true);
const deadline = performance.now() + 15_000;
while (delivered < expected && performance.now() < deadline) await sleep(50);

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
const round = (value) => (value === undefined ? null : Math.round(value * 10) / 10);
console.log(
  JSON.stringify({
    target,
    scenario: `${N} x ${RATE}/s${MIXED ? ' mixed' : ''}`,
    subscribers: N,
    changesPerSecond: RATE,
    seconds: SECONDS,
    expectedDeliveries: expected,
    delivered,
    lost: expected - delivered,
    deliveriesPerSecond: Math.round(delivered / ((lastDeliveryAt - started) / 1000)),
    latencyMs: { p50: round(pct(50)), p99: round(pct(99)), max: round(latencies.at(-1)) },
    rssPerIdleSubscriberKb: Math.round(rssSlopeKb * 10) / 10,
    closes,
    subscribeErrors: errors.length,
  }),
);
// BENCH_HOLD_MS keeps the subscribers connected after the run (e.g. to take a heap snapshot of the server).
if (process.env.BENCH_HOLD_MS) await sleep(Number(process.env.BENCH_HOLD_MS));
for (const socket of sockets) socket.terminate();
process.exit(0);
