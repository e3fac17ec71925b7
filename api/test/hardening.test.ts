import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ChangesSubscription, CreateKeywordSet, CreatePersona, dnsPersona } from './documents.js';
import { connectWs, errorCode, openSse, sleep, startServer, type TestServer, type TestUser } from './harness.js';
import { settledRetainedBytes } from './memory.js';
import { CreateProxy, CreateProxyPool, UpdateProxy } from './operations-documents.js';
import { connectUsers, CreateChat } from './social-documents.js';

/** Hostile and careless clients, as issue 10 retried them: each case fails without its fix. */

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

let server: TestServer;
let admin: TestUser;

beforeAll(async () => {
  server = await startServer({ MAX_QUERY_DEPTH: '6', RATE_LIMIT_POINTS: '100000' });
  admin = await server.signUp('Admin');
});
afterAll(async () => {
  admin?.closeClients();
  await server.stop();
});

async function call(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }, token = admin.token) {
  const response = await fetch(`${server.url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body,
  });
  const text = await response.text();
  let body: Body | undefined;
  try {
    body = JSON.parse(text) as Body;
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

const DEEP_QUERY = '{ feed { edges { node { comments { post { comments { post { comments { id } } } } } } } } }';

describe('a bad operation on a WebSocket is an error for that operation only', () => {
  it('a query over the depth limit gets an error message; the live subscription on the socket goes on', async () => {
    const client = admin.wsClient();
    const live = admin.subscribe(ChangesSubscription, { topics: ['PERSONA'] }, client);
    await sleep(100);
    const deep = await new Promise<{ errors: unknown; completed: boolean }>((resolve) => {
      client.subscribe(
        { query: DEEP_QUERY },
        {
          next: (result) => resolve({ errors: result.errors, completed: false }),
          error: (errors) => resolve({ errors, completed: false }),
          complete: () => resolve({ errors: undefined, completed: true }),
        },
      );
    });
    const [error] = deep.errors as Array<{ message: string; extensions?: { code?: string; limit?: number } }>;
    expect(error?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(error?.extensions?.limit).toBe(6);
    expect(error?.message).not.toMatch(/Syntax Error/);
    expect(client.closes).toEqual([]);
    await admin.gql(CreatePersona, { input: dnsPersona('After the deep query') });
    await live.waitUntil((data) => data.some((change) => change.changes.__typename === 'PersonaChange'));
  });
});

describe('client mistakes get a 4xx with a code, never a 5xx', () => {
  it('GET with variables that are not JSON', async () => {
    const response = await call({ method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D&variables=%7Bnope' });
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables' });
  });

  it.each([
    ['null', 'null'],
    ['variables that are a string', '{"query":"{ me { id } }","variables":"x"}'],
    ['an array', '[1]'],
    ['broken JSON', '{"query":'],
  ])('an SSE POST whose body is %s', async (_case, body) => {
    const response = await call({ body, headers: { accept: 'text/event-stream' } });
    expect(response.status).toBe(400);
    expect(typeof response.body?.errors?.[0]?.extensions?.code).toBe('string');
  });

  it('a Host header that is not a host', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(server.graphqlUrl, { method: 'GET', headers: { host: 'a b[' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBeLessThan(500);
  });

  it('a body of a type the server does not read gets 415 saying which it reads', async () => {
    const response = await call({ body: '{"query":"{ me { id } }"}', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expect(response.body?.errors?.[0]?.extensions?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(response.body?.errors?.[0]?.message).toMatch(/application\/json/);
  });
});

describe('a mutation never runs over GET', () => {
  it('plain GET gets 405 METHOD_NOT_ALLOWED with Allow: POST', async () => {
    const response = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('mutation { createPost(body: "plain GET") { id } }')}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as Body).errors?.[0]?.extensions?.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('GET with Accept: text/event-stream gets 405 and writes nothing', async () => {
    const body = 'mutation { createPost(body: "sent over GET") { id } }';
    const response = await call({ method: 'GET', path: `/graphql?query=${encodeURIComponent(body)}`, headers: { accept: 'text/event-stream' } });
    expect(response.status).toBe(405);
    expect(response.body?.errors?.[0]?.extensions?.code).toBe('METHOD_NOT_ALLOWED');
    const feed = await call({ body: JSON.stringify({ query: '{ feed(first: 50) { edges { node { body } } } }' }) });
    expect(JSON.stringify(feed.body)).not.toContain('sent over GET');
  });
});

describe('errors a user can act on', () => {
  it('a depth violation over HTTP is LIMIT_EXCEEDED, not a syntax error, every time the document is sent', async () => {
    // The second time, its validation is remembered (transport/limits.ts): the refusal must be too.
    for (let time = 0; time < 2; time++) {
      const response = await call({ body: JSON.stringify({ query: DEEP_QUERY }) });
      expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 6 });
      expect(response.body?.errors?.[0]?.message).toMatch(/^Query depth limit of 6 exceeded/);
    }
  });

  it.each([
    ['first', '{ feed(first: -1) { edges { cursor } } }'],
    ['last', '{ feed(last: -5) { edges { cursor } } }'],
  ])('a negative %s is BAD_USER_INPUT naming it', async (field, query) => {
    const response = await call({ body: JSON.stringify({ query }) });
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('null for a non-null variable is BAD_USER_INPUT naming the variable', async () => {
    const response = await call({ body: JSON.stringify({ query: 'query($id: ID!) { persona(id: $id) { id } }', variables: { id: null } }) });
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a bad Last-Event-ID is named as the header it came in', async () => {
    const response = await call({
      body: JSON.stringify({ query: 'subscription { changes { cursor } }' }),
      headers: { accept: 'text/event-stream', 'last-event-id': 'garbage' },
    });
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Last-Event-ID' });
    expect(response.body?.errors?.[0]?.message).toMatch(/^Last-Event-ID/);
  });

  it('a chat the viewer is not in is NOT_FOUND, exactly like a chat that does not exist', async () => {
    const [a, b, stranger] = [await server.signUp('A'), await server.signUp('B'), await server.signUp('Stranger')];
    await connectUsers(a, b);
    const { createChat } = await a.gql(CreateChat, { input: { memberIds: [b.id] } });
    const query = 'query($id: ID!) { chat(id: $id) { id } }';
    const theirs = await call({ body: JSON.stringify({ query, variables: { id: createChat.id } }) }, stranger.token);
    const missing = await call({ body: JSON.stringify({ query, variables: { id: '00000000-0000-4000-8000-000000000000' } }) }, stranger.token);
    expect(theirs.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(theirs.body?.errors?.[0]?.message.replace(createChat.id, 'ID')).toBe(
      missing.body?.errors?.[0]?.message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
  });
});

describe('names of console entities', () => {
  it('a second proxy, pool, persona or keyword set of the same name is a CONFLICT naming input.name', async () => {
    const proxy = { name: 'Edge one', protocol: 'HTTP' as const, host: '127.0.0.1', port: 9 };
    const pool = { name: 'Pool one', strategy: 'ROUND_ROBIN' as const };
    const keywordSet = (pattern: string) => ({ name: 'Set one', rules: [{ pattern, kind: 'STRING' as const }] });
    await admin.gql(CreateProxy, { input: proxy });
    await admin.gql(CreateProxyPool, { input: pool });
    await admin.gql(CreatePersona, { input: dnsPersona('Persona one') });
    await admin.gql(CreateKeywordSet, { input: keywordSet('a') });
    const duplicates = [
      await admin.request(CreateProxy, { input: { ...proxy, name: ' edge ONE ', port: 10 } }),
      await admin.request(CreateProxyPool, { input: { ...pool, strategy: 'RANDOM' } }),
      await admin.request(CreatePersona, { input: dnsPersona('Persona one') }),
      await admin.request(CreateKeywordSet, { input: keywordSet('b') }),
    ];
    for (const duplicate of duplicates) {
      expect(errorCode(duplicate)).toBe('CONFLICT');
      expect(duplicate.body.errors?.[0]?.extensions?.field).toBe('input.name');
    }
  });

  it('renaming onto a taken name is a CONFLICT too; keeping one’s own name is not', async () => {
    const first = await admin.gql(CreateProxy, { input: { name: 'Rename A', protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
    const second = await admin.gql(CreateProxy, { input: { name: 'Rename B', protocol: 'HTTP', host: '127.0.0.1', port: 9 } });
    const clash = await admin.request(UpdateProxy, { id: second.createProxy.id, input: { name: 'Rename A' } });
    expect(errorCode(clash)).toBe('CONFLICT');
    const same = await admin.request(UpdateProxy, { id: first.createProxy.id, input: { name: 'Rename A', port: 10 } });
    expect(same.body.errors).toBeUndefined();
  });

  it.each([
    ['a NUL', 'bad\u0000name'],
    ['a right-to-left override', 'gpj.\u202Eexe'],
    ['a line break', 'two\nlines'],
  ])('a name with %s is BAD_USER_INPUT naming input.name', async (_case, name) => {
    const result = await admin.request(CreateProxyPool, { input: { name, strategy: 'ROUND_ROBIN' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.extensions?.field).toBe('input.name');
  });
});

describe('rate limits count connections too', () => {
  let limited: TestServer;
  afterAll(async () => limited?.stop());

  it('connection_init beyond the resume budget closes the socket with 4290; an operation beyond its budget gets an error without HTTP hints', async () => {
    limited = await startServer({ RATE_LIMIT_POINTS: '1', RATE_LIMIT_RESUME_POINTS: '5', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const user = await limited.signUp('Limited');
    const clients = Array.from({ length: 8 }, () => connectWs(limited, { authorization: `Bearer ${user.token}` }));
    await sleep(1000);
    const refused = clients.filter((client) => client.closes.length > 0);
    expect(refused.map((client) => client.closes[0])).toEqual([4290, 4290, 4290]);

    const accepted = clients.find((client) => client.closes.length === 0)!;
    const run = () =>
      new Promise<unknown>((resolve) => {
        accepted.subscribe({ query: '{ me { id } }' }, { next: (result) => resolve(result.errors), error: resolve, complete: () => {} });
      });
    expect(await run()).toBeUndefined(); // the one operation point
    const errors = await run();
    const [error] = errors as Array<{ extensions?: Record<string, unknown> }>;
    expect(error?.extensions?.code).toBe('RATE_LIMITED');
    expect(error?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(error?.extensions).not.toHaveProperty('http');
    for (const client of clients) void Promise.resolve(client.dispose()).catch(() => {});
  });
});

describe('sessions end on open streams when they expire', () => {
  let short: TestServer;
  afterAll(async () => short?.stop());

  it('at SESSION_TTL_SECONDS a WebSocket closes with 4401 and an SSE stream ends', async () => {
    short = await startServer({ SESSION_TTL_SECONDS: '2' });
    const user = await short.signUp('Brief');
    const client = user.wsClient();
    user.subscribe(ChangesSubscription, {}, client);
    const sse = openSse(short.graphqlUrl, ChangesSubscription, {}, { token: user.token });
    expect(await sse.status).toBe(200);
    const started = Date.now();
    expect(await Promise.race([client.closed, sleep(6000).then(() => 'still open')])).toBe(4401);
    await sse.waitForEnd(6000);
    expect(Date.now() - started).toBeLessThan(4000);
    const after = await fetch(short.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: '{"query":"{ me { id } }"}',
    });
    expect(after.status).toBe(401);
  });
});

describe('documents the router reads before Yoga does', () => {
  it('are not remembered when large: distinct large documents asked for as either JSON or a stream leave no memory behind', async () => {
    const send = (i: number) =>
      fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { accept: 'application/json, text/event-stream', 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        // 20,000 tokens each, distinct: parsed with their locations and kept, each held about 10 MB.
        body: JSON.stringify({ query: `query Big${i} { me { id ${' id'.repeat(20_000)} } }` }),
      }).then((response) => response.text());
    await send(0);
    const before = await settledRetainedBytes();
    for (let i = 1; i <= 10; i++) await send(i);
    const grown = (await settledRetainedBytes()) - before;
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('a WebSocket that stops reading its answers', () => {
  let small: TestServer;
  afterAll(async () => small?.stop());

  it('is cut loose with 4503 once more than MAX_SOCKET_BUFFER_BYTES of query answers wait for it; a reader that reads gets every answer', async () => {
    small = await startServer({ MAX_SOCKET_BUFFER_BYTES: '65536', RATE_LIMIT_POINTS: '100000' });
    const user = await small.signUp('Reader');
    const big = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: __schema { types { name description fields { name description } } }`).join(' ')} }`;
    const open = async () => {
      const socket = new WebSocket(small.wsUrl, 'graphql-transport-ws');
      await new Promise((resolve) => socket.once('open', resolve));
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } }));
      await new Promise((resolve) => socket.once('message', resolve));
      return socket;
    };

    const reader = await open();
    let answers = 0;
    reader.on('message', (data) => void (JSON.parse(String(data)).type === 'complete' && answers++));
    for (let i = 0; i < 20; i++) reader.send(JSON.stringify({ id: `r${i}`, type: 'subscribe', payload: { query: big } }));
    for (const deadline = Date.now() + 10_000; answers < 20 && Date.now() < deadline; ) await sleep(50);
    expect(answers).toBe(20);
    reader.close();

    const stalled = await open();
    const closed = new Promise<number>((resolve) => stalled.once('close', (code) => resolve(code)));
    (stalled as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    for (let i = 0; i < 120; i++) stalled.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: big } }));
    await sleep(2_000);
    (stalled as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toBe(4503);
  });
});
