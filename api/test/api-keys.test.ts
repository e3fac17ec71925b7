import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangesSubscription, CreateKeywordSet, CreatePersona, dnsPersona } from './documents.js';
import { graphql } from './gql/index.js';
import { connectWs, dataOf, errorCode, openSse, request, sleep, startServer, TestUser, uniqueName, type TestServer } from './harness.js';

const CreateApiKey = graphql(`
  mutation Keys_Create($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
        capabilities {
          read
          write
          topics
          entityIds
        }
        expiresAt
        lastUsedAt
      }
    }
  }
`);

const RevokeApiKey = graphql(`
  mutation Keys_Revoke($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

const ChangeCursorQuery = parse('{ changeCursor }') as TypedDocumentNode<{ changeCursor: string }, Record<string, never>>;

const ApiKeys = graphql(`
  query Keys_List {
    apiKeys {
      id
      prefix
      lastUsedAt
      usage {
        requests
        subscriptions
        deliveries
        bytes
        cutOffs
        perMinute {
          at
          requests
          deliveries
        }
      }
    }
  }
`);

const Me = graphql(`
  query Keys_Me {
    me {
      id
    }
  }
`);

const keywordSetInput = () => ({ name: uniqueName('Key scope'), rules: [{ pattern: 'sale', kind: 'STRING' as const }] });

let server: TestServer;
let owner: TestUser;

/** A key of `owner`, as a TestUser whose bearer token is the key's secret. */
async function keyOf(person: TestUser, capabilities: { read: boolean; write: boolean; topics?: string[]; entityIds?: string[] }, extra: { expiresAt?: string; trustedDocumentsOnly?: boolean } = {}) {
  const { createApiKey } = await person.gql(CreateApiKey, {
    input: { name: uniqueName('Partner'), capabilities: capabilities as never, ...extra },
  });
  return { key: createApiKey.apiKey, secret: createApiKey.secret, as: new TestUser(person.server, person.id, createApiKey.secret, person.email) };
}

/** What a WebSocket operation over `secret` answered: its errors, or the data of its first result. */
async function overWebSocket(secret: string, query: string, variables?: Record<string, unknown>) {
  const client = connectWs(server, { authorization: `Bearer ${secret}` });
  try {
    return await new Promise<{ data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }>((resolve) => {
      client.subscribe(
        { query, variables },
        {
          next: (result) => resolve(result as never),
          error: (error) => resolve({ errors: error as never }),
          complete: () => {},
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** A POST answered as an event stream: its HTTP status and the first event's payload (or error body). */
async function overSse(secret: string, query: string) {
  const response = await fetch(server.graphqlUrl, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('text/event-stream') ? JSON.parse(/data: (.*)/.exec(text)![1]!) : JSON.parse(text);
  return { status: response.status, body: json as { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> } };
}

const capabilityOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.capability;

beforeAll(async () => {
  server = await startServer();
  owner = await server.signUp('Key owner');
});
afterAll(async () => {
  await server?.stop();
});

describe('API keys', () => {
  it('the secret is shown once, stored hashed, and authenticates as its owner', async () => {
    const { key, secret, as } = await keyOf(owner, { read: true, write: false });
    expect(secret).toMatch(/^pgk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    expect((await as.gql(Me)).me?.id).toBe(owner.id);
    const listed = (await owner.gql(ApiKeys)).apiKeys.find((candidate) => candidate.id === key.id);
    expect(listed).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(secret.slice(key.prefix.length));
  });

  it('a read-only key reads and is refused writes, naming "write", over HTTP, SSE and WebSocket', async () => {
    const { secret, as } = await keyOf(owner, { read: true, write: false });
    const mutation = print(CreatePersona);
    const variables = { input: dnsPersona(uniqueName('Refused')) };

    const http = await as.request(CreatePersona, variables);
    expect(http.status).toBe(403);
    expect(errorCode(http)).toBe('FORBIDDEN');
    expect(capabilityOf(http.body)).toBe('write');
    expect((await as.gql(Me)).me?.id).toBe(owner.id);

    const sse = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: mutation, variables }),
    });
    const sseBody = JSON.parse(await sse.text()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
    expect(sse.status).toBe(403);
    expect(capabilityOf(sseBody)).toBe('write');
    expect((await overSse(secret, '{ me { id } }')).body.data).toEqual({ me: { id: owner.id } });

    const ws = await overWebSocket(secret, mutation, variables);
    expect(ws.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'write' });
    expect((await overWebSocket(secret, '{ me { id } }')).data).toEqual({ me: { id: owner.id } });
  });

  it('a write-only key writes and is refused reads and streams, naming "read", over HTTP, SSE and WebSocket', async () => {
    const { secret, as } = await keyOf(owner, { read: false, write: true });
    const created = await as.gql(CreatePersona, { input: dnsPersona(uniqueName('Written by key')) });
    expect(created.createPersona.id).toBeTruthy();

    const http = await as.request(Me);
    expect(http.status).toBe(403);
    expect(capabilityOf(http.body)).toBe('read');
    const sse = await overSse(secret, '{ me { id } }');
    expect(sse.status).toBe(403);
    expect(capabilityOf(sse.body)).toBe('read');
    expect(capabilityOf(await overWebSocket(secret, '{ me { id } }'))).toBe('read');
    expect(capabilityOf(await overWebSocket(secret, 'subscription { changes { cursor } }'))).toBe('read');
  });

  it('a key never manages keys or the account', async () => {
    const { as, secret } = await keyOf(owner, { read: true, write: true });
    const create = await as.request(CreateApiKey, { input: { name: 'Minted by a key', capabilities: { read: true, write: true } } });
    expect(capabilityOf(create.body)).toBe('account');
    expect(capabilityOf((await as.request(ApiKeys)).body)).toBe('account');
    expect(capabilityOf(await overWebSocket(secret, 'mutation { signOut }'))).toBe('account');
  });

  it("a topic-scoped key's stream carries only its topics, on replay and live, over WebSocket and SSE", async () => {
    const { as } = await keyOf(owner, { read: true, write: false, topics: ['KEYWORD_SET'] });
    const after = await owner.changeCursor();
    const missed = (await owner.gql(CreateKeywordSet, { input: keywordSetInput() })).createKeywordSet.id;
    await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Not for the key')) });

    const ws = as.subscribe(ChangesSubscription, { after });
    const sse = as.sse(ChangesSubscription, { after });
    await ws.waitFor(1);
    await sse.waitFor(1);
    await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Not for the key either')) });
    const live = (await owner.gql(CreateKeywordSet, { input: keywordSetInput() })).createKeywordSet.id;
    for (const stream of [ws, sse]) {
      const changes = await stream.waitFor(2);
      expect(changes.map((change) => [change.changes.__typename, change.changes.entityId])).toEqual([
        ['KeywordSetChange', missed],
        ['KeywordSetChange', live],
      ]);
    }
    await sleep(300);
    expect(ws.results).toHaveLength(2);
    expect(sse.results).toHaveLength(2);
    ws.close();
    sse.close();

    const wider = as.subscribe(ChangesSubscription, { topics: ['PERSONA'] });
    await expect(wider.waitFor(1)).rejects.toThrow(/topics/);
  });

  it('an entity-scoped key follows only its entities', async () => {
    const followed = (await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Followed')) })).createPersona.id;
    const { as } = await keyOf(owner, { read: true, write: false, entityIds: [followed] });
    const stream = as.subscribe(ChangesSubscription, { after: await owner.changeCursor() });
    await sleep(100);
    await owner.gql(CreatePersona, { input: dnsPersona(uniqueName('Someone else')) });
    await owner.request(graphql(`
      mutation Keys_UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {
        updatePersona(id: $id, input: $input) {
          id
        }
      }
    `), { id: followed, input: { name: uniqueName('Followed, renamed') } });
    const [change] = await stream.waitFor(1);
    expect(change?.changes.entityId).toBe(followed);
    await sleep(300);
    expect(stream.results).toHaveLength(1);
    stream.close();
  });

  it('revocation ends the open streams with 4401 and later requests get 401', async () => {
    const { key, secret, as } = await keyOf(owner, { read: true, write: false });
    const client = connectWs(server, { authorization: `Bearer ${secret}` });
    client.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    const sse = as.sse(ChangesSubscription, {});
    await sse.status;
    await sleep(100);
    const revokedAt = Date.now();
    await owner.gql(RevokeApiKey, { id: key.id });
    expect(await client.closed).toBe(4401);
    await sse.waitForEnd(1000);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    const after = await as.request(Me);
    expect(after.status).toBe(401);
  });

  it('an expired key ends its streams at expiry and is refused after', async () => {
    const { secret, as } = await keyOf(owner, { read: true, write: false }, { expiresAt: new Date(Date.now() + 1500).toISOString() });
    const client = connectWs(server, { authorization: `Bearer ${secret}` });
    client.subscribe({ query: 'subscription { changes { cursor } }' }, { next() {}, error() {}, complete() {} });
    expect(await client.closed).toBe(4401);
    expect((await as.request(Me)).status).toBe(401);
  });

  it('a key limited to trusted documents runs only the registered ones, by hash or in full', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(new URL('../../web/src/gql/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
    const [hash, text] = Object.entries(manifest).find(([, document]) => document.startsWith('query') && !document.includes('$'))!;
    const { secret } = await keyOf(owner, { read: true, write: false }, { trustedDocumentsOnly: true });
    const post = (body: unknown) =>
      fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify(body) });

    const refused = await post({ query: '{ me { id } }' });
    expect(refused.status).toBe(403);
    expect(capabilityOf((await refused.json()) as never)).toBe('trustedDocuments');
    const inFull = await post({ query: text });
    expect(inFull.status).toBe(200);
    expect(((await inFull.json()) as { errors?: unknown }).errors).toBeUndefined();
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(byHash.status).toBe(200);
    expect(((await byHash.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(capabilityOf(await overWebSocket(secret, '{ me { id } }'))).toBe('trustedDocuments');
  });
});

describe('API key quotas and usage', () => {
  let limited: TestServer;
  let person: TestUser;

  beforeAll(async () => {
    limited = await startServer({ API_KEY_RATE_LIMIT_POINTS: '5', API_KEY_DELIVERY_POINTS: '4', RATE_LIMIT_WINDOW_SECONDS: '60' });
    person = await limited.signUp('Metered');
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers carry RateLimit headers, and over budget is 429 RATE_LIMITED with Retry-After', async () => {
    const { as } = await keyOf(person, { read: true, write: false });
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await as.request(Me);
      expect(result.status).toBe(200);
      expect(result.headers.get('ratelimit-policy')).toBe('"requests";q=5;w=60');
      remaining.push(result.headers.get('ratelimit')!);
    }
    expect(remaining.map((value) => /r=(\d+)/.exec(value)![1])).toEqual(['4', '3', '2', '1', '0']);
    const refused = await as.request(Me);
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit')).toMatch(/^"requests";r=0;t=\d+$/);
    // The owner's own session is a different budget.
    expect((await person.request(Me)).status).toBe(200);
  });

  it("usage counts what the key sent and received, and its delivery budget ends its streams", async () => {
    const { key, secret } = await keyOf(person, { read: true, write: false, topics: ['PERSONA'] });
    // Two requests, then one event stream (a third request and a subscription) that receives changes.
    for (let i = 0; i < 2; i++) {
      const response = await fetch(limited.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(response.status).toBe(200);
    }
    const abort = new AbortController();
    const response = await fetch(limited.graphqlUrl, {
      method: 'POST',
      signal: abort.signal,
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'subscription { changes { cursor entityId } }' }),
    });
    const received: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) received.push(Buffer.from(chunk));
    })().catch(() => {});
    await sleep(100);
    // Six changes for a budget of four: the fifth tips it over; the stream ends within about a second.
    for (let i = 0; i < 6; i++) await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Metered')) });
    await Promise.race([reading, sleep(4000)]);
    abort.abort();
    const bytes = Buffer.concat(received);
    const events = bytes.toString().split('\n\n').filter((block) => block.startsWith('id: '));
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.length).toBeLessThanOrEqual(6);

    // Over its delivery budget, the key cannot subscribe again until the window turns.
    const again = openSse(limited.graphqlUrl, ChangesSubscription, {}, { token: secret });
    expect(await again.status).toBe(429);

    // The meter writes every 5 s; made to write now.
    await limited.app.services.apiKeyUsage.flush();
    const usage = (await person.gql(ApiKeys)).apiKeys.find((candidate) => candidate.id === key.id)!.usage;
    expect(usage.requests).toBe(4); // two queries, the stream, the refused stream's admission
    expect(usage.subscriptions).toBe(1);
    expect(usage.deliveries).toBe(events.length);
    expect(usage.bytes).toBe(bytes.length);
    expect(usage.cutOffs).toBe(0);
    expect(usage.perMinute).toHaveLength(60);
    expect(usage.perMinute.reduce((sum, minute) => sum + minute.requests, 0)).toBe(4);
    expect((await person.gql(ApiKeys)).apiKeys.find((candidate) => candidate.id === key.id)!.lastUsedAt).not.toBeNull();
  });
  it('reading usage writes nothing: it shows what the instances wrote, and moves when they write', async () => {
    const { key, secret } = await keyOf(person, { read: true, write: false });
    const meter = limited.app.services.apiKeyUsage;
    await meter.stop(); // its timer off, so nothing is written but what this test asks for
    try {
      const keyed = await fetch(limited.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(keyed.status).toBe(200);
      const head = (await person.gql(ChangeCursorQuery)).changeCursor;
      const usageNow = async () => (await person.gql(ApiKeys)).apiKeys.find((candidate) => candidate.id === key.id)!.usage.requests;
      expect(await usageNow()).toBe(0); // counted in memory, not written yet
      expect((await person.gql(ChangeCursorQuery)).changeCursor).toBe(head); // and the read wrote nothing
      await meter.flush();
      expect(await usageNow()).toBe(1);
      expect(Number((await person.gql(ChangeCursorQuery)).changeCursor)).toBeGreaterThan(Number(head)); // the write's ApiKeyChange
    } finally {
      meter.start();
    }
  });

  it("a live query's answers are deliveries too: counted, charged to the budget, and refused over it", async () => {
    const { key, secret } = await keyOf(person, { read: true, write: false });
    const abort = new AbortController();
    const response = await fetch(limited.graphqlUrl, {
      method: 'POST',
      signal: abort.signal,
      headers: { accept: 'text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: 'query Metered @live { personas(first: 100) { edges { node { id } } } }' }),
    });
    expect(response.status).toBe(200);
    const received: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) received.push(Buffer.from(chunk));
    })().catch(() => {});
    await sleep(200);
    // The first answer and one per change, for a budget of four: the stream ends within about a second.
    for (let i = 0; i < 6; i++) {
      await person.gql(CreatePersona, { input: dnsPersona(uniqueName('Metered live')) });
      await sleep(50);
    }
    await Promise.race([reading, sleep(4000)]);
    abort.abort();
    const answers = Buffer.concat(received).toString().split('\n\n').filter((block) => block.startsWith('id: '));
    expect(answers.length).toBeGreaterThanOrEqual(4);
    expect(answers.length).toBeLessThanOrEqual(7);

    const again = openSse(limited.graphqlUrl, parse('query MeteredAgain @live { personas(first: 1) { edges { node { id } } } }') as never, {}, { token: secret });
    expect(await again.status).toBe(429);

    await limited.app.services.apiKeyUsage.flush();
    const usage = (await person.gql(ApiKeys)).apiKeys.find((candidate) => candidate.id === key.id)!.usage;
    expect(usage.subscriptions).toBe(1);
    expect(usage.deliveries).toBe(answers.length);
  });
});

describe('unknown keys', () => {
  it('an unknown pgk_ secret is 401, like an unknown session token', async () => {
    const result = await request(server, Me, undefined, 'pgk_not-a-real-key-at-all');
    expect(result.status).toBe(401);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(dataOf(await owner.request(Me)).me?.id).toBe(owner.id);
  });
});
