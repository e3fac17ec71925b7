import {
  execute,
  getNamedType,
  isCompositeType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readLogBounds, readVisibleAfter } from '../src/changes/log.js';
import { ChangeFilter } from '../src/changes/change-filter.js';
import type { Viewer } from '../src/viewer.js';
import { DomainError } from '../src/errors.js';
import { schema } from '../src/schema.js';
import { openSse, startServer, type Stream, type TestServer, type TestUser } from './harness.js';
import { connectUsers } from './social-documents.js';

/**
 * The fan-out executes a change once per cohort and shares the bytes. This holds it equal to the
 * plain way: every frame a subscriber receives must equal what executing its own operation with
 * graphql-js for its own viewer gives, over seeded random documents covering every change type,
 * four viewers (admin, members inside and outside each audience) and random writes.
 * Remove one `perViewer` declaration and the shared execution shows up here as a difference.
 */

const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 20261128);
const DOCUMENTS = 8;
const STEPS = 70;

function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}
const random = prng(SEED);

// --- random subscription documents, built from the schema so a new change type or field is covered too
const INTERFACE_FIELDS = new Set(['cursor', 'op', 'at', 'entityId']);
const changeTypes = schema
  .getPossibleTypes(schema.getType('Change') as GraphQLInterfaceType)
  .filter((type) => type.name !== 'ResyncChange');

const selectable = (field: GraphQLField<unknown, unknown>) =>
  field.args.every((arg) => !isNonNullType(arg.type)) && !getNamedType(field.type).name.endsWith('Connection');

function selection(type: GraphQLObjectType, depth: number): string {
  const fields: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field)) continue;
    const named = getNamedType(field.type);
    const declaredPerViewer = Boolean(field.extensions?.perViewer);
    if (isLeafType(named) || isEnumType(named)) {
      if (field.name === 'id' || random.chance(declaredPerViewer ? 0.8 : 0.5)) fields.push(field.name);
    } else if (isObjectType(named) && depth < 2 && random.chance(declaredPerViewer ? 0.8 : 0.4)) {
      fields.push(`${field.name} { ${selection(named, depth + 1)} }`);
    }
  }
  return fields.length > 0 ? fields.join(' ') : '__typename';
}

function randomDocument(index: number): { query: string; variables: Record<string, unknown> } {
  const fragments: string[] = [];
  const branches = changeTypes.map((type) => {
    const entity = Object.values(type.getFields()).find((field) => !INTERFACE_FIELDS.has(field.name))!;
    const entityType = getNamedType(entity.type) as GraphQLObjectType;
    const body = `${entity.name} { ${isCompositeType(entityType) ? selection(entityType, 0) : ''} }`;
    if (random.chance(0.3)) {
      fragments.push(`fragment D${index}_${type.name} on ${type.name} { ${body} }`);
      return `...D${index}_${type.name}`;
    }
    return `... on ${type.name} { ${body} }`;
  });
  const topics = random.chance(0.3) ? [...new Set(changeTypes.map(() => random.pick(TOPICS)))] : undefined;
  const query = `subscription D${index}($after: String, $topics: [ChangeTopic!]) {
    changes(after: $after, topics: $topics) { cursor op entityId ${random.chance(0.5) ? '__typename' : ''} ${branches.join(' ')} }
  }
  ${fragments.join('\n')}`;
  return { query, variables: topics ? { topics } : {} };
}
const TOPICS = ['USER', 'PERSONA', 'KEYWORD_SET', 'PROXY', 'PROXY_POOL', 'CAMPAIGN', 'ACTIVITY', 'DASHBOARD', 'SETTINGS', 'NOTIFICATION', 'CONNECTION', 'CHAT', 'MESSAGE', 'POST', 'COMMENT', 'COUNTS'];

// --- the world
interface Subscriber {
  name: string;
  viewer: Viewer;
  document: DocumentNode;
  variables: Record<string, unknown>;
  topics?: string[];
  stream: Stream<unknown>;
  /** Cursors this subscriber must receive, in order. */
  expected: number[];
}

let server: TestServer;
let users: Record<'admin' | 'm1' | 'm2' | 'm3', TestUser>;
const subscribers: Subscriber[] = [];

async function raw(user: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any> | undefined> {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  return body.errors ? undefined : body.data;
}

const ids = { personas: [] as string[], keywordSets: [] as string[], proxies: [] as string[], pools: [] as string[], posts: [] as Array<{ id: string; author: TestUser }>, comments: [] as string[], messages: [] as string[], requests: [] as Array<{ id: string; from: TestUser; to: TestUser }>, campaigns: [] as string[] };
let chatId = '';
let groupChatId = '';

beforeAll(async () => {
  server = await startServer();
  const admin = await server.signUp('Admin');
  users = { admin, m1: await server.signUp('Member One'), m2: await server.signUp('Member Two'), m3: await server.signUp('Member Three') };
  await connectUsers(users.m1, users.m2);
  await connectUsers(users.m1, users.admin);
  chatId = (await raw(users.m1, 'mutation($ids: [ID!]!) { createChat(input: { memberIds: $ids }) { id } }', { ids: [users.m2.id] }))!.createChat.id;
  groupChatId = (await raw(users.m1, 'mutation($ids: [ID!]!) { createChat(input: { memberIds: $ids, title: "group" }) { id } }', { ids: [users.m2.id, users.admin.id] }))!.createChat.id;
  // A subscription without `after` starts live: changes the hub has not handed out yet would reach it.
  const head = (await readLogBounds(server.app.services.database.db)).head;
  while (server.app.services.hub.position < head) await new Promise((resolve) => setTimeout(resolve, 10));

  const documents = Array.from({ length: DOCUMENTS }, (_, index) => randomDocument(index));
  for (const [name, user] of Object.entries(users)) {
    const viewer = (await server.app.services.sessions.authenticate(user.token))!;
    const client = user.wsClient();
    documents.forEach(({ query, variables }, index) => {
      const document = parse(query);
      const stream = user.subscribe(document as never, variables as never, client) as Stream<unknown>;
      subscribers.push({ name: `${name} D${index} ws`, viewer, document, variables, topics: variables.topics as string[] | undefined, stream, expected: [] });
    });
    const { query, variables } = documents[subscribers.length % DOCUMENTS]!;
    const document = parse(query);
    const stream = openSse(server.graphqlUrl, document as never, variables as never, { token: user.token }) as Stream<unknown>;
    subscribers.push({ name: `${name} sse`, viewer, document, variables, topics: variables.topics as string[] | undefined, stream, expected: [] });
  }
  // Let every subscription reach the fan-out before the first write.
  await new Promise((resolve) => setTimeout(resolve, 500));
});

afterAll(async () => {
  for (const subscriber of subscribers) subscriber.stream.close();
  for (const user of Object.values(users ?? {})) user.closeClients();
  await server?.stop();
});

const actors = () => Object.values(users);

/** Random writes covering every change type; some fail on purpose (a stranger commenting), which must push nothing. */
const writes: Array<() => Promise<unknown>> = [
  async () => {
    const data = await raw(random.pick(actors()), 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', {
      input: { kind: 'DNS', name: `persona ${random.int(0, 1e9)}`, dns: { resolvers: ['127.0.0.1:5353'] } },
    });
    if (data) ids.personas.push(data.createPersona.id);
  },
  async () => {
    if (ids.personas.length === 0) return;
    await raw(random.pick(actors()), 'mutation($id: ID!, $name: String!) { updatePersona(id: $id, input: { name: $name }) { id } }', { id: random.pick(ids.personas), name: `renamed ${random.int(0, 1e9)}` });
  },
  async () => {
    const id = ids.personas.pop();
    if (id) await raw(random.pick(actors()), 'mutation($id: ID!) { deletePersona(id: $id) }', { id });
  },
  async () => {
    const data = await raw(random.pick(actors()), 'mutation($name: String!) { createKeywordSet(input: { name: $name, rules: [{ pattern: "x", kind: STRING }] }) { id } }', { name: `set ${random.int(0, 1e9)}` });
    if (data) ids.keywordSets.push(data.createKeywordSet.id);
  },
  async () => {
    if (ids.keywordSets.length === 0) return;
    await raw(random.pick(actors()), 'mutation($id: ID!, $name: String!) { updateKeywordSet(id: $id, input: { name: $name }) { id } }', { id: random.pick(ids.keywordSets), name: `set ${random.int(0, 1e9)}` });
  },
  async () => {
    const data = await raw(random.pick(actors()), 'mutation($name: String!) { createProxy(input: { name: $name, protocol: HTTP, host: "127.0.0.1", port: 9, enabled: false }) { id } }', { name: `proxy ${random.int(0, 1e9)}` });
    if (data) ids.proxies.push(data.createProxy.id);
  },
  async () => {
    const data = await raw(random.pick(actors()), 'mutation($name: String!) { createProxyPool(input: { name: $name }) { id } }', { name: `pool ${random.int(0, 1e9)}` });
    if (data) ids.pools.push(data.createProxyPool.id);
  },
  async () => {
    if (ids.pools.length === 0 || ids.proxies.length === 0) return;
    await raw(random.pick(actors()), 'mutation($pool: ID!, $proxy: ID!) { addProxyToPool(poolId: $pool, proxyId: $proxy) { id } }', { pool: random.pick(ids.pools), proxy: random.pick(ids.proxies) });
  },
  () => raw(users.admin, 'mutation($rate: Int!) { updateSettings(input: { progressPushPerSecond: $rate }) { progressPushPerSecond } }', { rate: random.int(1, 10) }),
  async () => {
    const data = await raw(random.pick(actors()), 'mutation($name: String!) { createCampaign(input: { name: $name, kind: DOMAIN_GENERATION, generation: { pattern: PREFIX, characterSet: "ab", minLength: 1, maxLength: 1, tlds: ["test"] } }) { id } }', { name: `campaign ${random.int(0, 1e9)}` });
    if (data) ids.campaigns.push(data.createCampaign.id);
  },
  async () => {
    const author = random.pick(actors());
    const data = await raw(author, 'mutation($body: String!) { createPost(body: $body) { id } }', { body: `secret post ${random.int(0, 1e9)}` });
    if (data) ids.posts.push({ id: data.createPost.id, author });
  },
  async () => {
    if (ids.posts.length === 0) return;
    const post = random.pick(ids.posts);
    await raw(post.author, 'mutation($id: ID!, $body: String!) { updatePost(id: $id, body: $body) { id } }', { id: post.id, body: `edited ${random.int(0, 1e9)}` });
  },
  async () => {
    if (ids.posts.length === 0) return;
    const data = await raw(random.pick(actors()), 'mutation($id: ID!, $body: String!) { addComment(postId: $id, body: $body) { id } }', { id: random.pick(ids.posts).id, body: `comment ${random.int(0, 1e9)}` });
    if (data) ids.comments.push(data.addComment.id);
  },
  async () => {
    const sender = random.pick([users.m1, users.m2]);
    const data = await raw(sender, 'mutation($chat: ID!, $body: String!) { sendMessage(chatId: $chat, body: $body) { id } }', { chat: random.chance(0.5) ? chatId : groupChatId, body: `secret ${random.int(0, 1e9)}` });
    if (data) ids.messages.push(data.sendMessage.id);
  },
  async () => {
    if (ids.messages.length === 0) return;
    await raw(users.m1, 'mutation($id: ID!) { editMessage(id: $id, body: "edited secret") { id } }', { id: random.pick(ids.messages) });
  },
  async () => {
    if (ids.messages.length === 0) return;
    await raw(random.pick([users.m2, users.admin]), 'mutation($chat: ID!, $message: ID!) { markChatRead(chatId: $chat, messageId: $message) { id } }', { chat: groupChatId, message: ids.messages.at(-1) });
  },
  async () => {
    const to = random.pick([users.admin, users.m1, users.m2]);
    const data = await raw(users.m3, 'mutation($to: ID!) { sendConnectionRequest(userId: $to) { id } }', { to: to.id });
    if (data) ids.requests.push({ id: data.sendConnectionRequest.id, from: users.m3, to });
  },
  async () => {
    const request = ids.requests.pop();
    if (!request) return;
    const action = random.pick(['acceptConnectionRequest', 'declineConnectionRequest']);
    await raw(request.to, `mutation($id: ID!) { ${action}(id: $id) { id } }`, { id: request.id });
    if (action === 'acceptConnectionRequest' && random.chance(0.5)) {
      await raw(request.to, 'mutation($id: ID!) { removeConnection(id: $id) }', { id: request.id });
    }
  },
  () => raw(random.pick(actors()), 'mutation { markAllNotificationsRead }'),
  () => server.signUp('Newcomer'),
];

/** The plain way: graphql-js executes the subscriber's own operation for its own viewer. */
async function reference(subscriber: Subscriber, cursor: number) {
  const [record] = await readVisibleAfter(server.app.services.database.db, { after: cursor - 1, filter: new ChangeFilter(subscriber.viewer.id), limit: 1 });
  const result = await execute({
    schema,
    document: subscriber.document,
    variableValues: subscriber.variables,
    rootValue: record,
    contextValue: { services: server.app.services, viewer: subscriber.viewer },
  });
  return {
    data: JSON.parse(JSON.stringify(result.data ?? null)),
    errors: result.errors?.map((error) => (error.originalError instanceof DomainError || !error.originalError ? error.message : 'Unexpected error.')),
  };
}

/** How many of each subscriber's frames have been compared. */
const checked = new Map<Subscriber, number>();

it(`fan-out frames equal per-subscriber execution (seed ${SEED}, ${DOCUMENTS} documents, ${STEPS} writes)`, async () => {
  const { db } = server.app.services.database;
  let compared = 0;
  let shared = 0;
  for (let step = 0; step < STEPS; step++) {
    const before = (await readLogBounds(db)).head;
    await random.pick(writes)();
    for (const subscriber of subscribers) {
      const records = await readVisibleAfter(db, { after: before, filter: new ChangeFilter(subscriber.viewer.id, { topics: subscriber.topics }), limit: 1000 });
      subscriber.expected.push(...records.map((record) => record.seq));
    }
    for (const subscriber of subscribers) {
      await subscriber.stream.waitFor(subscriber.expected.length, 5000);
      // Compare this step's frames now, while the entities are as they were when the fan-out executed them.
      for (let index = checked.get(subscriber) ?? 0; index < subscriber.expected.length; index++) {
        const cursor = subscriber.expected[index]!;
        const { id: _sseId, ...frame } = subscriber.stream.results[index] as Record<string, unknown>;
        const received = { data: frame.data ?? null, errors: (frame.errors as Array<{ message: string }> | undefined)?.map((error) => error.message) };
        expect(received, `${subscriber.name}, change ${cursor}`).toEqual(await reference(subscriber, cursor));
        expect((frame.data as { changes: { cursor: string } }).changes.cursor).toBe(String(cursor));
        compared++;
      }
      checked.set(subscriber, subscriber.expected.length);
    }
    shared = server.app.services.fanout.cohortCount;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const subscriber of subscribers) expect(subscriber.stream.results.length, `${subscriber.name}: no extra frames`).toBe(subscriber.expected.length);
  // The point of the fan-out: far fewer executions than deliveries.
  expect(shared).toBeLessThan(subscribers.length);
  expect(compared).toBeGreaterThan(STEPS * 5);
}, 120_000);

