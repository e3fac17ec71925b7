// bench:storm: a restart storm. N subscribers of ONE token, each 100 changes behind, resume at once
// when a restarted server starts listening, while a writer keeps writing 20 changes a second.
// Default limits (nothing raised). The server (compiled, as `npm start` runs it) is pinned to core 0;
// this process, the load generator, re-runs itself pinned to core 1.
//
//   npm run bench:storm                      # 2,000 and 10,000 subscribers, embedded SQLite
//   BENCH_SUBSCRIBERS=2000 BENCH_DATABASE_URL=postgres://... BENCH_REDIS_URL=redis://... npm run bench:storm
//
// Reports, per size: ms from listening to every subscriber caught up (it has the change of the first
// write acknowledged after listening, so everything before it too), the server's worst event-loop lag
// and write p99 during the storm, refusals (4290 / RATE_LIMITED), connection errors, missed and duplicated.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { root, saveResults } from './processes.mjs';

const BEHIND = 100;
const WRITES_PER_SECOND = 20;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function startServer(env) {
  const server = spawn('taskset', ['-c', '0', process.execPath, '--max-semi-space-size=4', 'api/dist/main.js'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'error', SEED_DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const listening = new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = /Pulsegraph is up: web app http:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve({ port: Number(match[1]), at: performance.now() });
    });
    server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  return { server, listening };
}

async function storm(subscribers) {
  const directory = mkdtempSync(join(tmpdir(), 'pulsegraph-storm-'));
  const env = process.env.BENCH_DATABASE_URL
    ? { DATABASE_URL: process.env.BENCH_DATABASE_URL, REDIS_URL: process.env.BENCH_REDIS_URL ?? '' }
    : { DATABASE_URL: `file:${join(directory, 'storm.db')}` };
  let { server, listening } = startServer({ ...env, PORT: '0' });
  const { port } = await listening;
  const http = `http://127.0.0.1:${port}/graphql`;
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });

  const post = (query, variables, token) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const req = request(
        http,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const email = `storm-${Date.now()}@bench.dev`;
  const { body: signedUp } = await post('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email, password: 'bench-password', displayName: 'Storm' },
  });
  const token = signedUp.data.signUp.token;
  let written = 0;
  const create = async () => {
    const started = performance.now();
    const { status, body } = await post(
      'mutation($i: CreateKeywordSetInput!) { createKeywordSet(input: $i) { id } }',
      { i: { name: `storm ${written++} ${Date.now()}`, rules: [{ pattern: 'x', kind: 'STRING' }] } },
      token,
    );
    if (status !== 200 || !body.data) throw new Error(`write refused: ${status} ${JSON.stringify(body)}`);
    return { id: body.data.createKeywordSet.id, ms: performance.now() - started };
  };
  const { body: cursorBody } = await post('{ changeCursor }', undefined, token);

  // Each subscriber: a lean graphql-transport-ws client that keeps its cursor, as the web client does.
  const stats = { refusedConnects: 0, refusedSubscribes: 0, connectionErrors: 0 };
  const clients = Array.from({ length: subscribers }, () => ({ cursor: cursorBody.data.changeCursor, ids: new Set(), duplicates: 0, socket: undefined }));
  const QUERY = 'subscription($after: String) { changes(after: $after, topics: [KEYWORD_SET]) { cursor op entityId } }';
  const connect = (client, onFrame) =>
    new Promise((resolve) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
      client.socket = socket;
      const subscribe = () => socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { after: client.cursor } } }));
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(data);
        if (message.type === 'connection_ack') {
          subscribe();
          resolve();
        } else if (message.type === 'next') {
          const change = message.payload.data?.changes;
          if (!change) return;
          client.cursor = change.cursor;
          if (change.op === 'CREATED') {
            if (client.ids.has(change.entityId)) client.duplicates++;
            client.ids.add(change.entityId);
          }
          onFrame?.();
        } else if (message.type === 'error') {
          stats.refusedSubscribes++;
          const wait = message.payload?.[0]?.extensions?.retryAfterSeconds ?? 1;
          setTimeout(subscribe, wait * 1000);
        }
      });
      socket.on('close', (code) => {
        if (code === 4290) {
          stats.refusedConnects++;
          setTimeout(() => connect(client, onFrame).then(resolve), 1000);
        }
      });
      socket.on('error', () => {
        stats.connectionErrors++;
      });
    });

  // Connected and live, then dropped (their network, say) while 100 changes land, then the restart.
  for (let i = 0; i < subscribers; i += 200) await Promise.all(clients.slice(i, i + 200).map((client) => connect(client)));
  await sleep(500);
  for (const client of clients) client.socket.terminate();
  const missedIds = [];
  for (let i = 0; i < BEHIND; i++) missedIds.push((await create()).id);
  agent.destroy();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));

  ({ server, listening } = startServer({ ...env, PORT: String(port) }));
  const execAt = performance.now();
  const { at: listeningAt } = await listening;
  const scrape = async () => {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    return Number(/^pulsegraph_event_loop_lag_seconds (\S+)/m.exec(text)?.[1] ?? NaN);
  };
  await scrape(); // resets the worst-lag window to the storm

  // The storm: everyone at once, and the writer at 20/s.
  let firstAfterListening;
  const writes = [];
  let writing = true;
  const writer = (async () => {
    while (writing) {
      const next = performance.now() + 1000 / WRITES_PER_SECOND;
      const write = await create();
      writes.push(write);
      firstAfterListening ??= write.id;
      await sleep(Math.max(0, next - performance.now()));
    }
  })();
  let caughtUpAt;
  const caughtUp = () => firstAfterListening && clients.every((client) => client.ids.has(firstAfterListening));
  const done = new Promise((resolve) => {
    const check = () => {
      if (!caughtUpAt && caughtUp()) {
        caughtUpAt = performance.now();
        resolve();
      }
    };
    for (const client of clients) void connect(client, check);
    const poll = setInterval(() => {
      check();
      if (caughtUpAt) clearInterval(poll);
    }, 20);
  });
  await Promise.race([done, sleep(120_000)]);
  const worstLagMs = (await scrape()) * 1000;
  const stormWrites = writes.map((w) => w.ms).sort((a, b) => a - b);
  writing = false;
  await writer;
  await sleep(1000);
  const expected = [...missedIds, ...writes.map((w) => w.id)];
  let missed = 0;
  let duplicated = 0;
  for (const client of clients) {
    missed += expected.filter((id) => !client.ids.has(id)).length;
    duplicated += client.duplicates;
    client.socket?.terminate();
  }
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(directory, { recursive: true, force: true });
  return {
    subscribers,
    'exec to listening (ms)': Math.round(listeningAt - execAt),
    'listening to all caught up (ms)': caughtUpAt ? Math.round(caughtUpAt - listeningAt) : 'not within 120 s',
    'worst event-loop lag (ms)': Math.round(worstLagMs),
    'write p99 during (ms)': Math.round(stormWrites[Math.floor(stormWrites.length * 0.99)] ?? NaN),
    'writes during': stormWrites.length,
    'refused connects (4290)': stats.refusedConnects,
    'refused subscribes': stats.refusedSubscribes,
    'connection errors': stats.connectionErrors,
    missed,
    duplicated,
  };
}

if (!process.env.BENCH_PINNED) {
  execFileSync('npm', ['run', 'build', '--workspace', 'api'], { cwd: root, stdio: 'inherit' });
  const child = spawn('taskset', ['-c', '1', process.execPath, ...process.argv.slice(1)], {
    cwd: root,
    env: { ...process.env, BENCH_PINNED: '1' },
    stdio: 'inherit',
  });
  process.exitCode = await new Promise((resolve) => child.once('exit', resolve));
} else {
  const sizes = (process.env.BENCH_SUBSCRIBERS ?? '2000,10000').split(',').map(Number);
  const results = [];
  for (const size of sizes) results.push(await storm(size));
  console.table(results);
  const where = process.env.BENCH_DATABASE_URL ? 'PostgreSQL + Redis' : 'embedded SQLite';
  saveResults(
    process.env.BENCH_DATABASE_URL ? 'storm-postgres' : 'storm',
    `restart storm (${where}): N subscribers of one token, 100 changes behind, resume when the restarted server listens; a writer at 20/s; default limits`,
    'server on core 0, load generator on core 1',
    { results },
  );
}
