import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ensureServicesUp,
  freshDatabase,
  post,
  REDIS_URL,
  restartPostgres,
  signUp,
  startInstance,
  startPostgresAsync,
  startRedis,
  stopPostgres,
  stopRedis,
  terminateBackends,
  until,
  type Instance,
} from './infrastructure.js';

/**
 * Production mode on a bad day: two instances on PostgreSQL and Redis, subscribers on both and a
 * writer that never stops, while backends are terminated, PostgreSQL and Redis go down and come
 * back, and one instance is killed with -9. Nothing may exit, nothing acknowledged may be lost,
 * doubled or reordered, and every request gets an HTTP answer (503 UNAVAILABLE while the database is away).
 */

const SUBSCRIBERS_PER_INSTANCE = 3;
const WRITE_EVERY_MS = 40;

let database: { url: string; drop(): Promise<void> };
let first: Instance;
let second: Instance;
let writerToken: string;
let readerToken: string;
const clients: Client[] = [];



/** Instances this test sent SIGKILL (from just before the signal). */
const killed = new Set<Instance>();
const alive = (instance: Instance) => instance.process.exitCode === null && instance.process.signalCode === null;
const readyz = async (instance: Instance) => (await fetch(`${instance.url}/readyz`)).status;

/** The reader's graphql-ws client on `home`, or whichever instance is up, reconnecting for ever. */
function readerClient(home: () => Instance): Client {
  const client = createClient({
    url: () => (alive(home()) ? home().wsUrl : [first, second].find(alive)!.wsUrl),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${readerToken}` },
    retryAttempts: Infinity,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 300)),
    shouldRetry: () => true,
  });
  clients.push(client);
  return client;
}

/** A subscriber as the web client is one: resumes after the last cursor it saw, on whichever instance is up. */
function subscriber(home: () => Instance) {
  const received: Array<{ cursor: number; entityId: string }> = [];
  const payload = {
    query: 'subscription($after: String) { changes(after: $after, topics: [PERSONA]) { cursor op entityId } }',
    variables: { after: null as string | null },
  };
  const client = readerClient(home);
  return {
    received,
    start: (after: string) =>
      new Promise<void>((resolve) => {
        payload.variables.after = after;
        client.subscribe(payload, {
          next(result) {
            const change = (result.data as any)?.changes;
            if (!change) return;
            payload.variables.after = change.cursor;
            if (change.op === 'CREATED') received.push({ cursor: Number(change.cursor), entityId: change.entityId });
          },
          error() {},
          complete() {},
        });
        setTimeout(resolve, 300);
      }),
  };
}

/**
 * A live query (`@live`) as a client keeps one: the persona total, resumed from the last answer's cursor
 * on whichever instance is up. Every answer is kept, to check the last is current and none went back.
 */
function liveFollower(home: () => Instance) {
  const answers: Array<{ seq: number; personas: number }> = [];
  const payload = {
    query: 'query FaultLive($after: String) @live(after: $after) { dashboard { totals { personas } } }',
    variables: { after: null as string | null },
  };
  /** Answers that came with errors: an outage must delay an answer, never be one. */
  const errored: string[] = [];
  const client = readerClient(home);
  client.subscribe(payload, {
    next(result) {
      if (result.errors) errored.push(JSON.stringify(result.errors));
      const cursor = (result.extensions as { cursor?: string } | undefined)?.cursor;
      const personas = (result.data as any)?.dashboard?.totals?.personas;
      if (!cursor || typeof personas !== 'number') return;
      payload.variables.after = cursor;
      answers.push({ seq: Number(cursor.split('.')[0]), personas });
    },
    error() {},
    complete() {},
  });
  return { answers, errored };
}

/** Writes personas until stopped, on the instances that are up, and sorts every answer. */
function writer() {
  const acknowledged: string[] = [];
  const unavailable: number[] = [];
  const unexpected: string[] = [];
  let stopped = false;
  let count = 0;
  const loop = (async () => {
    while (!stopped) {
      const target = [first, second].filter(alive)[count % 2] ?? first;
      const name = `Persona ${count++}`;
      try {
        const { status, body, retryAfter } = await post(
          target,
          'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }',
          { input: { kind: 'DNS', name, dns: { resolvers: ['127.0.0.1:5353'] } } },
          writerToken,
        );
        if (status === 200 && body.data?.createPersona) acknowledged.push(body.data.createPersona.id);
        else if (status === 503 && body.errors?.[0]?.extensions?.code === 'UNAVAILABLE' && Number(retryAfter) > 0) unavailable.push(Date.now());
        else unexpected.push(`${status} ${JSON.stringify(body)}`);
      } catch (error) {
        // Only the instance killed with -9 may fail to answer at all (its socket may close before its exit is seen).
        if (!killed.has(target)) unexpected.push(`no answer from a live instance: ${(error as Error).cause ?? error}`);
      }
      await new Promise((resolve) => setTimeout(resolve, WRITE_EVERY_MS));
    }
  })();
  return {
    acknowledged,
    unavailable,
    unexpected,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

let subscribers: Array<ReturnType<typeof subscriber>>;
let liveFollowers: Array<ReturnType<typeof liveFollower>>;
let writes: ReturnType<typeof writer>;
let presenceUser: { token: string; id: string };

beforeAll(async () => {
  await ensureServicesUp();
  database = await freshDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL, RATE_LIMIT_POINTS: '1000000', RATE_LIMIT_RESUME_POINTS: '1000000' };
  first = await startInstance(env);
  second = await startInstance(env);
  writerToken = (await signUp(first, 'Writer')).token;
  readerToken = (await signUp(first, 'Reader')).token;
  presenceUser = await signUp(first, `Present${Date.now()}`);
  const { body } = await post(first, '{ changeCursor }', {}, readerToken);
  subscribers = [];
  for (let i = 0; i < SUBSCRIBERS_PER_INSTANCE * 2; i++) subscribers.push(subscriber(() => (i % 2 === 0 ? first : second)));
  await Promise.all(subscribers.map((s) => s.start(body.data.changeCursor)));
  liveFollowers = [liveFollower(() => first), liveFollower(() => second)];
  await until(() => liveFollowers.every((follower) => follower.answers.length > 0), 10_000, 'every live query to answer');
  writes = writer();
}, 90_000);

afterAll(async () => {
  // An instance that ended on its own says why.
  for (const instance of [first, second]) {
    if (instance && !alive(instance) && !killed.has(instance)) console.error(`an instance exited:\n${instance.output.join('').slice(-4000)}`);
  }
  await writes?.stop();
  for (const client of clients) await client.dispose();
  for (const instance of [first, second]) if (instance && alive(instance)) instance.process.kill('SIGTERM');
  await Promise.all([first?.exited, second?.exited]);
  await ensureServicesUp();
  await database?.drop();
}, 90_000);

describe('production mode on PostgreSQL and Redis survives its infrastructure', () => {
  it('terminated backends end no process: the pools reconnect and writes carry on', async () => {
    await new Promise((resolve) => setTimeout(resolve, 12_000)); // connections go idle, as in the report
    const dbName = new URL(database.url).pathname.slice(1);
    expect(await terminateBackends(dbName)).toBeGreaterThan(0);
    const before = writes.acknowledged.length;
    await until(() => writes.acknowledged.length > before + 10, 10_000, 'writes after the backends were terminated');
    expect(alive(first) && alive(second)).toBe(true);
    expect(writes.unexpected).toEqual([]);
  }, 40_000);

  it('PostgreSQL down: /readyz says 503 and writes get 503 UNAVAILABLE; back up: ready and writing again by itself', async () => {
    const unavailableBefore = writes.unavailable.length;
    await stopPostgres();
    try {
      await until(async () => (await readyz(first)) === 503 && (await readyz(second)) === 503, 10_000, '/readyz 503 on both');
      await until(() => writes.unavailable.length > unavailableBefore + 3, 10_000, 'writes answered 503 UNAVAILABLE');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      await startPostgresAsync();
    }
    const restartedAt = Date.now();
    await until(async () => (await readyz(first)) === 200 && (await readyz(second)) === 200, 15_000, '/readyz 200 on both');
    const acknowledged = writes.acknowledged.length;
    await until(() => writes.acknowledged.length > acknowledged + 10, 15_000, 'writes acknowledged again');
    console.log(`PostgreSQL back: both instances ready and writing ${Date.now() - restartedAt} ms after it started`);
    expect(alive(first) && alive(second)).toBe(true);
    expect(writes.unexpected).toEqual([]);
  }, 60_000);

  it('PostgreSQL down while someone types: the indicator still expires, and no process ends', async () => {
    const [typist, friend] = [await signUp(first, 'Typist'), await signUp(first, 'Friend')];
    const request = await post(first, 'mutation($id: ID!) { sendConnectionRequest(userId: $id) { id } }', { id: friend.id }, typist.token);
    await post(first, 'mutation($id: ID!) { acceptConnectionRequest(id: $id) { id } }', { id: request.body.data.sendConnectionRequest.id }, friend.token);
    const chat = await post(first, 'mutation($ids: [ID!]!) { createChat(input: { memberIds: $ids }) { id } }', { ids: [friend.id] }, typist.token);
    const typing = await post(first, 'mutation($chat: ID!) { setTyping(chatId: $chat, typing: true) }', { chat: chat.body.data.createChat.id }, typist.token);
    expect(typing.body.data.setTyping).toBe(true);
    await stopPostgres();
    try {
      // The indicator expires after 5 s: telling the chat's members so needs them from the database.
      await new Promise((resolve) => setTimeout(resolve, 6_500));
      expect(alive(first), first.output.join('')).toBe(true);
    } finally {
      await startPostgresAsync();
    }
    await until(async () => (await readyz(first)) === 200 && (await readyz(second)) === 200, 15_000, '/readyz 200 on both');
    expect(alive(first) && alive(second)).toBe(true);
  }, 40_000);

  it('a routine PostgreSQL restart (pg_ctlcluster restart): no process ends, writes carry on after it', async () => {
    const acknowledged = writes.acknowledged.length;
    try {
      await restartPostgres();
    } finally {
      await ensureServicesUp();
    }
    await until(async () => (await readyz(first)) === 200 && (await readyz(second)) === 200, 15_000, '/readyz 200 on both');
    await until(() => writes.acknowledged.length > acknowledged + 10, 15_000, 'writes acknowledged after the restart');
    expect(alive(first) && alive(second)).toBe(true);
    expect(writes.unexpected).toEqual([]);
  }, 60_000);

  it('Redis down and back: no process ends, changes keep flowing (the sweep, then the bus again)', async () => {
    await stopRedis();
    try {
      await until(async () => (await readyz(first)) === 503, 10_000, '/readyz 503 while Redis is away');
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    } finally {
      startRedis();
    }
    await until(async () => (await readyz(first)) === 200 && (await readyz(second)) === 200, 15_000, '/readyz 200 on both');
    expect(alive(first) && alive(second)).toBe(true);
    expect(writes.unexpected).toEqual([]);
  }, 40_000);

  it('kill -9 of an instance: its users go offline on the other within grace plus a heartbeat', async () => {
    const socket = createClient({
      url: second.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${presenceUser.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    clients.push(socket);
    const online = async () => {
      const { body } = await post(first, 'query($s: String) { users(search: $s) { id online } }', { s: 'Present' }, readerToken);
      return body.data.users.find((user: { id: string }) => user.id === presenceUser.id)?.online as boolean;
    };
    await until(online, 5_000, 'the user to be online on the other instance');
    killed.add(second);
    second.process.kill('SIGKILL');
    await second.exited;
    const killedAt = Date.now();
    await until(async () => !(await online()), 15_000, 'the user to go offline after the kill');
    console.log(`offline on the surviving instance ${Date.now() - killedAt} ms after kill -9 (limit 15,000)`);
    expect(alive(first)).toBe(true);
  }, 40_000);

  it('every acknowledged write reached every subscriber once, in commit order, and every live query ends current', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await writes.stop();
    const acknowledged = new Set(writes.acknowledged);
    expect(acknowledged.size).toBeGreaterThan(100);
    await until(
      () => subscribers.every((s) => writes.acknowledged.every((id) => s.received.some((r) => r.entityId === id))),
      30_000,
      'every subscriber to have every acknowledged write',
    );
    const orders = subscribers.map((s) => s.received.filter((r) => acknowledged.has(r.entityId)).map((r) => r.entityId));
    for (const s of subscribers) {
      const ids = s.received.map((r) => r.entityId);
      expect(new Set(ids).size).toBe(ids.length); // none twice
      const cursors = s.received.map((r) => r.cursor);
      expect(cursors).toEqual([...cursors].sort((a, b) => a - b)); // in log order
    }
    for (const order of orders) expect(order).toEqual(orders[0]);

    // Live queries rode out the same day: each ends on the current total, and no answer went back.
    const { body } = await post([first, second].find(alive)!, '{ dashboard { totals { personas } } }', {}, readerToken);
    const total = body.data.dashboard.totals.personas as number;
    await until(() => liveFollowers.every((follower) => follower.answers.at(-1)?.personas === total), 30_000, 'every live query to end on the current total');
    for (const follower of liveFollowers) {
      expect(follower.errored).toEqual([]);
      expect(follower.answers.map((answer) => answer.seq)).toEqual(follower.answers.map((answer) => answer.seq).sort((a, b) => a - b));
      expect(follower.answers.map((answer) => answer.personas)).toEqual(follower.answers.map((answer) => answer.personas).sort((a, b) => a - b));
    }
    console.log(`live queries: ${liveFollowers.map((follower) => follower.answers.length).join(' and ')} answers, each ending on the total of ${total}`);
    console.log(
      `${acknowledged.size} writes acknowledged, ${writes.unavailable.length} answered 503 UNAVAILABLE; ` +
        `${subscribers.length} subscribers each received all of them once, in order`,
    );
    expect(writes.unexpected).toEqual([]);
    expect(alive(first)).toBe(true);
  }, 60_000);
});
