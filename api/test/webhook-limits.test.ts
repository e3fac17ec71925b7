import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persistentDatabase, requestText, sleep, startServer, uniqueName, type TestServer, type TestUser } from './harness.js';
import { AddProxyToPool, CreateProxy, CreateProxyPool, UpdateProxy } from './operations-documents.js';
import { Receiver } from './webhook-receiver.js';
import { schema } from '../src/schema.js';
import { checkDocument } from '../src/transport/limits.js';

/** These tests send documents no client would compile. */
const raw = (server: TestServer, user: TestUser, query: string, variables?: Record<string, unknown>, operationName?: string) =>
  requestText(server, user.token, query, variables, operationName);

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`;
const UPDATE_WEBHOOK = `mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { id } }`;
const PING_WEBHOOK = `mutation($id: ID!) { pingWebhook(id: $id) { status error durationMs } }`;
const WEBHOOKS = `{ webhooks { id enabled disabledReason } }`;
const CREATE_PROXY = `mutation($input: CreateProxyInput!) { createProxy(input: $input) { id } }`;
const PROXIES = `subscription { changes { cursor ... on ProxyChange { proxy { name } } } }`;

/** The attack as reported: each fragment selects two aliased copies of the one below, through pool -> proxies. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on ProxyPool { id }'];
  for (let n = 1; n <= levels; n++) {
    fragments.push(`fragment F${n} on ProxyPool { a: proxies { pool { ...F${n - 1} } } b: proxies { pool { ...F${n - 1} } } }`);
  }
  return `subscription { changes { ... on ProxyChange { proxy { pool { ...F${levels} } } } } }\n${fragments.join('\n')}`;
}

/** Shallow and wide: `aliases` copies at each of two levels (the inner ones in a fragment), so depth stays small while the work multiplies. */
function wideDocument(aliases: number, root: 'subscription' | 'query'): string {
  const inner = `fragment Names on Proxy { ${Array.from({ length: aliases }, (_, i) => `i${i}: name`).join(' ')} }`;
  const outer = Array.from({ length: aliases }, (_, i) => `o${i}: proxies { ...Names }`).join(' ');
  return root === 'subscription'
    ? `subscription { changes { ... on ProxyChange { proxy { pool { ${outer} } } } } }\n${inner}`
    : `{ proxyPools(first: 1) { edges { node { ${outer} } } } }\n${inner}`;
}

/** Lists inside lists within the depth limit: pool -> proxies -> pool -> proxies ..., each list as long as the pool. */
function nestedLists(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `proxies { pool { ${selection} } }`;
  return `subscription { changes { ... on ProxyChange { proxy { pool { ${selection} } } } } }`;
}

let server: TestServer;
let owner: TestUser;

async function key(user: TestUser, target: TestServer, capabilities: Record<string, unknown>, trustedDocumentsOnly = false): Promise<string> {
  const created = await raw(target, user, CREATE_KEY, { input: { name: uniqueName('Limits key'), capabilities, trustedDocumentsOnly } });
  return created.data!.createApiKey.apiKey.id as string;
}

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1', WEBHOOK_TIMEOUT_MS: '1000' });
  owner = await server.signUp('Limits owner');
});
afterAll(async () => {
  await server?.stop();
});

describe('one set of limits for every document', () => {
  it('the fragment bomb is refused at createWebhook and updateWebhook, as the same document is as a subscription', async () => {
    const apiKeyId = await key(owner, server, { read: true, write: false, topics: ['PROXY'] });
    const bomb = fragmentBomb(12);
    const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query: bomb } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 12, field: 'input.query' });

    const fine = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query: PROXIES } });
    const updated = await raw(server, owner, UPDATE_WEBHOOK, { id: fine.data!.createWebhook.webhook.id, input: { query: bomb } });
    expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'input.query' });
  });

  it('the cost is judged for every request: a document first sent with variables that do not coerce, or run as its cheap operation, is still refused when it costs too much', async () => {
    const wide = wideDocument(150, 'query').replace('{ proxyPools', 'query Wide($x: Boolean!) { proxyPools').replace('edges {', 'edges @include(if: $x) {');
    // Variables that do not coerce: refused by execution, no cost computed.
    expect((await raw(server, owner, wide, {})).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await raw(server, owner, wide, { x: true })).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
    // The same text, another operation of it chosen: judged for the operation that runs.
    const twoOperations = `${wideDocument(150, 'query').replace('{ proxyPools', 'query Costly { proxyPools')}\nquery Cheap { me { id } }`;
    expect((await raw(server, owner, twoOperations, undefined, 'Cheap')).errors).toBeUndefined();
    expect((await raw(server, owner, twoOperations, undefined, 'Costly')).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
  });
  it('nested lists, which multiply work by their lengths within the depth limit, are bounded by the cost', async () => {
    const apiKeyId = await key(owner, server, { read: true, write: false });
    const nested = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query: nestedLists(2) } });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
    const asQuery = await raw(server, owner, `{ proxyPools(first: 1) { edges { node { ${'proxies { pool { '.repeat(2)}id${' } }'.repeat(2)} } } } }`);
    expect(asQuery.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
  });

  it("fragments and aliases that multiply work without adding depth are bounded by MAX_QUERY_COST (a list's selection counted 10 times), on requests and webhooks alike", async () => {
    const apiKeyId = await key(owner, server, { read: true, write: false });
    const webhook = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query: wideDocument(150, 'subscription') } });
    expect(webhook.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
    const query = await raw(server, owner, wideDocument(150, 'query'));
    expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 20_000 });
    expect(query.data ?? undefined).toBeUndefined();
    // Within the limit, the same shape is fine.
    expect((await raw(server, owner, wideDocument(4, 'query'))).errors).toBeUndefined();
  });

  it('pages are counted by the items they ask: aliases of one large page, each within the cost, are refused past MAX_PAGE_ITEMS (500), variables included', async () => {
    const pages = (count: number, size = 'first: 100') => `{ ${Array.from({ length: count }, (_, i) => `a${i}: keywordSets(${size}) { edges { node { rules { pattern } } } }`).join(' ')} }`;
    expect((await raw(server, owner, pages(94))).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 500 }); // the reported freeze
    expect((await raw(server, owner, pages(6))).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 500 });
    expect((await raw(server, owner, pages(5))).errors).toBeUndefined();
    expect((await raw(server, owner, pages(25, 'first: 20'))).errors).toBeUndefined(); // 20 by default or as asked
    const sized = `query($n: Int) { ${Array.from({ length: 6 }, (_, i) => `a${i}: keywordSets(first: $n) { edges { node { id } } }`).join(' ')} }`;
    expect((await raw(server, owner, sized, { n: 100 })).errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 500 });
    expect((await raw(server, owner, sized, { n: 50 })).errors).toBeUndefined();
    const nested = '{ campaigns(first: 100) { edges { node { results(first: 100) { edges { node { domain } } } } } } }';
    expect((await raw(server, owner, nested)).errors?.[0]?.message).toMatch(/pages can hold 10100 items/);
  });

  it("the web app's own documents are within every limit", () => {
    const manifest = JSON.parse(readFileSync(new URL('../../web/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const limits = server.app.services.config.limits;
    for (const text of Object.values(manifest)) expect(checkDocument(schema, text, limits), text.slice(0, 60)).toHaveProperty('kind', 'Document');
  });

  it('whatever a webhook may hold renders without holding the server: the bomb is not admitted, the widest document that is renders at once', async () => {
    const { createProxy } = await owner.gql(CreateProxy, { input: { name: uniqueName('Bounded'), protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
    const { createProxyPool } = await owner.gql(CreateProxyPool, { input: { name: uniqueName('Bounded pool'), strategy: 'ROUND_ROBIN' } });
    await owner.gql(AddProxyToPool, { poolId: createProxyPool.id, proxyId: createProxy.id });
    const apiKeyId = await key(owner, server, { read: true, write: false, topics: ['PROXY'] });
    const receivers: Receiver[] = [];
    try {
      for (const query of [fragmentBomb(12), nestedLists(2), wideDocument(14, 'subscription')]) {
        const receiver = new Receiver();
        await receiver.start();
        const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: receiver.url, query } });
        if (created.errors) {
          await receiver.stop();
          continue;
        }
        receiver.setSecret(created.data!.createWebhook.secret);
        receivers.push(receiver);
      }
      await owner.gql(UpdateProxy, { id: createProxy.id, input: { name: uniqueName('Bounded renamed') } });
      let slowest = 0;
      while (receivers.some((receiver) => receiver.received.length === 0)) {
        const started = performance.now();
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        slowest = Math.max(slowest, performance.now() - started);
        await sleep(10);
      }
      // 14 x 14 names of one proxy rendered, and the event loop answered health checks meanwhile.
      expect(JSON.stringify(receivers[0]!.received[0]!.body).length).toBeGreaterThan(196 * 4);
      expect(slowest).toBeLessThan(1_000);
      expect(receivers).toHaveLength(1); // the widest document is admitted; the bomb and the nested lists are not
    } finally {
      for (const receiver of receivers) await receiver.stop();
    }
  });

  it('a stored document is checked again when loaded: a limit lowered later disables the endpoint, and nothing is sent', async () => {
    const database = persistentDatabase();
    const receiver = new Receiver();
    await receiver.start();
    let first: TestServer | undefined;
    let second: TestServer | undefined;
    try {
      first = await startServer({ ...database.env, WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1' }, database.options);
      const person = await first.signUp('Restarted');
      const apiKeyId = await key(person, first, { read: true, write: true, topics: ['PROXY'] });
      const created = await raw(first, person, CREATE_WEBHOOK, { input: { apiKeyId, url: receiver.url, query: wideDocument(12, 'subscription') } });
      expect(created.errors).toBeUndefined();
      await first.stop();
      first = undefined;

      second = await startServer({ ...database.env, WEBHOOK_ALLOW_PRIVATE_NETWORKS: '1', MAX_QUERY_COST: '100' }, database.options);
      const proxy = await raw(second, person, CREATE_PROXY, { input: { name: uniqueName('Wakes it'), protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
      expect(proxy.errors).toBeUndefined();
      let state: { enabled: boolean; disabledReason: string | null } | undefined;
      for (let waited = 0; waited < 5_000 && state?.enabled !== false; waited += 50) {
        await sleep(50);
        state = (await raw(second, person, WEBHOOKS)).data!.webhooks[0];
      }
      expect(state).toMatchObject({ enabled: false });
      expect(state!.disabledReason).toMatch(/over the limit of 100\b/);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await first?.stop();
      await second?.stop();
      await receiver.stop();
      await database.drop();
    }
  });
});

describe('webhook delivery as hard as the stream', () => {
  it('WEBHOOK_TIMEOUT_MS is a deadline for the whole attempt: a receiver trickling its answer fails at it', async () => {
    // Writes a valid 204 one byte every 150 ms: an idle timeout would never fire.
    const answer = 'HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n';
    const sockets = new Set<import('node:net').Socket>();
    const trickler: Server = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => {});
      let sent = 0;
      const timer = setInterval(() => {
        if (sent >= answer.length || socket.destroyed) return clearInterval(timer);
        socket.write(answer[sent++]!);
      }, 150);
      socket.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => trickler.listen(0, '127.0.0.1', resolve));
    try {
      const apiKeyId = await key(owner, server, { read: true, write: false });
      const url = `http://127.0.0.1:${(trickler.address() as AddressInfo).port}/hook`;
      const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url, query: PROXIES } });
      const started = Date.now();
      const ping = await raw(server, owner, PING_WEBHOOK, { id: created.data!.createWebhook.webhook.id });
      const took = Date.now() - started;
      expect(ping.errors).toBeUndefined();
      expect(ping.data!.pingWebhook).toMatchObject({ status: 'FAILED' });
      expect(ping.data!.pingWebhook.error).toMatch(/within 1000 ms/);
      // The whole answer takes 7 s to trickle in; the attempt ends at the 1 s deadline.
      expect(took).toBeLessThan(3_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => trickler.close(() => resolve()));
    }
  });

  it('a key revoked while its endpoint works through a page stops the rest of that page, and the endpoint is disabled', async () => {
    const receiver = new Receiver();
    await receiver.start();
    try {
      const apiKeyId = await key(owner, server, { read: true, write: false, topics: ['PERSONA'] });
      const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: receiver.url, query: 'subscription { changes { cursor entityId } }', topics: ['PERSONA'] } });
      receiver.setSecret(created.data!.createWebhook.secret);
      const persona = async (name: string) =>
        (await raw(server, owner, 'mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }', { input: { kind: 'DNS', name: uniqueName(name), dns: { resolvers: ['127.0.0.1'] } } })).data!
          .createPersona.id as string;

      const releaseFirst = receiver.holdAnswers();
      const first = await persona('First');
      await receiver.waitFor(1);
      // Three more wait behind the first: the endpoint's next page holds all three.
      const rest = [await persona('Second'), await persona('Third'), await persona('Fourth')];
      releaseFirst();
      const releaseSecond = receiver.holdAnswers();
      await receiver.waitFor(2);
      expect((await raw(server, owner, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { id: apiKeyId })).errors).toBeUndefined();
      releaseSecond();
      await sleep(1_500);
      expect(receiver.changes()).toEqual([first, rest[0]]);
      const state = (await raw(server, owner, WEBHOOKS)).data!.webhooks.find((hook: { id: string }) => hook.id === created.data!.createWebhook.webhook.id);
      expect(state).toMatchObject({ enabled: false });
    } finally {
      await receiver.stop();
    }
  });

  it('a webhook document that requires variables is refused: a delivery has none to give', async () => {
    const apiKeyId = await key(owner, server, { read: true, write: false });
    const query = 'subscription ($after: String!) { changes(after: $after) { cursor } }';
    const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.query' });
  });

  it('a key limited to trusted documents cannot run another document through a webhook', async () => {
    const apiKeyId = await key(owner, server, { read: true, write: false }, true);
    const created = await raw(server, owner, CREATE_WEBHOOK, { input: { apiKeyId, url: 'http://127.0.0.1:9/hook', query: PROXIES } });
    expect(created.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'trustedDocuments' });
  });
});
