// Load generator for bench:live (bench/live.mjs runs it pinned to core 1; it starts the compiled
// server pinned to core 0 itself, so it can also stop and restart it for the storm). One scenario per
// run, given as JSON in argv[2]; prints one JSON line with what it measured.
//
// Real clients: graphql-ws `createClient` on `ws` (one per socket, each socket one signed-up user),
// mutations over HTTP on a keep-alive pool. Live queries and the two-step pattern (`changeCursor`,
// then `changes(after:)`) run the same documents every time:
//
//   open    live: `query @live` opened at RATE/s; time from subscribe to the first answer.
//           two-step: the query with `changeCursor`, then `changes(after:)`; time to the query's answer
//           and to the subscription's first frame (see PROBE below).
//   commit  N live queries (or N `changes` subscriptions) held open while a writer updates personas
//           over HTTP at RATE/s; time from each mutation's send to each client's answer reflecting it,
//           answers and bytes per commit, and the server's executions per commit (/metrics).
//   storm   N live queries (or `changes` subscriptions) hold their cursor; the server is stopped with
//           SIGTERM and restarted on the same database and port; the clients reconnect when it listens
//           and resume (`@live(after:)` / `changes(after:)`); once the server counts them all resumed
//           (/metrics), one write; time from listening to every client holding the answer (or change)
//           that reflects it.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import jsonPatch from 'fast-json-patch';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startCompiled, stopGracefully } from './processes.mjs';

const config = JSON.parse(process.argv[2]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value) => (value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10);

/** A seeded generator (mulberry32), so every run opens the same queries in the same order. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seeded(28);
const pick = (n) => Math.floor(random() * n);

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { count: sorted.length, p50: round(at(50)), p99: round(at(99)), max: round(sorted.at(-1)) };
}

// --- documents: the same text every time (identical document + variables + viewer share one cohort)
const PAGE = 'personas(first: $n) { edges { node { id name description } } }';
const LIVE = `query LivePersonas($n: Int!, $after: String) @live(after: $after) { ${PAGE} }`;
/** The same, its new answers as JSON Patches to the one held (the client applies them). */
const LIVE_PATCHED = `query LivePersonas($n: Int!, $after: String) @live(after: $after, patches: true) { ${PAGE} }`;
const TWO_STEP_QUERY = `query Personas($n: Int!) { ${PAGE} changeCursor }`;
const CHANGES = 'subscription PersonaChanges($after: String) { changes(after: $after, topics: [PERSONA]) { cursor ... on PersonaChange { persona { id name description } } } }';

// --- the server (compiled, pinned to core 0), restartable on the same port and database
let server;
let port;
let agent;
const profiling = config.profile ? ['--cpu-prof', `--cpu-prof-dir=${config.profile}`] : [];
async function startServer(portToUse = 0) {
  const started = startCompiled(0, { ...config.env, PORT: String(portToUse) }, profiling);
  server = started.child;
  const execAt = performance.now();
  const listening = await started.listening;
  port = listening.port;
  agent = new Agent({ keepAlive: true, maxSockets: 8 });
  if (config.countExecutions) countExecutions();
  return { ...listening, execMs: listening.at - execAt };
}

/**
 * BENCH_LIVE_COUNT_EXECUTIONS=1 (the server logs at debug level, which costs it time: for a check,
 * not for figures): every GraphQL execution of the live query, as the server's operation log shows
 * them, retries included. The executions counter in /metrics counts answers computed.
 */
const logged = { liveExecutions: 0 };
function countExecutions() {
  const marker = '"operationName":"LivePersonas"';
  let carry = '';
  // Only this listener reads the log from here on (the one that waited for "listening" keeps every byte).
  server.stdout.removeAllListeners('data');
  server.stdout.on('data', (chunk) => {
    const text = carry + chunk;
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) logged.liveExecutions++;
    carry = text.slice(-(marker.length - 1));
  });
}

function post(query, variables, token, retried = false) {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `http://127.0.0.1:${port}/graphql`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const parsed = JSON.parse(text);
          if (parsed.errors) reject(new Error(`${query.slice(0, 60)}: ${JSON.stringify(parsed.errors)}`));
          else resolve(parsed.data);
        });
      },
    );
    req.on('error', (error) => {
      // A kept-alive socket the server closed while idle: the request never reached it (Node's advice: retry).
      // A fresh one reset (once seen with the server logging at debug level): once more too.
      if (error.code === 'ECONNRESET' && !retried) resolve(post(query, variables, token, true));
      else reject(error);
    });
    req.end(body);
  });
}

async function scrape() {
  const text = await new Promise((resolve, reject) =>
    request(`http://127.0.0.1:${port}/metrics`, { agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    })
      .on('error', reject)
      .end(),
  );
  const read = (pattern) => {
    const match = pattern.exec(text);
    return match ? Number(match[1]) : undefined;
  };
  return {
    // Added to the server beside this benchmark; undefined on a build without them.
    liveFirst: read(/^pulsegraph_live_query_executions_total\{reason="first"\} (\S+)/m),
    liveChange: read(/^pulsegraph_live_query_executions_total\{reason="change"\} (\S+)/m),
    liveRemembered: read(/^pulsegraph_live_query_answers_remembered_total (\S+)/m) ?? 0,
    liveCohorts: read(/^pulsegraph_live_query_cohorts (\S+)/m),
    fanoutExecutionsSum: read(/^pulsegraph_fanout_executions_per_change_sum (\S+)/m),
    fanoutExecutionsCount: read(/^pulsegraph_fanout_executions_per_change_count (\S+)/m),
    fanoutCohorts: read(/^pulsegraph_fanout_cohorts (\S+)/m),
    activeSubscriptions: read(/^pulsegraph_active_subscriptions (\S+)/m),
    lagMs: (read(/^pulsegraph_event_loop_lag_seconds (\S+)/m) ?? NaN) * 1000,
  };
}
const delta = (after, before, key) => (after[key] === undefined ? undefined : after[key] - (before[key] ?? 0));

/** The server's CPU time so far (ms), from /proc: user + system. */
function serverCpuMs() {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * CPU the rest of the machine used while measuring (ms per second): every process's user and system
 * time (/proc/stat) less the server's and this generator's. Anything well above zero means something
 * else ran beside the benchmark, and the run should be discarded (the two accounts disagree by up to
 * about 70 ms/s either way over a 5-second window on a quiet machine).
 */
function otherCpu() {
  const machineMs = () => {
    const [user, nice, system] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return (user + nice + system) * 10;
  };
  const ownMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const start = { machine: machineMs(), server: serverCpuMs(), own: ownMs(), at: performance.now() };
  return () => round((machineMs() - start.machine - (serverCpuMs() - start.server) - (ownMs() - start.own)) / ((performance.now() - start.at) / 1000));
}

// --- accounts and data
async function signUpUsers(count) {
  const stamp = Date.now();
  const users = [];
  // A few at a time: each signUp is a scrypt hash on the server's thread pool.
  for (let i = 0; i < count; i += 4) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 4); j++) {
      batch.push(
        post('mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }', {
          input: { email: `live${j}-${stamp}@bench.dev`, password: 'bench-password', displayName: `Live ${j}` },
        }).then(({ signUp }) => ({ token: signUp.token, id: signUp.user.id })),
      );
    }
    users.push(...(await Promise.all(batch)));
  }
  return users;
}

/** `count` personas, created by `token`; returns their ids newest first (the order `personas` lists them in). */
let personasCreated = 0;
async function createPersonas(token, count) {
  for (let i = 0; i < count; i++) {
    const name = `Persona ${personasCreated++}`;
    await post('mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input: { kind: 'HTTP', name, description: '', http: {} } }, token);
  }
  const { personas } = await post('{ personas(first: 100) { edges { node { id } } } }', undefined, token);
  return personas.edges.map((edge) => edge.node.id);
}

const updatePersona = (token, id, description) => post('mutation($id: ID!, $d: String!) { updatePersona(id: $id, input: { description: $d }) { id } }', { id, d: description }, token);
const changeCursor = async (token) => (await post('{ changeCursor }', undefined, token)).changeCursor;

// --- clients: one graphql-ws client per socket; the socket counts the bytes of the `next` frames it receives
const frames = { next: 0, nextBytes: 0 };
class CountingWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.on('message', (data) => {
      if (data.includes('"type":"next"')) {
        frames.next++;
        frames.nextBytes += data.length;
      }
    });
  }
}

const closes = {};
const clientErrors = [];
/** Connected graphql-ws clients, `perUser` per user. `restarted`, when given, is awaited before each reconnect. */
async function connectClients(users, perUser, restarted) {
  const clients = [];
  const connected = [];
  for (const user of users) {
    for (let k = 0; k < perUser; k++) {
      let onConnected;
      connected.push(new Promise((resolve) => (onConnected = resolve)));
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: CountingWebSocket,
        connectionParams: { authorization: `Bearer ${user.token}` },
        lazy: false,
        keepAlive: 0,
        // Outside the storm a close is a failure, counted below; in it the client reconnects as soon
        // as the restarted server listens (its subscriptions are sent again, with their cursors).
        retryAttempts: restarted ? Number.MAX_SAFE_INTEGER : 0,
        retryWait: async () => {
          await restarted?.();
        },
        shouldRetry: () => true,
        onNonLazyError: (error) => clientErrors.push(String(error?.code ?? error?.message ?? error)),
        on: {
          connected: () => onConnected(),
          closed: (event) => (closes[event?.code] = (closes[event?.code] ?? 0) + 1),
        },
      });
      client.user = user;
      clients.push(client);
    }
  }
  await Promise.all(connected);
  return clients;
}

const subscribeErrors = [];
/** Subscribes; `onNext(payload)` for each result. The payload object is kept: graphql-ws sends it again on reconnect. */
function subscribe(client, payload, onNext) {
  return client.subscribe(payload, {
    next: onNext,
    error: (error) => subscribeErrors.push(JSON.stringify(error).slice(0, 300)),
    complete: () => {},
  });
}

const generatorLag = monitorEventLoopDelay({ resolution: 10 });
generatorLag.enable();
// The histogram holds whole timer intervals (the 10 ms resolution included): the lag is what exceeds it.
const lagOfGenerator = () => ({ p99: round(Math.max(0, generatorLag.percentile(99) / 1e6 - 10)), max: round(Math.max(0, generatorLag.max / 1e6 - 10)) });

/** Waits until `done()` or `ms` passed; true when done. */
async function until(done, ms) {
  const deadline = performance.now() + ms;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

// --- figure 1: time to the first answer
async function open() {
  const { users: userCount, socketsPerUser, rate, seconds, newShare, personas: personaCount } = config;
  await startServer();
  const users = await signUpUsers(userCount);
  await createPersonas(users[0].token, personaCount - 1);
  // The two-step pattern's subscription resumes from just before the last persona write, so its first
  // frame is that change replayed: the proof that the subscription is registered and streaming
  // (graphql-ws does not acknowledge a subscribe). PROBE: what it resumes from.
  const probe = await changeCursor(users[0].token);
  await createPersonas(users[0].token, 1);
  const head = await changeCursor(users[0].token);
  const clients = await connectClients(users, socketsPerUser);
  await sleep(500);
  const before = await scrape();
  const cpuBefore = serverCpuMs();
  const others = otherCpu();
  generatorLag.reset();

  const total = Math.round(rate * seconds);
  // Every 1/newShare-th open starts a cohort (the next user x page size not opened yet: a query no
  // one runs); the others join one opened before, picked at random: new cohorts at an even rate.
  const opened = [];
  const every = Math.round(1 / newShare);
  const latencies = { all: [], newCohort: [], sharedCohort: [], query: [] };
  let answered = 0;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    // Behind schedule: still let the answers in between opens (they are what is measured).
    else if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    const shared = i % every !== 0;
    const [user, n] = shared ? opened[pick(opened.length)] : [opened.length % userCount, 1 + Math.floor(opened.length / userCount)];
    if (!shared) opened.push([user, n]);
    const client = clients[user * socketsPerUser + pick(socketsPerUser)];
    const sentAt = performance.now();
    if (config.pattern === 'live') {
      let first = true;
      subscribe(client, { query: LIVE, operationName: 'LivePersonas', variables: { n, after: null } }, () => {
        if (!first) return;
        first = false;
        const ms = performance.now() - sentAt;
        latencies.all.push(ms);
        (shared ? latencies.sharedCohort : latencies.newCohort).push(ms);
        answered++;
      });
    } else {
      subscribe(client, { query: TWO_STEP_QUERY, operationName: 'Personas', variables: { n } }, ({ data }) => {
        latencies.query.push(performance.now() - sentAt);
        const after = data.changeCursor === head ? probe : data.changeCursor;
        let first = true;
        subscribe(client, { query: CHANGES, operationName: 'PersonaChanges', variables: { after } }, () => {
          if (!first) return;
          first = false;
          latencies.all.push(performance.now() - sentAt);
          answered++;
        });
      });
    }
  }
  const sentFor = (performance.now() - started) / 1000;
  const complete = await until(() => answered >= total, 15_000);
  const after = await scrape();
  const cpuMs = serverCpuMs() - cpuBefore;
  const otherCpuMsPerSecond = others();
  const headAfter = await changeCursor(users[0].token);
  return {
    pattern: config.pattern,
    opened: total,
    openedPerSecond: round(total / sentFor),
    answered,
    complete,
    cohortKeys: opened.length,
    largestPage: Math.max(...opened.map(([, n]) => n)),
    firstAnswerMs: percentiles(latencies.all),
    ...(config.pattern === 'live'
      ? { newCohortMs: percentiles(latencies.newCohort), sharedCohortMs: percentiles(latencies.sharedCohort) }
      : { queryAnsweredMs: percentiles(latencies.query) }),
    server: {
      cpuMsPerSecond: round(cpuMs / ((performance.now() - started) / 1000)),
      executionsFirst: delta(after, before, 'liveFirst'),
      firstAnswersRemembered: delta(after, before, 'liveRemembered'),
      cohortsAtEnd: after.liveCohorts,
      worstLagMs: round(after.lagMs),
    },
    logMovedDuringRun: headAfter !== head,
    generatorLagMs: lagOfGenerator(),
    otherCpuMsPerSecond,
    closes,
    clientErrors: clientErrors.length,
    subscribeErrors: subscribeErrors.length,
    subscribeErrorSample: subscribeErrors[0],
  };
}

// --- figures 2-4: commit to new answer, executions and bytes per commit
async function commit() {
  const { users: userCount, queries, perSocket, pageSizes, personas: personaCount, rate, seconds, warmUp } = config;
  await startServer();
  const users = await signUpUsers(userCount);
  const writer = users[0];
  const order = await createPersonas(writer.token, personaCount);
  const socketCount = Math.ceil(queries / perSocket);
  const perUser = Math.ceil(socketCount / userCount);
  const allClients = await connectClients(users, perUser);
  // Socket s belongs to user s % users (the clients are grouped by user: perUser of each).
  const sockets = Array.from({ length: socketCount }, (_, s) => allClients[(s % userCount) * perUser + Math.floor(s / userCount)]);

  const sentAt = new Map(); // marker index -> performance.now() of the mutation's send
  const positionOf = new Map(); // marker index -> persona position it wrote
  const latencies = [];
  let measuring = false;
  const received = new Map(); // marker index -> deliveries that reflected it
  const subscribers = [];
  const cohortAnswers = new Map(); // cohort -> distinct cursors of the answers it was sent while measuring
  const patched = config.pattern === 'live-patches';
  const live = config.pattern === 'live' || patched;
  let ready = 0;

  for (let q = 0; q < queries; q++) {
    const socket = sockets[q % socketCount];
    const n = pageSizes[Math.floor(q / socketCount) % pageSizes.length];
    const subscriber = { n, cohort: `${socket.user.id}:${n}`, last: new Array(personaCount).fill(-1), answers: 0, lastDescriptions: undefined };
    subscribers.push(subscriber);
    const reflects = (marker, now) => {
      if (!measuring || !sentAt.has(marker)) return;
      latencies.push(now - sentAt.get(marker));
      received.set(marker, (received.get(marker) ?? 0) + 1);
    };
    if (live) {
      let first = true;
      subscribe(socket, { query: patched ? LIVE_PATCHED : LIVE, operationName: 'LivePersonas', variables: { n, after: null } }, (payload) => {
        const now = performance.now();
        if (first) {
          first = false;
          ready++;
        }
        subscriber.answers++;
        const patch = payload.extensions?.patch;
        subscriber.data = patch ? jsonPatch.applyPatch(subscriber.data, patch).newDocument : payload.data;
        const edges = subscriber.data?.personas.edges ?? [];
        subscriber.lastDescriptions = edges.map((edge) => edge.node.description);
        if (measuring) {
          let cursors = cohortAnswers.get(subscriber.cohort);
          if (!cursors) cohortAnswers.set(subscriber.cohort, (cursors = new Set()));
          cursors.add(payload.extensions?.cursor);
        }
        for (let i = 0; i < edges.length; i++) {
          const marker = markerIndex(edges[i].node.description);
          if (marker === undefined || marker === subscriber.last[i]) continue;
          subscriber.last[i] = marker;
          reflects(marker, now);
        }
      });
    } else {
      subscribe(socket, { query: CHANGES, operationName: 'PersonaChanges', variables: { after: null } }, (payload) => {
        const marker = markerIndex(payload.data?.changes.persona?.description);
        subscriber.answers++;
        if (marker !== undefined) subscriber.last[0] = marker;
        reflects(marker, performance.now());
      });
    }
  }
  // Live queries are open once each has its first answer; `changes` subscriptions once a write reaches all.
  let markers = 0;
  const write = async (position, measured) => {
    const marker = markers++;
    positionOf.set(marker, position);
    if (measured) sentAt.set(marker, performance.now());
    const started = performance.now();
    await updatePersona(writer.token, order[position], `m${marker}`);
    return performance.now() - started;
  };
  if (live) await until(() => ready === queries, 60_000);
  // Warm-up (not measured): JIT, pools and caches settle; the last write (position 0, in every
  // window) must reach every subscriber before measuring.
  for (let i = 0; i < warmUp; i++) {
    await write((i + 1) % personaCount, false);
    await sleep(1000 / rate);
  }
  const warmMarker = markers;
  await write(0, false);
  const warm = await until(() => subscribers.every((s) => s.last[0] >= warmMarker), 60_000);
  await sleep(500);

  const before = await scrape();
  const loggedBefore = logged.liveExecutions;
  const cpuBefore = serverCpuMs();
  const others = otherCpu();
  generatorLag.reset();
  frames.next = 0;
  frames.nextBytes = 0;
  measuring = true;
  const total = Math.round(rate * seconds);
  const acks = [];
  const writes = [];
  const first = markers;
  const started = performance.now();
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    writes.push(write(k % personaCount, true).then((ms) => acks.push(ms)));
  }
  await Promise.all(writes);
  const measured = [...Array(total).keys()].map((k) => first + k);
  const expectedFor = (marker) => (live ? subscribers.filter((s) => s.n > positionOf.get(marker)).length : queries);
  const expected = measured.reduce((sum, marker) => sum + expectedFor(marker), 0);
  const deliveredCount = () => measured.reduce((sum, marker) => sum + (received.get(marker) ?? 0), 0);
  // Done when every subscriber reflects the last write (live: every window holds each position's last marker).
  const finalOf = new Map();
  for (const marker of measured) finalOf.set(positionOf.get(marker), marker);
  const current = (s) => (live ? [...finalOf].every(([position, marker]) => position >= s.n || s.last[position] === marker) : s.last[0] === measured.at(-1));
  const drained = await until(() => subscribers.every(current), 30_000);
  const elapsed = (performance.now() - started) / 1000;
  await sleep(300);
  measuring = false;
  const after = await scrape();
  const cpuMs = serverCpuMs() - cpuBefore;
  const otherCpuMsPerSecond = others();
  const delivered = deliveredCount();
  const cohorts = new Set(subscribers.map((s) => s.cohort));
  // A commit changes the answer of the cohorts whose window holds the persona it wrote.
  const cohortSizes = new Map();
  for (const s of subscribers) cohortSizes.set(s.cohort, s.n);
  const affected = measured.reduce((sum, marker) => sum + [...cohortSizes.values()].filter((n) => n > positionOf.get(marker)).length, 0) / total;
  const answersSent = [...cohortAnswers.values()].reduce((sum, cursors) => sum + cursors.size, 0);
  const stale = subscribers.filter((s) => !current(s)).length;
  return {
    pattern: config.pattern,
    subscribers: queries,
    sockets: socketCount,
    users: userCount,
    cohorts: live ? cohorts.size : undefined,
    commits: total,
    commitsPerSecond: rate,
    warm,
    drained,
    latencyMs: percentiles(latencies),
    expectedDeliveries: expected,
    delivered,
    // Live answers may fold commits that land together into one answer (the later one): a commit
    // folded into a later answer is not lost. `stale` counts subscribers not holding the final state.
    folded: expected - delivered,
    stale,
    perCommit: {
      framesReceived: round(frames.next / total),
      bytesReceived: Math.round(frames.nextBytes / total),
      ...(live
        ? {
            cohortsTouched: cohorts.size,
            cohortsAffected: round(affected),
            answersSentPerCohortCommit: round(answersSent / total / cohorts.size),
            distinctAnswersSent: round(answersSent / total),
            executions: delta(after, before, 'liveChange') === undefined ? undefined : round(delta(after, before, 'liveChange') / total),
            ...(config.countExecutions ? { executionsLogged: round((logged.liveExecutions - loggedBefore) / total) } : {}),
          }
        : {
            executions: (() => {
              const count = delta(after, before, 'fanoutExecutionsCount');
              return count ? round(delta(after, before, 'fanoutExecutionsSum') / count) : undefined;
            })(),
          }),
    },
    bytesPerFrame: frames.next ? Math.round(frames.nextBytes / frames.next) : null,
    writeAckMs: percentiles(acks),
    server: { cpuMsPerSecond: round(cpuMs / elapsed), worstLagMs: round(after.lagMs), liveCohorts: after.liveCohorts, fanoutCohorts: after.fanoutCohorts },
    generatorLagMs: lagOfGenerator(),
    otherCpuMsPerSecond,
    closes,
    clientErrors: clientErrors.length,
    subscribeErrors: subscribeErrors.length,
    subscribeErrorSample: subscribeErrors[0],
  };
}

function markerIndex(description) {
  if (typeof description !== 'string' || description[0] !== 'm') return undefined;
  return Number(description.slice(1));
}

// --- figure 5: a restart storm
async function storm() {
  const { users: userCount, socketsPerUser, perSocket, pageSizes, personas: personaCount } = config;
  await startServer();
  const users = await signUpUsers(userCount);
  const writer = users[0];
  const order = await createPersonas(writer.token, personaCount);
  let restartedAt;
  let resolveRestarted;
  const restartedPromise = new Promise((resolve) => (resolveRestarted = resolve));
  let stopping = false;
  const clients = await connectClients(users, socketsPerUser, () => (stopping ? restartedPromise : undefined));
  const live = config.pattern === 'live';
  const subscribers = [];
  const head = await changeCursor(writer.token);
  let afterRestart = false;
  for (const client of clients) {
    for (let j = 0; j < perSocket; j++) {
      const n = pageSizes[j % pageSizes.length];
      const subscriber = { n, cohort: `${client.user.id}:${n}`, answers: 0, answersAfter: 0, resets: 0, current: false, currentAt: undefined, payload: undefined };
      subscriber.payload = live ? { query: LIVE, operationName: 'LivePersonas', variables: { n, after: null } } : { query: CHANGES, operationName: 'PersonaChanges', variables: { after: head } };
      subscribers.push(subscriber);
      subscribe(client, subscriber.payload, (payload) => {
        subscriber.answers++;
        if (afterRestart) subscriber.answersAfter++;
        // As a live client does: keep the last cursor in the subscription, so a reconnect resumes from it.
        if (live) {
          subscriber.payload.variables.after = payload.extensions?.cursor;
          if (payload.extensions?.reset) subscriber.resets++;
        } else {
          subscriber.payload.variables.after = payload.data?.changes.cursor;
        }
        const description = live ? payload.data?.personas.edges[0]?.node.description : payload.data?.changes.persona?.description;
        if (description === 'storm' && !subscriber.current) {
          subscriber.current = true;
          subscriber.currentAt = performance.now();
        }
      });
    }
  }
  // Everyone live and holding a cursor: a first answer each (live), or a write seen by all (changes).
  if (live) await until(() => subscribers.every((s) => s.answers > 0), 60_000);
  else {
    await sleep(1000);
    await updatePersona(writer.token, order[1], 'before');
    await until(() => subscribers.every((s) => s.answers > 0), 60_000);
  }
  await sleep(500);
  const cohorts = new Set(subscribers.map((s) => s.cohort)).size;

  stopping = true;
  afterRestart = true;
  agent.destroy();
  await stopGracefully(server);
  const restarted = startServer(port);
  const listening = await restarted;
  restartedAt = listening.at;
  resolveRestarted();
  const others = otherCpu();
  generatorLag.reset();
  // Resumed: every subscription registered again, as the server counts them (graphql-ws does not
  // acknowledge a subscribe, and a resumed live query whose answer is unchanged is sent nothing):
  // every cohort has its first answer (live), or every `changes` subscription is streaming. Each
  // scrape resets the server's worst-lag window, so the worst of them is kept.
  let worstLagMs = 0;
  await scrape(); // the window so far is the start, not the storm
  let resumedAt;
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    const metrics = await scrape();
    worstLagMs = Math.max(worstLagMs, metrics.lagMs);
    if (live ? metrics.liveFirst + metrics.liveRemembered >= cohorts && metrics.liveCohorts >= cohorts : metrics.activeSubscriptions >= subscribers.length) {
      resumedAt = performance.now();
      break;
    }
    await sleep(20);
  }
  const answersWhileResuming = subscribers.reduce((sum, s) => sum + s.answersAfter, 0);
  // Then one write: persona 0 is in every window.
  const writeStarted = performance.now();
  await updatePersona(writer.token, order[0], 'storm');
  const writeAckMs = performance.now() - writeStarted;
  const allCurrent = await until(() => subscribers.every((s) => s.current), 30_000);
  const currentAt = Math.max(...subscribers.map((s) => s.currentAt ?? NaN));
  await sleep(500);
  const otherCpuMsPerSecond = others();
  const metrics = await scrape();
  const result = {
    pattern: config.pattern,
    subscribers: subscribers.length,
    sockets: clients.length,
    users: userCount,
    cohorts: live ? cohorts : undefined,
    execToListeningMs: Math.round(listening.execMs),
    listeningToResumedMs: resumedAt === undefined ? null : Math.round(resumedAt - restartedAt),
    writeToAllCurrentMs: allCurrent ? Math.round(currentAt - writeStarted) : null,
    listeningToAllCurrentMs: allCurrent ? Math.round(currentAt - restartedAt) : null,
    listeningToCurrentMs: percentiles(subscribers.filter((s) => s.current).map((s) => s.currentAt - restartedAt)),
    notCurrent: subscribers.filter((s) => !s.current).length,
    writeAckMs: round(writeAckMs),
    // Resumed with their cursors, nothing changed: nothing should be sent before the write, one answer after it.
    answersWhileResuming,
    answersAfterRestart: { total: subscribers.reduce((sum, s) => sum + s.answersAfter, 0), max: Math.max(...subscribers.map((s) => s.answersAfter)) },
    resets: subscribers.reduce((sum, s) => sum + s.resets, 0),
    server: {
      executionsFirst: metrics.liveFirst,
      firstAnswersRemembered: metrics.liveRemembered,
      executionsChange: metrics.liveChange,
      cohortsAfterRestart: metrics.liveCohorts,
      fanoutCohorts: metrics.fanoutCohorts,
      worstLagMs: round(Math.max(worstLagMs, metrics.lagMs)),
    },
    generatorLagMs: lagOfGenerator(),
    otherCpuMsPerSecond,
    closes,
    clientErrors: clientErrors.length,
    subscribeErrors: subscribeErrors.length,
    subscribeErrorSample: subscribeErrors[0],
  };
  stopping = false;
  for (const client of clients) void client.dispose();
  return result;
}

const scenarios = { open, commit, storm };
const result = await scenarios[config.scenario]();
console.log(JSON.stringify({ name: config.name, ...result }));
await stopGracefully(server);
process.exit(0);
