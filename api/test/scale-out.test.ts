import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription, CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, dropSchema, requestText, startServer, type TestServer, type TestUser } from './harness.js';
import { connectUsers, CreateChat, PresenceSubscription, SetTyping, TypingSubscription } from './social-documents.js';

/** Two instances on one PostgreSQL database and one Redis: real servers, as on a deployment. */
const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const schema = `scale_${randomUUID().replaceAll('-', '')}`;

const CreateKey = graphql(`
  mutation ScaleOut_CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
      }
    }
  }
`);

const RevokeKey = graphql(`
  mutation ScaleOut_RevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);

const KeyUsage = graphql(`
  query ScaleOut_KeyUsage {
    apiKeys {
      id
      usage {
        requests
        subscriptions
      }
    }
  }
`);

const StreamHealth = graphql(`
  subscription ScaleOut_StreamHealth {
    streamHealth {
      instance
      webSocketClients
    }
  }
`);

let first: TestServer;
let second: TestServer;
let writer: TestUser;
let reader: TestUser;

beforeAll(async () => {
  const env = { DATABASE_URL: POSTGRES_URL, REDIS_URL };
  // An hour-long sweep: within the test only a Redis message can wake the other instance.
  first = await startServer(env, { schema, sweepMs: 3_600_000 });
  second = await startServer(env, { schema, sweepMs: 3_600_000 });
  writer = await first.signUp('Writer on instance 1');
  reader = await second.signUp('Reader on instance 2');
});
afterAll(async () => {
  reader?.closeClients();
  await first?.stop();
  await second?.stop();
  await dropSchema(POSTGRES_URL, schema);
});

describe('scale-out on PostgreSQL and Redis', () => {
  it('a change committed on one instance reaches a subscriber of another, in order, once', async () => {
    const stream = reader.subscribe(ChangesSubscription, { after: await reader.changeCursor(), topics: ['PERSONA'] });
    const ids: string[] = [];
    for (const name of ['one', 'two', 'three']) ids.push((await writer.gql(CreatePersona, { input: dnsPersona(name) })).createPersona.id);
    const changes = await stream.waitFor(3);
    expect(changes.map((c) => c.changes.entityId)).toEqual(ids);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stream.results).toHaveLength(3);
    stream.close();
  });

  it('typing and presence, which never touch the log, cross instances through Redis too', async () => {
    await connectUsers(writer, reader);
    const { createChat } = await writer.gql(CreateChat, { input: { memberIds: [reader.id] } });
    const typing = reader.subscribe(TypingSubscription, { chatId: createChat.id });
    const presence = reader.subscribe(PresenceSubscription);
    await new Promise((resolve) => setTimeout(resolve, 200));

    await writer.gql(SetTyping, { chatId: createChat.id, typing: true });
    const [event] = await typing.waitFor(1);
    expect(event?.typing).toMatchObject({ typing: true, user: { id: writer.id } });

    const socket = writer.wsClient(); // on instance 1
    socket.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    await presence.waitUntil((data) => data.some(({ presence: p }) => p.user?.id === writer.id && p.online));
    writer.closeClients();
  });

  it("revoking an API key on one instance ends its streams on the other within a second, and usage adds up across both", async () => {
    const { createApiKey } = await writer.gql(CreateKey, { input: { name: 'Partner on two instances', capabilities: { read: true, write: false } } });
    const post = (server: TestServer) =>
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    for (const server of [first, second, second]) expect((await post(server)).status).toBe(200);
    const socket = connectWs(second, { authorization: `Bearer ${createApiKey.secret}` });
    socket.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const usage = async () => (await writer.gql(KeyUsage)).apiKeys.find((key) => key.id === createApiKey.apiKey.id)!.usage;
    // Each instance writes its counts every 5 seconds.
    const deadline = Date.now() + 12_000;
    while ((await usage()).requests < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await usage()).toMatchObject({ requests: 4, subscriptions: 1 });

    const revokedAt = Date.now();
    await writer.gql(RevokeKey, { id: createApiKey.apiKey.id });
    expect(await socket.closed).toBe(4401);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    expect((await post(second)).status).toBe(401);
  });

  it('signing out on one instance ends the session on the other at once: its requests get 401, its socket closes 4401', async () => {
    const post = (server: TestServer, query: string) =>
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${reader.token}` },
        body: JSON.stringify({ query }),
      });
    // The second instance has seen (and remembers) the session; it holds a socket of it open.
    expect((await post(second, '{ me { id } }')).status).toBe(200);
    const socket = connectWs(second, { authorization: `Bearer ${reader.token}` });
    socket.subscribe({ query: 'subscription { changes(topics: [SETTINGS]) { cursor } }' }, { next() {}, error() {}, complete() {} });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signedOutAt = Date.now();
    expect((await post(first, 'mutation { signOut }')).status).toBe(200);
    expect(await socket.closed).toBe(4401);
    expect(Date.now() - signedOutAt).toBeLessThan(1000);
    expect((await post(second, '{ me { id } }')).status).toBe(401);
  });

  it("an ADMIN watching the stream's health on one instance sees both, the other's figures moving as clients connect to it", async () => {
    const ids = [first.app.services.streamHealth.instance, second.app.services.streamHealth.instance];
    const live = writer.subscribe(StreamHealth);
    const of = (report: { streamHealth: Array<{ instance: string; webSocketClients: number }> } | undefined, instance: string) =>
      report?.streamHealth.find((entry) => entry.instance === instance);
    await live.waitUntil((data) => ids.every((id) => of(data.at(-1), id) !== undefined), 5_000);
    // Sockets of the tests before may still be closing: start from what the second instance counts now, once reported.
    const sockets = async () => (await second.app.services.metrics.openSockets.get()).values.find((value) => value.labels.transport === 'websocket')?.value ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = await sockets();
    await live.waitUntil((data) => of(data.at(-1), ids[1]!)?.webSocketClients === before, 5_000);
    // (No sign-up here: an anonymous request would spend 127.0.0.1's budget, which Redis shares with the rate-limit test below.)
    const visitor = connectWs(second, { authorization: `Bearer ${writer.token}` });
    await new Promise<void>((resolve) => visitor.on('connected', () => resolve()));
    await live.waitUntil((data) => of(data.at(-1), ids[1]!)?.webSocketClients === before + 1, 5_000);
    void visitor.dispose();
    live.close();
  });

  it('a deployment with its own REDIS_NAMESPACE on the same Redis is apart: neither sees the other’s instances', async () => {
    const apartSchema = `apart_${randomUUID().replaceAll('-', '')}`;
    const apart = await startServer({ DATABASE_URL: POSTGRES_URL, REDIS_URL, REDIS_NAMESPACE: `apart-${randomUUID()}`, STREAM_HEALTH_INTERVAL_MS: '200' }, { schema: apartSchema });
    try {
      const admin = await apart.signUp('Admin of the other deployment'); // the first account of a workspace is its ADMIN
      const live = admin.subscribe(StreamHealth);
      await live.waitUntil((data) => (data.at(-1)?.streamHealth.length ?? 0) > 0, 5_000);
      await new Promise((resolve) => setTimeout(resolve, 2_500)); // two reports of each instance of the first deployment
      const heard = new Set(live.data.flatMap((report) => report.streamHealth.map((entry) => entry.instance)));
      expect([...heard]).toEqual([apart.app.services.streamHealth.instance]);
      expect(first.app.services.streamHealth.instances().map((entry) => entry.instance)).not.toContain(apart.app.services.streamHealth.instance);
      live.close();
    } finally {
      await apart.stop();
      await dropSchema(POSTGRES_URL, apartSchema);
    }
  });

  it("the dashboard's throughput history is the workspace's: a run on one instance shows the same history on the other", async () => {
    const ask = async (server: TestServer, user: TestUser, query: string, variables?: Record<string, unknown>) => {
      const result = await requestText(server, user.token, query, variables);
      expect(result.errors, query).toBeUndefined();
      return result.data as Record<string, any>;
    };
    const generation = { pattern: 'PREFIX', constant: 'scale', characterSet: 'abc', minLength: 1, maxLength: 3, tlds: ['test'] };
    const { createCampaign } = await ask(first, writer, 'mutation($generation: DomainGenerationParamsInput!) { createCampaign(input: { name: "scaled flow", kind: DOMAIN_GENERATION, generation: $generation }) { id } }', { generation });
    await ask(first, writer, 'mutation($id: ID!) { startCampaign(id: $id) { id } }', { id: createCampaign.id });
    const deadline = Date.now() + 15_000;
    // The writer on both instances: an earlier test signed the reader out.
    while ((await ask(second, writer, '{ campaign(id: "' + createCampaign.id + '") { status } }')).campaign.status !== 'COMPLETED') {
      expect(Date.now(), 'the campaign completes').toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const throughputOf = async (server: TestServer, user: TestUser) =>
      (await ask(server, user, '{ dashboard { throughput { at results } } }')).dashboard.throughput as Array<{ at: string; results: number }>;
    const onFirst = await throughputOf(first, writer);
    const onSecond = await throughputOf(second, writer);
    // 3 + 9 + 27 names, stored by the instance that ran the campaign (whichever claimed it).
    expect(onFirst.reduce((sum, sample) => sum + sample.results, 0)).toBe(39);
    expect(onSecond).toEqual(onFirst);
  });

  it('both instances report ready (database and Redis reachable)', async () => {
    for (const server of [first, second]) expect(await (await fetch(`${server.url}/readyz`)).text()).toBe('ready');
  });
});

describe('rate limits shared by the instances through Redis', () => {
  const POINTS = 6;
  const sharedSchema = `limits_${randomUUID().replaceAll('-', '')}`;
  let one: TestServer;
  let two: TestServer;
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await dropSchema(POSTGRES_URL, sharedSchema);
  });

  it('a token gets its budget once, not once per instance: requests spread over two instances meet one bucket', async () => {
    // A namespace of its own: the sign-up spends 127.0.0.1's budget, which other Redis suites running beside this one spend too.
    const env = { DATABASE_URL: POSTGRES_URL, REDIS_URL, REDIS_NAMESPACE: `budget-${randomUUID()}`, RATE_LIMIT_POINTS: String(POINTS), RATE_LIMIT_WINDOW_SECONDS: '60' };
    one = await startServer(env, { schema: sharedSchema });
    two = await startServer(env, { schema: sharedSchema });
    const user = await one.signUp('Spread');
    const statuses: number[] = [];
    for (let i = 0; i < POINTS + 2; i++) {
      const response = await fetch((i % 2 === 0 ? one : two).graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      statuses.push(response.status);
    }
    // Per instance, each would have let POINTS through (2 x POINTS in all); shared, the bucket empties at POINTS.
    expect(statuses.slice(0, POINTS)).toEqual(Array(POINTS).fill(200));
    expect(statuses.slice(POINTS)).toEqual([429, 429]);
  });
});
