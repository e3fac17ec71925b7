// Load side of the write-path benchmark (pinned to its own core by bench/writes.mjs): keep-alive
// HTTP clients that each send one mutation after another, against Pulsegraph and the plain peer
// in turns. Prints one JSON line.
import { Agent, request } from 'node:http';

const [apiUrl, apiToken, peerUrl, peerToken, keywordSetId] = process.argv.slice(2);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 3;
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

function post(url, token, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.once('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${res.statusCode} ${text.slice(0, 300)}`));
        else resolve();
      });
    });
    req.end(body);
  });
}

/** `CLIENTS` loops, each waiting for its answer before the next request, for `seconds`. */
async function mutationsPerSecond(url, token, bodyFor, seconds) {
  let sent = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) await post(url, token, bodyFor(sent++));
    }),
  );
  return Math.round(sent / ((performance.now() - started) / 1000));
}

const run = Math.random().toString(36).slice(2, 8);
const scenarios = {
  keywordSetUpdates: {
    pulsegraph: (i) => JSON.stringify({
      query: 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id name version } }',
      variables: { id: keywordSetId, name: `set ${run} ${i}` },
    }),
    peer: (i) => JSON.stringify({
      query: 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, name: $name) { id name version } }',
      variables: { id: 'ks-1', name: `set ${run} ${i}` },
    }),
  },
  personaCreates: {
    pulsegraph: (i) => JSON.stringify({
      query: 'mutation($name: String!) { createPersona(input: { kind: DNS, name: $name, dns: { resolvers: ["127.0.0.1"] } }) { id kind name version } }',
      variables: { name: `persona ${run} ${i}` },
    }),
    peer: (i) => JSON.stringify({
      query: 'mutation($name: String!) { createPersona(name: $name, resolvers: ["127.0.0.1"]) { id kind name version } }',
      variables: { name: `persona ${run} ${i}` },
    }),
  },
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
let offset = 0;
for (const [name, bodies] of Object.entries(scenarios)) {
  const ours = [];
  const theirs = [];
  // Warm both up (JIT, page cache), then alternate, so drift in the machine hits both alike.
  await mutationsPerSecond(apiUrl, apiToken, (i) => bodies.pulsegraph(offset + i), WARM_UP_SECONDS);
  offset += 1_000_000;
  await mutationsPerSecond(peerUrl, peerToken, (i) => bodies.peer(offset + i), WARM_UP_SECONDS);
  offset += 1_000_000;
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await mutationsPerSecond(apiUrl, apiToken, (i) => bodies.pulsegraph(offset + i), SECONDS));
    offset += 1_000_000;
    theirs.push(await mutationsPerSecond(peerUrl, peerToken, (i) => bodies.peer(offset + i), SECONDS));
    offset += 1_000_000;
  }
  results[name] = {
    pulsegraph: { perSecondByRound: ours, median: median(ours) },
    plainPeer: { perSecondByRound: theirs, median: median(theirs) },
    ratio: Math.round((median(ours) / median(theirs)) * 100) / 100,
  };
}
agent.destroy();
console.log(JSON.stringify({ clients: CLIENTS, secondsPerRound: SECONDS, rounds: ROUNDS, ...results }));
