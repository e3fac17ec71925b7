// bench:storm: a restart storm. N subscribers of ONE token, each 100 (BENCH_BEHIND) changes behind, resume at once
// when a restarted server starts listening, while a writer keeps writing 20 changes a second.
// Default limits (nothing raised). The server (compiled, as `npm start` runs it) is pinned to core 0;
// this process, the load generator, re-runs itself pinned to core 1.
//
//   npm run bench:storm                      # 2,000 and 10,000 subscribers, embedded SQLite
//   BENCH_PROFILE=dir npm run bench:storm    # a --cpu-prof profile of the restarted server
//   BENCH_SUBSCRIBERS=76 BENCH_BEHIND=1200 npm run bench:storm   # few subscribers, far behind
//   BENCH_SUBSCRIBERS=2000 BENCH_DATABASE_URL=postgres://... BENCH_REDIS_URL=redis://... npm run bench:storm
//
// Reports, per size: ms from listening to every subscriber caught up (it has the change of the first
// write acknowledged after listening, so everything before it too), the server's worst event-loop lag
// and write p99 during the storm, refusals (4290 / RATE_LIMITED), connection errors, missed and duplicated.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import WebSocket from 'ws';
import { root, saveResults, startCompiled, stopGracefully } from './processes.mjs';

/** How many changes the subscribers missed while away (`BENCH_BEHIND`). */
const BEHIND = Number(process.env.BENCH_BEHIND ?? 100);
const NEXT = /^\{"id":"1","type":"next","payload":\{"data":\{"changes":\{"cursor":"(\d+)","op":"(\w+)","entityId":"([^"]+)"\}\}\}\}$/;
const WRITES_PER_SECOND = 20;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function startServer(env, profile = false) {
  const profiling = profile && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const { child, listening } = startCompiled(0, env, profiling);
  return { server: child, listening };
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
          res.on('error', reject);
          res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
        },
      );
      // A kept-alive socket the server closed as idle just as it was reused: the request never
      // reached the server, so it is sent again (Node's documented pattern, `req.reusedSocket`).
      req.on('error', (error) => (req.reusedSocket && error.code === 'ECONNRESET' ? post(query, variables, token).then(resolve, reject) : reject(error)));
      req.end(body);
    });

  const email = `storm-${Date.now()}@bench.dev`;
  const { body: signedUp } = await post('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: { email, password: 'bench-password', displayName: 'Storm' },
  });
  const token = signedUp.data.signUp.token;
  // The writer is other people: 20 accounts, each within the default 120 operations a minute.
  const writerTokens = [];
  for (let i = 0; i < 20; i++) {
    const { body: writerBody } = await post('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
      i: { email: `writer-${i}-${email}`, password: 'bench-password', displayName: `Writer ${i}` },
    });
    writerTokens.push(writerBody.data.signUp.token);
  }
  let written = 0;
  const create = async () => {
    const started = performance.now();
    const { status, body } = await post(
      'mutation($i: CreateKeywordSetInput!) { createKeywordSet(input: $i) { id } }',
      { i: { name: `storm ${written} ${Date.now()}`, rules: [{ pattern: 'x', kind: 'STRING' }] } },
      writerTokens[written++ % writerTokens.length],
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
        // Lean on purpose (the generator must not be what limits the run): `next` frames are read
        // with one regular expression, anything else is parsed.
        const text = data.toString();
        const change = NEXT.exec(text);
        if (change) {
          const [, cursor, op, entityId] = change;
          client.cursor = cursor;
          if (op === 'CREATED') {
            if (client.ids.has(entityId)) client.duplicates++;
            client.ids.add(entityId);
          }
          onFrame?.(entityId);
          return;
        }
        const message = JSON.parse(text);
        if (message.type === 'connection_ack') {
          subscribe();
          resolve();
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
  await stopGracefully(server);

  ({ server, listening } = startServer({ ...env, PORT: String(port) }, true));
  const execAt = performance.now();
  const { at: listeningAt } = await listening;
  const scrape = async () => {
    const text = await new Promise((resolve, reject) =>
      request(`http://127.0.0.1:${port}/metrics`, { agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
      })
        .on('error', (error) => reject(new Error(`scraping /metrics failed (server exit code ${server.exitCode}, signal ${server.signalCode})`, { cause: error })))
        .end(),
    );
    return Number(/^pulsegraph_event_loop_lag_seconds (\S+)/m.exec(text)?.[1] ?? NaN);
  };
  await scrape(); // resets the worst-lag window to the storm
  const generatorLag = monitorEventLoopDelay({ resolution: 10 });
  generatorLag.enable();

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
  writer.catch(() => {}); // a failed write is reported where the writer is awaited, not as an unhandled rejection first
  let caughtUpAt;
  // Counted as frames arrive (a scan of every client per frame would make the generator the bottleneck).
  let holding = 0;
  let counted = false;
  const done = new Promise((resolve) => {
    const check = () => {
      if (!caughtUpAt && counted && holding === subscribers) {
        caughtUpAt = performance.now();
        resolve();
      }
    };
    const onFrame = (entityId) => {
      if (counted && entityId === firstAfterListening) holding++;
      check();
    };
    // Clients are many processes in life: opened 100 per turn, so this one's own loop stays responsive.
    (async () => {
      for (let i = 0; i < clients.length; i += 100) {
        for (const client of clients.slice(i, i + 100)) void connect(client, onFrame);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const poll = setInterval(() => {
      if (!counted && firstAfterListening) {
        holding = clients.filter((client) => client.ids.has(firstAfterListening)).length;
        counted = true;
      }
      check();
      if (caughtUpAt) clearInterval(poll);
    }, 20);
  });
  await Promise.race([done, sleep(120_000)]);
  const worstLagMs = (await scrape()) * 1000;
  console.error('write latencies during the storm (ms):', writes.map((w) => Math.round(w.ms)).join(' '));
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
  await stopGracefully(server);
  rmSync(directory, { recursive: true, force: true });
  return {
    subscribers,
    'exec to listening (ms)': Math.round(listeningAt - execAt),
    'listening to all caught up (ms)': caughtUpAt ? Math.round(caughtUpAt - listeningAt) : 'not within 120 s',
    'worst event-loop lag (ms)': Math.round(worstLagMs),
    "the generator's own worst lag (ms)": Math.round(generatorLag.max / 1e6),
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
  const name = `${process.env.BENCH_DATABASE_URL ? 'storm-postgres' : 'storm'}${BEHIND === 100 ? '' : `-behind-${BEHIND}`}`;
  saveResults(
    name,
    `restart storm (${where}): N subscribers of one token, ${BEHIND} changes behind, resume when the restarted server listens; a writer at 20/s; default limits`,
    'server on core 0, load generator on core 1',
    { results },
  );
}
